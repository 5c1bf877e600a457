"""Prefect flows and the `ita` command line.

Measured here: Prefect's temporary API server takes 8-18 s to start and the
first start comes close to the 20 s default timeout, so unless the user set
it we allow longer before giving up.

A government tool sends nothing anywhere: Prefect's anonymous usage
telemetry is off for every command of ita-pipeline, on the client
(DO_NOT_TRACK) and on the servers it starts (PREFECT_SERVER_ANALYTICS_ENABLED).
The machines this runs on reach no network anyway; without this the
temporary server would also log a failed telemetry call on every start.
"""

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
