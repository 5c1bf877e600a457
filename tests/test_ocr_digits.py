"""The Thai-digit reader, dotted-line forms, and what a score read from a scan carries:
its confidence, and needs_review when a cross-check fails."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import REPO, needs
from extractors import ocr
from extractors.digits import load_digit_model, read_number_image
from extractors.model import ExtractedDocument, NumberReading, Page
from extractors.ocr_image import dot_leader_mask, shows_dot_leaders, without_dot_leaders
from records.confidence import NEEDS_REVIEW_BELOW, attach_confidence
from records.findings import overall_outside_tools, rating_band_mismatch, rating_of_score, read_findings
from records.model import DocumentFacts, ScoreRow

sys.path.insert(0, str(REPO))
from tools.scanlib import LIGHT, MEDIUM, degrade  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/tlwg")
needs_fonts = pytest.mark.skipif(not (FONTS / "Garuda.ttf").is_file(), reason="fonts-thai-tlwg is not installed")


def drawn(text: str, font: str, px: int, seed: int, noise=MEDIUM) -> np.ndarray:
    image = Image.new("L", (px * (len(text) + 2), px * 2), 255)
    ImageDraw.Draw(image).text((px // 2, px // 3), text, font=ImageFont.truetype(str(FONTS / font), px), fill=0)
    return np.asarray(degrade(image, noise, random.Random(seed)), dtype=np.uint8)


@needs_fonts
def test_digit_model_is_committed() -> None:
    assert load_digit_model() is not None


@needs_fonts
def test_reader_reads_what_tesseract_misreads() -> None:
    """๘๔.๒๐ (read by Tesseract as ๕๕.๒๐), ๒๙ (as ๒๓), ๒๕๖๕ (as ๒๕๒๕) and others, drawn
    in four fonts at a 200-dpi body size with scanner noise, each read on its own."""
    numbers = ["๘๔.๒๐", "๒๙", "๒๕๖๕", "๙๒.๑๕", "๗๘.๔๓", "84.20", "๑๐๐"]
    right = total = 0
    for font in ("Laksaman.ttf", "Garuda.ttf", "Norasi.ttf", "Loma-Bold.ttf"):
        for seed, text in enumerate(numbers):
            reading = read_number_image(drawn(text, font, 42, seed))
            right += reading is not None and reading.text == text
            total += 1
    assert right >= 0.85 * total, f"{right}/{total} numbers right"


@needs_fonts
def test_reader_reads_rating_letter_and_refuses_words() -> None:
    b = read_number_image(drawn("B", "Garuda.ttf", 42, 1, LIGHT))
    assert b is not None and b.text == "B"
    assert read_number_image(drawn("กรม", "Garuda.ttf", 42, 2, LIGHT)) is None
    assert read_number_image(np.full((40, 80), 255, dtype=np.uint8)) is None


@needs_fonts
def test_dot_leaders_found_and_thai_marks_kept() -> None:
    image = Image.new("L", (1400, 220), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "Laksaman.ttf"), 44)
    draw.text((20, 20), "ชื่อหน่วยงาน", font=font, fill=0)
    for x in range(300, 1300, 9):
        draw.ellipse((x, 72, x + 3, 75), fill=0)
    draw.text((20, 120), "ที่นี่ได้ผู้ใช้ ป.ป.ช. น่ำ ที่นี่ ที่นี่ ที่นี่ ...", font=font, fill=0)
    mask = dot_leader_mask(np.asarray(image), 200)
    assert mask[60:90, 300:1300].any()
    assert not mask[110:].any()  # tone marks, full stops and an ellipsis are not leaders
    cleaned = np.asarray(without_dot_leaders(image, 200))
    assert (cleaned[60:90, 300:1300] < 128).sum() == 0
    assert (cleaned[:60] == np.asarray(image)[:60]).all()


@needs_fonts
def test_a_signature_lines_larger_dots_are_leaders_too() -> None:
    """A 16 pt "ลงชื่อ ....... ผู้อนุมัติ" at 300 dpi: full stops 7 px wide, 16 px apart, too
    large for the 12 pt dots' square: the line was left whole and read as debris
    ("ลงซือ 71 eco, HEIN"), losing the role. Both sizes are looked for, and the half-
    resolution look finds them without Tesseract's text showing a dotted line."""
    font = ImageFont.truetype(str(FONTS / "Laksaman.ttf"), 67)
    image = Image.new("L", (2000, 200), 255)
    lead, dots = "ลงชื่อ ", "." * 38
    ImageDraw.Draw(image).text((20, 40), f"{lead}{dots} ผู้อนุมัติ", font=font, fill=0)
    start, end = 20 + font.getlength(lead), 20 + font.getlength(lead + dots)
    gray = np.asarray(degrade(image, MEDIUM, random.Random(3)))
    mask = dot_leader_mask(gray, 300)
    on_dots = slice(round(start), round(end))
    assert mask[:, on_dots].any() and shows_dot_leaders(gray, 300)
    cleaned = np.asarray(without_dot_leaders(Image.fromarray(gray), 300))
    assert (cleaned[:, on_dots] < 128).sum() < 0.05 * (gray[:, on_dots] < 128).sum()
    assert not mask[:, :round(start) - 10].any() and not mask[:, round(end) + 10:].any()  # the words are kept


@needs("tesseract")
@needs_fonts
def test_dotted_form_keeps_filled_in_text() -> None:
    """Text typed over a dotted line: the dots go before recognition, the text stays."""
    image = Image.new("L", (1654, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "Laksaman.ttf"), 44)
    for label, filled, y in (("ชื่อหน่วยงาน", "สำนักงานสาธารณสุขอำเภอไทยเจริญ", 60), ("วัน/เดือน/ปี", "ตุลาคม", 180)):
        draw.text((100, y), label, font=font, fill=0)
        for x in range(330, 1500, 9):
            draw.ellipse((x, y + 52, x + 3, y + 55), fill=0)
        draw.text((430, y - 8), filled, font=font, fill=0)
    image = degrade(image, LIGHT, random.Random(1))
    if not ocr.tesserocr_engines.available():
        pytest.skip("tesserocr is not installed")
    text = ocr.tesserocr_page(image, ocr.TESSEROCR_PSM, 200).finish().text.replace(" ", "")
    assert "วัน/เดือน/ปี" in text and "ตุลาคม" in text
    assert "ไทยเจริญ" in text
    assert "....." not in text


def test_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_OCR_ENGINE", "cli")
    assert ocr.ocr_engine_name() == "cli"
    monkeypatch.setenv("ITA_OCR_ENGINE", "abbyy")
    with pytest.raises(Exception, match="ITA_OCR_ENGINE"):
        ocr.ocr_engine_name()


def test_rating_bands() -> None:
    assert [rating_of_score(v) for v in (95, 94.99, 85, 84.99, 75, 65, 55, 50, 49.99)] == \
        ["AA", "A", "A", "B", "B", "C", "D", "E", "F"]
    right, wrong = ScoreRow("overall", 84.2, rating="B"), ScoreRow("overall", 55.2, rating="B", page=2)
    findings = rating_band_mismatch([right, wrong])
    assert [f.page for f in findings] == [2] and wrong.needs_review and not right.needs_review


def test_overall_outside_its_tools_is_flagged() -> None:
    tools = [ScoreRow("tool", v, tool=t, fiscal_year=2566) for t, v in (("IIT", 88.1), ("EIT", 82.3), ("OIT", 79.5))]
    misread = ScoreRow("overall", 55.2, fiscal_year=2566, page=1)
    plausible = ScoreRow("overall", 84.2, fiscal_year=2567)
    assert len(overall_outside_tools([*tools, misread, plausible])) == 1
    assert misread.needs_review and not plausible.needs_review


def _scanned_doc(readings: list[NumberReading]) -> ExtractedDocument:
    return ExtractedDocument(format="pdf", page_count=1, blocks=[],
                             pages=[Page(1, "ได้คะแนน ๘๔.๒๐ ปีงบประมาณ ๒๕๖๖", "ocr", readings)])


def test_confidence_from_readings() -> None:
    doc = _scanned_doc([NumberReading("๘๔.๒๐", 0.99, "๕๕.๒๐"), NumberReading("๙๒.๑๕", 0.4, "๒.๑๕"),
                        NumberReading("๒๕๖๖", 0.97, "๒๕๒๖")])
    facts = DocumentFacts(unit=None, fiscal_year=2566, doc_type="minutes", title=None)
    sure, unsure, absent = (ScoreRow("overall", 84.2, page=1), ScoreRow("indicator", 92.15, indicator_no=1, page=1),
                            ScoreRow("indicator", 77.0, indicator_no=2, page=1))
    attach_confidence(doc, facts, [sure, unsure, absent])
    assert sure.confidence == 0.99 and not sure.needs_review
    assert unsure.confidence == 0.4 and unsure.needs_review
    assert absent.confidence == 0.0 and absent.needs_review  # read from somewhere no reading is: not a fact
    assert facts.fiscal_year_confidence == 0.97 and not facts.needs_review
    findings = read_findings(doc, facts, [sure, unsure, absent], [])
    unsure_pages = [f.page for f in findings if f.kind == "unsure_reading"]
    assert unsure_pages == [1, 1]
    assert NEEDS_REVIEW_BELOW > 0.4


def test_native_values_are_sure_but_cross_checks_still_flag() -> None:
    doc = ExtractedDocument(format="pdf", page_count=1, blocks=[], pages=[Page(1, "x", "native")])
    facts = DocumentFacts(unit=None, fiscal_year=2566, doc_type="minutes", title=None)
    score = ScoreRow("overall", 84.2, rating="A", page=1)
    attach_confidence(doc, facts, [score])
    assert score.confidence == 1.0 and facts.fiscal_year_confidence == 1.0 and not score.needs_review
    assert [f.kind for f in read_findings(doc, facts, [score], [])] == ["rating_band_mismatch"]
    assert score.needs_review


def test_year_words_misread_on_a_scan_still_name_the_year() -> None:
    """'พ.ศ.' read as 'WA.' / 'Wd.' / 'พ:ศ.', 'ปีงบประมาณ' as 'ปิ่งบประมาณ': the year after them is found
    on an OCR page, and takes the confidence of its reading (flagged when unsure)."""
    from records.document import ocr_year_words, read_document_facts

    assert ocr_year_words("ประจำปีงบประมาณ WA. ๒๕๖๕") == "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"
    assert ocr_year_words("ประจำปิ่งบประมาณ พ:ศ. 2563") == "ประจำปีงบประมาณ พ.ศ. 2563"
    assert ocr_year_words("ณ วันที ๒๑ กันยายน W.A. ๒๕๖๔") == "ณ วันที่ ๒๑ กันยายน พ.ศ. ๒๕๖๔"
    assert ocr_year_words("No. 12 ได้ 84.20") == "No. 12 ได้ 84.20"  # no year after it: left alone
    for confidence, flagged in ((0.99, False), (0.6, True)):
        page = Page(1, "สรุปผลการประเมิน (ITA) ประจำปีงบประมาณ Wd. ๒๕๖๗\nได้คะแนน ๘๔.๒๐", "ocr",
                    [NumberReading("๒๕๖๗", confidence, "๒๕๒๗"), NumberReading("๘๔.๒๐", 0.99, "๕๕.๒๐")])
        doc = ExtractedDocument(format="pdf", page_count=1, blocks=[], pages=[page])
        facts = read_document_facts(doc, "scan.pdf")
        attach_confidence(doc, facts, [])
        assert facts.fiscal_year == 2567
        assert facts.fiscal_year_confidence == confidence and facts.needs_review is flagged
    native = ExtractedDocument(format="pdf", page_count=1, blocks=[],
                               pages=[Page(1, "ประจำปีงบประมาณ Wd. 2567", "native")])
    assert read_document_facts(native, "x.pdf").fiscal_year is None  # native text is taken as written


def test_a_point_sharing_a_column_with_a_digit_is_its_own_character() -> None:
    """Cut by connected pieces, not empty columns: a point tucked under the edge of a
    digit's curve (Garuda's ๙๔.๘๓, no empty column between them) is a character;
    a colon's two dots are one."""
    from extractors.digits import connected_components, cut_segments

    ink = np.zeros((30, 40), dtype=bool)
    ink[2:28, 2:14] = True  # a digit ...
    ink[22:28, 11:14] = False  # ... whose curve leaves room under its right edge
    ink[24:28, 12:16] = True  # a point there, sharing two of its columns
    ink[2:28, 22:34] = True  # another digit
    assert len(set(connected_components(ink)[ink].tolist())) == 3
    assert [(s.x0, s.x1) for s in cut_segments(ink, split=False)] == [(2, 14), (12, 16), (22, 34)]
    colon = np.zeros((30, 12), dtype=bool)
    colon[8:12, 4:8] = colon[22:26, 4:8] = True
    assert len(cut_segments(colon)) == 1
