"""Thai OCR of PDF pages: pypdfium2 renders, Tesseract (tha+eng) reads.

Used for pages whose text layer is missing or junk (see
`extractors.text_quality.assess_page_text`). Two engines (`ITA_OCR_ENGINE`):

- `tesserocr` (the default when installed): Tesseract's C API in the
  process, one engine per thread kept for the life of the worker (loading
  the models costs tenths of a second), page images passed as pixels, no
  PNG. Tesseract releases the GIL, so a small thread pool reads pages in
  parallel. Numbers are re-read by the Thai-digit reader
  (`extractors.digits`), each with a confidence.
- `cli`: a `tesseract` process per page, each limited to one OpenMP thread
  (the fallback when tesserocr or its Thai data is missing).

pdfium itself is not thread-safe, so pages are rendered one at a time in
the calling thread while earlier pages are read. With tesserocr each page is
read in two bands cut in a blank gap between lines (`band_bounds`), the
bands of all pages on one Tesseract per core: a one-page memo or a
document's odd last page no longer leaves a core idle. The cut changes
Tesseract's reading a little either way (measured: CER 0.84% -> 0.89% on the
sample pages, digits 94.63% -> 94.79% in `bench/ocr_digits.py`).

Cells of a scanned table's number column that Tesseract read as letters
are read by the digit reader from the cell (`extractors.ocr_number_cells`,
`read_number_cells`).

Before recognition, table rules are whitened (`extractors.ocr_image`):
with boxed cells Tesseract dropped whole rows of scanned score tables. A
page whose text shows a dotted line is read again without its dot leaders.
The rules are kept as edges first, and each char's box with the page
text, so the page's ruled tables come out as tables (`extractors.ocr_tables`).

tesserocr settings, measured on the 7 sample pages of
`bench/ocr_and_native.py` (CPU seconds, shared 2-core machine):
`--psm 6` with `tessedit_do_invert=0` (no second pass on inverted text,
which these reports never print) read them in 6.0-7.0 s at 1.09% CER,
against 7.3-7.5 s and 1.22% for psm 4; the cli at psm 4 took 9.8 s at
1.12%. Without rule removal psm 6 dropped table rows of scanned score
tables; with it, psm 4 and 6 read their digits alike (`bench/ocr_digits.py`).
`tha` without `eng` was faster but misread the Latin (9.4% CER).

The cli's settings:
Settings were measured on 14 Thai pages with known text (field corpus and
samples/, `--psm` 3/4/6 x 200/250/300/400 dpi): page segmentation mode 4
(one column of text of variable sizes) at 200 dpi gave the lowest pooled
character error rate (5.4% vs 8.3% at 300 dpi; psm 3 mis-orders blocks,
psm 6 merges table cells) and is the fastest. Thai body text in these
reports is 14-16 pt TH Sarabun, whose glyphs at 200 dpi already have the
height Tesseract's Thai model was trained on.
"""

from __future__ import annotations

import glob
import io
import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from extractors.digits import (
    ARABIC_DIGITS, HEADLESS, LETTERS, SURE, THAI_DIGITS, SpanReading, digits_script, ink_mask, read_number_image,
)
from extractors.errors import ExtractionError, OverLimit
from extractors.helpers import run_killing_group_on_timeout
from extractors.limits import grant_ocr_pages, helper_timeout
from extractors.model import NumberReading, PointBox
from extractors.ocr_image import (
    page_ink, rule_mask, shows_dot_leaders, whitened, without_dot_leaders, without_ruling_lines,
)
from extractors.ocr_number_cells import number_column_cells
from extractors.ocr_tables import (
    ScanGeometry, ScannedLayout, geometry_of_ink, reading_confidence, scanned_layout, text_with_boxes,
)
from extractors.thai_repair import repair_thai_text, thai_dictionary

DEFAULT_DPI = 200
DEFAULT_PSM = 4  # cli engine
TESSEROCR_PSM = 6  # tesserocr engine (see above)
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
        result = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
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
    """Threads for one document: one Tesseract per core, at most."""
    return max(1, min(n_pages, os.cpu_count() or 2))


def ocr_engine_name() -> str:
    """The OCR engine to use: `ITA_OCR_ENGINE` (tesserocr or cli), else tesserocr when
    it is installed and finds Tesseract's Thai data, else the tesseract program (cli)."""
    wanted = os.environ.get("ITA_OCR_ENGINE", "").strip().lower()
    if wanted == "cli":
        return "cli"
    if wanted not in ("", "tesserocr"):
        raise ExtractionError(
            f"ITA_OCR_ENGINE={wanted!r} is not an OCR engine: use tesserocr or cli (or leave it unset)."
        )
    if tesserocr_engines.available():
        return "tesserocr"
    if wanted == "tesserocr":
        raise ExtractionError(
            "ITA_OCR_ENGINE=tesserocr but tesserocr or the Thai data (tesseract-ocr-tha) is missing: "
            "run `uv sync`, apt-get install tesseract-ocr-tha, or set ITA_OCR_ENGINE=cli."
        )
    return "cli"


def ocr_pdf_pages(
    path: Path,
    page_numbers: list[int],
    *,
    dpi: int = DEFAULT_DPI,
    psm: int | None = None,
    max_workers: int | None = None,
) -> dict[int, str]:
    """OCR text of the given 1-based pages of a PDF, repaired, keyed by page number.

    Raises ExtractionError if Thai OCR is not installed, the PDF cannot be
    opened, a page number is out of range, or Tesseract fails.
    """
    pages = read_pdf_pages_by_ocr(path, page_numbers, dpi=dpi, psm=psm, max_workers=max_workers)
    return {page_no: page.text for page_no, page in pages.items()}


def read_pdf_pages_by_ocr(
    path: Path,
    page_numbers: list[int],
    *,
    dpi: int = DEFAULT_DPI,
    psm: int | None = None,
    max_workers: int | None = None,
    engine: str | None = None,
    digit_reader: bool = True,
) -> dict[int, OcrPage]:
    """OCR of the given 1-based pages: repaired text and every number read, with confidence.

    With the tesserocr engine, numbers are re-read by the Thai-digit reader
    (`extractors.digits`), and those it is unsure of once more from a render at
    twice the resolution. With the cli engine (a tesseract process per page)
    numbers keep Tesseract's reading and get no confidence (0.0): records flag them.
    """
    pages = sorted(set(page_numbers))
    if not pages:
        return {}
    engine = engine or ocr_engine_name()
    if engine == "cli":
        require_thai_ocr()
    psm = psm or (DEFAULT_PSM if engine == "cli" else TESSEROCR_PSM)
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
        futures: dict[int, Future[PageRead]] = {}
        page_dpi: dict[int, int] = {}  # lower than `dpi` for a huge page (MAX_PAGE_PIXELS)
        stop = threading.Event()  # set when a page fails: the pages still running are stopped
        # tesserocr pages hand their bands to `readers`: one Tesseract per core, whatever the page count
        readers = ThreadPoolExecutor(max_workers=max_workers or ocr_workers(BANDS * len(pages)),
                                     thread_name_prefix="tesseract")
        with readers, ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
            try:
                for page_no in pages:
                    page = pdf[page_no - 1]
                    try:
                        page_dpi[page_no] = render_dpi(*page.get_size(), dpi, page_no)
                        image = render_page_image(page, page_dpi[page_no])
                    finally:
                        page.close()
                    if engine == "cli":
                        futures[page_no] = pool.submit(_cli_page, image, psm, page_dpi[page_no], stop)
                    else:
                        futures[page_no] = pool.submit(tesserocr_page, image, psm, page_dpi[page_no], digit_reader,
                                                       readers)
                    _raise_first_failure(futures.values())
                raw: dict[int, PageRead] = {}
                page_of = {future: page_no for page_no, future in futures.items()}
                for future in as_completed(futures.values()):  # raises the first page that fails
                    page_read = raw[page_of[future]] = future.result()
                    # this thread renders (pdfium) while the pool reads the other pages
                    if engine != "cli" and digit_reader:
                        page_no = page_of[future]
                        page = pdf[page_no - 1]
                        try:
                            reread_unsure_numbers(page, page_read, page_dpi[page_no])
                            read_number_cells(page, page_read, page_dpi[page_no])
                        finally:
                            page.close()
            except BaseException:
                stop.set()  # a page failed: do not wait for the others
                pool.shutdown(wait=False, cancel_futures=True)
                readers.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        pdf.close()
    return {page_no: raw[page_no].finish(page_no, page_dpi[page_no]) for page_no in pages}


def render_page_image(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """The page as a grayscale image at `dpi` (Tesseract binarises it itself; see render_dpi)."""
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _raise_first_failure(futures) -> None:
    """Raise the error of the first page that has already failed (a hung Tesseract), if any."""
    for future in futures:
        if future.done() and future.exception() is not None:
            raise future.exception()


def _cli_page(image: Image.Image, psm: int, dpi: int, stop: threading.Event | None = None) -> PageRead:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    text = tesseract_png_text(buffer.getvalue(), psm=psm, dpi=dpi, stop=stop)
    numbers = [NumberSpan(0, m.group(), m.group(), 0.0, (0, 0, 0, 0)) for m in NUMBER.finditer(text)]
    return PageRead(lines=[text], spans=numbers)


# ---------------------------------------------------------------------------
# tesserocr: one Tesseract engine per thread, kept for the life of the process

REREAD_BELOW = 0.9  # a number read less surely than this is read again at twice the resolution
COUNT_DISAGREES = 0.8  # at most, for a reading with more or fewer digits than Tesseract saw
UNREAD_CONFIDENCE = 0.5  # at most, for a number the digit reader could not read (Tesseract's alone)
DOT_LEADERS = re.compile(r"[.·…_]{4,}|(?:[.·] ?){5,}")  # how Tesseract prints a dotted line
NUMBER = re.compile(r"[0-9๐-๙](?:[0-9๐-๙.,/:\-]*[0-9๐-๙])?")
# Thai letters (and debris) Tesseract puts for Thai digits inside a number: "๗๗ญ.ฒ๗๘" for ๗๗.๗๘;
# inside one, stray marks too ("๔่อ.อ๖๘"), but a mark never starts a number (it is the word's before it)
LOOKALIKES = "อฒญขคดตซฆoO@»«=|"
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_LOOK_CHARS = frozenset(LOOKALIKES + "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B)))
                        + "".join(map(chr, range(0x0E47, 0x0E4F))))
_LOOK_SPAN = re.compile(rf"[0-9๐-๙{LOOKALIKES}](?:[0-9๐-๙.,/:\-{LOOKALIKES}{_MARKS}]*[0-9๐-๙])?")


def number_spans(text: str) -> list[re.Match[str]]:
    """The numbers in OCR text, with the look-alike letters Tesseract put inside them.

    A span may start with look-alikes only when it reads like a score (a decimal
    point then digits: "อฒ.๐๓"), so that a word before a number keeps its letters."""
    out = []
    for m in _LOOK_SPAN.finditer(text):
        span = m.group()
        if not any(ch in DIGITS for ch in span):
            continue
        if span[0] in _LOOK_CHARS and not re.search(r"\.[0-9๐-๙]", span):
            inner = NUMBER.search(text, m.start(), m.end())
            if inner:
                out.append(inner)
            continue
        out.append(m)
    return out


DIGITS = frozenset(THAI_DIGITS + ARABIC_DIGITS)


def thai_tessdata_dir() -> str | None:
    """The tessdata folder holding tha and eng (TESSDATA_PREFIX, else Debian's), or None."""
    candidates = [os.environ["TESSDATA_PREFIX"]] if os.environ.get("TESSDATA_PREFIX") else []
    candidates += sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata")) + ["/usr/share/tessdata"]
    for folder in candidates:
        if all(Path(folder, f"{lang}.traineddata").is_file() for lang in LANGUAGES.split("+")):
            return folder
    return None


class TesserocrEngines:
    """Tesseract engines (tesserocr's PyTessBaseAPI) lent to one thread at a time.

    Loading the Thai and English models takes a few tenths of a second, so an
    engine is made once and reused for every later page the process reads."""

    def __init__(self) -> None:
        self._free: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._available: bool | None = None

    def available(self) -> bool:
        """tesserocr imports, the Thai data is there, and so is Debian's Tesseract (tesseract-ocr):
        both engines need the same install, and the cli engine stays a working fallback."""
        if shutil.which("tesseract") is None:
            return False
        with self._lock:
            if self._available is None:
                try:
                    import tesserocr  # noqa: F401
                    self._available = thai_tessdata_dir() is not None
                except ImportError:
                    self._available = False
            return self._available

    @contextmanager
    def borrow(self, psm: int) -> Iterator[Any]:
        import tesserocr

        try:
            api = self._free.get_nowait()
        except queue.Empty:
            folder = thai_tessdata_dir()
            if folder is None:
                raise ExtractionError(f"{INSTALL_HINT} (Tesseract's Thai data was not found).") from None
            api = tesserocr.PyTessBaseAPI(path=folder, lang=LANGUAGES, init=True)
            api.SetVariable("tessedit_do_invert", "0")
        try:
            api.SetPageSegMode(psm)
            yield api
        finally:
            api.Clear()
            self._free.put(api)


tesserocr_engines = TesserocrEngines()


@dataclass
class NumberSpan:
    """A number in one OCR line: where it is in the line's text and on the image."""

    line: int
    tesseract: str
    text: str
    confidence: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels (0s when unknown)
    start: int = 0
    end: int = 0
    crop: tuple[int, int, int, int] | None = None  # the region the digit reader read, page pixels
    widened: bool = False  # read from a crop widened beyond Tesseract's box (it may hold a neighbour)


@dataclass
class PageRead:
    """One page's OCR before cleaning: Tesseract's text (one piece per page) and its numbers."""

    lines: list[str]
    spans: list[NumberSpan] = field(default_factory=list)
    geometry: ScanGeometry | None = None  # the page's rules as edges (extractors.ocr_tables); None: not looked for
    char_box: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)  # box of each char of lines[0]
    char_conf: dict[int, float] = field(default_factory=dict)  # Tesseract's confidence (0-100) in each char

    def finish(self, page_no: int | None = None, dpi: int | None = None) -> OcrPage:
        """The page's text with the re-read numbers in place, cleaned, and its numbers, each
        with its page and its box in points (when the page was rendered at `dpi`)."""
        lines = list(self.lines)
        for span in sorted(self.spans, key=lambda s: (s.line, -s.start)):
            if span.text != span.tesseract:
                text = lines[span.line]
                lines[span.line] = text[:span.start] + span.text + text[span.end:]
        numbers = [NumberReading(s.text, round(s.confidence, 4), s.tesseract, page_no, span_point_box(s, dpi))
                   for s in self.spans]
        layout, confidence = None, None
        if self.char_box or self.geometry is not None:  # tesserocr: each char's box and confidence
            text, boxes, confs = text_with_boxes(self.lines[0], self.spans, self.char_box, self.char_conf)
            confidence = reading_confidence(confs)
            if self.geometry is not None:
                layout = scanned_layout(text, boxes, self.geometry, clean_ocr_text, confs)
        return OcrPage(text=clean_ocr_text("".join(lines)), numbers=numbers, layout=layout, confidence=confidence)


def span_point_box(span: NumberSpan, dpi: int | None) -> PointBox | None:
    """Where a number was read, in points: the crop the digit reader read (Tesseract's box
    when it read none); None when the box or the render's dpi is unknown."""
    pixels = span.crop or (span.box if span.box != (0, 0, 0, 0) else None)
    if pixels is None or not dpi:
        return None
    return points_of(pixels, dpi)


@dataclass
class OcrPage:
    text: str
    numbers: list[NumberReading]
    layout: ScannedLayout | None = None  # the page's ruled tables and the paragraphs outside them
    confidence: float | None = None  # how surely the text was read (reading_confidence); None: not known


Symbols = list[tuple[str, tuple[int, int, int, int], float]]
BandRead = tuple[str, Symbols, np.ndarray]


def tesserocr_page(image: Image.Image, psm: int, dpi: int, digit_reader: bool = True,
                   readers: ThreadPoolExecutor | None = None) -> PageRead:
    """Read one page image with kept engines; numbers re-read by the digit reader;
    the rules of a page that has them kept as edges, to read its tables from.

    The page is read in horizontal bands cut in blank gaps between lines
    (`band_bounds`), on `readers` threads when given: a one-page memo then keeps
    both cores busy, and a document's pages finish together instead of the
    longest page running alone."""
    gray = np.asarray(image, dtype=np.uint8)
    ink = page_ink(gray, dpi)
    geometry = geometry_of_ink(ink, dpi)
    rules = rule_mask(ink, dpi)
    gray = whitened(gray, rules)
    bands = band_bounds(ink.ink & ~rules, BANDS, dpi)
    if readers is None:
        reads = [_read_band(gray[top:bottom], top, psm, dpi) for top, bottom in bands]
    else:
        futures = [readers.submit(_read_band, gray[top:bottom], top, psm, dpi) for top, bottom in bands]
        reads = [future.result() for future in futures]
    text = "".join(band_text for band_text, _, _ in reads)
    symbols = [symbol for _, band_symbols, _ in reads for symbol in band_symbols]
    gray = np.vstack([band_gray for _, _, band_gray in reads])
    char_box = symbol_char_boxes(text, symbols)
    spans = _text_numbers(text, char_box)
    if digit_reader:
        spans = merge_overlapping_crops(text, spans, gray)
        for span in spans:
            if reread_span(span, gray) and span.widened:
                span.start, span.end = _token_around(text, span.start, span.end)
        crops = [s.crop for s in spans if s.crop is not None]
        hidden = [s for s in hidden_number_words(text, char_box, spans) if read_hidden_number(s, gray, crops)]
        spans = sorted(spans + hidden, key=lambda s: s.start)
    return PageRead(lines=[text], spans=spans, geometry=geometry,
                    char_box={i: box for i, (box, _) in char_box.items()},
                    char_conf={i: conf for i, (_, conf) in char_box.items()})


BANDS = 2  # a page is read in this many bands at most
BAND_MIN_SHARE = 0.25  # no band holds less than this share of the page's ink
BAND_GAP_INCHES = 0.03  # a cut goes in a run of blank rows at least this tall (6 px at 200 dpi)
BAND_MIN_INCHES = 3.0  # no band shorter: a small page reads fast whole, and a band of a few lines reads worse


def band_bounds(ink: np.ndarray, bands: int, dpi: int) -> list[tuple[int, int]]:
    """(top, bottom) rows of the horizontal bands to read a page in, from its ink (rules
    left out): cut in the middle of gaps between lines (runs of rows without ink, so no
    mark or lower vowel is clipped) where the ink above is nearest an equal share
    (Tesseract's time follows the text), never leaving a band less than BAND_MIN_SHARE
    of the ink or BAND_MIN_INCHES of height; the whole page when no gap qualifies (a
    skewed scan, a photo, a small page)."""
    height = ink.shape[0]
    ink_rows = ink.sum(axis=1)
    total = int(ink_rows.sum())
    if total == 0 or bands < 2:
        return [(0, height)]
    share = np.cumsum(ink_rows) / total
    gaps = [(top + bottom) // 2 for top, bottom in blank_runs(ink_rows == 0, max(2, round(BAND_GAP_INCHES * dpi)))]
    shortest = BAND_MIN_INCHES * dpi
    cuts: list[int] = []
    for k in range(1, bands):
        usable = [g for g in gaps if g - (cuts[-1] if cuts else 0) >= shortest and height - g >= shortest
                  and BAND_MIN_SHARE <= share[g] <= 1 - BAND_MIN_SHARE]
        if not usable:
            break
        cuts.append(min(usable, key=lambda g: abs(share[g] - k / bands)))
    edges = [0, *cuts, height]
    return list(zip(edges[:-1], edges[1:]))


def blank_runs(blank: np.ndarray, min_rows: int) -> list[tuple[int, int]]:
    """(first, last + 1) of every run of at least `min_rows` True rows."""
    padded = np.concatenate(([False], blank, [False])).astype(np.int8)
    starts = np.flatnonzero(np.diff(padded) == 1)
    ends = np.flatnonzero(np.diff(padded) == -1)
    return [(int(a), int(b)) for a, b in zip(starts, ends) if b - a >= min_rows]


def _read_band(gray: np.ndarray, top: int, psm: int, dpi: int) -> BandRead:
    """Tesseract's text and symbols of one band of a page (symbol boxes in page pixels)
    and the band's image as read; a band with dot leaders is read without them (those
    the quick look at the image missed, when the text shows them: read again)."""
    image = Image.fromarray(gray)
    cleaned = without_dot_leaders(image, dpi) if shows_dot_leaders(gray, dpi) else image
    with tesserocr_engines.borrow(psm) as api:
        text, symbols = _recognise(api, cleaned, dpi)
        if cleaned is image and DOT_LEADERS.search(text):  # a dotted-line form: read it again without the dots
            cleaned = without_dot_leaders(image, dpi)
            if cleaned is not image:
                text, symbols = _recognise(api, cleaned, dpi)
    if top:
        symbols = [(t, (b[0], b[1] + top, b[2], b[3] + top) if b != (0, 0, 0, 0) else b, c) for t, b, c in symbols]
    return text, symbols, np.asarray(cleaned, dtype=np.uint8)


def _recognise(api: Any, image: Image.Image, dpi: int) -> tuple[str, Symbols]:
    """Tesseract's text of a page image and its symbols: (text, box, confidence 0-100)."""
    import tesserocr
    from tesserocr import RIL

    api.SetImage(image)
    api.SetSourceResolution(dpi)
    if api.Recognize() is False:
        raise ExtractionError("Thai OCR failed on a page (Tesseract could not recognise it).")
    text = api.GetUTF8Text()
    symbols = []
    for item in tesserocr.iterate_level(api.GetIterator(), RIL.SYMBOL):
        box = item.BoundingBox(RIL.SYMBOL)
        symbols.append((symbol_text(item, RIL.SYMBOL), box or (0, 0, 0, 0), item.Confidence(RIL.SYMBOL)))
    return text, symbols


def symbol_text(item: Any, level: Any) -> str:
    """The text of one of Tesseract's symbols, "" when it has none: tesserocr raises
    RuntimeError("No text returned") for an empty symbol (seen on a 200-dpi scan of a
    generated plan), which would fail the whole document for one speck."""
    try:
        return item.GetUTF8Text(level) or ""
    except RuntimeError:
        return ""


CharBoxes = dict[int, tuple[tuple[int, int, int, int], float]]


def symbol_char_boxes(line: str, symbols: Symbols) -> CharBoxes:
    """The box and confidence (0-100) of each char of Tesseract's page text, from its
    symbols (found in the text in order; the text only adds spaces and line breaks)."""
    char_box: CharBoxes = {}
    cursor = 0
    for text, box, conf in symbols:
        if not text:
            continue
        at = line.find(text, cursor)
        if at < 0 or len(line[cursor:at].strip()) > 2:  # not found near: a symbol the text spells otherwise
            continue
        for i in range(at, at + len(text)):
            char_box[i] = (box, conf)
        cursor = at + len(text)
    return char_box


def _text_numbers(line: str, char_box: CharBoxes) -> list[NumberSpan]:
    """The numbers in Tesseract's page text, each with the union box and least confidence
    of its chars (`symbol_char_boxes`)."""
    out = []
    for m in number_spans(line):
        box, conf = _union_box(char_box, m.start(), m.end())
        out.append(NumberSpan(0, m.group(), m.group(), conf, box, m.start(), m.end()))
    return merge_split_numbers(line, out)


def _union_box(char_box: CharBoxes, start: int, end: int) -> tuple[tuple[int, int, int, int], float]:
    """The box around characters start:end and their least confidence (0-1); zeros when unknown."""
    known = [char_box[i] for i in range(start, end) if i in char_box]
    if not known:
        return (0, 0, 0, 0), 0.0
    box = (min(b[0] for b, _ in known), min(b[1] for b, _ in known),
           max(b[2] for b, _ in known), max(b[3] for b, _ in known))
    return box, min(c for _, c in known) / 100.0


# A word Tesseract may have made of a number: Thai consonants (no vowel, no tone mark: ๗ read as ข,
# ๙ as ต, ๖๙.๐๔ as สตอส), ๆ for ๗, < or « for ๔ and ๙, digits and number marks, at most 6
# characters; or a score whose point survived ("ผูด.ต่อ" for ๘๑.๑๖: marks allowed around the point)
_HIDDEN_NUMBER = re.compile(r"[ก-ฮๆฯ<>«»|0-9๐-๙.,:]{1,6}|[\[(]?[ก-ฮ0-9๐-๙][ก-ฮ0-9๐-๙\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{0,3}"
                            r"\.[ก-ฮ0-9๐-๙][ก-ฮ0-9๐-๙\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{0,3}")
_TOKEN = re.compile(r"\S+")
# "ตัวชี้วัดที่ เฒ" for ตัวชี้วัดที่ ๗: after a noun and ที่ ("the Nth ..."), Thai writes a number,
# so a short word there is tried even with a leading vowel or a mark (the noun as Tesseract
# reads it: a mark may be dropped, "ตัวชีวัดที่")
_ORDINAL_BEFORE = re.compile(r"(?:ตัวช\S{0,2}วัด|ข้อ|ครั้ง|ลำดับ|ประเด็น|มาตรการ|ส่วน|วาระ|ไตรมาส)ที่\s*$")
_ORDINAL_WORD = re.compile(r"[\u0e01-\u0e4e0-9๐-๙]{1,3}")


def hidden_number_words(line: str, char_box: CharBoxes, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Words of Tesseract's text that may be numbers it read as letters ("ตัวชี้วัดที่ ข" for
    ตัวชี้วัดที่ ๗), as spans for the digit reader to try: short, only consonants and
    look-alike marks, not a dictionary word, not part of a number already found."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    words = thai_dictionary()
    out = []
    for m in _TOKEN.finditer(line):
        word = m.group()
        looks = _HIDDEN_NUMBER.fullmatch(word) or (_ORDINAL_BEFORE.search(line, 0, m.start())
                                                   and _ORDINAL_WORD.fullmatch(word))
        if not looks or word in words or taken & set(range(m.start(), m.end())):
            continue
        box, conf = _union_box(char_box, m.start(), m.end())
        if box != (0, 0, 0, 0):
            out.append(NumberSpan(0, word, word, conf, box, m.start(), m.end()))
    return out


def merge_split_numbers(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """One span for a number Tesseract cut in pieces ("๑ ๕ ๓๕" for ๔๗.๓๙): neighbours
    on one line, side by side on the image, with nothing but spaces or debris between."""
    out: list[NumberSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _one_number(text, prev, span):
            out[-1] = joined_span(text, prev, span)
        else:
            out.append(span)
    return out


Box = tuple[int, int, int, int]


def box_union(a: Box, b: Box) -> Box:
    """The box around two boxes (x0, y0, x1, y1)."""
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def joined_span(text: str, a: NumberSpan, b: NumberSpan) -> NumberSpan:
    """One span for two pieces of one number, a before b: the text from a's start to b's
    end, the box around both, the lesser confidence."""
    joined = text[a.start:b.end]
    return NumberSpan(0, joined, joined, min(a.confidence, b.confidence), box_union(a.box, b.box), a.start, b.end)


def _one_number(text: str, a: NumberSpan, b: NumberSpan) -> bool:
    between = text[a.end:b.start]
    if "\n" in between or len(between.strip()) > 1 or a.box == (0, 0, 0, 0) or b.box == (0, 0, 0, 0):
        return False
    height = max(a.box[3] - a.box[1], b.box[3] - b.box[1], 1)
    overlap = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return b.box[0] - a.box[2] < 0.6 * height and overlap > 0.4 * height


BRIDGE = 0.4  # gaps narrower than this share of the number's height are inside it (digit, point, digit)
WIDEN = 3.0  # at most this many heights beyond Tesseract's box on either side


def number_crop(gray: np.ndarray, box: tuple[int, int, int, int],
                bridge: float = 0.0) -> tuple[int, int, int, int] | None:
    """The region to re-read a number from: its box, widened to whole characters.

    The box is padded, rows are cut to the band of ink around the number (not
    the marks of the lines above and below), and each side is moved out to the
    first empty column so no neighbouring letter is cut in half. With `bridge`
    (a share of the number's height), also over gaps narrower than that, up to
    WIDEN heights: Tesseract's box often holds only part of a number it misread
    ("๕" for ๔๖.๐๒: digits and point stand apart).
    """
    x0, y0, x1, y1 = box
    h = y1 - y0
    if h <= 2 or x1 <= x0:
        return None
    H, W = gray.shape
    top, bottom = max(0, y0 - h // 2), min(H, y1 + h // 3)  # tails of ๕ ๖ rise above the box
    left, right = max(0, x0 - h // 3), min(W, x1 + h // 3)
    reach = int(WIDEN * h) if bridge else h
    band = ink_mask(gray[top:bottom, max(0, left - reach):min(W, right + reach)])
    rows = band.any(axis=1)
    mid = (y0 + y1) // 2 - top
    if not rows[min(max(mid, 0), len(rows) - 1)]:
        hits = np.flatnonzero(rows)
        if not len(hits):
            return None
        mid = int(hits[np.argmin(np.abs(hits - mid))])
    r0 = mid
    while r0 > 0 and rows[r0 - 1]:
        r0 -= 1
    r1 = mid
    while r1 < len(rows) - 1 and rows[r1 + 1]:
        r1 += 1
    columns = band[r0:r1 + 1].any(axis=0)
    offset = max(0, left - reach)
    a, b = widen_over_small_gaps(columns, left - offset, right - offset, round(bridge * h))
    return offset + a, top + r0, offset + b, top + r1 + 1


def widen_over_small_gaps(columns: np.ndarray, a: int, b: int, gap: int) -> tuple[int, int]:
    """Columns [a, b) moved out over inked columns and over empty runs shorter than `gap`
    that have ink beyond them (a word space is wider: it ends the number)."""
    n = len(columns)
    while a > 0:
        if columns[a - 1]:
            a -= 1
            continue
        k = a - 1
        while k >= 0 and not columns[k] and a - k <= gap:
            k -= 1
        if k < 0 or columns[k] == 0 or a - k > gap:
            break
        a = k + 1
    while b < n:
        if columns[b]:
            b += 1
            continue
        k = b
        while k < n and not columns[k] and k - b < gap:
            k += 1
        if k >= n or not columns[k]:
            break
        b = k
    return a, b


def merge_overlapping_crops(text: str, spans: list[NumberSpan], gray: np.ndarray) -> list[NumberSpan]:
    """One span for neighbours whose crops overlap on the image: pieces of one number
    that Tesseract wrote apart with letters between ("๔๖ อ.อ๖๘" for ๔๖.๖๘), which
    widened crops show to be one run of ink. The merged span's text covers both.
    Pieces in Thai and Arabic digits are two numbers ("011 IA ๓๑๐.๒๒" is OIT ได้ ๗๐.๖๒)."""
    crops = [number_crop(gray, s.box, BRIDGE) if s.box != (0, 0, 0, 0) else None for s in spans]
    out: list[NumberSpan] = []
    last: tuple[int, int, int, int] | None = None
    for span, crop in zip(spans, crops):
        prev = out[-1] if out else None
        between = text[prev.end:span.start].strip() if prev is not None else ""
        scripts = {digits_script(prev.tesseract), digits_script(span.tesseract)} - {None} if prev is not None else set()
        if prev is not None and crop is not None and last is not None and _same_run(last, crop) \
                and len(between) <= 4 and not any(ch.isspace() for ch in between) and len(scripts) <= 1:
            out[-1] = joined_span(text, prev, span)
            last = box_union(last, crop)
        else:
            out.append(span)
            last = crop
    return out


def _same_run(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two crops that overlap in columns and share most of their rows: one run of ink."""
    rows = min(a[3], b[3]) - max(a[1], b[1])
    return min(a[2], b[2]) > max(a[0], b[0]) and rows > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _core(text: str) -> str:
    """The reading without punctuation at either end ("๕." -> "๕", "(84.20)" -> "84.20")."""
    digits = [i for i, ch in enumerate(text) if ch in DIGITS]
    return text[digits[0]:digits[-1] + 1] if digits else text


NUMBER_PUNCTUATION = frozenset(".,/:-")
WELL_FORMED = re.compile(r"[0-9๐-๙]+(?:[.,/:\-][0-9๐-๙]+)*")


def _punctuation(text: str) -> str:
    """The punctuation of a number ("84.20" -> "."), letters Tesseract put for digits left out:
    a reading that drops or adds a decimal point changes the value a hundredfold."""
    return "".join(ch for ch in text if ch in NUMBER_PUNCTUATION)


def _plausible_rereading(reading: str, tesseract: str) -> bool:
    """Whether the digit reader's reading may replace Tesseract's: a lone rating letter
    for an 8, or a well-formed number (digits, one mark between groups)."""
    if reading in LETTERS:
        return tesseract in ("8", "๘")
    return WELL_FORMED.fullmatch(reading) is not None


def _agrees_in_form(reading: str, tesseract: str) -> bool:
    """The reading has Tesseract's punctuation and about as many digits (one more or
    less; Tesseract's look-alike letters may each have been a digit). When it has not,
    one of the two cut the number wrongly: the reading is taken (the reader reads
    digits far better than Tesseract) but not as a sure one."""
    if reading in LETTERS:
        return True
    if _punctuation(reading) != _punctuation(tesseract):
        return False
    digits, had = _digit_count(reading), _digit_count(tesseract)
    return had - 1 <= digits <= had + sum(ch in _LOOK_CHARS for ch in tesseract) + 1


def _digit_count(text: str) -> int:
    return sum(ch in DIGITS for ch in text)


def reread_span(span: NumberSpan, gray: np.ndarray, scale: float = 1.0) -> bool:
    """Re-read a number with the digit reader; True if the reading was taken.

    `gray` is the page image, or (scale 2) a render of just the number's crop.
    The number is read from Tesseract's box widened to whole characters, and
    again from a crop widened over small gaps, taken when it surely extends the
    first (Tesseract's box held part of the number). The reading replaces
    Tesseract's when it is a well-formed number (or a lone rating letter for
    an 8); agreement with Tesseract keeps the higher confidence of the two,
    disagreement the reader's, and a different form (digit count,
    punctuation) or a widened crop at most COUNT_DISAGREES.
    """
    script = digits_script(span.tesseract)
    if scale == 1.0:
        crop = number_crop(gray, span.box)
        if crop is None:
            span.confidence = min(span.confidence, UNREAD_CONFIDENCE)
            return False
        span.crop = crop
        reading = read_number_image(_region(gray, crop), script=script)
        wide = number_crop(gray, span.box, BRIDGE)
        if wide is not None and wide != crop:
            longer = read_number_image(_region(gray, wide), script=script)
            if _extends(longer, reading):
                reading, span.crop, span.widened = longer, wide, True
        if _dangling_point(reading) and not span.widened:
            span.widened = True  # what was read is part of a number: not a sure reading of it
    else:
        reading = read_number_image(gray, script=script)
    core = "" if reading is None else reading.text if reading.text in LETTERS else _core(reading.text)
    if reading is None or not _plausible_rereading(core, span.tesseract):
        # the reader could not read it: Tesseract's digits are not to be trusted on their own
        if scale == 1.0:
            span.confidence = min(span.confidence, UNREAD_CONFIDENCE)
        return False
    if core == span.tesseract:
        confidence = max(reading.confidence, span.confidence)
    elif _digit_count(core) != _digit_count(span.tesseract) or not _agrees_in_form(core, span.tesseract):
        # the two disagree on how many digits or which marks there are: one of them cut wrongly
        confidence = min(reading.confidence, COUNT_DISAGREES)
    else:
        confidence = reading.confidence
    if span.widened and core != span.tesseract:
        # the widened crop may have taken in a neighbour's letter as a digit: never sure on its own
        confidence = min(confidence, COUNT_DISAGREES)
    if scale != 1.0 and span.text != span.tesseract and not _same_form(core, span.text):
        confidence = min(confidence, COUNT_DISAGREES)  # the second look saw another number than the first
    if scale != 1.0 and confidence <= span.confidence:
        return False
    span.text, span.confidence = core, confidence
    return True


def _same_form(a: str, b: str) -> bool:
    """As many digits and the same punctuation."""
    return _digit_count(a) == _digit_count(b) and _punctuation(a) == _punctuation(b)


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span start:end grown over the look-alike letters, digits and points Tesseract
    wrote next to it: what a widened crop read replaces all of them ("ฒ๔.ฒ๓" -> ๗๔.๗๙,
    not "ฒ๗๔.๗๙.ฒ๓")."""
    part = _LOOK_CHARS | DIGITS | NUMBER_PUNCTUATION
    while start > 0 and text[start - 1] in part:
        start -= 1
    while end < len(text) and text[end] in part:
        end += 1
    return start, end


HIDDEN_CONFIDENCE = 0.8  # at most, for a number Tesseract read as a word: never a sure reading


def read_hidden_number(span: NumberSpan, gray: np.ndarray, crops: list[tuple[int, int, int, int]]) -> bool:
    """Read a word Tesseract gave as letters with the digit reader alone; True if it is a
    number the reader is sure of (SURE for every character), taken with at most
    HIDDEN_CONFIDENCE: Tesseract saw no number there, so records flag what rests on it."""
    crop = number_crop(gray, span.box)
    if crop is None or any(_overlaps(crop, other) for other in crops):
        return False
    reading = read_number_image(_region(gray, crop), script=THAI_DIGITS if _has_thai(span.tesseract) else None)
    if reading is None or reading.confidence < SURE or reading.text in LETTERS:
        return False
    core = _core(reading.text)
    if not _digit_count(core) or WELL_FORMED.fullmatch(core) is None:
        return False
    span.text, span.confidence, span.crop = core, min(reading.confidence, HIDDEN_CONFIDENCE), crop
    return True


def _has_thai(text: str) -> bool:
    return any("\u0e01" <= ch <= "\u0e5b" for ch in text)


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _region(gray: np.ndarray, crop: tuple[int, int, int, int]) -> np.ndarray:
    x0, y0, x1, y1 = crop
    return gray[y0:y1, x0:x1]


def _dangling_point(reading: SpanReading | None) -> bool:
    """A reading that starts or ends with a point or comma ("๔." of ๗๔.๗๙): the number
    goes on beyond the crop."""
    return reading is not None and bool(reading.text) and (reading.text[0] in ".," or reading.text[-1] in ".,")


def _extends(longer: SpanReading | None, reading: SpanReading | None) -> bool:
    """Whether a reading of the widened crop is the number Tesseract's box held only part
    of: a well-formed number with more digits than the box's reading, holding it; sure,
    unless the box's reading ends in a point (then the number surely goes on)."""
    if longer is None or longer.confidence < (HEADLESS if _dangling_point(reading) else SURE):
        return False
    wide = _core(longer.text)
    if WELL_FORMED.fullmatch(wide) is None:
        return False
    if reading is None:
        return True
    tight = _core(reading.text)
    return _digit_count(wide) > _digit_count(tight) and tight in wide


def reread_unsure_numbers(page: pdfium.PdfPage, page_read: PageRead, dpi: int) -> None:
    """Read the page's unsure numbers again from renders of their regions at twice `dpi`."""
    for span in page_read.spans:
        if span.confidence >= REREAD_BELOW or span.crop is None:
            continue
        reread_span(span, render_point_box(page, points_of(span.crop, dpi), 2 * dpi), scale=2.0)


def read_number_cells(page: pdfium.PdfPage, page_read: PageRead, dpi: int) -> None:
    """Numbers Tesseract read as letters in a scanned table's number column
    (`extractors.ocr_number_cells`), read from the cell rendered at REREAD_DPI by the
    digit reader alone: a well-formed reading takes the cell's place in the text as a
    number of at most COUNT_DISAGREES confidence (Tesseract did not see a number there:
    a clerk checks it); a cell the reader does not read as a number stays as it was."""
    if page_read.geometry is None or not page_read.geometry.edges:
        return
    text = page_read.lines[0]
    boxes = [page_read.char_box.get(i) for i in range(len(text))]
    taken = {i for span in page_read.spans for i in range(span.start, span.end)}
    for cell in number_column_cells(text, boxes, page_read.geometry, taken):
        reading = read_number_image(render_point_box(page, points_of(cell.box, dpi), REREAD_DPI, RULE_MARGIN),
                                    script=cell.script)
        core = _core(reading.text) if reading is not None else ""
        if WELL_FORMED.fullmatch(core) is None:
            continue
        page_read.spans.append(NumberSpan(0, text[cell.start:cell.end], core, min(reading.confidence, COUNT_DISAGREES),
                                          cell.box, cell.start, cell.end, crop=cell.box))
    page_read.spans.sort(key=lambda s: s.start)


def points_of(box: Box, dpi: int) -> PointBox:
    """A box in the pixels of a render at `dpi`, in points."""
    k = 72 / dpi
    x0, y0, x1, y1 = box
    return x0 * k, y0 * k, x1 * k, y1 * k


def render_point_box(page: pdfium.PdfPage, box: PointBox, dpi: int, margin: float = 0.0) -> np.ndarray:
    """The region `box` of a page rendered at `dpi`, grayscale, its table rules whitened
    (as the whole page was before it was read). With a `margin` (points), the rules are
    looked for in the region grown by it on every side, then cut back to `box`: a rule is
    only known as one over RULE_MARGIN and more, and the cell rule at a number's edge,
    left in, reads as a digit (๑ or 1)."""
    width, height = page.get_size()
    if min(width, box[2]) - max(0.0, box[0]) < 1 or min(height, box[3]) - max(0.0, box[1]) < 1:
        return np.zeros((0, 0), dtype=np.uint8)  # not on the page
    x0, y0 = max(0.0, box[0] - margin), max(0.0, box[1] - margin)
    x1, y1 = min(width, box[2] + margin), min(height, box[3] + margin)
    image = page.render(scale=dpi / 72, grayscale=True, crop=(x0, height - y1, width - x1, y0)).to_pil().convert("L")
    gray = np.asarray(without_ruling_lines(image, dpi), dtype=np.uint8)
    k = dpi / 72
    left, top = round((max(0.0, box[0]) - x0) * k), round((max(0.0, box[1]) - y0) * k)
    right, bottom = round((min(width, box[2]) - x0) * k), round((min(height, box[3]) - y0) * k)
    return gray[top:bottom, left:right]


RULE_MARGIN = 36.0  # points: half an inch each side, so a cell's rule is longer than a rule must be (0.6 inch)


REREAD_DPI = 400  # a value a cross-check doubts is read again at this resolution, by the digit reader alone


def number_in_region(gray: np.ndarray, first: NumberReading) -> NumberReading | None:
    """The digit reader's reading of a number's region rendered again (Tesseract not asked),
    as a NumberReading in place of `first`; None when it reads no plausible number there.

    A reading of another form than the first (digit count, punctuation) is at most
    COUNT_DISAGREES sure, as for the second look at unsure numbers (`reread_span`)."""
    reading = read_number_image(gray, script=digits_script(first.tesseract))
    if reading is None:
        return None
    core = reading.text if reading.text in LETTERS else _core(reading.text)
    if not _plausible_rereading(core, first.tesseract) or core in LETTERS:
        return None
    confidence = reading.confidence if _same_form(core, first.text) else min(reading.confidence, COUNT_DISAGREES)
    return NumberReading(core, round(confidence, 4), first.tesseract, first.page, first.box)


def reread_numbers_in_pdf(path: Path, readings: list[NumberReading],
                          dpi: int = REREAD_DPI) -> list[NumberReading | None]:
    """Each reading read again from its page and box of the PDF at `dpi` (`number_in_region`);
    None for one without a page and box or that reads as no number. The PDF is opened once."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"{path.name}: the PDF could not be opened again to re-read a number ({exc}); "
                              "if the file was replaced while it was read, run the ingest again") from exc
    try:
        out: list[NumberReading | None] = []
        for first in readings:
            if first.page is None or first.box is None or not 1 <= first.page <= len(pdf):
                out.append(None)
                continue
            page = pdf[first.page - 1]
            try:
                out.append(number_in_region(render_point_box(page, first.box, dpi, RULE_MARGIN), first))
            finally:
                page.close()
        return out
    finally:
        pdf.close()


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
