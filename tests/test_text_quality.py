"""assess_page_text on real pages: which need repair, which need OCR."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import FIELDCORPUS, SAMPLES
from extractors.ocr import page_image_coverage
from extractors.text_quality import PageQuality, assess_page_text, clean_latin_share

pytestmark = pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="field corpus not present")


def assess_pages(path: Path) -> list[PageQuality]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [
            assess_page_text(page.get_textpage().get_text_range(), image_coverage=page_image_coverage(page))
            for page in pdf
        ]
    finally:
        pdf.close()


def test_junk_ocr_layer_over_a_scan_needs_ocr() -> None:
    pages = assess_pages(FIELDCORPUS / "tj12_moit2_procurement_staff_vetting_scan_badocr.pdf")
    assert [q.needs_ocr for q in pages] == [True, True, False, False]
    assert pages[0].is_junk_layer and pages[1].is_junk_layer
    assert pages[0].clean_latin_share < 0.5
    assert not pages[2].needs_repair and not pages[3].needs_repair


def test_image_only_page_needs_ocr() -> None:
    (page,) = assess_pages(FIELDCORPUS / "tj14_moit4_web_publication_form_imageonly.pdf")
    assert page.is_empty and page.needs_ocr
    assert page.image_coverage is not None and page.image_coverage > 0.9


@pytest.mark.parametrize(
    ("name", "defect"),
    [
        ("tj06_moit16_integrity_pledge_do_dont.pdf", "n_thai_pua"),
        ("ny01_procurement_anticorruption_measures.pdf", "n_split_sara_am"),
        ("pc03_procurement_analysis_report_2567.pdf", "n_split_sara_am"),
    ],
)
def test_broken_text_layers_need_repair_not_ocr(name: str, defect: str) -> None:
    pages = assess_pages(FIELDCORPUS / name)
    assert all(not q.needs_ocr for q in pages)
    assert all(q.needs_repair for q in pages)
    assert getattr(pages[0], defect) > 0


def test_wingdings_counted() -> None:
    page1 = assess_pages(FIELDCORPUS / "tj06_moit16_integrity_pledge_do_dont.pdf")[0]
    assert page1.n_symbol_pua == 2
    assert page1.n_replacement_chars == 1


def test_clean_sample_pages_need_nothing() -> None:
    pages = assess_pages(SAMPLES / "s004_measures_samut_prakan_province.pdf")
    assert not any(q.needs_ocr or q.needs_repair for q in pages)
    assert min(q.thai_word_coverage for q in pages) > 0.95


def test_blank_and_page_number_only_pages() -> None:
    assert assess_page_text("  -๒-  \r\n", image_coverage=0.0).needs_ocr is False
    assert assess_page_text("", image_coverage=0.0).reasons == ("blank page",)
    assert assess_page_text("", image_coverage=0.97).needs_ocr is True
    assert assess_page_text("").needs_ocr is True  # unknown image: try OCR


def test_short_caption_over_a_scan_needs_ocr() -> None:
    assert assess_page_text("สำเนาถูกต้อง ลงชื่อ", image_coverage=0.95).needs_ocr is True
    assert assess_page_text("สำเนาถูกต้อง ลงชื่อ", image_coverage=0.0).needs_ocr is False


def test_real_english_is_not_junk() -> None:
    english = (
        "Integrity and Transparency Assessment (ITA) measures how open public "
        "agencies are; e-GP records every purchase of the fiscal year 2024."
    )
    assert clean_latin_share(english) > 0.9
    assert not assess_page_text(english * 3).needs_ocr
    assert not assess_page_text("u:sn 1fl 611un,q1uu a9 fl :syt :? { 6t101:6u6tt I " * 3).is_empty
    assert assess_page_text("u:sn 1fl 611un,q1uu a9 fl :syt :? { 6t101:6u6tt I " * 3).needs_ocr
