"""A scanned score table's cells that Tesseract read as letters are read as numbers when
the rest of their column is numbers (extractors.ocr_number_cells), and stored unsure."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import needs
from extractors import ocr
from extractors.ocr import COUNT_DISAGREES, read_pdf_pages_by_ocr
from tools.scanlib import LIGHT, degrade, write_image_pdf

FONTS = Path("/usr/share/fonts/truetype/tlwg")
needs_fonts = pytest.mark.skipif(not (FONTS / "Laksaman.ttf").is_file(), reason="fonts-thai-tlwg is not installed")
SCORES = [("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๗๓.๒๗"), ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๖๕.๒๖"),
          ("ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๖๓.๖๘"), ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", "๗๐.๐๖"),
          ("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", "๘๓.๓๓"), ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "๙๒.๐๕"),
          ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "๕๘.๒๐"), ("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", "๙๙.๓๗")]
DPI = 300
DIGITS = set("๐๑๒๓๔๕๖๗๘๙0123456789")


def score_table_scan(path: Path) -> None:
    """An A4 page with a two-column ruled score table in Laksaman 16 pt, scanned at 300 dpi
    with light noise (Tesseract reads two of its eight scores as Latin letters)."""
    image = Image.new("L", (round(8.27 * DPI), round(11.69 * DPI)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "Laksaman.ttf"), round(16 / 72 * DPI))
    left, middle, right, top, height = DPI, 5 * DPI, 7 * DPI, 3 * DPI // 2, 2 * DPI // 5
    for label, value in [("ตัวชี้วัด", "คะแนน"), *SCORES]:
        draw.rectangle((left, top, middle, top + height), outline=0, width=3)
        draw.rectangle((middle, top, right, top + height), outline=0, width=3)
        draw.text((left + DPI // 10, top + height // 6), label, font=font, fill=0)
        draw.text((middle + DPI // 2, top + height // 6), value, font=font, fill=0)
        top += height
    write_image_pdf([degrade(image, LIGHT, random.Random(1))], path, DPI)


@needs("tesseract")
@needs_fonts
def test_a_number_column_cell_read_as_letters_is_read_as_a_number_and_left_unsure(tmp_path, monkeypatch) -> None:
    path = tmp_path / "scores.pdf"
    score_table_scan(path)
    page = read_pdf_pages_by_ocr(path, [1], engine="tesserocr")[1]
    read = {n.text: n for n in page.numbers}
    assert all(value in read for _, value in SCORES), sorted(read)
    rescued = [n for n in page.numbers if not DIGITS & set(n.tesseract)]
    assert rescued and all(n.confidence <= COUNT_DISAGREES for n in rescued)  # a clerk checks them
    assert all(n.page == 1 and n.box is not None for n in rescued)  # traceable to where they were read
    for _, value in SCORES:
        assert value in page.text

    monkeypatch.setattr(ocr, "read_number_cells", lambda *args: None)  # without the column's help
    page = read_pdf_pages_by_ocr(path, [1], engine="tesserocr")[1]
    assert sum(value in {n.text for n in page.numbers} for _, value in SCORES) < len(SCORES)
