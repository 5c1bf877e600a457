"""Ruled tables of scanned pages, as the native PDF extractor gives them.

A scan has no table objects: its tables are ink. The rules are found in the
page image (long straight ink runs, as `ocr_image` finds them to whiten them
before recognition), straightened (scans are skewed by up to a degree or two,
and a rule skewed by half a degree drifts 12 pixels across a page at 200
dpi, more than the tolerance that joins rules into a grid), and handed to
the same ruled-table finder the native extractor uses (pdfplumber's lines
strategy, `extractors.pdf.find_ruled_tables`) as edges in points. Merged
cells come out as they do there: a cell is a region bounded by rules.

Each cell's text is the page text Tesseract read inside it: every character
of the page's OCR text has the box of the symbol it came from, and goes to
the cell its box's centre falls in (so a line Tesseract read across a column
rule is cut at the rule). This costs no second recognition: reading each
cell image again with Tesseract was measured slower (see README), and the
page read already carries the Thai-digit reader's numbers with their
confidence.

The page's text stays the whole OCR text (as a native page's text holds its
tables' text); its paragraphs are the lines outside the tables.

Each cell also gets how surely it was read (`reading_confidence` of its
characters' confidences: Tesseract's per symbol, the digit reader's for a
re-read number), so that the facts read from it (measures, owners) are stored
with a confidence and flagged for review, never as plain facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from extractors.ocr_image import PageInk, page_ink
from extractors.thai_repair import repair_thai_text
from extractors.wraps import join_wrapped

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels

MAX_SLOPE = 0.035  # 2 degrees: a worse skew is a page fed crooked, not read as a table
EDGE_INCHES = 0.2  # shortest rule piece kept as an edge (a one-line row's column rule)
RULE_THICKNESS_INCHES = 0.04  # a rule is at most 3 pt thick (grown by a pixel either side)
MAX_EDGE_PAIRS = 250_000  # rules across x rules down: a page of tables has a few hundred of each


@dataclass
class ScanGeometry:
    """A page image's ruling lines as pdfplumber edges (points, straightened) and how
    to straighten a point of the image: x' = x + slope (y - cy), y' = y - slope (x - cx)."""

    dpi: int
    width_pt: float
    height_pt: float
    slope: float
    centre: tuple[float, float]
    edges: list[dict] = field(default_factory=list)


def skew_slope(rule_pixels: tuple[np.ndarray, np.ndarray], centre_x: float) -> float:
    """The slope (dy/dx) at which the rule pixels line up best: the shear whose row
    histogram is most peaked (sum of squared counts), searched coarse then fine."""
    ys, xs = rule_pixels
    dx = xs.astype(np.float64) - centre_x

    def peakedness(slope: float) -> float:
        rows = np.rint(ys - slope * dx).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = np.arange(-MAX_SLOPE, MAX_SLOPE + 1e-9, 0.0025)
    best = max(coarse, key=peakedness)
    fine = np.arange(best - 0.0025, best + 0.0025 + 1e-9, 0.0004)
    return float(max(fine, key=peakedness))


def straightened(ink: np.ndarray, slope: float) -> np.ndarray:
    """The ink with the skew taken out (a shear about the centre: first-order rotation)."""
    if abs(slope) < 1e-4:
        return ink
    h, w = ink.shape
    ys, xs = np.nonzero(ink)
    ny = np.rint(ys - slope * (xs - w / 2)).astype(np.int64)
    nx = np.rint(xs + slope * (ys - h / 2)).astype(np.int64)
    keep = (ny >= 0) & (ny < h) & (nx >= 0) & (nx < w)
    out = np.zeros_like(ink)
    out[ny[keep], nx[keep]] = True
    return out


def ink_runs(ink: np.ndarray, min_len: int) -> np.ndarray:
    """Horizontal ink runs at least `min_len` long, as rows of (row, start, end)."""
    rows = np.flatnonzero(ink.sum(axis=1) >= min_len)
    if not len(rows):
        return np.zeros((0, 3), dtype=np.int64)
    band = np.pad(ink[rows].astype(np.int8), ((0, 0), (1, 1)))
    step = np.diff(band, axis=1)
    r_start, c_start = np.nonzero(step == 1)
    _, c_end = np.nonzero(step == -1)
    keep = (c_end - c_start) >= min_len
    return np.stack([rows[r_start[keep]], c_start[keep], c_end[keep]], axis=1)


def thickened(ink: np.ndarray) -> np.ndarray:
    """The ink grown by a pixel up and down: a rule left a pixel off straight (the
    skew is measured to a fraction of a degree, and a printed rule waves a little)
    steps from row to row, and its pieces would each be too short to count."""
    out = ink.copy()
    out[1:] |= ink[:-1]
    out[:-1] |= ink[1:]
    return out


def rule_segments(runs: np.ndarray, max_thickness: int) -> list[tuple[float, int, int]]:
    """Runs merged into rule segments (position, start, end): a rule a few pixels thick
    is a run on each of its rows; runs on adjacent rows that overlap are one rule. A
    block thicker than `max_thickness` (a photo, a black box) is no rule."""
    done: list[list[int]] = []
    open_: list[list[int]] = []  # [first row, last row, start, end], still growing
    for row, start, end in sorted(runs.tolist()):
        still = [seg for seg in open_ if row - seg[1] <= 2]
        done.extend(seg for seg in open_ if row - seg[1] > 2)
        open_ = still
        for seg in open_:
            if start < seg[3] and end > seg[2]:
                seg[1], seg[2], seg[3] = row, min(seg[2], start), max(seg[3], end)
                break
        else:
            open_.append([row, row, start, end])
    return [((a + b) / 2, s, e) for a, b, s, e in done + open_ if b - a <= max_thickness]


def scan_geometry(gray: np.ndarray, dpi: int) -> ScanGeometry | None:
    """`geometry_of_ink` of a grayscale page image."""
    return geometry_of_ink(page_ink(gray, dpi), dpi)


def geometry_of_ink(page: PageInk, dpi: int) -> ScanGeometry | None:
    """The page's rules as edges for the ruled-table finder (none when the page has no
    rule long enough to belong to a table: most text pages), or None for a blank page."""
    ink = page.ink
    if not ink.any():
        return None
    h, w = ink.shape
    k = 72.0 / dpi
    long_rules = page.across
    if long_rules.sum() < 4 * dpi:  # less than a few inches of rule: no table
        return ScanGeometry(dpi, w * k, h * k, 0.0, (w / 2, h / 2))
    slope = skew_slope(np.nonzero(long_rules), w / 2)
    flat = straightened(ink, slope)
    min_len = max(8, round(EDGE_INCHES * dpi))
    thick = max(4, round(RULE_THICKNESS_INCHES * dpi))
    across = rule_segments(ink_runs(thickened(flat), min_len), thick)
    down = rule_segments(ink_runs(thickened(flat.T), min_len), thick)
    if len(across) * len(down) > MAX_EDGE_PAIRS:  # a picture, not a table: the finder would take seconds
        return ScanGeometry(dpi, w * k, h * k, slope, (w / 2, h / 2))
    edges = [_edge("h", x0 * k, x1 * k, y * k, y * k) for y, x0, x1 in across]
    edges += [_edge("v", x * k, x * k, y0 * k, y1 * k) for x, y0, y1 in down]
    return ScanGeometry(dpi, w * k, h * k, slope, (w / 2, h / 2), edges)


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"object_type": "line", "orientation": orientation, "x0": x0, "x1": x1, "top": top,
            "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top}


def straightened_points(geometry: ScanGeometry, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Image pixels to straightened page points (where the edges are)."""
    cx, cy = geometry.centre
    k = 72.0 / geometry.dpi
    return (xs + geometry.slope * (ys - cy)) * k, (ys - geometry.slope * (xs - cx)) * k


# ---------------------------------------------------------------------------
# the page's text into cells and paragraphs


@dataclass
class ScannedTable:
    """A ruled table read from a scan: rows as the native extractor gives them
    (`extractors.pdf.grid_rows`), its extent in points, grid x positions, row heights,
    and how surely each cell was read (aligned with `rows`)."""

    rows: list[list[str]]
    top: float
    bottom: float
    col_xs: list[float]
    row_heights: list[float]
    confidence: list[list[float | None]] = field(default_factory=list)  # of each cell (`reading_confidence`)


@dataclass
class ScannedParagraph:
    text: str
    top: float
    bottom: float


@dataclass
class ScannedLayout:
    tables: list[ScannedTable]
    paragraphs: list[ScannedParagraph]


def text_with_boxes(text: str, spans: list[Any], char_box: dict[int, Box],
                    char_conf: dict[int, float] | None = None) -> tuple[str, list[Box | None], list[float | None]]:
    """The page text with the re-read numbers in place (as `PageRead.finish` writes it), and
    each of its characters' boxes and confidences (0-1 from Tesseract's 0-100 `char_conf`;
    None where it gave none): a re-read number's characters all get the number's box and
    the digit reader's confidence."""
    char_conf = char_conf or {}
    out: list[str] = []
    boxes: list[Box | None] = []
    confs: list[float | None] = []

    def keep_tesseract(a: int, b: int) -> None:
        out.append(text[a:b])
        boxes.extend(char_box.get(i) for i in range(a, b))
        confs.extend(char_conf[i] / 100.0 if i in char_conf else None for i in range(a, b))

    at = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < at:
            continue
        keep_tesseract(at, span.start)
        out.append(span.text)
        boxes.extend([span.box if span.box != (0, 0, 0, 0) else None] * len(span.text))
        confs.extend([span.confidence] * len(span.text))
        at = span.end
    keep_tesseract(at, len(text))
    return "".join(out), boxes, confs


CONFIDENCE_PERCENTILE = 10


def reading_confidence(confs: list[float | None]) -> float | None:
    """How surely a piece of OCR text (a cell, a page) was read, 0-1: the 10th percentile of
    its characters' confidences; None when no character has one (the cli engine).

    Not the mean: one misread character in a long Thai title barely moves it, and the
    misread mark is what makes a name or a date wrong. Not the minimum: a speck or rule
    debris Tesseract read at 20% would mark every cell it touches as unreadable. The
    10th percentile is low when a tenth of the characters were read unsurely."""
    known = [c for c in confs if c is not None]
    if not known:
        return None
    return round(float(np.percentile(known, CONFIDENCE_PERCENTILE)), 4)


def fill_from_neighbours(text: str, cx: np.ndarray, cy: np.ndarray, order: range, stop: str = "\n") -> None:
    """Give each unplaced character the place of the last placed one before it (in
    `order`), not across a character of `stop` (a line break; or a space too, for a word)."""
    last = None
    for i in order:
        if text[i] in stop:
            last = None
        elif np.isnan(cx[i]):
            if last is not None:
                cx[i], cy[i] = cx[last], cy[last]
        else:
            last = i


def char_places(text: str, boxes: list[Box | None], geometry: ScanGeometry) -> tuple[np.ndarray, np.ndarray]:
    """Straightened point centre of every character; a character without a box
    (a space, a mark Tesseract spelled with its base) takes the next placed one's in
    its word (a leading vowel เ goes with its consonant, not into the cell before),
    else its neighbour's on the line."""
    n = len(text)
    cx = np.full(n, np.nan)
    cy = np.full(n, np.nan)
    known = [i for i, b in enumerate(boxes) if b is not None]
    if known:
        arr = np.array([boxes[i] for i in known], dtype=np.float64)
        px, py = straightened_points(geometry, (arr[:, 0] + arr[:, 2]) / 2, (arr[:, 1] + arr[:, 3]) / 2)
        cx[known], cy[known] = px, py
    fill_from_neighbours(text, cx, cy, range(n - 1, -1, -1), stop=" \t\n")  # from the word's next char
    fill_from_neighbours(text, cx, cy, range(n))  # then forward, then backward on the line
    fill_from_neighbours(text, cx, cy, range(n - 1, -1, -1))
    return cx, cy


_LEADING_SPECK = re.compile(r"^[.,'`‘’]+(?=[\u0e01-\u0e4e])")
_RULE_DEBRIS = re.compile(r"^[|_\[\]{}!~=:;.,'\"`]+$")  # not a dash: "มีนาคม ๒๕๖๙ -" wraps a period


def cell_line(chars: list[str], clean: Any) -> str:
    """One line of a cell, cleaned as page text is (`clean`: repaired, "" for a debris
    line), spaces collapsed, rule debris ("|", "_") at either end dropped."""
    words = clean("".join(chars)).split()
    while words and _RULE_DEBRIS.match(words[0]):
        words.pop(0)
    if words:  # a speck glued to the first word (".งบประมาณ")
        words[0] = _LEADING_SPECK.sub("", words[0])
    while words and _RULE_DEBRIS.match(words[-1]):
        words.pop()
    return " ".join(words)


_SPECK_WORD = re.compile(r"[^\w\s]+|(?![A-Z]{2}$)[A-Za-z]{1,2}")  # "a", "Py", "=", not "IT", "HR"
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")


def is_speck_line(line: str) -> bool:
    """A line Tesseract made of specks: one- or two-letter Latin words and punctuation only
    ("a", "a es", "Py", "=  a"), with a letter among them. An abbreviation in capitals ("IT")
    or a number is text."""
    words = line.split()
    return bool(words) and all(_SPECK_WORD.fullmatch(w) for w in words) and any(c.isalpha() for c in line)


def text_lines_of_cell(lines: list[str]) -> list[str]:
    """A cell's lines without the speck lines among Thai text: in a cell that holds Thai, a
    speck line between two lines is no line of its own, and joined in it would split the Thai
    word it fell inside ("ป้องกัน" / "a" / "การทุจริต", "กลุ่มงาน" / "Py" / "ทรัพยากรบุคคล")."""
    if not any(_THAI_LETTER.search(ln) for ln in lines):
        return [ln for ln in lines if ln]
    return [ln for ln in lines if ln and not is_speck_line(ln)]


def joined_cell_text(lines: list[str]) -> str:
    """A cell's lines as the native extractor joins them: wrapped lines joined (no space
    Thai-to-Thai), a line that opens with a list marker ("๒.", "-", "(1)") on a line of its own;
    speck lines dropped (`text_lines_of_cell`)."""
    from extractors.pdf import list_marker_match  # pdf imports this module's callers: import late

    items: list[list[str]] = []
    for line in text_lines_of_cell(lines):
        if not items or list_marker_match(line):
            items.append([])
        items[-1].append(line)
    return repair_thai_text("\n".join(join_wrapped(item) for item in items))


@dataclass
class _Line:
    """The part of one OCR text line outside the tables, and where it lies (points)."""

    chars: list[str] = field(default_factory=list)
    top: float = float("inf")
    bottom: float = float("-inf")
    left: float = float("inf")
    right: float = float("-inf")

    def add(self, ch: str, x: float, y: float) -> None:
        self.chars.append(ch)
        if not np.isnan(x):
            self.top, self.bottom = min(self.top, y), max(self.bottom, y)
            self.left, self.right = min(self.left, x), max(self.right, x)

    @property
    def placed(self) -> bool:
        return self.top != float("inf")


OUTSIDE = -1  # a char outside every table
ON_RULE = -2  # a char inside a table but in no cell (on a rule)


def places_of_chars(cx: np.ndarray, cy: np.ndarray, cells: np.ndarray, tables: np.ndarray) -> np.ndarray:
    """For each char centre, the index of the cell it falls in, OUTSIDE or ON_RULE
    (an unplaced char is OUTSIDE: it stays in the paragraphs' text)."""
    x, y = cx[:, None], cy[:, None]
    in_cell = (cells[None, :, 0] <= x) & (x < cells[None, :, 2]) & (cells[None, :, 1] <= y) & (y < cells[None, :, 3])
    in_table = ((tables[None, :, 0] <= x) & (x < tables[None, :, 2])
                & (tables[None, :, 1] <= y) & (y < tables[None, :, 3])).any(axis=1)
    out = np.where(in_table, ON_RULE, OUTSIDE)
    hit = in_cell.any(axis=1)
    if hit.any():
        out[hit] = in_cell[hit].argmax(axis=1)
    return out


def words_in_one_place(text: str, where: np.ndarray) -> np.ndarray:
    """The places of chars with each word (a run without spaces) kept in one place:
    Tesseract's symbol boxes in Thai are loose (a leading vowel's box reaches into the
    cell before), so a word goes where most of its chars are; only a word Tesseract
    ran over a column rule (two runs of three or more chars in two places) is split."""
    out = where.copy()
    for m in re.finditer(r"\S+", text):
        a, b = m.start(), m.end()
        places = where[a:b]
        if len(places) < 2 or (places == places[0]).all():
            continue
        runs = np.flatnonzero(np.diff(places)) + 1
        bounds = [0, *runs.tolist(), len(places)]
        if len(bounds) == 3 and min(bounds[1], len(places) - bounds[1]) >= 3:
            continue  # a word over a rule: each part stays in its cell
        values, counts = np.unique(places, return_counts=True)
        out[a:b] = values[counts.argmax()]
    return out


def scanned_layout(text: str, boxes: list[Box | None], geometry: ScanGeometry,
                   clean: Any, confs: list[float | None] | None = None) -> ScannedLayout:
    """The page's ruled tables (rows of cell text, and each cell's `reading_confidence` from
    its characters' `confs`) and the paragraphs outside them. `clean` cleans a paragraph's OCR text."""
    from extractors.pdf import grid_rows  # see joined_cell_text

    grids, cells, where, (cx, cy) = cells_of_chars(text, boxes, geometry)
    per_cell: dict[int, dict[int, list[str]]] = {}
    cell_confs: dict[int, list[float | None]] = {}
    outside: dict[int, _Line] = {}
    line = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            line += 1
        elif where[i] == OUTSIDE:
            outside.setdefault(line, _Line()).add(ch, cx[i], cy[i])
        elif where[i] >= 0:
            per_cell.setdefault(int(where[i]), {}).setdefault(line, []).append(ch)
            if confs is not None and not ch.isspace():
                cell_confs.setdefault(int(where[i]), []).append(confs[i])
    tables = []
    for gi, grid in enumerate(grids):
        texts = {}
        sureness: dict[tuple, float | None] = {}
        for ci, (g, cell) in enumerate(cells):
            if g == gi and ci in per_cell:
                texts[cell] = joined_cell_text([cell_line(per_cell[ci][ln], clean) for ln in sorted(per_cell[ci])])
                sureness[cell] = reading_confidence(cell_confs.get(ci, []))
        rows, xs = grid_rows(grid, texts)
        confidence, _ = grid_rows(grid, sureness, empty=None)
        heights = [row.bbox[3] - row.bbox[1] for row in grid.rows]
        tables.append(ScannedTable(rows, grid.bbox[1], grid.bbox[3], xs, heights, confidence))
    return ScannedLayout(tables, outside_paragraphs(outside, tables, clean, letter_height(boxes, geometry.dpi)))


def cells_of_chars(text: str, boxes: list[Box | None], geometry: ScanGeometry
                   ) -> tuple[list[Any], list[tuple[int, tuple]], np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The page's ruled grids (of more than one cell), their cells as (grid index, box in
    straightened points), the cell each char of `text` falls in (an index into the cells,
    OUTSIDE or ON_RULE; words kept whole), and each char's straightened centre."""
    from extractors.pdf import find_ruled_tables  # see joined_cell_text

    grids = find_ruled_tables(geometry.edges, (0, 0, geometry.width_pt, geometry.height_pt)) if geometry.edges else []
    grids = [g for g in grids if len(g.cells) > 1]
    cx, cy = char_places(text, boxes, geometry)
    cells = [(gi, tuple(c)) for gi, g in enumerate(grids) for c in g.cells]
    cell_arr = np.array([c for _, c in cells], dtype=np.float64).reshape(-1, 4)
    table_boxes = np.array([g.bbox for g in grids], dtype=np.float64).reshape(-1, 4)
    return grids, cells, words_in_one_place(text, places_of_chars(cx, cy, cell_arr, table_boxes)), (cx, cy)


def letter_height(boxes: list[Box | None], dpi: int) -> float:
    """A typical letter's height on the page, in points (the upper quartile of the char
    boxes: marks and small letters are lower): the unit of indents and line ends."""
    heights = sorted(b[3] - b[1] for b in boxes if b is not None)
    return max(4.0, heights[3 * len(heights) // 4] * 72.0 / dpi) if heights else 10.0


@dataclass(frozen=True)
class TextColumn:
    """Where a page's body lines start and end (points) and its letter height."""

    left: float
    right: float
    em: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def text_column(lines: list[_Line], em: float) -> TextColumn:
    """The body's left and right edges from the lines that carry text (not debris lines
    from specks and stamps, which reach into the margins): the 20th percentile of their
    starts and the 80th of their ends."""
    body = [ln for ln in lines if ln.placed and sum(not c.isspace() for c in ln.chars) >= 8] \
        or [ln for ln in lines if ln.placed]
    if not body:
        return TextColumn(0.0, 0.0, em)
    return TextColumn(float(np.percentile([ln.left for ln in body], 20)),
                      float(np.percentile([ln.right for ln in body], 80)), em)


def is_centred(line: _Line, column: TextColumn) -> bool:
    """A line set in the middle of the column, well short of both edges (a title, a date
    line); an indented first line that ends at the right edge is not."""
    left, right = line.left - column.left, column.right - line.right
    return line.placed and min(left, right) > 1.5 * column.em and abs(left - right) < 1.5 * column.em


def starts_paragraph(line: _Line, prev: _Line, column: TextColumn) -> bool:
    """Whether an OCR line starts a paragraph, as the native extractor tells it from
    geometry: a list marker, an indented first line, a line before it that ended well
    short of the column's right edge; centred lines (a title) go together."""
    from extractors.pdf import list_marker_match  # see joined_cell_text

    if list_marker_match("".join(line.chars).strip()):
        return True
    if not (line.placed and prev.placed):
        return False
    if is_centred(line, column) or is_centred(prev, column):
        return not (is_centred(line, column) and is_centred(prev, column))
    em = column.em
    return line.left > prev.left + 1.5 * em or prev.right < column.right - 4 * em


_LETTER_OR_DIGIT = re.compile(r"[0-9A-Za-z\u0e01-\u0e2e\u0e50-\u0e59]")


def is_debris(text: str) -> bool:
    """A paragraph that is a speck or a stamp Tesseract read ("." or "“"): fewer than two
    letters or digits. It stays in the page's text, not among its paragraphs."""
    return len(_LETTER_OR_DIGIT.findall(text)) < 2


def outside_paragraphs(lines: dict[int, _Line], tables: list[ScannedTable], clean: Any,
                       em: float) -> list[ScannedParagraph]:
    """The lines outside the tables as paragraphs, wrapped lines joined as on a native
    page (centred lines kept one a line): a blank line, a table between two lines, or
    `starts_paragraph` ends one."""
    kept = [(ln, lines[ln]) for ln in sorted(lines) if "".join(lines[ln].chars).strip()]
    column = text_column([ln for _, ln in kept], em)
    out: list[ScannedParagraph] = []
    group: list[_Line] = []
    prev_no = None

    def flush() -> None:
        parts = [clean("".join(ln.chars)) for ln in group]
        text = "\n".join(p for p in parts if p) if all(is_centred(ln, column) for ln in group) \
            else join_wrapped(parts)
        if not is_debris(text):
            tops = [ln.top for ln in group if ln.placed] or [0.0]
            bottoms = [ln.bottom for ln in group if ln.placed] or [0.0]
            out.append(ScannedParagraph(text, min(tops), max(bottoms)))
        group.clear()

    for no, line in kept:
        if group:
            prev = group[-1]
            crosses = line.placed and prev.placed and any(prev.bottom <= t.top <= line.top for t in tables)
            if no - prev_no > 1 or crosses or starts_paragraph(line, prev, column):
                flush()
        group.append(line)
        prev_no = no
    if group:
        flush()
    return out
