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
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.model import ExtractedDocument
from normalizers.indicators import INDICATORS, tool_of_indicator
from normalizers.units import find_unit_names
from records.model import DocumentFacts, Finding, MeasureRow, ScoreRow
from records.tables import compact

LOW_SCORE = 85.0
TOOL_TOLERANCE = 0.6  # points: rounding of four or five two-decimal scores stays well below


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
    return [
        Finding(kind="score_out_of_range",
                message=f"คะแนน {s.value} ({s.label or s.level}) อยู่นอกช่วง 0-100 (score outside 0-100)", page=s.page)
        for s in scores if s.level != "kpi" and not (0 <= s.value <= 100)
    ]


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
_ITA_WORDS = re.compile("|".join([r"\b(?:ITA|IIT|EIT|OIT|MOIT)\b", *map(re.escape, ITA_VOCABULARY)]))


def not_an_ita_report(doc: ExtractedDocument) -> list[Finding]:
    """A finding when the text holds none of the ITA vocabulary (or no Thai at all)."""
    if _ITA_WORDS.search(_body_text(doc)):
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


def read_findings(doc: ExtractedDocument, facts: DocumentFacts, scores: list[ScoreRow],
                  measures: list[MeasureRow]) -> list[Finding]:
    return (unit_mismatch(doc, facts) + period_reversed(measures) + low_score_no_measure(scores, measures, facts)
            + score_out_of_range(scores) + tool_total_mismatch(scores) + not_an_ita_report(doc)
            + no_measures_read(facts, measures))
