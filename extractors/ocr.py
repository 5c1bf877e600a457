"""Thai OCR of PDF pages: pypdfium2 renders, Tesseract (tha+eng) reads.

Used for pages whose text layer is missing or junk (see
`extractors.text_quality.assess_page_text`). Tesseract runs as a separate
process per page, so a small thread pool gives real parallelism; each
process is limited to one OpenMP thread so parallel pages do not
oversubscribe the cores. pdfium itself is not thread-safe, so pages are
rendered one at a time in the calling thread while earlier pages are read.

Settings were measured on 14 Thai pages with known text (field corpus and
samples/, `--psm` 3/4/6 x 200/250/300/400 dpi): page segmentation mode 4
(one column of text of variable sizes) at 200 dpi gave the lowest pooled
character error rate (5.4% vs 8.3% at 300 dpi; psm 3 mis-orders blocks,
psm 6 merges table cells) and is the fastest. Thai body text in these
reports is 14-16 pt TH Sarabun, whose glyphs at 200 dpi already have the
height Tesseract's Thai model was trained on.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import threading
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium

from extractors.errors import ExtractionError, OverLimit
from extractors.helpers import run_killing_group_on_timeout
from extractors.limits import grant_ocr_pages, helper_timeout
from extractors.thai_repair import repair_thai_text, thai_dictionary

DEFAULT_DPI = 200
DEFAULT_PSM = 4
LANGUAGES = "tha+eng"
PAGE_TIMEOUT_SECONDS = 180
# Pixels one page may be rendered to: A3 at 300 dpi is 17 million. A page
# larger than that (a 200 x 200 inch image page) is rendered at a lower dpi
# or, below MIN_DPI, not read: at 200 dpi it would be a 3 GB bitmap.
MAX_PAGE_PIXELS = 40_000_000
MIN_DPI = 100

INSTALL_HINT = (
    "Thai OCR needs tesseract-ocr and tesseract-ocr-tha: "
    "apt-get install tesseract-ocr tesseract-ocr-tha"
)


@cache
def tesseract_languages() -> frozenset[str]:
    """Languages the installed Tesseract can read; ExtractionError if none is installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ExtractionError(f"{INSTALL_HINT} (the tesseract program was not found).")
    try:
        result = run_killing_group_on_timeout([exe, "--list-langs"], helper_timeout(30), text=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExtractionError(f"{INSTALL_HINT} (tesseract could not be run: {exc}).") from exc
    listed = (result.stdout + "\n" + result.stderr).splitlines()
    return frozenset(line.strip() for line in listed if line.strip() and " " not in line.strip())


def require_thai_ocr() -> None:
    """Raise ExtractionError with an actionable message unless tha and eng OCR are available."""
    missing = [lang for lang in LANGUAGES.split("+") if lang not in tesseract_languages()]
    if missing:
        raise ExtractionError(
            f"{INSTALL_HINT} (tesseract is installed but lacks the language data: "
            f"{', '.join(missing)})."
        )


def render_dpi(width_pt: float, height_pt: float, dpi: int, page_no: int | None = None) -> int:
    """`dpi`, or less so the page stays within MAX_PAGE_PIXELS; ExtractionError if under MIN_DPI."""
    pixels_at_dpi = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels_at_dpi <= MAX_PAGE_PIXELS:
        return dpi
    fitted = int(dpi * (MAX_PAGE_PIXELS / pixels_at_dpi) ** 0.5)
    if fitted < MIN_DPI:
        where = f"page {page_no}" if page_no else "a page"
        raise ExtractionError(
            f"{where} is {width_pt / 72:.0f} x {height_pt / 72:.0f} inches, too large to read by OCR: "
            "ask the unit to scan the report at A4 size and submit it again"
        )
    return fitted


def render_page_png(page: pdfium.PdfPage, dpi: int) -> bytes:
    """The page as a grayscale PNG at `dpi`, or less for a huge page (Tesseract binarises it itself)."""
    dpi = render_dpi(*page.get_size(), dpi)
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def tesseract_png_text(png: bytes, *, psm: int = DEFAULT_PSM, dpi: int = DEFAULT_DPI,
                       stop: threading.Event | None = None) -> str:
    """Tesseract's raw text for one PNG image (no repair); stopped early when `stop` is set."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = ["tesseract", "-", "-", "-l", LANGUAGES, "--psm", str(psm), "--dpi", str(dpi)]
    timeout = helper_timeout(PAGE_TIMEOUT_SECONDS)
    try:
        result = run_killing_group_on_timeout(command, timeout, input=png, env=env, stop=stop)
    except FileNotFoundError as exc:
        raise ExtractionError(f"{INSTALL_HINT} (the tesseract program was not found).") from exc
    except subprocess.TimeoutExpired as exc:
        raise OverLimit(
            f"Thai OCR of a page took longer than {timeout:.0f} s and was stopped (Tesseract hung or the page "
            "is too complex); the other pages were not waited for"
        ) from exc
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ExtractionError(f"Thai OCR failed (tesseract: {' / '.join(detail)}).")
    return result.stdout.decode("utf-8", "replace")


_WIDE_GAP = re.compile(r"\S\s{4,}\S")


def _is_noise_line(line: str) -> bool:
    """A line Tesseract made out of rules, dots or stamps: short fragments
    spread over the line ("ง      a     :    wv ฆ้"), no numbers, mostly not words."""
    tokens = line.split()
    if len(tokens) < 2 or not _WIDE_GAP.search(line):
        return False
    if any(len(t) > 3 for t in tokens):
        return False
    if any(any(ch.isdigit() for ch in t) for t in tokens):
        return False
    words = thai_dictionary()
    return sum(t in words for t in tokens) * 2 < len(tokens)


def text_without_ocr_noise_lines(text: str) -> str:
    """OCR text without the debris lines that rules and dotted fill-ins produce."""
    return "\n".join(line for line in text.splitlines() if not _is_noise_line(line))


def clean_ocr_text(raw: str) -> str:
    """Tesseract output as faithful Thai: repaired (ำ composed, ...), debris lines and
    form feeds removed, runs of blank lines collapsed."""
    text = repair_thai_text(raw.replace("\f", ""))
    text = text_without_ocr_noise_lines(text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def ocr_workers(n_pages: int) -> int:
    """Threads for one document: one Tesseract process per core, at most."""
    return max(1, min(n_pages, os.cpu_count() or 2))


def ocr_pdf_pages(
    path: Path,
    page_numbers: list[int],
    *,
    dpi: int = DEFAULT_DPI,
    psm: int = DEFAULT_PSM,
    max_workers: int | None = None,
) -> dict[int, str]:
    """OCR text of the given 1-based pages of a PDF, repaired, keyed by page number.

    Raises ExtractionError if Thai OCR is not installed, the PDF cannot be
    opened, a page number is out of range, or Tesseract fails.
    """
    pages = sorted(set(page_numbers))
    if not pages:
        return {}
    require_thai_ocr()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"The PDF could not be opened for OCR ({exc}).") from exc
    try:
        n = len(pdf)
        bad = [p for p in pages if not 1 <= p <= n]
        if bad:
            raise ExtractionError(f"OCR asked for page(s) {bad} of a {n}-page PDF.")
        grant_ocr_pages(len(pages))
        workers = max_workers or ocr_workers(len(pages))
        futures: dict[int, Future[str]] = {}
        stop = threading.Event()  # set when a page fails: the pages still running are stopped
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
            try:
                for page_no in pages:
                    page = pdf[page_no - 1]
                    try:
                        png = render_page_png(page, dpi)
                    finally:
                        page.close()
                    futures[page_no] = pool.submit(tesseract_png_text, png, psm=psm, dpi=dpi, stop=stop)
                    _raise_first_failure(futures.values())
                wait(futures.values(), return_when=FIRST_EXCEPTION)
                _raise_first_failure(futures.values())
                raw = {page_no: future.result() for page_no, future in futures.items()}
            except BaseException:
                stop.set()  # a page failed: do not wait for the others
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        pdf.close()
    return {page_no: clean_ocr_text(text) for page_no, text in raw.items()}


def _raise_first_failure(futures) -> None:
    """Raise the error of the first page that has already failed (a hung Tesseract), if any."""
    for future in futures:
        if future.done() and future.exception() is not None:
            raise future.exception()


def page_image_coverage(page: pdfium.PdfPage) -> float:
    """Fraction of the page area covered by image objects (0.0-1.0, overlaps counted once per object).

    A page with no text but a large image is a scan worth OCR; a page with
    neither is blank.
    """
    width, height = page.get_size()
    page_area = max(width * height, 1.0)
    covered = 0.0
    for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        w = max(0.0, min(right, width) - max(left, 0.0))
        h = max(0.0, min(top, height) - max(bottom, 0.0))
        covered += w * h
    return min(1.0, covered / page_area)
