"""normalizers.questions: question codes as the seeds write them."""

from __future__ import annotations

import pytest

from normalizers.questions import question_code, question_codes, tool_of_question


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("i๒", ["I2"]),
        ("i๑๕", ["I15"]),
        ("I13–I15 และI18", ["I13", "I14", "I15", "I18"]),
        ("E1-E3 และE5", ["E1", "E2", "E3", "E5"]),
        ("O1 - O3", ["O1", "O2", "O3"]),
        ("ข้อ I19", ["I19"]),
        ("I19 บุคลากรในหน่วยงานของท่าน มีการเอาทรัพย์สินของราชการ 98.66", ["I19"]),
        ("I1-I3 คะแนน 92.85, 94.32, 94.85 ตามลำดับ", ["I1", "I2", "I3"]),
        ("E6-E10", ["E6", "E7", "E8", "E9", "E10"]),
        ("I1-3", ["I1", "I2", "I3"]),
        ("I24 และ I25-I30", ["I24", "I25", "I26", "I27", "I28", "I29", "I30"]),
        ("O1 - 2568", ["O1"]),
    ],
)
def test_question_codes(text, codes):
    assert question_codes(text) == codes


def test_not_codes():
    assert question_codes("(EIT๑) (EIT๒)") == []
    assert question_codes("CO2 E-Service ITA") == []
    assert question_codes("") == []
    assert question_code("ไม่มีรหัส") is None


def test_zero_written_for_o_in_oit_tables():
    # seed 001: OIT items numbered ๐๑, 0๗, 0๑๐
    assert question_codes("๐๑ โครงสร้าง และอำนาจหน้าที่", zero_as_o=True) == ["O1"]
    assert question_codes("0๗ ผลการปฏิบัติงานของแต่ละสายงาน", zero_as_o=True) == ["O7"]
    assert question_codes("0๑๐ E-Service", zero_as_o=True) == ["O10"]
    assert question_codes("๐๑ โครงสร้าง") == []


def test_tool_of_question():
    assert tool_of_question("I19") == "IIT"
    assert tool_of_question("E1") == "EIT"
    assert tool_of_question("O12") == "OIT"
