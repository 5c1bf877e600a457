"""Score grammar (records.scores): prose, lists, tables; thresholds are not scores."""

from __future__ import annotations

from extractors.model import Block, ExtractedDocument, Table
from records.model import DocumentFacts, UnitFacts
from records.scores import indicator_of_code, read_scores


def doc_of(*parts, fmt="docx") -> ExtractedDocument:
    blocks = []
    for p in parts:
        if isinstance(p, list):
            blocks.append(Block("table", table=Table(rows=p)))
        else:
            blocks.append(Block("paragraph", text=p))
    return ExtractedDocument(format=fmt, page_count=None, pages=[], blocks=blocks)


FACTS = DocumentFacts(UnitFacts("เทศบาลตำบลทดสอบ", "municipality"), 2568, "analysis", None)


def keys(scores):
    return {(s.level, s.tool, s.indicator_no, s.question_code, s.fiscal_year, round(s.value, 2)) for s in scores}


def test_indicator_prose_and_quoted_question():
    got = read_scores(doc_of(
        "ผลการประเมิน ประจำปีงบประมาณ ๒๕๖๘ ตัวชี้วัดที่ ๒ การใช้งบประมาณของเทศบาลตำบลทดสอบ มีผลคะแนน ๘๑.๓๗ คะแนน "
        "ผลการวิเคราะห์ ข้อคำถามที่ได้คะแนนน้อยที่สุดในตัวชี้วัดนี้ คือ หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตาม"
        "วัตถุประสงค์ มากน้อยเพียงใด (๗๙.๔๑ คะแนน) แสดงให้เห็นว่า"), FACTS)
    assert keys(got) == {("indicator", "IIT", 2, None, 2568, 81.37), ("question", "IIT", 2, None, 2568, 79.41)}
    q = [s for s in got if s.level == "question"][0]
    assert q.label == "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด"


def test_indicator_number_comes_from_the_name():
    got = read_scores(doc_of("๕) การเปิดเผยข้อมูล ได้ 88.00 คะแนน"), FACTS)
    assert keys(got) == {("indicator", "OIT", 9, None, 2568, 88.0)}


def test_thresholds_and_ranges_are_not_scores():
    got = read_scores(doc_of(
        "มีผลการประเมิน ITA ในภาพรวมต่ำกว่า ๘๕ คะแนน โดยมีคะแนนอยู่ในช่วงระหว่าง ๗๐.๐๐ – ๘๔.๙๙ คะแนน "
        "ซึ่งไม่ผ่านค่าเป้าหมาย โดยมีคะแนนในภาพรวมอยู่ที่ ๘๑.๒๔ คะแนน",
        "จะต้องได้คะแนน 85 คะแนนขึ้นไป ลดลงจากปีที่ผ่านมา 4.48 คะแนน",
        "วันนี้ (22 ส.ค.2566) เวลา 13.30 -16.00 น. ครั้งที่ 2 / 2566",
        [["ระดับ ๑", "ระดับ ๒", "ระดับ ๓"], ["๖๐", "๗๐", "๘๐"]],
    ), FACTS)
    assert keys(got) == {("overall", None, None, None, 2568, 81.24)}
    assert got[0].rating == "ไม่ผ่าน"


def test_question_ranges_expand():
    got = read_scores(doc_of(
        "-ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต",
        "I25-I30 คะแนน 92.17, 88.60, 88.18, 89.52, 90.72 และ 92.97 ตามลำดับ",
        "I13–I15 และI18 คะแนน 89.92, 90.46, 89.25 และ 92.56 ตามลำดับ",
        "E1-E3 และE5 คะแนน EIT ทั้งส่วนที่ 1 และส่วนที่ 2 คะแนน ต่ำกว่า 95",
    ), DocumentFacts(None, 2566, "minutes", None))
    codes = [s.question_code for s in got]
    assert codes == ["I25", "I26", "I27", "I28", "I29", "I30", "I13", "I14", "I15", "I18"]
    assert {s.indicator_no for s in got if s.question_code.startswith("I2")} == {5}
    assert [s.value for s in got][:2] == [92.17, 88.60]


def test_tools_overall_rating_and_previous_year():
    got = read_scores(doc_of(
        "5. ผลคะแนนการประเมิน (ITA) ประจำปีงบประมาณพ.ศ. 2566 สำนักงานปลัดกระทรวงมหาดไทยได้คะแนน 92.43 คะแนน "
        "อยู่ในระดับ “ผ่าน” ลดลงจากปีที่ผ่านมา 4.48 คะแนน (ปีงบประมาณ 2565 ได้คะแนน 96.91 คะแนน) ดังนี้",
        "1) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT) ได้ 91.71 คะแนน",
        "3) แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ได้ 100 คะแนน",
    ), DocumentFacts(None, 2566, "minutes", None))
    assert keys(got) == {
        ("overall", None, None, None, 2566, 92.43), ("overall", None, None, None, 2565, 96.91),
        ("tool", "IIT", None, None, 2566, 91.71), ("tool", "OIT", None, None, 2566, 100.0),
    }
    assert [s.rating for s in got if s.level == "overall"] == ["ผ่าน", None]


def test_year_of_results_quoted_in_a_later_report():
    got = read_scores(doc_of(
        "2. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565 ของจังหวัดทดสอบ",
        "ปรากฏว่า จังหวัดทดสอบ มีผลคะแนนการประเมิน 95.03 คะแนน ระดับการประเมิน AA",
        [["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๕.๔๓ คะแนน"], ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๙๑.๒๓ คะแนน"]],
        "- ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ๙๔.๓๕ คะแนน",
    ), DocumentFacts(None, 2566, "measures", None))
    assert keys(got) == {
        ("overall", None, None, None, 2565, 95.03), ("indicator", "IIT", 1, None, 2565, 95.43),
        ("indicator", "IIT", 2, None, 2565, 91.23), ("indicator", "EIT", 6, None, 2565, 94.35),
    }
    assert [s.rating for s in got if s.level == "overall"] == ["AA"]


def test_score_grids_and_answer_distributions():
    got = read_scores(doc_of([
        ["คะแนนรวม EIT 91.94"],
        ["EIT", "คะแนนเฉลี่ย", "EIT", "คะแนนเฉลี่ย"],
        ["6 คุณภาพการดำเนินงาน", "94.35", "8 การปรับปรุงการทำงาน", "90.81"],
        ["E1 เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงาน/ให้บริการแก่ท่าน มากน้อยเพียงใด 91.43"],
        ["หัวข้อการประเมิน", "น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด", "คะแนน"],
        ["เป็นไปตามขั้นตอนที่กำหนด", "0.33%", "1.00%", "21.40%", "77.26%", "91.93"],
    ]), DocumentFacts(None, 2565, "analysis", None))
    assert keys(got) == {
        ("tool", "EIT", None, None, 2565, 91.94), ("indicator", "EIT", 6, None, 2565, 94.35),
        ("indicator", "EIT", 8, None, 2565, 90.81), ("question", "EIT", 6, "E1", 2565, 91.43),
        ("question", "EIT", 6, None, 2565, 91.93),
    }


def test_kpi_table():
    got = read_scores(doc_of([
        ["ตัวชี้วัด/ข้อมูลพื้นฐานประกอบตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้"],
        ["ร้อยละของระดับความพึงพอใจของผู้บริการ", "๘๐", "๗๗.๖๓", "๓"],
    ]), FACTS)
    assert len(got) == 1
    k = got[0]
    assert (k.level, k.value, k.weight, k.points, k.label) == ("kpi", 77.63, 80.0, 3.0, "ร้อยละของระดับความพึงพอใจของผู้บริการ")


def test_question_code_numbering():
    assert indicator_of_code("I19", 2565) == 4
    assert indicator_of_code("E1", 2566) == 6
    assert indicator_of_code("E11", 2566) == 8
    assert indicator_of_code("I9", 2568) == 2  # 2568 keeps the numbering (I9 การใช้งบประมาณ, E12 การปรับปรุงฯ)
    assert indicator_of_code("E12", 2568) == 8
    assert indicator_of_code("I19", 2570) is None  # a year whose questionnaire is not known
    assert indicator_of_code("O12", 2566) is None  # OIT numbering changes every year


def test_scores_by_year_columns():
    got = read_scores(doc_of([
        ["ตัวชี้วัด", "คะแนนปี 2566", "คะแนนปี 2567"],
        ["การปฏิบัติหน้าที่", "90.12", "92.50"],
        ["การเปิดเผยข้อมูล", "100", "87.50"],
        ["คะแนนภาพรวม ITA", "85.00", "88.75"],
    ]), DocumentFacts(None, 2568, "analysis", None))
    assert keys(got) == {
        ("indicator", "IIT", 1, None, 2566, 90.12), ("indicator", "IIT", 1, None, 2567, 92.5),
        ("indicator", "OIT", 9, None, 2566, 100.0), ("indicator", "OIT", 9, None, 2567, 87.5),
        ("overall", None, None, None, 2566, 85.0), ("overall", None, None, None, 2567, 88.75),
    }


def test_scores_inside_a_measures_table():
    got = read_scores(doc_of([
        ["ตัวชี้วัด", "ข้อคำถาม", "คะแนน", "แนวทางการพัฒนา", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["การใช้อำนาจ", "I13 การมอบหมายงานอย่างเป็นธรรม", "78.50", "ประกาศหลักเกณฑ์", "สำนักปลัด", "ต.ค. 67 - ก.ย. 68"],
    ]), FACTS)
    assert keys(got) == {("question", "IIT", 3, "I13", 2568, 78.5)}


def test_more_prose_forms():
    got = read_scores(doc_of(
        "ผลการประเมิน ITA ปี 2567 ได้ 78.12 คะแนน (ระดับ C)",
        "คะแนน IIT เท่ากับ 84.50, EIT เท่ากับ 88.10 และ OIT เท่ากับ 70.00",
        "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 85.88 คะแนน ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้ 81.37 คะแนน",
    ), DocumentFacts(None, 2567, "analysis", None))
    assert keys(got) == {
        ("overall", None, None, None, 2567, 78.12), ("tool", "IIT", None, None, 2567, 84.5),
        ("tool", "EIT", None, None, 2567, 88.1), ("tool", "OIT", None, None, 2567, 70.0),
        ("indicator", "IIT", 1, None, 2567, 85.88), ("indicator", "IIT", 2, None, 2567, 81.37),
    }
    assert [s.rating for s in got if s.level == "overall"] == ["C"]


def test_year_stated_earlier_in_the_sentence_governs():
    got = read_scores(doc_of(
        "ตามที่สำนักงาน ป.ป.ช. ได้ประเมิน โดยในปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานทดสอบ ได้รับผลการประเมินในภาพรวม "
        "๘๗.๑๐ คะแนน ทั้งนี้ ตัวชี้วัดการใช้อำนาจ ได้ ๘๐.๒๐ คะแนน"), FACTS)
    assert keys(got) == {("overall", None, None, None, 2567, 87.1), ("indicator", "IIT", 3, None, 2567, 80.2)}


def test_previous_year_in_brackets_belongs_to_the_same_indicator():
    got = read_scores(doc_of("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ได้ 90.10 คะแนน ซึ่งเพิ่มขึ้นจากปี 2566 (86.40 คะแนน)"), FACTS)
    assert keys(got) == {("indicator", "EIT", 6, None, 2568, 90.1), ("indicator", "EIT", 6, None, 2566, 86.4)}


def test_tool_title_wins_over_the_indicator_words_it_contains():
    got = read_scores(doc_of([["เครื่องมือ / ตัวชี้วัด", "คะแนน"],
                              ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "77.25"],
                              ["การเปิดเผยข้อมูล", "80.00"]]), FACTS)
    assert keys(got) == {("tool", "OIT", None, None, 2568, 77.25), ("indicator", "OIT", 9, None, 2568, 80.0)}


def test_question_score_after_a_dash_and_zero_score_with_code():
    got = read_scores(doc_of(
        "ตัวชี้วัดการเปิดเผยข้อมูล",
        "• E3 เจ้าหน้าที่ให้บริการอย่างเท่าเทียมมากน้อยเพียงใด – 72.40 คะแนน",
        "• ข้อ O12 รายงานผลการจัดซื้อจัดจ้าง ไม่ได้คะแนน (0 คะแนน) เพราะไม่ได้เผยแพร่",
    ), DocumentFacts(UnitFacts("เทศบาลตำบลทดสอบ", "municipality"), 2567, "analysis", None))
    got_keys = keys(got)
    assert ("question", "EIT", 6, "E3", 2567, 72.4) in got_keys
    assert ("question", "OIT", 9, "O12", 2567, 0.0) in got_keys


def test_comparison_year_does_not_govern_later_paragraphs():
    scores = read_scores(doc_of(
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 องค์การบริหารส่วนตำบลทดสอบได้คะแนน 90.10 คะแนน "
        "ซึ่งต่ำกว่าผลการประเมินประจำปีงบประมาณ พ.ศ. 2567 ที่ได้ 92.00 คะแนน",
        "ตัวชี้วัดที่ 3 การใช้อำนาจ ได้ 88.40 คะแนน",
    ), FACTS)
    assert keys(scores) == {("overall", None, None, None, 2568, 90.1), ("overall", None, None, None, 2567, 92.0),
                            ("indicator", "IIT", 3, None, 2568, 88.4)}


def test_year_phrase_broken_at_a_line_end():
    scores = read_scores(doc_of(
        "ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ",
        "พ.ศ. ๒๕๖๗ หน่วยงานได้คะแนน ๘๔.๒๐ คะแนน",
        fmt="pdf"), FACTS)
    assert keys(scores) == {("overall", None, None, None, 2567, 84.2)}


def test_target_and_result_kpi_table():
    scores = read_scores(doc_of([
        ["ตัวชี้วัด", "เป้าหมาย", "ผลการดำเนินงาน"],
        ["ร้อยละของบุคลากรที่ผ่านการอบรม", "ร้อยละ 90", "ร้อยละ 72.25"],
    ]), FACTS)
    assert keys(scores) == {("kpi", None, None, None, 2568, 72.25)}


def test_target_words_govern_the_figures_of_their_clause():
    got = read_scores(doc_of(
        "ในปีงบประมาณ พ.ศ. ๒๕๖๘ เทศบาลตำบลทดสอบได้คะแนน ๙๐.๑๒ คะแนน อยู่ในระดับ A ผ่านเกณฑ์การประเมิน (85 คะแนน) "
        "ซึ่งสูงกว่าค่าเป้าหมายของจังหวัดที่กำหนดไว้ ๘๕ คะแนน",
        "ตัวชี้วัดที่ต่ำกว่าเป้าหมาย (๘๕ คะแนน) ได้แก่ ตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้ 80.50 คะแนน"), FACTS)
    assert keys(got) == {("overall", None, None, None, 2568, 90.12), ("indicator", "IIT", 2, None, 2568, 80.5)}


def test_tool_table_with_weights_gives_tool_and_overall_scores():
    got = read_scores(doc_of([
        ["เครื่องมือที่ใช้ประเมิน", "น้ำหนัก", "คะแนนที่ได้"],
        ["แบบวัด IIT", "ร้อยละ 30", "90.10"],
        ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "ร้อยละ 30", "82.40"],
        ["แบบตรวจ OIT", "ร้อยละ 40", "88.00"],
        ["รวม", "100", "86.95"],
    ]), FACTS)
    assert keys(got) == {("tool", "IIT", None, None, 2568, 90.1), ("tool", "EIT", None, None, 2568, 82.4),
                         ("tool", "OIT", None, None, 2568, 88.0), ("overall", None, None, None, 2568, 86.95)}


def test_kpi_mentioning_a_tool_stays_a_kpi_and_total_row_gives_weighted_score():
    got = read_scores(doc_of([
        ["ตัวชี้วัด", "น้ำหนัก", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้", "คะแนนถ่วงน้ำหนัก"],
        ["1. ระดับความสำเร็จของการเปิดเผยข้อมูล (OIT) บนเว็บไซต์", "60", "92.00", "5", "3.00"],
        ["2. ร้อยละของผู้รับบริการที่พึงพอใจ", "40", "71.50", "2", "0.80"],
        ["รวม", "100", "", "", "3.80"],
    ]), FACTS)
    assert {(s.level, s.value) for s in got} == {("kpi", 92.0), ("kpi", 71.5), ("kpi", 3.8)}


def test_criteria_scale_and_dates_in_brackets_are_no_scores():
    got = read_scores(doc_of(
        "ตัวชี้วัดที่ ๓ ด้านความโปร่งใส (ITA) (๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘)",
        "ตัวชี้วัดย่อยด้านการป้องกันการทุจริต (ITA) (๑",
        [["ระดับคะแนน", "1", "2", "3", "4", "5"], ["ร้อยละที่ผ่าน", "50", "60", "70", "80", "90"]],
    ), FACTS)
    assert got == []


def test_line_starting_with_a_code_is_a_question_whatever_its_wording():
    got = read_scores(doc_of(
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        "• I20 บุคลากรในหน่วยงานของท่าน รู้แนวทางการใช้ทรัพย์สินของราชการ มากน้อยเพียงใด ได้ 81.05 คะแนน",
        "E๙ การประชาสัมพันธ์ของหน่วยงาน ตอบคำถามได้ชัดเจน มากน้อยเพียงใด ได้ ๗๗.๕๐ คะแนน",
    ), FACTS)
    assert keys(got) == {("question", "IIT", 4, "I20", 2568, 81.05), ("question", "EIT", 7, "E9", 2568, 77.5)}


def test_indicator_score_in_brackets_after_its_name():
    got = read_scores(doc_of(
        "ตัวชี้วัดที่ต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (80.25 คะแนน) "
        "และตัวชี้วัดที่ 2 การใช้งบประมาณ (83.40 คะแนน)"), FACTS)
    assert keys(got) == {("indicator", "EIT", 8, None, 2568, 80.25), ("indicator", "IIT", 2, None, 2568, 83.4)}


def test_an_indicator_label_ends_with_a_word_not_inside_the_unit_name_after_it():
    got = read_scores(doc_of(
        "ผลการประเมิน ประจำปีงบประมาณ ๒๕๖๘ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ของเทศบาลตำบลทดสอบ มีผลคะแนน ๘๕.๘๘ คะแนน",
        "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการของเทศบาลตำบลทดสอบ มีผลคะแนน ๙๐.๑๐ คะแนน"), FACTS)
    labels = {s.indicator_no: s.label for s in got if s.level == "indicator"}
    assert labels == {1: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 4: "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของทางราชการ"}


def test_a_compared_year_holds_for_its_own_figure_only():
    """A memo runs its paragraph as one sentence: the tool scores after "เพิ่มขึ้นจาก
    ปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้ ๘๖.๑๐ คะแนน" are the report's year's, not 2566's."""
    scores = read_scores(doc_of(
        "กลุ่มงานยุทธศาสตร์ได้ตรวจสอบผลการประเมินที่ประกาศในระบบ ITAS แล้ว ปรากฏว่า โรงพยาบาลทดสอบได้คะแนนรวม "
        "๘๘.๕๓ คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้ ๘๖.๑๐ คะแนน จำนวน ๒.๔๓ คะแนน "
        "เมื่อพิจารณารายเครื่องมือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๙๑.๐๕ คะแนน "
        "และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ๘๙.๕๐ คะแนน"), FACTS)
    assert keys(scores) == {("overall", None, None, None, 2568, 88.53), ("overall", None, None, None, 2566, 86.1),
                            ("tool", "IIT", None, None, 2568, 91.05), ("tool", "OIT", None, None, 2568, 89.5)}


def test_oit_title_in_brackets_after_the_code_is_the_tool():
    got = read_scores(doc_of([["รายการ", "ปี 2567", "ปี 2568"],
                              ["OIT (การเปิดเผยข้อมูลสาธารณะ)", "85.00", "91.50"],
                              ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "80.00", "90.00"]]), FACTS)
    assert keys(got) == {("tool", "OIT", None, None, 2567, 85.0), ("tool", "OIT", None, None, 2568, 91.5),
                         ("indicator", "OIT", 9, None, 2567, 80.0), ("indicator", "OIT", 9, None, 2568, 90.0)}


def test_a_target_for_a_year_is_no_score():
    scores = read_scores(doc_of(
        "(ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ : ๙๒.๓๖ คะแนน ระดับ A  /  "
        "ค่าเป้าหมายปีงบประมาณ พ.ศ. ๒๕๖๘ : ๙๕ คะแนน)"), FACTS)
    assert keys(scores) == {("overall", None, None, None, 2567, 92.36)}


def test_a_kpi_result_with_its_count_in_brackets():
    got = read_scores(doc_of([["ที่", "ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมาย", "ผลการดำเนินงาน"],
                              ["3", "ร้อยละของเรื่องร้องเรียนการทุจริตที่ได้รับการแก้ไขภายใน 30 วัน", "ร้อยละ", "80",
                               "75.00\n(3 จาก 4 เรื่อง)"]]), FACTS)
    assert [(s.level, s.value) for s in got] == [("kpi", 75.0)]


def test_year_columns_under_a_row_whose_label_spans_two_columns():
    """blind-9: an indicator row's label is merged over the ข้อ and ข้อคำถาม columns, so its
    values stand under the last columns, not one column to the left (2567's read as 2566's)."""
    got = read_scores(doc_of([["ข้อ", "ข้อคำถาม", "ปี 2566", "ปี 2567", "เพิ่ม/ลด"],
                              ["ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "90.54", "90.87", "+0.33"],
                              ["E1", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด",
                               "88.40", "85.20", "-3.20"]]), FACTS)
    assert keys(got) == {("indicator", "EIT", 6, None, 2566, 90.54), ("indicator", "EIT", 6, None, 2567, 90.87),
                         ("question", "EIT", 6, "E1", 2566, 88.4), ("question", "EIT", 6, "E1", 2567, 85.2)}


def test_a_rating_out_of_five_is_no_score():
    """blind-10 project report: "(ค่าเฉลี่ย ๔.๔๒ จาก ๕)" after a satisfaction line; a score out of 100 still is one."""
    assert read_scores(doc_of("ความพึงพอใจต่อการจัดโครงการโดยรวมอยู่ในระดับมาก (ค่าเฉลี่ย ๔.๔๒ จาก ๕)"), FACTS) == []
    got = read_scores(doc_of("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนนรวม 88.50 จาก 100 คะแนน"), FACTS)
    assert keys(got) == {("overall", None, None, None, 2568, 88.5)}


def test_tool_scores_beside_a_weight_column():
    """blind-10 summary: "เครื่องมือการประเมิน | น้ำหนัก (ร้อยละ) | คะแนน": the score, not the weight."""
    got = read_scores(doc_of([["เครื่องมือการประเมิน", "น้ำหนัก (ร้อยละ)", "คะแนน"],
                              ["IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "30", "92.40"],
                              ["OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ", "40", "90.43"]]), FACTS)
    assert keys(got) == {("tool", "IIT", None, None, 2568, 92.4), ("tool", "OIT", None, None, 2568, 90.43)}


def test_year_columns_with_the_rating_beside_the_overall_score():
    """blind-11: "คะแนนรวม | ๗๙.๕๙ (B) | ๘๗.๑๒ (A)" under "ตัวชี้วัด | ผลปี ๒๕๖๗ | ผลปี ๒๕๖๘"."""
    got = read_scores(doc_of([["ตัวชี้วัด", "ผลปี ๒๕๖๗", "ผลปี ๒๕๖๘", "เพิ่มขึ้น-ลดลง"],
                              ["คะแนนรวม", "๗๙.๕๙ (B)", "๘๗.๑๒ (A)", "+๗.๕๓"]]), FACTS)
    assert sorted((s.fiscal_year, s.value, s.rating) for s in got) == [(2567, 79.59, "B"), (2568, 87.12, "A")]


def test_a_form_line_naming_an_indicator_then_its_score_on_the_next():
    """blind-13 form: "ตัวชี้วัดที่ได้คะแนนต่ำสุด  ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน" / "ได้คะแนน  79.25  คะแนน":
    the score is indicator 8's; "ได้คะแนน" alone made it the overall (a wrong fact)."""
    got = read_scores(doc_of(
        "ผลคะแนน ITA ปี 2568\t 88.91 \tคะแนน   ระดับ\t A",
        "ตัวชี้วัดที่ได้คะแนนต่ำสุด\t ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน",
        "ได้คะแนน\t 79.25 \tคะแนน",
    ), FACTS)
    assert sorted((s.level, s.indicator_no, s.value) for s in got) == [("indicator", 8, 79.25), ("overall", None, 88.91)]


def test_question_scores_by_columns_with_merged_indicator_totals():
    """blind-12 table "ตัวชี้วัด | ข้อ | ประเด็น | คะแนน" with "รวมตัวชี้วัดที่ 2 | 82.64" merged over the first
    three columns: each total is its indicator's, each question row its code's."""
    got = read_scores(doc_of([
        ["ตัวชี้วัด", "ข้อ", "ประเด็น", "คะแนน"],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ (IIT)", "i7", "บุคลากรในหน่วยงานของท่านใช้งบประมาณอย่างคุ้มค่า", "78.45"],
        ["", "i11", "ท่านรู้ว่าหน่วยงานของท่านมีการเผยแพร่แผนการใช้จ่ายงบประมาณ", "76.30"],
        ["รวมตัวชี้วัดที่ 2", "82.64"],
        ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (OIT)", "o14", "รายงานการกำกับติดตามการดำเนินงาน", "0.00"],
        ["รวมตัวชี้วัดที่ 9", "88.89"],
    ]), FACTS)
    assert sorted((s.level, s.indicator_no, s.question_code or "", s.value) for s in got) == [
        ("indicator", 2, "", 82.64), ("indicator", 9, "", 88.89),
        ("question", 2, "I11", 76.3), ("question", 2, "I7", 78.45), ("question", 9, "O14", 0.0)]


def test_an_amount_of_points_is_a_score_unless_it_is_a_change():
    got = read_scores(doc_of(
        "เทศบาลตำบลห้วยยางทอง ได้ผลคะแนนการประเมิน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๙๑.๒๗ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน",
        "ผลการประเมินปี ๒๕๖๘ ได้ ๘๖.๙๗ คะแนน เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ที่ได้ ๘๕.๑๒ คะแนน จำนวน ๑.๘๕ คะแนน",
    ), FACTS)
    assert 91.27 in [s.value for s in got] and 1.85 not in [s.value for s in got] and 100.0 not in [s.value for s in got]


def test_memo_scores_behind_dot_leaders_and_a_previous_year_in_brackets():
    """blind-14 police memo: "... ได้ ๙๑.๘๑ คะแนน (ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๘.๑๒ คะแนน)" must not make the
    lines below 2567's (13 wrong facts held out), and "• ตัวชี้วัดที่ ๑ ... ........๙๖.๘๐ คะแนน" (a PDF's
    dot leader) is a score, not a code."""
    got = read_scores(doc_of(
        "๑. ผลคะแนนภาพรวม ได้ ๙๑.๘๑ คะแนน อยู่ในระดับ A (ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๘.๑๒ คะแนน)",
        "๒. ผลคะแนนตามเครื่องมือการประเมิน",
        "• การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) .................๙๓.๕๐ คะแนน",
        "• ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ......................................๙๖.๘๐ คะแนน",
    ), FACTS)
    assert sorted((s.level, s.tool, s.indicator_no, s.fiscal_year, s.value) for s in got) == [
        ("indicator", "IIT", 1, 2568, 96.8), ("overall", None, None, 2567, 88.12), ("overall", None, None, 2568, 91.81),
        ("tool", "IIT", None, 2568, 93.5)]


def test_a_tools_thai_title_is_no_indicator():
    got = read_scores(doc_of(
        "โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๙๕.๖๒ คะแนน และแบบตรวจการเปิดเผยข้อมูลต่อสาธารณะ (OIT) "
        "ได้ ๙๓.๗๕ คะแนน"), FACTS)
    assert sorted((s.level, s.tool, s.indicator_no, s.value) for s in got) == [
        ("tool", "IIT", None, 95.62), ("tool", "OIT", None, 93.75)]


def test_years_down_the_first_column_and_tools_across_with_rating_rows():
    """blind-15 chart table "ปีงบประมาณ | IIT | EIT | OIT | คะแนนรวม", a "ระดับ" row under each year."""
    got = read_scores(doc_of([
        ["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม"],
        ["พ.ศ. ๒๕๖๗", "๙๑.๒๐", "๘๔.๓๐", "๙๐.๗๕", "๘๘.๙๕"],
        ["ระดับ", "A", "B", "A", "A"],
        ["พ.ศ. ๒๕๖๘", "๙๓.๘๐", "๘๘.๒๐", "๙๕.๕๐", "๙๒.๘๐"],
        ["ระดับ", "A", "A", "AA", "A"],
    ]), FACTS)
    assert sorted((s.fiscal_year, s.level, s.tool or "", s.value, s.rating) for s in got) == [
        (2567, "overall", "", 88.95, "A"), (2567, "tool", "EIT", 84.3, "B"), (2567, "tool", "IIT", 91.2, "A"),
        (2567, "tool", "OIT", 90.75, "A"), (2568, "overall", "", 92.8, "A"), (2568, "tool", "EIT", 88.2, "A"),
        (2568, "tool", "IIT", 93.8, "A"), (2568, "tool", "OIT", 95.5, "AA")]


def test_a_christian_era_year_and_a_score_before_the_word_details():
    got = read_scores(doc_of(
        "•  ITA 2025 score: 91.18 (A)", "•  ITA 2024 score: 87.65 (A)",
        "ได้คะแนนรวม ๘๗.๙๔ คะแนน เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๖.๔๐ คะแนน รายละเอียดตามตาราง ดังนี้",
    ), FACTS)
    assert sorted((s.fiscal_year, s.value) for s in got if s.level == "overall") == [
        (2567, 86.4), (2567, 87.65), (2568, 87.94), (2568, 91.18)]


def test_percent_results_expected_scores_and_other_units():
    """blind-19: an ITA result written as a percentage is a score, a survey's is not; blind-18: an
    expected self-score is none; a figure set against another unit ("ส่วนองค์การบริหารส่วนตำบล...ได้")
    is that unit's, not the report's."""
    facts = DocumentFacts(UnitFacts("ที่ทำการปกครองอำเภอนาโยงเหนือ", "district_office"), 2568, "analysis", None)
    got = read_scores(doc_of(
        "โรงพยาบาลได้รับการประเมินคุณธรรมและความโปร่งใสฯ ผลการประเมินได้ร้อยละ ๙๑.๒๕ อยู่ในระดับดีมาก",
        "-  IIT ร้อยละ ๙๓.๑๐",
        "ผลการประเมินความพึงพอใจของผู้รับบริการ ได้ร้อยละ ๘๘.๕๐",
        "คะแนนที่คาดว่าจะได้ (OIT)   95.00 คะแนน",
        "ปีงบประมาณ พ.ศ. 2567 อำเภอนาโยงเหนือได้คะแนนรวม 88.20 คะแนน ส่วนองค์การบริหารส่วนตำบลช่องลมทองได้ 74.90 คะแนน",
    ), facts)
    values = sorted(s.value for s in got)
    assert 91.25 in values and 93.1 in values and 88.2 in values
    assert not {88.5, 95.0, 74.9} & set(values)


def test_an_indicator_heading_with_its_score_in_brackets_and_a_total_row_with_a_rating():
    got = read_scores(doc_of(
        "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน (๘๔.๓๕ คะแนน)",
        [["เครื่องมือ", "คะแนน"], ["IIT  การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "92.14"], ["รวม", "92.15 (A)"]],
    ), FACTS)
    assert sorted((s.level, s.indicator_no, s.value) for s in got) == [
        ("indicator", 8, 84.35), ("overall", None, 92.15), ("tool", None, 92.14)]


def test_a_year_merged_over_score_and_rating_columns():
    """blind-20: "ปี ๒๕๖๗ | ปี ๒๕๖๘" over "คะแนน | ระดับ | คะแนน | ระดับ": each year's score is its คะแนน column's
    (the 2568 scores were read from the 2567 rating column's place, and lost)."""
    got = read_scores(doc_of([
        ["ตัวชี้วัด", "ปี ๒๕๖๗", "ปี ๒๕๖๘"],
        ["", "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
        ["๑. การปฏิบัติหน้าที่", "๙๒.๕๐", "A", "๙๕.๔๐", "AA"],
    ]), FACTS)
    assert sorted((s.fiscal_year, s.indicator_no, s.value) for s in got) == [(2567, 1, 92.5), (2568, 1, 95.4)]


def test_an_indicator_number_alone_before_its_bracketed_figure_repeats_the_indicator():
    """blind-22 minutes: "... ได้แก่ ตัวชี้วัดที่ ๗ (๘๐.๑๕ คะแนน)" after "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้
    ๘๐.๑๕ คะแนน": the number alone names indicator 7 again (the text numbers as the ITA does); no
    question of indicator 10 is made of it. A number never named in the text stays no label."""
    got = read_scores(doc_of(
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๘๐.๑๕ คะแนน "
        "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้ ๙๓.๗๕ คะแนน ทั้งนี้ ตัวชี้วัดที่ได้คะแนนต่ำกว่า ๘๕ คะแนน ได้แก่ "
        "ตัวชี้วัดที่ ๗ (๘๐.๑๕ คะแนน)"), FACTS)
    assert keys(got) == {("indicator", "EIT", 7, None, 2568, 80.15), ("indicator", "OIT", 10, None, 2568, 93.75)}


def test_a_range_of_years_over_a_table_sets_no_year_for_the_text_after_it():
    """blind-23: "ตารางที่ 1 ผลคะแนน... ปีงบประมาณ พ.ศ. 2566 – 2568" then prose scores of the assessed year:
    the range's first year does not make them 2566's."""
    got = read_scores(doc_of(
        "ตารางที่ 1 ผลคะแนนแยกตามเครื่องมือการประเมิน ปีงบประมาณ พ.ศ. 2566 – 2568",
        "โดยเฉพาะตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 96.48 คะแนน"), FACTS)
    assert keys(got) == {("indicator", "IIT", 1, None, 2568, 96.48)}



def test_full_marks_beside_the_points_obtained_and_a_gap_to_an_average():
    """blind-24: "ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ": the points obtained are the score, 100 is the most
    a row could get; "ต่ำกว่าค่าเฉลี่ยจังหวัดตาก 2.02 คะแนน" is a gap, no overall score."""
    got = read_scores(doc_of(
        [["ตัวชี้วัด", "คะแนนเต็ม", "คะแนนที่ได้", "ร้อยละ", "ผลการประเมิน"],
         ["1. การปฏิบัติหน้าที่", "100", "94.52", "94.52", "ผ่าน"],
         ["10. การป้องกันการทุจริต", "100", "75.00", "75.00", "ไม่ผ่าน"]],
        "ในภาพรวม ได้ 84.29 คะแนน อยู่ในระดับ B แต่ยังต่ำกว่าค่าเฉลี่ยจังหวัดตาก 2.02 คะแนน"), FACTS)
    assert keys(got) == {("indicator", "IIT", 1, None, 2568, 94.52), ("indicator", "OIT", 10, None, 2568, 75.0),
                         ("overall", None, None, None, 2568, 84.29)}



def test_an_overall_label_over_its_figure_and_changes_beside_it():
    """blind-25/20 infographics: "คะแนนรวม ITA ปี ๒๕๖๘" / "๘๔.๘๓" is the overall; "▲ 2.35" and "ระดับ A 2.35"
    (a PDF put the arrow after) are changes; a tool's box after it keeps its own figure."""
    got = read_scores(doc_of("คะแนนรวม ITA ปี ๒๕๖๘", "๘๔.๘๓", "ระดับ B ▲ 2.35 คะแนน จากปี 2567", "ระดับ A 2.35",
                             "IIT", "๙๑.๒๐"), FACTS)
    assert keys(got) == {("overall", None, None, None, 2568, 84.83), ("tool", "IIT", None, None, 2568, 91.2)}



def test_weights_in_a_formula_are_no_scores_and_the_formula_heads_no_section():
    """blind-26: "คะแนนรวม = IIT × ๐.๓๐ + EIT × ๐.๓๐ + OIT × ๐.๔๐" under a five-year table: no tool scores of
    0.30/0.40, and the figures of the paragraphs after it are not OIT's."""
    got = read_scores(doc_of(
        "หมายเหตุ  คะแนนรวม = IIT × ๐.๓๐ + EIT × ๐.๓๐ + OIT × ๐.๔๐ (ผ่านเกณฑ์ที่ ๘๕ คะแนนขึ้นไป)",
        "ผลการประเมิน ITA ของเทศบาลในปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๘๘.๐๗ คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีก่อน ๑.๘๘ คะแนน"), FACTS)
    assert keys(got) == {("overall", None, None, None, 2568, 88.07)}



def test_a_tools_gloss_a_count_after_a_total_and_a_year_in_a_label_cell():
    """blind-27: "OIT (การเปิดเผยข้อมูล)  ๘๕.๗๕" is the tool's, not indicator 9's; "รวม ๙ มาตรการ/กิจกรรม" is a count;
    "คะแนนรวม ปี ๒๕๖๗ (เปรียบเทียบ) | ๘๒.๔๐" is 2567's."""
    got = read_scores(doc_of(
        "OIT (การเปิดเผยข้อมูล)  ๘๕.๗๕",
        "เพื่อยกระดับผลการประเมิน โดยเน้นตัวชี้วัดที่ได้คะแนนต่ำกว่า ๘๕ คะแนน รวม ๙ มาตรการ/กิจกรรม",
        [["คะแนนรวม (ภาพรวม)", "๘๗.๒๐", "คะแนน  ระดับ A"], ["IIT", "๙๑.๒๕", "คะแนน"],
         ["คะแนนรวม ปี ๒๕๖๗ (เปรียบเทียบ)", "๘๒.๔๐", "คะแนน  ระดับ B"]]), FACTS)
    assert keys(got) == {("tool", "OIT", None, None, 2568, 85.75), ("overall", None, None, None, 2568, 87.2),
                         ("tool", "IIT", None, None, 2568, 91.25), ("overall", None, None, None, 2567, 82.4)}



def test_a_question_table_under_indicator_rows_and_the_same_question_again_in_prose():
    """blind-29: "รหัส | ประเด็นคำถาม | ค่าคะแนน" with a merged row per indicator carrying its score: each code is
    the indicator's above it (the 2568 IIT has three an indicator), the closing "คะแนนรวมแบบวัด IIT" row is the
    tool's; "ข้อ i6 ... ๗๑.๔๓" in prose after it is the same question, not one of indicator 1."""
    got = read_scores(doc_of([
        ["รหัส", "ประเด็นคำถาม", "ค่าคะแนน"],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", "85.72"],
        ["i4", "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด", "88.10"],
        ["i6", "หน่วยงานของท่าน เปิดโอกาสให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ มากน้อยเพียงใด", "71.43"],
        ["คะแนนรวมแบบวัด IIT", "87.78"],
    ], "ข้อที่ได้คะแนนต่ำสุด ได้แก่ ข้อ i6 ได้ ๗๑.๔๓ คะแนน"), FACTS)
    assert keys(got) == {("indicator", "IIT", 2, None, 2568, 85.72), ("question", "IIT", 2, "I4", 2568, 88.1),
                         ("question", "IIT", 2, "I6", 2568, 71.43), ("tool", "IIT", None, None, 2568, 87.78)}



def test_an_indicator_table_with_a_tool_column():
    """blind-28: "ตัวชี้วัดที่ | ชื่อตัวชี้วัด | เครื่องมือ | คะแนน": each figure is the indicator's, not its tool's."""
    got = read_scores(doc_of([
        ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "เครื่องมือ", "คะแนน"],
        ["1", "การปฏิบัติหน้าที่", "IIT", "94.20"],
        ["9", "การเปิดเผยข้อมูล", "OIT", "93.50"],
    ]), FACTS)
    assert keys(got) == {("indicator", "IIT", 1, None, 2568, 94.2), ("indicator", "OIT", 9, None, 2568, 93.5)}



def test_a_paragraph_going_on_to_split_the_result_above_keeps_its_year():
    """blind-27: "... ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่ง...ได้คะแนนรวม ๘๖.๔๒ คะแนน" / "แยกตามเครื่องมือการประเมิน ได้แก่
    ... (IIT) ๙๐.๑๒ คะแนน ... กำหนดมาตรการ... ประจำปีงบประมาณ พ.ศ. ๒๕๖๙": the tools are 2568's in a 2569 plan."""
    facts = DocumentFacts(UnitFacts("เทศบาลตำบลทดสอบ", "municipality"), 2569, "measures", None)
    got = read_scores(doc_of(
        "ได้ดำเนินการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งเทศบาลได้คะแนนรวม ๘๖.๔๒ คะแนน",
        "แยกตามเครื่องมือการประเมิน ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ๙๐.๑๒ คะแนน "
        "เทศบาลจึงกำหนดมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ดังนี้"), facts)
    assert keys(got) == {("overall", None, None, None, 2568, 86.42), ("tool", "IIT", None, None, 2568, 90.12)}
