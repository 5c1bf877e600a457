"""The `ita-ingest` Prefect flow: files in, one consistent SQLite database out.

Shape, from what was measured here (a flow run costs ~1 s, a task ~10 ms,
and a process-pool task runner without a server starts one Prefect server
per worker):
- the flow plans in its own process: which files are new, changed, unchanged;
- parsing (CPU-bound) runs as tasks over *batches* of files; each task hands
  its files to a local process pool, or parses in place on a Dask worker;
- exactly one writer, the flow itself, stores each document in one
  transaction as results come back, so a crash never leaves half a document.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from flows.discover import FoundFile, discover_files
from flows.lock import database_lock
from flows.parse import ParsedFile, parse_file, sha256_of_file
from flows.progress import ProgressReporter
from flows.runlog import finish_run, publish_artifacts, start_run
from schemas.db import open_database
from schemas.store import loaded_document_id, record_source_file, transaction, utc_now, write_parsed_file

DEFAULT_BATCH_SIZE = 4

# The process pool of the flow run in this process, for parse tasks to use.
# Tasks cannot take an executor as a parameter (Prefect records parameters),
# so the flow publishes it here for the duration of the run. On a Dask
# worker it is None and the task parses in place.
_LOCAL_POOL: Executor | None = None


@dataclass
class IngestSummary:
    seen: int = 0
    loaded: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    replaced: int = 0  # loaded files that replaced an older version at the same path
    skipped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # known files gone from the inbox (data kept)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    rows_added: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    run_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.missing


@dataclass
class Plan:
    to_parse: list[FoundFile]
    # Files whose content equals a file being parsed in this run, by hash:
    # settled as duplicates once the first copy is stored.
    later_copies: dict[str, list[FoundFile]]
    # Path -> the document it held before its content changed.
    replaces: dict[str, int]


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch(paths: list[str]) -> list[ParsedFile]:
    """Parse a batch of files, in the local process pool when there is one."""
    if _LOCAL_POOL is None:
        return [parse_file(p) for p in paths]
    return list(_LOCAL_POOL.map(parse_file, paths))


@flow(name="ita-ingest", log_prints=False)
def ingest_flow(
    paths: list[str],
    db: str = "ita.db",
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    show_progress: bool = False,
    local_pool: bool = True,
) -> IngestSummary:
    """Load every PDF/Word report under `paths` into the SQLite database `db`."""
    started = time.perf_counter()
    logger = get_run_logger()
    summary = IngestSummary()
    rows: Counter[str] = Counter()

    with database_lock(db, logger=logger.warning):
        conn = open_database(db)
        try:
            summary.run_id = start_run(conn, paths)
            discovery = discover_files(paths)
            summary.seen = len(discovery.files)
            summary.skipped = [str(p) for p in discovery.skipped]
            summary.missing = [str(p) for p in discovery.missing]
            summary.removed = mark_removed_files(conn, paths, discovery.files)
            with ProgressReporter(summary.seen, enabled=show_progress) as progress:
                plan = plan_files(conn, discovery.files, summary, progress)
                batches = [plan.to_parse[i:i + batch_size] for i in range(0, len(plan.to_parse), batch_size)]
                n_workers = min(workers or os.cpu_count() or 1, max(1, len(plan.to_parse)))
                with local_process_pool(n_workers if local_pool and batches else 0):
                    futures = [parse_batch.submit([f.path.as_posix() for f in b]) for b in batches]
                    for future in as_completed(futures):
                        for parsed in future.result():
                            store_parsed(conn, parsed, plan, summary, rows, progress)
            summary.rows_added = {k: v for k, v in rows.items() if k != "superseded"}
            summary.seconds = time.perf_counter() - started
            finish_run(conn, summary)
        finally:
            conn.close()
    publish_artifacts(summary)
    logger.info(
        "seen %d, loaded %d, unchanged %d, duplicate %d, failed %d in %.1f s",
        summary.seen, summary.loaded, summary.unchanged, summary.duplicate, summary.failed, summary.seconds,
    )
    return summary


@contextmanager
def local_process_pool(n_workers: int) -> Iterator[None]:
    """Publish a process pool of n workers to parse tasks (none when n is 0)."""
    global _LOCAL_POOL
    if n_workers <= 0:
        yield
        return
    with ProcessPoolExecutor(max_workers=n_workers) as pool:
        _LOCAL_POOL = pool
        try:
            yield
        finally:
            _LOCAL_POOL = None


def plan_files(conn: sqlite3.Connection, files: list[FoundFile], summary: IngestSummary,
               progress: ProgressReporter) -> Plan:
    """Files that need parsing; unchanged and duplicate ones are settled here.

    A path whose size and mtime match what was stored is unchanged without
    reading it; otherwise its content hash decides (same content already
    loaded: unchanged at the same path, duplicate under a new path).
    """
    known = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT s.source_path, s.size, s.mtime_ns, s.sha256, d.status, d.document_id FROM source_files s "
            "LEFT JOIN documents d ON d.document_id = s.document_id"
        )
    }
    plan = Plan([], {}, {})
    now = utc_now()
    for f in files:
        path = f.path.as_posix()
        prev = known.get(path)
        if prev and prev[0] == f.size and prev[1] == f.mtime_ns and prev[3] == "loaded":
            _settle(summary, progress, path, "unchanged")
            continue
        sha = sha256_of_file(f.path)
        document_id = loaded_document_id(conn, sha)
        if document_id is not None:
            status = "unchanged" if prev and prev[2] == sha else "duplicate"
            with transaction(conn):
                record_source_file(conn, path, sha, f.size, f.mtime_ns, document_id, now)
            _settle(summary, progress, path, status)
        elif sha in plan.later_copies:
            plan.later_copies[sha].append(f)
        else:
            plan.later_copies[sha] = []
            plan.to_parse.append(f)
            if prev and prev[2] != sha and prev[3] == "loaded":
                plan.replaces[path] = prev[4]
    return plan


def mark_removed_files(conn: sqlite3.Connection, roots: list[str], found: list[FoundFile]) -> list[str]:
    """Known files under the given folders that are gone now; their data stays."""
    present = {f.path.as_posix() for f in found}
    prefixes = [_as_prefix(r) for r in roots]
    gone = [
        path for (path,) in conn.execute("SELECT source_path FROM source_files WHERE removed_at IS NULL")
        if path not in present and any(path == p.rstrip("/") or path.startswith(p) for p in prefixes)
    ]
    if gone:
        now = utc_now()
        with transaction(conn):
            conn.executemany("UPDATE source_files SET removed_at = ? WHERE source_path = ?", [(now, p) for p in gone])
    return gone


def _as_prefix(root: str) -> str:
    path = Path(root).expanduser().resolve()
    return path.as_posix() + ("/" if path.is_dir() else "")


def store_parsed(conn: sqlite3.Connection, parsed: ParsedFile, plan: Plan, summary: IngestSummary,
                 rows: Counter[str], progress: ProgressReporter) -> None:
    """Write one parsed file (and its copies' paths) and account for it: the single writer."""
    added = write_parsed_file(conn, parsed, replaces=plan.replaces.get(parsed.source_path))
    rows.update(added)
    summary.replaced += added.get("superseded", 0)
    if parsed.status == "loaded":
        _settle(summary, progress, parsed.source_path, "loaded")
    else:
        summary.failures.append((parsed.source_path, parsed.error or "unknown error"))
        _settle(summary, progress, parsed.source_path, "failed")
    document_id = loaded_document_id(conn, parsed.sha256)
    for copy in plan.later_copies.get(parsed.sha256, []):
        path = copy.path.as_posix()
        with transaction(conn):
            record_source_file(conn, path, parsed.sha256, copy.size, copy.mtime_ns, document_id, utc_now())
        if document_id is None:
            summary.failures.append((path, parsed.error or "unknown error"))
        _settle(summary, progress, path, "duplicate" if document_id else "failed")


def _settle(summary: IngestSummary, progress: ProgressReporter, path: str, status: str) -> None:
    setattr(summary, status, getattr(summary, status) + 1)
    progress.advance(Path(path).name, status)


def run_ingest(paths: list[str | Path], db: str | Path = "ita.db", *, workers: int | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, show_progress: bool = False,
               dask_address: str | None = None) -> IngestSummary:
    """Run the flow (with Prefect's temporary server when none is configured).

    With `dask_address`, parse tasks run on that Dask cluster (prefect-dask)
    and the local process pool is not used; the writer stays here.
    """
    the_flow = ingest_flow
    if dask_address:
        from prefect_dask import DaskTaskRunner

        the_flow = ingest_flow.with_options(task_runner=DaskTaskRunner(address=dask_address))
    return the_flow(
        paths=[str(Path(p).expanduser().resolve()) for p in paths], db=str(db), workers=workers,
        batch_size=batch_size, show_progress=show_progress, local_pool=dask_address is None,
    )
