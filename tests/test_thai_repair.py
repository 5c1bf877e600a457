"""repair_thai_text on the real field corpus (raw pdfium text, as units'
PDFs carry it), on clean text (must be a no-op) and on the defect patterns
one by one."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import FIELDCORPUS, REFERENCE
from extractors.thai_repair import (
    CHECKBOX_CHECKED,
    CHECKBOX_EMPTY,
    THAI_PUA_TO_BASE,
    repair_thai_text,
    symbol_font_char,
)

SEEDS = FIELDCORPUS.parent / "seeds"
PUA = re.compile("[\ue000-\uf8ff]")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# The field corpus README: what a careful reader sees on these pages.
README_PHRASES = {
    "tj06_moit16_integrity_pledge_do_dont.pdf": [
        "หน่วยงานสำนักงานสาธารณสุขอำเภอไทยเจริญ จังหวัดยโสธร",
        "ประจำปีงบประมาณ พ.ศ. 2569",
        "ข้อตกลงคุณธรรม (ขั้นต้น)",
    ],
    "ny01_procurement_anticorruption_measures.pdf": [
        "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่",
        "เพื่อให้การดำเนินงานเกี่ยวกับการจัดซื้อจัดจ้าง",
        "และหน่วยงานในกำกับ",
    ],
    "pc03_procurement_analysis_report_2567.pdf": [
        "ประจำปีงบประมาณ พ.ศ. 2567",
        "จัดทำโดย งานพัสดุ กลุ่มงานบริหารทั่วไป",
        "สังกัด สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์",
    ],
    "tj12_moit2_procurement_staff_vetting_scan_badocr.pdf": [
        "แบบแสดงความบริสุทธิ์ใจในการจัดซื้อจัดจ้าง",  # page 3, a good text layer
    ],
}

pytestmark = pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="field corpus not present")


def squash(text: str) -> str:
    """Compare ignoring whitespace, Thai digits as Arabic."""
    return re.sub(r"\s+", "", text).translate(THAI_DIGITS)


def raw_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def found_phrases(text: str, phrases: list[str]) -> list[str]:
    flat = squash(text)
    return [p for p in phrases if squash(p) in flat]


@pytest.mark.parametrize("name", sorted(README_PHRASES))
def test_readme_phrases_appear_after_repair(name: str) -> None:
    pages = [repair_thai_text(t) for t in raw_pages(FIELDCORPUS / name)]
    text = "\n".join(pages)
    assert found_phrases(text, README_PHRASES[name]) == README_PHRASES[name]
    assert not PUA.search(text), "private-use characters left after repair"


def test_repair_is_what_finds_the_phrases() -> None:
    """Before repair the broken layers hide most phrases; after, all are found."""
    before = after = total = 0
    for name, phrases in README_PHRASES.items():
        pages = raw_pages(FIELDCORPUS / name)
        total += len(phrases)
        before += len(found_phrases("\n".join(pages), phrases))
        after += len(found_phrases("\n".join(repair_thai_text(t) for t in pages), phrases))
    assert after == total
    assert before <= total // 2


def test_wingdings_check_boxes_read_as_drawn() -> None:
    """tj06 draws a ticked box (Wingdings 2 0x52) before the 6-month round and
    an empty one (Wingdings 0xA8) before the 12-month round."""
    page1 = repair_thai_text(raw_pages(FIELDCORPUS / "tj06_moit16_integrity_pledge_do_dont.pdf")[0])
    flat = squash(page1)
    assert f"{CHECKBOX_CHECKED}รอบการประเมิน6เดือน" in flat
    assert f"{CHECKBOX_EMPTY}รอบการประเมิน12เดือน" in flat


def test_symbol_glyphs_use_the_font_when_known() -> None:
    assert symbol_font_char(0xF052, "VLHZNX+Wingdings2") == CHECKBOX_CHECKED
    assert symbol_font_char(0xF0A8, "QGUVVH+Wingdings-Regular") == CHECKBOX_EMPTY
    assert symbol_font_char(0xF0FE, "Wingdings") == CHECKBOX_CHECKED
    assert symbol_font_char(0xF0B7, "Symbol") == "•"
    assert symbol_font_char(0xF0A3, "Symbol") == "≤"
    assert symbol_font_char(0xF0A3, "Wingdings2") == CHECKBOX_EMPTY
    text = "\uf0a3 5"
    assert repair_thai_text(text, char_fonts=["Symbol", None, None]) == "≤ 5"


def test_harfbuzz_pua_table() -> None:
    """U+F710 is MAI HAN-AKAT and U+F711 NIKHAHIT (hand-made tables swap them)."""
    assert THAI_PUA_TO_BASE["\uf710"] == "\u0e31"
    assert THAI_PUA_TO_BASE["\uf711"] == "\u0e4d"
    assert THAI_PUA_TO_BASE["\uf89e"] == "\u0e10"
    assert len(THAI_PUA_TO_BASE) == 2 * 27
    assert repair_thai_text("ป\uf710ญหา") == "ปัญหา"
    assert repair_thai_text("น\uf711\uf70bา") == "น้ำ"  # nikhahit before the tone
    assert repair_thai_text("น\uf88e\uf899า") == "น้ำ"  # Mac PUA


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("ส านักงาน", "สำนักงาน"),
        ("ประกาศส านักงานสาธารณสุขอ าเภอ", "ประกาศสำนักงานสาธารณสุขอำเภอ"),
        ("น้ ามัน", "น้ำมัน"),
        ("ภ าครัฐ", "ภาครัฐ"),  # letter spacing, not sara am
        ("สำนักงำน", "สำนักงาน"),
        ("กำรวิเครำะห์ควำมเสี่ยง", "การวิเคราะห์ความเสี่ยง"),
        ("ค ำน ำ", "คำนำ"),
        ("ปร ะ", "ประ"),
        ("ทํางาน", "ทำงาน"),  # decomposed sara am (Tesseract)
        ("น้ํา", "น้ำ"),
        ("ดlาน", "ด้าน"),  # Canva: Latin letters for tone marks
        ("ปgองกัน", "ป้องกัน"),
        ("ÊÓ¹Ñ¡§Ò¹", "สำนักงาน"),  # TIS-620 read as Latin-1
    ],
)
def test_defects_repaired(broken: str, fixed: str) -> None:
    assert repair_thai_text(broken) == fixed


@pytest.mark.parametrize(
    "good",
    [
        "น้ำ", "ทำงาน", "คำถาม", "ประจำปี", "คำนำ", "น้ำมัน", "จำนวน", "ดำเนินการ",
        "สระ า", "e-GP", "ITA ๒๕๖๘", "ข้อ 1. ตรวจสอบ", "ต่าง ๆ", "ศักดิฯ รอง ์",
    ],
)
def test_good_text_untouched(good: str) -> None:
    assert repair_thai_text(good) == good


def test_repair_is_idempotent_on_the_corpus() -> None:
    for name in README_PHRASES:
        for text in raw_pages(FIELDCORPUS / name):
            once = repair_thai_text(text)
            assert repair_thai_text(once) == once


def _clean_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(REFERENCE.glob("*.txt"))


@pytest.mark.parametrize("path", _clean_texts(), ids=lambda p: p.name)
def test_clean_text_is_a_no_op(path: Path) -> None:
    """Seeds and sample references are correct text: the only change allowed
    is composing a decomposed sara am (a real defect some seeds carry)."""
    text = path.read_text(encoding="utf-8")
    composed = text.replace("\u0e4d\u0e32", "\u0e33")
    assert repair_thai_text(text) == composed


def test_a_space_a_wide_mark_left_inside_a_word_is_dropped_where_the_word_reads_whole() -> None:
    """blind-22 (Purisa): "การป้ องกัน", "เปิ ดเผย" have a space after the mark; "ที่ ประชุม" is two words."""
    assert repair_thai_text("ยกระดับการป้ องกันการทุจริต") == "ยกระดับการป้องกันการทุจริต"
    assert repair_thai_text("การเปิ ดเผยข้อมูล") == "การเปิดเผยข้อมูล"
    assert repair_thai_text("ที่ ประชุม ไม่ มี") == "ที่ ประชุม ไม่ มี"



def test_a_doubled_sara_am_is_repaired() -> None:
    """blind-28 (Ghostscript re-distilled PDF): every ำ reads "ำา"; sara am then sara aa is no Thai spelling."""
    assert repair_thai_text("งานอำานวยการ ร.ต.อ.ธนวัฒน์ ศรีคำา") == "งานอำนวยการ ร.ต.อ.ธนวัฒน์ ศรีคำ"
    from extractors.text_quality import assess_page_text

    assert assess_page_text("ตามที่สำานักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใส ประจำาปี").needs_repair
