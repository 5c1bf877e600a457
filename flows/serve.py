"""`ita serve`: the ingest flow deployed on a schedule (nightly by default).

Schedules live on a Prefect server; a temporary server dies with the process,
so serving needs `prefect server start` and PREFECT_API_URL (README:
"Nightly ingestion"). `flow.serve` registers the deployment with its cron
schedule and then polls the server, running each due (or manually
triggered) flow run in a subprocess; `limit=1` keeps it to one run at a
time, and the database lock covers manual `ita ingest` runs.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Bangkok"
DEPLOYMENT_NAME = "ita-nightly"
HEALTH_TIMEOUT_SECONDS = 10


class ServeError(RuntimeError):
    """A setting that makes serving impossible; the message says what to do."""


def configured_api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def require_reachable_api(api_url: str) -> None:
    """ServeError unless a Prefect server answers at `api_url`."""
    import httpx

    try:
        httpx.get(f"{api_url.rstrip('/')}/health", timeout=HEALTH_TIMEOUT_SECONDS).raise_for_status()
    except httpx.HTTPError as exc:
        raise ServeError(
            f"no Prefect server answers at PREFECT_API_URL={api_url} ({type(exc).__name__}): start it with "
            "`uv run prefect server start` (or its systemd unit) or correct PREFECT_API_URL"
        ) from None


def check_schedule(cron: str, timezone: str) -> None:
    """ServeError naming what is wrong with the cron expression or time zone."""
    from pydantic import ValidationError
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as exc:
        field = exc.errors()[0]["loc"][0]
        if field == "timezone":
            raise ServeError(f'unknown time zone "{timezone}" (use an IANA name such as Asia/Bangkok)') from None
        raise ServeError(f'not a cron expression: "{cron}" (five fields, e.g. "0 2 * * *" = 02:00 daily)') from None


def serve_nightly(inbox: str | Path, db: str | Path, cron: str = DEFAULT_CRON, timezone: str = DEFAULT_TIMEZONE,
                  name: str = DEPLOYMENT_NAME, workers: int | None = None,
                  dask_address: str | None = None) -> None:
    """Deploy `ita-ingest` for `inbox` -> `db` on the schedule and run it when due (blocks)."""
    api_url = configured_api_url()
    if not api_url:
        raise ServeError(
            "schedules need a running Prefect server: start one with `uv run prefect server start` "
            "and set PREFECT_API_URL=http://127.0.0.1:4200/api (see README, Nightly ingestion)"
        )
    require_reachable_api(api_url)
    check_schedule(cron, timezone)
    inbox_path = Path(inbox).expanduser().resolve()
    if not inbox_path.is_dir():
        raise ServeError(f"inbox folder not found: {inbox_path}")
    from prefect.schedules import Cron

    from flows.ingest import default_batch_size, ingest_flow

    the_flow = ingest_flow
    if dask_address:
        from flows.scaleout import DaskSetupError, check_dask_setup, on_dask

        try:
            check_dask_setup(dask_address)
        except DaskSetupError as exc:
            raise ServeError(str(exc)) from None
        the_flow = on_dask(ingest_flow, dask_address)
    the_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"paths": [str(inbox_path)], "db": str(Path(db).expanduser().resolve()), "workers": workers,
                    "batch_size": default_batch_size(dask_address), "local_pool": dask_address is None},
        description=f"Nightly ingest of {inbox_path} into {db}",
        tags=["ita", "nightly"],
        limit=1,  # one run at a time from this server process; the database lock covers the rest
    )
