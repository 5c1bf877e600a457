"""Running the external programs readers need (LibreOffice, Tesseract) without hanging on them."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

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
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (stop is not None and stop.is_set()):
                raise subprocess.TimeoutExpired(command, timeout)
            try:
                stdout, stderr = process.communicate(input=input, timeout=min(remaining, STOP_POLL_SECONDS))
                break
            except subprocess.TimeoutExpired:
                input = None  # sent already: communicate() goes on from where it was
                continue
    except BaseException:  # timeout, stopped, or the run is being stopped: leave nothing behind
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
