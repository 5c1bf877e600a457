"""What watching each file costs: the parse pool (one watched worker per file,
flows/pool.py) against a plain ProcessPoolExecutor.map over the same files,
both in this run, both from the same warm fork server.

    uv run python bench/pool_overhead.py [--rounds 3] [--workers 2]

The files are the ten samples; batches of 4 are handed to the pool from 4
threads, as the flow's parse tasks do. Reported: seconds per round for each,
and their ratio (absolute speeds are noisy on a shared machine; the ratio
within one run is the number to read).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.pool import _START, LocalParsePool, parse_or_failure  # noqa: E402

SAMPLES = sorted(str(p) for p in (REPO / "samples").glob("s*.*") if p.suffix in (".pdf", ".docx"))


def batches(files: list[str], size: int = 4) -> list[list[str]]:
    return [files[i:i + size] for i in range(0, len(files), size)]


def round_with_executor(executor: ProcessPoolExecutor, files: list[str]) -> float:
    started = time.perf_counter()
    results = list(executor.map(parse_or_failure, files))
    assert all(r.status == "loaded" for r in results)
    return time.perf_counter() - started


def round_with_pool(pool: LocalParsePool, files: list[str]) -> float:
    started = time.perf_counter()
    with ThreadPoolExecutor(4) as threads:  # the flow's parse tasks, 2 batches in flight per slot
        results = [r for batch in threads.map(pool.parse, batches(files)) for r in batch]
    assert all(r.status == "loaded" for r in results)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = SAMPLES * 2
    executor = ProcessPoolExecutor(args.workers, mp_context=_START)
    pool = LocalParsePool(args.workers)
    try:
        round_with_executor(executor, SAMPLES)  # warm both
        round_with_pool(pool, SAMPLES)
        plain, watched = [], []
        for _ in range(args.rounds):  # interleaved, so load changes hit both alike
            plain.append(round_with_executor(executor, files))
            watched.append(round_with_pool(pool, files))
    finally:
        executor.shutdown()
        pool.close()
    p, w = statistics.median(plain), statistics.median(watched)
    print(f"{len(files)} files, {args.workers} workers, {args.rounds} rounds (median)")
    print(f"ProcessPoolExecutor.map:        {p:6.2f} s  ({p / len(files) * 1000:.0f} ms a file)")
    print(f"LocalParsePool (watched files): {w:6.2f} s  ({w / len(files) * 1000:.0f} ms a file)")
    print(f"ratio watched / plain: {w / p:.2f}")


if __name__ == "__main__":
    main()
