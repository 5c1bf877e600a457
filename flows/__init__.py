"""Prefect flows and the `ita` command line.

Measured here: Prefect's temporary API server takes 8-18 s to start and the
first start comes close to the 20 s default timeout, so unless the user set
it we allow longer before giving up.
"""

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# The machines this runs on reach no network beyond package registries; the
# temporary server would otherwise log a telemetry failure on every start.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
