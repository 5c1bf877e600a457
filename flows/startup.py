"""What `ita ingest` does before the flow starts, so a clerk sees something at once.

Prefect's temporary server takes 10-40 s to start. Rather than a silent
wait, the command line starts it in a background thread first, then finds
the files and tells what it found and what it will read (the database is
only read here), warms the parsing processes, and shows the wait for the
server as a status line. A configured server (PREFECT_API_URL) skips the
wait (README, Nightly ingestion).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from flows.discover import Discovery


class BackgroundStart:
    """Prefect's temporary API server, started in a thread (nothing when a server is configured)."""

    def __init__(self) -> None:
        self.error: BaseException | None = None
        self.temporary: bool | None = None  # known once the thread has looked at the settings
        self._thread = threading.Thread(target=self._run, name="prefect-server-start", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

            self.temporary = not PREFECT_API_URL.value() and bool(PREFECT_SERVER_EPHEMERAL_ENABLED.value())
            if self.temporary:
                from prefect.server.api.server import SubprocessASGIServer

                SubprocessASGIServer().start()  # the instance the flow's client will use
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            self.error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)
        if self.error is not None:
            raise self.error


@dataclass(frozen=True)
class Preview:
    """What an ingest will do, as far as can be told without reading any file."""

    reports: int
    to_read: int  # new, or size/mtime changed since the last run
    skipped_by_kind: dict[str, int]


def skipped_by_kind(skipped: list[Path]) -> dict[str, int]:
    """{".json": 10, "(no extension)": 1, ...}, most common first."""
    kinds = Counter(p.suffix.lower() or "(no extension)" for p in skipped)
    return dict(kinds.most_common())


def describe_kinds(by_kind: dict[str, int]) -> str:
    """"17 file(s) (.json 10, .txt 5, .py 1, .md 1)"."""
    return f"{sum(by_kind.values())} file(s) (" + ", ".join(f"{k} {n}" for k, n in by_kind.items()) + ")"


def _read_only_rows(db: Path, sql: str, params: tuple = ()) -> list[tuple] | None:
    """The rows of one query on the database opened read-only; None when it cannot be read as one.

    Nothing here may create or change the file: an ingest that is refused
    afterwards (a bad path, a wrong --db) must leave no trace.
    """
    if not db.is_file():
        return []
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return None


def preview(discovery: Discovery, db: Path) -> Preview:
    """Count the files whose size and mtime differ from what the database holds (read-only)."""
    rows = _read_only_rows(db, "SELECT source_path, size, mtime_ns FROM source_files WHERE document_id IS NOT NULL")
    # an unreadable database: every file counts as to be read; the run itself says why
    known = {path: (size, mtime) for path, size, mtime in rows or []}
    to_read = sum(known.get(f.path.as_posix()) != (f.size, f.mtime_ns) for f in discovery.files)
    return Preview(len(discovery.files), to_read, skipped_by_kind(discovery.skipped))


def database_knows_files_under(db: Path, roots: list[Path]) -> bool:
    """Whether the database has files under these roots (a run must then record their removal)."""
    for root in roots:
        prefix = root.as_posix().rstrip("/")
        rows = _read_only_rows(db, "SELECT 1 FROM source_files WHERE removed_at IS NULL AND "
                                   "(source_path = ? OR substr(source_path, 1, ?) = ?) LIMIT 1",
                               (prefix, len(prefix) + 1, prefix + "/"))
        if rows is None or rows:  # unreadable: let the run look at it and report
            return True
    return False
