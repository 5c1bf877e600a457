"""The local parsing processes of one ingest run.

Kept free of Prefect imports: worker processes import this module (and
flows.parse) only, so they start in well under a second.

Why not a plain ProcessPoolExecutor:
- workers are not forked from the flow process, which runs Prefect's threads
  and holds the database and its lock file open: they are forked from a
  fork server (spawned once per flow process, warmed by flows/pool_warmup.py),
  or spawned where there is no fork server;
- a worker exits by itself when the flow process dies (SIGKILL, OOM killer)
  instead of lingering;
- each file is handed to one worker and watched (extractors/limits.py): a
  file that takes longer than its time limit, or kills its worker (a crash
  inside a C library, memory), costs that one file and that one process.
  The worker (and the helpers it started, Tesseract included) is killed and
  replaced, the file is recorded as failed with the reason, and every other
  file goes on. A ProcessPoolExecutor can neither kill one task nor say
  which file broke it.
"""

from __future__ import annotations

import errno
import hashlib
import multiprocessing
import os
import queue
import resource
import select
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

from extractors import limits as file_limits
from extractors.limits import Limits
from flows.parse import ParsedFile, parse_file

# How often the parent wakes while waiting for a busy worker.
WATCH_INTERVAL_SECONDS = 0.25
# A new worker is up in milliseconds from a warm fork server; the first one
# waits for the fork server to start and import the parsing code.
WORKER_START_TIMEOUT_SECONDS = 180


def _start_context() -> multiprocessing.context.BaseContext:
    """A warm fork server where the OS has one (a worker then starts in milliseconds), else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["flows.pool_warmup"])
    return context


_START = _start_context()


def start_fork_server() -> None:
    """Start the fork server now (it loads the parsing code in the background), where there is one."""
    if _START.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def parse_or_failure(path: str) -> ParsedFile:
    """parse_file, with an unreadable file (moved, deleted, not on this machine) as a failure."""
    try:
        return parse_file(path)
    except OSError as exc:
        return unreadable_file(path, exc)


def unreadable_file(path: str, exc: OSError) -> ParsedFile:
    """A failed ParsedFile without content hash: nothing is stored for it, it is retried next run."""
    return ParsedFile(
        source_path=path, file_name=Path(path).name, sha256="", size=0, mtime_ns=0, status="failed",
        error=(f"could not open the file ({exc.strerror or type(exc).__name__}): it was moved or deleted "
               "during the run, or the parsing machine cannot see this folder; it is tried again next run"),
    )


CRASH_MESSAGE = ("the reader crashed on this file (its process died): send the file to the ita-pipeline "
                 "maintainers; it is tried again on the next run")


def crashed_parse(path: str, sha256: str, size: int, mtime_ns: int) -> ParsedFile:
    """The failure recorded for a file whose parsing process died."""
    return stopped_parse(path, sha256, size, mtime_ns, CRASH_MESSAGE, kind="crash")


def stopped_parse(path: str, sha256: str, size: int, mtime_ns: int, reason: str, kind: str) -> ParsedFile:
    """The failure recorded for a file whose worker was killed or died (`kind`: limit or crash)."""
    return ParsedFile(source_path=path, file_name=Path(path).name, sha256=sha256, size=size, mtime_ns=mtime_ns,
                      status="failed", error=reason, failure_kind=kind)


def _stopped_without_result(path: str, reason: str, kind: str) -> ParsedFile:
    """A stopped file's failure, its hash taken here (the worker that had it is gone)."""
    try:
        st = os.stat(path)
        sha256 = _sha256_of(path)
    except OSError as exc:
        return unreadable_file(path, exc)
    return stopped_parse(path, sha256, st.st_size, st.st_mtime_ns, reason, kind)


def _sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def memory_message(limits: Limits) -> str:
    return (f"needed more than {limits.memory_mb} MB of memory to read: {file_limits.SET_ASIDE}; "
            "if it is a normal report, ask the ita-pipeline administrator to raise ITA_LIMIT_MEMORY_MB")


# ------------------------------------------------------------ the worker side

def _exit_with(flow_pid: int) -> None:
    """End this worker as soon as the flow process that owns it is gone.

    The worker's parent is the fork server, which stays up as long as any
    worker does, so it is the flow process itself that is watched.
    """

    def watch() -> None:
        try:
            pidfd = os.pidfd_open(flow_pid)  # Linux: readable once the process has ended
        except (AttributeError, OSError):
            while _is_alive(flow_pid):
                time.sleep(1.0)
        else:
            select.select([pidfd], [], [])
        try:
            kill_helpers_of(os.getpid())
        finally:
            os._exit(1)

    threading.Thread(target=watch, name="flow-watch", daemon=True).start()


def kill_helpers_of(pid: int) -> None:
    """SIGKILL the programs a worker started (Tesseract, LibreOffice), with their process groups.

    Each helper runs in a process group of its own (extractors/helpers.py),
    so that a timeout kills what it started in turn; the same groups are
    killed here when the worker itself is stopped or its run is gone.
    """
    for child in children_of(pid):
        for kill in (os.killpg, os.kill):
            try:
                kill(child, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def children_of(pid: int) -> list[int]:
    """Direct child processes of `pid` (Linux /proc; empty elsewhere)."""
    children: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                children.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return children


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cap_address_space(memory_mb: int) -> None:
    """Limit this process (and what it starts) to `memory_mb` of address space: a reader asking for
    more gets MemoryError (or dies) instead of taking the machine's memory."""
    limit = memory_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker_main(conn: Connection, flow_pid: int, limits: Limits, parse: Callable[[str], ParsedFile]) -> None:
    """Parse the paths the parent sends, one at a time, until it closes the pipe."""
    _exit_with(flow_pid)
    cap_address_space(limits.memory_mb)
    sending = threading.Lock()

    def send(message: tuple) -> None:
        with sending:
            conn.send(message)

    send(("ready", None))  # the parent starts a file's clock only once its worker is up

    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        file_limits.start_file(limits, on_extend=lambda seconds: send(("extend", seconds)))
        try:
            result = parse(path)
        except MemoryError:
            result = _stopped_without_result(path, memory_message(limits), "limit")
        finally:
            file_limits.end_file()
        send(("done", result))


# ------------------------------------------------------------ the parent side

class _Worker:
    """One parsing process and the pipe to it; used by one thread at a time."""

    def __init__(self, limits: Limits, parse: Callable[[str], ParsedFile]) -> None:
        self.limits = limits
        self.conn, child = _START.Pipe()
        self.process = _START.Process(target=_worker_main, args=(child, os.getpid(), limits, parse),
                                      name="ita-parse", daemon=True)
        self.process.start()
        child.close()
        self.alive = True
        self.ready = False

    def _wait_until_ready(self) -> bool:
        """Whether the process came up (it reports once its set-up is done)."""
        if not self.ready and self.conn.poll(WORKER_START_TIMEOUT_SECONDS):
            try:
                self.ready = self.conn.recv()[0] == "ready"
            except (EOFError, OSError):
                self.ready = False
        return self.ready

    def parse(self, path: str) -> ParsedFile:
        """The parsed file, or its failure when it ran over its time limit or killed this process."""
        try:
            if not self._wait_until_ready():
                raise OSError("the parsing process did not start")
            self.conn.send(path)
        except OSError:
            self.kill()
            return _stopped_without_result(path, CRASH_MESSAGE, "crash")
        allowed = self.limits.seconds
        deadline = time.monotonic() + allowed
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                return _stopped_without_result(path, file_limits.over_time_message(allowed), "limit")
            if not self.conn.poll(min(remaining, WATCH_INTERVAL_SECONDS)):
                continue
            try:
                kind, value = self.conn.recv()
            except (EOFError, OSError):  # the process died with the file
                self.kill()
                return _stopped_without_result(path, CRASH_MESSAGE, "crash")
            if kind == "extend":
                deadline += value
                allowed += value
                continue
            return value

    def kill(self) -> None:
        """The process and the helpers it started, now."""
        self.alive = False
        pid = self.process.pid
        if pid is not None:
            try:
                os.kill(pid, signal.SIGSTOP)  # it starts no new helper while they are killed
            except ProcessLookupError:
                pass
            kill_helpers_of(pid)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.join(timeout=10)
        self.conn.close()

    def close(self) -> None:
        if not self.alive:
            return
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()
        else:
            self.alive = False
            self.conn.close()


class LocalParsePool:
    """n parsing processes shared by the parse tasks of one run (thread-safe), each file watched."""

    def __init__(self, n_workers: int, parse: Callable[[str], ParsedFile] = parse_or_failure,
                 limits: Limits | None = None) -> None:
        self._parse = parse  # a module-level function: workers import it by name
        self.limits = limits or Limits.from_env()
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(n_workers):
            self._idle.put(None)  # started on first use
        self._n_workers = n_workers
        self._closed = False
        # One thread per worker hands files out, so one batch spreads over every idle worker.
        self._dispatch = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="parse-dispatch")

    def parse(self, paths: list[str]) -> list[ParsedFile]:
        """Parsed files in order; a file over a limit or killing its worker is a failed one."""
        return list(self._dispatch.map(self.parse_one, paths))

    def parse_one(self, path: str) -> ParsedFile:
        worker = self._idle.get()
        if self._closed:  # the run stopped (an error, Ctrl-C): a task still in flight reads no more
            self._idle.put(worker)
            return unreadable_file(path, OSError(errno.ECANCELED, "the run stopped before this file was read"))
        try:
            if worker is None or not worker.alive:
                worker = _Worker(self.limits, self._parse)
            return worker.parse(path)
        finally:
            self._idle.put(worker if worker is not None and worker.alive else None)

    def close(self) -> None:
        """Stop the workers once the files they are reading are done; later files are not read."""
        self._closed = True
        for _ in range(self._n_workers):
            worker = self._idle.get()
            if worker is not None:
                worker.close()
        for _ in range(self._n_workers):  # for tasks still waiting for a worker: they see _closed
            self._idle.put(None)
        self._dispatch.shutdown(wait=True)


def parse_in_fresh_process(path: str, sha256: str, size: int, mtime_ns: int,
                           parse: Callable[[str], ParsedFile] = parse_or_failure,
                           limits: Limits | None = None) -> ParsedFile:
    """Parse one file alone in a new process, with its limits: if that process dies, the file is the cause."""
    worker = _Worker(limits or Limits.from_env(), parse)
    try:
        parsed = worker.parse(path)
    finally:
        worker.close()
    if parsed.failure_kind == "crash" and not parsed.sha256:
        return crashed_parse(path, sha256, size, mtime_ns)
    return parsed
