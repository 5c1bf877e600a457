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
busy machine), and the database size; then the last window against the first. The peak resident
memory of this process and its workers together is sampled throughout.

    uv run python bench/store_scaling.py [--docs 1000] [--step 100] [--workers 2]

`--ingest` instead runs `ita ingest` on the same files (Prefect, the real
pool) and reports its wall time and the peak memory of its process tree
(the flow, Prefect's temporary server, the parsing processes).
"""

from __future__ import annotations

import argparse
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
from pathlib import Path

import psutil

from flows.parse import ParsedFile, parse_file
from schemas.db import open_database
from schemas.store import write_parsed_file

ROOT = Path(__file__).resolve().parents[1]


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


def run_writer(files: list[Path], db: Path, workers: int, step: int) -> None:
    conn = open_database(db)
    steps = StepCounter(conn)
    rows = []  # (parse s, store s, wall s since the previous document, store CPU s, SQLite steps k)
    ctx = multiprocessing.get_context("spawn")  # like the flow's pool: workers are not forks of the writer
    with TreeMemory(os.getpid()) as memory, ctx.Pool(workers) as pool:
        last = time.perf_counter()
        for parsed in pool.imap(parse_file, files, chunksize=1):
            parsed: ParsedFile
            assert parsed.status == "loaded", (parsed.file_name, parsed.error)
            started, cpu, stepped = time.perf_counter(), time.process_time(), steps.thousands
            write_parsed_file(conn, parsed)
            now = time.perf_counter()
            rows.append((parsed.seconds, now - started, now - last, time.process_time() - cpu,
                         steps.thousands - stepped))
            last = now
            if len(rows) % step == 0:
                window = rows[-step:]
                print(f"docs {len(rows) - step + 1:5d}-{len(rows):5d}: "
                      f"wall {1000 * sum(r[2] for r in window) / step:6.1f} ms/doc, "
                      f"parse {1000 * statistics.median(r[0] for r in window):6.1f} ms/doc (median), "
                      f"store {1000 * sum(r[1] for r in window) / step:5.1f} ms/doc "
                      f"(median {1000 * statistics.median(r[1] for r in window):5.1f}, "
                      f"CPU {1000 * sum(r[3] for r in window) / step:5.1f}), "
                      f"SQL steps {sum(r[4] for r in window) / step:5.1f}k/doc, "
                      f"db {db.stat().st_size / 2**20:6.1f} MB", flush=True)
    conn.close()
    first, final = rows[1:step], rows[-step:]  # the first document also pays the workers' start
    ratio = {k: (sum(r[k] for r in final) / len(final)) / (sum(r[k] for r in first) / len(first)) for k in range(5)}
    print(f"last window / first window: wall per doc {ratio[2]:.2f}x, parse {ratio[0]:.2f}x, "
          f"store {ratio[1]:.2f}x (store CPU {ratio[3]:.2f}x, SQL steps {ratio[4]:.2f}x)")
    print(f"peak resident memory, this process and its {workers} workers: {memory.peak / 2**30:.2f} GiB")


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
    parser.add_argument("--ingest", action="store_true", help="run `ita ingest` on the files instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        files = distinct_files(args.docs, folder)
        print(f"{len(files)} distinct files (copies of the {min(len(files), 10)} samples), "
              f"{args.workers} parsing processes, {os.cpu_count()} cores", flush=True)
        db = Path(tmp) / "bench.db"
        if args.ingest:
            run_ingest(folder, db, args.workers)
        else:
            run_writer(files, db, args.workers, args.step)


if __name__ == "__main__":
    main()
