"""normalizers.thai_text on real strings from the seeds and the field corpus."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from normalizers.thai_text import (
    compact,
    dot_leaders_as_colon,
    normalize_label,
    normalize_thai_text,
    remove_spaces_before_marks,
    compose_sara_am,
    replace_private_use,
    thai_digits_to_arabic,
)

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def test_thai_digits_to_arabic():
    assert thai_digits_to_arabic("ประจำปีงบประมาณ ๒๕๖๘") == "ประจำปีงบประมาณ 2568"
    assert thai_digits_to_arabic("๘๑.๓๗") == "81.37"
    assert thai_digits_to_arabic("๒๕๖8") == "2568"  # tj10: mixed digits
    assert thai_digits_to_arabic("I19 98.66") == "I19 98.66"


def test_remove_spaces_before_marks_keeps_the_tone_mark():
    # PyThaiNLP alone would drop the mark: "ไม ่" -> "ไม".
    assert remove_spaces_before_marks("ไม ่") == "ไม่"
    assert remove_spaces_before_marks("ไม\u00a0่ได้") == "ไม่ได้"
    assert remove_spaces_before_marks("ต\u200b่ำ") == "ต่ำ"
    assert remove_spaces_before_marks("ก ิน ข ้าว") == "กิน ข้าว"
    assert remove_spaces_before_marks("การ ประเมิน") == "การ ประเมิน"
    assert normalize_thai_text("ไม ่ได้") == "ไม่ได้"


def test_compose_sara_am_both_decomposed_orders():
    # pypdfium2 on tj06: nikhahit + sara aa, and the reverse order.
    assert compose_sara_am("ในการทํางาน") == "ในการทำงาน"
    assert compose_sara_am("การทาํ งาน") == "การทำ งาน"
    assert compose_sara_am("ต่ํา") == "ต่ำ"


def test_spaced_sara_am_is_left_to_the_extractor():
    # Only a dictionary can tell "ส านักงาน" (broken) from letter spacing.
    assert normalize_thai_text("ภ าครัฐ") == "ภ าครัฐ"
    assert normalize_thai_text("ก า ร") == "ก า ร"


def test_leftover_private_use_characters_become_visible_replacements():
    assert replace_private_use("a\ue123b\uf0a3") == "a\ufffdb\ufffd"
    assert normalize_thai_text("หน\uf70aวย") == "หน\ufffdวย"
    assert replace_private_use("ไม่มี") == "ไม่มี"


def test_normalize_thai_text_repairs_and_keeps_lines_and_digits():
    raw = (
        "ประกาศสํานักงานสาธารณสุขอำเภอหนองใหญ่\r\n"
        "เรื่อง  มาตรการป้องกันการทุจริต\t\tและประพฤติมิชอบ   \r\n"
        "\r\n"
        "พ.ศ.๒๕๖๐ มีผลบังคับใช้"
    )
    assert normalize_thai_text(raw) == (
        "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่\n"
        "เรื่อง มาตรการป้องกันการทุจริต และประพฤติมิชอบ\n"
        "\n"
        "พ.ศ.๒๕๖๐ มีผลบังคับใช้"
    )


def test_normalize_thai_text_canonical_marks():
    assert normalize_thai_text("เเปลก") == "แปลก"  # two sara e
    assert normalize_thai_text("ใชเ้วลา ไมเ่หมาะสม") == "ใช้เวลา ไม่เหมาะสม"  # mark after a lead vowel
    assert normalize_thai_text("ค ำน ำ") == "คำนำ"  # pc03
    assert normalize_thai_text("น่ํา") == "น่ำ"
    assert normalize_thai_text("ดีีี") == "ดี"
    assert unicodedata.is_normalized("NFC", normalize_thai_text("ก\u0301"))


def test_normalize_thai_text_decomposed_sara_am_from_seed():
    line = "(Integrity & Transparency Assessment : ITA) ของสถานีตำรวจภูธรจังหวัด ประจ\u0e4d\u0e32ปีงบประมาณ พ.ศ.๒๕๖๘"
    assert normalize_thai_text(line).endswith("ประจำปีงบประมาณ พ.ศ.๒๕๖๘")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not present")
def test_clean_seed_text_is_unchanged_except_whitespace_and_sara_am():
    """PyThaiNLP's normalize must never lose a character of good text."""
    files = sorted(SEEDS.glob("*.txt"))
    assert files
    for path in files:
        raw = path.read_text(encoding="utf-8")
        expected = "\n".join(re.sub(r"[\t \u00a0]+", " ", line).strip() for line in raw.split("\n"))
        expected = expected.replace("\u0e4d\u0e32", "\u0e33")
        assert normalize_thai_text(raw) == expected, path.name


def test_normalize_label_single_line():
    assert normalize_label("  ตัวชี้วัดที่ ๔\n การใช้ ทรัพย์สิน\tของราชการ ") == "ตัวชี้วัดที่ ๔ การใช้ ทรัพย์สิน ของราชการ"
    assert normalize_label("") == ""
    assert normalize_label("การแก้ไข\n\nปัญหาการ ทุจริต") == "การแก้ไข ปัญหาการ ทุจริต"


def test_compact_removes_all_whitespace():
    assert compact("คุณภาพ การ ดำเนินงาน") == "คุณภาพการดำเนินงาน"


def test_mark_split_to_next_line_is_rejoined_not_lost():
    assert normalize_thai_text("หน่วยงานไม\n่ได้ดำเนินการ") == "หน่วยงานไม่ได้ดำเนินการ"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not present")
def test_normalize_is_idempotent_on_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        once = normalize_thai_text(path.read_text(encoding="utf-8"))
        assert normalize_thai_text(once) == once, path.name


def test_skipping_lines_pythainlp_would_not_change_gives_its_exact_output():
    """The fast path (no rule can fire, so normalize() is skipped) must agree
    with PyThaiNLP on random Thai strings full of marks and vowels."""
    import random

    from pythainlp.util import normalize

    from normalizers.thai_text import _normalize_line

    alphabet = "กขคงจนมยรลวสหอะาำิีึืุู่้๊๋์ํ็ัเแโใไๅ ฤฦ"
    rng = random.Random(7)
    for _ in range(20000):
        line = " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(2)).strip()
        if line:
            assert _normalize_line(line) == normalize(line), repr(line)


def test_dot_leaders_after_a_form_label_read_as_a_colon():
    assert dot_leaders_as_colon("ผู้รายงาน..... นางสาวกาญจนา ทองดี ..................") == "ผู้รายงาน : นางสาวกาญจนา ทองดี"
    assert dot_leaders_as_colon("โทรศัพท์…… 08 1234 5678") == "โทรศัพท์ : 08 1234 5678"
    assert dot_leaders_as_colon("(ลงชื่อ)................ผู้รายงาน") == "(ลงชื่อ)................ผู้รายงาน"
    assert dot_leaders_as_colon("ลงชื่อ.............ผู้จัดทำ") == "ลงชื่อ.............ผู้จัดทำ"
    assert dot_leaders_as_colon("ตำแหน่ง.......") == "ตำแหน่ง......."
