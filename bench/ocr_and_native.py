"""Pages per second for native and OCR pages, and OCR accuracy.

    uv run python bench/ocr_and_native.py [--rounds N]

OCR is measured for both engines in the same run, on the same pages,
rounds interleaved (cli, tesserocr, cli, ...): `cli` (a tesseract process
per page, psm 4: the path before tesserocr) and `tesserocr` (kept engines,
psm 6, with the Thai-digit reader); the ratio is tesserocr / cli.

- native: extract_pdf (text layer check, repair, tables) on every PDF of the
  samples and the field corpus whose pages have a usable text layer;
- OCR: ocr_pdf_pages on the field corpus's scanned pages (tj14, tj12 p.1-2),
  pages of one document in parallel (as the pipeline runs it): wall pages/s,
  and CPU seconds a page (this process's threads and the cli's tesseract
  processes; what other jobs on the machine disturb least);
- accuracy: sample PDF pages rendered to images and OCR'd, against their text
  layer (which matches the Word original at 0.3% CER), as character error
  rate without whitespace.
"""

from __future__ import annotations

import os
import platform
import resource
import time
from statistics import median
from pathlib import Path

from rapidfuzz.distance import Levenshtein

import argparse

from extractors.ocr import DEFAULT_DPI, read_pdf_pages_by_ocr
from extractors.pdf import extract_pdf

ROOT = Path(__file__).resolve().parents[1]
FIELDCORPUS = ROOT.parent / "shared" / "fieldcorpus"
SCANNED = {"tj14_moit4_web_publication_form_imageonly.pdf": [1],
           "tj12_moit2_procurement_staff_vetting_scan_badocr.pdf": [1, 2]}
ACCURACY_PAGES = {"s003_meeting_summary_moi_permanent_secretary.pdf": [1, 2, 3],
                  "s002_analysis_khwao_yai_municipality.pdf": [1, 2],
                  "s004_measures_samut_prakan_province.pdf": [1, 2]}


def cer(reference: str, hypothesis: str) -> tuple[int, int]:
    ref, hyp = "".join(reference.split()), "".join(hypothesis.split())
    return Levenshtein.distance(ref, hyp), len(ref)


def native_pages_per_second() -> tuple[float, int]:
    pdfs = sorted((ROOT / "samples").glob("s*.pdf")) + [
        p for p in sorted(FIELDCORPUS.glob("*.pdf")) if p.name not in SCANNED]
    extract_pdf(pdfs[0])  # warm up dictionaries
    pages, started = 0, time.perf_counter()
    for pdf in pdfs:
        doc = extract_pdf(pdf)
        pages += sum(1 for p in doc.pages if p.text_source == "native")
    return pages / (time.perf_counter() - started), pages


def cpu_seconds() -> float:
    """CPU time of this process (all its threads) and of its finished children (the cli's tesseracts)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def ocr_pages_per_second(engine: str) -> tuple[float, int, float]:
    """(pages/s wall, pages, CPU s per page) over the field corpus's scanned pages."""
    pages, started, cpu = 0, time.perf_counter(), cpu_seconds()
    for name, numbers in SCANNED.items():
        pages += len(read_pdf_pages_by_ocr(FIELDCORPUS / name, numbers, engine=engine))
    return pages / (time.perf_counter() - started), pages, (cpu_seconds() - cpu) / pages


def ocr_accuracy(engine: str) -> tuple[float, int, float, float]:
    """(CER, characters, pages/s, CPU s per page) over the sample pages rendered to images."""
    edits = total = pages = 0
    seconds = cpu = 0.0
    for name, numbers in ACCURACY_PAGES.items():
        pdf = ROOT / "samples" / name
        truth = {p.page_no: p.text for p in extract_pdf(pdf).pages}
        started, cpu_started = time.perf_counter(), cpu_seconds()
        read = read_pdf_pages_by_ocr(pdf, numbers, engine=engine)
        seconds += time.perf_counter() - started
        cpu += cpu_seconds() - cpu_started
        for page_no, page in read.items():
            e, n = cer(truth[page_no], page.text)
            edits, total, pages = edits + e, total + n, pages + 1
    return edits / total, total, pages / seconds, cpu / pages


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    native, n_native = native_pages_per_second()
    print(f"native pages : {native:6.1f} pages/s ({n_native} pages, one process)")
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    speed: dict[str, list[float]] = {"cli": [], "tesserocr": []}
    cpu: dict[str, list[float]] = {"cli": [], "tesserocr": []}
    sample_speed: dict[str, list[float]] = {"cli": [], "tesserocr": []}
    sample_cpu: dict[str, list[float]] = {"cli": [], "tesserocr": []}
    accuracy: dict[str, tuple[float, int]] = {}
    for _ in range(args.rounds):
        for engine in ("cli", "tesserocr"):
            rate, n_ocr, cpu_per_page = ocr_pages_per_second(engine)
            speed[engine].append(rate)
            cpu[engine].append(cpu_per_page)
            err, chars, rate2, cpu2 = ocr_accuracy(engine)
            sample_speed[engine].append(rate2)
            sample_cpu[engine].append(cpu2)
            accuracy[engine] = (err, chars)
    for engine in ("cli", "tesserocr"):
        print(f"OCR {engine:9}: field scans {median(speed[engine]):5.2f} pages/s ({n_ocr} pages), sample pages "
              f"{median(sample_speed[engine]):5.2f} pages/s; CPU s a page {median(cpu[engine]):.2f} field, "
              f"{median(sample_cpu[engine]):.2f} sample; CER {accuracy[engine][0]:.2%} over "
              f"{accuracy[engine][1]} characters ({DEFAULT_DPI} dpi, pages of a document in parallel)")
    print(f"tesserocr / cli: {median(speed['tesserocr']) / median(speed['cli']):.2f}x on the field scans, "
          f"{median(sample_speed['tesserocr']) / median(sample_speed['cli']):.2f}x on the sample pages "
          f"(medians of {args.rounds} round(s), same run)")


if __name__ == "__main__":
    main()
