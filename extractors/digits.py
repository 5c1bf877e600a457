"""Thai-digit reader: re-reads the numbers Tesseract's Thai model misreads.

Tesseract's `tha` model confuses Thai digits with each other (๔ read as ๕,
๖ as ๒, ๘๔.๒๐ as ๕๕.๒๐) and 8 with B. This module re-reads a number's
image on its own: the number's ink is cut into characters at empty columns,
and each character is classified by a small neural network (numpy only)
trained on digits rendered from the Thai fonts Debian ships
(fonts-thai-tlwg) with scanner noise; `tools/build_digit_model.py` builds
the model (`extractors/data/thai_digits.npz`) reproducibly.

The reader also says how sure it is: each character's probability, and a
span's confidence is that of its least sure character. A span with a
character that is not a digit or number punctuation in its middle is left
to Tesseract (None), since cutting merged letters would invent digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
PUNCTUATION = ".,/-:%()"
LETTERS = "ABCDEF"  # rating letters (ระดับ B), which Tesseract reads as 8 and the like
OTHER = "?"  # anything else: Thai letters, Latin letters, debris
CLASSES = THAI_DIGITS + ARABIC_DIGITS + PUNCTUATION + LETTERS + OTHER
SURE = 0.9  # a reading this sure of its least sure character is not cut again
HEADLESS = 0.5  # at most, for a reading that starts with a point right after a piece read as "other"
GLYPH_SIZE = 20  # each character is scaled into a 20 x 20 box (aspect kept)
MODEL_PATH = Path(__file__).with_name("data") / "thai_digits.npz"


@dataclass(frozen=True)
class Segment:
    """One character cut out of a number's image: its ink box in the crop, and the ink
    that is its own (a neighbour's tail or a point may reach into the box)."""

    x0: int
    x1: int  # exclusive
    y0: int
    y1: int  # exclusive
    own: np.ndarray | None = field(default=None, compare=False, repr=False)  # box-sized mask, None: all ink


@dataclass(frozen=True)
class SpanReading:
    """What the digit reader read in a number's image."""

    text: str
    confidence: float  # probability of the least sure character, 0-1
    weakest: str = ""  # that character ("" when the confidence is not a character's)


def digits_script(text: str) -> str | None:
    """THAI_DIGITS or ARABIC_DIGITS, whichever `text` (a number as Tesseract read it, a
    column's numbers) uses most; None if tied."""
    thai = sum(ch in THAI_DIGITS for ch in text)
    arabic = sum(ch in ARABIC_DIGITS for ch in text)
    return THAI_DIGITS if thai > arabic else ARABIC_DIGITS if arabic > thai else None


def otsu_threshold(gray: np.ndarray) -> float:
    """The gray level that best splits ink from paper (Otsu's method)."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128.0
    levels = np.arange(256, dtype=np.float64)
    weight_bg = np.cumsum(hist)
    mean_cum = np.cumsum(hist * levels)
    weight_fg = total - weight_bg
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_cum[-1] * weight_bg - mean_cum * total) ** 2 / (weight_bg * weight_fg)
    between = np.nan_to_num(between)
    return float(np.argmax(between))


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """True where a grayscale crop (uint8, dark ink on light paper) has ink."""
    threshold = otsu_threshold(gray)
    if gray.max() - gray.min() < 40:  # blank crop: no ink, whatever Otsu says
        return np.zeros(gray.shape, dtype=bool)
    return gray <= threshold


def connected_components(ink: np.ndarray) -> np.ndarray:
    """Labels (1..n, 0 for paper) of the 8-connected pieces of ink: the runs of ink of
    every row (found at once), each joined with the runs it touches in the row above
    by a union-find (no scipy: crops are small)."""
    h, w = ink.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    rows, cols = np.nonzero(np.diff(padded, axis=1))
    starts, ends, run_rows = cols[::2], cols[1::2], rows[::2]  # run i: row run_rows[i], columns [start, end)
    n = len(starts)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    row_start = np.searchsorted(run_rows, np.arange(h + 1))
    starts_l, ends_l = starts.tolist(), ends.tolist()
    for y in range(1, h):
        above, here = range(row_start[y - 1], row_start[y]), range(row_start[y], row_start[y + 1])
        j = above.start
        for i in here:
            a, b = starts_l[i], ends_l[i]
            while j < above.stop and ends_l[j] < a:  # runs above that end before this one's reach
                j += 1
            k = j
            while k < above.stop and starts_l[k] <= b:  # touching, diagonals included
                ri, rk = find(i), find(k)
                if ri != rk:
                    parent[max(ri, rk)] = min(ri, rk)
                k += 1
    roots = np.array([find(i) for i in range(n)], dtype=np.int64)
    _, dense = np.unique(roots, return_inverse=True)
    labels = np.zeros((h, w), dtype=np.int32)
    lengths = ends - starts
    flat = np.repeat(run_rows * w + starts, lengths) + (np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths))
    labels.ravel()[flat] = np.repeat(dense.astype(np.int32) + 1, lengths)
    return labels


def _character_columns(ink: np.ndarray, min_area: int) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Column ranges of the characters, and a mask of ink that belongs to each (labels
    1..n): connected pieces, those sharing most of the narrower one's columns joined
    (the dots of a colon, a broken stroke, dust over a digit). A point close to a digit
    (its columns touching the digit's edge) stays a character of its own."""
    labels = connected_components(ink)
    n = int(labels.max())
    ys, xs = np.nonzero(labels)
    which = labels[ys, xs]
    area = np.bincount(which, minlength=n + 1)
    left = np.full(n + 1, ink.shape[1], dtype=np.int64)
    right = np.full(n + 1, -1, dtype=np.int64)
    np.minimum.at(left, which, xs)
    np.maximum.at(right, which, xs)
    pieces = sorted([int(left[k]), int(right[k]) + 1, [k]] for k in np.flatnonzero(area >= min_area))
    groups: list[list] = []
    for a, b, ks in pieces:
        if groups:
            ga, gb, gks = groups[-1]
            shared = min(b, gb) - max(a, ga)
            if shared > 0.5 * min(b - a, gb - ga):
                groups[-1] = [min(a, ga), max(b, gb), gks + ks]
                continue
        groups.append([a, b, ks])
    group_of = np.zeros(n + 1, dtype=np.int32)
    for g, (_, _, ks) in enumerate(groups, start=1):
        group_of[ks] = g
    return [(a, b) for a, b, _ in groups], group_of[labels]


def cut_segments(ink: np.ndarray, min_area: int = 4, split: bool = True,
                 digit_width: float | None = None,
                 pieces: tuple[list[tuple[int, int]], np.ndarray] | None = None) -> list[Segment]:
    """Characters of a number's ink mask, left to right: its connected pieces of ink.

    Specks smaller than `min_area` pixels are dropped (scanner dust). Digits
    that touch (bold type, blur: "๕๖" as one blob) are split where the ink is
    thinnest, into as many characters as the blob is digit-widths wide
    (`digit_width` as a share of the digits' height; by default the median
    width of the characters that stand alone). Pieces rather than empty
    columns, so that a decimal point tucked under a digit's curve, or a
    neighbour's tail over it, is not cut into the digit. `pieces`: what
    `_character_columns` found in `ink` already (cutting again at another width).
    """
    if not ink.any():
        return []
    runs, owner = pieces if pieces is not None else _character_columns(ink, min_area)
    if not runs:
        return []
    heights = [_ink_rows(owner[:, a:b] == g) for g, (a, b) in enumerate(runs, start=1)]
    ref = max(max(h[1] - h[0] for h in heights), 1)
    single = [b - a for (a, b), (r0, r1) in zip(runs, heights) if 0.45 * ref <= b - a <= 1.25 * ref and r1 - r0 >= 0.6 * ref]
    if digit_width is None:
        digit_width = float(np.median(single)) if single else 0.65 * ref
    else:
        digit_width *= ref  # given as a share of the digits' height
    out: list[Segment] = []
    for g, (a, b) in enumerate(runs, start=1):
        mine = owner == g
        for x0, x1 in (_split_touching(mine, a, b, digit_width) if split else [(a, b)]):
            r0, r1 = _ink_rows(mine[:, x0:x1])
            if r1 > r0:
                out.append(Segment(x0, x1, r0, r1, mine[r0:r1, x0:x1]))
    return out


def _ink_rows(block: np.ndarray) -> tuple[int, int]:
    """Rows of the block's main piece of ink: the run of inked rows (gaps of one row
    bridged) holding the most ink, so that dust above or below is left out."""
    counts = block.sum(axis=1)
    rows = np.flatnonzero(counts)
    if not len(rows):
        return (0, 0)
    breaks = np.flatnonzero(np.diff(rows) > 2)
    pieces = np.split(rows, breaks + 1)
    best = max(pieces, key=lambda r: int(counts[r[0]:r[-1] + 1].sum()))
    return int(best[0]), int(best[-1]) + 1


def _split_touching(ink: np.ndarray, a: int, b: int, digit_width: float) -> list[tuple[int, int]]:
    """Column ranges of a run of ink, cut where the ink is thinnest if it is two or more digits wide."""
    if (b - a) < 1.45 * digit_width:
        return [(a, b)]
    pieces = max(2, round((b - a) / digit_width))
    profile = ink[:, a:b].sum(axis=0)
    cuts = [a]
    step = (b - a) / pieces
    for i in range(1, pieces):
        lo, hi = int(i * step - 0.3 * step), int(i * step + 0.3 * step) + 1
        cuts.append(a + lo + int(np.argmin(profile[lo:hi])))
    cuts.append(b)
    return [(x0, x1) for x0, x1 in zip(cuts, cuts[1:]) if x1 > x0]


def _reference_box(segments: list[Segment]) -> tuple[float, float, float]:
    """(height, top, bottom) of the span's full-height characters: the digits' body."""
    heights = np.array([s.y1 - s.y0 for s in segments], dtype=np.float64)
    tall = [s for s, h in zip(segments, heights) if h >= 0.5 * heights.max()]
    ref = float(np.median([s.y1 - s.y0 for s in tall]))
    top = float(np.median([s.y0 for s in tall]))
    bottom = float(np.median([s.y1 for s in tall]))
    return max(ref, 1.0), top, bottom


def segment_features(ink: np.ndarray, segments: list[Segment]) -> np.ndarray:
    """One feature row per segment: its ink scaled into 20 x 20 (aspect kept), then
    its size and position relative to the span's digits (a dot is small and low)."""
    ref, top, bottom = _reference_box(segments)
    rows = np.zeros((len(segments), GLYPH_SIZE * GLYPH_SIZE + 5), dtype=np.float32)
    for i, s in enumerate(segments):
        glyph = ink[s.y0:s.y1, s.x0:s.x1] if s.own is None else s.own
        h, w = glyph.shape
        scale = GLYPH_SIZE / max(h, w)
        nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
        small = Image.fromarray((glyph * 255).astype(np.uint8)).resize((nw, nh), Image.BILINEAR)
        box = np.zeros((GLYPH_SIZE, GLYPH_SIZE), dtype=np.float32)
        oy, ox = (GLYPH_SIZE - nh) // 2, (GLYPH_SIZE - nw) // 2
        box[oy:oy + nh, ox:ox + nw] = np.asarray(small, dtype=np.float32) / 255.0
        rows[i, :GLYPH_SIZE * GLYPH_SIZE] = box.ravel()
        rows[i, -5:] = (h / ref, w / ref, (s.y0 - top) / ref, (s.y1 - bottom) / ref, glyph.mean())
    return rows


@dataclass(frozen=True)
class DigitModel:
    """A one-hidden-layer network: standardised features -> ReLU -> softmax over CLASSES."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        x = (features - self.mean) / self.scale
        hidden = np.maximum(x @ self.w1 + self.b1, 0.0)
        logits = hidden @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path, classes=np.array(CLASSES), mean=self.mean, scale=self.scale,
            w1=self.w1.astype(np.float16), b1=self.b1, w2=self.w2.astype(np.float16), b2=self.b2)


@cache
def load_digit_model(path: Path = MODEL_PATH) -> DigitModel | None:
    """The committed model, or None if it is missing or was built for other classes."""
    if not path.is_file():
        return None
    with np.load(path) as data:
        if str(data["classes"]) != CLASSES:
            return None
        return DigitModel(*(data[k].astype(np.float32) for k in ("mean", "scale", "w1", "b1", "w2", "b2")))


def _digit_value_probabilities(p: np.ndarray) -> np.ndarray:
    """P(digit value 0-9) summed over both scripts: ๐ and 0 are the same number."""
    return p[:, :10] + p[:, 10:20]


def read_number_image(gray: np.ndarray, model: DigitModel | None = None,
                      script: str | None = None) -> SpanReading | None:
    """Re-read a number in a grayscale crop (uint8) holding it and perhaps a letter
    at either end; None when it does not look like a number.

    Characters the network calls "other" are trimmed from both ends; one in the
    middle means the cut went wrong, and the crop is left to Tesseract. The script
    (Thai or Arabic digits) is decided for the whole span, as writers do not mix
    them within a number: `script` (THAI_DIGITS or ARABIC_DIGITS) when the caller
    knows it (Tesseract confuses Thai digits with each other, rarely with Arabic
    ones), else by the network.
    """
    model = model or load_digit_model()
    if model is None or gray.size == 0:  # an empty crop: a region off the page
        return None
    ink = ink_mask(gray)
    if not ink.any():
        return None
    pieces = _character_columns(ink, 4)
    segments = cut_segments(ink, pieces=pieces)
    reading = _read_segments(ink, segments, model, script) if segments else None
    if reading is not None and (reading.confidence >= SURE or reading.weakest in PUNCTUATION):
        return reading  # an unsure point or colon is no wrong cut: cutting again would not help
    # Touching digits cut wrongly (a wide ๗ in Garuda cut as if two digits touched, two
    # touching digits left whole): cut again assuming wider digits, keep the surest.
    readings = [reading] if reading is not None else []
    for width in (0.8, 1.0):
        again = cut_segments(ink, digit_width=width, pieces=pieces)
        if again and again != segments:
            other = _read_segments(ink, again, model, script)
            if other is not None:
                readings.append(other)
    return max(readings, key=lambda r: r.confidence, default=None)


def _read_segments(ink: np.ndarray, segments: list[Segment], model: DigitModel,
                   script: str | None) -> SpanReading | None:
    p = model.probabilities(segment_features(ink, segments))
    best = p.argmax(axis=1)
    keep = [CLASSES[k] != OTHER for k in best]
    if True not in keep:
        return None
    first, last = keep.index(True), len(keep) - 1 - keep[::-1].index(True)
    if not all(keep[first:last + 1]):
        return None
    edge = _trimmed_edge_certainty(segments, p, first, last)
    p = p[first:last + 1]
    digit_p = _digit_value_probabilities(p)
    is_digit = digit_p.max(axis=1) >= p[:, 20:].max(axis=1)
    if not is_digit.any():
        if last == first and CLASSES[int(p[0].argmax())] in LETTERS:  # a lone rating letter: "ระดับ B"
            k = int(p[0].argmax())
            return SpanReading(CLASSES[k], float(p[0, k]))
        return None
    if script in (THAI_DIGITS, ARABIC_DIGITS):
        digits = script
    else:
        thai = float(np.log(p[is_digit, :10].sum(axis=1) + 1e-9).sum())
        arabic = float(np.log(p[is_digit, 10:20].sum(axis=1) + 1e-9).sum())
        digits = THAI_DIGITS if thai >= arabic else ARABIC_DIGITS
    chars: list[str] = []
    confidences: list[float] = []
    for row, digit_row, digit in zip(p, digit_p, is_digit):
        if digit:
            value = int(digit_row.argmax())
            chars.append(digits[value])
            confidences.append(float(digit_row[value]))
        else:
            k = 20 + int(row[20:].argmax())
            if CLASSES[k] in LETTERS:  # a letter inside a number: the cut or the crop is wrong
                return None
            chars.append(CLASSES[k])
            confidences.append(float(row[k]))
    if chars[0] in PUNCTUATION and first > 0 and edge < 1.0:
        edge = min(edge, HEADLESS)  # ".๑๑" after a piece read as "other": the number lost its head
    weakest = int(np.argmin(confidences))
    if edge < confidences[weakest]:
        return SpanReading("".join(chars), edge)
    return SpanReading("".join(chars), confidences[weakest], chars[weakest])


def _trimmed_edge_certainty(segments: list[Segment], p: np.ndarray, first: int, last: int) -> float:
    """How sure the reader is that the characters trimmed as "other" right next to the
    number (a full-height piece within a third of a digit's height) are not digits of it:
    a digit cut wrongly ("๗" of ๗๑.๘๑ cut in two) reads as "other", and dropping it
    must not leave a sure reading of a shorter number. 1.0 when nothing such was trimmed."""
    ref, _, _ = _reference_box(segments[first:last + 1])
    sure = 1.0
    other = CLASSES.index(OTHER)
    for i, j in ((first - 1, first), (last + 1, last)):
        if 0 <= i < len(segments):
            piece, kept = segments[i], segments[j]
            gap = max(piece.x0 - kept.x1, kept.x0 - piece.x1)
            if piece.y1 - piece.y0 >= 0.6 * ref and gap < ref / 3:
                sure = min(sure, float(p[i, other]) - 1e-6)  # below 1.0: something was trimmed
    return sure

