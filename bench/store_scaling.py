"""Does the time per document stay flat as the database grows?

Makes `--docs` distinct files from the sample reports (PDF and Word, byte
copies made distinct so their hashes differ), parses them in a pool of
`--workers` processes and stores them, in order, from this one process into
one SQLite database with the flow's writer (`write_parsed_file`), as `ita
ingest` does. Reported per window of `--step` documents: the wall time per
document (parse and store overlapped, what a run takes), the parse time per
document (in its worker), the writer's store time per document (wall and
its CPU time: the CPU time is what the machine's other jobs disturb least),
the SQLite virtual-machine steps per document (in thousands, counted by a
progress handler: FTS5's own statements included, the machine's load not at
all, so it shows a query that reads more as the database grows even on a
busy machine), and the database size; then the last window against the
first. The documents are stored `--batch-size` per transaction, as the flow
stores a parse batch (a document's store figures are its share of its
batch's). Store time and CPU are given as the mean over the window's
documents and as the median (a burst of the machine's other jobs moves the
median least; the mean includes FTS5's occasional large merges).
`--repeats N` runs it all N times on new databases and reports the median of
each last/first ratio; "all CPU" is the CPU time of the writer and its
workers per document (the work, whatever the load let it wait).
`--writer-only` parses the ten samples once and
stores `--docs` distinct replicas of them (new hashes and paths): the writer
alone, in seconds, with no parsing processes competing for the cores, so
its first and last windows are measured minutes closer in time and the
machine's other jobs move their ratio less. The peak resident memory of this process and its
workers together is sampled throughout.

    uv run python bench/store_scaling.py [--docs 1000] [--step 100] [--workers 2] [--batch-size 4] [--repeats 1]
        [--writer-only]

`--ingest` instead runs `ita ingest` on the same files (Prefect, the real
pool) and reports its wall time and the peak memory of its process tree
(the flow, Prefect's temporary server, the parsing processes).
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from multiprocessing.pool import IMapIterator
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import psutil

from flows.parse import ParsedFile, parse_file
from schemas.db import open_database
from schemas.store import merge_search_index, store_batch, write_parsed_file

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
# flows.ingest.DEFAULT_BATCH_SIZE: not imported, it would bring Prefect into
# this process and each spawned worker (seconds, and ~90 MB each)
FLOW_BATCH_SIZE = 4


def distinct_files(count: int, into: Path) -> list[Path]:
    """`count` byte-distinct copies of the sample reports, cycling through them.

    A PDF gets a comment appended; a .docx (a zip) an archive comment, so
    both still read as before."""
    import zipfile

    samples = sorted(p for p in (ROOT / "samples").glob("s*.*") if p.suffix in (".pdf", ".docx"))
    out = []
    for i in range(count):
        src = samples[i % len(samples)]
        dst = into / f"{src.stem}-{i:05d}{src.suffix}"
        shutil.copyfile(src, dst)
        if src.suffix == ".pdf":
            with open(dst, "ab") as fh:
                fh.write(f"\n% bench copy {i}\n".encode())
        else:
            with zipfile.ZipFile(dst, "a") as zf:
                zf.comment = f"bench copy {i}".encode()
        out.append(dst)
    return out


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled."""

    def __init__(self, pid: int, every: float = 0.2):
        self.root = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


class StepCounter:
    """SQLite virtual-machine steps run on a connection, in thousands."""

    def __init__(self, conn: sqlite3.Connection, every: int = 1000):
        self.thousands = 0
        conn.set_progress_handler(self._tick, every)

    def _tick(self) -> int:
        self.thousands += 1
        return 0  # go on


@dataclass(frozen=True)
class Stored:
    """One document's figures; store figures are its share of its batch (the batch is one transaction)."""

    parse: float  # s, in its worker
    store: float  # s of wall time in the writer
    wall: float  # s since the previous document was stored
    cpu: float  # s of the writer's CPU time
    steps: float  # SQLite steps, thousands


def in_batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter), taken as they come."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def store_in_batches(conn: sqlite3.Connection, parsed_files: Iterable[ParsedFile], batch_size: int,
                     steps: StepCounter) -> Iterator[Stored]:
    """Store the parsed files as the flow does, `batch_size` per transaction (`store_batch`); each one's figures."""
    last = time.perf_counter()
    for batch in in_batches(parsed_files, batch_size):
        started, cpu, stepped = time.perf_counter(), time.process_time(), steps.thousands
        with store_batch(conn) as pending:
            for parsed in batch:
                assert parsed.status == "loaded", (parsed.file_name, parsed.error)
                write_parsed_file(conn, parsed, batch=pending)
        now, n = time.perf_counter(), len(batch)
        share = Stored(0.0, (now - started) / n, (now - last) / n, (time.process_time() - cpu) / n,
                       (steps.thousands - stepped) / n)
        last = now
        yield from (dataclasses.replace(share, parse=parsed.seconds) for parsed in batch)


def window_figures(window: Sequence[Stored]) -> dict[str, float]:
    """Per-document figures of a window: means, and medians over its documents (what a burst of load moves least)."""
    return {
        "wall": statistics.fmean(r.wall for r in window),
        "parse": statistics.median(r.parse for r in window),
        "store": statistics.fmean(r.store for r in window),
        "store median": statistics.median(r.store for r in window),
        "CPU": statistics.fmean(r.cpu for r in window),
        "CPU median": statistics.median(r.cpu for r in window),
        "steps": statistics.fmean(r.steps for r in window),
    }


def window_line(first_doc: int, last_doc: int, f: dict[str, float], db_bytes: int) -> str:
    return (f"docs {first_doc:5d}-{last_doc:5d}: wall {1000 * f['wall']:6.1f} ms/doc, "
            f"parse {1000 * f['parse']:6.1f} ms/doc (median), store {1000 * f['store']:5.1f} ms/doc "
            f"(median {1000 * f['store median']:5.1f}), store CPU {1000 * f['CPU']:5.1f} "
            f"(median {1000 * f['CPU median']:5.1f}), SQL steps {f['steps']:5.2f}k/doc, db {db_bytes / 2**20:6.1f} MB")


def tree_cpu_seconds() -> float:
    """User and system CPU time of this process and its living descendants (the pool's workers live all the run).

    The work done per document, whatever the machine's other jobs leave
    of the cores: parsing the same files takes the same CPU time whether it
    waited for a core or not (mostly: a busy machine's caches slow it some).
    """
    total = 0.0
    me = psutil.Process()
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


class WaitMerging:
    """The writer's FTS5 merging while no parsed file is ready, as the flow does it; its CPU time and steps."""

    def __init__(self, conn: sqlite3.Connection, steps: StepCounter):
        self.conn, self.steps = conn, steps
        self.cpu, self.thousands = 0.0, 0

    def __call__(self) -> bool:
        cpu, stepped = time.process_time(), self.steps.thousands
        worked = merge_search_index(self.conn)
        self.cpu += time.process_time() - cpu
        self.thousands += self.steps.thousands - stepped
        return worked


def arriving(results: IMapIterator, idle: Callable[[], bool]) -> Iterator[ParsedFile]:
    """The pool's results in order; while the next is not ready, `idle` until it says there is no more work."""
    busy = True
    while True:
        try:
            parsed = results.next(timeout=0 if busy else None)
        except multiprocessing.TimeoutError:
            busy = idle()
            continue
        except StopIteration:
            return
        busy = True
        yield parsed


def run_writer(parsed_files: Iterable[ParsedFile], db: Path, step: int, batch_size: int) -> dict[str, float]:
    """Store `parsed_files` into a new `db`, printing the curve; the last window's figures over the first's.

    From a pool (`IMapIterator`), the writer merges while it waits, as the
    flow does; that work is given apart from the store figures.
    """
    conn = open_database(db)
    steps = StepCounter(conn)
    merging = WaitMerging(conn, steps)
    if isinstance(parsed_files, IMapIterator):
        parsed_files = arriving(parsed_files, merging)
    rows: list[Stored] = []
    merged = (0.0, 0)  # merging's totals at the last window's end
    all_cpu = {0: tree_cpu_seconds()}  # documents stored: CPU time of the writer and its workers so far
    for stored in store_in_batches(conn, parsed_files, batch_size, steps):
        rows.append(stored)
        if len(rows) == batch_size or len(rows) % step == 0:
            all_cpu[len(rows)] = tree_cpu_seconds()
        if len(rows) % step == 0:
            line = window_line(len(rows) - step + 1, len(rows), window_figures(rows[-step:]), db.stat().st_size)
            print(f"{line}; merging while waiting: CPU {1000 * (merging.cpu - merged[0]) / step:4.1f} ms/doc, "
                  f"SQL steps {(merging.thousands - merged[1]) / step:5.2f}k/doc; all CPU (writer and workers) "
                  f"{1000 * (all_cpu[len(rows)] - all_cpu[len(rows) - step]) / step:5.1f} ms/doc", flush=True)
            merged = (merging.cpu, merging.thousands)
    conn.close()
    # the first batch also pays the workers' start
    first, final = window_figures(rows[batch_size:step]), window_figures(rows[-step:])
    first["all CPU"] = (all_cpu[step] - all_cpu[batch_size]) / (step - batch_size)
    final["all CPU"] = (all_cpu[len(rows)] - all_cpu[len(rows) - step]) / step
    ratios = {k: final[k] / first[k] for k in first if first[k]}
    print("last window / first window: " + ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items()), flush=True)
    return ratios


def run_parsing_writer(files: list[Path], db: Path, workers: int, step: int, batch_size: int) -> dict[str, float]:
    """run_writer on `files` parsed as they come by a pool of `workers`; the peak memory of them all."""
    ctx = multiprocessing.get_context("spawn")  # like the flow's pool: workers are not forks of the writer
    with TreeMemory(os.getpid()) as memory, ctx.Pool(workers) as pool:
        ratios = run_writer(pool.imap(parse_file, files, chunksize=1), db, step, batch_size)
    print(f"peak resident memory, this process and its {workers} workers: {memory.peak / 2**30:.2f} GiB", flush=True)
    return ratios


def replicas(samples: list[ParsedFile], count: int) -> Iterator[ParsedFile]:
    """`count` distinct documents for the writer alone: the parsed samples in turn, each with its own hash and path."""
    for i in range(count):
        parsed = samples[i % len(samples)]
        yield dataclasses.replace(parsed, sha256=f"{i:064x}", source_path=f"{parsed.source_path}#{i}", seconds=0.0)


def median_ratios(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's last/first ratio, median over the repeats."""
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def run_ingest(folder: Path, db: Path, workers: int) -> None:
    env = dict(os.environ, PREFECT_HOME=tempfile.mkdtemp(prefix="prefect-"))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "ingest", str(folder), "--db", str(db),
                             "--workers", str(workers), "--no-progress"], env=env, cwd=ROOT)
    with TreeMemory(proc.pid) as memory:
        code = proc.wait()
    print(f"ita ingest: exit {code}, {time.perf_counter() - started:.1f} s wall, "
          f"peak resident memory of its process tree {memory.peak / 2**30:.2f} GiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--step", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=FLOW_BATCH_SIZE,
                        help="documents per transaction (the flow stores a parse batch per transaction)")
    parser.add_argument("--repeats", type=int, default=1, help="runs on new databases; the median ratio is reported")
    parser.add_argument("--ingest", action="store_true", help="run `ita ingest` on the files instead")
    parser.add_argument("--writer-only", action="store_true",
                        help="parse the samples once and store distinct replicas of them: the writer alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        files = distinct_files(args.docs, folder)
        print(f"{len(files)} distinct files (copies of the {min(len(files), 10)} samples), "
              f"{args.workers} parsing processes, {os.cpu_count()} cores", flush=True)
        if args.ingest:
            run_ingest(folder, Path(tmp) / "bench.db", args.workers)
            return
        samples = [parse_file(f) for f in files[:10]] if args.writer_only else []
        runs = []
        for repeat in range(args.repeats):
            print(f"run {repeat + 1} of {args.repeats}, {args.batch_size} documents per transaction", flush=True)
            db = Path(tmp) / f"bench-{repeat}.db"
            runs.append(run_writer(replicas(samples, args.docs), db, args.step, args.batch_size) if args.writer_only
                        else run_parsing_writer(files, db, args.workers, args.step, args.batch_size))
        print(f"median over {len(runs)} runs, last window / first window: "
              + ", ".join(f"{k} {v:.2f}x" for k, v in median_ratios(runs).items()))


if __name__ == "__main__":
    main()
