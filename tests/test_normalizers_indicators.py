"""normalizers.indicators: the number comes from the NAME, however written."""

from __future__ import annotations

import pytest

from normalizers.indicators import (
    INDICATORS,
    indicator_from_name,
    indicators_in,
    tool_from_text,
    tool_of_indicator,
    tools_in,
)


def test_reference_table():
    assert [INDICATORS[n].name for n in range(1, 11)] == [
        "การปฏิบัติหน้าที่",
        "การใช้งบประมาณ",
        "การใช้อำนาจ",
        "การใช้ทรัพย์สินของราชการ",
        "การแก้ไขปัญหาการทุจริต",
        "คุณภาพการดำเนินงาน",
        "ประสิทธิภาพการสื่อสาร",
        "การปรับปรุงระบบการทำงาน",
        "การเปิดเผยข้อมูล",
        "การป้องกันการทุจริต",
    ]
    assert [tool_of_indicator(n) for n in range(1, 11)] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    with pytest.raises(ValueError):
        tool_of_indicator(11)


@pytest.mark.parametrize(
    ("label", "no"),
    [
        # seed 001 numbers EIT ๑)-๔) and OIT ๕): the name decides
        ("๑) การปฏิบัติหน้าที่", 1),
        ("๒) การใช้งบประมาณ", 2),
        ("๓) การใช้อำนาจ", 3),
        ("<p>๔) การใช้ ทรัพย์สิน ของราชการ</p>", 4),
        ("<p>๕) การแก้ไข ปัญหาการ ทุจริต</p>", 5),
        ("<p>๖) คุณภาพ การ ดำเนินงาน</p>", 6),
        ("๓) ประสิทธิภาพการสื่อสาร", 7),
        ("๔) การปรับปรุงระบบการทำงาน", 8),
        ("๕) การเปิดเผยข้อมูล", 9),
        ("ตัวชี้วัดที่ ๕) การเปิดเผยข้อมูล", 9),
        ("๑๐) การป้องกันการทุจริต", 10),
        # seed 002 / 003 / 004 wording
        ("ตัวชี้วัดที่ ๔. การใช้ทรัพย์สินของทางราชการ", 4),
        ("-ตัวชี้วัดที่ 1 การปฎิบัติหน้าที่", 1),
        ("-ตัวชี้วัดที่ 7 แล้วสิทธิภาพการสื่อสาร", 7),
        ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ๙๔.๓๕ คะแนน", 6),
        ("IIT 5 การแก้ไขปัญหาการทุจริต", 5),
        ("4 การใช้ทรัพย์สินของราชการ\t91.22", 4),
        # older NACC wording, decomposed sara am, typo
        ("ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน", 8),
        ("คุณภาพการด\u0e4d\u0e32เนินงาน", 6),
        ("การใช่อำนาจ", 3),
    ],
)
def test_indicator_from_name(label, no):
    assert indicator_from_name(label) == no


@pytest.mark.parametrize(
    "label",
    [
        "การประเมิน",
        "ITA",
        "ตัวชี้วัดที่ ๑.๓ ร้อยละของหน่วยงานที่ผ่านเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ(ITA)",
        "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
        "๑) การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
        "การใช้จ่ายงบประมาณ",
        "การมอบอำนาจ",
        "ประสิทธิภาพการปฏิบัติงาน",
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
        "",
    ],
)
def test_no_indicator(label):
    assert indicator_from_name(label) is None


def test_five_and_ten_are_not_confused():
    assert indicator_from_name("การแก้ไขปัญหาการทุจริต") == 5
    assert indicator_from_name("การป้องกันการทุจริต") == 10
    assert indicator_from_name("มาตรการภายในเพื่อป้องกันการทุจริต") == 10


def test_indicators_in_order():
    text = "ในตัวชี้วัดที่ ๒ การใช้งบประมาณ และตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ดังนี้"
    assert indicators_in(text) == [2, 4]
    assert indicator_from_name(text) == 2


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "IIT"),
        ("๓) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : EIT)", "EIT"),
        ("แบบวัดการรับรู้ผู้มีส่วนได้เสีย ภายนอกพร้อม QR Code", "EIT"),
        ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "OIT"),
        ("คะแนนรวม IIT 93.15", "IIT"),
        ("2) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : EIT) ได้ 83.06 คะแนน", "EIT"),
        ("การเก็บข้อมูลจากบุคลากรภายในหน่วยงานภาครัฐ (Internal Integrity and Transparency Assessment – IIT)", "IIT"),
        ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Intergrity and Transparency Assessment: IIT)", "IIT"),
    ],
)
def test_tool_from_text(text, tool):
    assert tool_from_text(text) == tool


def test_tool_from_text_none_when_absent_or_ambiguous():
    assert tool_from_text("ผลการประเมินรายเครื่องมือ") is None
    assert tool_from_text("ITA exploit") is None
    both = "ประชาสัมพันธ์ผู้มีส่วนได้ส่วนเสียทั้งภายใน (IT) และผู้มีส่วนได้ส่วนเสียภายนอก (EIT๑) (EIT๒)"
    assert tool_from_text(both) is None
    assert tools_in(both) == ["IIT", "EIT"]
