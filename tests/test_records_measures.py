"""Measures from tables and lists (records.measures), layouts of the seed reports and variations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.model import Block, ExtractedDocument, Table
from records.measures import fields_of_line, indicator_in_title, numbered_items, period_in_text, read_measures
from records.model import DocumentFacts, UnitFacts

FACTS = DocumentFacts(UnitFacts("เทศบาลตำบลทดสอบ", "municipality"), 2568, "measures", None)


def doc_of(*parts) -> ExtractedDocument:
    blocks = []
    for p in parts:
        if isinstance(p, list):
            blocks.append(Block("table", table=Table(rows=p)))
        else:
            blocks.append(Block("paragraph", text=p))
    return ExtractedDocument(format="docx", page_count=None, pages=[], blocks=blocks)


HEAD5 = ["มาตรการ/ โครงการ/ หรือกิจกรรม", "ผลการวิเคราะห์ตัวชี้วัดตามหลักเกณฑ์การประเมิน ITA",
         "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"]


def test_analysis_table_with_indicator_line_and_numbered_measures():
    ms = read_measures(doc_of([
        HEAD5,
        ["ตัวชี้วัดที่๔. การใช้ทรัพย์สินของราชการ\n๑.มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ\n"
         "๒.ประชาสัมพันธ์เผยแพร่ข้อมูลคู่มือแนวทางปฏิบัติการยืมทรัพย์สินของราชการ",
         "พบว่ามี ๑ ข้อคำถาม", "๑.จัดทำคำสั่ง", "๑ ต.ค. ๒๕๖๘-๓๐ ก.ย.๒๕๖๙", "ทุกสำนัก/กอง"],
    ]), FACTS)
    assert [(m.indicator_no, m.title, m.start_date, m.end_date, m.fiscal_year) for m in ms] == [
        (4, "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ", date(2025, 10, 1), date(2026, 9, 30), 2569),
        (4, "ประชาสัมพันธ์เผยแพร่ข้อมูลคู่มือแนวทางปฏิบัติการยืมทรัพย์สินของราชการ", date(2025, 10, 1),
         date(2026, 9, 30), 2569),
    ]
    assert ms[0].owners[0].org_unit == "ทุกสำนัก/กอง"
    assert "ขั้นตอน/วิธีการปฏิบัติ: ๑.จัดทำคำสั่ง" in ms[0].detail


def test_rows_split_by_a_page_break_are_merged():
    head = ["มาตรการ", "แนวทางการดำเนินการ/ การปฏิบัติ", "การกำกับติดตาม/ การรายงานผล", "ผู้รับผิดชอบ"]
    ms = read_measures(doc_of(
        [head, ["การเปิดเผยข้อมูลข่าวสารและการเพิ่มประสิทธิภาพการสื่อสาร", "ให้มีการเผยแพร่ข้อมูลข่าวสาร",
                "รายงานผลให้จังหวัดทราบภายในเดือนมีนาคม ๒๕๖๖", "หัวหน้าส่วนราชการ/ หัวหน้าหน่วยงาน"]],
        [head, ["", "เช่น สื่อวิทยุ หรือการจัดทำเป็นเอกสาร"]],
    ), DocumentFacts(None, 2566, "measures", None))
    assert len(ms) == 1
    m = ms[0]
    assert m.indicator_no == 7  # the longest indicator name in the title wins over การเปิดเผยข้อมูล
    assert (m.period_text, m.start_date, m.end_date) == ("ภายในเดือนมีนาคม ๒๕๖๖", None, date(2023, 3, 31))
    assert "เช่น สื่อวิทยุ" in m.detail
    assert [o.position for o in m.owners] == ["หัวหน้าส่วนราชการ", "หัวหน้าหน่วยงาน"]


def test_indicator_column_carried_down_and_deadline_column():
    head = ["ตัวชี้วัด", "ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ", "กิจกรรมที่จะดำเนินการ", "ผลผลิต",
            "ระยะเวลาเสร็จ", "ผู้รับผิดชอบ", "ระยะเวลากำกับติดตาม"]
    ms = read_measures(doc_of([
        head,
        ["๕) คุณภาพการดำเนินงาน", "เพิ่มช่องทาง", "จัดทำคู่มือการให้บริการ", "คู่มือ", "๓๐ มี.ค. ๖๘",
         "สว.อก.๑ผู้ควบคุม ร.ต.อ.เกียรติศักดิ์ฯ จัดทำคู่มือ", "ทุก ๑ เดือน"],
        ["", "", "เพิ่มช่องทางการเผยแพร่คู่มือการให้บริการ", "ป้าย", "ทุกวัน", "สิบเวร ทุกนาย", "ทุก ๑ เดือน"],
    ]), FACTS)
    assert [(m.indicator_no, m.title, m.start_date, m.end_date, m.monitoring) for m in ms] == [
        (6, "จัดทำคู่มือการให้บริการ", None, date(2025, 3, 30), "ทุก ๑ เดือน"),
        (6, "เพิ่มช่องทางการเผยแพร่คู่มือการให้บริการ", None, None, "ทุก ๑ เดือน"),
    ]
    assert [(o.rank, o.person_name, o.position) for o in ms[0].owners] == [
        (None, None, "สว.อก.๑"), ("ร.ต.อ.", "เกียรติศักดิ์", None)]


def test_column_order_and_synonyms_do_not_matter():
    ms = read_measures(doc_of([
        ["หน่วยงานที่รับผิดชอบ", "ห้วงเวลา", "โครงการ/กิจกรรม", "ตัวชี้วัด"],
        ["กองคลัง", "ตุลาคม 2567 - กันยายน 2568", "อบรมการใช้ทรัพย์สินของราชการ", "การใช้ทรัพย์สินของราชการ"],
    ]), FACTS)
    assert [(m.indicator_no, m.title, m.start_date, m.end_date) for m in ms] == [
        (4, "อบรมการใช้ทรัพย์สินของราชการ", date(2024, 10, 1), date(2025, 9, 30))]
    assert ms[0].owners[0].org_unit == "กองคลัง"


def test_calendar_is_not_measures():
    ms = read_measures(doc_of([
        ["ที่", "ช่วงระยะเวลา", "ขั้นตอน", "การดำเนินงาน", "ผู้รับผิดชอบ"],
        ["๑", "๑ ตุลาคม ๒๕๖๗ ถึง ๓๑ ธันวาคม ๒๕๖๗", "เตรียมความพร้อม", "ทำความเข้าใจ", "คณะทำงาน"],
    ]), FACTS)
    assert ms == []


def test_list_measures_under_guideline_headings_with_owner_line():
    ms = read_measures(doc_of(
        "-ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
        "I19-I21 คะแนน 84.44, 82.17, 84.19 ตามลำดับ",
        "แนวทาง",
        "-การประชาสัมพันธ์",
        "-จัดทำระบบจองรถออนไลน์",
        "-เน้นที่กองคลัง สป.",
        "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต",
        "แนวทาง",
        "-สรุปผลกรณีตัวอย่าง",
    ), DocumentFacts(None, 2566, "minutes", None))
    assert [(m.indicator_no, m.title, [o.org_unit for o in m.owners]) for m in ms] == [
        (4, "การประชาสัมพันธ์", ["กองคลัง สป."]),
        (4, "จัดทำระบบจองรถออนไลน์", ["กองคลัง สป."]),
        (5, "สรุปผลกรณีตัวอย่าง", []),
    ]


def test_numbered_action_list():
    ms = read_measures(doc_of(
        "คำชี้แจงการปฏิบัติงาน/มาตรการที่ได้ดำเนินการ",
        "๑. ให้ทุกสถานีตำรวจในสังกัด จัดทำโครงการ",
        "๖.๓ ให้ติดตามหรือเข้าร่วม โครงการ/กิจกรรมต่างๆ",
        "ปัจจัยสนับสนุนต่อการดำเนินงาน:",
        "๑.คู่มือการดำเนินการ (ITA)",
        "หลักฐานอ้างอิง:",
        "๑. จัดทำและดำเนินการตามโครงการฯ ที่กำหนด",
    ), FACTS)
    assert [m.title for m in ms] == ["ให้ทุกสถานีตำรวจในสังกัด จัดทำโครงการ", "ให้ติดตามหรือเข้าร่วม โครงการ/กิจกรรมต่างๆ"]


def test_helpers():
    assert numbered_items("ตัวอย่าง") == []
    assert numbered_items("๑.ก ข\n๒.ค ง") == ["ก ข", "ค ง"]
    assert numbered_items("๑.จัดทำคู่มือ มาตรฐานการปฏิบัติงาน๒.จัดฝึกอบรม") == ["จัดทำคู่มือ มาตรฐานการปฏิบัติงาน", "จัดฝึกอบรม"]
    assert period_in_text("รายงานผลการดำเนินงานจังหวัดทราบภายในเดือนมีนาคม ๒๕๖๖") == "ภายในเดือนมีนาคม ๒๕๖๖"
    assert period_in_text("ทุก ๑ เดือน") is None
    assert indicator_in_title("การพัฒนา/ปรับปรุงคุณภาพในการทำงาน") == 8
    assert indicator_in_title("การแต่งตั้งคณะกรรมการขับเคลื่อนการประเมิน ITA") is None


def test_other_common_headers():
    ms = read_measures(doc_of([
        ["ประเด็นที่ต้องพัฒนา", "แนวทางการแก้ไข", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "หมายเหตุ"],
        ["การเผยแพร่ข้อมูล", "ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน", "ต.ค. 2567 - ก.ย. 2568", "นางสาวสมใจ ดีงาม นักวิชาการคอมพิวเตอร์", "-"],
    ]), FACTS)
    assert [(m.title, m.start_date, m.end_date) for m in ms] == [
        ("ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน", date(2024, 10, 1), date(2025, 9, 30))]
    assert [(o.rank, o.person_name, o.position) for o in ms[0].owners] == [
        ("น.ส.", "สมใจ ดีงาม", "นักวิชาการคอมพิวเตอร์")]
    assert "ประเด็นที่ต้องพัฒนา: การเผยแพร่ข้อมูล" in ms[0].detail


# --- generalisation rules (blind-set failure shapes, own wording) ---------------------------


def test_prose_items_with_labelled_owner_and_period_lines():
    ms = read_measures(doc_of(
        "ประกาศมาตรการส่งเสริมความโปร่งใสของสำนักงานทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้",
        "๒. ด้านการใช้ทรัพย์สินของราชการ",
        "๒.๑ มาตรการควบคุมการยืมครุภัณฑ์ โดยให้ทุกฝ่ายบันทึกการยืมในทะเบียนกลาง",
        "ผู้รับผิดชอบ : งานพัสดุ, งานยานพาหนะ",
        "ระยะเวลาดำเนินการ : ภายใน ๒๘ ก.พ. ๖๘",
        "๒.๒ มาตรการประชาสัมพันธ์ข่าวสาร โดยเผยแพร่ผ่านสื่อออนไลน์",
        "ผู้รับผิดชอบ : นางสาวมาลี ทดสอบ นักประชาสัมพันธ์",
        "ระยะเวลาดำเนินการ : ทุกเดือน",
    ), FACTS)
    assert [(m.indicator_no, m.title, m.start_date, m.end_date) for m in ms] == [
        (4, "มาตรการควบคุมการยืมครุภัณฑ์", None, date(2025, 2, 28)),
        (4, "มาตรการประชาสัมพันธ์ข่าวสาร", None, None),  # ทุกเดือน is a frequency, not a period
    ]
    assert [o.org_unit for o in ms[0].owners] == ["งานพัสดุ", "งานยานพาหนะ"]
    assert (ms[1].owners[0].rank, ms[1].owners[0].person_name) == ("น.ส.", "มาลี ทดสอบ")


def test_activity_header_and_number_only_indicator_and_deadline_month():
    ms = read_measures(doc_of([
        ["ลำดับ", "กิจกรรม/แนวทางดำเนินการ", "ตัวชี้วัดที่เกี่ยวข้อง", "ผู้รับผิดชอบ", "กำหนดแล้วเสร็จ"],
        ["1", "อบรมเจ้าหน้าที่เรื่องการรับของขวัญ", "ตัวชี้วัดที่ 10", "กองการเจ้าหน้าที่", "ธ.ค. 67"],
        ["2", "ทำแผ่นพับขั้นตอนการขออนุญาต", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "กองช่าง", "1 - 15 ม.ค. 68"],
    ]), FACTS)
    assert [(m.indicator_no, m.start_date, m.end_date) for m in ms] == [
        (10, None, date(2024, 12, 31)),  # a month in a deadline column: its last day, no start
        (6, date(2025, 1, 1), date(2025, 1, 15)),  # a range keeps its start
    ]


def test_indicator_column_found_by_content():
    ms = read_measures(doc_of([
        ["ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "มาตรการ/แนวทางการพัฒนา", "ประเด็นที่ต้องพัฒนา"],
        ["กองคลัง", "ม.ค. - มี.ค. 2568", "ทำทะเบียนคุมพัสดุให้เป็นปัจจุบัน", "การใช้ทรัพย์สินของราชการ – ยังไม่มีทะเบียน"],
        ["สำนักปลัด", "ตลอดปีงบประมาณ", "ติดตั้งตู้รับฟังความเห็น", "ประสิทธิภาพการสื่อสาร"],
    ]), FACTS)
    assert [m.indicator_no for m in ms] == [4, 7]
    assert "ยังไม่มีทะเบียน" in (ms[0].detail or "")


def test_action_assigned_in_minutes_prose():
    ms = read_measures(doc_of(
        "ที่ประชุมมอบหมายให้หัวหน้าฝ่ายการเงินรายงานผลการเบิกจ่ายงบประมาณต่อที่ประชุมทุกไตรมาส เพื่อให้ทุกฝ่ายทราบ",
        "ประธานมอบหมายให้ นายสมหมาย ทดสอบ เป็นผู้ดูแลระบบ",
    ), FACTS)
    assert len(ms) == 1
    m = ms[0]
    assert m.title.startswith("รายงานผลการเบิกจ่ายงบประมาณ") and m.indicator_no == 2
    assert (m.start_date, m.end_date, m.monitoring) == (None, None, "ทุกไตรมาส")
    assert [o.position for o in m.owners] == ["หัวหน้าฝ่ายการเงิน"]


def test_numbered_prose_items_with_owner_and_deadline_in_brackets():
    ms = read_measures(doc_of(
        "๑. ตัวชี้วัดที่ ๓ การใช้อำนาจ",
        "๑.๑ ทบทวนหลักเกณฑ์การมอบหมายงานให้เป็นธรรม (ผู้รับผิดชอบ : นางสุดา ใจดี หัวหน้าสำนักปลัด / กำหนดแล้วเสร็จ ๓๐ เม.ย. ๒๕๖๘)",
        "๑.๒ สำรวจความเห็นของบุคลากรต่อการประเมินผล (ผู้รับผิดชอบ : งานการเจ้าหน้าที่ / ระยะเวลา ก.พ. – มี.ค. ๒๕๖๘)",
        ["ที่", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ"],
    ), FACTS)
    got = [(m.indicator_no, m.title, m.start_date, m.end_date) for m in ms]
    assert (3, "ทบทวนหลักเกณฑ์การมอบหมายงานให้เป็นธรรม", None, date(2025, 4, 30)) in got
    assert (3, "สำรวจความเห็นของบุคลากรต่อการประเมินผล", date(2025, 2, 1), date(2025, 3, 31)) in got
    first = next(m for m in ms if m.title.startswith("ทบทวน"))
    assert [(o.rank, o.person_name, o.position) for o in first.owners] == [("นาง", "สุดา ใจดี", "หัวหน้าสำนักปลัด")]


def test_resolution_items_assigning_a_party():
    ms = read_measures(doc_of(
        "มติที่ประชุม เห็นชอบ และมอบหมายการดำเนินการ ดังนี้",
        "1) ด้านการใช้งบประมาณ (ตัวชี้วัดที่ 2) มอบหมาย นางสุดา ใจดี ผู้อำนวยการกองคลัง เผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาส "
        "ตั้งแต่เดือนมกราคม 2568 ถึงเดือนกันยายน 2568",
        "2) ด้านคุณภาพการดำเนินงาน (ตัวชี้วัดที่ 6) ให้ทุกกองในสังกัด ปรับปรุงป้ายขั้นตอนการให้บริการ ให้แล้วเสร็จภายในวันที่ 15 มีนาคม 2568",
    ), FACTS)
    got = [(m.indicator_no, m.title, m.start_date, m.end_date) for m in ms]
    assert got == [(2, "เผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาส", date(2025, 1, 1), date(2025, 9, 30)),
                   (6, "ปรับปรุงป้ายขั้นตอนการให้บริการ", None, date(2025, 3, 15))]
    assert [(o.rank, o.person_name, o.position) for o in ms[0].owners] == [("นาง", "สุดา ใจดี", "ผู้อำนวยการกองคลัง")]
    assert [o.org_unit for o in ms[1].owners] == ["ทุกกองในสังกัด"]


def test_number_only_indicator_column_and_numbered_periods():
    ms = read_measures(doc_of([
        ["ที่", "มาตรการ/กิจกรรม", "ตัวชี้วัดที่", "ระยะเวลา", "ผู้รับผิดชอบ"],
        ["๑", "1) จัดทำคู่มือการให้บริการ\n2) ประเมินความพึงพอใจ", "๖", "1) ภายใน 31 ธันวาคม 2567\n2) ม.ค. – มี.ค. 2568", "งานธุรการ"],
    ]), FACTS)
    assert [(m.indicator_no, m.title, m.start_date, m.end_date) for m in ms] == [
        (6, "จัดทำคู่มือการให้บริการ", None, date(2024, 12, 31)),
        (6, "ประเมินความพึงพอใจ", date(2025, 1, 1), date(2025, 3, 31))]


def test_period_phrases():
    assert period_in_text("ให้ดำเนินการ ตั้งแต่เดือนมีนาคม 2568 ถึงเดือนมิถุนายน 2568") == "ตั้งแต่เดือนมีนาคม 2568 ถึงเดือนมิถุนายน 2568"
    assert period_in_text("ตลอดปีงบประมาณ ๒๕๖๘") == "ตลอดปีงบประมาณ ๒๕๖๘"
    assert period_in_text("จัดให้มีกล่องรับความคิดเห็น ภายในเดือนมกราคม 2568") == "ภายในเดือนมกราคม 2568"


def test_issue_column_gives_way_to_the_column_that_reads_like_actions():
    ms = read_measures(doc_of([
        ["ลำดับ", "ประเด็นที่ต้องพัฒนา", "วิธีการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ตัวชี้วัดความสำเร็จ"],
        ["1", "การใช้งบประมาณ", "1) จัดทำรายงานการใช้จ่ายเงินรายไตรมาส\n2) เผยแพร่ผลการจัดซื้อจัดจ้างบนเว็บไซต์",
         "ตลอดปีงบประมาณ", "กองคลัง", "เผยแพร่ครบ ๔ ไตรมาส"],
        ["2", "การเปิดเผยข้อมูล", "ปรับปรุงเว็บไซต์ให้มีข้อมูลครบตามเกณฑ์", "ม.ค. - มี.ค. 2568", "งานประชาสัมพันธ์",
         "ข้อมูลครบร้อยละ 100"],
    ]), FACTS)
    assert [(m.indicator_no, m.title) for m in ms] == [
        (2, "จัดทำรายงานการใช้จ่ายเงินรายไตรมาส"), (2, "เผยแพร่ผลการจัดซื้อจัดจ้างบนเว็บไซต์"),
        (9, "ปรับปรุงเว็บไซต์ให้มีข้อมูลครบตามเกณฑ์")]
    assert "ตัวชี้วัดความสำเร็จ: เผยแพร่ครบ ๔ ไตรมาส" in ms[0].detail


def test_checklist_item_column_stays_the_title():
    ms = read_measures(doc_of([
        ["ที่", "ประเด็นที่ต้องพัฒนา", "แนวทางการดำเนินการ", "ผู้รับผิดชอบ"],
        ["1", "O1 โครงสร้าง", "เผยแพร่แผนผังโครงสร้างบนเว็บไซต์", "สำนักปลัด"],
        ["2", "O2 ข้อมูลผู้บริหาร", "เผยแพร่ข้อมูลผู้บริหารบนเว็บไซต์", "สำนักปลัด"],
    ]), FACTS)
    assert [m.title for m in ms] == ["O1 โครงสร้าง", "O2 ข้อมูลผู้บริหาร"]


def test_numbered_announcement_measures_take_only_their_own_owner_lines():
    ms = read_measures(doc_of(
        "ด้วยเทศบาลตำบลทดสอบ ได้รับผลการประเมิน ITA จึงประกาศมาตรการ ดังนี้",
        "๑. มาตรการการใช้ทรัพย์สินของทางราชการ",
        "ห้ามนำรถยนต์ส่วนกลางไปใช้ในกิจธุระส่วนตัว และให้บันทึกการใช้รถทุกครั้ง",
        "ผู้รับผิดชอบ : งานพัสดุ",
        "๒. มาตรการป้องกันการใช้อำนาจโดยมิชอบ",
        "ผู้บังคับบัญชาต้องมอบหมายงานอย่างเป็นธรรม",
        "๓. มาตรการเปิดเผยข้อมูลข่าวสาร",
        "เผยแพร่ข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน ระหว่างเดือนมกราคม ๒๕๖๘ – มีนาคม ๒๕๖๘",
        "ผู้รับผิดชอบ : งานประชาสัมพันธ์",
        "ให้หัวหน้าส่วนราชการกำกับติดตามและรายงานผลทุก ๖ เดือน",
        "จึงประกาศมาให้ทราบโดยทั่วกัน",
    ), FACTS)
    assert [(m.indicator_no, m.title, [o.org_unit for o in m.owners]) for m in ms] == [
        (4, "มาตรการการใช้ทรัพย์สินของทางราชการ", ["งานพัสดุ"]),
        (3, "มาตรการป้องกันการใช้อำนาจโดยมิชอบ", []),
        (9, "มาตรการเปิดเผยข้อมูลข่าวสาร", ["งานประชาสัมพันธ์"]),
    ]
    assert (ms[2].start_date, ms[2].end_date) == (date(2025, 1, 1), date(2025, 3, 31))


def test_announcement_heading_run_into_its_body_is_cut():
    from records.measures import _split_joined_heading
    assert _split_joined_heading("มาตรการแก้ไขปัญหาการทุจริตและการจัดการเรื่องร้องเรียนให้ศูนย์ดำรงธรรมรับเรื่อง ผ่านสายด่วน")[0] \
        == "มาตรการแก้ไขปัญหาการทุจริตและการจัดการเรื่องร้องเรียน"
    assert _split_joined_heading("มาตรการงดรับของขวัญ (No Gift Policy) ข้าราชการทุกคนงดรับของขวัญ")[0] \
        == "มาตรการงดรับของขวัญ (No Gift Policy)"


def test_resolutions_in_minutes_are_measures_with_owner_and_deadline():
    ms = read_measures(doc_of(
        "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา",
        "มติที่ประชุม เห็นชอบและมอบหมาย ดังนี้",
        "1) งานการเงิน (นางสาวสุดา ใจงาม) ทบทวนขั้นตอนการเบิกจ่ายเงิน ให้แล้วเสร็จภายใน 28 ก.พ. 2568",
        "2) ให้กองช่างจัดทำแผนบำรุงรักษาครุภัณฑ์ ภายในเดือนมีนาคม 2568",
        "ระเบียบวาระที่ ๔ เรื่องอื่น ๆ",
        "มติที่ประชุม เห็นชอบให้สำนักปลัดจัดโครงการอบรมคุณธรรมจริยธรรม ในเดือนพฤษภาคม 2568",
        "มติที่ประชุม รับทราบ",
    ), FACTS)
    got = [(m.title, m.end_date, [(o.rank, o.person_name, o.org_unit) for o in m.owners]) for m in ms]
    assert got == [
        ("ทบทวนขั้นตอนการเบิกจ่ายเงิน", date(2025, 2, 28), [("น.ส.", "สุดา ใจงาม", "งานการเงิน")]),
        ("จัดทำแผนบำรุงรักษาครุภัณฑ์", date(2025, 3, 31), [(None, None, "กองช่าง")]),
        ("จัดโครงการอบรมคุณธรรมจริยธรรม", date(2025, 5, 31), [(None, None, "สำนักปลัด")]),
    ]


def test_relative_period_takes_the_fiscal_year_of_the_heading_above():
    facts = DocumentFacts(UnitFacts("เทศบาลตำบลทดสอบ", "municipality"), 2567, "analysis", None)
    ms = read_measures(doc_of(
        "๓. แนวทางการพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        [["มาตรการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
         ["เผยแพร่ข่าวสารผ่านเพจ Facebook ทุกสัปดาห์", "ตลอดปีงบประมาณ", "งานประชาสัมพันธ์"],
         ["จัดทำคู่มือการยืมพัสดุ", "ม.ค. - มี.ค. 2568", "กองคลัง"]],
    ), facts)
    assert (ms[0].start_date, ms[0].end_date, ms[0].fiscal_year) == (date(2024, 10, 1), date(2025, 9, 30), 2568)


def test_thai_letter_items_under_a_measures_heading():
    got = read_measures(doc_of(
        "ตัวชี้วัดกลุ่มที่ ๑ ด้านการป้องกันการทุจริต",
        "มาตรการ/กิจกรรมที่ได้ดำเนินการ",
        "ก. จัดอบรมเจ้าหน้าที่เรื่องการเผยแพร่ข้อมูลบนเว็บไซต์",
        "ข. ตรวจติดตามการเผยแพร่ข้อมูลของหน่วยงานในสังกัดทุกเดือน",
        "ปัญหา/อุปสรรค",
        "เจ้าหน้าที่ย้ายบ่อย",
    ), FACTS)
    assert [(m.title, m.indicator_no) for m in got] == [
        ("จัดอบรมเจ้าหน้าที่เรื่องการเผยแพร่ข้อมูลบนเว็บไซต์", None),
        ("ตรวจติดตามการเผยแพร่ข้อมูลของหน่วยงานในสังกัดทุกเดือน", None)]


def test_indicator_header_rows_inside_a_table():
    got = read_measures(doc_of([
        ["เรื่อง", "ผู้รับผิดชอบ", "กำหนดเสร็จ"],
        ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต"],
        ["ประกาศนโยบาย No Gift", "นายสมชาย ใจงาม", "๓๐ พ.ย. ๒๕๖๗"],
        ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"],
        ["ลดขั้นตอนการให้บริการ", "นางสาวสมศรี ดีงาม", "๓๑ ธ.ค. ๒๕๖๗"],
        ["จัดทำคู่มือการให้บริการ", "นางสาวสมศรี ดีงาม", "๓๑ ม.ค. ๒๕๖๘"],
    ]), FACTS)
    assert [(m.title, m.indicator_no) for m in got] == [
        ("ประกาศนโยบาย No Gift", 10), ("ลดขั้นตอนการให้บริการ", 6), ("จัดทำคู่มือการให้บริการ", 6)]


def test_merged_cell_sub_row_is_a_new_measure_sharing_the_merged_cells():
    got = read_measures(doc_of([
        ["ลำดับ", "ตัวชี้วัด", "ปัญหา", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["๑", "การใช้งบประมาณ", "บุคลากรไม่ทราบแผน", "เผยแพร่แผนการใช้จ่ายงบประมาณ", "กองคลัง", "ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘"],
        ["๒", "คุณภาพการดำเนินงาน", "บริการล่าช้า", "ลดขั้นตอนการให้บริการ", "สำนักปลัด", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๘"],
        ["", "", "ไม่มีคู่มือบริการ", "จัดทำคู่มือการให้บริการ", "", ""],
    ]), FACTS)
    assert [(m.title, m.indicator_no, m.owner_text, m.end_date) for m in got] == [
        ("เผยแพร่แผนการใช้จ่ายงบประมาณ", 2, "กองคลัง", date(2025, 9, 30)),
        ("ลดขั้นตอนการให้บริการ", 6, "สำนักปลัด", date(2025, 9, 30)),
        ("จัดทำคู่มือการให้บริการ", 6, "สำนักปลัด", date(2025, 9, 30))]


def test_period_line_after_bullets_applies_to_the_group():
    ms = read_measures(doc_of(
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๘๐.๐๐ คะแนน)",
        "แนวทางการพัฒนา",
        "• จัดทำป้ายประกาศข้อมูลข่าวสารหน้าสำนักงาน",
        "• ตรวจทานข้อมูลบนเว็บไซต์ทุกเดือน",
        "ผู้รับผิดชอบ : งานธุรการ",
        "ระยะเวลาดำเนินการ : มกราคม – มีนาคม ๒๕๖๘",
        "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
    ), FACTS)
    assert [(m.indicator_no, m.start_date, m.end_date) for m in ms] == [
        (9, date(2025, 1, 1), date(2025, 3, 31)),
        (9, date(2025, 1, 1), date(2025, 3, 31)),
    ]


def test_resolutions_under_numbered_indicator_subheadings():
    ms = read_measures(doc_of(
        "ระเบียบวาระที่ ๒ รับรองรายงานการประชุม ครั้งที่ ๓/๒๕๖๗",
        "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา",
        "๓.๑ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
        "มติที่ประชุม เห็นชอบ และมอบหมาย ดังนี้",
        "๑) ให้กองคลังปรับปรุงช่องทางการสื่อสารบนเว็บไซต์ ภายในวันที่ ๓๑ มกราคม ๒๕๖๘",
        "๓.๒ การจัดเตรียมข้อมูลตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
        "มติที่ประชุม เห็นชอบ และมอบหมาย ดังนี้",
        "๒) ให้ทุกกอง/ศูนย์ จัดส่งข้อมูลเผยแพร่ให้งานแผนงาน ภายในวันที่ ๒๘ ก.พ. ๖๘",
        "๓) ให้งานแผนงานสำรวจความครบถ้วนของข้อมูลการจัดซื้อจัดจ้าง ภายในวันที่ ๑๕ มีนาคม ๒๕๖๘",
    ), DocumentFacts(None, 2568, "minutes", None))
    assert [(m.indicator_no, m.end_date, [o.org_unit for o in m.owners]) for m in ms] == [
        (7, date(2025, 1, 31), ["กองคลัง"]),
        (9, date(2025, 2, 28), ["ทุกกอง/ศูนย์"]),
        (9, date(2025, 3, 15), ["งานแผนงาน"]),
    ]


def test_two_bullets_joined_on_one_line_are_two_measures():
    ms = read_measures(doc_of(
        "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
        "มาตรการ/แนวทางการพัฒนา",
        "• จัดทำป้ายประชาสัมพันธ์หน้าสำนักงาน • ตอบข้อร้องเรียนภายใน ๗ วันทำการ",
        "ผู้รับผิดชอบ : งานประชาสัมพันธ์",
    ), FACTS)
    assert [(m.indicator_no, m.title, [o.org_unit for o in m.owners]) for m in ms] == [
        (7, "จัดทำป้ายประชาสัมพันธ์หน้าสำนักงาน", ["งานประชาสัมพันธ์"]),
        (7, "ตอบข้อร้องเรียนภายใน ๗ วันทำการ", ["งานประชาสัมพันธ์"]),
    ]


def test_indicator_group_rows_repeated_across_cells_or_numbered():
    head = ["ที่", "โครงการ/กิจกรรม", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ"]
    group7 = "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"
    ms = read_measures(doc_of([
        head,
        [group7] * 5,
        ["๑", "จัดทำแผนการใช้จ่ายงบประมาณและเผยแพร่ทางเว็บไซต์", "-", "ต.ค. – ธ.ค. ๒๕๖๗", "กองคลัง"],
        ["๒", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "", "", ""],
        ["๓", "ปรับปรุงการสื่อสารผ่านเว็บไซต์ของหน่วยงาน", "5,000", "ตลอดปีงบประมาณ", "งานประชาสัมพันธ์"],
    ]), FACTS)
    assert [(m.indicator_no, m.title[:20]) for m in ms] == [
        (7, "จัดทำแผนการใช้จ่ายงบประมาณและเผ"[:20]),
        (9, "ปรับปรุงการสื่อสารผ่านเว็บไซต์ข"[:20]),
    ]


def test_measures_read_by_ocr_carry_their_cells_confidence_and_are_flagged():
    """A scanned table's measure takes the least sure of its cells (the row number aside), its
    owner the owner cell's, one read from an OCR page's paragraphs the page's; all are flagged
    for review. The same table on a native page: 1.0, not flagged."""
    from extractors.model import Page
    from records import read_records

    rows = [["ลำดับ", "มาตรการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
            ["๑", "จัดอบรมเจ้าหน้าที่เรื่องการใช้ทรัพย์สินของราชการ", "ต.ค. ๖๘ - ธ.ค. ๖๘", "งานพัสดุ"],
            ["๒", "เผยแพร่คู่มือการปฏิบัติงานบนเว็บไซต์", "ม.ค. ๖๙ - มี.ค. ๖๙", "งานประชาสัมพันธ์"]]
    sureness = [[0.99] * 4, [0.2, 0.97, 0.81, 0.93], [0.99, 0.95, 0.96, 0.88]]

    def measures(source: str, table_confidence, paragraphs=()) -> list:
        blocks = [Block("table", 1, table=Table(rows, 1, 1, table_confidence))] if table_confidence is not False else []
        blocks += [Block("paragraph", 1, text=t) for t in paragraphs]
        doc = ExtractedDocument("pdf", 1, [Page(1, "", source, confidence=0.64)], blocks)
        return read_records(doc, FACTS).measures

    scanned = measures("ocr", sureness)
    assert [(m.confidence, m.needs_review) for m in scanned] == [(0.81, True), (0.88, True)]
    assert [(o.confidence, o.needs_review) for m in scanned for o in m.owners] == [(0.93, True), (0.88, True)]
    listed = measures("ocr", False, ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                                     "๑. จัดอบรมเจ้าหน้าที่เรื่องการใช้ทรัพย์สินของราชการ",
                                     "๒. เผยแพร่คู่มือการปฏิบัติงานบนเว็บไซต์"])
    assert listed and all((m.confidence, m.needs_review) == (0.64, True) for m in listed)
    native = measures("native", None)
    assert len(native) == 2 and all((m.confidence, m.needs_review) == (1.0, False) for m in native)
    assert all((o.confidence, o.needs_review) == (1.0, False) for m in native for o in m.owners)


def test_fields_of_a_line_with_or_without_colons():
    assert fields_of_line("ผู้รับผิดชอบ นายธนพล ศรีสุข นักวิชาการคอมพิวเตอร์ ระยะเวลา ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘") == [
        ("owner", "ผู้รับผิดชอบ", "นายธนพล ศรีสุข นักวิชาการคอมพิวเตอร์"),
        ("period", "ระยะเวลา", "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘")]
    assert fields_of_line("ผู้รับผิดชอบ : กองคลัง") == [("owner", "ผู้รับผิดชอบ", "กองคลัง")]
    # a label word inside a value is no label; an indicator heading is no field
    assert fields_of_line("ระยะเวลาดำเนินการ ลดระยะเวลารอคอยทุกเดือน") == [
        ("period", "ระยะเวลาดำเนินการ", "ลดระยะเวลารอคอยทุกเดือน")]
    assert fields_of_line("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 97.12 คะแนน") == []
    assert fields_of_line("(๑) ปรับปรุงช่องทางรับฟังความคิดเห็น") == []
    # in brackets, fields apart by "|", the last one's label without a colon
    assert fields_of_line("(ผู้รับผิดชอบ: กองคลัง | ระยะเวลา: ตลอดปีงบประมาณ 2569 | ตัวชี้วัด ITA ที่ 2)") == [
        ("owner", "ผู้รับผิดชอบ", "กองคลัง"), ("period", "ระยะเวลา", "ตลอดปีงบประมาณ 2569"),
        ("indicator", "ตัวชี้วัด", "ITA ที่ 2")]


def test_numbered_measures_each_with_an_owner_and_period_line_without_colons():
    """A memo's proposals: "(๑) title" then "ผู้รับผิดชอบ ... ระยะเวลา ...", under
    indicator headings (blind-7 wording)."""
    got = read_measures(doc_of(
        "๓.๑ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
        "(๑) ปรับปรุงช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของผู้รับบริการผ่าน QR Code",
        "ผู้รับผิดชอบ งานประชาสัมพันธ์ ระยะเวลา ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๗",
        "๓.๒ ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน",
        "(๒) ทบทวนขั้นตอนการให้บริการผู้ป่วยนอกเพื่อลดระยะเวลารอคอย",
        "ผู้รับผิดชอบ กลุ่มงานการพยาบาล ระยะเวลา ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๘)",
    ), FACTS)
    assert [(m.indicator_no, m.owner_text, m.start_date, m.end_date) for m in got] == [
        (7, "งานประชาสัมพันธ์", None, date(2024, 12, 31)),
        (8, "กลุ่มงานการพยาบาล", date(2025, 1, 1), date(2025, 3, 31))]


def test_the_year_a_plan_analyses_is_not_the_year_of_its_table():
    """"จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ... จัดทำแผนปฏิบัติการ ดังนี้" above a
    2568 plan's table: its "ไตรมาส ๒" is in fiscal 2568."""
    got = read_measures(doc_of(
        "จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๒.๑๔ คะแนน คณะทำงานจึงจัดทำแผนปฏิบัติการ ดังนี้",
        [["ที่", "มาตรการ/แนวทาง", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
         ["๑", "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณ", "ไตรมาส ๒", "กองคลัง"]],
    ), FACTS)
    assert [(m.start_date, m.end_date) for m in got] == [(date(2025, 1, 1), date(2025, 3, 31))]


def test_each_measure_in_a_box_of_labelled_fields():
    """A form's measures, each its own two-column box (blind-7 wording); the unit's
    particulars box above them is no measure."""
    got = read_measures(doc_of(
        [["ชื่อหน่วยงาน :", "เทศบาลตำบลทดสอบ"], ["ปีงบประมาณที่ประเมิน :", "2568"], ["ผู้กรอกข้อมูล :", "นางสาวอรทัย มีสุข"]],
        [["มาตรการที่ 1", "จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของเทศบาล"],
         ["ตัวชี้วัดที่เกี่ยวข้อง", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร"],
         ["ผู้รับผิดชอบ", "สำนักปลัดเทศบาล"], ["ระยะเวลาดำเนินการ", "ต.ค. 2567 - ก.ย. 2568"]],
        [["มาตรการที่ 2", "ปรับลดขั้นตอนการขออนุญาตก่อสร้างอาคาร"],
         ["ตัวชี้วัดที่เกี่ยวข้อง", "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน"],
         ["ผู้รับผิดชอบ", "ผู้อำนวยการกองช่าง"], ["ระยะเวลาดำเนินการ", "ภายใน 31 ธันวาคม 2567"]],
    ), FACTS)
    assert [(m.title, m.indicator_no, m.owner_text, m.start_date, m.end_date) for m in got] == [
        ("จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของเทศบาล", 7, "สำนักปลัดเทศบาล",
         date(2024, 10, 1), date(2025, 9, 30)),
        ("ปรับลดขั้นตอนการขออนุญาตก่อสร้างอาคาร", 8, "ผู้อำนวยการกองช่าง", None, date(2024, 12, 31))]


def test_a_plan_laid_out_as_a_calendar_of_months():
    """Months as columns under the years, a mark in the months an activity runs (blind-8
    driving plan): the period is the span of the marked months, the owner column keeps its
    place after the twelve month columns the top header row spans in two cells."""
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]

    def row(n: str, title: str, marked: set[str], owner: str) -> list[str]:
        return [n, title, *["✓" if m in marked else "" for m in months], owner]

    got = read_measures(doc_of([
        ["ที่", "กิจกรรม / ขั้นตอนการดำเนินงาน", "พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘", "ผู้รับผิดชอบ"],
        ["", "", *months, ""],
        ["ขั้นตอนที่ ๑ การเตรียมความพร้อม"],
        row("๑", "แต่งตั้งคณะทำงานขับเคลื่อน ITA ของสถานีตำรวจ", {"ต.ค."}, "ผกก.สภ.บ้านโป่งแดง"),
        row("๒", "รายงานความก้าวหน้าการดำเนินงานต่อ ภ.จว.ตาก (รายไตรมาส)", {"ธ.ค.", "มี.ค.", "มิ.ย.", "ก.ย."},
            "งานอำนวยการ"),
    ]), FACTS)
    assert [(m.start_date, m.end_date, m.owner_text) for m in got] == [
        (date(2024, 10, 1), date(2024, 10, 31), "ผกก.สภ.บ้านโป่งแดง"),
        (date(2024, 12, 1), date(2025, 9, 30), "งานอำนวยการ")]
    assert all("✓" not in (m.detail or "") for m in got)


def test_a_plan_whose_months_are_marked_by_shading_alone():
    """A Gantt plan (blind-12 m2) shades the months an activity runs and writes nothing in
    them: a shaded empty month cell is marked. The shading of a later row goes with its own
    measure, not with the row above it. A row with months marked in text keeps those marks
    alone, and a row shaded whole (a band of colour) marks nothing."""
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
    rows = [["ที่", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "หมายเหตุ"],
            ["", "", "", *months, ""],
            ["๑", "แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA", "ผกก.สภ.ทดสอบ", *[""] * 12, "-"],
            ["๒", "รายงานผลการดำเนินงานตามแผนต่อตำรวจภูธรจังหวัด", "งานอำนวยการ", *[""] * 12, ""]]

    def shade(*columns: int) -> list[bool]:
        return [False] * 3 + [k in columns for k in range(12)] + [False]

    shaded = [[True] * 5, [True] * 16, shade(0, 1), shade(5, 11)]
    got = read_measures(ExtractedDocument("docx", None, [], [Block("table", table=Table(rows, shaded=shaded))]),
                        FACTS)
    assert [(m.title[:8], m.start_date, m.end_date) for m in got] == [
        ("แต่งตั้ง", date(2024, 10, 1), date(2024, 11, 30)),
        ("รายงานผล", date(2025, 3, 1), date(2025, 9, 30))]
    assert all("■" not in (m.detail or "") for m in got)
    # without the shading the months say nothing
    plain = read_measures(doc_of(rows), FACTS)
    assert [(m.start_date, m.end_date) for m in plain] == [(None, None), (None, None)]
    # banded rows: a ✓ says when, and a row shaded whole says nothing
    ticked = [*rows[:2], rows[2][:4] + ["✓"] + rows[2][5:], rows[3]]
    banded = [[True] * 5, [True] * 16, [True] * 16, [True] * 16]
    got = read_measures(ExtractedDocument("docx", None, [], [Block("table", table=Table(ticked, shaded=banded))]),
                        FACTS)
    assert [(m.start_date, m.end_date) for m in got] == [(date(2024, 11, 1), date(2024, 11, 30)), (None, None)]


def test_the_periods_of_a_real_gantt_plan_come_from_its_shaded_months():
    """blind-12 m2, Word and PDF: the seven activities' periods are the spans of their shaded
    months (FY 2569: ต.ค.-ธ.ค. in 2025); row ๗ is shaded in มี.ค. and ก.ย. only."""
    from pathlib import Path

    from extractors import extract
    from records.document import read_document_facts

    wanted = [(date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 10, 1), date(2025, 11, 30)),
              (date(2025, 12, 1), date(2026, 1, 31)), (date(2025, 11, 1), date(2026, 3, 31)),
              (date(2026, 1, 1), date(2026, 4, 30)), (date(2026, 2, 1), date(2026, 6, 30)),
              (date(2026, 3, 1), date(2026, 9, 30))]
    blind12 = Path(__file__).resolve().parent / "blind12"
    for suffix in (".docx", ".pdf"):
        doc = extract(blind12 / f"m2_gantt_plan_police_na_wa_thong{suffix}")
        got = read_measures(doc, read_document_facts(doc, f"m2{suffix}"))
        assert [(m.start_date, m.end_date) for m in got] == wanted, suffix


def test_an_announcements_clauses_with_indicator_tags_and_whom_they_order():
    got = read_measures(doc_of(
        "ประกาศเทศบาลเมืองทดสอบ เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ข้อ 1 มาตรการเปิดเผยการใช้จ่ายงบประมาณ (ตัวชี้วัดที่ 2)",
        "ให้กองคลังจัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาสเสนอนายกเทศมนตรี และเผยแพร่ให้ประชาชนทราบ",
        "ข้อ 2 มาตรการป้องกันการรับสินบน (ตัวชี้วัดที่ 10)",
        "ห้ามมิให้พนักงานเทศบาล เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด",
        "ข้อ 3 มาตรการควบคุมการใช้ทรัพย์สินของราชการ (ตัวชี้วัดที่ 4)",
        "ให้กองช่างและกองคลังร่วมกันจัดทำทะเบียนคุมการยืมรถยนต์ส่วนกลาง ให้แล้วเสร็จภายในวันที่ 31 ธันวาคม 2567",
        "ประกาศ ณ วันที่ 28 ตุลาคม พ.ศ. 2567",
    ), FACTS)
    assert [(m.title, m.indicator_no, [o.org_unit for o in m.owners], m.end_date) for m in got] == [
        ("มาตรการเปิดเผยการใช้จ่ายงบประมาณ", 2, ["กองคลัง"], None),
        ("มาตรการป้องกันการรับสินบน", 10, [], None),
        ("มาตรการควบคุมการใช้ทรัพย์สินของราชการ", 4, ["กองช่าง", "กองคลัง"], date(2024, 12, 31))]


def test_a_resolution_with_two_assignments_and_a_heading_that_ends_an_indicator():
    """blind-8 minutes: "มติที่ประชุม เห็นชอบ โดยมอบหมายให้ ... และมอบหมายให้ ..." is two
    tasks; "๔.๔ การพัฒนาบุคลากร" after "๔.๓ ... (ตัวชี้วัดที่ ๙ ...)" names no indicator."""
    got = read_measures(doc_of(
        "๔.๑ แนวทางการยกระดับตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
        "มติที่ประชุม   เห็นชอบ โดยมอบหมายให้นางสาวกมลชนก ดีเลิศ ครูชำนาญการ ร่วมกับงานประชาสัมพันธ์ "
        "ปรับปรุงหน้าเว็บไซต์โรงเรียนให้มีช่องทางถาม-ตอบ ให้แล้วเสร็จภายในวันที่ ๓๑ มกราคม ๒๕๖๘ "
        "และมอบหมายให้กลุ่มบริหารทั่วไปจัดทำจดหมายข่าวโรงเรียนรายเดือนและเผยแพร่ทางเพจ Facebook ของโรงเรียน "
        "ตั้งแต่เดือนมกราคม ถึงเดือนกันยายน ๒๕๖๘",
        "๔.๓ การเผยแพร่ข้อมูลตามแบบวัด OIT (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)",
        "มติที่ประชุม   มอบหมายให้หัวหน้างานแผนงานรวบรวมและเผยแพร่รายงานผลการดำเนินงาน รอบ ๖ เดือน บนเว็บไซต์โรงเรียน "
        "ให้แล้วเสร็จภายในวันที่ ๓๐ เมษายน ๒๕๖๘",
        "๔.๔ การพัฒนาบุคลากร",
        "มติที่ประชุม   เห็นชอบให้กลุ่มบริหารงานบุคคลจัดอบรมเชิงปฏิบัติการเรื่องผลประโยชน์ทับซ้อนให้แก่ครู "
        "ในช่วงเดือนมีนาคม ๒๕๖๘",
    ), FACTS)
    assert [(m.indicator_no, [(o.person_name, o.position, o.org_unit) for o in m.owners], m.start_date, m.end_date)
            for m in got] == [
        (7, [("กมลชนก ดีเลิศ", "ครูชำนาญการ", None), (None, None, "งานประชาสัมพันธ์")], None, date(2025, 1, 31)),
        (7, [(None, None, "กลุ่มบริหารทั่วไป")], date(2025, 1, 1), date(2025, 9, 30)),
        (9, [(None, "หัวหน้างานแผนงาน", None)], None, date(2025, 4, 30)),
        (None, [(None, None, "กลุ่มบริหารงานบุคคล")], date(2025, 3, 1), date(2025, 3, 31))]


def test_an_assessed_point_with_only_an_expected_result_is_no_measure():
    """field/tj06 (an integrity pledge's check step): bullets of what is assessed, one with
    "ผลลัพธ์ที่คาดหวัง : ..." under it, are no measures: a measure says who does it or when."""
    got = read_measures(doc_of(
        "สิ่งที่ประเมิน",
        "• พฤติกรรมที่เปลี่ยนแปลงไปในทางที่ดี",
        "• ความสอดคล้องกับบริบทของหน่วยงาน",
        "• ผลลัพธ์ที่คาดหวัง : ได้ข้อเสนอแนะเพื่อปรับปรุงทันที ไม่ต้องรอสิ้นปี",
    ), FACTS)
    assert got == []


def test_proposals_each_given_to_a_party():
    """blind-9 analysis: "เห็นควร<action> โดยมอบหมายให้<party> ดำเนินการ<period> และเห็นควร..."."""
    got = read_measures(doc_of(
        "4.1 ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (ข้อ E8 และ E10) เห็นควรจัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต"
        "พร้อม QR Code ติดตั้ง ณ จุดบริการผู้ป่วยนอก โดยมอบหมายให้งานประชาสัมพันธ์ดำเนินการให้แล้วเสร็จภายในเดือนธันวาคม 2567 "
        "และเห็นควรเพิ่มแบบรับฟังความคิดเห็นออนไลน์ในระบบนัดหมายผู้ป่วย โดยมอบหมายให้นายเอกชัย ภูมิสุข "
        "นักวิชาการคอมพิวเตอร์ ดำเนินการภายในเดือนมีนาคม 2568",
    ), FACTS)
    assert [(m.indicator_no, [(o.person_name, o.position, o.org_unit) for o in m.owners], m.end_date) for m in got] == [
        (7, [(None, None, "งานประชาสัมพันธ์")], date(2024, 12, 31)),
        (7, [("เอกชัย ภูมิสุข", "นักวิชาการคอมพิวเตอร์", None)], date(2025, 3, 31))]
    assert got[0].title.startswith("จัดทำป้ายประชาสัมพันธ์") and got[1].title.startswith("เพิ่มแบบรับฟัง")


def test_measures_numbered_in_words_with_result_and_evidence_lines():
    """blind-9 results report: "มาตรการที่ ๑ ... (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)" then "ผลการดำเนินการ: ...",
    "ผู้รับผิดชอบ: ...", "ระยะเวลาดำเนินการ: ...", "หลักฐาน: ..."; the report's title names no indicator."""
    got = read_measures(doc_of(
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "มาตรการที่ ๑ มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)",
        "ผลการดำเนินการ: จัดทำแบบฟอร์มขออนุญาตเผยแพร่ข้อมูลบนเว็บไซต์",
        "ผู้รับผิดชอบ: นายธีรวัฒน์ แก้วประเสริฐ นักวิชาการสาธารณสุขชำนาญการ",
        "ระยะเวลาดำเนินการ: ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘",
        "หลักฐาน: https://example.go.th/ita2568/m1",
        "มาตรการที่ ๒ มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย",
        "ผลการดำเนินการ: จัดเวทีประชาคมสุขภาพระดับตำบล ๖ ตำบล",
        "ผู้รับผิดชอบ: โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัดทุกแห่ง",
        "ระยะเวลาดำเนินการ: มกราคม – มีนาคม ๒๕๖๘",
    ), FACTS)
    assert [(m.title, m.indicator_no, m.start_date, m.end_date) for m in got] == [
        ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", 9, date(2024, 10, 1), date(2025, 9, 30)),
        ("มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย", None, date(2025, 1, 1), date(2025, 3, 31))]
    assert "หลักฐาน: https://example.go.th/ita2568/m1" in got[0].detail


def test_an_items_labelled_lines_run_together_by_a_pdf():
    """blind-9 as PDF: "ผลการดำเนินการ: ... ครั้งผู้รับผิดชอบ: ..." and "...ทุกแห่งระยะเวลาดำเนินการ: ..."."""
    got = read_measures(doc_of(
        "มาตรการที่ ๔ มาตรการควบคุมการใช้ทรัพย์สินของราชการ (ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ)",
        "ผลการดำเนินการ: จัดทำทะเบียนคุมการยืมรถยนต์ราชการ มีการยืมแล้ว ๑๔ ครั้ง คืนครบทุกครั้งผู้รับผิดชอบ: "
        "นางสาวปวีณา ช่วยชูวงศ์ เจ้าพนักงานธุรการชำนาญงาน และงานพัสดุระยะเวลาดำเนินการ: ภายในวันที่ ๓๑ มกราคม ๒๕๖๘",
    ), FACTS)
    assert [(m.indicator_no, [(o.person_name, o.org_unit) for o in m.owners], m.end_date) for m in got] == [
        (4, [("ปวีณา ช่วยชูวงศ์", None), (None, "งานพัสดุ")], date(2025, 1, 31))]


# the plan of tests/layouts seed 700 as a scan reads it: the header repeated on the next page lost its
# cut-off last line ("แนวทาง/" for "แนวทาง/ มาตรการ"), and the owner cells of rows ๒ and ๔ go on
# across the page break ("ผู้อำนวย" / "การกอง...", "...ยุทธศาสต" / "ร์และงบประมาณ")
PLAN_HEAD = ["ลำดับ", "แนวทาง/ มาตรการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "วัตถุประสงค์"]
PLAN_HEAD_AGAIN = ["ลำดับ", "แนวทาง/", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "วัตถุประสงค์"]


def test_an_owner_cell_cut_by_a_page_break_goes_on_where_it_stopped():
    rows = [
        PLAN_HEAD,
        ["๒.", "มาตรการติดตามงานสารบรรณ", "ต.ค. ๒๕๖๘ - พ.ค. ๒๕๖๙", "นายสมชายใจดีผู้อำนวย", "เพื่อปลูกฝังค่านิยมสุจริต"],
        PLAN_HEAD_AGAIN,
        ["", "อิเล็กทรอนิกส์", "", "การกองยุทธศาสตร์และงบประมาณ", ""],
        ["๔", "ประชุมขี้แจงการจัดทำคำของบประมาณประจำ", "มี.ค. ๖๙ - พ.ค. ๖๙",
         "นางวันเพ็ญทองคำผู้อำนวยการกองยุทธศาสต", "เพื่อปลูกฝังค่านิยมสุจริต"],
        PLAN_HEAD_AGAIN,
        ["", "ปีงบประมาณ", "", "ร์และงบประมาณ", ""],
    ]
    doc = ExtractedDocument("pdf", 3, [], [Block("table", 1, table=Table(rows, 1, 3))])
    ms = read_measures(doc, FACTS)
    assert [m.title for m in ms] == ["มาตรการติดตามงานสารบรรณอิเล็กทรอนิกส์",
                                     "ประชุมขี้แจงการจัดทำคำของบประมาณประจำปีงบประมาณ"]
    assert [(o.rank, o.person_name, o.position) for m in ms for o in m.owners] == [
        ("นาย", "สมชายใจดี", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
        ("นาง", "วันเพ็ญทองคำ", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
    ]
    assert [m.page for m in ms] == [1, 2]


def test_the_rest_of_a_row_on_the_same_page_is_another_line():
    """Without a page break between them, a row with no number of its own that goes on with
    the row above adds its cells as they are: its owner cell is another party ("สำนักปลัด", not
    "กองคลังสำนักปลัด")."""
    rows = [
        PLAN_HEAD,
        ["๑.", "มาตรการติดตามงานสารบรรณ", "ต.ค. ๒๕๖๘ - พ.ค. ๒๕๖๙", "กองคลัง", "เพื่อปลูกฝังค่านิยมสุจริต"],
        ["", "", "", "สำนักปลัด", ""],
    ]
    [m] = read_measures(ExtractedDocument("pdf", 1, [], [Block("table", 1, table=Table(rows, 1, 1))]), FACTS)
    assert [o.org_unit for o in m.owners] == ["กองคลัง", "สำนักปลัด"]


def test_the_table_going_on_pages_further_is_not_the_rest_of_a_cut_cell():
    """tests/variants/v001 (native PDF): a measure's owner cell on page 2, and a part of the
    table on page 5 whose only cell goes on with it: another line of the cell, not its cut
    rest ("หัวหน้างานทุกสายงานและ" would be a post)."""
    head = ["ลำดับ", "มาตรการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"]
    doc = ExtractedDocument("pdf", 5, [], [
        Block("table", 2, table=Table([head, ["11", "จัดทำประกาศต่อต้านการรับสินบน (No Gift Policy)", "30 มี.ค. 68",
                                              "หัวหน้างานทุกสายงาน"]], 2, 2)),
        Block("table", 5, table=Table([["", "", "", "และ จ.ส.ต.พงศธรฯ Admin"]], 5, 5)),
    ])
    [m] = read_measures(doc, FACTS)
    assert [o.position for o in m.owners][:1] == ["หัวหน้างานทุกสายงาน"]


def test_a_plan_with_quarter_columns_under_its_period_and_budgets_beside_them():
    """blind-10 strategy plan: งบประมาณ over two budget columns and ระยะเวลาดำเนินการ over four
    quarter columns in one lower header row; a ✓ in the quarters an activity runs."""
    got = read_measures(doc_of([
        ["โครงการ/กิจกรรม", "เป้าหมาย", "งบประมาณ (บาท)", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
        ["", "", "เงินงบประมาณ", "เงินนอกงบประมาณ", "ไตรมาส 1\nต.ค.-ธ.ค.\n67", "ไตรมาส 2\nม.ค.-มี.ค.\n68",
         "ไตรมาส 3\nเม.ย.-มิ.ย.\n68", "ไตรมาส 4\nก.ค.-ก.ย.\n68", ""],
        ["ยุทธศาสตร์ที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต"],
        ["1.1.2 โครงการค่ายเยาวชนคนดีมีวินัย", "นักเรียนชั้น ป.4-ป.6 จำนวน 96 คน", "15,000", "5,000",
         "", "✓", "", "", "กลุ่มบริหารกิจการนักเรียน"],
        ["1.1.3 กิจกรรมประชุมผู้ปกครอง", "ผู้ปกครองทุกคน", "-", "-", "✓", "", "✓", "", "กลุ่มบริหารทั่วไป"],
    ]), FACTS)
    assert [(m.start_date, m.end_date, m.owner_text) for m in got] == [
        (date(2025, 1, 1), date(2025, 3, 31), "กลุ่มบริหารกิจการนักเรียน"),
        (date(2024, 10, 1), date(2025, 6, 30), "กลุ่มบริหารทั่วไป")]


def test_an_unnumbered_row_opening_the_next_page_goes_on_with_the_cut_row():
    """A numbered plan's row cut by a page break, its period cut too ("ต.ค. 68 –" / "ก.ย. 69"):
    the rest on the next page is no new measure."""
    from records.tables import Columns, LogicalTable

    cols = Columns(["seq", "title", "period", "owner"], ["ที่", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"])
    table = LogicalTable(cols, [cols.labels], rows=[
        ["1", "มาตรการการให้บริการประชาชนอย่างเท่าเทียม", "ต.ค. 68 – ก.ย. 69", "สำนักปลัด"],
        ["2", "มาตรการเผยแพร่แผนการ", "ต.ค. 68 –", "กองคลัง"],
        ["", "ใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้าง", "ก.ย. 69", ""]], pages=[1, 1, 2])
    from records.measures import _table_measures

    got = _table_measures(table, replace(FACTS, fiscal_year=2569), None)
    assert [(m.title, m.start_date, m.end_date) for m in got] == [
        ("มาตรการการให้บริการประชาชนอย่างเท่าเทียม", date(2025, 10, 1), date(2026, 9, 30)),
        ("มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้าง", date(2025, 10, 1), date(2026, 9, 30))]


def test_a_bullet_with_its_owner_after_a_dash_and_its_deadline_in_brackets():
    """blind-11: "• <action> — ผู้รับผิดชอบ: <owner> (ภายใน <date>)"."""
    got = read_measures(doc_of(
        "ข้อเสนอแนะ",
        "• ตรวจสอบความครบถ้วนของข้อมูลสาธารณะบนเว็บไซต์เทศบาลทุกไตรมาสและแก้ไขรายการที่ไม่เป็นปัจจุบัน — "
        "ผู้รับผิดชอบ: นางสาวสุนิสา แก้วประดิษฐ์ นักวิชาการคอมพิวเตอร์ชำนาญการ (ภายในเดือนพฤศจิกายน ๒๕๖๘)",
    ), FACTS)
    assert [([(o.person_name, o.position) for o in m.owners], m.start_date, m.end_date) for m in got] == [
        ([("สุนิสา แก้วประดิษฐ์", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], None, date(2025, 11, 30))]
    assert got[0].title.endswith("ไม่เป็นปัจจุบัน")  # the dash before the owner left out


def test_a_checklist_of_oit_items_is_no_plan():
    """blind-11 audit note: "ข้อ | รายการข้อมูล | สถานะ (มี/ไม่มี) | ลิงก์ | ผู้รับผิดชอบ" with O1...O10."""
    got = read_measures(doc_of([
        ["ข้อ", "รายการข้อมูล", "สถานะ\n(มี/ไม่มี)", "ลิงก์", "ผู้รับผิดชอบ"],
        ["O1", "โครงสร้าง", "มี", "example.go.th/ita/o1", "งานบริหารทั่วไป"],
        ["O2", "ข้อมูลผู้บริหาร", "มี", "example.go.th/ita/o2", "งานบริหารทั่วไป"],
        ["O9", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "ไม่มี", "-", "งานบริหารทั่วไป"]]), FACTS)
    assert got == []


def test_a_proposal_naming_the_party_first_and_the_next_given_with_และให้():
    """blind-11 audit note: "จึงเห็นควรให้<party><task> (O7) ภายในวันที่ ... และให้<party><task> (O9) ภายในวันที่ ...":
    two measures, the deadline their end and out of the title, the item code's indicator the one
    the note names for its OIT items (the words "การใช้จ่ายงบประมาณ" recall indicator 2, an IIT one)."""
    got = read_measures(doc_of(
        "สรุปผลการตรวจสอบการเปิดเผยข้อมูลสาธารณะ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ข้อ O1 - O10",
        "จากการตรวจสอบพบว่า ยังไม่มีการเผยแพร่ ๒ รายการ ได้แก่ ข้อ O7 และ O9 จึงเห็นควรให้งานแผนงานและสารสนเทศ"
        "จัดทำและเผยแพร่รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ ๖ เดือน (O7) "
        "ภายในวันที่ ๑๕ เมษายน ๒๕๖๘ และให้งานบริหารทั่วไปจัดทำคู่มือการปฏิบัติงานของหน่วยงานและเผยแพร่บนเว็บไซต์ (O9) "
        "ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๘",
    ), FACTS)
    assert [(m.title, m.indicator_no, m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        ("จัดทำและเผยแพร่รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ ๖ เดือน", 9, None,
         date(2025, 4, 15), ["งานแผนงานและสารสนเทศ"]),
        ("จัดทำคู่มือการปฏิบัติงานของหน่วยงานและเผยแพร่บนเว็บไซต์", 9, None, date(2025, 2, 28), ["งานบริหารทั่วไป"]),
    ]


def test_an_item_code_of_another_tool_overrules_the_words_of_a_title():
    assert indicator_in_title("จัดทำรายงานการกำกับติดตามการใช้จ่ายงบประมาณ") == 2
    assert indicator_in_title("จัดทำรายงานการกำกับติดตามการใช้จ่ายงบประมาณ (O7)") is None
    assert indicator_in_title("จัดทำรายงานการกำกับติดตามการใช้จ่ายงบประมาณ (I7)") == 2


def test_items_under_an_umbrella_line_in_a_cell_are_the_measures():
    """blind-11 progress table: "กิจกรรมส่งเสริมคุณธรรมของบุคลากร" / "(๑) ..." / "(๒) ...": the
    umbrella is a heading; a long first line is the measure itself and no list follows."""
    assert numbered_items("กิจกรรมส่งเสริมคุณธรรมของบุคลากร\n(๑) อบรมให้ความรู้เรื่องประมวลจริยธรรม\n"
                          "(๒) คัดเลือกหน่วยงานต้นแบบด้านคุณธรรม") == [
        "อบรมให้ความรู้เรื่องประมวลจริยธรรม", "คัดเลือกหน่วยงานต้นแบบด้านคุณธรรม"]
    long_first = ("จัดประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใสให้บุคลากรทุกระดับทราบและถือปฏิบัติอย่างเคร่งครัด"
                  "\n1. ประชุมครั้งที่หนึ่ง\n2. ประชุมครั้งที่สอง")
    assert numbered_items(long_first) == []


def test_outline_measure_with_its_steps_then_fields():
    """blind-12 outline: "1.1 <measure>" / "1.1.1 <step>" / "1.1.2 <step>" / ผู้รับผิดชอบ / ระยะเวลาดำเนินการ:
    the fields are the measure's, the steps its detail; a PDF line that ran the next label on
    without a space or colon ("...สารสนเทศระยะเวลาดำเนินการ 1 พฤศจิกายน 2568 - ...") is two fields."""
    got = read_measures(doc_of(
        "1. ประเด็นที่ 1 การแก้ไขปัญหาการทุจริต (ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต)",
        "1.1 ประเมินความเสี่ยงการทุจริตในกระบวนการจัดซื้อจัดจ้างปัจจัยการผลิตและกำหนดมาตรการควบคุม",
        "1.1.1 แต่งตั้งคณะทำงานประเมินความเสี่ยง",
        "1.1.2 วิเคราะห์ความเสี่ยงและจัดทำแผนบริหารความเสี่ยง",
        "ผู้รับผิดชอบ หัวหน้าฝ่ายบริหารทั่วไป และกลุ่มยุทธศาสตร์และสารสนเทศระยะเวลาดำเนินการ 1 พฤศจิกายน 2568 - 31 มกราคม 2569",
        "ตัวชี้วัดความสำเร็จ มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ",
    ), FACTS)
    assert [(m.title[:30], m.indicator_no, m.start_date, m.end_date) for m in got] == [
        ("ประเมินความเสี่ยงการทุจริตในกร", 5, date(2025, 11, 1), date(2026, 1, 31))]
    assert [(o.position, o.org_unit) for o in got[0].owners] == [
        ("หัวหน้าฝ่ายบริหารทั่วไป", None), (None, "กลุ่มยุทธศาสตร์และสารสนเทศ")]
    assert "ขั้นตอน: แต่งตั้งคณะทำงานประเมินความเสี่ยง" in got[0].detail


def test_owner_field_with_a_time_frame_after_a_comma():
    got = read_measures(doc_of(
        "• เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนทางเว็บไซต์ (ผู้รับผิดชอบ: กองคลัง, ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙)",
        "• จัดกิจกรรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาล (ผู้รับผิดชอบ: นางสาวจันทร์เพ็ญ ศรีวงศ์ "
        "นักทรัพยากรบุคคลชำนาญการ, ภายใน มี.ค. ๒๕๖๙)",
    ), FACTS)
    assert [(m.start_date, m.end_date, m.owner_text) for m in got] == [
        (date(2025, 10, 1), date(2026, 9, 30), "กองคลัง"),
        (None, date(2026, 3, 31), "นางสาวจันทร์เพ็ญ ศรีวงศ์ นักทรัพยากรบุคคลชำนาญการ")]


def test_activities_under_a_measure_merged_over_their_rows_are_the_records():
    """blind-13 announcement: "มาตรการ" merged over its activities' rows ("กิจกรรม/โครงการ" with their own
    periods), the owner merged too (Word gives the spanned cells empty): each activity is a measure
    with the owner and the indicator its measure's cell tags ("(ตัวชี้วัดที่ 9)")."""
    got = read_measures(doc_of([
        ["มาตรการ", "กิจกรรม/โครงการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ตัวชี้วัด (ค่าเป้าหมาย)"],
        ["1. มาตรการเปิดเผยข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ 9)", "1) ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ของ รพ.สต. ให้เป็นปัจจุบัน",
         "ต.ค. 68 - ก.ย. 69", "นายธนกร ศรีวิชัย\nนักวิชาการสาธารณสุขชำนาญการ", "ข้อมูลครบถ้วนร้อยละ 100"],
        ["", "2) เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ทุกเดือน", "", "เผยแพร่ครบ 12 เดือน"],
        ["2. มาตรการงดรับของขวัญและของกำนัล (No Gift Policy)", "1) ประกาศนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่",
         "ต.ค. 68", "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเม็ก", "ประกาศ 1 ฉบับ"],
        ["", "2) ประชาสัมพันธ์นโยบายผ่านบอร์ดหน้า รพ.สต. และกลุ่มไลน์ อสม.", "พ.ย. 68 - ธ.ค. 68", "", "รับรู้ร้อยละ 80"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.title[:12], m.indicator_no, [o.person_name or o.position for o in m.owners]) for m in got] == [
        ("ปรับปรุงข้อม", 9, ["ธนกร ศรีวิชัย"]), ("เผยแพร่แผนกา", 9, ["ธนกร ศรีวิชัย"]),
        ("ประกาศนโยบาย", None, ["ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเม็ก"]),
        ("ประชาสัมพันธ", None, ["ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเม็ก"])]
    assert [(m.start_date, m.end_date) for m in got][3] == (date(2025, 11, 1), date(2025, 12, 31))


def test_tasks_of_a_resolution_each_given_with_มอบหมายให้_and_the_indicator_they_name():
    """blind-13 minutes (PDF ran the label on from the paragraph before): "...ครั้งต่อไปมติที่ประชุม เห็นชอบ
    และมอบหมายให้<party> <task> ตามตัวชี้วัดที่ ๙ ภายใน... มอบหมายให้<party> <task> ... และมอบหมายให้..."."""
    got = read_measures(doc_of(
        "ปลัดเทศบาลเสนอให้รายงานความก้าวหน้าในการประชุมครั้งต่อไปมติที่ประชุม เห็นชอบ และมอบหมายให้กองยุทธศาสตร์และงบประมาณ"
        "ดำเนินการปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนตามตัวชี้วัดที่ ๙ ภายในเดือนธันวาคม ๒๕๖๘ "
        "มอบหมายให้สำนักปลัดเทศบาล จัดทำช่องทางรับฟังความคิดเห็นของประชาชนผ่านไลน์ OA ตามตัวชี้วัดที่ ๗ "
        "ภายในวันที่ ๓๑ มกราคม ๒๕๖๙และมอบหมายให้กองคลัง จัดอบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่พนักงาน ในช่วงเดือนกุมภาพันธ์ ๒๕๖๙",
    ), FACTS)
    assert [(m.indicator_no, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (9, date(2025, 12, 31), ["กองยุทธศาสตร์และงบประมาณ"]), (7, date(2026, 1, 31), ["สำนักปลัดเทศบาล"]),
        (None, date(2026, 2, 28), ["กองคลัง"])]
    assert not any("ตัวชี้วัด" in m.title for m in got)


def test_indicator_name_inside_a_phrase_is_not_the_topic():
    assert indicator_in_title("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่") is None
    assert indicator_in_title("จัดกิจกรรมรณรงค์ No Gift Policy ช่วงเทศกาลปีใหม่") is None
    assert indicator_in_title("ทบทวนคู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่") == 1


def test_a_code_column_an_indicator_tag_in_the_title_and_owners_by_the_legend():
    """blind-14 plan "รหัสโครงการ | มาตรการ/กิจกรรม | ... | ผู้รับผิดชอบ*" with owners as abbreviations the
    footnote spells out ("กค. = กองคลัง"): the code numbers the rows, the tag "(ตัวชี้วัดที่ ๘)" is the
    indicator, an office's abbreviation is an org unit as printed."""
    got = read_measures(doc_of(
        [["รหัส\nโครงการ", "มาตรการ/กิจกรรม", "ตัวชี้วัด/ค่าเป้าหมาย (KPI)", "งบประมาณ\n(บาท)", "ระยะเวลา", "ผู้รับผิดชอบ*"],
         ["ITA-03", "จัดทำคู่มือและแนวปฏิบัติการใช้รถราชการ (ตัวชี้วัดที่ ๔)", "คู่มือ ๑ ฉบับ", "๕,๐๐๐", "ไตรมาส ๒",
          "สป. / กค."],
         ["ITA-06", "สำรวจความพึงพอใจของผู้รับบริการต่อการให้บริการของ อบจ. (ตัวชี้วัดที่ ๘)", "๔๐๐ ราย", "๒๐,๐๐๐",
          "ไตรมาส ๓", "นายก อบจ."]],
        "* อักษรย่อหน่วยงานผู้รับผิดชอบ: สป. = สำนักปลัดองค์การบริหารส่วนจังหวัด  กค. = กองคลัง  ตสน. = หน่วยตรวจสอบภายใน",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.title.split()[0], m.indicator_no, m.start_date) for m in got] == [
        ("จัดทำคู่มือและแนวปฏิบัติการใช้รถราชการ", 4, date(2026, 1, 1)), ("สำรวจความพึงพอใจของผู้รับบริการต่อการให้บริการของ", 8, date(2026, 4, 1))]
    assert not any("ตัวชี้วัด" in m.title for m in got)
    assert [(o.position, o.org_unit) for o in got[0].owners] == [(None, "สป."), (None, "กค.")]


def test_an_owner_field_in_brackets_with_its_time_after_the_bracket():
    got = read_measures(doc_of(
        "๑. จัดประชุมชี้แจงแนวทางการประเมิน ITA แก่ผู้รับผิดชอบงานของหน่วยงานในสังกัดทุกแห่ง (ผู้รับผิดชอบ: กลุ่มงานนิติการ) "
        "ภายในวันที่ ๓๑ มกราคม ๒๕๖๙"), FACTS)
    assert [(m.end_date, [o.org_unit for o in m.owners]) for m in got] == [(date(2026, 1, 31), ["กลุ่มงานนิติการ"])]


def test_measures_headed_by_their_name_and_given_to_a_party_in_a_sentence():
    """blind-15 announcement: "มาตรการป้องกันผลประโยชน์ทับซ้อน" / "วัตถุประสงค์ ..." / "แนวทางปฏิบัติ ..." /
    "โดยให้<party> ร่วมกับ<party> เป็นผู้รับผิดชอบ ดำเนินการให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘"; a title
    line with no such sentence under it is no measure."""
    got = read_measures(doc_of(
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "เพื่อให้การบริหารราชการเป็นไปด้วยความโปร่งใส จึงกำหนดมาตรการ ดังนี้",
        "มาตรการป้องกันผลประโยชน์ทับซ้อน",
        "วัตถุประสงค์  เพื่อให้บุคลากรสามารถแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวมได้",
        "แนวทางปฏิบัติ  จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนของสำนักงาน",
        "โดยให้กลุ่มกฎหมายและคดี ร่วมกับหน่วยตรวจสอบภายใน เป็นผู้รับผิดชอบ ดำเนินการให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘",
        "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "วัตถุประสงค์  เพื่อยกระดับผลการประเมินตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
        "โดยให้นายสมเกียรติ อินทรวงศ์ นักวิชาการคอมพิวเตอร์ชำนาญการ เป็นผู้รับผิดชอบ ดำเนินการตั้งแต่วันที่ ๑ พฤศจิกายน ๒๕๖๘ "
        "ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.title, m.indicator_no, m.start_date, m.end_date) for m in got] == [
        ("มาตรการป้องกันผลประโยชน์ทับซ้อน", None, None, date(2025, 12, 31)),
        ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", 9, date(2025, 11, 1), date(2026, 3, 31))]
    assert [o.org_unit for o in got[0].owners] == ["กลุ่มกฎหมายและคดี", "หน่วยตรวจสอบภายใน"]


def test_a_transposed_table_one_measure_a_column():
    """blind-15: the labels down the first column ("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ตัวชี้วัด"), the
    measures side by side under "มาตรการที่ 1 | มาตรการที่ 2"."""
    got = read_measures(doc_of([
        ["รายการ", "มาตรการที่ 1", "มาตรการที่ 2"],
        ["มาตรการ", "มาตรการเพิ่มช่องทางการสื่อสารและรับฟังความคิดเห็น", "มาตรการควบคุมการยืมและใช้ทรัพย์สินของโรงพยาบาล"],
        ["ผู้รับผิดชอบ", "งานประชาสัมพันธ์", "นางสาวอรพรรณ ศรีสุวรรณ\nนักวิชาการพัสดุชำนาญการ"],
        ["ระยะเวลา", "ต.ค. 2568 - ก.ย. 2569", "1 ธ.ค. 2568 - 31 มี.ค. 2569"],
        ["ตัวชี้วัด", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.title, m.indicator_no, m.start_date, m.end_date) for m in got] == [
        ("มาตรการเพิ่มช่องทางการสื่อสารและรับฟังความคิดเห็น", 7, date(2025, 10, 1), date(2026, 9, 30)),
        ("มาตรการควบคุมการยืมและใช้ทรัพย์สินของโรงพยาบาล", 4, date(2025, 12, 1), date(2026, 3, 31))]
    assert [o.person_name for o in got[1].owners] == ["อรพรรณ ศรีสุวรรณ"]


def test_status_quarters_under_a_result_header_give_no_period():
    """blind-16 monitoring report: "ผลการดำเนินงาน" over "ไตรมาส 1 ... 4" holding status words is progress,
    not when the measure runs; and "-" marks no month of a calendar plan."""
    got = read_measures(doc_of([
        ["มาตรการ", "ผลการดำเนินงาน", "", "", "", "ผู้รับผิดชอบ"],
        ["", "ไตรมาส 1\n(ต.ค. - ธ.ค. 68)", "ไตรมาส 2\n(ม.ค. - มี.ค. 69)", "ไตรมาส 3\n(เม.ย. - มิ.ย. 69)",
         "ไตรมาส 4\n(ก.ค. - ก.ย. 69)", ""],
        ["1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล (ตัวชี้วัดที่ 9)", "ดำเนินการแล้ว", "ดำเนินการแล้ว",
         "-", "-", "งานสารสนเทศ"],
        ["2. มาตรการควบคุมการยืมพัสดุ ครุภัณฑ์ และรถราชการ", "-", "-", "-", "-", "หัวหน้ากลุ่มงานการพยาบาล\nงานพัสดุ"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date) for m in got] == [(9, None, None), (4, None, None)]
    assert [(o.position, o.org_unit) for o in got[1].owners] == [("หัวหน้ากลุ่มงานการพยาบาล", None), (None, "งานพัสดุ")]


def test_items_with_their_owner_in_brackets_under_a_lead_in_giving_the_year():
    """blind-16: "... โดยดำเนินการตลอดปีงบประมาณ พ.ศ. 2569 ดังนี้" / "1. ประกาศ... (สำนักปลัดเทศบาล)" / "- step";
    an item's own deadline wins; "(No Gift Policy)" is no owner; the document's title names no indicator."""
    got = read_measures(doc_of(
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "เทศบาลจึงกำหนดมาตรการเพื่อยกระดับผลการประเมิน โดยดำเนินการตลอดปีงบประมาณ พ.ศ. 2569 ดังนี้",
        "1. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) และเผยแพร่ให้ประชาชนทราบ (สำนักปลัดเทศบาล)",
        "- จัดทำประกาศเสนอนายกเทศมนตรีลงนาม",
        "2. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี ให้แล้วเสร็จภายในเดือนธันวาคม 2568 (กองคลัง และกองช่าง)",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (None, date(2025, 10, 1), date(2026, 9, 30), ["สำนักปลัดเทศบาล"]),
        (None, None, date(2025, 12, 31), ["กองคลัง", "กองช่าง"])]


def test_resolutions_whose_party_takes_the_task_on():
    """blind-17 minutes: "มติ: ที่ประชุมเห็นชอบให้ <party> รับไปดำเนินการ <task> ภายใน..." and the next paragraph
    "และเห็นชอบให้ ..." going on with it."""
    got = read_measures(doc_of(
        "มติ: ที่ประชุมเห็นชอบให้ งานประชาสัมพันธ์ กลุ่มบริหารทั่วไป รับไปดำเนินการ จัดทำช่องทางรับฟังความคิดเห็นของผู้ปกครอง"
        "ผ่านไลน์โอเพนแชต ภายในเดือนธันวาคม ๒๕๖๘",
        "และเห็นชอบให้ นายอภิชาติ คำหอม ครู รับไปดำเนินการ จัดทำจดหมายข่าวโรงเรียนรายเดือนเผยแพร่ทางเพจ Facebook "
        "ระหว่างเดือนมกราคม ถึงเดือนกันยายน ๒๕๖๙",
        "มติ: ที่ประชุมรับทราบ",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.title[:6], m.start_date, m.end_date) for m in got] == [
        ("จัดทำช", None, date(2025, 12, 31)), ("จัดทำจ", date(2026, 1, 1), date(2026, 9, 30))]
    assert [(o.person_name, o.position) for o in got[1].owners] == [("อภิชาติ คำหอม", "ครู")]


def test_a_letter_item_giving_itself_to_its_owner_in_a_clause():
    """blind-17 letter: "๒. มาตรการ... (ตัวชี้วัดที่ ๙) โดยให้ทุกกลุ่มงาน... โดยมี จ่าอำเภอ และเจ้าพนักงานธุรการชำนาญงาน
    เป็นผู้รับผิดชอบ เริ่มดำเนินการตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๘ และให้แล้วเสร็จภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙"; a
    letter's header lines name no indicator section."""
    got = read_measures(doc_of(
        "เรื่อง\tส่งมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "๑. มาตรการลดขั้นตอนการให้บริการงานทะเบียนและบัตร (ตัวชี้วัดที่ ๘) โดยปรับปรุงคู่มือการให้บริการ โดยมี "
        "ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร เป็นผู้รับผิดชอบ ให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙",
        "๒. มาตรการเผยแพร่ข้อมูลสาธารณะของอำเภอบนเว็บไซต์ (ตัวชี้วัดที่ ๙) โดยให้ทุกกลุ่มงานส่งข้อมูลทุกวันที่ ๕ ของเดือน "
        "โดยมี จ่าอำเภอ และเจ้าพนักงานธุรการชำนาญงาน เป็นผู้รับผิดชอบ เริ่มดำเนินการตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๘ "
        "และให้แล้วเสร็จภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙",
        "๓. มาตรการป้องกันการรับสินบนในการให้บริการ โดยประกาศนโยบาย โดยมี ปลัดอำเภอผู้เป็นหัวหน้าประจำสำนักงานอำเภอ "
        "เป็นผู้รับผิดชอบ ให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.title, m.indicator_no, m.start_date, m.end_date, [o.position for o in m.owners]) for m in got] == [
        ("มาตรการลดขั้นตอนการให้บริการงานทะเบียนและบัตร", 8, None, date(2026, 3, 31),
         ["ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร"]),
        ("มาตรการเผยแพร่ข้อมูลสาธารณะของอำเภอบนเว็บไซต์", 9, date(2025, 12, 1), date(2026, 6, 30),
         ["จ่าอำเภอ", "เจ้าพนักงานธุรการชำนาญงาน"]),
        ("มาตรการป้องกันการรับสินบนในการให้บริการ", None, None, date(2025, 12, 31),
         ["ปลัดอำเภอผู้เป็นหัวหน้าประจำสำนักงานอำเภอ"])]


def test_a_bilingual_table_glosses_and_an_indicator_named_in_the_kpi_cell():
    """blind-17 faculty summary: English gloss lines under the Thai, "Q2 FY2026 (Jan – Mar 2026)", academic
    ranks glued to names, "ITA Indicator 9 / ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" in the KPI column."""
    got = read_measures(doc_of([
        ["No. / ที่", "Measure / มาตรการ", "Responsible / ผู้รับผิดชอบ", "Timeline / ระยะเวลา", "KPI / ตัวชี้วัด"],
        ["1", "ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์คณะให้ครบถ้วน\n(Update public information on the Faculty website)",
         "คณบดี\n(Dean)", "Q2 FY2026 (Jan – Mar 2026)", "ITA Indicator 9 / ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"],
        ["2", "จัดช่องทางรับฟังความคิดเห็นของนักศึกษาผ่าน QR Code", "ผศ.ดร.วราภรณ์ ทองสุข\nรองคณบดีฝ่ายกิจการนักศึกษา",
         "ม.ค. – มิ.ย. 2569", "ตัวชี้วัดที่ 1: ผู้ตอบร้อยละ 80"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.title, m.indicator_no, m.start_date, m.end_date) for m in got] == [
        ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์คณะให้ครบถ้วน", 9, date(2026, 1, 1), date(2026, 3, 31)),
        ("จัดช่องทางรับฟังความคิดเห็นของนักศึกษาผ่าน QR Code", 7, date(2026, 1, 1), date(2026, 6, 30))]
    assert [(o.rank, o.person_name, o.position) for m in got for o in m.owners] == [
        (None, None, "คณบดี"), ("ผศ.ดร.", "วราภรณ์ ทองสุข", "รองคณบดีฝ่ายกิจการนักศึกษา")]


def test_owner_and_period_sharing_one_column():
    """blind-19: "ผู้รับผิดชอบ / ระยะเวลา" in one column, the owner on one line and the time on the next
    (a PDF may run them together: "งานพัสดุ กองคลังทุกไตรมาส")."""
    from records.measures import owner_and_time_lines

    assert owner_and_time_lines(["กองยุทธศาสตร์และงบประมาณ\nต.ค. – ธ.ค. ๒๕๖๘"]) == (
        ["กองยุทธศาสตร์และงบประมาณ"], ["ต.ค. – ธ.ค. ๒๕๖๘"])
    assert owner_and_time_lines(["งานพัสดุ กองคลังทุกไตรมาส"]) == (["งานพัสดุ กองคลัง"], ["ทุกไตรมาส"])
    assert owner_and_time_lines(["หัวหน้าฝ่ายบริหารงานทั่วไป\nไตรมาส 3 (เม.ย. – มิ.ย. ๒๕๖๙)"]) == (
        ["หัวหน้าฝ่ายบริหารงานทั่วไป"], ["ไตรมาส 3 (เม.ย. – มิ.ย. ๒๕๖๙)"])
    got = read_measures(doc_of([
        ["ที่", "มาตรการ / กิจกรรม", "ลำดับ\nความสำคัญ", "ผู้รับผิดชอบ / ระยะเวลา"],
        ["๑", "มาตรการจัดทำแผนป้องกันการทุจริตและประเมินความเสี่ยงการทุจริตประจำปี", "สูง",
         "กองยุทธศาสตร์และงบประมาณ\nต.ค. – ธ.ค. ๒๕๖๘"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (date(2025, 10, 1), date(2025, 12, 31), ["กองยุทธศาสตร์และงบประมาณ"])]


def test_slide_bullets_with_an_arrow_to_the_owner_and_a_bar_before_the_time():
    got = read_measures(doc_of(
        "•  ปรับปรุงข้อมูลสาธารณะ (OIT) บนเว็บไซต์ให้ครบ 33 รายการ (ตัวชี้วัดที่ 9) → กลุ่มงานอำนวยการ | ต.ค. – ธ.ค. 68",
        "•  ปี 2567 ได้ 88.50 คะแนน → ปี 2568 เพิ่มขึ้น 3.65 คะแนน",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (9, date(2025, 10, 1), date(2025, 12, 31), ["กลุ่มงานอำนวยการ"])]


def test_a_three_level_header_over_quarters():
    """blind-18: "แผนการดำเนินงาน" over "ปีงบประมาณ พ.ศ. ๒๕๖๙" over "ไตรมาส ๑ ... ๔" (merged cells given
    once a row); the quarters' ticks are the period, the owner column is the last."""
    got = read_measures(doc_of([
        ["ที่", "โครงการ/กิจกรรม", "ตัวชี้วัดความสำเร็จ", "งบประมาณ (บาท)", "แผนการดำเนินงาน", "ผู้รับผิดชอบ"],
        ["", "", "", "แหล่งงบ", "จำนวน", "ปีงบประมาณ พ.ศ. ๒๕๖๙", ""],
        ["", "", "", "", "", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", ""],
        ["๑", "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันการทุจริต", "ร้อยละ ๘๐", "งบกรุงเทพมหานคร", "๔๕,๐๐๐",
         "", "✓", "", "", "ฝ่ายปกครอง"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (date(2026, 1, 1), date(2026, 3, 31), ["ฝ่ายปกครอง"])]


def test_numbered_measures_on_the_lines_of_one_word_paragraph_with_their_fields():
    """blind-20: "มาตรการที่ ๑: <title>  ผู้รับผิดชอบ: ...   กำหนดเวลา: ...\\nมาตรการที่ ๒: ..." (soft line breaks),
    and checkmark lines "✔ <action> (<owner>)"."""
    got = read_measures(doc_of(
        "มาตรการที่ ๑: เพิ่มช่องทางแจ้งเบาะแสและร้องเรียนการทุจริตทางออนไลน์  ผู้รับผิดชอบ: งานป้องกันปราบปราม   "
        "กำหนดเวลา: ม.ค. ๒๕๖๙\nมาตรการที่ ๒: ปรับปรุงหน้าเว็บไซต์สถานีให้เปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)  "
        "ผู้รับผิดชอบ: ร.ต.อ.สมคิด ใจซื่อ รองสารวัตรอำนวยการ   กำหนดเวลา: ภายใน ๒๘ ก.พ. ๒๕๖๙",
        "✔ เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ (กลุ่มบริหารทั่วไป)",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date) for m in got] == [
        (None, date(2026, 1, 1), date(2026, 1, 31)), (9, None, date(2026, 2, 28)), (None, None, None)]
    assert [o.org_unit for o in got[2].owners] == ["กลุ่มบริหารทั่วไป"]


def test_a_heading_of_the_same_series_naming_no_indicator_ends_the_one_above():
    """blind-21: lettered items under "๓. ด้านการใช้ทรัพย์สินของราชการ" take indicator 4; those under
    "๔. ด้านวัฒนธรรมองค์กร" none (No Gift is no indicator's name)."""
    got = read_measures(doc_of(
        "๓. ด้านการใช้ทรัพย์สินของราชการ",
        "ก.  จัดทำทะเบียนคุมการยืมคืนครุภัณฑ์และรถยนต์ราชการ",
        "ผู้รับผิดชอบ  งานบริหารทั่วไป",
        "ระยะเวลา  พฤศจิกายน ๒๕๖๘",
        "๔. ด้านวัฒนธรรมองค์กร",
        "ก.  รณรงค์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
        "ผู้รับผิดชอบ  งานบริหารทั่วไป",
        "ระยะเวลา  ธันวาคม ๒๕๖๘ – มกราคม ๒๕๖๙",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date) for m in got] == [
        (4, date(2025, 11, 1), date(2025, 11, 30)), (None, date(2025, 12, 1), date(2026, 1, 31))]


def test_a_period_label_glued_to_the_owner_before_it():
    """blind-21 PDF: "ผู้รับผิดชอบ นางสาวมณีรัตน์ ทองคำ เจ้าพนักงานพัสดุชำนาญงานระยะเวลา ทุกเดือน"."""
    assert fields_of_line("ผู้รับผิดชอบ นายธนพล ศรีทอง นักวิชาการสาธารณสุขชำนาญการระยะเวลา ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๙)") == [
        ("owner", "ผู้รับผิดชอบ", "นายธนพล ศรีทอง นักวิชาการสาธารณสุขชำนาญการ"),
        ("period", "ระยะเวลา", "ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๙)")]


def test_a_calendar_turned_sideways():
    """blind-21: one row a month, one column a measure (its owner in a labelled row), the month's
    activities in the cells, "–" for none: a measure runs from its first to its last month with text."""
    got = read_measures(doc_of([
        ["เดือน", "มาตรการที่ 1\nมาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ 9)",
         "มาตรการที่ 2\nมาตรการลดขั้นตอนการให้บริการ", "หมายเหตุ"],
        ["ผู้รับผิดชอบ", "งานพัสดุ กองคลัง", "สำนักปลัด", ""],
        ["ต.ค. 68", "จัดทำแผนจัดซื้อจัดจ้างประจำปี", "–", ""],
        ["พ.ย. 68", "–", "–", ""],
        ["ธ.ค. 68", "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 1", "ทบทวนคู่มือการให้บริการ", ""],
        ["ม.ค. 69", "–", "สำรวจความพึงพอใจ", "รายงานผลรอบ 6 เดือน"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (9, date(2025, 10, 1), date(2025, 12, 31), ["งานพัสดุ กองคลัง"]),
        (None, date(2025, 12, 1), date(2026, 1, 31), ["สำนักปลัด"])]


def test_a_resolution_giving_a_task_to_two_parties_together():
    """blind-22 minutes: "(๑) ให้<office> ร่วมกับ<person> <post> <task> (ตัวชี้วัดที่ ๙) ให้แล้วเสร็จภายใน ..."."""
    got = read_measures(doc_of(
        "มติที่ประชุม  เห็นชอบแนวทางการยกระดับผลการประเมิน และมอบหมายผู้รับผิดชอบ ดังนี้",
        "(๑) ให้กองยุทธศาสตร์และงบประมาณ ร่วมกับนายธนากร ศรีสุวรรณ นักวิชาการคอมพิวเตอร์ปฏิบัติการ "
        "ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ ๙) "
        "ให้แล้วเสร็จภายในวันที่ ๓๑ มกราคม ๒๕๖๙",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.end_date, [(o.person_name, o.org_unit) for o in m.owners]) for m in got] == [
        (9, date(2026, 1, 31), [(None, "กองยุทธศาสตร์และงบประมาณ"), ("ธนากร ศรีสุวรรณ", None)])]
    assert got[0].title.startswith("ตรวจสอบและปรับปรุงข้อมูลสาธารณะ")


def test_a_topic_before_a_colon_names_the_indicator_and_the_action_is_the_title():
    """blind-22: "4.1 ยกระดับประสิทธิภาพการสื่อสาร : <action>" with labelled lines; "4.4 ภาพรวม : <action>"
    right after the fields of 4.3 is the next item, not a field of it; a PDF that ran the labelled
    lines into the item is cut back by the labels the document writes on lines of their own."""
    got = read_measures(doc_of(
        "4.1 ยกระดับประสิทธิภาพการสื่อสาร : จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของอำเภอ",
        "ผู้รับผิดชอบ  ฝ่ายบริหารงานปกครอง",
        "ระยะเวลา  ม.ค. – มี.ค. 2569",
        "4.2 ยกระดับการป้องกันการทุจริต : ทบทวนมาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. 2569 "
        "ผู้รับผิดชอบ นางสาวพรทิพย์ แสนสุข เจ้าพนักงานปกครองชำนาญงานระยะเวลา ภายใน 31 ธันวาคม 2568",
        "4.4 ภาพรวม : ประชุมชี้แจงข้าราชการและเจ้าหน้าที่ทุกคนเกี่ยวกับหลักเกณฑ์การประเมิน",
        "ผู้รับผิดชอบ  คณะทำงานขับเคลื่อนการประเมิน ITA",
        "ระยะเวลา  พฤศจิกายน 2568",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.title[:20], m.indicator_no, m.start_date, m.end_date, m.owner_text) for m in got] == [
        ("จัดทำช่องทางสื่อสารก", 7, date(2026, 1, 1), date(2026, 3, 31), "ฝ่ายบริหารงานปกครอง"),
        ("ทบทวนมาตรการป้องกันก", 10, None, date(2025, 12, 31), "นางสาวพรทิพย์ แสนสุข เจ้าพนักงานปกครองชำนาญงาน"),
        ("ประชุมชี้แจงข้าราชกา", None, date(2025, 11, 1), date(2025, 11, 30), "คณะทำงานขับเคลื่อนการประเมิน ITA"),
    ]


def test_a_total_row_counting_the_projects_is_no_measure():
    from records.measures import is_total_row

    assert is_total_row(["", "รวมทั้งสิ้น ๘ โครงการ/กิจกรรม", "", "", "๔๘,๕๐๐", "", ""])
    assert is_total_row(["รวม 5 กิจกรรม", "120,000"])
    assert not is_total_row(["๑", "รวมพลังต่อต้านการทุจริต ๘ โครงการ", "สำนักปลัด"])



def test_an_oit_publishing_schedule_is_no_plan_of_measures():
    """blind-23: "ข้อ | รายการข้อมูล | ผู้รับผิดชอบ | กำหนดเผยแพร่" with "O1 โครงสร้าง" ...: the OIT's own items."""
    rows = [["ข้อ", "รายการข้อมูล", "ผู้รับผิดชอบ", "กำหนดเผยแพร่"]] + [
        [str(k), f"O{k} {name}", "สำนักปลัดเทศบาล", "ภายใน ต.ค. ๖๘"]
        for k, name in enumerate(["โครงสร้าง", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น"], start=1)]
    assert read_measures(doc_of(rows), FACTS) == []


def test_items_ending_with_their_owner_after_a_dash_under_numbered_group_headings():
    """blind-23: "๑.๑ <action> (<period>) – <party>" under "๒. มาตรการ... (ตัวชี้วัดที่ ๒)"; a range's dash
    ("ม.ค. – มี.ค. ๒๕๖๙") is no owner's."""
    got = read_measures(doc_of(
        "๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ ๙)",
        "๑.๑ ปรับปรุงหน้าเว็บไซต์ให้แยกหมวดหมู่ตามรายการ O1 – O20 (ม.ค. – มี.ค. ๒๕๖๙) – งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        "๒. มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ ๒)",
        "๒.๑ ประกาศรายงานผลการใช้จ่ายงบประมาณรอบ ๖ เดือนบนเว็บไซต์ (ภายใน ๓๐ เม.ย. ๒๕๖๙) – กองคลัง และกองยุทธศาสตร์และงบประมาณ",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date, [o.org_unit for o in m.owners]) for m in got] == [
        (9, date(2026, 1, 1), date(2026, 3, 31), ["งานประชาสัมพันธ์ สำนักปลัดเทศบาล"]),
        (2, None, date(2026, 4, 30), ["กองคลัง", "กองยุทธศาสตร์และงบประมาณ"])]


def test_an_announcements_numbered_actions_given_to_one_office_by_the_closing_sentence():
    """blind-23: "... จึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้" / numbered actions / "ให้สำนักปลัดเป็นผู้รับผิดชอบ
    ดำเนินการตามมาตรการข้างต้น": each action is a measure of that office; an action naming an indicator has it."""
    got = read_measures(doc_of(
        "เพื่อป้องกันมิให้บุคลากรขององค์การบริหารส่วนตำบลเรียก รับ หรือยอมจะรับสินบนไม่ว่ารูปแบบใด จึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้",
        "1. จัดทำแนวทางปฏิบัติการไม่รับสินบน ของขวัญ และประโยชน์อื่นใด แจ้งเวียนให้บุคลากรทุกคนลงนามรับทราบ",
        "2. กำชับให้บุคลากรทุกระดับไม่เรียก รับ หรือยอมจะรับทรัพย์สินจากผู้มาติดต่อราชการ",
        "3. เผยแพร่ขั้นตอน ระยะเวลา และค่าธรรมเนียมการให้บริการบนเว็บไซต์ ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
        "ให้สำนักปลัดเป็นผู้รับผิดชอบดำเนินการตามมาตรการข้างต้น และกำกับติดตามให้บุคลากรทุกกองถือปฏิบัติ",
        "จึงประกาศให้ทราบโดยทั่วกัน",
    ), FACTS)
    assert [(m.indicator_no, [o.org_unit for o in m.owners]) for m in got] == [
        (None, ["สำนักปลัด"]), (None, ["สำนักปลัด"]), (9, ["สำนักปลัด"])]



def test_suggestions_listed_in_a_memo_are_measures_without_their_should():
    """blind-24: "... คณะทำงานฯ มีข้อเสนอแนะ ดังนี้" / "๑) ควรเพิ่มช่องทาง..." (no owners, no dates)."""
    got = read_measures(doc_of(
        "เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๙ ให้ได้ไม่ต่ำกว่า ๙๒ คะแนน คณะทำงานฯ มีข้อเสนอแนะ ดังนี้",
        "๑) ควรเพิ่มช่องทางการสื่อสารและประชาสัมพันธ์ข้อมูลการให้บริการผ่าน LINE Official Account",
        "๒) ควรทบทวนขั้นตอนและระยะเวลาการให้บริการของแต่ละจุดบริการ",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
    ), FACTS)
    assert [m.title.startswith(("เพิ่มช่องทางการสื่อสาร", "ทบทวนขั้นตอน")) for m in got] == [True, True]
    assert [(m.owners, m.start_date, m.end_date) for m in got] == [([], None, None), ([], None, None)]


def test_a_measure_row_over_its_numbered_activity_rows_is_their_heading():
    """blind-24 police plan: "1 | มาตรการ... (ตัวชี้วัดที่ 9) | | | owner" over "1.1 | activity | period" rows
    (the owner merged down): the activities are the measures, with its indicator and owner; a measure
    row without activity rows ("3 | ...") is a measure itself."""
    got = read_measures(doc_of([
        ["ที่", "มาตรการ / กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
        ["1", "มาตรการเปิดเผยข้อมูลสาธารณะของสถานีตำรวจ (ตัวชี้วัดที่ 9)", "", "", "พ.ต.ท.ธวัชชัย ศรีประเสริฐ\nสว.อก."],
        ["1.1", "ปรับปรุงเว็บไซต์และเพจเฟซบุ๊กของสถานีให้มีข้อมูลครบ", "ต.ค. – ธ.ค. 2568", "5,000", ""],
        ["1.2", "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", "ต.ค. 2568 – ก.ย. 2569", "-", ""],
        ["2", "มาตรการจัดการเรื่องร้องเรียนของประชาชน (ตัวชี้วัดที่ 5)", "ต.ค. 2568 – ก.ย. 2569", "2,000", "งานอำนวยการ"],
        ["", "รวมงบประมาณทั้งสิ้น", "", "7,000", ""],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.title.split()[0], m.indicator_no, m.start_date, [o.person_name or o.org_unit for o in m.owners]) for m in got] == [
        ("ปรับปรุงเว็บไซต์และเพจเฟซบุ๊กของสถานีให้มีข้อมูลครบ", 9, date(2025, 10, 1), ["ธวัชชัย ศรีประเสริฐ"]),
        ("เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", 9, date(2025, 10, 1), ["ธวัชชัย ศรีประเสริฐ"]),
        ("มาตรการจัดการเรื่องร้องเรียนของประชาชน", 5, date(2025, 10, 1), ["งานอำนวยการ"])]



def test_numbered_measures_with_a_full_indicator_tag_and_fields_a_pdf_ran_into_the_heading():
    """blind-25: "๑. มาตรการ... (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)" with labelled lines and "๑.๑" steps; a
    PDF ran "ผู้รับผิดชอบ: ..." into one heading and "ระยะเวลา: ..." into an owner line."""
    got = read_measures(doc_of(
        "๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาลให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)",
        "ผู้รับผิดชอบ: กลุ่มงานสุขภาพดิจิทัล",
        "ระยะเวลา: ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙",
        "๑.๑ ปรับปรุงหน้าเว็บไซต์หัวข้อการเปิดเผยข้อมูลสาธารณะ",
        "๒. มาตรการส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญ",
        "ผู้รับผิดชอบ: คณะกรรมการจริยธรรมโรงพยาบาล และงานทรัพยากรบุคคลระยะเวลา: ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙",
        "๒.๑ ประกาศนโยบายไม่รับของขวัญ",
        "๓. มาตรการปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและการแจ้งผลให้ผู้ร้องทราบผู้รับผิดชอบ: ศูนย์รับเรื่องร้องเรียน",
        "ระยะเวลา: ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๙)",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, [o.org_unit for o in m.owners]) for m in got] == [
        (9, date(2025, 10, 1), ["กลุ่มงานสุขภาพดิจิทัล"]),
        (None, date(2025, 10, 1), ["คณะกรรมการจริยธรรมโรงพยาบาล", "งานทรัพยากรบุคคล"]),
        (None, date(2026, 1, 1), ["ศูนย์รับเรื่องร้องเรียน"])]


def test_list_items_each_with_their_own_field_line_and_a_tool_title_heads_nothing():
    """blind-25: "แบบตรวจการเปิดเผยข้อมูล" (an OIT box's caption) does not make the items below indicator 9's;
    "๑) <item>" / "ผู้รับผิดชอบ X   ระยะเวลา Y" each: every item has its own owner and period."""
    got = read_measures(doc_of(
        "OIT", "๗๘.๐๐", "แบบตรวจการเปิดเผยข้อมูล",
        "มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "๑) ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์อำเภอให้ครบตามแบบ OIT (ตัวชี้วัดที่ ๙)",
        "ผู้รับผิดชอบ ฝ่ายบริหารงานปกครอง   ระยะเวลา ตุลาคม – ธันวาคม ๒๕๖๘",
        "๒) ประชุมชี้แจงแนวทางการปฏิบัติงานตามประมวลจริยธรรมให้ข้าราชการ",
        "ผู้รับผิดชอบ นายอนุชา รัตนวงศ์ ปลัดอำเภอ   ระยะเวลา กุมภาพันธ์ ๒๕๖๙",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.owner_text) for m in got] == [
        (9, date(2025, 10, 1), "ฝ่ายบริหารงานปกครอง"), (None, date(2026, 2, 1), "นายอนุชา รัตนวงศ์ ปลัดอำเภอ")]



def test_a_task_given_by_a_clause_after_it_and_a_lead_in_naming_one_indicator():
    """blind-26: "(๑) <task> (ตัวชี้วัดที่ ๙ ...) โดยมอบหมายให้<party>ดำเนินการ<time>"; "... เพื่อยกระดับตัวชี้วัดที่ 5
    ... จึงกำหนดมาตรการปรับปรุง 2 มาตรการ ดังนี้" gives its items indicator 5."""
    got = read_measures(doc_of(
        "(๑) ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของอำเภอให้ครบถ้วน (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล) "
        "โดยมอบหมายให้ฝ่ายบริหารงานทั่วไปดำเนินการระหว่างเดือนตุลาคม – ธันวาคม ๒๕๖๘",
        "(๒) จัดอบรมข้าราชการเรื่องการป้องกันผลประโยชน์ทับซ้อน โดยมอบหมายให้นางสาวกัญญารัตน์ สีดา เจ้าพนักงานปกครองชำนาญการ "
        "ดำเนินการให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date, m.owner_text) for m in got] == [
        (9, date(2025, 10, 1), date(2025, 12, 31), "ฝ่ายบริหารงานทั่วไป"),
        (None, None, date(2026, 3, 31), "นางสาวกัญญารัตน์ สีดา เจ้าพนักงานปกครองชำนาญการ")]
    got = read_measures(doc_of(
        "ผลการประเมิน ITA ได้คะแนนตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต 82.46 คะแนน เพื่อยกระดับตัวชี้วัดที่ 5 "
        "ศูนย์ฯ จึงกำหนดมาตรการปรับปรุง 2 มาตรการ ดังนี้",
        "1) จัดทำแนวปฏิบัติการคุ้มครองผู้ร้องเรียนและการรักษาความลับของข้อมูลผู้ร้อง",
        "ผู้รับผิดชอบ: งานนิติการ สำนักปลัดเทศบาล",
        "กำหนดแล้วเสร็จ: ภายในวันที่ 31 มกราคม 2569",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.end_date) for m in got] == [(5, date(2026, 1, 31))]


def test_an_owner_given_in_the_remarks_of_a_plan_without_an_owner_column():
    """blind-26 form: "... | ระยะเวลา | หมายเหตุ" with "กองคลัง รับผิดชอบ" in some remark cells."""
    got = read_measures(doc_of([
        ["ที่", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "หมายเหตุ"],
        ["1", "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "25,000", "ม.ค. 69", "สำนักปลัด รับผิดชอบ"],
        ["2", "กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร", "-", "ต.ค. 68", ""],
        ["3", "มาตรการตรวจสอบการใช้รถส่วนกลาง", "-", "ต.ค. 68", "ดำเนินการแล้วบางส่วน"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [[o.org_unit for o in m.owners] for m in got] == [["สำนักปลัด"], [], []]



def test_labelled_owner_and_time_lines_in_a_shared_column_and_score_lines_head_nothing():
    """blind-27: "ผู้รับผิดชอบ / ระยะเวลา" cells "ผู้รับผิดชอบ : X" / "ระยะเวลา : Y"; a list of indicator scores
    ("ตัวชี้วัดที่ ๑๐ ...⇥๘๗.๐๐") above bullets does not make them indicator 10's."""
    got = read_measures(doc_of([
        ["ที่", "มาตรการ / กิจกรรม", "ผู้รับผิดชอบ / ระยะเวลา"],
        ["๑", "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วน", "ผู้รับผิดชอบ : งานประชาสัมพันธ์ สำนักปลัดเทศบาล\nระยะเวลา : ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙"],
        ["๒", "จัดทำแผนบริหารความเสี่ยงการทุจริต", "ผู้รับผิดชอบ : ปลัดเทศบาล\nระยะเวลา : ภายใน ๓๑ ธันวาคม ๒๕๖๘"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.owner_text, m.start_date, m.end_date) for m in got] == [
        ("งานประชาสัมพันธ์ สำนักปลัดเทศบาล", date(2025, 10, 1), date(2026, 9, 30)), ("ปลัดเทศบาล", None, date(2025, 12, 31))]
    got = read_measures(doc_of(
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๘๔.๕๐", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\t๘๗.๐๐",
        "มาตรการยกระดับผลการประเมิน ปี ๒๕๖๙",
        "• สำรวจความพึงพอใจผู้มาติดต่อผ่าน QR Code เม.ย. – มิ.ย. ๖๙ (ด.ต.ธนากร พิมพ์ทอง)",
    ), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date) for m in got] == [(None, date(2026, 4, 1))]



def test_minutes_written_as_a_table_give_what_was_resolved():
    """blind-29: "ระเบียบวาระ | เรื่อง/สาระสำคัญ | มติที่ประชุม | ผู้รับผิดชอบ/กำหนดเสร็จ": the resolution is the task
    (not what was said), "รับทราบ" rows none, two numbered tasks with two numbered owner lines, the agenda's
    tag its indicator, the owner cell's time line its time."""
    got = read_measures(doc_of([
        ["ระเบียบวาระ", "เรื่อง/สาระสำคัญ", "มติที่ประชุม", "ผู้รับผิดชอบ/\nกำหนดเสร็จ"],
        ["ระเบียบวาระที่ ๑", "ประธานแจ้งว่า จังหวัดกำหนดเป้าหมายให้ผ่านเกณฑ์", "รับทราบ", "–"],
        ["๔.๑ การปรับปรุงการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ ๙)", "ผลการตรวจ OIT พบว่าข้อมูลไม่เป็นปัจจุบัน",
         "เห็นชอบให้ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาล", "สำนักปลัดเทศบาล / ภายใน ๓๑ ม.ค. ๒๕๖๙"],
        ["๔.๓ การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ (ตัวชี้วัดที่ ๒)", "ผู้อำนวยการกองคลังเสนอให้เพิ่มช่องทาง",
         "เห็นชอบ ดังนี้\n๑) เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี\n๒) รายงานผลการจัดซื้อจัดจ้างรายเดือน",
         "๑) กองคลัง / ภายใน ๓๑ ม.ค. ๒๕๖๙\n๒) งานพัสดุ กองคลัง / ม.ค. – ก.ย. ๒๕๖๙"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.title[:12], m.indicator_no, m.start_date, m.end_date, m.owner_text) for m in got] == [
        ("ตรวจสอบและปร", 9, None, date(2026, 1, 31), "สำนักปลัดเทศบาล"),
        ("เผยแพร่แผนกา", 2, None, date(2026, 1, 31), "กองคลัง"),
        ("รายงานผลการจ", 2, date(2026, 1, 1), date(2026, 9, 30), "งานพัสดุ กองคลัง")]



def test_a_memos_table_of_actions_headed_by_what_is_done():
    """blind-28: "ที่ | การดำเนินการ | ผู้รับผิดชอบ | ห้วงเวลา": "การดำเนินการ" alone heads the measures."""
    got = read_measures(doc_of([
        ["ที่", "การดำเนินการ", "ผู้รับผิดชอบ", "ห้วงเวลา"],
        ["1", "ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ของสถานีให้ครบตามแบบตรวจ OIT (ตัวชี้วัดที่ 9)", "งานอำนวยการ", "พ.ย. – ธ.ค. 2568"],
        ["2", "ประชุมชี้แจงข้าราชการตำรวจทุกสายงานเรื่องแนวทางการประเมิน ITA", "สว.อก.สภ.เขาวงทอง", "ภายใน 15 ม.ค. 2569"],
    ]), replace(FACTS, fiscal_year=2569))
    assert [(m.indicator_no, m.start_date, m.end_date) for m in got] == [
        (9, date(2025, 11, 1), date(2025, 12, 31)), (None, None, date(2026, 1, 15))]
