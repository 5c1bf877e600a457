"""Pages per second for native and OCR pages, and OCR accuracy.

    uv run python bench/ocr_and_native.py

- native: extract_pdf (text layer check, repair, tables) on every PDF of the
  samples and the field corpus whose pages have a usable text layer;
- OCR: ocr_pdf_pages on the field corpus's scanned pages (tj14, tj12 p.1-2),
  pages of one document in parallel (as the pipeline runs it);
- accuracy: sample PDF pages rendered to images and OCR'd, against their text
  layer (which matches the Word original at 0.3% CER), as character error
  rate without whitespace.
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from extractors.ocr import DEFAULT_DPI, DEFAULT_PSM, ocr_pdf_pages
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


def ocr_pages_per_second() -> tuple[float, int]:
    pages, started = 0, time.perf_counter()
    for name, numbers in SCANNED.items():
        pages += len(ocr_pdf_pages(FIELDCORPUS / name, numbers))
    return pages / (time.perf_counter() - started), pages


def ocr_accuracy() -> tuple[float, int]:
    edits = total = 0
    for name, numbers in ACCURACY_PAGES.items():
        pdf = ROOT / "samples" / name
        truth = {p.page_no: p.text for p in extract_pdf(pdf).pages}
        for page_no, text in ocr_pdf_pages(pdf, numbers).items():
            e, n = cer(truth[page_no], text)
            edits, total = edits + e, total + n
    return edits / total, total


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    native, n_native = native_pages_per_second()
    print(f"native pages : {native:6.1f} pages/s ({n_native} pages, one process)")
    ocr, n_ocr = ocr_pages_per_second()
    print(f"OCR pages    : {ocr:6.2f} pages/s ({n_ocr} pages, {DEFAULT_DPI} dpi, psm {DEFAULT_PSM}, "
          f"pages of a document in parallel)")
    rate, chars = ocr_accuracy()
    print(f"OCR accuracy : CER {rate:.2%} over {chars} characters of sample pages rendered to images")


if __name__ == "__main__":
    main()
