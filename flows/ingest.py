"""The `ita-ingest` Prefect flow: files in, one consistent SQLite database out.

Shape, from what was measured here (a flow run costs ~1 s, a task ~10 ms,
and a process-pool task runner without a server starts one Prefect server
per worker):
- the flow plans in its own process: which files are new, changed,
  unchanged, duplicates, gone (one query for everything known, no per-file
  SQL for unchanged files, one transaction for all bookkeeping);
- parsing (CPU-bound) runs as Prefect tasks over *batches* of files, at most
  a few batches per parsing slot in flight; each task hands its files to
  this run's local process pool (flows/pool.py), or parses in place on a
  Dask worker (flows/scaleout.py);
- exactly one writer, the flow itself, stores each document (and the paths
  holding its content) in one transaction as results come back, so a crash
  at any point leaves whole documents only, and the next run finishes the
  rest.
"""

from __future__ import annotations

import dataclasses
import os
import queue
import sqlite3
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture

from extractors.limits import Limits
from flows.discover import MSG_STILL_WRITTEN, FoundFile, discover_files, still_being_written
from flows.lock import database_lock
from flows.parse import ParsedFile, sha256_of_file
from flows.pool import LocalParsePool, crashed_parse, parse_in_fresh_process, parse_or_failure
from flows.progress import HeldProgress, ProgressReporter
from flows.runlog import finish_run, publish_artifacts, start_run
from schemas.db import open_database
from schemas.store import (
    PathVersion, StoreBatch, count_failure, loaded_document_id, merge_search_index, parked_contents,
    record_path_version, store_batch, touch_source_files, transaction, utc_now, write_parsed_file,
)

DEFAULT_BATCH_SIZE = 4
# A Prefect task on a Dask worker costs ~0.1 s of CPU (API round trips),
# against ~10 ms in a local thread: bigger batches there (bench/dask_scaleout.py).
DASK_BATCH_SIZE = 16
# Batches in flight per parsing slot: enough to keep every slot busy while
# the writer stores, few enough to bound memory and threads on 25,000 files.
IN_FLIGHT_PER_SLOT = 2

# The process pool of the flow run in this process, for parse tasks to use.
# Tasks cannot take an executor as a parameter (Prefect records parameters),
# so the flow publishes it here for the duration of the run. On a Dask
# worker it is None and the task parses in place.
_LOCAL_POOL: LocalParsePool | None = None
# The limits of the flow run in this process (for parse-alone and the writer).
_LIMITS: Limits = Limits()

T = TypeVar("T")


@dataclass
class IngestSummary:
    seen: int = 0
    loaded: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    replaced: int = 0  # older versions superseded by a new content at the same path
    skipped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # known files gone from the inbox (data kept)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    # not read this run, with the reason: links out of the inbox, loops, pipes,
    # files still being written, files that vanished or cannot be read
    refused: list[tuple[str, str]] = field(default_factory=list)
    # parked: over a limit ITA_LIMIT_ATTEMPTS runs in a row, not tried until the file changes
    parked: list[tuple[str, str]] = field(default_factory=list)
    rows_added: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds: discover, plan, parse_and_store, store
    seconds: float = 0.0  # the flow body, under the lock (Prefect start-up not included)
    run_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.missing


@dataclass(frozen=True)
class KnownFile:
    """What the database knows about a path: its last content and the document holding its data."""

    size: int
    mtime_ns: int
    sha256: str
    document_id: int | None
    document_sha256: str | None
    document_status: str | None

    def is_unchanged(self, found: FoundFile) -> bool:
        """Same size and mtime as its loaded, current content: not worth reading."""
        return (self.size == found.size and self.mtime_ns == found.mtime_ns
                and self.document_status == "loaded" and self.sha256 == self.document_sha256)

    def document_replaced_by(self, sha256: str) -> int | None:
        """The loaded document this path held, if its content is now something else."""
        if self.document_status == "loaded" and self.document_sha256 != sha256:
            return self.document_id
        return None


@dataclass
class PlannedFile:
    """A file to parse: the first path seen with a content not loaded yet."""

    version: PathVersion
    sha256: str
    copies: list[PathVersion] = field(default_factory=list)  # same content under other paths

    @property
    def path(self) -> str:
        return self.version.source_path


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch(paths: list[str]) -> list[ParsedFile]:
    """Parse a batch of files, in the local process pool when there is one."""
    if _LOCAL_POOL is None:
        return [parse_or_failure(p) for p in paths]
    return _LOCAL_POOL.parse(paths)


@task(name="parse-alone", cache_policy=NO_CACHE)
def parse_alone(path: str, sha256: str, size: int, mtime_ns: int) -> ParsedFile:
    """Parse one file of a batch that crashed, in a process of its own when local."""
    if _LOCAL_POOL is None:
        return parse_or_failure(path)
    return parse_in_fresh_process(path, sha256, size, mtime_ns, limits=_LOCAL_POOL.limits)


@flow(name="ita-ingest", log_prints=False)
def ingest_flow(
    paths: list[str],
    db: str = "ita.db",
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    show_progress: bool = False,
    local_pool: bool = True,
    limits: dict | None = None,
    retry_parked: bool = False,
) -> IngestSummary:
    """Load every PDF/Word report under `paths` into the SQLite database `db`.

    `workers` is the number of parsing slots: local processes, or with
    `local_pool=False` (Dask) the batches kept busy on the cluster (default:
    its thread count). `limits` are the per-file limits (Limits fields;
    default: ITA_LIMIT_* or built-in); `retry_parked` tries parked files again.
    """
    global _LIMITS
    _LIMITS = Limits(**limits) if limits else Limits.from_env()
    logger = get_run_logger()
    with database_lock(db, logger=logger.warning):
        conn = open_database(db)
        try:
            summary = ingest_under_lock(conn, paths, workers=workers, batch_size=batch_size,
                                        show_progress=show_progress, local_pool=local_pool,
                                        retry_parked=retry_parked)
        finally:
            conn.close()
    publish_artifacts(summary)
    logger.info(
        "seen %d, loaded %d, unchanged %d, duplicate %d, replaced %d, removed %d, failed %d in %.1f s",
        summary.seen, summary.loaded, summary.unchanged, summary.duplicate, summary.replaced,
        len(summary.removed), summary.failed, summary.seconds,
    )
    return summary


def ingest_under_lock(conn: sqlite3.Connection, paths: list[str], *, workers: int | None, batch_size: int,
                      show_progress: bool, local_pool: bool, retry_parked: bool = False) -> IngestSummary:
    """The run itself, logged in `ingest_runs` whether it completes or stops early."""
    started = time.perf_counter()
    summary = IngestSummary(run_id=start_run(conn, paths))
    rows: Counter[str] = Counter()
    try:
        with timed(summary, "discover"):
            discovery = discover_files(paths)
            summary.seen = len(discovery.files)
            summary.skipped = [str(p) for p in discovery.skipped]
            summary.missing = [str(p) for p in discovery.missing]
            summary.refused = [(str(p), reason) for p, reason in discovery.refused]
        with ProgressReporter(summary.seen, enabled=show_progress) as progress:
            with timed(summary, "plan"):
                summary.removed = mark_removed_files(conn, paths, discovery.files)
                to_parse = plan_files(conn, discovery.files, summary, progress, retry_parked=retry_parked)
            with timed(summary, "parse_and_store"):
                slots = parsing_slots(workers, local_pool, len(to_parse))
                parse_and_store(conn, to_parse, summary, rows, progress, slots=slots, batch_size=batch_size,
                                local_pool=local_pool)
    except BaseException as exc:
        summary.seconds = time.perf_counter() - started
        try:
            finish_run(conn, summary, status="interrupted" if isinstance(exc, KeyboardInterrupt) else "failed")
        except sqlite3.Error:  # the database may be what failed; the original error matters more
            pass
        raise
    summary.rows_added = dict(rows)
    summary.seconds = time.perf_counter() - started
    finish_run(conn, summary)
    return summary


@contextmanager
def timed(summary: IngestSummary, phase: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        summary.timings[phase] = time.perf_counter() - started


def parsing_slots(workers: int | None, local_pool: bool, n_files: int) -> int:
    """How many parsing processes (local) or busy cluster threads (Dask) to use."""
    if local_pool:
        return max(1, min(workers or os.cpu_count() or 1, n_files))
    if workers:
        return workers
    from flows.scaleout import threads_of_current_cluster

    return max(1, threads_of_current_cluster())


# ---------------------------------------------------------------- planning

def known_source_files(conn: sqlite3.Connection) -> dict[str, KnownFile]:
    """Every path the database knows, in one query."""
    return {
        row[0]: KnownFile(*row[1:])
        for row in conn.execute(
            "SELECT s.source_path, s.size, s.mtime_ns, s.sha256, s.document_id, d.sha256, d.status "
            "FROM source_files s LEFT JOIN documents d ON d.document_id = s.document_id"
        )
    }


def plan_files(conn: sqlite3.Connection, files: list[FoundFile], summary: IngestSummary,
               progress: ProgressReporter, retry_parked: bool = False) -> list[PlannedFile]:
    """Files that need parsing; unchanged and duplicate ones are settled here.

    A path whose size and mtime match its loaded content is unchanged
    without reading it; otherwise its content hash decides: content already
    loaded is unchanged at the same path and a duplicate under another path
    (superseding what the path held before, if anything); new content is
    parsed once, its other paths recorded with it. All bookkeeping of this
    phase is one transaction. A parked content (over a limit too many runs
    in a row) is not parsed again unless `retry_parked`; a file whose size or
    mtime changed while it was hashed is still being written: not read.
    """
    known = known_source_files(conn)
    parked = {} if retry_parked else parked_contents(conn)
    unchanged: list[str] = []
    already_loaded: list[tuple[PathVersion, str, int]] = []
    first_with_content: dict[str, PlannedFile] = {}
    for f in files:
        path = f.path.as_posix()
        prev = known.get(path)
        if prev is not None and prev.is_unchanged(f):
            unchanged.append(path)
            _settle(summary, progress, path, "unchanged")
            continue
        try:
            sha = sha256_of_file(f.path)
        except OSError as exc:
            _fail(summary, progress, path, f"could not read the file ({exc.strerror}): it is tried again next run")
            continue
        if still_being_written(f):
            summary.refused.append((path, MSG_STILL_WRITTEN))
            progress.advance(Path(path).name, "skipped")
            continue
        if sha in parked:
            summary.parked.append((path, parked_message(*parked[sha])))
            progress.advance(Path(path).name, "parked")
            continue
        version = PathVersion(path, f.size, f.mtime_ns, prev.document_replaced_by(sha) if prev else None)
        document_id = loaded_document_id(conn, sha)
        if document_id is not None:
            already_loaded.append((version, sha, document_id))
            _settle(summary, progress, path, "unchanged" if prev and prev.sha256 == sha else "duplicate")
        elif sha in first_with_content:
            first_with_content[sha].copies.append(version)
        else:
            first_with_content[sha] = PlannedFile(version, sha)
    now = utc_now()
    with transaction(conn):
        touch_source_files(conn, unchanged, now)
        for version, sha, document_id in already_loaded:
            summary.replaced += record_path_version(conn, version, sha, document_id, now)
    return list(first_with_content.values())


def parked_message(attempts: int, error: str | None) -> str:
    """What a clerk is told about a parked file, and how to have it read again."""
    return (f"set aside after {attempts} runs in a row over a limit ({error or 'failed'}); it is not tried again "
            "until the file changes; to try it once more: ita ingest --retry-parked PATH")


def mark_removed_files(conn: sqlite3.Connection, roots: list[str], found: list[FoundFile]) -> list[str]:
    """Known files under the given paths that are gone now; their data stays.

    A root that does not exist (an unmounted share) says nothing about its
    files: they are not marked removed.
    """
    present = {f.path.as_posix() for f in found}
    folders, files = _existing_roots(roots)
    gone = [
        path for (path,) in conn.execute("SELECT source_path FROM source_files WHERE removed_at IS NULL")
        if path not in present and (path in files or path.startswith(folders))
    ]
    if gone:
        now = utc_now()
        with transaction(conn):
            conn.executemany("UPDATE source_files SET removed_at = ? WHERE source_path = ?", [(now, p) for p in gone])
    return gone


def _existing_roots(roots: list[str]) -> tuple[tuple[str, ...], set[str]]:
    """(folder prefixes ending in '/', file paths) of the roots that exist."""
    folders: list[str] = []
    files: set[str] = set()
    for root in roots:
        path = Path(root).expanduser().resolve()
        if path.is_dir():
            folders.append(path.as_posix().rstrip("/") + "/")
        elif path.exists():
            files.add(path.as_posix())
    return tuple(folders), files


# ------------------------------------------------------- parsing and storing

def parse_and_store(conn: sqlite3.Connection, to_parse: list[PlannedFile], summary: IngestSummary,
                    rows: Counter[str], progress: ProgressReporter, *, slots: int, batch_size: int,
                    local_pool: bool) -> None:
    """Parse the planned files in batches and store each as its batch comes back."""
    batches = [to_parse[i:i + batch_size] for i in range(0, len(to_parse), batch_size)]
    if not batches:
        return
    with local_process_pool(slots if local_pool else 0):
        def submit(batch: list[PlannedFile]) -> PrefectFuture:
            return parse_batch.submit([f.path for f in batch])

        storing = 0.0
        for batch, future in finished_in_turn(batches, submit, window=IN_FLIGHT_PER_SLOT * slots,
                                              idle=lambda: merge_search_index(conn)):
            parsed_files = parsed_batch(batch, future)
            started = time.perf_counter()
            held = HeldProgress(progress)
            with store_batch(conn) as stored:  # one transaction, one full-text segment per parse batch
                for planned, parsed in zip(batch, parsed_files):
                    store_parsed(conn, planned, parsed, summary, rows, held, stored)
            held.release()  # committed: now the files may be shown as loaded
            storing += time.perf_counter() - started
        summary.timings["store"] = storing  # the single writer's share: its limit on throughput


@contextmanager
def local_process_pool(n_workers: int) -> Iterator[None]:
    """Publish a pool of n parsing processes to parse tasks (none when n is 0)."""
    global _LOCAL_POOL
    if n_workers <= 0:
        yield
        return
    pool = LocalParsePool(n_workers, limits=_LIMITS)
    _LOCAL_POOL = pool
    try:
        yield
    finally:
        _LOCAL_POOL = None
        pool.close()


def finished_in_turn(items: list[T], submit: Callable[[T], PrefectFuture], window: int,
                     idle: Callable[[], bool] | None = None) -> Iterator[tuple[T, PrefectFuture]]:
    """(item, its finished future) in order of finishing, with at most `window` submitted and unread.

    The next item is submitted before a finished one is handed out, so
    parsing goes on while the caller stores. While none has finished,
    `idle` is called again and again until it returns False (no more work).
    """
    finished: queue.SimpleQueue[tuple[T, PrefectFuture]] = queue.SimpleQueue()
    waiting = iter(items)
    in_flight = 0

    def launch_next() -> None:
        nonlocal in_flight
        for item in waiting:
            future = submit(item)
            future.add_done_callback(lambda f, item=item: finished.put((item, f)))
            in_flight += 1
            return

    for _ in range(max(1, window)):
        launch_next()
    while in_flight:
        while idle is not None and finished.empty() and idle():
            pass
        item, future = finished.get()
        in_flight -= 1
        launch_next()
        yield item, future


def parsed_batch(batch: list[PlannedFile], future: PrefectFuture) -> list[ParsedFile]:
    """The batch's results; if the batch crashed, its files parsed again one at a time."""
    try:
        return future.result()
    except Exception as exc:
        get_run_logger().warning("a parsing batch failed (%s: %s); parsing its %d files one at a time",
                                 type(exc).__name__, exc, len(batch))
        return [parsed_alone(planned) for planned in batch]


def parsed_alone(planned: PlannedFile) -> ParsedFile:
    v = planned.version
    try:
        return parse_alone.submit(v.source_path, planned.sha256, v.size, v.mtime_ns).result()
    except Exception:  # the worker died again (Dask gives up on a task that kills workers)
        return crashed_parse(v.source_path, planned.sha256, v.size, v.mtime_ns)


def store_parsed(conn: sqlite3.Connection, planned: PlannedFile, parsed: ParsedFile, summary: IngestSummary,
                 rows: Counter[str], progress: ProgressReporter | HeldProgress,
                 batch: StoreBatch | None = None) -> None:
    """Write one parsed file and its copies' paths, and account for them: the single writer."""
    copies = planned.copies
    if changed_since_planned(planned, parsed):  # an upload still in progress: read it when it is stable
        for path in (planned.path, *(c.source_path for c in copies)):
            summary.refused.append((path, MSG_STILL_WRITTEN))
            progress.advance(Path(path).name, "skipped")
        return
    if parsed.sha256 != planned.sha256:  # changed (or vanished) since it was planned
        for copy in copies:
            _fail(summary, progress, copy.source_path,
                  "a file with the same content changed while this run read it; it is tried again on the next run")
        copies = []
    if not parsed.sha256:  # could not be read at all: nothing to store
        _fail(summary, progress, parsed.source_path, parsed.error or "could not be read")
        return
    if parsed.status == "failed":
        parsed = dataclasses.replace(parsed, error=with_upload_hint(parsed.error or "unknown error", parsed.mtime_ns))
    added, parsed = write_document(conn, parsed, planned.version.replaces, copies, batch)
    summary.replaced += added.pop("superseded", 0)
    rows.update(added)
    if parsed.status == "loaded":
        _settle(summary, progress, parsed.source_path, "loaded")
        for copy in copies:
            _settle(summary, progress, copy.source_path, "duplicate")
    else:
        parked = count_failure(conn, parsed.sha256, costly=parsed.failure_kind is not None,
                               attempts_allowed=_LIMITS.attempts, now=utc_now())
        reason = parsed.error or "unknown error"
        if parked:
            reason += (f" (set aside after {_LIMITS.attempts} runs: not tried again until the file changes; "
                       "ita ingest --retry-parked PATH tries it once more)")
        for path in (parsed.source_path, *(c.source_path for c in copies)):
            _fail(summary, progress, path, reason)


RECENT_UPLOAD_SECONDS = 15 * 60


def with_upload_hint(reason: str, mtime_ns: int) -> str:
    """The reason, saying the file may still have been uploading when it changed minutes ago
    (a half-uploaded PDF looks damaged, and the next run reads it whole)."""
    damaged = "send it again" in reason  # damaged or empty: what a partial upload looks like
    if damaged and mtime_ns and time.time() - mtime_ns / 1e9 < RECENT_UPLOAD_SECONDS:
        return (reason + f" (the file changed less than {RECENT_UPLOAD_SECONDS // 60} minutes ago: it may still "
                "have been uploading; it is tried again on the next run)")
    return reason


def changed_since_planned(planned: PlannedFile, parsed: ParsedFile) -> bool:
    """Whether the file read is no longer the one planned (size or mtime moved): still being written."""
    v = planned.version
    return bool(parsed.sha256) and (parsed.size, parsed.mtime_ns) != (v.size, v.mtime_ns)


def write_document(conn: sqlite3.Connection, parsed: ParsedFile, replaces: int | None,
                   copies: list[PathVersion], batch: StoreBatch | None = None) -> tuple[Counter[str], ParsedFile]:
    """Rows added and what was stored: the document, or its failure if the database refused it.

    A document the database refuses (a constraint, a value of the wrong
    type: a reader bug) must not stop a nightly run; its transaction was
    rolled back (in a batch: its savepoint, the batch's other documents
    stay), so it is recorded as failed and tried again next run.
    Operational errors (disk full, I/O) do stop the run (and roll the
    batch back: the next run stores its documents).
    """
    try:
        return write_parsed_file(conn, parsed, replaces=replaces, copies=copies, batch=batch), parsed
    except sqlite3.OperationalError:
        raise
    except Exception as exc:
        get_run_logger().error("could not store %s: %s: %s", parsed.source_path, type(exc).__name__, exc)
        refused = dataclasses.replace(
            parsed, status="failed", pages=[], tables=[], records=None,
            error=(f"could not be stored in the database ({type(exc).__name__}: {exc}): send the file to the "
                   "ita-pipeline maintainers; it is tried again on the next run"),
        )
        return write_parsed_file(conn, refused, replaces=replaces, copies=copies, batch=batch), refused


def _settle(summary: IngestSummary, progress: ProgressReporter | HeldProgress, path: str, status: str) -> None:
    setattr(summary, status, getattr(summary, status) + 1)
    progress.advance(Path(path).name, status)


def _fail(summary: IngestSummary, progress: ProgressReporter | HeldProgress, path: str, reason: str) -> None:
    summary.failures.append((path, reason))
    _settle(summary, progress, path, "failed")


# ------------------------------------------------------------------ entry

def default_batch_size(dask_address: str | None) -> int:
    return DASK_BATCH_SIZE if dask_address else DEFAULT_BATCH_SIZE


def run_ingest(paths: list[str | Path], db: str | Path = "ita.db", *, workers: int | None = None,
               batch_size: int | None = None, show_progress: bool = False,
               dask_address: str | None = None, limits: Limits | None = None,
               retry_parked: bool = False) -> IngestSummary:
    """Run the flow (with Prefect's temporary server when none is configured).

    With `dask_address`, parse tasks run on that Dask cluster (prefect-dask)
    and the local process pool is not used; the writer stays here. Dask
    needs a Prefect server its workers can reach: DaskSetupError otherwise.
    """
    the_flow = ingest_flow
    if dask_address:
        from flows.scaleout import check_dask_setup, on_dask

        check_dask_setup(dask_address)
        the_flow = on_dask(ingest_flow, dask_address)
    return the_flow(
        paths=[str(Path(p).expanduser().resolve()) for p in paths], db=str(Path(db).expanduser().resolve()),
        workers=workers, batch_size=batch_size or default_batch_size(dask_address), show_progress=show_progress,
        local_pool=dask_address is None, limits=dataclasses.asdict(limits or Limits.from_env()),
        retry_parked=retry_parked,
    )
