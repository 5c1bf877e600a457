"""The desk's costs on a database: what an official waits for.

Times, in one process and one run, on an ingested database (default: the
samples, ingested first into a temporary folder):

- each canned query of `ita browse`, run as Datasette runs it (read-only
  connection, Thai headers), median of 5;
- a page image: first view (hash the source, rasterise with pypdfium2, write
  the cache) against a cached view (read the PNG);
- `ita export --xlsx` and `--csv`; `ita report` to HTML and to PDF (Chromium).

    uv run python bench/desk_speed.py [--db ita.db]
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int = 1) -> float:
    """Median wall seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="an ingested database (default: ingest samples/ first)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    db = Path(args.db) if args.db else None
    if db is None:
        from flows.ingest import run_ingest

        db = work / "ita.db"
        run_ingest([REPO / "samples"], db, show_progress=False)

    from desk.export import export_csv, export_xlsx
    from desk.plugin import iso_date, render_page_png, source_pdf
    from desk.queries import CANNED_QUERIES, thai_headed
    from desk.report import write_report

    print(f"database {db} ({db.stat().st_size / 1e6:.1f} MB); {platform.python_version()}, "
          f"{platform.machine()}")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.create_function("ita_date", 1, iso_date)
    values = {"fiscal_year": "2568", "threshold": "85", "indicator": "9", "doc_type": "measures",
              "q": "ทรัพย์สิน", "date_from": "1 ต.ค. 2568", "date_to": "30 ก.ย. 2569", "province": ""}
    for query in CANNED_QUERIES:
        params = {p: values.get(p, "") for p in query.params}
        rows = len(conn.execute(thai_headed(query), params).fetchall())
        seconds = timed(lambda: conn.execute(thai_headed(query), params).fetchall(), repeat=5)
        print(f"canned query {query.name:24s} {rows:5d} rows  {seconds * 1000:8.2f} ms")
    short = {"q": "ปี"}
    print(f"canned query search, 2-character word      {timed(lambda: conn.execute(thai_headed(CANNED_QUERIES[-1]), short).fetchall(), 5) * 1000:8.2f} ms")

    document_id, page_no = conn.execute(
        "SELECT p.document_id, p.page_no FROM pages p JOIN documents d USING (document_id) "
        "WHERE d.format = 'pdf' ORDER BY p.page_id LIMIT 1").fetchone()
    cache = work / "pages" / "page.png"

    def first_view():
        cache.unlink(missing_ok=True)
        pdf, _, _ = source_pdf(conn, document_id)
        render_page_png(pdf, page_no, cache)

    first = timed(first_view, repeat=3)
    cached = timed(lambda: cache.read_bytes(), repeat=5)
    print(f"page image, first view {first * 1000:.0f} ms; cached {cached * 1000:.2f} ms "
          f"({first / cached:.0f}x)")
    conn.close()

    print(f"ita export --xlsx  {timed(lambda: export_xlsx(db, work / 'ita.xlsx')):.2f} s")
    print(f"ita export --csv   {timed(lambda: export_csv(db, work / 'csv')):.2f} s")
    print(f"ita report .html   {timed(lambda: write_report(db, work / 'report.html')):.2f} s")
    print(f"ita report .pdf    {timed(lambda: write_report(db, work / 'report.pdf')):.2f} s")


if __name__ == "__main__":
    main()
