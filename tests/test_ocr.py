"""Thai OCR on the field corpus: an image-only form and a scan under a junk
text layer. Only the pages needed are read (about 5 s on 2 cores)."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import FIELDCORPUS, needs
from extractors import ocr
from extractors.errors import ExtractionError

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

pytestmark = pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="field corpus not present")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(THAI_DIGITS)


@needs("tesseract")
def test_image_only_form() -> None:
    pages = ocr.ocr_pdf_pages(FIELDCORPUS / "tj14_moit4_web_publication_form_imageonly.pdf", [1])
    assert list(pages) == [1]
    assert squash("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอไทยเจริญ") in squash(pages[1])
    assert "\u0e4d\u0e32" not in pages[1]  # Tesseract's decomposed sara am is composed


@needs("tesseract")
def test_scan_under_junk_layer_pages_in_parallel() -> None:
    path = FIELDCORPUS / "tj12_moit2_procurement_staff_vetting_scan_badocr.pdf"
    pages = ocr.ocr_pdf_pages(path, [2, 1])
    assert sorted(pages) == [1, 2]
    text = squash(pages[1] + pages[2])
    for phrase in (
        "ประกาศสำนักงานปลัดกระทรวงสาธารณสุข",
        "ว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรในหน่วยงานด้านการจัดซื้อจัดจ้าง",
    ):
        assert squash(phrase) in text


@needs("tesseract")
def test_bad_page_number() -> None:
    with pytest.raises(ExtractionError, match="page"):
        ocr.ocr_pdf_pages(FIELDCORPUS / "tj14_moit4_web_publication_form_imageonly.pdf", [2])


def test_no_pages_no_work() -> None:
    assert ocr.ocr_pdf_pages(FIELDCORPUS / "tj14_moit4_web_publication_form_imageonly.pdf", []) == {}


def test_missing_tesseract_is_an_actionable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr.tesseract_languages.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        with pytest.raises(ExtractionError, match="apt-get install tesseract-ocr tesseract-ocr-tha"):
            ocr.ocr_pdf_pages(FIELDCORPUS / "tj14_moit4_web_publication_form_imageonly.pdf", [1])
    finally:
        ocr.tesseract_languages.cache_clear()


def test_missing_thai_language_is_an_actionable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"eng", "osd"}))
    with pytest.raises(ExtractionError, match="tesseract-ocr-tha.*lacks the language data: tha"):
        ocr.require_thai_ocr()


def test_noise_lines_dropped() -> None:
    text = "ประกาศ ณ วันที่ ๒ ตุลาคม\n=                            x\nJ    <\nรวม   ๑   ๒"
    assert ocr.text_without_ocr_noise_lines(text) == "ประกาศ ณ วันที่ ๒ ตุลาคม\nรวม   ๑   ๒"
