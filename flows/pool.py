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
- a file that kills its worker (a crash inside a C library, memory) breaks a
  ProcessPoolExecutor for every file in flight. The pool is then replaced,
  and the files of the broken batch are parsed again one at a time in a
  fresh process each, so the crash is pinned on the one file that caused it
  and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from flows.parse import ParsedFile, parse_file


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


def crashed_parse(path: str, sha256: str, size: int, mtime_ns: int) -> ParsedFile:
    """The failure recorded for a file whose parsing process died."""
    return ParsedFile(
        source_path=path, file_name=Path(path).name, sha256=sha256, size=size, mtime_ns=mtime_ns,
        status="failed",
        error=("the reader crashed on this file (its process died): send the file to the ita-pipeline "
               "maintainers; it is tried again on the next run"),
    )


def _exit_with(flow_pid: int) -> None:
    """Pool initializer: end this worker as soon as the flow process that owns the pool is gone.

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
        os._exit(1)

    threading.Thread(target=watch, name="flow-watch", daemon=True).start()


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def new_executor(n_workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n_workers, mp_context=_START, initializer=_exit_with,
                               initargs=(os.getpid(),))


class LocalParsePool:
    """n parsing processes shared by the parse tasks of one run (thread-safe)."""

    def __init__(self, n_workers: int, parse: Callable[[str], ParsedFile] = parse_or_failure) -> None:
        self._n_workers = n_workers
        self._parse = parse  # a module-level function: workers import it by name
        self._lock = threading.Lock()
        self._executor = new_executor(n_workers)

    def parse(self, paths: list[str]) -> list[ParsedFile]:
        """Parsed files in order; BrokenProcessPool when a worker died (the pool is then renewed)."""
        executor = self._executor
        try:
            return list(executor.map(self._parse, paths))
        except BrokenProcessPool:
            self._renew(executor)
            raise

    def _renew(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:  # the first thread to notice replaces it
                self._executor = new_executor(self._n_workers)
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            self._executor.shutdown(wait=True, cancel_futures=True)


def parse_in_fresh_process(path: str, sha256: str, size: int, mtime_ns: int,
                           parse: Callable[[str], ParsedFile] = parse_or_failure) -> ParsedFile:
    """Parse one file alone in a new process: if that process dies, the file is the cause."""
    with new_executor(1) as executor:
        try:
            return executor.submit(parse, path).result()
        except BrokenProcessPool:
            return crashed_parse(path, sha256, size, mtime_ns)
