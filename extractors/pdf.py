"""Text and tables from a PDF with a text layer.

Text comes from PDFium, char by char, because PDFium reads Thai from
LibreOffice and Word exports correctly where pdfminer (pdfplumber) reorders
marks, splits syllables and doubles sara am; it is also much faster.

PDFium's own line breaking is not trusted: it breaks lines inside words when
a glyph comes from a fallback font (e.g. "คำ\\nถ\\nามข้อ"). Lines are rebuilt
here from the char boxes, keeping PDFium's char order, so marks stay where
PDFium put them.

Tables are found by pdfplumber's ruled-table finder (`TableFinder`), fed with
the ruling lines read from PDFium's path objects instead of a pdfminer parse
(which is what makes pdfplumber slow). Cell text is built from the page's
chars whose boxes fall in the cell, in the page's char order, so a cell's
text is always the page's text.

All geometry is in display space: points, origin at the top-left of the
crop box as the page is shown (its /Rotate applied), y growing downwards,
the same convention as pdfplumber's `top`/`bottom`.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import operator
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple, Sequence

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder
from pdfplumber.table import Table as GridTable

from .errors import ExtractionError
from .model import Block, ExtractedDocument, NumberReading, Page, Table, is_visible_fill
from .ocr import page_image_coverage, read_pdf_pages_by_ocr
from .ocr_tables import ScannedLayout, ScannedTable
from .text_quality import SHORT_TEXT_LETTERS, assess_page_text, has_meaningful_letters
from .thai_repair import repair_thai_text
from .wraps import is_thai, join_wrapped, open_brackets

# PDFium is not thread-safe, not even across documents: every PDFium call in
# the process must hold this lock (pypdfium2 docs, "Incompatibility with
# Threading"). Other modules that use PDFium (rendering for OCR) should take
# it too.
PDFIUM_LOCK = threading.RLock()

MSG_EMPTY = "empty file (0 bytes): ask the unit to send it again"
MSG_ENCRYPTED = "encrypted PDF: ask the unit for an unprotected copy"
MSG_DAMAGED = "damaged PDF (file is truncated or corrupt): ask the unit to send it again"

Point = tuple[float, float]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (display space)
ToDisplay = Callable[[float, float], Point]


# ---------------------------------------------------------------------------
# Opening


def extract_pdf(path: Path) -> ExtractedDocument:
    """Read a PDF's pages, paragraphs and ruled tables (see module docstring).

    Each page's text layer is checked (`text_quality`): a repairable one
    (private-use glyphs, split sara am, ...) is repaired word by word, a
    missing or junk one is read from the page image by OCR.
    """
    path = Path(path)
    if path.stat().st_size == 0:
        raise ExtractionError(MSG_EMPTY)
    warnings: list[str] = []
    with PDFIUM_LOCK:
        pdf = open_pdfium_document(path)
        try:
            layouts = [read_page_layout(pdf, i) for i in range(len(pdf))]
        finally:
            pdf.close()
        ocr_pages = repair_or_mark_for_ocr(layouts, warnings)
        numbers = read_pages_by_ocr(path, layouts, ocr_pages) if ocr_pages else {}
    if not has_eof_marker(path):
        warnings.append("PDF has no end-of-file marker: it may be truncated; check the last page")
    return ExtractedDocument(
        format="pdf",
        page_count=len(layouts),
        pages=[Page(page_no=lay.page_no, text=lay.text, text_source=lay.text_source,
                    numbers=numbers.get(lay.page_no, []), confidence=lay.ocr_confidence) for lay in layouts],
        blocks=blocks_in_reading_order(merge_continued_tables(layouts)),
        warnings=warnings,
    )


def repair_or_mark_for_ocr(layouts: list[PageLayout], warnings: list[str]) -> list[int]:
    """Repair pages whose text layer is broken in place; return the pages that need OCR."""
    ocr_pages: list[int] = []
    for lay in layouts:
        quality = assess_page_text(lay.text, image_coverage=lay.image_coverage)
        warnings.extend(f"page {lay.page_no}: {reason}" for reason in quality.reasons
                        if reason != "blank page")
        if quality.needs_ocr:
            ocr_pages.append(lay.page_no)
        elif quality.needs_repair:
            repair_layout(lay)
    return ocr_pages


def repair_layout(lay: PageLayout) -> None:
    """Repair a page's text, paragraphs and cells (each word decided on its own)."""
    lay.text = repair_thai_text(lay.text)
    for block in lay.blocks:
        block.text = repair_thai_text(block.text) if block.text else block.text
        block.rows = [[repair_thai_text(cell) for cell in row] for row in block.rows]


def read_pages_by_ocr(path: Path, layouts: list[PageLayout],
                      page_numbers: list[int]) -> dict[int, list[NumberReading]]:
    """Replace the given pages' text and blocks with OCR text: the ruled tables a scan
    shows as tables (`extractors.ocr_tables`), the rest as paragraphs; returns the
    numbers OCR read on each page, with their confidence."""
    read = read_pdf_pages_by_ocr(path, page_numbers)
    for lay in layouts:
        page = read.get(lay.page_no)
        if page is not None:
            lay.text = page.text
            lay.text_source = "ocr"
            lay.ocr_confidence = page.confidence
            lay.blocks = ocr_page_blocks(lay.page_no, page.text, page.layout)
    return {page_no: page.numbers for page_no, page in read.items()}


def ocr_page_blocks(page_no: int, text: str, layout: ScannedLayout | None) -> list[PageBlock]:
    """An OCR page's blocks: its scanned tables and the paragraphs outside them, placed
    by position as on a native page; without tables, its text's paragraphs."""
    if layout is None:
        return [PageBlock("paragraph", page_no, 0.0, 0.0, text=para)
                for para in re.split(r"\n\s*\n", text) if para.strip()]
    paras = [PageBlock("paragraph", page_no, p.top, p.bottom, text=p.text) for p in layout.paragraphs]
    tables = [scanned_table_block(page_no, t) for t in layout.tables]
    return interleave(paras, tables)


def scanned_table_block(page_no: int, table: ScannedTable) -> PageBlock:
    """A scanned table as a native one's block (a one-cell grid is a framed paragraph)."""
    if len(table.rows) == 1 and len(table.rows[0]) == 1:
        return PageBlock("paragraph", page_no, table.top, table.bottom, text=table.rows[0][0])
    return PageBlock("table", page_no, table.top, table.bottom, rows=table.rows, col_xs=table.col_xs,
                     row_heights=table.row_heights, last_page=page_no, last_bottom=table.bottom,
                     last_col_xs=table.col_xs, cell_confidence=table.confidence)


def open_pdfium_document(path: Path) -> pdfium.PdfDocument:
    """Open with PDFium, turning its error codes into clerk-facing errors."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError(MSG_ENCRYPTED) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ExtractionError(MSG_ENCRYPTED) from exc
        raise ExtractionError(MSG_DAMAGED) from exc


def has_eof_marker(path: Path, tail_bytes: int = 4096) -> bool:
    """True if the file ends (give or take trailing junk) with %%EOF."""
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        fh.seek(max(0, size - tail_bytes))
        return b"%%EOF" in fh.read()


# ---------------------------------------------------------------------------
# One page


@dataclass
class PageBlock:
    """A paragraph or table on one page, with its vertical extent."""

    kind: str  # "paragraph" | "table"
    page_no: int
    top: float
    bottom: float
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    col_xs: list[float] = field(default_factory=list)  # grid x positions
    row_heights: list[float] = field(default_factory=list)
    last_page: int = 0  # for tables merged over pages
    last_bottom: float = 0.0
    font_size: float | None = None  # paragraphs: the first line's main font size
    last_col_xs: list[float] = field(default_factory=list)
    # a scanned table: how surely each cell was read (aligned with rows); empty for a native table
    cell_confidence: list[list[float | None]] = field(default_factory=list)
    # a native table: which cells are shaded (aligned with rows); empty for a scanned table (not known)
    shaded: list[list[bool]] = field(default_factory=list)
    # paragraphs: the last line is full, from the left edge (a first line from its indent): the paragraph
    # may go on at the next page's top; the first line starts at the text's left edge with no list
    # marker: it may go on from the page before (a signature block set to the right does neither)
    runs_on: bool = False
    flush_start: bool = False


@dataclass
class PageLayout:
    page_no: int
    width: float
    height: float
    text: str
    blocks: list[PageBlock]
    image_coverage: float | None = None  # share of the page under images; only for near-empty pages
    text_source: str = "native"
    ocr_confidence: float | None = None  # an OCR page: how surely its text was read (ocr_tables.reading_confidence)


def read_page_layout(pdf: pdfium.PdfDocument, index: int) -> PageLayout:
    try:
        page = pdf[index]
        textpage = page.get_textpage()
    except pdfium.PdfiumError as exc:
        raise ExtractionError(MSG_DAMAGED) from exc
    try:
        to_display, width, height = display_transform(page)
        glyphs = read_glyphs(textpage, to_display)
        fills: list[BBox] = []
        grids = without_layout_frames(find_ruled_tables(read_ruling_edges(page, to_display, fills), (0, 0, width, height)))
        lines = split_lines(glyphs)
        blocks = page_blocks(index + 1, glyphs, grids, lines, fills)
        text = "\n".join(line_text(line) for line in lines)
        # Only a page with little text can be a scan; measuring images costs a walk over all objects.
        coverage = None if has_meaningful_letters(text, SHORT_TEXT_LETTERS) else page_image_coverage(page)
    finally:
        textpage.close()
        page.close()
    return PageLayout(index + 1, width, height, text, blocks, coverage)


def display_transform(page: pdfium.PdfPage) -> tuple[ToDisplay, float, float]:
    """Map PDF user space to display space; also return display width, height."""
    x0, y0, x1, y1 = page.get_cropbox()
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return (lambda x, y: (y - y0, x - x0)), y1 - y0, x1 - x0
    if rotation == 180:
        return (lambda x, y: (x1 - x, y - y0)), x1 - x0, y1 - y0
    if rotation == 270:
        return (lambda x, y: (y1 - y, x1 - x)), y1 - y0, x1 - x0
    return (lambda x, y: (x - x0, y1 - y)), x1 - x0, y1 - y0


# ---------------------------------------------------------------------------
# Glyphs and lines

# Thai marks as legacy fonts without OpenType shaping report them
# (Windows U+F700-F71A, Mac U+F884-F89E)
THAI_PUA_MARKS = frozenset(range(0xF700, 0xF71B)) | frozenset(range(0xF884, 0xF89F))


class Glyph(NamedTuple):
    """One visible char as PDFium reads it.

    `spaces` counts the space chars in the PDF between the previous visible
    char and this one; `soft_break` is True when PDFium inserted a space or a
    line break of its own there (its guesses, checked against geometry).
    A named tuple: a page has thousands, and a tuple is made several times
    faster than a frozen dataclass.
    """

    index: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size (em) in points
    baseline: float  # display y of the glyph's origin
    font: int  # identity of the PDF font (PDFium handle address), 0 if unknown
    is_mark: bool
    spaces: int
    soft_break: bool
    prev_index: int  # index of the previous visible char on the page, -1 if none

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center(self) -> Point:
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)


# Glyph from a tuple of its fields without a Python-level __new__ (read_glyphs makes thousands a page)
_new_glyph = functools.partial(tuple.__new__, Glyph)


@functools.lru_cache(maxsize=None)
def is_mark(char: str) -> bool:
    """Combining marks ride on the char before them (Thai vowels above/below, tones)."""
    return unicodedata.category(char) in ("Mn", "Me", "Mc") or ord(char) in THAI_PUA_MARKS


def _pdfium_prototype(name: str, restype, *argtypes) -> Callable:
    """PDFium's `name` taking and returning plain ints (addresses) instead of
    ctypes pointer objects: a call costs about half as much, and a returned
    handle is its address (no ctypes.cast)."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _pdfium_ready_args(name: str, restype) -> Callable:
    """PDFium's `name` for the calls made for every char or path segment of a page: no
    argument types declared, so ctypes converts nothing, and the GIL kept
    (each call takes about a microsecond): about half the cost of a
    `_pdfium_prototype` call. Its arguments must be ready-made: ints that
    fit a C int, pointers as ctypes argument objects (`ctypes.byref`,
    `ctypes.c_void_p.from_param`)."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.PYFUNCTYPE(restype)(address)


_V, _I = ctypes.c_void_p, ctypes.c_int
_GET_CHAR_BOX = _pdfium_ready_args("FPDFText_GetCharBox", _I)
_GET_CHAR_ORIGIN = _pdfium_ready_args("FPDFText_GetCharOrigin", _I)
# restype size_t: a missing text object comes back as 0, not None, so the handles fill an integer array
_GET_TEXT_OBJECT = _pdfium_ready_args("FPDFText_GetTextObject", ctypes.c_size_t)
_IS_GENERATED = _pdfium_ready_args("FPDFText_IsGenerated", _I)
_PAGE_GET_OBJECT = _pdfium_ready_args("FPDFPage_GetObject", _V)
_FORM_COUNT_OBJECTS = _pdfium_ready_args("FPDFFormObj_CountObjects", _I)
_FORM_GET_OBJECT = _pdfium_ready_args("FPDFFormObj_GetObject", _V)
_OBJECT_TYPE = _pdfium_ready_args("FPDFPageObj_GetType", _I)
_OBJECT_MATRIX = _pdfium_ready_args("FPDFPageObj_GetMatrix", _I)
_PATH_DRAW_MODE = _pdfium_ready_args("FPDFPath_GetDrawMode", _I)
_FILL_COLOR = _pdfium_ready_args("FPDFPageObj_GetFillColor", _I)
_PATH_COUNT_SEGMENTS = _pdfium_ready_args("FPDFPath_CountSegments", _I)
_PATH_GET_SEGMENT = _pdfium_ready_args("FPDFPath_GetPathSegment", _V)
_SEGMENT_POINT = _pdfium_ready_args("FPDFPathSegment_GetPoint", _I)
_SEGMENT_TYPE = _pdfium_ready_args("FPDFPathSegment_GetType", _I)
_SEGMENT_CLOSE = _pdfium_ready_args("FPDFPathSegment_GetClose", _I)
_GET_FONT = _pdfium_prototype("FPDFTextObj_GetFont", _V, _V)
_GET_FONT_SIZE = _pdfium_prototype("FPDFText_GetFontSize", ctypes.c_double, _V, _I)
_GET_UNICODE = _pdfium_prototype("FPDFText_GetUnicode", ctypes.c_uint, _V, _I)
_GET_TEXT = _pdfium_prototype("FPDFText_GetText", _I, _V, _I, _I, _V)


def page_char_codes(raw_textpage: int, count: int) -> np.ndarray:
    """The code of each of the page's chars (UTF-16 units), in one PDFium call.

    FPDFText_GetText gives the same codes as FPDFText_GetUnicode char by
    char, except that it writes 0xFFFE where GetUnicode reports 2 (a hyphen
    ending a line): those few are asked again one by one.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    written = _GET_TEXT(raw_textpage, 0, count, ctypes.addressof(buffer))
    if written != count + 1:  # not one code per char: ask char by char
        return np.array([_GET_UNICODE(raw_textpage, i) for i in range(count)], dtype=np.int64)
    codes = np.frombuffer(buffer, dtype=np.uint16, count=count).astype(np.int64)
    for i in np.flatnonzero(codes == 0xFFFE).tolist():
        codes[i] = _GET_UNICODE(raw_textpage, i)
    return codes


def code_points(codes: np.ndarray) -> np.ndarray:
    """The page's codes with each surrogate pair's code point at its high
    half (its low half becomes 0xFFFF, which is skipped), and PDFium's code
    2 for a hyphen that ends a line as "-"."""
    codes = codes.copy()
    pairs = np.flatnonzero((codes[:-1] >= 0xD800) & (codes[:-1] < 0xDC00)
                           & (codes[1:] >= 0xDC00) & (codes[1:] < 0xE000))
    if len(pairs):
        codes[pairs] = 0x10000 + ((codes[pairs] - 0xD800) << 10) + (codes[pairs + 1] - 0xDC00)
        codes[pairs + 1] = 0xFFFF
    codes[codes == 2] = 0x2D
    return codes


# What a code is to `read_glyphs`
VISIBLE, SKIPPED, LINE_BREAK, SPACE, ZERO_WIDTH = range(5)


@functools.lru_cache(maxsize=None)
def char_kind(code: int) -> int:
    """VISIBLE, or SKIPPED (control chars, lone surrogates, non-chars: as if
    not there), LINE_BREAK, SPACE (any other white space) or ZERO_WIDTH
    (zero-width space, BOM: a break only where PDFium generated them)."""
    if code < 0x20 and code not in (9, 10, 13) or 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF):
        return SKIPPED
    char = chr(code)
    if char in "\r\n":
        return LINE_BREAK
    if char in "\u200b\ufeff":
        return ZERO_WIDTH
    return SPACE if char.isspace() else VISIBLE


def char_kinds(codes: np.ndarray) -> np.ndarray:
    """`char_kind` of each code, asked once per distinct code."""
    distinct, at = np.unique(codes, return_inverse=True)
    return np.array([char_kind(code) for code in distinct.tolist()], dtype=np.int8)[at]


def gaps_before(raw_textpage: int, kinds: np.ndarray, visible: np.ndarray) -> tuple[list[int], list[bool]]:
    """Per visible char: how many spaces the PDF writes between it and the
    visible char before it, and whether PDFium broke the text there (a line
    break, or a space or zero-width char it generated itself)."""
    blanks = np.flatnonzero((kinds == SPACE) | (kinds == ZERO_WIDTH))
    generated = np.fromiter(map(_IS_GENERATED, itertools.repeat(ctypes.c_void_p.from_param(raw_textpage)), blanks.tolist()),
                            dtype=np.int64, count=len(blanks)) == 1
    spaces = np.zeros(len(kinds), dtype=np.int64)
    spaces[blanks[~generated & (kinds[blanks] == SPACE)]] = 1
    breaks = (kinds == LINE_BREAK).astype(np.int64)
    breaks[blanks[generated]] = 1
    spaces_so_far, breaks_so_far = np.cumsum(spaces)[visible], np.cumsum(breaks)[visible]
    return (np.diff(spaces_so_far, prepend=0).tolist(),
            (np.diff(breaks_so_far, prepend=0) > 0).tolist())


class GeometryRows:
    """Rows of six doubles that PDFium writes chars' geometry into, with,
    per row and column, a ready-made pointer to the cell (`_pdfium_per_char`):
    made once and grown as pages need, not made again for every page.
    Used under PDFIUM_LOCK only (one page at a time)."""

    def __init__(self) -> None:
        self.values = np.empty((0, 6), dtype=np.float64)
        self.pointers: list[list] = [[] for _ in range(6)]  # per column, per row

    def hold(self, rows: int) -> None:
        """Make room for at least `rows` rows."""
        if rows <= len(self.values):
            return
        rows = max(rows, 2 * len(self.values))
        cells = (ctypes.c_double * (6 * rows))()
        self.values = np.frombuffer(cells, dtype=np.float64).reshape(rows, 6)
        self.pointers = [[ctypes.byref(cells, 8 * (6 * r + c)) for r in range(rows)] for c in range(6)]


_GEOMETRY_ROWS = GeometryRows()


def read_char_geometry(raw_textpage: int, indices: list[int]) -> tuple[np.ndarray, list[int]]:
    """Rows of left, right, bottom, top, origin x, origin y (PDF space) of
    the given chars, PDFium writing each value straight into the array; and
    the rows whose origin PDFium does not know."""
    rows = _GEOMETRY_ROWS
    rows.hold(len(indices))
    textpage = itertools.repeat(ctypes.c_void_p.from_param(raw_textpage))
    left, right, bottom, top, origin_x, origin_y = rows.pointers
    for _ in map(_GET_CHAR_BOX, textpage, indices, left, right, bottom, top):
        pass
    known = np.fromiter(map(_GET_CHAR_ORIGIN, textpage, indices, origin_x, origin_y),
                        dtype=np.int64, count=len(indices))
    return rows.values[:len(indices)].copy(), np.flatnonzero(known == 0).tolist()


def read_char_fonts(raw_textpage: int, indices: list[int]) -> tuple[list[int], np.ndarray]:
    """Per char, the identity of its PDF font (0 if unknown) and PDFium's
    font size. The size is its text object's: asked once per text object,
    at its first char here (per char for chars with no text object)."""
    objects = np.fromiter(map(_GET_TEXT_OBJECT, itertools.repeat(ctypes.c_void_p.from_param(raw_textpage)), indices),
                          dtype=np.uint64, count=len(indices))
    distinct, first, at = np.unique(objects, return_index=True, return_inverse=True)
    fonts = [(_GET_FONT(obj) or 0) if obj else 0 for obj in distinct.tolist()]
    sizes = np.array([_GET_FONT_SIZE(raw_textpage, indices[k]) for k in first.tolist()], dtype=np.float64)[at]
    for k in np.flatnonzero(objects == 0).tolist():
        sizes[k] = _GET_FONT_SIZE(raw_textpage, indices[k])
    return np.array(fonts, dtype=np.uint64)[at].tolist(), sizes


def read_glyphs(textpage: pdfium.PdfTextPage, to_display: ToDisplay) -> list[Glyph]:
    """All visible chars of the page in PDFium's order, with display boxes.

    The page's codes come in one call and are sorted into visible chars,
    spaces and breaks as arrays; per visible char PDFium is asked only its
    box and origin (written straight into an array) and its text object
    (the font and its size are looked up once per text object), the calls
    made by `map`, with no Python loop around them; the boxes are turned
    to display space as arrays.
    """
    raw = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return []
    codes = code_points(page_char_codes(raw, count))
    kinds = char_kinds(codes)
    visible = np.flatnonzero(kinds == VISIBLE)
    if not len(visible):
        return []
    indices = visible.tolist()
    chars = list(map(chr, codes[visible].tolist()))
    gaps, soft_breaks = gaps_before(raw, kinds, visible)
    geometry, no_origin = read_char_geometry(raw, indices)
    font_ids, sizes = read_char_fonts(raw, indices)
    box = display_geometry(geometry, sizes, no_origin, to_display)
    marks = list(map(is_mark, chars))
    glyphs = list(map(_new_glyph, zip(indices, chars, *(column.tolist() for column in box), font_ids,
                                      marks, gaps, soft_breaks, [-1] + indices[:-1])))
    stray = first_stray_mark(codes[visible], np.array(marks, dtype=bool), box)
    return glyphs if stray is None else reattach_stray_marks(glyphs, stray)


def display_geometry(pdf_geometry: np.ndarray, sizes: Sequence[float], no_origin: list[int],
                     to_display: ToDisplay) -> tuple[np.ndarray, ...]:
    """Display boxes (x0, top, x1, bottom), font sizes and baselines of chars
    from their PDF boxes and origins (rows of left, right, bottom, top,
    origin x, origin y), as arrays.

    The display box spans its corners; the baseline is the origin's display
    y (the box bottom when PDFium knows no origin); PDFium's font size is
    kept unless implausible for the glyph (text scaled by a matrix reports
    size 1): then 1.2 x the glyph's height."""
    left, right, bottom, top, origin_x, origin_y = pdf_geometry.T
    ax, ay = to_display(left, bottom)
    bx, by = to_display(right, top)
    x0, y0, x1, y1 = np.minimum(ax, bx), np.minimum(ay, by), np.maximum(ax, bx), np.maximum(ay, by)
    reported = np.array(sizes, dtype=np.float64)
    glyph_height = y1 - y0
    size = np.where(reported >= 0.5 * glyph_height, reported, 1.2 * glyph_height)
    baseline = to_display(origin_x, origin_y)[1]
    if no_origin:
        baseline[no_origin] = y1[no_origin]
    return x0, y0, x1, y1, size, baseline


def first_stray_mark(codes: np.ndarray, marks: np.ndarray, box: tuple[np.ndarray, ...]) -> int | None:
    """Where `reattach_stray_marks` has work to do: the first glyph that is
    a mark not sitting on the base char before it (the test it first makes
    of each mark: `can_carry`, and `distance_to` within 0.1 em), or None
    when every mark does (most pages). Asked of the whole page at once, as
    arrays, so that the glyph-by-glyph walk starts there or is skipped.

    `codes`, `marks` and `box` (x0, top, x1, bottom, size, baseline) are
    per glyph; a NaN anywhere starts the walk at the first mark, its
    comparisons treating NaN differently from the arrays'."""
    x0, top, x1, bottom, size, baseline = box
    at = np.flatnonzero(marks)
    if not len(at):
        return None
    if any(np.isnan(column).any() for column in box):
        return int(at[0])
    base = np.maximum.accumulate(np.where(marks, -1, np.arange(len(marks))))[at]  # last base char before each mark
    thai = (codes >= 0x0E00) & (codes <= 0x0E7F)
    thai_mark = thai | ((codes >= 0xF700) & (codes < 0xF71B)) | ((codes >= 0xF884) & (codes < 0xF89F))
    can_carry = ~thai_mark[at] | thai[base] | ((codes[base] >= 0xE000) & (codes[base] <= 0xF8FF))
    off_line = (bottom[at] - top[at] > 0) & (np.abs(baseline[at] - baseline[base]) > 0.3 * size[base])
    x = (x0[at] + x1[at]) / 2
    distance = np.maximum(np.maximum(x0[base] - x, 0.0), x - x1[base])
    stray = np.flatnonzero((base < 0) | ~can_carry | off_line | (distance > 0.1 * size[base]))
    return int(at[stray[0]]) if len(stray) else None


def reattach_stray_marks(glyphs: list[Glyph], start: int = 0) -> list[Glyph]:
    """Move each Thai mark that PDFium put away from its base char back
    behind the base char it sits on.

    A mark drawn from a fallback font comes later in the content stream
    than its word, so PDFium reads "ศักดิ นาลา์" for "ศักดิ์ นาลา" and
    "ตัวชีวัด้" for "ตัวชี้วัด". The glyph boxes tell where it belongs.
    `start`: the walk begins there (`first_stray_mark`): before it every
    mark stays, and a mark moved later is never moved again.
    """
    out = list(glyphs)
    moved: set[int] = set()
    i = start
    while i < len(out):
        mark = out[i]
        if not mark.is_mark or id(mark) in moved:
            i += 1
            continue
        base_at = i - 1 if i and not out[i - 1].is_mark else preceding_base(out, i)  # usually right before it
        if (
            base_at is not None and can_carry(out[base_at], mark)
            and distance_to(mark, out[base_at]) <= 0.1 * out[base_at].size
        ):
            i += 1
            continue
        target = base_under(out, mark)
        if target is None or target == base_at or (
            base_at is not None and distance_to(mark, out[target]) >= distance_to(mark, out[base_at])
        ):
            i += 1
            continue
        del out[i]
        if i < len(out) and out[i].prev_index == mark.index:  # keep PDFium's gap info usable
            out[i] = out[i]._replace(prev_index=out[i - 1].index if i else -1)
        if target > i:
            target -= 1
        insert_at = target + 1
        while insert_at < len(out) and out[insert_at].is_mark:
            insert_at += 1
        anchor = out[insert_at - 1].index
        # the mark takes its anchor's index, so the glyph after it still
        # finds its PDFium predecessor (see `separator`)
        placed = mark._replace(index=anchor, prev_index=anchor)
        moved.add(id(placed))
        out.insert(insert_at, placed)
        if insert_at <= i:
            i += 1
    return out


def preceding_base(glyphs: Sequence[Glyph], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if not glyphs[j].is_mark:
            return j
    return None


def can_carry(base: Glyph, mark: Glyph) -> bool:
    """Whether base is a char the mark can sit on: a Thai mark rides on a
    Thai letter, never on punctuation ("ภูมิภักดิ)์" is "ภูมิภักดิ์)")."""
    if is_thai(mark.text) or ord(mark.text[0]) in THAI_PUA_MARKS:
        return is_thai(base.text) or "\ue000" <= base.text[0] <= "\uf8ff"
    return True


def distance_to(mark: Glyph, base: Glyph) -> float:
    """Horizontal distance from the mark's centre to the base char's box;
    infinite when they are not on one line."""
    if mark.height > 0 and abs(mark.baseline - base.baseline) > 0.3 * base.size:
        return float("inf")
    x = (mark.x0 + mark.x1) / 2
    return max(base.x0 - x, 0.0, x - base.x1)


def base_under(glyphs: Sequence[Glyph], mark: Glyph) -> int | None:
    """Index of the base char on the mark's line nearest to the mark's centre
    (`distance_to`, among the chars `can_carry` accepts), within 0.3 em."""
    best, best_distance = None, float("inf")
    x = (mark.x0 + mark.x1) / 2
    on_its_line_only = mark.bottom - mark.top > 0
    baseline = mark.baseline
    thai_only = is_thai(mark.text) or ord(mark.text[0]) in THAI_PUA_MARKS
    # the tests of can_carry and distance_to, inlined: this runs over the whole page per stray mark
    for j, g in enumerate(glyphs):
        if g.is_mark or g.bottom - g.top <= 0:
            continue
        if on_its_line_only and abs(baseline - g.baseline) > 0.3 * g.size:
            continue  # not on one line: infinitely far
        if thai_only and not (is_thai(g.text) or "\ue000" <= g.text[0] <= "\uf8ff"):
            continue
        distance = max(g.x0 - x, 0.0, x - g.x1)
        if distance < best_distance and distance <= 0.3 * g.size:
            best, best_distance = j, distance
    return best


def vertical_overlap(a: Glyph, b: Glyph) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


class Line(list):
    """A visual line's glyphs, as `split_lines` makes it. A line never
    changes once made, so what is computed from it (its text, font,
    baseline, box) is kept on it: the page text, its paragraphs and its
    cells ask for the same lines' again."""

    __slots__ = ("text", "font", "baseline", "bbox")


def kept_on_line(slot: str) -> Callable:
    """Decorator for a function of one line: on a `Line`, compute once and
    keep the result in `slot` (results are immutable and never None: str,
    float, tuples)."""
    def decorate(compute: Callable) -> Callable:
        @functools.wraps(compute)
        def kept(line: Sequence[Glyph]):
            if type(line) is not Line:
                return compute(line)
            value = getattr(line, slot, None)
            if value is None:
                value = compute(line)
                setattr(line, slot, value)
            return value
        return kept
    return decorate


def split_lines(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Visual lines of a glyph sequence, kept in sequence order.

    A base char starts a new line unless it sits on the line of the base
    char before it (same baseline, or boxes overlapping vertically), to its
    right; marks and empty boxes ride on the line so far. This runs for
    every glyph of every page and cell, so the test is written out in the
    loop, on the glyphs' fields unpacked once and the previous base char's
    kept in locals (conditional expressions for min/max)."""
    lines: list[list[Glyph]] = []
    line = Line()
    have_base = False  # the previous base char's fields:
    base_x0 = base_top = base_bottom = base_height = base_size = base_baseline = 0.0
    for g in glyphs:
        _, _, x0, top, _, bottom, size, baseline, _, mark, _, _, _ = g
        height = bottom - top
        if mark or not height > 0:
            if not have_base:
                line = Line((g,))
                lines.append(line)
            else:
                line.append(g)
            continue
        if (
            have_base
            and (abs(baseline - base_baseline) <= 0.3 * (size if size < base_size else base_size)  # same baseline
                 or not ((bottom if bottom < base_bottom else base_bottom) - (top if top > base_top else base_top)
                         < 0.5 * (height if height < base_height else base_height)))  # or the same band
            and not x0 < base_x0 - (height if height > base_height else base_height)  # and did not go back
        ):
            line.append(g)
        else:
            line = Line((g,))
            lines.append(line)
        have_base = True
        base_x0, base_top, base_bottom, base_height, base_size, base_baseline = x0, top, bottom, height, size, baseline
    return lines


def separator(prev: Glyph, glyph: Glyph, right: float) -> str:
    """What goes between two glyphs on one line; `right` is the line's right
    end so far (a mark's box may end left of its base char's)."""
    if glyph.is_mark:
        return ""
    if glyph.prev_index == prev.index:
        if glyph.spaces:
            return " " * glyph.spaces  # spaces written in the PDF
        if not glyph.soft_break:
            return ""
    # PDFium guessed a space or line break here, or the glyphs were not next
    # to each other in the page: a word gap only if the gap is wide enough.
    # (PDFium guesses spaces inside Thai words after a shifted tone mark.)
    em = max(prev.size, glyph.size)
    return " " if glyph.x0 - right > 0.2 * em else ""


@kept_on_line("text")
def line_text(line: Sequence[Glyph]) -> str:
    """A line's text, in canonical Unicode order (NFC): PDFs from LibreOffice
    write a tone mark before a lower vowel ("รู้"); NFC puts it after ("รู้"),
    as typed text has it."""
    if not line:
        return ""
    prev = line[0]
    parts = [prev.text]
    right = prev.x1
    for g in line[1:]:
        _, text, _, _, x1, _, _, _, _, mark, spaces, soft_break, prev_index = g
        # a mark never has a separator before it, nor a char that follows
        # the previous one in the PDF with no space or break between
        if not mark and (prev_index != prev.index or spaces or soft_break):
            gap = separator(prev, g, right)
            if gap:
                parts.append(gap)
        parts.append(text)
        if x1 > right:
            right = x1
        prev = g
    return unicodedata.normalize("NFC", "".join(parts)).strip()


def lines_text(lines: Sequence[Sequence[Glyph]]) -> str:
    """Wrapped lines as one string: joined by `join_wrapped`'s rule, except
    that a space the PDF itself has at the wrap is kept (Thai uses spaces
    between phrases, and a line often wraps at one)."""
    out = ""
    last: Glyph | None = None
    for line in lines:
        text = line_text(line)
        if not text:
            continue
        if out:
            written_space = line[0].prev_index == last.index and line[0].spaces > 0
            out += " " + text if written_space else join_wrapped([out, text])[len(out):]
        else:
            out = text
        last = line[-1]
    return out


def lines_bbox(lines: Sequence[Sequence[Glyph]]) -> BBox:
    boxes = [line_bbox(line) for line in lines if line]
    if len(boxes) == 1:
        return boxes[0]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


_X0, _TOP, _X1, _BOTTOM = (operator.itemgetter(Glyph._fields.index(f)) for f in ("x0", "top", "x1", "bottom"))
_BOX = operator.itemgetter(*(Glyph._fields.index(f) for f in ("x0", "top", "x1", "bottom")))


@kept_on_line("bbox")
def line_bbox(line: Sequence[Glyph]) -> BBox:
    return (min(map(_X0, line)), min(map(_TOP, line)), max(map(_X1, line)), max(map(_BOTTOM, line)))


# ---------------------------------------------------------------------------
# Ruling lines and tables


def read_ruling_edges(page: pdfium.PdfPage, to_display: ToDisplay, fills: list[BBox] | None = None) -> list[dict]:
    """Horizontal and vertical segments of the page's painted paths, as
    pdfplumber edge dicts (display space). PDFium is called with ready-made
    arguments (`_pdfium_ready_args`): a page has hundreds of path segments.
    `fills`, when given, gets the box of each path filled in a visible colour
    (`shaded_fill`): the shading of table cells."""
    edges: list[dict] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    raw = ctypes.c_void_p.from_param(ctypes.cast(page.raw, ctypes.c_void_p).value)
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        collect_path_edges(_PAGE_GET_OBJECT(raw, i), identity, to_display, edges, 0, fills)
    return edges


def matrix_of(obj) -> tuple[float, float, float, float, float, float]:
    """The object's matrix; `obj` a ready-made argument (`_pdfium_ready_args`)."""
    m = pdfium_c.FS_MATRIX()
    if not _OBJECT_MATRIX(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def compose(inner: Sequence[float], outer: Sequence[float]) -> tuple[float, ...]:
    """Matrix applying `inner` first, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def collect_path_edges(handle: int | None, parent: Sequence[float], to_display: ToDisplay, out: list[dict],
                       depth: int, fills: list[BBox] | None = None) -> None:
    """The edges of a page object (its address), forms walked into; the boxes of visibly
    filled paths into `fills` (when given)."""
    obj = ctypes.c_void_p.from_param(handle)
    kind = _OBJECT_TYPE(obj)
    if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
        matrix = compose(matrix_of(obj), parent)
        for i in range(_FORM_COUNT_OBJECTS(obj)):
            collect_path_edges(_FORM_GET_OBJECT(obj, i), matrix, to_display, out, depth + 1, fills)
        return
    if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
        return
    filled, stroked = draw_mode(obj)
    if not (filled or stroked):
        return
    matrix = compose(matrix_of(obj), parent)
    start = len(out)
    for a, b in path_line_segments(obj):
        out.extend(edge_dict(to_display(*apply(matrix, a)), to_display(*apply(matrix, b))))
    if filled and fills is not None and len(out) > start:
        box = shaded_fill(obj, out[start:])
        if box is not None:
            fills.append(box)


def draw_mode(path) -> tuple[bool, bool]:
    """Whether the path is filled, whether it is stroked; `path` a ready-made argument
    (a path whose mode PDFium cannot tell counts as stroked: painted, but no fill)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not _PATH_DRAW_MODE(path, ctypes.byref(fill), ctypes.byref(stroke)):
        return False, True
    return fill.value != pdfium_c.FPDF_FILLMODE_NONE, bool(stroke.value)


MIN_FILL_SIDE = 3.0  # points: a filled path thinner than this is a rule (Word draws borders as filled bars)


def shaded_fill(path, edges: Sequence[dict]) -> BBox | None:
    """The display box of a filled path (from its axis-aligned edges) when it is large enough to
    shade a cell and filled in a visible, not white or near-white, colour; else None. The colour
    is asked of PDFium only for such a box: most filled paths of a page are thin rules."""
    x0 = min(e["x0"] for e in edges)
    x1 = max(e["x1"] for e in edges)
    top = min(e["top"] for e in edges)
    bottom = max(e["bottom"] for e in edges)
    if x1 - x0 < MIN_FILL_SIDE or bottom - top < MIN_FILL_SIDE:
        return None
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not _FILL_COLOR(path, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    if a.value == 0 or not is_visible_fill(r.value, g.value, b.value):
        return None
    return (x0, top, x1, bottom)


def apply(m: Sequence[float], p: Point) -> Point:
    x, y = p
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def path_line_segments(path) -> Iterator[tuple[Point, Point]]:
    """Straight segments of a path in its own space (curves skipped, subpaths
    closed); `path` a ready-made argument (`_pdfium_ready_args`)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.byref(x), ctypes.byref(y)
    start: Point | None = None
    current: Point | None = None
    for i in range(_PATH_COUNT_SEGMENTS(path)):
        seg = ctypes.c_void_p.from_param(_PATH_GET_SEGMENT(path, i))
        _SEGMENT_POINT(seg, x_at, y_at)
        point = (x.value, y.value)
        kind = _SEGMENT_TYPE(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = current = point
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
            yield current, point
        current = point
        if _SEGMENT_CLOSE(seg) and start is not None:
            if current != start:
                yield current, start
            current = start


def edge_dict(a: Point, b: Point, tolerance: float = 0.01) -> list[dict]:
    """The pdfplumber edge for an axis-aligned segment; nothing for a slanted one."""
    (ax, ay), (bx, by) = a, b
    x0, x1, top, bottom = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
    if bottom - top <= tolerance:
        orientation = "h"
        top = bottom = (top + bottom) / 2
    elif x1 - x0 <= tolerance:
        orientation = "v"
        x0 = x1 = (x0 + x1) / 2
    else:
        return []
    return [{
        "object_type": "line", "orientation": orientation,
        "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
        "width": x1 - x0, "height": bottom - top,
    }]


@dataclass
class EdgePage:
    """The little of a pdfplumber Page that its TableFinder reads for ruled tables."""

    edges: list[dict]
    bbox: BBox


def find_ruled_tables(edges: list[dict], page_bbox: BBox) -> list[GridTable]:
    """pdfplumber's lines strategy on our edges; tables in top-to-bottom order."""
    if len(edges) < 4:
        return []
    tables = TableFinder(EdgePage(edges, page_bbox)).tables  # type: ignore[arg-type]
    return sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))


def without_layout_frames(grids: list[GridTable]) -> list[GridTable]:
    """The page's tables less those that only frame other tables: a grid holding other grids that
    cover at least 30% of it ("มาตรการที่ ๑ | <name> + its activities' table"). Its own text is then
    read as paragraphs, between the tables it holds, as the Word reader gives it."""
    def area(b: BBox) -> float:
        return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])

    def inside(inner: BBox, outer: BBox) -> bool:
        return inner[0] >= outer[0] - 1 and inner[1] >= outer[1] - 1 and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1

    frames = set()
    for k, outer in enumerate(grids):
        held = [g for j, g in enumerate(grids) if j != k and inside(g.bbox, outer.bbox) and area(g.bbox) < area(outer.bbox)]
        if held and sum(area(g.bbox) for g in held) >= 0.3 * area(outer.bbox):
            frames.add(k)
    return [g for k, g in enumerate(grids) if k not in frames] if frames else grids


def assign_glyphs(glyphs: Sequence[Glyph], grids: Sequence[GridTable]) -> tuple[list[Glyph], list[dict[int, list[Glyph]]]]:
    """Split glyphs into those outside tables and, per table, those of each cell.

    Base chars go by the centre of their box; a mark follows its base char,
    so a tone mark whose box pokes over a cell border stays on its word.
    """
    if not grids:
        return list(glyphs), []
    outside: list[Glyph] = []
    per_table: list[dict[int, list[Glyph]]] = [dict() for _ in grids]
    places = glyph_cells(glyphs, grids)
    last: tuple[int, int] | None = None  # (table, cell) of the last base glyph, or None
    for g, place in zip(glyphs, places):
        if g.is_mark and g.prev_index >= 0:
            place = last
        else:
            last = place
        if place is None:
            outside.append(g)
        else:
            per_table[place[0]].setdefault(place[1], []).append(g)
    return outside, per_table


def glyph_cells(glyphs: Sequence[Glyph], grids: Sequence[GridTable]) -> list[tuple[int, int] | None]:
    """(table, cell) of each glyph's box centre, None outside every table:
    the first table whose box holds it (within 0.5 pt), then the cell that
    holds it, or else the nearest cell (grids may have small holes).
    Computed as arrays: a page has thousands of glyphs, a table hundreds of cells."""
    if not glyphs:
        return []
    geometry = np.fromiter(itertools.chain.from_iterable(map(_BOX, glyphs)), dtype=np.float64,
                           count=4 * len(glyphs)).reshape(-1, 4)
    cx = (geometry[:, 0] + geometry[:, 2]) / 2
    cy = (geometry[:, 1] + geometry[:, 3]) / 2
    table_of = np.full(len(glyphs), -1)
    cell_of = np.zeros(len(glyphs), dtype=np.int64)
    for t, grid in enumerate(grids):
        x0, top, x1, bottom = grid.bbox
        inside = (table_of < 0) & (x0 - 0.5 <= cx) & (cx <= x1 + 0.5) & (top - 0.5 <= cy) & (cy <= bottom + 0.5)
        rows = np.flatnonzero(inside)
        if not len(rows):
            continue
        cells = np.array([tuple(c) for c in grid.cells], dtype=np.float64)
        px, py = cx[rows, None], cy[rows, None]
        holds = (cells[:, 0] <= px) & (px <= cells[:, 2]) & (cells[:, 1] <= py) & (py <= cells[:, 3])
        dx = np.maximum(np.maximum(cells[:, 0] - px, 0.0), px - cells[:, 2])
        dy = np.maximum(np.maximum(cells[:, 1] - py, 0.0), py - cells[:, 3])
        nearest = np.argmin(dx * dx + dy * dy, axis=1)
        table_of[rows] = t
        cell_of[rows] = np.where(holds.any(axis=1), holds.argmax(axis=1), nearest)
    return [(t, c) if t >= 0 else None for t, c in zip(table_of.tolist(), cell_of.tolist())]


def cell_text(glyphs: Sequence[Glyph], cell: BBox | None = None,
              spacing: dict[tuple[int, int], float] | None = None) -> str:
    """A cell's text: its paragraphs (see `cell_paragraphs`) one a line,
    each paragraph's wrapped lines joined."""
    lines = split_lines(glyphs)
    if cell is None:
        return lines_text(lines)
    return cell_lines_text(lines, cell, spacing or {})


def cell_lines_text(lines: Sequence[Sequence[Glyph]], cell: BBox, spacing: dict[tuple[int, int], float]) -> str:
    """`cell_text` of a cell already split into lines."""
    return "\n".join(t for t in (lines_text(group) for group in cell_paragraphs(lines, cell, spacing)) if t)


NO_LINE_START = frozenset("ๆฯ)]}.,;:!?%ะาำๅ")
CELL_PADDING = 5.5  # points: Word's default left/right cell margin (0.08 in = 5.76 pt; LibreOffice 0.19 cm)


def cell_paragraphs(lines: Sequence[Sequence[Glyph]], cell: BBox,
                    spacing: dict[tuple[int, int], float]) -> list[list[Sequence[Glyph]]]:
    """Group a cell's lines into the paragraphs the author typed: the rule
    of `paragraphs`, with the cell's text area (its box less the padding)
    as the line width. A line ends its paragraph when the next line's first
    word would have fitted after it (a hard break: Enter, not a wrap), when
    the next line opens with a list marker, or when paragraph spacing
    separates them (`spacing`: the usual line pitch per font, page-wide)."""
    if len(lines) < 2:
        return [list(lines)] if lines else []
    boxes = [lines_bbox([line]) for line in lines]
    baselines = [line_baseline(line) for line in lines]
    fonts = [line_font(line) for line in lines]
    left_gap = min(b[0] for b in boxes) - cell[0]
    padding = left_gap if 1.0 <= left_gap <= 8.0 else CELL_PADDING
    # the room a line left unused, however the cell aligns its text
    width = max(cell[2] - cell[0] - 2 * padding, max(b[2] - b[0] for b in boxes))
    groups: list[list[Sequence[Glyph]]] = [[lines[0]]]
    for k in range(1, len(lines)):
        line, em = lines[k], float(fonts[k][1] or 1)
        pitch = baselines[k] - baselines[k - 1]
        usual = max(spacing.get(fonts[k], 0.0), spacing.get(fonts[k - 1], 0.0)) or pitch
        spaced = pitch > usual + 0.25 * em
        shortfall = width - (boxes[k - 1][2] - boxes[k - 1][0])
        if LIST_MARKER.fullmatch(line_text(lines[k - 1]).strip()) or line[0].text in NO_LINE_START:
            # "๓)" alone: its item goes on; "ๆ", ")" or "," cannot open a paragraph
            groups[-1].append(line)
        elif (
            spaced
            or shortfall > list_marker_width(line) + 0.3 * em
            or (shortfall > 0.5 * em and parallel_start(line_text(groups[-1][0]), line_text(line)))
            or (shortfall > 0.5 * em
                and shortfall > line[0].x1 - line[0].x0 + word_space(line, em) + WRAP_SLACK * em  # cheap bound first
                and shortfall > first_unit_width(lines, k, width) + word_space(line, em) + wrap_slack(line) * em)
        ):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def parallel_start(paragraph_start: str, line: str) -> bool:
    """Whether a cell's line starts as its paragraph did, with the same Thai word of three letters or
    more ("งานควบคุมโรค" / "งานบริหารทั่วไป", "กองคลัง" / "กองช่าง"): a list of like items, one a line,
    not one item wrapped (a wrap goes on with the rest of a sentence, not with its first word)."""
    a, b = paragraph_start.strip(), line.strip()
    return len(a) >= 3 and len(b) >= 3 and is_thai(a[0]) and a[:3] == b[:3] and a != b


def first_chunk(line: Sequence[Glyph]) -> list[Glyph]:
    """The line's glyphs up to its first written space (or a wide gap)."""
    chunk: list[Glyph] = [line[0]]
    right = line[0].x1  # the chunk's right end so far
    for prev, g in zip(line, line[1:]):
        if not g.is_mark and (g.spaces > 0 or g.x0 - right > 0.5 * max(prev.size, g.size)):
            break
        chunk.append(g)
        right = max(right, g.x1)
    return chunk


def wrap_slack(line: Sequence[Glyph]) -> float:
    """Ems of doubt in where a layout engine could have broken before this line's first unit
    (`first_unit_width`): WRAP_SLACK when the unit is pythainlp's first word of a longer Thai run
    (line breakers segment Thai differently); little when the unit cannot be broken, being one
    whole Thai word followed by a written space ("รอง ผกก.ป.") or a chunk with no Thai word
    break to choose ("สว.อก.", "ผบ.หมู่(ธุรการ)"): then it alone had to fit above."""
    chunk = first_chunk(line)
    all_thai = all(is_thai(g.text) and not g.text.isdigit() for g in chunk)
    if not all_thai or len(chunk) == 1:
        return 0.25
    if len(chunk) < len(line) and len(thai_words("".join(g.text for g in chunk))) == 1:
        return 0.25
    return WRAP_SLACK


def first_unit_width(lines: Sequence[Sequence[Glyph]], k: int, width: float) -> float:
    """Width of what had to fit at the end of line k-1 for line k to start
    there: the first word of line k (pythainlp's) when its first chunk is
    all Thai letters; else the chunk up to its first space, whole
    (abbreviations and numbers, "สว.อก.สภ.โนนสะอาด", "๒๑๒/๒๕๖๖", are split
    by pythainlp where no line breaker would break them).

    A line that is one fragment of a word too long for the cell (one or two
    letters, or a chunk filling the line: the layout engine broke it where it
    could) counts with the next line's first chunk: "(คำสั่ง" / "ส" /
    "ภ.โนนสะอาด" is one wrapped paragraph.
    """
    line = lines[k]
    chunk = first_chunk(line)
    unit = max(g.x1 for g in chunk) - chunk[0].x0
    if len(chunk) > 1 and all(is_thai(g.text) and not g.text.isdigit() for g in chunk):
        words = thai_words("".join(g.text for g in chunk))
        n = len(words[0])
        if sum(1 for c in words[0] if not is_mark(c)) <= 2:  # a syllable ("วา" of "เขวา"): too short to trust
            n += len(words[1]) if len(words) > 1 else 0
        word = chunk[: max(n, 1)]
        unit = max(g.x1 for g in word) - word[0].x0
    if len(chunk) == len(line) and k + 1 < len(lines):
        bases = sum(1 for g in line if not g.is_mark)
        em = max(g.size for g in line)
        if bases <= 2 or unit >= width - em:
            following = first_chunk(lines[k + 1])
            unit += max(g.x1 for g in following) - following[0].x0
    return unit


def grid_rows(grid: GridTable, texts: dict[BBox, Any], empty: Any = "") -> tuple[list[list[Any]], list[float]]:
    """Rows of cell strings (or of any value per cell: a scan's cell confidences), merged
    cells counted once; and the grid's x positions.

    pdfplumber leaves None where a merged cell covers a grid position: one
    covered by a cell to its left is dropped (horizontal merge), one covered
    from above becomes `empty` ("": vertical merge), as in Word tables.
    """
    xs = sorted({c[0] for c in grid.cells})
    rows: list[list[Any]] = []
    for row in grid.rows:
        out: list[Any] = []
        left: BBox | None = None
        for x, cell in zip(xs, row.cells):
            if cell is not None:
                out.append(texts.get(tuple(cell), empty))
                left = tuple(cell)
            elif left is not None and left[2] > x + 1.0:
                continue
            else:
                out.append(empty)
        rows.append(out)
    right = max(c[2] for c in grid.cells)
    return rows, xs + [right]


def table_block(page_no: int, grid: GridTable, cell_lines: dict[int, list[list[Glyph]]],
                spacing: dict[tuple[int, int], float] | None = None, fills: Sequence[BBox] = ()) -> PageBlock:
    """A ruled table from its cells' lines (a one-cell grid is a framed paragraph); its cells
    shaded by the page's visible `fills`."""
    texts = {tuple(grid.cells[i]): cell_lines_text(lines, tuple(grid.cells[i]), spacing or {})
             for i, lines in cell_lines.items()}
    rows, xs = grid_rows(grid, texts)
    x0, top, x1, bottom = grid.bbox
    if len(rows) == 1 and len(rows[0]) == 1:  # a framed box, not a table
        return PageBlock("paragraph", page_no, top, bottom, text=rows[0][0])
    shaded, _ = grid_rows(grid, shaded_cells(grid, fills), empty=False)
    heights = [row.bbox[3] - row.bbox[1] for row in grid.rows]
    return PageBlock("table", page_no, top, bottom, rows=rows, col_xs=xs, row_heights=heights,
                     last_page=page_no, last_bottom=bottom, last_col_xs=xs, shaded=shaded)


SHADED_SHARE = 0.6  # a cell is shaded when visible fills cover at least this share of its box


def shaded_cells(grid: GridTable, fills: Sequence[BBox]) -> dict[BBox, bool]:
    """The grid's cells (boxes) covered by visible fills for the most part (`SHADED_SHARE`),
    each True. Computed as arrays: a table has hundreds of cells."""
    x0, top, x1, bottom = grid.bbox
    near = [f for f in fills if f[0] < x1 and f[2] > x0 and f[1] < bottom and f[3] > top]
    if not near:
        return {}
    cells = np.array([tuple(c) for c in grid.cells], dtype=np.float64)[:, None, :]
    boxes = np.array(near, dtype=np.float64)[None, :, :]
    width = np.clip(np.minimum(cells[..., 2], boxes[..., 2]) - np.maximum(cells[..., 0], boxes[..., 0]), 0, None)
    height = np.clip(np.minimum(cells[..., 3], boxes[..., 3]) - np.maximum(cells[..., 1], boxes[..., 1]), 0, None)
    area = (cells[:, 0, 2] - cells[:, 0, 0]) * (cells[:, 0, 3] - cells[:, 0, 1])
    covered = (width * height).sum(axis=1) >= SHADED_SHARE * area
    return {tuple(grid.cells[i]): True for i in np.flatnonzero(covered & (area > 0))}


# ---------------------------------------------------------------------------
# Paragraphs


WRAP_SLACK = 1  # ems: Thai line breakers segment words differently from pythainlp
# "- ", "•", "1.", "๑)", "(๑)", "ก.", "1.2 " open a list item or numbered
# paragraph; "(๗๙.๔๑" or "84.99" (a number that wrapped) do not, nor "พ.ศ." or "ป.ป.ช." (abbreviations).
LIST_MARKER = re.compile(
    r"^([-•●○▪■□✓*]|[0-9๐-๙]{1,3}[.)](?![0-9๐-๙])|\([0-9๐-๙]{1,3}\)|\(?[ก-ฮ][.)](?![ก-ฮ]{1,2}\.)"
    r"|[0-9๐-๙]\.[0-9๐-๙]{1,2}(\.[0-9๐-๙]{1,2})*\s)"
)


def first_word_width(line: Sequence[Glyph]) -> float:
    """Width of the first word of a line: what would have had to fit at the
    end of the line above for the layout engine to put it there.

    Thai has no spaces between words, so its first word is found with
    pythainlp's dictionary segmenter.
    """
    chunk: list[Glyph] = [line[0]]
    right = line[0].x1  # the chunk's right end so far
    for prev, g in zip(line, line[1:]):
        if separator(prev, g, right):
            break
        chunk.append(g)
        right = max(right, g.x1)
    if is_thai(chunk[0].text) and len(chunk) > 1:
        n = len(thai_words("".join(g.text for g in chunk))[0])
        chunk = chunk[: max(n, 1)]
    return max(g.x1 for g in chunk) - chunk[0].x0


def list_marker_width(line: Sequence[Glyph]) -> float:
    """Width of the list marker ("1.", "-", "๑)") a line opens with, followed
    by more text; infinite when it opens with none. A marker that would have
    fitted at the end of the line above starts an item; one that did not
    may be a wrapped "- 29 ก.พ." or "๒." inside a run-on paragraph."""
    text = line_text(line)
    match = list_marker_match(text)
    if match is None:
        return float("inf")
    marker_text = match.group(0).rstrip()
    bases = [g for g in line if not g.is_mark]
    n = len(marker_text)
    rest = text[len(marker_text):]
    if rest[:1].strip() and marker_text not in ("-", "•", "●"):
        # glued to its text ("๑.จัดทำ", "*มอบหมาย"): no break after the marker, its first word goes with it
        word = rest.split()[0]
        n += len(thai_words(word)[0]) if is_thai(word[0]) else len(word)
        n -= sum(1 for c in text[:n] if is_mark(c))
    marker = bases[:n] or bases[:1]
    return max(g.x1 for g in marker) - line[0].x0


def list_marker_match(text: str) -> re.Match | None:
    """LIST_MARKER, inside a cell: followed by more text; not "- 29 ก.พ."
    (a wrapped date range), nor a Thai letter with a dot glued to more text
    ("ก.ค. 67", "พ.ต.อ.": abbreviations)."""
    match = LIST_MARKER.match(text)
    if not match or not text[match.end():].strip() or re.match(r"-\s*[0-9๐-๙]", text):
        return None
    if re.match(r"\(?[ก-ฮ][.)]\S", text):
        return None
    return match


def word_space(line: Sequence[Glyph], em: float) -> float:
    """Room a word needs besides its own width at the end of the line above:
    none for Thai (no spaces between words), a space otherwise."""
    return 0.05 * em if is_thai(line[0].text) else 0.25 * em


@functools.lru_cache(maxsize=4096)
def thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize  # loads a dictionary: only when needed

    return [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w] or [text]


@kept_on_line("baseline")
def line_baseline(line: Sequence[Glyph]) -> float:
    bases = sorted([g.baseline for g in line if not g.is_mark] or [g.baseline for g in line])
    half = len(bases) // 2
    return bases[half] if len(bases) % 2 else (bases[half - 1] + bases[half]) / 2  # statistics.median


@kept_on_line("font")
def line_font(line: Sequence[Glyph]) -> tuple[int, int]:
    """(font, rounded size) most of the line's base chars are set in."""
    counts: dict[tuple[int, int], int] = {}
    for g in line:
        if not g.is_mark:
            key = (g.font, round(g.size))
            counts[key] = counts.get(key, 0) + 1
    # max() keeps the first of equals, as Counter.most_common does
    return max(counts, key=counts.__getitem__) if counts else (0, round(line[0].size))


def paragraphs(lines: Sequence[Sequence[Glyph]]) -> list[list[Sequence[Glyph]]]:
    """Group text lines into paragraphs.

    A line starts a paragraph when it opens with a list marker; when the
    baseline distance above it exceeds the page's line spacing for its font
    and the font above (the smallest distance between two lines in one font
    and size) by a quarter em, i.e. there is paragraph spacing; or when its first word would have fitted at the end of
    the line above (so that line did not wrap: it ended its paragraph).
    """
    if not lines:
        return []
    boxes = [lines_bbox([line]) for line in lines]
    baselines = [line_baseline(line) for line in lines]
    fonts = [line_font(line) for line in lines]
    spacing = line_spacing(baselines, fonts)
    right_edges = column_right_edges(boxes)
    groups: list[list[Sequence[Glyph]]] = [[lines[0]]]
    for k in range(1, len(lines)):
        line, em = lines[k], float(fonts[k][1] or 1)
        pitch = baselines[k] - baselines[k - 1]
        usual = max(spacing.get(fonts[k], 0.0), spacing.get(fonts[k - 1], 0.0)) or pitch
        spaced = pitch < 0.5 * em or (pitch > usual + 0.25 * em and right_edges[k] == right_edges[k - 1])
        shortfall = right_edges[k - 1] - boxes[k - 1][2]
        text = line_text(line)
        if (
            spaced
            or (LIST_MARKER.match(text) and not closes_open_bracket(groups[-1], text))
            or (shortfall > 0.5 * em and shortfall > first_word_width(line) + word_space(line, em) + WRAP_SLACK * em)
        ):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def closes_open_bracket(group: Sequence[Sequence[Glyph]], text: str) -> bool:
    """Whether a line opening with "๗)" closes a bracket its paragraph left open ("... (ตัวชี้วัดที่" /
    "๗) ภายในเดือนธันวาคม ๒๕๖๘"): the number wrapped, it opens no list item."""
    if not re.match(r"^[0-9๐-๙]{1,3}\)", text):
        return False
    return open_brackets("".join(line_text(line) for line in group)) > 0


MIN_COLUMN_LINES = 6


def column_right_edges(boxes: Sequence[BBox]) -> list[float]:
    """The right edge each line is measured against to tell a wrap from a paragraph's end: the
    text's right edge, or, on a page set in two columns (a newsletter), its column's.

    Two columns: lines narrower than 60% of the text width fall into a left and a right set
    apart by a gutter no narrow line crosses, each set at least MIN_COLUMN_LINES lines and most
    of them (two in five: first lines and bullets are indented) starting at one left edge
    (text columns are left-aligned; centred signature blocks side by side are not). Wider lines keep the text's edge."""
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    edges = [right] * len(boxes)
    width = right - left
    narrow = [k for k, b in enumerate(boxes) if b[2] - b[0] < 0.6 * width]
    if len(narrow) < 2 * MIN_COLUMN_LINES or width <= 0:
        return edges
    gutter = gutter_x([(boxes[k][0], boxes[k][2]) for k in narrow], left + 0.3 * width, left + 0.7 * width)
    if gutter is None:
        return edges
    lefts = [k for k in narrow if boxes[k][2] <= gutter]
    rights = [k for k in narrow if boxes[k][0] > gutter]
    if len(lefts) < MIN_COLUMN_LINES or len(rights) < MIN_COLUMN_LINES:
        return edges
    for side in (lefts, rights):
        starts = sorted(round(boxes[k][0]) for k in side)
        aligned = max(sum(1 for x in starts if abs(x - s) <= 1) for s in starts)
        side_width = max(boxes[k][2] for k in side) - starts[0]
        if aligned < 0.4 * len(side) or starts[-1] - starts[0] > 0.2 * side_width:
            return edges
    for side in (lefts, rights):
        side_right = max(boxes[k][2] for k in side)
        for k in side:
            edges[k] = side_right
    return edges


def gutter_x(spans: Sequence[tuple[float, float]], low: float, high: float) -> float | None:
    """The x between low and high that the fewest spans cross (the middle of the widest such
    run), if at most a tenth of them cross it (a centred heading over both columns may); else None."""
    best: tuple[int, float] | None = None
    run: list[float] = []
    runs: list[tuple[int, float, float]] = []  # (crossings, width, middle)
    x, step = low, 2.0
    while x <= high:
        crossing = sum(1 for x0, x1 in spans if x0 < x < x1)
        if best is None or crossing < best[0]:
            best, run, runs = (crossing, x), [x], []
        elif crossing == best[0]:
            run.append(x)
        if crossing != best[0] or x + step > high:
            if run:
                runs.append((best[0], run[-1] - run[0], (run[0] + run[-1]) / 2))
            run = []
        x += step
    if best is None or best[0] > 0.1 * len(spans) or not runs:
        return None
    return max(r for r in runs if r[0] == best[0])[2]


def line_spacing(baselines: Sequence[float], fonts: Sequence[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """Smallest baseline-to-baseline distance between consecutive lines set in
    the same font and size: the line spacing inside a paragraph."""
    spacing: dict[tuple[int, int], float] = {}
    for k in range(1, len(baselines)):
        pitch = baselines[k] - baselines[k - 1]
        if fonts[k] == fonts[k - 1] and pitch >= 0.8 * fonts[k][1]:
            spacing[fonts[k]] = min(spacing.get(fonts[k], pitch), pitch)
    return spacing


def page_blocks(page_no: int, glyphs: Sequence[Glyph], grids: Sequence[GridTable],
                page_lines: list[list[Glyph]] | None = None, fills: Sequence[BBox] = ()) -> list[PageBlock]:
    """Paragraphs and tables of one page, tables placed by vertical position.
    `page_lines`: split_lines(glyphs), when the caller has it already; `fills`: the boxes
    of the page's visibly filled paths (cell shading)."""
    outside, per_table = assign_glyphs(glyphs, grids)
    outside_lines = page_lines if page_lines is not None and len(outside) == len(glyphs) else split_lines(outside)
    groups = [(group, lines_bbox(group)) for group in paragraphs(outside_lines)]
    left = min((box[0] for _, box in groups), default=0.0)  # the text's edges: all its lines are in groups
    right = max((box[2] for _, box in groups), default=0.0)
    paras = []
    for group, box in groups:
        em = float(line_font(group[-1])[1] or 1)
        first_box = lines_bbox([group[0]])
        paras.append(PageBlock(
            "paragraph", page_no, box[1], box[3], text=lines_text(group),
            font_size=float(line_font(group[0])[1]) or None,
            runs_on=runs_on_line(group, left, right, em),
            flush_start=first_box[0] - left <= 0.5 * em and not OPENS_BLOCK.match(line_text(group[0]))))
    per_table_lines = [{i: split_lines(gs) for i, gs in cells.items()} for cells in per_table]
    spacing = cell_line_spacing(per_table_lines)
    tables = [table_block(page_no, grid, cells, spacing, fills) for grid, cells in zip(grids, per_table_lines)]
    return interleave(paras, tables)


# a word no Thai sentence ends on: a line that ends with it goes on, however short
# (only words no longer word ends with: not ที่ พื้นที่, การ ราชการ, ตาม ติดตาม, ใน ภายใน, กับ กำกับ)
ENDS_ON_A_LINKING_WORD = re.compile(r"(?:และ|หรือ|ซึ่ง|โดย|เพื่อ|แก่|จาก)$")

# a list item or a signature block opens its own paragraph, wherever it starts
OPENS_BLOCK = re.compile(LIST_MARKER.pattern + r"|\s*\(?\s*ลงชื่อ")


def runs_on_line(group: Sequence[Sequence[Glyph]], left: float, right: float, em: float) -> bool:
    """Whether a paragraph's last line is full, so the paragraph may go on at the next page's
    top: it reaches the right edge of the text, from the left edge (the first line of a
    paragraph from its indent, up to 6 em); a one-line list item filled by a tab stop
    ("๕. นายวิทยา ศรีทอง ... คณะทำงานและเลขานุการ") is no wrap."""
    first, last = lines_bbox([group[0]]), lines_bbox([group[-1]])
    if right - last[2] > 0.5 * em and not (
            right - last[2] <= 4.0 * em and ENDS_ON_A_LINKING_WORD.search(line_text(group[-1]))):
        return False  # a line without spaces cannot be stretched to the edge: "...การดำเนินงานและ" still goes on
    if len(group) == 1:
        return first[0] - left <= 6.0 * em and not LIST_MARKER.match(line_text(group[0]))
    return last[0] - left <= 0.5 * em


def cell_line_spacing(per_table: Sequence[dict[int, list[list[Glyph]]]]) -> dict[tuple[int, int], float]:
    """Line spacing inside the page's table cells (their lines), per font (see `line_spacing`)."""
    spacing: dict[tuple[int, int], float] = {}
    for cells in per_table:
        for lines in cells.values():
            found = line_spacing([line_baseline(line) for line in lines], [line_font(line) for line in lines])
            for font, pitch in found.items():
                spacing[font] = min(spacing.get(font, pitch), pitch)
    return spacing


def interleave(paras: list[PageBlock], tables: list[PageBlock]) -> list[PageBlock]:
    """Keep paragraphs in PDFium's order; put each table before the first
    paragraph that starts below its top."""
    out: list[PageBlock] = []
    pending = sorted(tables, key=lambda t: t.top)
    for p in paras:
        while pending and pending[0].top <= p.top:
            out.append(pending.pop(0))
        out.append(p)
    return out + pending


# ---------------------------------------------------------------------------
# Tables over page breaks

PAGE_NUMBER = re.compile(r"^[\s\-–—(]*(หน้า|page)?\s*[0-9๐-๙]+(\s*(/|จาก|of)\s*[0-9๐-๙]+)?[\s\-–—)]*$", re.I)


def is_page_furniture(block: PageBlock, page_height: float) -> bool:
    """Page numbers and running header/footer lines, which sit between a
    table's part on one page and its rest on the next."""
    if block.kind != "paragraph":
        return False
    in_margin = block.bottom < 0.08 * page_height or block.top > 0.92 * page_height
    return in_margin or bool(PAGE_NUMBER.match(block.text))


def same_columns(a: Sequence[float], b: Sequence[float], page_width: float) -> bool:
    """Same column grid; or, for tables whose rows have different cell
    counts (the grid of one page's part then differs from the next's), the
    same left and right edges."""
    tolerance = max(3.0, 0.02 * page_width)
    if len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b)):
        return True
    return abs(a[0] - b[0]) <= tolerance and abs(a[-1] - b[-1]) <= tolerance


def normalized_row(row: Sequence[str]) -> tuple[str, ...]:
    return tuple(re.sub(r"\s+", "", c) for c in row)


def repeated_header_rows(head: list[list[str]], rows: list[list[str]], most: int = 3) -> int:
    """How many leading rows of `rows` repeat the table's first rows."""
    for k in range(min(most, len(head), len(rows) - 1), 0, -1):
        wanted = [normalized_row(r) for r in head[:k]]
        if any("".join(r) for r in wanted) and [normalized_row(r) for r in rows[:k]] == wanted:
            return k
    return 0


def continues_row(row: Sequence[str]) -> bool:
    """The rest of a row cut by a page break, as far as its cells tell.

    Its leading cell is empty (finished on the page before) and so is at
    least one more: in a cut row only the cells that did not fit go on. A
    row whose only empty cell is the first is a new row under a vertically
    merged cell. (Two-column tables cannot tell; taken as cut.)
    """
    if not row or row[0].strip() or not any(c.strip() for c in row[1:]):
        return False
    empty = sum(1 for c in row if not c.strip())
    return empty >= 2 or len(row) <= 2


def marked_cells(row: list[str], shaded: list[bool]) -> list[str]:
    """A row's cells, an empty shaded cell as a mark ("■"): a Gantt row's shaded months are its
    content as much as text (the rest of a cut row is shaded only where the row was)."""
    return [c if c.strip() or k >= len(shaded) or not shaded[k] else "■" for k, c in enumerate(row)]


def continues_cut_cells(row: Sequence[str], above: Sequence[str]) -> bool:
    """The rest of a cut row, told by its cells when its first cell goes on
    too ("นางนงลักษณ์ พรหม" / "วงศ์", "", ""): at least half its cells are
    empty, and every one of its non-empty cells continues a non-empty cell
    of the row above (only the cells that did not fit go on)."""
    if len(row) != len(above) or len(row) < 2:
        return False
    filled = [i for i, c in enumerate(row) if c.strip()]
    return bool(filled) and 2 * (len(row) - len(filled)) >= len(row) and all(above[i].strip() for i in filled)


def closes_cut_bracket(row: Sequence[str], above: Sequence[str]) -> bool:
    """The rest of a cut row told by a bracket: its leading cell is empty and one of its cells closes
    a bracket the cell above left open ("... (ตัวชี้วัด" / "ที่ ๔)")."""
    if len(row) != len(above) or not row or row[0].strip():
        return False
    return any(open_brackets(a) > 0 and open_brackets(b) < 0 for a, b in zip(above, row))


def append_rows(table: PageBlock, part: PageBlock, row_was_split: bool, cut_at_bottom: bool = False) -> None:
    """Add a continuation's rows to the table: a repeated header is dropped,
    and a first row with empty leading cells is the rest of the table's last
    row when that row was cut by the page break (never the table's first row:
    a header row is not split; an empty leading cell below it is a merged
    cell). When the first part ends right at the bottom of the text area
    (`cut_at_bottom`), a first row with mostly empty cells whose text
    continues the last row's is its rest too (`continues_cut_cells`)."""
    repeated = repeated_header_rows(table.rows, part.rows)
    rows = part.rows[repeated:]
    scanned = bool(table.cell_confidence or part.cell_confidence)
    confs = confidence_grid(part)[repeated:]
    if scanned:
        table.cell_confidence = confidence_grid(table)
    shading = bool(table.shaded or part.shaded)
    shades = shading_grid(part)[repeated:]
    if shading:
        table.shaded = shading_grid(table)
    if (
        row_was_split and rows and len(table.rows) > 1
        and len(rows[0]) == len(table.rows[-1])
        and (continues_row(rows[0]) or (cut_at_bottom and continues_cut_cells(
            marked_cells(rows[0], shades[0]), marked_cells(table.rows[-1], shading_grid(table)[-1])))
             or (cut_at_bottom and closes_cut_bracket(rows[0], table.rows[-1])))
    ):
        table.rows[-1] = [join_wrapped([a, b]) for a, b in zip(table.rows[-1], rows[0])]
        rows = rows[1:]
        if scanned:
            table.cell_confidence[-1] = [least_sure(a, b) for a, b in zip(table.cell_confidence[-1], confs[0])]
        if shading:
            table.shaded[-1] = [a or b for a, b in zip(table.shaded[-1], shades[0])]
        confs, shades = confs[1:], shades[1:]
    table.rows.extend(rows)
    if scanned:
        table.cell_confidence.extend(confs)
    if shading:
        table.shaded.extend(shades)
    table.last_page = part.page_no
    table.last_bottom = part.bottom
    table.last_col_xs = part.col_xs


def confidence_grid(block: PageBlock) -> list[list[float | None]]:
    """A table block's cell confidences aligned with its rows: None for each cell of a native table."""
    return block.cell_confidence or [[None] * len(row) for row in block.rows]


def shading_grid(block: PageBlock) -> list[list[bool]]:
    """A table block's shading aligned with its rows: no cell shaded where not known (a scan)."""
    return block.shaded or [[False] * len(row) for row in block.rows]


def least_sure(a: float | None, b: float | None) -> float | None:
    """The lower of two confidences, None (native text) counting as no confidence at all."""
    known = [c for c in (a, b) if c is not None]
    return min(known) if known else None


def first_row_fits(table: PageBlock, part: PageBlock, body_bottom: float) -> bool:
    """Whether the next part's first row (after a repeated header) would have
    fitted below the table on the page before: then the layout engine would
    have put it there, and the next part is another table."""
    k = repeated_header_rows(table.rows, part.rows)
    if k >= len(part.row_heights):
        return False
    return table.last_bottom + part.row_heights[k] <= body_bottom - 5.0


def body_bottoms(layouts: Sequence[PageLayout]) -> dict[tuple[int, int], float]:
    """Lowest content (page furniture aside) per page size: where the text
    area ends, as far as the document shows."""
    bottoms: dict[tuple[int, int], float] = {}
    for lay in layouts:
        key = (round(lay.width), round(lay.height))
        for b in lay.blocks:
            if not is_page_furniture(b, lay.height):
                bottoms[key] = max(bottoms.get(key, 0.0), b.bottom)
    return bottoms


def merge_continued_tables(layouts: Sequence[PageLayout]) -> list[PageBlock]:
    """All pages' blocks, a table's continuation on the next page merged into it.

    The next page's first table continues the previous page's last table when
    nothing but page furniture lies between them, it starts in the upper part
    of its page, both have the same columns (or edges), and its first row
    would not have fitted below the first part. (The first part may end well
    above the page bottom: a row too tall to fit leaves the rest blank.)
    A row is taken as cut by the page break only when the first part reaches
    the bottom of the text area.

    Likewise a paragraph goes on at the next page's top when its last line is
    full and the next page's first paragraph starts at the left edge of the text
    without a list marker (a new paragraph is indented, numbered or spaced off).
    """
    bottoms = body_bottoms(layouts)
    out: list[PageBlock] = []
    open_table: PageBlock | None = None  # last content of the previous page, if a table
    open_paragraph: PageBlock | None = None  # last content of the previous page, if a paragraph
    prev: PageLayout | None = None
    for lay in layouts:
        content = [b for b in lay.blocks if not is_page_furniture(b, lay.height)]
        first = content[0] if content else None
        merged: PageBlock | None = None
        body_bottom = bottoms.get((round(prev.width), round(prev.height)), 0.0) if prev else 0.0
        if (
            open_table is not None and prev is not None and first is not None
            and first.kind == "table"
            and first.top < 0.3 * lay.height
            and same_columns(open_table.last_col_xs, first.col_xs, lay.width)
            and not first_row_fits(open_table, first, body_bottom)
        ):
            row_was_split = open_table.last_bottom >= body_bottom - 0.06 * prev.height
            cut_at_bottom = open_table.last_bottom >= body_bottom - 0.015 * prev.height
            append_rows(open_table, first, row_was_split, cut_at_bottom)
            merged = first
        if (merged is None and first is not None and first.kind == "paragraph" and first.flush_start
                and open_paragraph is not None and open_paragraph.runs_on):
            # a paragraph going on from the page before: "... ตัวชี้วัดที่ ๘ การปรับปรุงระบบ" / "การทำงาน ได้ ๘๖.๐๐"
            open_paragraph.text = join_wrapped([open_paragraph.text, first.text])
            open_paragraph.runs_on = first.runs_on
            merged = first
        out.extend(b for b in lay.blocks if b is not merged)
        last = content[-1] if content else None
        if last is None or last.kind != "paragraph":
            open_paragraph = None
        elif last is not merged:
            open_paragraph = last  # (a page that only went on with the paragraph keeps it open)
        if last is not None and last is not merged:
            open_table = last if last.kind == "table" else None
        elif last is None:
            open_table = None
        prev = lay
    return out


def blocks_in_reading_order(page_blocks_: Sequence[PageBlock]) -> list[Block]:
    blocks: list[Block] = []
    for b in page_blocks_:
        if b.kind == "table":
            table = Table(rows=b.rows, first_page=b.page_no, last_page=b.last_page or b.page_no,
                          cell_confidence=b.cell_confidence or None, shaded=b.shaded or None)
            blocks.append(Block(kind="table", page=b.page_no, table=table))
        elif b.text:
            blocks.append(Block(kind="paragraph", page=b.page_no, text=b.text, font_size=b.font_size))
    return blocks
