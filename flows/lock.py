"""One ingest at a time per database.

SQLite serialises writes, but two ingests interleaving their plans could
both decide a file is new. An exclusive advisory lock on `<db>.lock` makes a
second run wait (and say so); the OS drops the lock when a process dies,
even under SIGKILL, so a crashed run never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


class DatabaseBusy(RuntimeError):
    """Another ingest holds the database for longer than we may wait."""


def lock_path_for(db: str | Path) -> Path:
    return Path(f"{db}.lock")


@contextmanager
def database_lock(db: str | Path, *, wait_seconds: float | None = None,
                  logger: Callable[[str], object] = print) -> Iterator[None]:
    """Hold the database's ingest lock; wait for it (forever by default)."""
    path = lock_path_for(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            holder = _read_holder(fd)
            logger(f"another ingest ({holder}) is writing {db}; waiting for it to finish")
            deadline = None if wait_seconds is None else time.monotonic() + wait_seconds
            while not _try_lock(fd):
                if deadline is not None and time.monotonic() > deadline:
                    raise DatabaseBusy(
                        f"another ingest ({holder}) is still writing {db}; try again when it has finished"
                    )
                time.sleep(0.5)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}".encode())
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 64, 0).decode(errors="replace") or "unknown process"
    except OSError:
        return "unknown process"
