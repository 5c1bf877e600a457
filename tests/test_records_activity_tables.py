"""The generic reader of activity tables (issue 8): column roles from header words and
synonyms, split headers (one budget column per year), grouping rows, totals, check-box
status, and indicators only where the document ties them."""

from __future__ import annotations

from datetime import date

from test_records_measures import FACTS, doc_of

from normalizers.numbers import baht_amount
from records.measures import read_measures
from records.tables import ticked_label

PLAN_HEAD = ["แผนงาน/โครงการ/กิจกรรม", "วัตถุประสงค์", "กิจกรรม", "ผลการดำเนินงาน", "หมายเหตุ"]


def test_a_plan_with_no_owner_or_period_column_still_gives_its_measures_and_strategy_rows_are_not_measures():
    ms = read_measures(doc_of([
        PLAN_HEAD,
        ["ยุทธศาสตร์ที่ ๑ สร้างสังคมที่ไม่ทนต่อการทุจริต"],
        ["โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร", "เพื่อปลูกฝังค่านิยมสุจริต", "อบรม ๑ ครั้ง",
         "ดำเนินการแล้ว ผู้เข้าร่วม ๔๕ คน", ""],
        ["ยุทธศาสตร์ที่ ๒ พัฒนาระบบป้องกันการทุจริตเชิงรุก"],
        ["กิจกรรมเผยแพร่ประกาศเจตนารมณ์", "เพื่อสร้างความโปร่งใส", "ประกาศทางเว็บไซต์", "เผยแพร่แล้ว", "-"],
        ["รวม", "", "", "", ""],
    ]), FACTS)
    assert [m.title for m in ms] == ["โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร", "กิจกรรมเผยแพร่ประกาศเจตนารมณ์"]
    assert ms[0].result_text == "ดำเนินการแล้ว ผู้เข้าร่วม ๔๕ คน"
    assert "วัตถุประสงค์: เพื่อปลูกฝังค่านิยมสุจริต" in ms[0].detail
    assert all(m.indicator_no is None for m in ms)


def test_titles_with_budget_or_corruption_words_get_no_indicator_unless_a_heading_ties_one():
    rows = [
        ["ลำดับ", "โครงการ/กิจกรรม", "เป้าหมาย/ตัวชี้วัด", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ"],
        ["๑", "โครงการอบรมการจัดทำงบประมาณรายจ่ายประจำปีงบประมาณ ๒๕๖๘", "บุคลากร ๓๐ คน", "๒๐,๐๐๐",
         "ม.ค. ๒๕๖๘", "กองคลัง"],
        ["๒", "โครงการป้องกันการทุจริตในหน่วยงาน", "๑ ครั้ง", "-", "ตลอดปีงบประมาณ", "สำนักปลัด"],
    ]
    ms = read_measures(doc_of(rows), FACTS)
    assert [m.indicator_no for m in ms] == [None, None]
    tied = read_measures(doc_of([rows[0], ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"], *rows[1:]]), FACTS)
    assert [m.indicator_no for m in tied] == [9, 9]


def test_the_target_group_is_not_a_period_and_a_number_is_not_a_title():
    ms = read_measures(doc_of([
        ["ที่", "โครงการ/กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
        ["๑", "อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน", "ผู้บริหาร และบุคลากรทุกคน จำนวน ๒๕ คน",
         "มี.ค. – เม.ย. ๒๕๖๘", "งานบริหารทั่วไป"],
        ["๒", "๒๕", "", "", ""],
    ]), FACTS)
    assert len(ms) == 1
    m = ms[0]
    assert (m.period_text, m.start_date, m.end_date) == ("มี.ค. – เม.ย. ๒๕๖๘", date(2025, 3, 1), date(2025, 4, 30))
    assert "ผู้บริหาร และบุคลากรทุกคน จำนวน ๒๕ คน" in m.detail
    assert [o.org_unit for o in m.owners] == ["งานบริหารทั่วไป"]


def test_one_budget_column_per_year_under_a_merged_header():
    ms = read_measures(doc_of([
        ["ที่", "โครงการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
        ["", "", "ปี ๒๕๖๗", "ปี ๒๕๖๘", "ปี ๒๕๖๙", ""],
        ["๑", "โครงการส่งเสริมคุณธรรมในองค์กร", "๑๐,๐๐๐", "๒๐,๐๐๐", "ไม่ใช้งบประมาณ", "สำนักปลัด"],
        ["๒", "กิจกรรมเผยแพร่ข้อมูลข่าวสาร", "-", "ไม่ใช้งบประมาณ", "๕,๐๐๐", "กองคลัง"],
    ]), FACTS)
    assert [(m.title, m.budget_baht) for m in ms] == [
        ("โครงการส่งเสริมคุณธรรมในองค์กร", 20000.0), ("กิจกรรมเผยแพร่ข้อมูลข่าวสาร", 0.0)]
    assert "งบประมาณ (บาท) ปี ๒๕๖๗: ๑๐,๐๐๐" in ms[0].detail
    assert [o.org_unit for o in ms[1].owners] == ["กองคลัง"]


def test_check_box_status():
    ms = read_measures(doc_of([
        ["มาตรการ", "สถานะการดำเนินงาน", "หมายเหตุ"],
        ["มาตรการงดรับของขวัญ", "☑ ดำเนินการแล้ว\n☐ อยู่ระหว่างดำเนินการ", ""],
        ["มาตรการตรวจสอบการใช้รถราชการ", "☐ ดำเนินการแล้ว\n☑ อยู่ระหว่างดำเนินการ", "ไตรมาส ๓"],
    ]), FACTS)
    assert [m.status for m in ms] == ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ"]
    assert ticked_label("☐ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ") is None


def test_baht_amounts():
    assert baht_amount("๑๒๐,๐๐๐") == 120000
    assert baht_amount("1.5 ล้านบาท") == 1_500_000
    assert baht_amount("ไม่ใช้งบประมาณ") == 0
    assert baht_amount("-") is None and baht_amount("") is None and baht_amount("งบจังหวัด") is None


def test_owner_cells_a_pdf_ran_together():
    from records.owners import parse_owners

    def parts(text):
        return [(o.rank, o.person_name, o.position, o.org_unit) for o in parse_owners(text)]

    assert parts("กลุ่มงานบริหารทั่วไปกลุ่มงานทรัพยากรบุคคล") == [
        (None, None, None, "กลุ่มงานบริหารทั่วไป"), (None, None, None, "กลุ่มงานทรัพยากรบุคคล")]
    assert parts("นายธนากร บุญมาผู้อำนวยการกองช่าง") == [("นาย", "ธนากร บุญมา", "ผู้อำนวยการกองช่าง", None)]
    assert parts("งานควบคุมโรค") == [(None, None, None, "งานควบคุมโรค")]
    assert parts("งานกองทุนหลักประกันสุขภาพ") == [(None, None, None, "งานกองทุนหลักประกันสุขภาพ")]
    assert parts("รองผู้อำนวยการกองคลัง") == [(None, None, "รองผู้อำนวยการกองคลัง", None)]


def test_header_text_a_repeated_header_ran_into_the_row_below_is_dropped():
    """Generated layouts as PDF: a header cell "ผู้รับผิดชอบ/ หน่วยงาน" repeated on the next page as
    "ผู้รับผิดชอบ/" with "หน่วย" set into the row below, next to the rest of a row the page cut
    ("กองค" / "หน่วยลัง" was an owner "กองคหน่วยลัง")."""
    from records.tables import header_overflow, without_header_overflow

    header = [["ที่", "แนวทาง/ มาตรการ", "ผู้รับผิดชอบ/ หน่วยงาน"]]
    lost = header_overflow(["ที่", "แนวทาง/ มาตรการ", "ผู้รับผิดชอบ/"], header)
    assert lost == {2: "หน่วยงาน"}
    assert without_header_overflow(["", "อิเล็กทรอนิกส์", "หน่วยลัง"], lost) == ["", "อิเล็กทรอนิกส์", "ลัง"]
    assert without_header_overflow(["", "", "หน่วย"], lost) == ["", "", ""]
    assert without_header_overflow(["", "", "หนองบัว"], lost) == ["", "", "หนองบัว"]
