"""Findings (records.findings) on small synthetic reports."""

from __future__ import annotations

from datetime import date

from extractors.model import Block, ExtractedDocument
from records.findings import low_score_no_measure, period_reversed, score_out_of_range, tool_total_mismatch, unit_mismatch
from records.model import DocumentFacts, MeasureRow, ScoreRow, UnitFacts

FACTS = DocumentFacts(UnitFacts("เทศบาลตำบลเขวาใหญ่", "municipality", "มหาสารคาม"), 2568, "analysis", None)


def test_unit_mismatch():
    doc = ExtractedDocument("docx", None, [], [
        Block("paragraph", text="เทศบาลตำบลเขวาใหญ่ อำเภอกันทรวิชัย จังหวัดมหาสารคาม"),
        Block("paragraph", text="ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ของเทศบาลตำบลเขวาสินรินทร์ มีผลคะแนน ๘๕.๘๘ คะแนน"),
    ])
    found = unit_mismatch(doc, FACTS)
    assert [f.kind for f in found] == ["unit_mismatch"] and "เขวาสินรินทร์" in found[0].message
    clean = ExtractedDocument("docx", None, [], [Block("paragraph", text="เทศบาลตำบลเขวาใหญ่ มีผลคะแนน ๘๑.๒๔")])
    assert unit_mismatch(clean, FACTS) == []


def test_period_reversed():
    m = MeasureRow(title="ก", period_text="๑ ต.ค. ๒๕๖๘-๓๐ ก.ย.๒๕๖๘", start_date=date(2025, 10, 1), end_date=date(2025, 9, 30))
    ok = MeasureRow(title="ข", start_date=date(2025, 10, 1), end_date=date(2026, 9, 30))
    assert [f.kind for f in period_reversed([m, ok])] == ["period_reversed"]


def test_low_score_without_measure():
    scores = [ScoreRow("indicator", 78.43, 2568, "IIT", 5), ScoreRow("indicator", 60.0, 2568, "OIT", 10),
              ScoreRow("indicator", 91.0, 2568, "IIT", 3)]
    measures = [MeasureRow(title="ก", indicator_no=10)]
    found = low_score_no_measure(scores, measures, FACTS)
    assert [f.kind for f in found] == ["low_score_no_measure"] and "ตัวชี้วัดที่ 5" in found[0].message


def test_out_of_range_and_tool_totals():
    assert [f.kind for f in score_out_of_range([ScoreRow("indicator", 812.4, 2568, "IIT", 1)])] == ["score_out_of_range"]
    ok = [ScoreRow("indicator", v, 2565, "EIT", n) for n, v in ((6, 94.35), (7, 90.65), (8, 90.81))]
    assert tool_total_mismatch(ok + [ScoreRow("tool", 91.94, 2565, "EIT")]) == []
    assert [f.kind for f in tool_total_mismatch(ok + [ScoreRow("tool", 95.5, 2565, "EIT")])] == ["tool_total_mismatch"]


def test_low_question_of_an_indicator_no_measure_addresses():
    scores = [ScoreRow(level="indicator", value=82.0, fiscal_year=2568, tool="OIT", indicator_no=9),
              ScoreRow(level="question", value=78.5, fiscal_year=2568, tool="EIT", indicator_no=6, question_code="E3")]
    measures = [MeasureRow(title="ปรับปรุงเว็บไซต์", fiscal_year=2568, indicator_no=9)]
    got = low_score_no_measure(scores, measures, FACTS)
    assert len(got) == 1 and "E3" in got[0].message
    # measures that name no indicator say nothing about which indicator is addressed
    assert low_score_no_measure(scores[1:], [MeasureRow(title="ปรับปรุงเว็บไซต์", fiscal_year=2568)], FACTS) == []


def test_no_unit_mismatch_for_abbreviations_programmes_and_committees():
    facts = DocumentFacts(UnitFacts("องค์การบริหารส่วนตำบลหนองแวง", "subdistrict_admin", "ขอนแก่น"), 2568, "measures", None)
    doc = ExtractedDocument("docx", None, [], [
        Block("paragraph", text="อบต.หนองแวง จัดโครงการ อบต.เคลื่อนที่ ให้บริการประชาชน"),
        Block("paragraph", text="สำนักงาน ป.ป.ช. ประกาศผลการประเมิน กองคลัง และสำนักปลัด รับผิดชอบ"),
    ])
    assert unit_mismatch(doc, facts) == []
    dept = DocumentFacts(UnitFacts("กรมปศุสัตว์", "department", None), 2568, "minutes", None)
    doc2 = ExtractedDocument("docx", None, [], [Block("paragraph", text="ให้กรมคณะทำงานพิจารณา และกรมปศุสัตว์ดำเนินการ")])
    assert unit_mismatch(doc2, dept) == []


def test_overall_against_the_nacc_weighting_of_its_year():
    """The 2566 minutes (sample s003) read natively: the overall is the weighted sum of
    its tools, so nothing is flagged; the same overall misread ๙๒ -> ๙๓ (Tesseract's
    ๒/๓ confusion) lies between the tools' totals, and only the weighting catches it."""
    from flows.parse import parse_file
    from records.findings import overall_outside_tools

    from conftest import REPO

    scores = parse_file(REPO / "samples" / "s003_meeting_summary_moi_permanent_secretary.pdf").records.scores
    tools = [s for s in scores if s.level == "tool" and s.fiscal_year == 2566]
    overall = [s for s in scores if s.level == "overall" and s.fiscal_year == 2566]
    assert {s.tool for s in tools} == {"IIT", "EIT", "OIT"} and [s.value for s in overall] == [92.43]
    assert overall_outside_tools(scores) == [] and not overall[0].needs_review

    misread = ScoreRow("overall", 93.43, fiscal_year=2566, page=1)
    assert min(s.value for s in tools) < misread.value < max(s.value for s in tools)
    found = overall_outside_tools([*tools, misread])
    assert [f.page for f in found] == [1] and misread.needs_review and "92.43" in found[0].message
    # a year whose weighting no report has shown: only the range is checked
    other_year = [ScoreRow("tool", s.value, fiscal_year=2569, tool=s.tool) for s in tools]
    assert overall_outside_tools([*other_year, ScoreRow("overall", 93.43, fiscal_year=2569)]) == []
