"""Running the external programs readers need (LibreOffice, Tesseract) without hanging on them."""

from __future__ import annotations

import os
import signal
import subprocess


def run_killing_group_on_timeout(command: list[str], timeout: float, *, input: bytes | str | None = None,
                                 env: dict[str, str] | None = None,
                                 text: bool = False) -> subprocess.CompletedProcess:
    """subprocess.run in a process group of its own; on timeout the whole group is killed.

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
    try:
        stdout, stderr = process.communicate(input=input, timeout=timeout)
    except BaseException:  # timeout, or the run is being stopped: leave nothing behind
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
