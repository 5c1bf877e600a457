"""What an extractor hands to the rest of the pipeline.

Extractors turn a file into faithful text: the pages a reader sees and the
body in reading order (paragraphs and tables interleaved). They do not
interpret it; `records/` reads facts out of these objects and `normalizers/`
canonicalise strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TextSource = Literal["native", "ocr"]
# x0, y0, x1, y1 in PDF points (1/72 inch) from the page's top left: the same at any dpi
PointBox = tuple[float, float, float, float]


@dataclass
class Table:
    """A table as a grid of cell strings, merged cells counted once.

    `rows[0]` is the first row as printed (often the header). A table that
    continued over several PDF pages is already merged into one.
    """

    rows: list[list[str]]
    first_page: int | None = None  # 1-based PDF page; None for Word
    last_page: int | None = None
    # a table read from a scan: how surely OCR read each cell, 0-1 (aligned with rows; None for a
    # cell of no known confidence); None for a table of native text
    cell_confidence: list[list[float | None]] | None = None
    # which cells have a visible (non-white) background fill, aligned with rows: a Gantt plan marks
    # the months an activity runs by shading alone; None when not known (a scan)
    shaded: list[list[bool]] | None = None

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


# a fill whose red, green and blue are all at least this (0-255) is near white: no shading a reader sees
NEAR_WHITE = 0xEB


def is_visible_fill(red: float, green: float, blue: float) -> bool:
    """Whether a cell background of this colour (0-255 channels) shows as shading."""
    return min(red, green, blue) < NEAR_WHITE


@dataclass
class Block:
    """One unit of the body in reading order: a paragraph or a table."""

    kind: Literal["paragraph", "table"]
    page: int | None = None  # 1-based PDF page; None for Word
    text: str = ""  # paragraph text ("" for tables)
    table: Table | None = None
    style: str | None = None  # e.g. Word style name ("Heading 1"), if known
    font_size: float | None = None  # PDF: size (pt) most of the paragraph's first line is set in


@dataclass(frozen=True)
class NumberReading:
    """A number OCR read on a page, as it stands in the page's text, and how sure it is.

    `confidence` is 0-1: the Thai-digit reader's probability of its least sure
    digit (or Tesseract's, where the reader did not read it). `tesseract` is
    what Tesseract alone read there, kept for review. `page` and `box` say where
    it was read: so that a value a cross-check doubts can be read again from
    the source PDF at a higher resolution (`extractors.ocr.reread_numbers_in_pdf`).
    """

    text: str
    confidence: float
    tesseract: str
    page: int | None = None  # 1-based PDF page
    box: PointBox | None = None  # the region the digit reader read; None when unknown (cli engine)


@dataclass
class Page:
    page_no: int  # 1-based
    text: str
    text_source: TextSource = "native"
    numbers: list[NumberReading] = field(default_factory=list)  # OCR pages: every number read, with confidence
    confidence: float | None = None  # OCR pages: how surely the text was read, 0-1 (None: not known)


@dataclass
class ExtractedDocument:
    format: Literal["pdf", "docx", "doc"]
    page_count: int | None  # PDF pages; None for Word
    pages: list[Page]
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.kind == "table" and b.table is not None]

    @property
    def text_source(self) -> str:
        """native, ocr or mixed, from the pages."""
        sources = {p.text_source for p in self.pages}
        if sources == {"ocr"}:
            return "ocr"
        if "ocr" in sources:
            return "mixed"
        return "native"
