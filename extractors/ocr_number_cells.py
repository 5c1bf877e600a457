"""Cells of a scanned table's number column that Tesseract read as letters.

Tesseract's Thai model reads a Thai number as letters now and then: in a
score table printed and scanned back, "=o." for ๖๕.๒๖ and "วต รวัช" for
๖๓.๖๘, while the cells above and below read as numbers. Such a cell holds no
number for the digit reader to look at (it re-reads what Tesseract gave as
a number or a short run of digit look-alikes), and its score is lost.

The column tells what the cell holds: when most of a column's cells (below
its first row, the header) read as numbers, a cell of it with no number in
it is a number Tesseract misread, and is read again from the image by the
digit reader alone (`extractors.ocr.read_number_cells`), its reading stored
as unsure (a clerk checks it). A column of text that holds a few numbers (a
period, a budget now and then) is not a number column: most of its cells
are words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from extractors.digits import digits_script
from extractors.ocr_tables import Box, ScanGeometry, cells_of_chars

NUMBER_SHARE = 0.6  # at least this share of a column's filled body cells read as numbers
MIN_NUMBERS = 3  # and at least this many: two numbers make no column
NUMBER_CELL = 0.5  # a cell is a number when numbers cover at least this share of its chars
MAX_CHARS = 12  # a longer cell with no number in it is words, not a misread number
INSET = 1.5  # points cut from each side of a cell before it is read (its rules)


@dataclass(frozen=True)
class NumberCell:
    """A number column's cell with no number in Tesseract's text: where its chars are in the
    page text, its box in image pixels, and the script of the column's digits."""

    start: int
    end: int
    box: Box
    script: str | None


def number_column_cells(text: str, boxes: list[Box | None], geometry: ScanGeometry,
                        number_chars: set[int]) -> list[NumberCell]:
    """The cells to read as numbers: in a column of a ruled table where most filled cells
    below the first row are numbers (`number_chars`: the chars of the numbers found in
    `text`), each filled cell with no number char, whose chars are one run of the text
    (nothing of another cell between them) and at most MAX_CHARS long."""
    grids, cells, where, _ = cells_of_chars(text, boxes, geometry)
    chars: dict[int, list[int]] = defaultdict(list)
    for i in np.flatnonzero(where >= 0):
        if not text[i].isspace():
            chars[int(where[i])].append(int(i))
    columns: dict[tuple[int, int], list[int]] = defaultdict(list)
    for ci, (gi, cell) in enumerate(cells):
        if cell[1] > grids[gi].bbox[1] + 1.0:  # below the grid's first row
            columns[(gi, round(cell[0]))].append(ci)
    out = []
    for column in columns.values():
        filled = [ci for ci in column if chars[ci]]
        numbers = [ci for ci in filled if _number_share(chars[ci], number_chars) >= NUMBER_CELL]
        if len(numbers) < MIN_NUMBERS or len(numbers) < NUMBER_SHARE * len(filled):
            continue
        script = digits_script("".join(text[i] for ci in numbers for i in chars[ci]))
        for ci in filled:
            run = chars[ci]
            if number_chars.isdisjoint(run) and len(run) <= MAX_CHARS and one_run(text, where, run[0], run[-1] + 1):
                box = pixel_box(geometry, cells[ci][1], INSET)
                out.append(NumberCell(run[0], run[-1] + 1, box, script))
    return sorted(out, key=lambda c: c.start)


def _number_share(run: list[int], number_chars: set[int]) -> float:
    return sum(i in number_chars for i in run) / len(run)


def one_run(text: str, where: np.ndarray, start: int, end: int) -> bool:
    """Whether text[start:end] holds nothing but one cell's chars and spaces."""
    return all(text[i].isspace() or where[i] == where[start] for i in range(start, end))


def pixel_box(geometry: ScanGeometry, box: tuple, inset: float) -> Box:
    """A cell's box (straightened points) in the pixels of the image as scanned (the
    straightening undone, to first order in its small slope), `inset` points cut from each side."""
    k = geometry.dpi / 72.0
    x0, y0, x1, y1 = box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset
    cx, cy = geometry.centre
    corners = [(x * k, y * k) for x in (x0, x1) for y in (y0, y1)]
    xs = [x - geometry.slope * (y - cy) for x, y in corners]
    ys = [y + geometry.slope * (x - cx) for x, y in corners]
    return int(min(xs)), int(min(ys)), int(np.ceil(max(xs))), int(np.ceil(max(ys)))
