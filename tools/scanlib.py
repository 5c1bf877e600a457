"""Scanner-like degradation of page images, and image-only PDFs made from them.

Shared by the digit model's training (`tools/build_digit_model.py`), the
scanned samples (`tools/make_scanned_samples.py`) and `bench/ocr_digits.py`.
Everything is seeded: the same seed gives the same pixels.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class Noise:
    """How badly a page was scanned."""

    blur: float = 0.6  # Gaussian blur radius, pixels
    skew: float = 0.5  # rotation, degrees (either way)
    grain: float = 8.0  # std of pixel noise, gray levels
    jpeg: int = 60  # JPEG quality of the stored scan
    threshold: bool = False  # a black-and-white scan (fax-like)
    speckle: float = 0.0003  # fraction of pixels turned into dark dust


LIGHT = Noise(blur=0.4, skew=0.3, grain=5.0, jpeg=75)
MEDIUM = Noise()
HEAVY = Noise(blur=0.9, skew=1.0, grain=12.0, jpeg=40, speckle=0.001)
BW = Noise(blur=0.5, skew=0.4, grain=6.0, jpeg=70, threshold=True)


def degrade(image: Image.Image, noise: Noise, rng: random.Random) -> Image.Image:
    """A grayscale image as a scanner would have made it: blurred, skewed, grainy, JPEG'd."""
    img = image.convert("L")
    if noise.skew:
        angle = rng.uniform(-noise.skew, noise.skew)
        img = img.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
    if noise.blur:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0) * noise.blur))
    pixels = np.asarray(img, dtype=np.float32)
    nprng = np.random.default_rng(rng.randrange(2**32))
    if noise.grain:
        pixels = pixels + nprng.normal(0.0, noise.grain, pixels.shape)
    if noise.speckle:
        dust = nprng.random(pixels.shape) < noise.speckle
        pixels[dust] = nprng.uniform(0, 120, int(dust.sum()))
    pixels = np.clip(pixels, 0, 255)
    if noise.threshold:
        pixels = np.where(pixels < 150, 0, 255)
    img = Image.fromarray(pixels.astype(np.uint8))
    if noise.jpeg:
        buffer = io.BytesIO()
        img.save(buffer, format="JPEG", quality=noise.jpeg)
        img = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    return img


def render_pdf_pages(path: Path, dpi: int) -> list[Image.Image]:
    """Every page of a PDF as a grayscale image at `dpi`."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def write_image_pdf(images: list[Image.Image], path: Path, dpi: int) -> None:
    """An image-only PDF (no text layer), one JPEG page per image, as a scanner writes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    first, *rest = [im.convert("L") for im in images]
    first.save(path, format="PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=80)


def scan_pdf(source: Path, target: Path, *, dpi: int, noise: Noise, seed: int,
             pages: list[int] | None = None) -> int:
    """Print `source` and scan it back into the image-only PDF `target`; returns pages written."""
    rng = random.Random(seed)
    images = render_pdf_pages(source, dpi)
    if pages is not None:
        images = [images[p - 1] for p in pages]
    write_image_pdf([degrade(im, noise, rng) for im in images], target, dpi)
    return len(images)


# Small print: a few lines of scores typed in a small size and scanned at a high resolution.
# Read at OCR's 200 dpi, their digits are misread now and then; the scan holds twice that
# detail, which a second look at 400 dpi can use (records/reread.py).
SCORE_LINES = ("สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
               "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๘๔.๒๐ คะแนน",
               "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้ ๗๘.๔๓ คะแนน",
               "คะแนนรวมเครื่องมือ OIT ได้ ๘๑.๓๒ คะแนน")  # OIT's total: the mean of its two indicators
SCORE_LINES_TRUTH = {("indicator", 9): 84.2, ("indicator", 10): 78.43, ("tool", None): 81.32}  # (level, indicator)


def scanned_small_print(path: Path, font: Path, size_pt: float, seed: int, noise: Noise,
                        lines: tuple[str, ...] = SCORE_LINES, dpi: int = 400) -> Path:
    """A 6 x 3 inch image-only PDF of `lines` set in `font` at `size_pt`, scanned at `dpi`."""
    from PIL import ImageDraw, ImageFont

    px = round(size_pt / 72 * dpi)
    image = Image.new("L", (6 * dpi, 3 * dpi), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(font), px)
    for i, line in enumerate(lines):
        draw.text((dpi // 3, dpi // 3 + i * int(px * 1.8)), line, font=face, fill=0)
    write_image_pdf([degrade(image, noise, random.Random(seed))], path, dpi)
    return path
