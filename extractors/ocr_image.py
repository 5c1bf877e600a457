"""Page-image clean-up before OCR: dot leaders of dotted-line forms.

Forms leave a dotted line to fill in ("ชื่อหน่วยงาน ......... วัน/เดือน/ปี ......").
Tesseract reads the dots as debris and, where text was typed over them,
loses the text with the dots; the leaders are whitened before recognition.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from extractors.digits import ink_mask, otsu_threshold


def _box_sums(ink: np.ndarray, r: int, rx: int | None = None) -> np.ndarray:
    """Ink pixels in the (2r+1) tall, (2rx+1) wide box (rx = r: a square) around every pixel
    (separable running sums; uint16 holds a page's column counts and the row sums of the band)."""
    rx = r if rx is None else rx
    k, kx = 2 * r + 1, 2 * rx + 1
    cols = np.pad(ink.astype(np.uint16), ((r + 1, r), (0, 0))).cumsum(axis=0, dtype=np.uint16)
    band = cols[k:] - cols[:-k]
    rows = np.pad(band, ((0, 0), (rx + 1, rx))).cumsum(axis=1, dtype=np.uint16)
    return rows[:, kx:] - rows[:, :-kx]


def dot_leader_mask(gray: np.ndarray, dpi: int) -> np.ndarray:
    """True over dot leaders ("ชื่อหน่วยงาน ..........."): rows of eight or more small
    isolated dots, close together, with the pixels around them (anti-aliasing).
    Thai marks and full stops are dots too, but never eight in a row on one
    baseline with nothing else around them; text typed over the dots breaks the
    row, so it is not covered. Dots of two sizes are looked for: a 12 pt form's and
    a 16 pt signature line's (7 px dots 16 px apart at 300 dpi), which the small
    size's square does not hold."""
    ink = gray <= otsu_threshold(gray) if gray.max() - gray.min() >= 40 else np.zeros(gray.shape, bool)
    s = dpi / 200
    mask = np.zeros(gray.shape, bool)
    for r_dot in sorted({max(1, round(2 * s)), max(2, round(3 * s))}):
        mask |= leaders_of_dot_size(ink, r_dot)
    return mask


def leaders_of_dot_size(ink: np.ndarray, r_dot: int) -> np.ndarray:
    """dot_leader_mask for dots that fit a (2 r_dot + 1) square: nothing else within 2.5
    r_dot above or below, nor within r_dot + 2 left or right (the next dot of the row may
    be nearer than above); eight within 45 r_dot on a row."""
    r_clear = max(2, round(2.5 * r_dot))
    near, clear = _box_sums(ink, r_dot), _box_sums(ink, r_clear, r_dot + 2)
    centres = ink & (near == clear) & (near <= (2 * r_dot + 1) ** 2 * 0.8)
    min_run = 45 * r_dot
    # a dot's first centre pixel on each row; eight of them within `min_run` make a leader
    starts = centres & ~np.pad(centres, ((0, 0), (1, 0)))[:, :-1]
    rows = np.flatnonzero(starts.sum(axis=1) >= 8)  # only these can hold one
    w = starts.shape[1]
    counts = np.pad(starts[rows].astype(np.int32).cumsum(axis=1), ((0, 0), (1, 0)))
    window = counts[:, min(min_run, w):] - counts[:, :max(w - min_run, 0) + 1][:, :counts.shape[1] - min(min_run, w)]
    hits = np.zeros((len(rows), w), dtype=np.int32)
    hits[:, :window.shape[1]] = window >= 8
    # every pixel of a window with a leader in it, then the dots' surroundings
    reach = np.pad(hits.cumsum(axis=1), ((0, 0), (min_run + 1, 0)))
    covered = np.zeros(starts.shape, bool)
    covered[rows] = (reach[:, min_run + 1:] - reach[:, :w]) > 0
    return (_box_sums(covered & centres, r_dot + 1) > 0) | (covered & ink & (near == clear))


def shows_dot_leaders(gray: np.ndarray, dpi: int) -> bool:
    """Whether a page image has a dot leader, looked for at half resolution (a tenth of
    dot_leader_mask's time): Tesseract's text does not always tell, it reads a signature
    line's dots as letters and digits ("ลงซือ 71 eco, HEIN") as often as dots."""
    return bool(dot_leader_mask(np.ascontiguousarray(gray[::2, ::2]), dpi // 2).any())


def without_dot_leaders(image: Image.Image, dpi: int) -> Image.Image:
    """The page image with its dot leaders whitened, so Tesseract reads the filled-in
    text of a dotted-line form instead of dropping the line as debris."""
    gray = np.asarray(image.convert("L"))
    mask = dot_leader_mask(gray, dpi)
    if not mask.any():
        return image
    out = gray.copy()
    out[mask] = 255
    return Image.fromarray(out)


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """True on pixels of horizontal ink runs at least `length` long (rows with that much ink only)."""
    out = np.zeros_like(ink)
    rows = np.flatnonzero(ink.sum(axis=1) >= length)
    if not len(rows):
        return out
    band = ink[rows].astype(np.int32)
    w = band.shape[1]
    counts = np.pad(band.cumsum(axis=1), ((0, 0), (1, 0)))
    starts = np.zeros(band.shape, dtype=np.int32)
    starts[:, :w - length + 1] = (counts[:, length:] - counts[:, :w - length + 1]) == length
    reach = np.pad(starts.cumsum(axis=1), ((0, 0), (length, 0)))
    out[rows] = (reach[:, length:] - reach[:, :w]) > 0
    return out


RULE_INCHES = 0.6  # a table rule or underline: no Thai or Latin letter has a straight ink run this long


@dataclass(frozen=True)
class PageInk:
    """A page image's ink (Otsu; none on a blank page) and the pixels of its horizontal
    runs at least RULE_INCHES long: what whitening the rules (here) and finding a scanned
    table's rules (`extractors.ocr_tables`) both start from, worked out once a page."""

    ink: np.ndarray
    across: np.ndarray


def rule_length(dpi: int) -> int:
    """RULE_INCHES in pixels at `dpi`."""
    return max(20, round(RULE_INCHES * dpi))


def page_ink(gray: np.ndarray, dpi: int) -> PageInk:
    """The page's ink and its long horizontal runs (see PageInk)."""
    ink = ink_mask(gray)
    return PageInk(ink, _long_runs(ink, rule_length(dpi)))


def rule_mask(page: PageInk, dpi: int) -> np.ndarray:
    """True over table rules and long underlines: straight ink runs of RULE_INCHES or
    more, across and down, widened by a pixel for their anti-aliased edges."""
    lines = page.across | _long_runs(page.ink.T, rule_length(dpi)).T
    if not lines.any():
        return lines
    return _box_sums(lines, 1) > 0


def ruling_line_mask(gray: np.ndarray, dpi: int) -> np.ndarray:
    """`rule_mask` of a grayscale image."""
    return rule_mask(page_ink(gray, dpi), dpi)


def whitened(gray: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The image with the pixels under `mask` made paper white (the image itself when none is)."""
    if not mask.any():
        return gray
    out = gray.copy()
    out[mask] = 255
    return out


def without_ruling_lines(image: Image.Image, dpi: int) -> Image.Image:
    """The page image with table rules whitened: Tesseract drops or garbles table rows
    whose cells are boxed (measured on scanned score tables: psm 4 lost a row in three)."""
    gray = np.asarray(image.convert("L"))
    mask = ruling_line_mask(gray, dpi)
    return Image.fromarray(whitened(gray, mask)) if mask.any() else image
