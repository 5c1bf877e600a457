"""Nightly no-op: how long does a run take when nothing in the inbox changed?

Generates N distinct small report files (copies of a sample .docx with a
few bytes appended, 100 per unit folder), pre-loads them into a fresh
database directly (one documents / pages / source_files row each, as an
earlier run would have left them), then runs the `ita-ingest` flow on the
inbox twice and prints where the time goes:

- discover: walking the inbox and stat-ing every file;
- plan: comparing each file with what the database knows (unchanged by size
  and mtime: nothing read) and the bookkeeping transaction;
- flow body: everything under the database lock (= summary.seconds);
- Prefect overhead: the rest of the wall time (temporary server start on the
  first run when PREFECT_API_URL is unset, flow-run creation, artifacts).

With --touch, every file's mtime is changed first, so every file is hashed
again (what a copy that does not keep modification times costs).

    uv run python bench/nightly_noop.py [--files 10000] [--touch] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "s000_kpi_report_police_mahasarakham.docx"
FILES_PER_FOLDER = 100


def make_inbox(inbox: Path, n_files: int) -> list[Path]:
    """n distinct copies of the sample, in unit folders of 100."""
    data = SAMPLE.read_bytes()
    paths = []
    for i in range(n_files):
        folder = inbox / f"unit_{i // FILES_PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"ita_report_{i:05d}.docx"
        path.write_bytes(data + f"\n%copy {i}\n".encode())
        paths.append(path)
    return paths


def preload(db: Path, paths: list[Path]) -> None:
    """The rows an earlier run would have written, in one transaction (no parsing)."""
    from schemas.db import open_database
    from schemas.store import transaction, utc_now

    conn = open_database(db)
    now = utc_now()
    with transaction(conn):
        for path in paths:
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            st = path.stat()
            cur = conn.execute(
                "INSERT INTO documents (sha256, file_name, source_path, format, status, ingested_at, file_size) "
                "VALUES (?, ?, ?, 'docx', 'loaded', ?, ?)", (sha, path.name, path.as_posix(), now, st.st_size))
            conn.execute("INSERT INTO pages (document_id, page_no, text, text_source) VALUES (?, 1, ?, 'native')",
                         (cur.lastrowid, f"report {path.name}"))
            conn.execute(
                "INSERT INTO source_files (source_path, sha256, size, mtime_ns, document_id, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (path.as_posix(), sha, st.st_size, st.st_mtime_ns, cur.lastrowid, now, now))
    conn.close()


def timed_run(inbox: Path, db: Path, label: str) -> None:
    from flows.ingest import run_ingest

    started = time.perf_counter()
    summary = run_ingest([inbox], db)
    wall = time.perf_counter() - started
    t = summary.timings
    print(f"{label}: seen {summary.seen}, unchanged {summary.unchanged}, loaded {summary.loaded}, "
          f"failed {summary.failed}")
    print(f"  discover {t.get('discover', 0):6.2f} s   plan {t.get('plan', 0):6.2f} s   "
          f"parse+store {t.get('parse_and_store', 0):6.2f} s")
    print(f"  flow body (under the lock) {summary.seconds:6.2f} s   wall {wall:6.2f} s   "
          f"Prefect overhead {wall - summary.seconds:6.2f} s")
    assert summary.unchanged == summary.seen, "the bench expects every file unchanged"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--touch", action="store_true", help="change every file's mtime before the runs")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="ita-noop-"))
    inbox, db = work / "inbox", work / "ita.db"
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"PREFECT_API_URL={os.environ.get('PREFECT_API_URL') or '(unset: temporary server)'}")
    t0 = time.perf_counter()
    if db.exists() and inbox.exists():
        paths = sorted(inbox.rglob("*.docx"))
        print(f"reusing {len(paths)} files in {inbox}")
    else:
        paths = make_inbox(inbox, args.files)
        preload(db, paths)
        print(f"generated and pre-loaded {len(paths)} files in {time.perf_counter() - t0:.1f} s ({work})")
    if args.touch:
        now = time.time_ns()
        for p in paths:
            os.utime(p, ns=(now, now))
        print("touched every file (new mtime, same content)")
    timed_run(inbox, db, "run 1")
    timed_run(inbox, db, "run 2")
    if args.keep is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    main()
