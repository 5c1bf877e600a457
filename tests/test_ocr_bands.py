"""A page read in bands: where the cuts go, and that the bands' text and boxes are the page's."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest

from conftest import REPO, needs
from extractors import ocr
from extractors.ocr import band_bounds, blank_runs


def lines_page(tops: list[int], line_height: int = 30, width: int = 800, height: int = 1000) -> np.ndarray:
    """A white page with a black 'line of text' (a bar) starting at each top."""
    page = np.full((height, width), 255, dtype=np.uint8)
    for top in tops:
        page[top:top + line_height, 100:700] = 0
    return page


def test_cuts_fall_in_the_middle_of_a_gap_near_half_the_ink() -> None:
    tops = [100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 650, 700]
    bands = band_bounds(lines_page(tops) < 128, 2, 100)  # a 10-inch page at 100 dpi
    assert len(bands) == 2 and bands[0][0] == 0 and bands[-1][1] == 1000
    cut = bands[0][1]
    assert cut == bands[1][0]
    # six lines above the cut (the last from 350 to 380), six below: the middle of the gap 380-400
    assert cut == 390


def test_no_cut_through_a_line_or_a_thin_gap() -> None:
    page = lines_page([300, 332, 364, 396, 428, 460])  # gaps of 2 px: marks of two lines almost touch
    assert band_bounds(page < 128, 2, 100) == [(0, 1000)]


def test_no_cut_that_leaves_a_band_almost_empty() -> None:
    page = lines_page([100])
    page[400:900, 100:700] = 0  # a photo: one block of ink, no gap inside
    assert band_bounds(page < 128, 2, 100) == [(0, 1000)]


def test_blank_page_is_one_band() -> None:
    assert band_bounds(np.zeros((500, 400), dtype=bool), 2, 200) == [(0, 500)]


def test_blank_runs() -> None:
    blank = np.array([1, 1, 0, 1, 1, 1, 0, 0, 1], dtype=bool)
    assert blank_runs(blank, 2) == [(0, 2), (3, 6)]
    assert blank_runs(blank, 1) == [(0, 2), (3, 6), (8, 9)]


def test_a_small_page_is_read_whole() -> None:
    page = lines_page([100, 150, 200, 250, 300, 350, 400, 450], height=550)  # 2.75 inches at 200 dpi
    assert band_bounds(page < 128, 2, 200) == [(0, 550)]
    assert len(band_bounds(page < 128, 2, 50)) == 2  # the same page at 50 dpi is 11 inches


@needs("tesseract")
def test_band_boxes_are_page_boxes() -> None:
    """A number in the lower band of a sample page is boxed where the PDF prints it."""
    pdf = pdfium.PdfDocument(str(REPO / "samples" / "s003_meeting_summary_moi_permanent_secretary.pdf"))
    page = pdf[0]
    image = ocr.render_page_image(page, 200)
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    at = text.index("ร้อยละ 100") + len("ร้อยละ ")
    left, bottom, right, top = textpage.get_charbox(at)
    page_height = page.get_size()[1]
    printed_y = (page_height - top) * 200 / 72  # top of "1" in image pixels

    ink = np.asarray(ocr.without_ruling_lines(image, 200), dtype=np.uint8) < 128
    bands = band_bounds(ink, ocr.BANDS, 200)
    assert len(bands) == 2 and bands[1][0] < printed_y  # the number is in the lower band
    read = ocr.tesserocr_page(image, ocr.TESSEROCR_PSM, 200)
    line = read.lines[0]
    where = line.index("ร้อยละ 100") + len("ร้อยละ ")
    x0, y0, x1, y1 = read.char_box[where]
    assert abs(y0 - printed_y) < 15 and abs(x0 - left * 200 / 72) < 15
    pdf.close()

