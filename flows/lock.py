"""One ingest at a time per database.

SQLite serialises writes, but two ingests interleaving their plans could
both decide a file is new. An exclusive advisory lock (flock) on `<db>.lock`
makes a second run wait, and say so; the OS drops the lock when the holder
dies, even under SIGKILL, so a crashed run never blocks the next one.

The lock file descriptor is not inheritable and parsing processes are not
forked from the flow process (flows/pool.py), so no child process can keep
the lock alive after the run that took it has died.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

POLL_SECONDS = 0.5


class DatabaseBusy(RuntimeError):
    """Another ingest holds the database for longer than we may wait."""


def lock_path_for(db: str | Path) -> Path:
    return Path(f"{db}.lock")


@contextmanager
def database_lock(db: str | Path, *, wait_seconds: float | None = None,
                  logger: Callable[[str], object] = print) -> Iterator[None]:
    """Hold the database's ingest lock; wait for it (forever by default), saying so once."""
    path = lock_path_for(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        if not _try_lock(fd):
            holder = _read_holder(fd)
            logger(f"another ingest ({holder}) is writing {db}; waiting for it to finish")
            _wait_for_lock(fd, db, holder, wait_seconds)
        os.ftruncate(fd, 0)
        os.pwrite(fd, _holder_text().encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _wait_for_lock(fd: int, db: str | Path, holder: str, wait_seconds: float | None) -> None:
    deadline = None if wait_seconds is None else time.monotonic() + wait_seconds
    while not _try_lock(fd):
        if deadline is not None and time.monotonic() > deadline:
            raise DatabaseBusy(f"another ingest ({holder}) is still writing {db}; try again when it has finished")
        time.sleep(POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _holder_text() -> str:
    return f"pid {os.getpid()} on {socket.gethostname()} since {datetime.now().isoformat(timespec='seconds')}"


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown process"
    except OSError:
        return "unknown process"
