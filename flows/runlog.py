"""The run log: an `ingest_runs` row and two Prefect artifacts per run.

`ingest_runs` lives in the database itself, so whoever reads the database
can see when it was last fed and with what result, Prefect server or not.
The artifacts (a markdown summary, a table of failures) sit on the Prefect
flow run for whoever watches the nightly runs in Prefect.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import TYPE_CHECKING

from schemas.store import transaction, utc_now

if TYPE_CHECKING:
    from flows.ingest import IngestSummary

log = logging.getLogger(__name__)

SUMMARY_ARTIFACT_KEY = "ita-ingest-summary"
FAILURES_ARTIFACT_KEY = "ita-ingest-failures"


def current_flow_run_id() -> str | None:
    try:
        from prefect.runtime import flow_run

        return str(flow_run.id) if flow_run.id else None
    except Exception:
        return None


def start_run(conn: sqlite3.Connection, paths: list[str]) -> int:
    """Open a run row; returns its run_id.

    Runs still 'running' died without finishing (SIGKILL, power cut): the
    database lock we hold proves no other ingest is alive, so they are
    marked 'crashed'.
    """
    with transaction(conn):
        conn.execute("UPDATE ingest_runs SET status = 'crashed' WHERE status = 'running'")
        cur = conn.execute(
            "INSERT INTO ingest_runs (flow_run_id, started_at, status, paths) VALUES (?, ?, 'running', ?)",
            (current_flow_run_id(), utc_now(), json.dumps(paths, ensure_ascii=False)),
        )
    return cur.lastrowid


def finish_run(conn: sqlite3.Connection, summary: "IngestSummary", status: str = "completed") -> None:
    """Close the run row with its counts; status 'completed', or 'failed'/'interrupted' when it stopped early."""
    with transaction(conn):
        conn.execute(
            "UPDATE ingest_runs SET ended_at = ?, status = ?, seen = ?, loaded = ?, unchanged = ?, "
            "duplicate = ?, replaced = ?, removed = ?, failed = ?, skipped = ?, seconds = ? WHERE run_id = ?",
            (utc_now(), status, summary.seen, summary.loaded, summary.unchanged, summary.duplicate,
             summary.replaced, len(summary.removed), summary.failed, len(summary.skipped),
             round(summary.seconds, 3), summary.run_id),
        )


def summary_markdown(summary: "IngestSummary") -> str:
    lines = [
        f"# ita ingest run {summary.run_id}",
        "",
        "| seen | loaded | unchanged | duplicate | replaced | removed | failed | skipped | seconds |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {summary.seen} | {summary.loaded} | {summary.unchanged} | {summary.duplicate} | {summary.replaced} "
        f"| {len(summary.removed)} | {summary.failed} | {len(summary.skipped)} | {summary.seconds:.1f} |",
        "",
        "Rows added: " + (", ".join(f"{k} {v}" for k, v in sorted(summary.rows_added.items())) or "none"),
        "",
        "Time per phase: " + ", ".join(f"{k} {v:.2f} s" for k, v in summary.timings.items()),
    ]
    if summary.failures:
        lines += ["", f"{len(summary.failures)} file(s) failed: see the artifact `{FAILURES_ARTIFACT_KEY}`."]
    if summary.removed:
        lines += ["", "Gone from the inbox (data kept):", *(f"- {p}" for p in summary.removed)]
    if summary.missing:
        lines += ["", "Paths not found:", *(f"- {p}" for p in summary.missing)]
    return "\n".join(lines)


def failures_table(summary: "IngestSummary") -> list[dict[str, str]]:
    return [{"file": path, "reason": reason} for path, reason in summary.failures]


def publish_artifacts(summary: "IngestSummary") -> None:
    """A markdown summary and a table of failures (empty when none failed) on the Prefect run."""
    try:
        from prefect.artifacts import create_markdown_artifact, create_table_artifact

        create_markdown_artifact(key=SUMMARY_ARTIFACT_KEY, markdown=summary_markdown(summary),
                                 description="ita ingest: what this run did")
        create_table_artifact(key=FAILURES_ARTIFACT_KEY, table=failures_table(summary),
                              description="files that could not be loaded, with what to do")
    except Exception as exc:  # artifacts are a convenience; never fail a run over them
        log.warning("could not publish Prefect artifacts: %s", exc)
