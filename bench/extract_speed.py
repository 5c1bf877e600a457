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
In each round the three take turns file by file; the report gives, for
this process's CPU time (pages per second per core) and for wall time, the
median and best round of each and the ratios within each round (median,
min, max over rounds). On a shared machine CPU time and the ratios within
one run are what to compare: wall time swings with other jobs' load.
`--field` adds the field corpus PDFs that have a text layer.
"""

from __future__ import annotations

import argparse
import os
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


class Clock:
    """Seconds of wall time and of this process's CPU time."""

    def __enter__(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def run_ita(pdf: Path, conn) -> None:
    parsed = parse_file(pdf)
    assert parsed.status == "loaded", (pdf, parsed.error)
    write_parsed_file(conn, parsed)


def run_pdfplumber(pdf: Path) -> None:
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            page.extract_text()
            page.extract_tables()


def run_pdfium_text(pdf: Path) -> None:
    doc = pdfium.PdfDocument(pdf)
    for page in doc:
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    doc.close()


def one_round(pdfs: list[Path], db: Path) -> dict[str, tuple[float, float]]:
    """{tool: (wall s, CPU s)} over all files; the tools take turns file by
    file, so a burst of load from other jobs hits all three alike."""
    totals = {key: [0.0, 0.0] for key in TOOLS}
    conn = open_database(db)
    for pdf in pdfs:
        for key, run in (("ita", lambda p: run_ita(p, conn)), ("pdfplumber", run_pdfplumber),
                         ("pdfium", run_pdfium_text)):
            with Clock() as clock:
                run(pdf)
            totals[key][0] += clock.wall
            totals[key][1] += clock.cpu
    conn.close()
    return {key: (wall, cpu) for key, (wall, cpu) in totals.items()}


TOOLS = {"ita": "ita extract+records+load", "pdfplumber": "pdfplumber text+tables", "pdfium": "pypdfium2 bare text"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--field", action="store_true", help="add the field corpus PDFs with a text layer")
    args = parser.parse_args()
    originals = sorted((ROOT / "samples").glob("s*.pdf"))
    if args.field:
        originals += [p for p in sorted(FIELDCORPUS.glob("*.pdf")) if not any(s in p.name for s in SCANNED)]
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = distinct_copies(originals, args.copies, Path(tmp))
        pages = page_total(pdfs)
        parse_file(originals[0])  # warm imports (PyThaiNLP dictionary) outside the timing
        rounds = [one_round(pdfs, Path(tmp) / f"bench-{r}.db") for r in range(args.rounds)]
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, one process (one core), {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"files: {len(pdfs)} PDFs ({len(originals)} originals + {args.copies} distinct copies each), "
          f"{pages} pages, rounds: {args.rounds}")
    for which, k in (("CPU time of this process (per core)", 1), ("wall time", 0)):
        print(f"-- {which}")
        seconds = {key: [r[key][k] for r in rounds] for key in TOOLS}
        for key, label in TOOLS.items():
            print(f"{label:25}: median {pages / statistics.median(seconds[key]):7.1f} pages/s, "
                  f"best {pages / min(seconds[key]):7.1f} pages/s "
                  f"(seconds per round: {', '.join(f'{t:.2f}' for t in seconds[key])})")
        vs_plumber = [p / i for p, i in zip(seconds["pdfplumber"], seconds["ita"])]
        vs_pdfium = [p / i for p, i in zip(seconds["pdfium"], seconds["ita"])]
        print(f"ita / pdfplumber         : {statistics.median(vs_plumber):7.2f}x median of rounds "
              f"(min {min(vs_plumber):.2f}x, max {max(vs_plumber):.2f}x)")
        print(f"ita / pypdfium2 bare text: {statistics.median(vs_pdfium):7.3f}x median of rounds "
              f"(min {min(vs_pdfium):.3f}x, max {max(vs_pdfium):.3f}x)")


if __name__ == "__main__":
    main()
