"""Time from `uv run ita ingest samples/` to its first line, without a configured Prefect server.

A clerk who starts an ingest must see at once that it is working. Runs the
command as a user would (a fresh database each time, no PREFECT_API_URL)
and reports, per round, the seconds to the first line of output, to the
end of the run, and the median over the rounds.

    uv run python bench/first_line.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def one_round(workdir: Path) -> tuple[float, float, str]:
    """(seconds to the first line, seconds to the end, the first line)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(workdir / "prefect")
    started = time.perf_counter()
    process = subprocess.Popen(["uv", "run", "--frozen", "ita", "ingest", str(REPO / "samples"),
                                "--db", str(workdir / "ita.db")],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    first = process.stdout.readline()
    first_at = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return first_at, time.perf_counter() - started, first.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    firsts, totals = [], []
    for n in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            first_at, total, line = one_round(Path(tmp))
        firsts.append(first_at)
        totals.append(total)
        print(f"round {n + 1}: first line after {first_at:.2f} s, run ended after {total:.1f} s: {line[:90]}")
    print(f"median: first line {statistics.median(firsts):.2f} s (min {min(firsts):.2f}), "
          f"whole run {statistics.median(totals):.1f} s")


if __name__ == "__main__":
    main()
