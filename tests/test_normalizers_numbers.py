"""normalizers.numbers on figures as the seeds write them."""

from __future__ import annotations

import pytest

from normalizers.numbers import numbers_in, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("๘๑.๓๗", 81.37),
        ("81.37", 81.37),
        ("1,234.50", 1234.5),
        ("๙๒.๔๓ คะแนน", 92.43),
        ("มีผลคะแนน ๘๕.๘๘ คะแนน ผลการวิเคราะห์", 85.88),
        ("96.40%", 96.4),
        ("ร้อยละ ๘๐", 80.0),
        ("๗๗.๖๓", 77.63),
        ("๒๕๖8", 2568.0),  # tj10 mixed digits
        ("0๗ ผลการปฏิบัติงาน", 7.0),
        ("หน่วยงานภาครัฐ จำนวน 8,303 แห่ง", 8303.0),
        ("-4.48", -4.48),
        ("ได้ 100 คะแนน", 100.0),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_none():
    assert parse_number("ไม่มีข้อมูล") is None
    assert parse_number("") is None
    assert parse_number(None) is None


def test_numbers_in_keeps_order_and_is_unsigned_in_text():
    assert numbers_in("I1-I3 คะแนน 92.85, 94.32, 94.85 ตามลำดับ") == [1.0, 3.0, 92.85, 94.32, 94.85]
    assert numbers_in("เวลา 13.30 -16.00 น.") == [13.3, 16.0]
    assert numbers_in("- ๑.คู่มือการดำเนินการ (ITA)") == [1.0]
    assert numbers_in("ระดับ ๑\tระดับ ๒") == [1.0, 2.0]
