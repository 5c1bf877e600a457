"""Running the external programs readers need (LibreOffice, Tesseract) without hanging on them."""

from __future__ import annotations

import os
import signal
import subprocess
import threading

# How often a running helper looks whether it was told to stop.
STOP_POLL_SECONDS = 0.5


def run_killing_group_on_timeout(command: list[str], timeout: float, *, input: bytes | str | None = None,
                                 env: dict[str, str] | None = None, text: bool = False,
                                 stop: threading.Event | None = None) -> subprocess.CompletedProcess:
    """subprocess.run in a process group of its own; on timeout (or `stop` set) the whole group is killed.

    subprocess.run's own timeout kills only the program it started: a child
    it started in turn (soffice.bin under soffice, a `sleep` under a shell
    script) keeps the output pipes open and run() then waits for it forever.
    Raises subprocess.TimeoutExpired after killing the group.
    """
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=text,
        start_new_session=True,
        env=env,
    )
    finished = threading.Event()
    if stop is not None:  # a watcher kills the group as soon as `stop` is set
        threading.Thread(target=_kill_group_when, args=(stop, finished, process.pid), daemon=True).start()
    try:
        stdout, stderr = process.communicate(input=input, timeout=timeout)
    except BaseException:  # timeout, or the run is being stopped: leave nothing behind
        _kill_group(process.pid)
        process.communicate()
        raise
    finally:
        finished.set()
    if stop is not None and stop.is_set() and process.returncode < 0:
        raise subprocess.TimeoutExpired(command, timeout)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _kill_group_when(stop: threading.Event, finished: threading.Event, pid: int) -> None:
    """Kill process group `pid` once `stop` is set, unless it finished first."""
    while not finished.is_set():
        if stop.wait(STOP_POLL_SECONDS):
            if not finished.is_set():
                _kill_group(pid)
            return
