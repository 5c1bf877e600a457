"""Pages per second per core: ita-pipeline's extract-and-load vs pdfplumber.

Both run in this one process (one core) over the same PDFs in the same run:
the sample PDFs plus copies made distinct (a PDF comment appended, so their
hashes differ and nothing is skipped as unchanged).

    uv run python bench/extract_speed.py [--copies 4] [--rounds 1]

ita: parse_file (pdfium text, pdfplumber table geometry, normalisation,
structured facts) + write_parsed_file into a fresh SQLite database.
pdfplumber: page.extract_text() + page.extract_tables() for every page.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from flows.parse import parse_file
from schemas.db import open_database
from schemas.store import write_parsed_file

ROOT = Path(__file__).resolve().parents[1]


def distinct_copies(pdfs: list[Path], copies: int, into: Path) -> list[Path]:
    """The PDFs plus `copies` byte-distinct copies of each."""
    out = []
    for pdf in pdfs:
        out.append(pdf)
        for i in range(copies):
            dst = into / f"{pdf.stem}-copy{i}.pdf"
            shutil.copyfile(pdf, dst)
            with open(dst, "ab") as fh:
                fh.write(f"\n% bench copy {i}\n".encode())
            out.append(dst)
    return out


def page_total(pdfs: list[Path]) -> int:
    return sum(len(pdfium.PdfDocument(p)) for p in pdfs)


def time_ita(pdfs: list[Path], db: Path) -> float:
    conn = open_database(db)
    started = time.perf_counter()
    for pdf in pdfs:
        parsed = parse_file(pdf)
        assert parsed.status == "loaded", (pdf, parsed.error)
        write_parsed_file(conn, parsed)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def time_pdfplumber(pdfs: list[Path]) -> float:
    started = time.perf_counter()
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_text()
                page.extract_tables()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    samples = sorted((ROOT / "samples").glob("s*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = distinct_copies(samples, args.copies, Path(tmp))
        pages = page_total(pdfs)
        parse_file(samples[0])  # warm imports (PyThaiNLP dictionary) outside the timing
        ita_s = pdfplumber_s = 0.0
        for r in range(args.rounds):
            ita_s += time_ita(pdfs, Path(tmp) / f"bench-{r}.db")
            pdfplumber_s += time_pdfplumber(pdfs)
    ita_pps = pages * args.rounds / ita_s
    plumber_pps = pages * args.rounds / pdfplumber_s
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, one process (one core)")
    print(f"files: {len(pdfs)} PDFs, {pages} pages, rounds: {args.rounds}")
    print(f"ita extract+load       : {ita_pps:8.1f} pages/s per core ({ita_s:.2f} s)")
    print(f"pdfplumber text+tables : {plumber_pps:8.1f} pages/s per core ({pdfplumber_s:.2f} s)")
    print(f"speed-up               : {ita_pps / plumber_pps:8.2f}x")


if __name__ == "__main__":
    main()
