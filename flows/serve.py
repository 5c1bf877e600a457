"""`ita serve`: the ingest flow deployed on a schedule (nightly by default).

Schedules live on a Prefect server; a temporary server dies with the process,
so serving needs `prefect server start` and PREFECT_API_URL (README:
"Nightly ingestion").
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Bangkok"
DEPLOYMENT_NAME = "ita-nightly"


class ServeError(RuntimeError):
    """A setting that makes serving impossible; the message says what to do."""


def configured_api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


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
                  name: str = DEPLOYMENT_NAME, workers: int | None = None) -> None:
    """Deploy `ita-ingest` for `inbox` -> `db` on the schedule and run it when due (blocks)."""
    if not configured_api_url():
        raise ServeError(
            "schedules need a running Prefect server: start one with `uv run prefect server start` "
            "and set PREFECT_API_URL=http://127.0.0.1:4200/api (see README, Nightly ingestion)"
        )
    check_schedule(cron, timezone)
    inbox_path = Path(inbox).expanduser().resolve()
    if not inbox_path.is_dir():
        raise ServeError(f"inbox folder not found: {inbox_path}")
    from prefect.schedules import Cron

    from flows.ingest import ingest_flow

    ingest_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"paths": [str(inbox_path)], "db": str(Path(db).expanduser().resolve()), "workers": workers},
        description=f"Nightly ingest of {inbox_path} into {db}",
        tags=["ita", "nightly"],
        limit=1,  # one run at a time from this server process; the database lock covers the rest
    )
