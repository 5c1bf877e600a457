"""Pages per second of extract_pdf against pdfplumber's extract_text +
extract_tables on the same files.

    uv run python bench/pdf_speed.py samples/s*.pdf ../shared/fieldcorpus/pc03_procurement_analysis_report_2567.pdf
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pdfplumber

from extractors.pdf import extract_pdf


def main(files: list[Path]) -> None:
    extract_pdf(files[0])  # warm-up: imports, pythainlp's word list
    pages = ours = theirs = 0.0
    for f in files:
        start = time.perf_counter()
        n = extract_pdf(f).page_count or 0
        mine = time.perf_counter() - start
        start = time.perf_counter()
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
        plumber = time.perf_counter() - start
        pages, ours, theirs = pages + n, ours + mine, theirs + plumber
        print(f"{f.name[:45]:45} {n:3d} p  extract_pdf {n / mine:6.1f} p/s  pdfplumber {n / plumber:6.1f} p/s  x{plumber / mine:4.1f}")
    print(f"{'TOTAL':45} {int(pages):3d} p  extract_pdf {pages / ours:6.1f} p/s  pdfplumber {pages / theirs:6.1f} p/s  x{theirs / ours:4.1f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])
