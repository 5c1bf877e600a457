"""Findings a clerk should see: facts in a report that do not add up.

- unit_mismatch: the body names another unit of the same kind than the one
  the report is from (text copied from another unit's report);
- period_reversed: a measure whose period ends before it starts;
- low_score_no_measure: an indicator scored under 85 that no measure addresses;
- score_out_of_range: a score outside 0-100;
- tool_total_mismatch: a tool's total that is not the mean of its indicators;
- not_an_ita_report: a file with none of the words ITA reports are written in
  (a manual, a letter on another matter, a file sent by mistake);
- no_measures_read: a measures report from which no measure could be read
  (its layout is new to the readers: its measures need reading by hand).
- overall_outside_tools: an overall score that its tools' totals cannot give:
  for a year whose NACC weighting is known (`NACC_TOOL_WEIGHTS`), not the
  weighted sum of the three totals; for another year, outside the range of
  the totals (whatever the weights, a weighted mean lies between them);
- rating_band_mismatch: a rating (AA ... F) that is not the band of its score;
- implausible_year: a score's or the document's year outside ITA's years;
- unsure_reading: a number read from a scan that the digit reader was not sure of;
- conflicting_scores: two values read from a scan for the same score (the same
  indicator and year): at least one was given the wrong label.
- reread_changed, reread_unresolved: a scanned value a check doubted, read
  again at a higher resolution (`records.reread`): changed by the second look
  (with the first reading), or still doubted (with the page).

Cross-checks flag the scores they doubt (`needs_review`): a value that fails
one is never stored as a plain fact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from extractors.model import ExtractedDocument
from normalizers.indicators import INDICATORS, tool_of_indicator
from normalizers.units import find_unit_names
from records.confidence import NEEDS_REVIEW_BELOW
from records.document import plausible_fiscal_year
from records.model import DocumentFacts, Finding, MeasureRow, ScoreRow
from records.tables import compact

LOW_SCORE = 85.0
TOOL_TOLERANCE = 0.6  # points: rounding of four or five two-decimal scores stays well below
# The NACC's weights of the three tools in the overall ITA score, by fiscal
# year, only where a report shows them: 2566 from the seed minutes of the
# Ministry of Interior's permanent secretary's office (IIT 91.71, EIT 83.06,
# OIT 100 -> overall 92.43 = 0.3 x 91.71 + 0.3 x 83.06 + 0.4 x 100). Other
# years are checked against the range of the totals until a report shows
# their weighting: a guessed weighting would flag right scores.
NACC_TOOL_WEIGHTS: dict[int, dict[str, float]] = {
    2566: {"IIT": 0.30, "EIT": 0.30, "OIT": 0.40},
}
# points: three totals and the overall, each rounded to two decimals, stay
# within 0.01 of the weighted sum; 0.05 leaves room for a report that
# rounded its totals to one decimal
WEIGHTED_TOLERANCE = 0.05


def _body_text(doc: ExtractedDocument) -> str:
    parts = []
    for b in doc.blocks:
        if b.kind == "paragraph":
            parts.append(b.text)
        elif b.table is not None:
            parts.extend(" ".join(r) for r in b.table.rows)
    return "\n".join(parts)


_LEVELS = ("อำเภอ", "จังหวัด", "ตำบล", "ภาค", "กรม", "กระทรวง", "เขต")


def _same_unit(a: str, b: str) -> bool:
    """Same unit, a misspelling of it, or a unit of another level (its province, its ministry)."""
    ca, cb = compact(a), compact(b)
    if ca in cb or cb in ca:
        return True
    n = 0
    while n < min(len(ca), len(cb)) and ca[n] == cb[n]:
        n += 1
    ra, rb = ca[n:], cb[n:]
    la = next((w for w in _LEVELS if ra.startswith(w)), None)
    lb = next((w for w in _LEVELS if rb.startswith(w)), None)
    if la != lb:
        return True  # สำนักงานสาธารณสุขอำเภอ... vs สำนักงานสาธารณสุขจังหวัด...: the level above
    return _edits(ra, rb) <= 1  # "ไทยเจริญ" / "ไทยเจวิญ": a typo of the unit's own name


def _edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def unit_mismatch(doc: ExtractedDocument, facts: DocumentFacts) -> list[Finding]:
    if facts.unit is None:
        return []
    own = facts.unit
    mentions = find_unit_names(_body_text(doc), unique=False)
    others: Counter[str] = Counter()
    for u in mentions:
        if u.unit_type != own.unit_type or _same_unit(u.name, own.name):
            continue
        if own.province and u.province and u.province == own.province and own.unit_type == "province":
            continue
        others[u.name] += 1
    out = []
    for name, n in others.most_common():
        out.append(Finding(
            kind="unit_mismatch",
            message=f"รายงานของ {own.name} แต่เนื้อหากล่าวถึง {name} ({n} ครั้ง) - ตรวจสอบว่าคัดลอกมาจากหน่วยงานอื่นหรือไม่ "
                    f"(the report is from {own.name} but its text names {name} {n} time(s))",
        ))
    return out


def period_reversed(measures: list[MeasureRow]) -> list[Finding]:
    out = []
    for m in measures:
        if m.start_date and m.end_date and m.end_date < m.start_date:
            out.append(Finding(
                kind="period_reversed",
                message=f"มาตรการ \"{m.title[:60]}\" มีระยะเวลา \"{m.period_text}\" สิ้นสุดก่อนเริ่ม "
                        f"(ends {m.end_date.isoformat()} before it starts {m.start_date.isoformat()})",
                page=m.page,
            ))
    return out


def low_score_no_measure(scores: list[ScoreRow], measures: list[MeasureRow], facts: DocumentFacts) -> list[Finding]:
    if not measures and facts.doc_type not in ("measures", "analysis"):
        return []
    covered = {m.indicator_no for m in measures if m.indicator_no}
    latest = max((s.fiscal_year for s in scores if s.level == "indicator" and s.fiscal_year), default=None)
    out = []
    reported: set[int] = set()
    for s in scores:
        if s.level != "indicator" or s.indicator_no is None or s.value >= LOW_SCORE:
            continue
        if latest is not None and s.fiscal_year not in (None, latest):
            continue
        if s.indicator_no in covered:
            continue
        reported.add(s.indicator_no)
        name = INDICATORS[s.indicator_no].name
        out.append(Finding(
            kind="low_score_no_measure",
            message=f"ตัวชี้วัดที่ {s.indicator_no} {name} ได้ {s.value:.2f} คะแนน (ต่ำกว่า {LOW_SCORE:.0f}) แต่ไม่มีมาตรการรองรับ "
                    f"(indicator {s.indicator_no} scored {s.value:.2f} with no measure)",
            page=s.page,
        ))
    # a low question of an indicator with no score of its own ("E4 (ตัวชี้วัดที่ 6) 79.17") that no measure
    # addresses - only when the measures name their indicators, so that the absence means something
    if covered:
        q_latest = max((s.fiscal_year for s in scores if s.level == "question" and s.fiscal_year), default=None)
        indicator_scored = {s.indicator_no for s in scores if s.level == "indicator" and s.indicator_no}
        for s in scores:
            if s.level != "question" or s.indicator_no is None or s.value >= LOW_SCORE:
                continue
            if q_latest is not None and s.fiscal_year not in (None, q_latest):
                continue
            ind = s.indicator_no
            if ind in covered or ind in reported or ind in indicator_scored:
                continue
            reported.add(ind)
            out.append(Finding(
                kind="low_score_no_measure",
                message=f"ข้อ {s.question_code or s.label or ''} (ตัวชี้วัดที่ {ind} {INDICATORS[ind].name}) ได้ {s.value:.2f} "
                        f"คะแนน (ต่ำกว่า {LOW_SCORE:.0f}) แต่ไม่มีมาตรการรองรับ "
                        f"(question of indicator {ind} scored {s.value:.2f} with no measure)",
                page=s.page,
            ))
    return out


def score_out_of_range(scores: list[ScoreRow]) -> list[Finding]:
    out = []
    for s in scores:
        if s.level != "kpi" and not (0 <= s.value <= 100):
            s.needs_review = True
            out.append(Finding(kind="score_out_of_range",
                               message=f"คะแนน {s.value} ({s.label or s.level}) อยู่นอกช่วง 0-100 (score outside 0-100)",
                               page=s.page))
    return out


def tool_total_mismatch(scores: list[ScoreRow]) -> list[Finding]:
    out = []
    years = {s.fiscal_year for s in scores}
    for year in years:
        inds = {s.indicator_no: s.value for s in scores
                if s.level == "indicator" and s.fiscal_year == year and s.indicator_no}
        for s in scores:
            if s.level != "tool" or s.fiscal_year != year or not s.tool:
                continue
            members = [n for n in INDICATORS if tool_of_indicator(n) == s.tool]
            if not all(n in inds for n in members):
                continue
            mean = sum(inds[n] for n in members) / len(members)
            if abs(mean - s.value) > TOOL_TOLERANCE:
                for row in scores:
                    if row is s or (row.level == "indicator" and row.fiscal_year == year and row.indicator_no in members):
                        row.needs_review = True
                out.append(Finding(
                    kind="tool_total_mismatch",
                    message=f"คะแนนรวม {s.tool} {s.value:.2f} ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด {mean:.2f} "
                            f"({s.tool} total {s.value:.2f} vs indicator mean {mean:.2f})",
                    page=s.page,
                ))
    return out


# Stems of the words ITA evidence is written in: the assessment itself, its
# tools and indicators, integrity and anti-corruption work, and the topics of
# the public-disclosure items (procurement, budgets, services, staff, ethics).
# Any one of them is enough: the finding is for files with none.
ITA_VOCABULARY = (
    "ป.ป.ช", "ปปช", "คุณธรรม", "โปร่งใส", "ทุจริต", "ประพฤติมิชอบ", "ผลประโยชน์ทับซ้อน", "ผลประโยชน์ส่วนตน",
    "สินบน", "ธรรมาภิบาล", "จริยธรรม", "จรรยาบรรณ", "บริสุทธิ์ใจ", "ประโยชน์ส่วนรวม",
    "ตัวชี้วัด", "มาตรการ", "แผนปฏิบัติ", "ผลการดำเนินงาน", "ผลการปฏิบัติราชการ", "คำรับรองการปฏิบัติราชการ",
    "จัดซื้อจัดจ้าง", "พัสดุ", "การใช้งบประมาณ", "เปิดเผยข้อมูล", "เผยแพร่", "ร้องเรียน",
    "บริหารทรัพยากรบุคคล", "ทรัพย์สินของราชการ", "ล่วงละเมิด", "คุกคามทางเพศ",
)
MIN_TEXT_TO_JUDGE = 40  # characters, spaces not counted
_ITA_WORDS = re.compile("|".join([r"\b(?:ITA|IIT|EIT|OIT|MOIT)\b", *map(re.escape, ITA_VOCABULARY)]))


def not_an_ita_report(doc: ExtractedDocument) -> list[Finding]:
    """A finding when the text holds none of the ITA vocabulary (or no Thai at all).

    A document with next to no text is not judged: there is nothing to tell
    what it is about (its pages say why: a blank or unreadable scan).
    """
    text = _body_text(doc)
    if len("".join(text.split())) < MIN_TEXT_TO_JUDGE or _ITA_WORDS.search(text):
        return []
    return [Finding(kind="not_an_ita_report",
                    message="ไม่พบถ้อยคำของรายงาน ITA ในเอกสารนี้ (เช่น คุณธรรม ความโปร่งใส มาตรการ ตัวชี้วัด): "
                            "ตรวจว่าหน่วยงานส่งไฟล์ถูกต้องหรือไม่ / no ITA vocabulary found: check that the unit "
                            "sent the right file")]


def no_measures_read(facts: DocumentFacts, measures: list[MeasureRow]) -> list[Finding]:
    """A finding when a measures report gave no measure (its layout needs reading by hand)."""
    if facts.doc_type != "measures" or measures:
        return []
    return [Finding(kind="no_measures_read",
                    message="รายงานมาตรการฉบับนี้อ่านมาตรการออกมาไม่ได้เลย: โปรดอ่านจากไฟล์ต้นฉบับ "
                            "(ตารางใน doc_tables และข้อความใน pages) / no measure could be read from this "
                            "measures report: read it from the file (doc_tables, pages)")]


def weighted_overall(tools: dict[str, float], year: int | None) -> float | None:
    """The overall score the NACC's weighting of `year` gives these tool totals
    (None when that year's weighting is not known)."""
    weights = NACC_TOOL_WEIGHTS.get(year) if year is not None else None
    if weights is None or set(tools) != set(weights):
        return None
    return sum(weights[tool] * value for tool, value in tools.items())


def overall_outside_tools(scores: list[ScoreRow]) -> list[Finding]:
    """An overall score that its three tools' totals cannot give: not their
    weighted sum (a year of known weighting), or outside their range."""
    out = []
    for year in {s.fiscal_year for s in scores}:
        tools = {s.tool: s.value for s in scores if s.level == "tool" and s.fiscal_year == year and s.tool}
        if set(tools) != {"IIT", "EIT", "OIT"}:
            continue
        expected = weighted_overall(tools, year)
        low, high = min(tools.values()) - TOOL_TOLERANCE, max(tools.values()) + TOOL_TOLERANCE
        for s in scores:
            if s.level != "overall" or s.fiscal_year != year:
                continue
            if expected is not None and abs(s.value - expected) > WEIGHTED_TOLERANCE:
                why = (f"ไม่เท่ากับผลรวมถ่วงน้ำหนักของ IIT/EIT/OIT ปี {year} ({expected:.2f}) "
                       f"(overall {s.value:.2f} is not its tools' weighted sum {expected:.2f})")
            elif expected is None and not low <= s.value <= high:
                why = (f"อยู่นอกช่วงคะแนนของเครื่องมือ IIT/EIT/OIT ({min(tools.values()):.2f}-"
                       f"{max(tools.values()):.2f}) (overall {s.value:.2f} outside its tools' totals)")
            else:
                continue
            s.needs_review = True
            out.append(Finding(kind="overall_outside_tools",
                               message=f"คะแนนภาพรวม {s.value:.2f} {why} - ตรวจสอบกับต้นฉบับ", page=s.page))
    return out


# NACC rating bands: (lowest score, rating), best first.
RATING_BANDS = ((95.0, "AA"), (85.0, "A"), (75.0, "B"), (65.0, "C"), (55.0, "D"), (50.0, "E"), (0.0, "F"))


def rating_of_score(value: float) -> str:
    """The NACC rating of an ITA score: AA >= 95, A 85-94.99, B 75-84.99, ... F < 50."""
    return next(rating for floor, rating in RATING_BANDS if value >= floor)


def rating_band_mismatch(scores: list[ScoreRow]) -> list[Finding]:
    out = []
    for s in scores:
        rating = (s.rating or "").strip().upper()
        if s.level == "kpi" or rating not in {r for _, r in RATING_BANDS} or not 0 <= s.value <= 100:
            continue
        expected = rating_of_score(s.value)
        if rating != expected:
            s.needs_review = True
            out.append(Finding(
                kind="rating_band_mismatch",
                message=f"คะแนน {s.value:.2f} ({s.label or s.level}) ควรอยู่ระดับ {expected} แต่รายงานระบุระดับ {rating} "
                        f"- ตรวจสอบกับต้นฉบับ (score {s.value:.2f} is band {expected}, the report says {rating})",
                page=s.page,
            ))
    return out


def implausible_year(scores: list[ScoreRow], facts: DocumentFacts) -> list[Finding]:
    out = []
    if facts.fiscal_year is not None and not plausible_fiscal_year(facts.fiscal_year):
        facts.needs_review = True
        out.append(Finding(kind="implausible_year",
                           message=f"ปีงบประมาณของเอกสาร {facts.fiscal_year} ไม่อยู่ในช่วงปีของ ITA "
                                   f"(fiscal year {facts.fiscal_year} is outside ITA's years)"))
    for s in scores:
        if s.fiscal_year is not None and not plausible_fiscal_year(s.fiscal_year):
            s.needs_review = True
            out.append(Finding(kind="implausible_year",
                               message=f"คะแนน {s.value:.2f} ระบุปีงบประมาณ {s.fiscal_year} ซึ่งไม่อยู่ในช่วงปีของ ITA "
                                       f"(score for fiscal year {s.fiscal_year}, outside ITA's years)",
                               page=s.page))
    return out


def conflicting_scores(scores: list[ScoreRow]) -> list[Finding]:
    """Scores read from a scan (confidence below 1) that give one key two values."""
    groups: dict[tuple, list[ScoreRow]] = {}
    for s in scores:
        if s.confidence is not None and s.confidence < 1.0 and s.level in ("overall", "tool", "indicator"):
            groups.setdefault((s.level, s.tool, s.indicator_no, s.fiscal_year), []).append(s)
    out = []
    for rows in groups.values():
        if len({round(r.value, 2) for r in rows}) < 2:
            continue
        for r in rows:
            r.needs_review = True
        out.append(Finding(
            kind="conflicting_scores",
            message=f"อ่านจากภาพสแกนได้หลายค่าสำหรับคะแนนเดียวกัน ({rows[0].label or rows[0].level}): "
                    f"{', '.join(f'{r.value:g}' for r in rows)} - ตรวจสอบกับต้นฉบับ "
                    f"(one score read with several values from a scan)",
            page=rows[0].page,
        ))
    return out


# the checks of a score's value (not of its year or its wording): what a second look at the scan may settle
VALUE_CHECKS = (score_out_of_range, tool_total_mismatch, overall_outside_tools, rating_band_mismatch,
                conflicting_scores)


def checked_with(scores: list[ScoreRow], doubted: set[int]) -> set[int]:
    """The scores a value check weighs against the `doubted` ones (indices): an indicator's
    tool total; a tool total's indicators and the overall; an overall's tool totals, all of
    the same year. When a check fails, any of them may be the misread one."""
    out = set()
    for i in doubted:
        s = scores[i]
        for j, other in enumerate(scores):
            if j == i or other.fiscal_year != s.fiscal_year:
                continue
            if s.level == "indicator" and other.level == "tool" and other.tool and other.tool == s.tool \
                    or s.level == "tool" and (other.level == "overall" or other.level == "indicator"
                                              and other.tool == s.tool and s.tool is not None) \
                    or s.level == "overall" and other.level == "tool":
                out.add(j)
    return out


def doubted_by_checks(scores: list[ScoreRow]) -> set[int]:
    """The indices of the scores a value check doubts (flags), the scores themselves untouched."""
    copies = [replace(s, needs_review=False) for s in scores]
    for check in VALUE_CHECKS:
        check(copies)
    return {i for i, s in enumerate(copies) if s.needs_review}


def unsure_readings(scores: list[ScoreRow], facts: DocumentFacts) -> list[Finding]:
    """One finding per value read from a scan too unsurely to be a plain fact."""
    out = []
    for s in scores:
        if s.confidence is not None and s.confidence < NEEDS_REVIEW_BELOW:
            out.append(Finding(
                kind="unsure_reading",
                message=f"คะแนน {s.value:g} ({s.label or s.level}) อ่านจากภาพสแกนได้ไม่แน่ชัด "
                        f"(ความเชื่อมั่น {s.confidence:.2f}) - ตรวจสอบกับต้นฉบับหน้า {s.page or '-'} "
                        f"(score read from a scan with confidence {s.confidence:.2f}: check the page)",
                page=s.page,
            ))
    if facts.fiscal_year_confidence is not None and facts.fiscal_year_confidence < NEEDS_REVIEW_BELOW:
        out.append(Finding(
            kind="unsure_reading",
            message=f"ปีงบประมาณ {facts.fiscal_year} อ่านจากภาพสแกนได้ไม่แน่ชัด "
                    f"(ความเชื่อมั่น {facts.fiscal_year_confidence:.2f}) - ตรวจสอบกับต้นฉบับ "
                    f"(fiscal year read from a scan with confidence {facts.fiscal_year_confidence:.2f})",
        ))
    return out


def read_findings(doc: ExtractedDocument, facts: DocumentFacts, scores: list[ScoreRow],
                  measures: list[MeasureRow]) -> list[Finding]:
    return (unit_mismatch(doc, facts) + period_reversed(measures) + low_score_no_measure(scores, measures, facts)
            + score_out_of_range(scores) + tool_total_mismatch(scores) + overall_outside_tools(scores)
            + rating_band_mismatch(scores) + implausible_year(scores, facts) + conflicting_scores(scores)
            + unsure_readings(scores, facts) + not_an_ita_report(doc) + no_measures_read(facts, measures))
