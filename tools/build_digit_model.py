"""Build the Thai-digit reader's model (extractors/data/thai_digits.npz).

    uv run python tools/build_digit_model.py [--check-only]

Numbers, dates, percentages, rating letters and stray Thai/Latin letters
are drawn from the fonts Debian's fonts-thai-tlwg ships (every family and
weight), at sizes of 10-20 pt, scanned at 200 or 300 dpi (blur, skew,
grain, speckle, JPEG, black-and-white, ink spread or faded) and read as the
pipeline reads a scan: rendered at 200 dpi (a 300-dpi scan is scaled down),
or at 400 for the second look at an unsure number. Characters are set
tight or loose (neighbours that almost touch), cut into characters with the
reader's own code (`extractors.digits.cut_segments`) and labelled by where
each character was drawn. A small network (numpy) learns the characters.

First the model is trained without two font families (Laksaman, a TH
Sarabun look-alike, and Kinnari) and measured on them and on heavier noise
than it saw; then it is trained on everything and saved. Seeded: the same
run gives the same model. Takes about a minute on one core.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.digits import (  # noqa: E402
    ARABIC_DIGITS, CLASSES, LETTERS, MODEL_PATH, OTHER, THAI_DIGITS, DigitModel, cut_segments, ink_mask,
    segment_features,
)
from tools.scanlib import BW, HEAVY, LIGHT, MEDIUM, Noise, degrade  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
HELD_OUT_FAMILIES = ("Laksaman", "Kinnari")
THAI_LETTERS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ"
LATIN_OTHERS = "GHKLMNPRSTUVWXYZabcdeghkmnprstuvwxyz"
SEED = 9


def font_files() -> list[Path]:
    files = sorted(FONT_DIR.glob("*.ttf"))
    if not files:
        sys.exit("fonts-thai-tlwg is not installed: apt-get install fonts-thai-tlwg")
    return files


def random_number(rng: random.Random) -> str:
    """A number as ITA reports print them, in Arabic digits (converted to Thai by the caller)."""
    kind = rng.choice(["score", "score", "score", "year", "date", "percent", "paren", "int", "thousands",
                       "range", "time", "short"])
    if kind == "score":
        return f"{rng.uniform(0, 100):.2f}"
    if kind == "year":
        return str(rng.randint(2540, 2575))
    if kind == "date":
        return f"{rng.randint(1, 31)}/{rng.randint(1, 12)}/{rng.choice([rng.randint(60, 70), rng.randint(2560, 2570)])}"
    if kind == "percent":
        return f"{rng.uniform(0, 100):.{rng.choice([0, 1, 2])}f}%"
    if kind == "paren":
        return f"({rng.uniform(0, 100):.2f})"
    if kind == "int":
        return str(rng.randint(0, 999))
    if kind == "thousands":
        return f"{rng.randint(1000, 999999):,}"
    if kind == "range":
        return f"{rng.randint(1, 50)}-{rng.randint(50, 100)}"
    if kind == "time":
        return f"{rng.randint(8, 17)}:{rng.choice(['00', '30', '15'])}"
    return f"{rng.randint(0, 9)}."


def random_text(rng: random.Random) -> str:
    """A number, a rating letter, or letters next to a number (which the reader must trim)."""
    roll = rng.random()
    if roll < 0.12:
        return rng.choice(LETTERS) * rng.choice([1, 1, 1, 2])
    if roll < 0.22:
        return "".join(rng.choice(THAI_LETTERS + LATIN_OTHERS) for _ in range(rng.randint(1, 4)))
    number = random_number(rng)
    if rng.random() < 0.6:
        number = number.translate(str.maketrans(ARABIC_DIGITS, THAI_DIGITS))
    if rng.random() < 0.15:
        number = rng.choice(THAI_LETTERS) + number
    if rng.random() < 0.15:
        number = number + rng.choice(THAI_LETTERS + LATIN_OTHERS)
    return number


def random_noise(rng: random.Random, heavy: bool) -> Noise:
    if heavy:
        return rng.choice([HEAVY, Noise(blur=1.1, skew=1.2, grain=14.0, jpeg=35, speckle=0.0015)])
    if rng.random() < 0.4:  # anywhere between the named scanners
        return Noise(blur=rng.uniform(0.0, 0.9), skew=rng.uniform(0.0, 1.0), grain=rng.uniform(0.0, 12.0),
                     jpeg=rng.choice([0, 40, 55, 70, 85]), threshold=rng.random() < 0.25,
                     speckle=rng.uniform(0.0, 0.0008))
    return rng.choice([LIGHT, MEDIUM, BW, Noise(blur=0.0, skew=0.0, grain=0.0, jpeg=0),
                       Noise(blur=0.8, skew=0.8, grain=10.0, jpeg=50)])


def draw_text(text: str, font: ImageFont.FreeTypeFont, rng: random.Random,
              spacing: tuple[float, float] = (-0.02, 0.12)) -> tuple[Image.Image, list[tuple[int, int, str]]]:
    """The text drawn character by character; each character's ink x-range."""
    size = font.size
    width = int(sum(font.getlength(ch) for ch in text) + size * (1 + 0.2 * len(text))) + 20
    image = Image.new("L", (width, int(size * 2.2)), 255)
    draw = ImageDraw.Draw(image)
    x, y = size * 0.5, size * 0.4
    boxes = []
    ink_level = rng.randint(0, 70)
    for ch in text:
        left, _, right, _ = draw.textbbox((x, y), ch, font=font)
        draw.text((x, y), ch, font=font, fill=ink_level)
        boxes.append((int(left), int(right), ch))
        x += font.getlength(ch) + rng.uniform(*spacing) * size
    return image, boxes


def labelled_segments(text: str, font: ImageFont.FreeTypeFont, noise: Noise, rng: random.Random,
                      read_scale: float = 1.0) -> tuple[np.ndarray, list[int]] | None:
    """Feature rows and class indices of one drawn, degraded text, scaled by `read_scale`
    (the render dpi over the scan's); None if the cut failed."""
    tight = rng.random() < 0.3  # digits set close: a point or a tail almost touches its neighbour
    image, boxes = draw_text(text, font, rng, (-0.06, 0.04) if tight else (-0.02, 0.12))
    if font.size >= 40 and rng.random() < 0.25:  # ink spread or faded toner: thicker or thinner strokes
        image = image.filter(ImageFilter.MinFilter(3) if rng.random() < 0.6 else ImageFilter.MaxFilter(3))
    scanned_image = degrade(image, noise, rng)
    if read_scale != 1.0:
        scanned_image = scanned_image.resize(
            (max(1, round(scanned_image.width * read_scale)), max(1, round(scanned_image.height * read_scale))),
            Image.BILINEAR)
        boxes = [(int(left * read_scale), int(right * read_scale), ch) for left, right, ch in boxes]
    scanned = np.asarray(scanned_image, dtype=np.uint8)
    ink = ink_mask(scanned)
    segments = cut_segments(ink)
    if not segments:
        return None
    labels = []
    for seg in segments:
        hits = [ch for left, right, ch in boxes if min(right, seg.x1) - max(left, seg.x0) > 0.3 * (seg.x1 - seg.x0)]
        if len(hits) != 1:
            return None  # characters merged or debris: not a clean example
        ch = hits[0]
        labels.append(CLASSES.index(ch) if ch in CLASSES else CLASSES.index(OTHER))
    if len(segments) != len(boxes):
        return None
    return segment_features(ink, segments), labels


def make_dataset(fonts: list[Path], samples_per_font: int, rng: random.Random, heavy: bool) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for path in fonts:
        for _ in range(samples_per_font):
            pt = rng.uniform(10, 20)
            scan_dpi = rng.choice([200, 200, 300, 300])
            read_dpi = rng.choice([200, 200, 200, 400])  # the page render, or the second look at twice that
            font = ImageFont.truetype(str(path), max(12, round(pt * scan_dpi / 72)))
            got = labelled_segments(random_text(rng), font, random_noise(rng, heavy), rng, read_dpi / scan_dpi)
            if got is not None:
                xs.append(got[0])
                ys.extend(got[1])
    return np.concatenate(xs), np.array(ys)


def train(x: np.ndarray, y: np.ndarray, seed: int, hidden: int = 160, epochs: int = 25) -> DigitModel:
    """Softmax network with one ReLU layer, trained by Adam on cross-entropy."""
    nprng = np.random.default_rng(seed)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-3
    xs = (x - mean) / scale
    n_in, n_out = x.shape[1], len(CLASSES)
    params = [nprng.normal(0, np.sqrt(2 / n_in), (n_in, hidden)).astype(np.float32), np.zeros(hidden, np.float32),
              nprng.normal(0, np.sqrt(1 / hidden), (hidden, n_out)).astype(np.float32), np.zeros(n_out, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    onehot = np.eye(n_out, dtype=np.float32)[y]
    step, lr, decay = 0, 2e-3, 1e-4
    for epoch in range(epochs):
        order = nprng.permutation(len(xs))
        for start in range(0, len(xs), 256):
            idx = order[start:start + 256]
            xb, yb = xs[idx], onehot[idx]
            w1, b1, w2, b2 = params
            h_pre = xb @ w1 + b1
            h = np.maximum(h_pre, 0)
            logits = h @ w2 + b2
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            d_logits = (p - yb) / len(idx)
            grads = [None, None, h.T @ d_logits + decay * w2, d_logits.sum(axis=0)]
            d_h = (d_logits @ w2.T) * (h_pre > 0)
            grads[0], grads[1] = xb.T @ d_h + decay * w1, d_h.sum(axis=0)
            step += 1
            rate = lr * (0.3 if epoch >= epochs * 0.75 else 1.0)
            for i, g in enumerate(grads):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                params[i] -= rate * (m[i] / (1 - 0.9**step)) / (np.sqrt(v[i] / (1 - 0.999**step)) + 1e-8)
    return DigitModel(mean.astype(np.float32), scale.astype(np.float32), *params)


def accuracy(model: DigitModel, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(all characters, digits only) accuracy, counting ๐ and 0 as different."""
    pred = model.probabilities(x).argmax(axis=1)
    digits = y < 20
    return float((pred == y).mean()), float((pred[digits] == y[digits]).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check-only", action="store_true", help="measure on held-out fonts, do not save")
    parser.add_argument("--samples-per-font", type=int, default=200)
    parser.add_argument("--held-out-model", type=Path,
                        help="also save the model trained without the held-out fonts here (for bench/ocr_digits.py --model)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    fonts = font_files()
    started = time.perf_counter()
    train_fonts = [f for f in fonts if not f.name.startswith(HELD_OUT_FAMILIES)]
    held_fonts = [f for f in fonts if f.name.startswith(HELD_OUT_FAMILIES)]
    x, y = make_dataset(train_fonts, args.samples_per_font, rng, heavy=False)
    xh, yh = make_dataset(held_fonts, args.samples_per_font, rng, heavy=False)
    xn, yn = make_dataset(held_fonts, args.samples_per_font // 2, rng, heavy=True)
    model = train(x, y, SEED)
    print(f"{len(y)} training characters from {len(train_fonts)} fonts ({time.perf_counter() - started:.0f} s)")
    print("held-out fonts %s: all %.2f%%, digits %.2f%%" % (
        "/".join(HELD_OUT_FAMILIES), *(100 * a for a in accuracy(model, xh, yh))))
    print("held-out fonts, heavier noise: all %.2f%%, digits %.2f%%" % tuple(100 * a for a in accuracy(model, xn, yn)))
    if args.held_out_model:
        model.save(args.held_out_model)
    if args.check_only:
        return
    xa, ya = make_dataset(fonts, args.samples_per_font, rng, heavy=False)
    xb, yb = make_dataset(fonts, args.samples_per_font // 3, rng, heavy=True)
    final = train(np.concatenate([x, xh, xa, xb]), np.concatenate([y, yh, ya, yb]), SEED)
    final.save(MODEL_PATH)
    print(f"saved {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size // 1024} KB, "
          f"{time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
