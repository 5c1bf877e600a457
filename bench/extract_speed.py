"""Pages per second per core: ita-pipeline's extract-and-load against
pdfplumber and against pypdfium2's bare text, all in this one process (one
core), over the same PDFs, round after round.

The PDFs are the sample PDFs plus copies made distinct (a PDF comment
appended, so their hashes differ and nothing is skipped as unchanged).

    uv run python bench/extract_speed.py [--copies 4] [--rounds 3] [--field]

ita: parse_file (pdfium text, pdfplumber table geometry, normalisation,
structured facts) + write_parsed_file into a fresh SQLite database.
pdfplumber: page.extract_text() + page.extract_tables() for every page.
pypdfium2 bare text: textpage.get_text_range() for every page (the floor:
what reading the text layer alone costs).
Each round times the three one after the other; the report gives the
minimum and the median over rounds and the ratios of the medians (the
machine may be shared: the ratios within one run are what to compare).
`--field` adds the field corpus PDFs that have a text layer.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from flows.parse import parse_file
from schemas.db import open_database
from schemas.store import write_parsed_file

ROOT = Path(__file__).resolve().parents[1]
FIELDCORPUS = ROOT.parent / "shared" / "fieldcorpus"
# field corpus PDFs without a usable text layer (read by OCR: not this benchmark's subject)
SCANNED = ("scan", "imageonly")


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


def time_pdfium_text(pdfs: list[Path]) -> float:
    started = time.perf_counter()
    for pdf in pdfs:
        doc = pdfium.PdfDocument(pdf)
        for page in doc:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--field", action="store_true", help="add the field corpus PDFs with a text layer")
    args = parser.parse_args()
    originals = sorted((ROOT / "samples").glob("s*.pdf"))
    if args.field:
        originals += [p for p in sorted(FIELDCORPUS.glob("*.pdf")) if not any(s in p.name for s in SCANNED)]
    times: dict[str, list[float]] = {"ita": [], "pdfplumber": [], "pdfium": []}
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = distinct_copies(originals, args.copies, Path(tmp))
        pages = page_total(pdfs)
        parse_file(originals[0])  # warm imports (PyThaiNLP dictionary) outside the timing
        for r in range(args.rounds):
            times["ita"].append(time_ita(pdfs, Path(tmp) / f"bench-{r}.db"))
            times["pdfplumber"].append(time_pdfplumber(pdfs))
            times["pdfium"].append(time_pdfium_text(pdfs))
    pps = {k: pages / statistics.median(v) for k, v in times.items()}
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, one process (one core)")
    print(f"files: {len(pdfs)} PDFs ({len(originals)} originals + {args.copies} distinct copies each), "
          f"{pages} pages, rounds: {args.rounds}")
    labels = {"ita": "ita extract+records+load", "pdfplumber": "pdfplumber text+tables",
              "pdfium": "pypdfium2 bare text"}
    for key, label in labels.items():
        print(f"{label:25}: median {pps[key]:7.1f} pages/s, best {pages / min(times[key]):7.1f} pages/s "
              f"(seconds per round: {', '.join(f'{t:.2f}' for t in times[key])})")
    print(f"ita / pdfplumber         : {pps['ita'] / pps['pdfplumber']:7.2f}x (medians; "
          f"best rounds {min(times['pdfplumber']) / min(times['ita']):.2f}x)")
    print(f"ita / pypdfium2 bare text: {pps['ita'] / pps['pdfium']:7.3f}x (medians)")


if __name__ == "__main__":
    main()
