#!/usr/bin/env python3
"""Build the blind-12 reports (tests/blind12/m*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind11/make_blind11.py (which
takes them from tests/layouts/write.py and tests/blind7/make_blind7.py). Wording follows units' ITA pages
found with the search tool ("pages" corpus) where they helped -- e.g. thadueamuedka.go.th ("ได้ผลคะแนน ...
จำนวน 88.37 คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ A", the rank among the district's units)
for the newsletter m1 -- otherwise Thai official-document conventions. Units, people and figures are
invented; ITA tool scores follow the 0.3/0.3/0.4 weighting.

  m1  เทศบาลตำบลห้วยยางทอง (เลย)          newsletter (จดหมายข่าว) in a two-column Word section under a
                                          one-column masthead; ITA 2568 overall + rating + IIT/EIT/OIT in
                                          running text; bulleted measures for 2569 "... (ผู้รับผิดชอบ: ...,
                                          ภายใน ...)"; Kinnari 14, Thai digits; no signature
  m2  สถานีตำรวจภูธรนาหว้าทอง (สกลนคร)      Gantt-chart action plan: ที่ | มาตรการ/กิจกรรม | ผู้รับผิดชอบ |
                                          ต.ค.-ก.ย. (shaded cells, no text) | หมายเหตุ; two-row header with
                                          "ปีงบประมาณ พ.ศ. ๒๕๖๙" merged over the months; landscape, Loma 13,
                                          Thai digits; police-style signatures
  m3  สำนักงานเกษตรจังหวัดพิจิตร          outline-form measures (no table): 1. ประเด็นที่ n ... (ตัวชี้วัดที่ n
                                          ...), 1.1 measure, 1.1.1 steps, then labelled lines ผู้รับผิดชอบ /
                                          ระยะเวลาดำเนินการ / ตัวชี้วัดความสำเร็จ; Garuda 14, Arabic digits;
                                          signed by the head of the office
  m4  องค์การบริหารส่วนตำบลโนนสะอาดทอง (บุรีรัมย์)  landscape question-level score table (ตัวชี้วัด | ข้อ |
                                          ประเด็น | คะแนน) with i/e/o codes and a total row per indicator,
                                          Arabic digits; analysis paragraph in Thai digits; table of three
                                          improvement measures; two signatures; Umpush 14

    uv run python tests/blind12/make_blind12.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para, _repeat_header  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, body, build_reports, centre, shade, sig_table,  # noqa: E402
                          table, th, tight)



def columns(section, num=2, space_cm=0.8):
    """Give a Word section `num` text columns."""
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    sect_pr.append(cols)


def _cs_size(run, size):
    """Set the complex-script size too (Thai text is sized by w:szCs)."""
    rpr = run._element.get_or_add_rPr()
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    sz = OxmlElement("w:szCs")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)


def sized(p, size):
    for r in p.runs:
        r.font.size = Pt(size)
        _cs_size(r, size)
    return p


# ------------------------------------------------------------------------------------------ m1

M1_UNIT = "เทศบาลตำบลห้วยยางทอง"
M1_TOOLS = {"IIT": 93.10, "EIT": 89.45, "OIT": 91.25}
M1_OVERALL = 91.27  # 0.3*93.10 + 0.3*89.45 + 0.4*91.25 = 91.265
M1_BULLETS = [
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบันตามเกณฑ์ OIT",
     "สำนักปลัดเทศบาล", "ภายใน ธ.ค. 2568"),
    ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนทางเว็บไซต์และบอร์ดประชาสัมพันธ์",
     "กองคลัง", "ต.ค. 2568 - ก.ย. 2569"),
    ("จัดกิจกรรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาลและพนักงานจ้าง",
     "นางสาวจันทร์เพ็ญ ศรีวงศ์ นักทรัพยากรบุคคลชำนาญการ", "ภายใน มี.ค. 2569"),
    ("ติดตั้งป้าย QR Code แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ณ จุดให้บริการ",
     "กองช่าง และสำนักปลัดเทศบาล", "ภายใน ม.ค. 2569"),
    ("สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงขั้นตอนการให้บริการ",
     "ปลัดเทศบาล", "ภายใน มิ.ย. 2569"),
]


def m1():
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=1.8), after=3)
    # masthead: one column
    sized(centre(doc, "จดหมายข่าว", bold=True), 30)
    sized(centre(doc, th(f"{M1_UNIT} อำเภอภูเรือ จังหวัดเลย"), bold=True), 18)
    centre(doc, th("ฉบับที่ 9/2568 ประจำเดือนกันยายน 2568"), size=14)
    centre(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    # two-column body
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 2)
    sized(_para(doc, th("เทศบาลตำบลห้วยยางทอง ผ่านการประเมิน ITA ปี 2568 ระดับ A"), bold=True), 18)
    body(doc, th(f"{M1_UNIT} ได้ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 f"(ITA) ประจำปีงบประมาณ พ.ศ. 2568 จำนวน {M1_OVERALL:.2f} คะแนน จากคะแนนเต็ม 100 คะแนน "
                 "อยู่ในระดับ A เป็นลำดับที่ 3 ของอำเภอภูเรือ จาก 7 แห่ง"), first=0.8)
    body(doc, th(f"เมื่อพิจารณารายเครื่องมือ พบว่า แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ "
                 f"{M1_TOOLS['IIT']:.2f} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ "
                 f"{M1_TOOLS['EIT']:.2f} คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ "
                 f"{M1_TOOLS['OIT']:.2f} คะแนน ซึ่งสูงกว่าปีที่ผ่านมาทุกเครื่องมือ"), first=0.8)
    body(doc, th("คณะผู้บริหารขอขอบคุณพนักงานเทศบาล พนักงานจ้าง และพี่น้องประชาชนทุกท่านที่ร่วมตอบแบบวัด "
                 "การรับรู้จำนวน 248 ราย และตั้งเป้าหมายผลการประเมินปี 2569 ไม่ต่ำกว่า 92 คะแนน"), first=0.8)
    sized(_para(doc, th("ก้าวต่อไป ปี 2569 : มาตรการยกระดับความโปร่งใส"), bold=True), 16)
    body(doc, "เพื่อรักษาระดับผลการประเมิน เทศบาลได้กำหนดมาตรการ ดังนี้", first=0.8)
    for title, owner, when in M1_BULLETS:
        p = _para(doc, th(f"• {title} (ผู้รับผิดชอบ: {owner}, {when})"))
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
    sized(_para(doc, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", bold=True), 16)
    body(doc, th("โทรศัพท์ 0 4203 9123  เว็บไซต์ www.huaiyangthong.go.th  เฟซบุ๊ก เทศบาลตำบลห้วยยางทอง "
                 "หรือกล่องรับความคิดเห็นหน้าสำนักงาน"), first=0)
    p = _para(doc, "จัดทำโดย งานประชาสัมพันธ์ สำนักปลัดเทศบาล")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    measures = [
        M(M1_BULLETS[0][0], [O(org="สำนักปลัดเทศบาล")], end="2025-12-31"),
        M(M1_BULLETS[1][0], [O(org="กองคลัง")], start="2025-10-01", end="2026-09-30"),
        M(M1_BULLETS[2][0], [O("น.ส.", "จันทร์เพ็ญ ศรีวงศ์", "นักทรัพยากรบุคคลชำนาญการ")], end="2026-03-31"),
        M(M1_BULLETS[3][0], [O(org="กองช่าง"), O(org="สำนักปลัดเทศบาล")], end="2026-01-31"),
        M(M1_BULLETS[4][0], [O(pos="ปลัดเทศบาล")], end="2026-06-30"),
    ]
    facts = {
        "notes": f"Newsletter (จดหมายข่าว) no. ๙/๒๕๖๘ of September 2568; masthead in one column, body in a two-column "
                 f"Word section. Scores: ITA 2568 overall {M1_OVERALL} (A) and the three tools IIT 93.10, EIT 89.45, "
                 "OIT 91.25 in running text (0.3/0.3/0.4 gives 91.265 -> 91.27). Not scores: 'คะแนนเต็ม ๑๐๐', the "
                 "rank 'ลำดับที่ ๓ ... จาก ๗ แห่ง', '๒๔๘ ราย' respondents, the 2569 target 'ไม่ต่ำกว่า ๙๒ คะแนน'. "
                 "Measures: the five bullets under 'ก้าวต่อไป ปี ๒๕๖๙'; title = bullet text before '(ผู้รับผิดชอบ:'; "
                 "no indicator is named (OIT is a tool): indicator_no null. Periods: 'ภายใน <month> <year>' = end "
                 "only, last day of the month ('ภายใน ธ.ค. ๒๕๖๘' 2025-12-31, 'ภายใน มี.ค. ๒๕๖๙' 2026-03-31, "
                 "'ภายใน ม.ค. ๒๕๖๙' 2026-01-31, 'ภายใน มิ.ย. ๒๕๖๙' 2026-06-30); 'ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙' = "
                 "2025-10-01..2026-09-30. Owners: org units สำนักปลัดเทศบาล / กองคลัง; 'นางสาวจันทร์เพ็ญ ศรีวงศ์ "
                 "นักทรัพยากรบุคคลชำนาญการ' = rank น.ส./name/position; 'กองช่าง และสำนักปลัดเทศบาล' = two org units; "
                 "'ปลัดเทศบาล' a position. People: none (no signature; 'จัดทำโดย งานประชาสัมพันธ์ สำนักปลัดเทศบาล' "
                 "is a section, and the โทรศัพท์ is the office's complaint line).",
        "scores": [S("overall", M1_OVERALL, 2568, rating="A")]
                  + [S("tool", v, 2568, tool=t) for t, v in M1_TOOLS.items()],
        "measures": measures,
        "people": [],
        "findings": [],
    }
    document = {
        "unit": M1_UNIT, "unit_type": "municipality", "province": "เลย", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th(f"จดหมายข่าว {M1_UNIT} อำเภอภูเรือ จังหวัดเลย ฉบับที่ 9/2568 ประจำเดือนกันยายน 2568"),
        "notes": "Newsletter dated September 2568 (FY 2568), reporting the ITA 2568 result; its measures run in FY "
                 "2569. Title = the masthead lines ('จดหมายข่าว' alone, or with the unit line, is acceptable; the "
                 "headline 'เทศบาลตำบลห้วยยางทอง ผ่านการประเมิน ITA ปี ๒๕๖๘ ระดับ A' is arguable too). doc_type "
                 "analysis (a result summary with measures, as blind10 k4); 'measures' is arguable.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m2

M2_UNIT = "สถานีตำรวจภูธรนาหว้าทอง"
MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
# (calendar year, month) of each FY 2569 column
_YM = [(2025, 10), (2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 10)]
M2_ROWS = [
    ("แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ของสถานีตำรวจ",
     "พ.ต.อ. ประเสริฐ วงศ์สุวรรณ ผกก.สภ.นาหว้าทอง", {0}, "-",
     O("พ.ต.อ.", "ประเสริฐ วงศ์สุวรรณ", "ผกก.สภ.นาหว้าทอง")),
    ("ประชุมชี้แจงหลักเกณฑ์การประเมิน ITA ประจำปี 2569 แก่ข้าราชการตำรวจในสังกัด",
     "ร.ต.อ. สมชาย ใจดี สว.อก.", {0, 1}, "ประชุมประจำเดือน",
     O("ร.ต.อ.", "สมชาย ใจดี", "สว.อก.")),
    ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
     "ผกก.สภ.นาหว้าทอง", {2, 3}, "ช่วงเทศกาลปีใหม่",
     O(pos="ผกก.สภ.นาหว้าทอง")),
    ("ปรับปรุงข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) บนเว็บไซต์สถานีตำรวจให้เป็นปัจจุบัน",
     "ด.ต. วิชัย แสนสุข ผบ.หมู่ (ธุรการ)", {1, 2, 3, 4, 5}, "-",
     O("ด.ต.", "วิชัย แสนสุข", "ผบ.หมู่ (ธุรการ)")),
    ("จัดทำคู่มือการให้บริการประชาชนงานสอบสวนและงานทะเบียนอาวุธปืน",
     "พ.ต.ท. อนุชา ศรีทอง รอง ผกก.(สอบสวน)", {3, 4, 5, 6}, "-",
     O("พ.ต.ท.", "อนุชา ศรีทอง", "รอง ผกก.(สอบสวน)")),
    ("สำรวจความพึงพอใจของประชาชนผู้มารับบริการ ณ สถานีตำรวจ",
     "งานอำนวยการ", {4, 5, 6, 7, 8}, "กลุ่มตัวอย่าง 400 ราย",
     O(org="งานอำนวยการ")),
    ("รายงานผลการดำเนินงานตามแผนต่อตำรวจภูธรจังหวัดสกลนคร",
     "ร.ต.อ. สมชาย ใจดี สว.อก.", {5, 11}, "รอบ 6 เดือน และ 12 เดือน",
     O("ร.ต.อ.", "สมชาย ใจดี", "สว.อก.")),
]


def _last_day(y, m):
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).isoformat()


def m2():
    doc = tight(new_doc("Loma", 13, landscape=True, margin=1.0), after=1)
    centre(doc, th("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=16)
    centre(doc, th(f"{M2_UNIT} ตำรวจภูธรจังหวัดสกลนคร"), bold=True, size=15)
    centre(doc, th("(ผลการประเมิน ITA ประจำปี พ.ศ. 2568 ของสถานี ได้ 89.72 คะแนน ระดับ A)"), size=13)
    ncol = 3 + 12 + 1
    n = 2 + len(M2_ROWS)
    t = doc.add_table(rows=n, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr1 = ["ที่", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ"] + [th("ปีงบประมาณ พ.ศ. 2569")] + [""] * 11 + ["หมายเหตุ"]
    hdr2 = ["", "", ""] + MONTHS + [""]
    for c in range(ncol):
        _cell_text(t.cell(0, c), hdr1[c], bold=True)
        _cell_text(t.cell(1, c), hdr2[c], bold=True)
    for r, (title, owner, marks, note, _) in enumerate(M2_ROWS, 2):
        _cell_text(t.cell(r, 0), th(str(r - 1)))
        _cell_text(t.cell(r, 1), th(title))
        _cell_text(t.cell(r, 2), th(owner))
        for k in range(12):
            _cell_text(t.cell(r, 3 + k), "")
            if k in marks:
                shade(t.cell(r, 3 + k), "808080")
        _cell_text(t.cell(r, 15), th(note))
        t.cell(r, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [0.8, 6.0, 4.2] + [1.2] * 12 + [2.3]
    fix_widths(t, widths)
    keep_rows(t)
    for c in (0, 1, 2, 15):
        a = t.cell(0, c).merge(t.cell(1, c))
        _cell_text(a, hdr1[c], bold=True)
    a = t.cell(0, 3).merge(t.cell(0, 14))
    _cell_text(a, hdr1[3], bold=True)
    for r in (0, 1):
        _repeat_header(t.rows[r])
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k in range(12):
        for p in t.cell(1, 3 + k).paragraphs:
            for run in p.runs:
                run.font.size = Pt(10)
                _cs_size(run, 10)
    for c in range(ncol):
        shade(t.cell(0, c), "FFF2CC")
        shade(t.cell(1, c), "FFF2CC")
    _para(doc, th("หมายเหตุ  ช่องที่แรเงา หมายถึง ห้วงเวลาดำเนินการ"))
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) ร.ต.อ. " + DOTS[:28] + " ผู้จัดทำแผน", "( สมชาย ใจดี )",
                     "สว.อก.สภ.นาหว้าทอง"],
                    ["(ลงชื่อ) พ.ต.อ. " + DOTS[:28] + " ผู้อนุมัติแผน", "( ประเสริฐ วงศ์สุวรรณ )",
                     "ผกก.สภ.นาหว้าทอง"]], [13.0, 13.0])
    measures = []
    for title, _, marks, _, owner in M2_ROWS:
        a, b = min(marks), max(marks)
        measures.append(M(th(title), [owner], start=datetime.date(*_YM[a], 1).isoformat(), end=_last_day(*_YM[b])))
    facts = {
        "notes": "Gantt-chart plan of FY 2569: twelve month columns ต.ค.-ก.ย. under a merged 'ปีงบประมาณ พ.ศ. ๒๕๖๙' "
                 "header; a month is marked only by grey cell shading (no text). Oct-Dec = 2025, Jan-Sep = 2026. "
                 "Measures: the seven numbered rows; title = the activity cell; no indicator named (OIT is a tool, "
                 "No Gift Policy a policy): indicator_no null. Period = span of the shaded months, first day of the "
                 "first to last day of the last (blind8 i4 convention); row ๗ is shaded in มี.ค. and ก.ย. only "
                 "(not contiguous): span 2026-03-01..2026-09-30; a single shaded month spans that month. Owners: "
                 "'rank name post' on one line = rank/person_name/position ('ร.ต.อ. สมชาย ใจดี สว.อก.' -> ร.ต.อ. / "
                 "สมชาย ใจดี / สว.อก.; 'ด.ต. วิชัย แสนสุข ผบ.หมู่ (ธุรการ)' -> position 'ผบ.หมู่ (ธุรการ)'; "
                 "'พ.ต.ท. อนุชา ศรีทอง รอง ผกก.(สอบสวน)' -> position 'รอง ผกก.(สอบสวน)'); 'ผกก.สภ.นาหว้าทอง' alone a "
                 "position; 'งานอำนวยการ' an org unit. หมายเหตุ cells ('กลุ่มตัวอย่าง ๔๐๐ ราย', 'รอบ ๖ เดือน และ ๑๒ "
                 "เดือน') are notes. Scores: only ITA 2568 overall 89.72 (A) in the bracketed line. People: two "
                 "police-style signatures (rank before the dots, name in brackets, post below, role after the dots).",
        "scores": [S("overall", 89.72, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "ร.ต.อ.", "สมชาย ใจดี", "สว.อก.สภ.นาหว้าทอง"),
                   P("ผู้อนุมัติแผน", "พ.ต.อ.", "ประเสริฐ วงศ์สุวรรณ", "ผกก.สภ.นาหว้าทอง")],
        "findings": [],
    }
    document = {
        "unit": M2_UNIT, "unit_type": "police_station", "province": "สกลนคร", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 plan. Title = the first heading line (the second names the unit and its parent "
                 "ตำรวจภูธรจังหวัดสกลนคร, which gives the province; the bracketed score line is a note). doc_type "
                 "measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m3

M3_UNIT = "สำนักงานเกษตรจังหวัดพิจิตร"
M3_ISSUES = [
    (1, "ประเด็นที่ 1 การแก้ไขปัญหาการทุจริต", 5, "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต", [
        ("ประกาศเจตจำนงสุจริตในการบริหารงานของเกษตรจังหวัดพิจิตรและสื่อสารให้บุคลากรทุกระดับรับทราบ",
         ["จัดทำประกาศเจตจำนงสุจริตเสนอเกษตรจังหวัดลงนาม", "เผยแพร่ประกาศทางเว็บไซต์และกลุ่มไลน์ของสำนักงาน"],
         "ฝ่ายบริหารทั่วไป", "ภายในเดือนธันวาคม 2568",
         "บุคลากรร้อยละ 100 รับทราบประกาศเจตจำนงสุจริต",
         [O(org="ฝ่ายบริหารทั่วไป")], None, "2025-12-31"),
        ("ประเมินความเสี่ยงการทุจริตในกระบวนการจัดซื้อจัดจ้างปัจจัยการผลิตและกำหนดมาตรการควบคุม",
         ["แต่งตั้งคณะทำงานประเมินความเสี่ยง", "วิเคราะห์ความเสี่ยงและจัดทำแผนบริหารความเสี่ยง"],
         "หัวหน้าฝ่ายบริหารทั่วไป และกลุ่มยุทธศาสตร์และสารสนเทศ", "1 พฤศจิกายน 2568 - 31 มกราคม 2569",
         "มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ",
         [O(pos="หัวหน้าฝ่ายบริหารทั่วไป"), O(org="กลุ่มยุทธศาสตร์และสารสนเทศ")], "2025-11-01", "2026-01-31"),
    ]),
    (2, "ประเด็นที่ 2 การใช้ทรัพย์สินของราชการ", 4, "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", [
        ("จัดทำแนวปฏิบัติการขอยืมและการใช้รถราชการและวัสดุอุปกรณ์การเกษตรของสำนักงาน",
         ["ทบทวนขั้นตอนการขอยืมทรัพย์สินของราชการ", "จัดทำแบบฟอร์มและเผยแพร่แนวปฏิบัติ"],
         "นางสาวศิริพร มั่นคง นักวิชาการส่งเสริมการเกษตรชำนาญการ", "มกราคม - มีนาคม 2569",
         "มีแนวปฏิบัติเผยแพร่บนเว็บไซต์ 1 เรื่อง",
         [O("น.ส.", "ศิริพร มั่นคง", "นักวิชาการส่งเสริมการเกษตรชำนาญการ")], "2026-01-01", "2026-03-31"),
        ("อบรมเสริมสร้างความรู้เรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวมแก่เจ้าหน้าที่ในสังกัด",
         [], "กลุ่มส่งเสริมและพัฒนาเกษตรกร", "ตุลาคม 2568 - กันยายน 2569",
         "จัดอบรมไม่น้อยกว่า 2 ครั้ง ผู้เข้าร่วมไม่น้อยกว่าร้อยละ 80",
         [O(org="กลุ่มส่งเสริมและพัฒนาเกษตรกร")], "2025-10-01", "2026-09-30"),
    ]),
    (3, "ประเด็นที่ 3 การเปิดเผยข้อมูล", 9, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", [
        ("เผยแพร่ข้อมูลโครงการส่งเสริมการเกษตรและผลการใช้จ่ายงบประมาณรายไตรมาสบนเว็บไซต์สำนักงาน",
         ["รวบรวมข้อมูลจากกลุ่ม/ฝ่ายทุกไตรมาส", "ตรวจสอบความถูกต้องก่อนเผยแพร่"],
         "กลุ่มยุทธศาสตร์และสารสนเทศ", "ไตรมาสที่ 1 - 4 ปีงบประมาณ พ.ศ. 2569",
         "เผยแพร่ครบ 4 ไตรมาส",
         [O(org="กลุ่มยุทธศาสตร์และสารสนเทศ")], "2025-10-01", "2026-09-30"),
    ]),
]


def m3():
    doc = tight(new_doc("Garuda", 14, landscape=False, margin=2.2), after=1)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=17)
    centre(doc, f"{M3_UNIT} ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=17)
    centre(doc, "*****************")
    body(doc, f"ตามที่{M3_UNIT}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              "(ITA) ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งได้คะแนนรวม 87.65 คะแนน ระดับ A พบประเด็นที่ควรพัฒนา "
              "3 ประเด็น จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้", first=2.0)
    for n, issue, ind, indname, items in M3_ISSUES:
        _para(doc, f"{n}. {issue} ({indname})", bold=True)
        for i, (title, steps, owner, when, kpi, *_rest) in enumerate(items, 1):
            p = _para(doc, f"{n}.{i} {title}")
            p.paragraph_format.left_indent = Cm(0.8)
            for j, step in enumerate(steps, 1):
                q = _para(doc, f"{n}.{i}.{j} {step}")
                q.paragraph_format.left_indent = Cm(1.8)
            for label, text in (("ผู้รับผิดชอบ", owner), ("ระยะเวลาดำเนินการ", when),
                                ("ตัวชี้วัดความสำเร็จ", kpi)):
                q = _para(doc, f"{label}  {text}")
                q.paragraph_format.left_indent = Cm(1.8)
    body(doc, "ทั้งนี้ ให้ผู้รับผิดชอบรายงานผลการดำเนินงานต่อเกษตรจังหวัดพิจิตรทุก 6 เดือน", first=2.0)
    _para(doc, "")
    sig_table(doc, [["อนุมัติ ณ วันที่ 27 ตุลาคม 2568", "", "(ลงชื่อ) " + DOTS[:30], "(นายสุรชัย เกษมสุข)",
                     "เกษตรจังหวัดพิจิตร"]], [10])
    measures = []
    for n, _, ind, _, items in M3_ISSUES:
        for title, _, _, _, _, owners, start, end in items:
            measures.append(M(title, owners, ind=ind, start=start, end=end))
    facts = {
        "notes": "Outline-form measures, no table. Score: only ITA 2568 overall 87.65 (A) in the opening paragraph. "
                 "Measures: the five n.i items under the three 'n. ประเด็นที่ n ... (ตัวชี้วัดที่ k ...)' headings; "
                 "indicator_no = k from the heading's bracket (5, 4, 9 -- not the ประเด็น number); the n.i.j lines are "
                 "steps of the measure above them, not measures. Periods: 'ภายในเดือนธันวาคม 2568' end 2025-12-31; "
                 "'1 พฤศจิกายน 2568 - 31 มกราคม 2569' 2025-11-01..2026-01-31; 'มกราคม - มีนาคม 2569' "
                 "2026-01-01..2026-03-31; 'ตุลาคม 2568 - กันยายน 2569' and 'ไตรมาสที่ 1 - 4 ปีงบประมาณ พ.ศ. 2569' "
                 "2025-10-01..2026-09-30. ตัวชี้วัดความสำเร็จ lines (ร้อยละ 100, 1 ฉบับ, ร้อยละ 80, 4 ไตรมาส) are "
                 "success KPIs, not ITA scores. Owners: 'ฝ่ายบริหารทั่วไป', 'กลุ่ม...' org units; 'หัวหน้าฝ่ายบริหาร"
                 "ทั่วไป และกลุ่มยุทธศาสตร์และสารสนเทศ' = a position and an org unit; 'นางสาวศิริพร มั่นคง "
                 "นักวิชาการส่งเสริมการเกษตรชำนาญการ' = น.ส./name/position. 'ทุก 6 เดือน' is a reporting cycle. "
                 "People: the head of the office who signs (no role printed below the name: ผู้ลงนาม; 'อนุมัติ ณ "
                 "วันที่' above suggests ผู้อนุมัติ, also acceptable).",
        "scores": [S("overall", 87.65, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาย", "สุรชัย เกษมสุข", "เกษตรจังหวัดพิจิตร")],
        "findings": [],
    }
    document = {
        "unit": M3_UNIT, "unit_type": "other", "province": "พิจิตร", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน {M3_UNIT} ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "FY 2569 measures of a provincial agriculture office (a provincial branch of กรมส่งเสริมการเกษตร: "
                 "unit_type other, as สำนักงานพัฒนาชุมชนอำเภอ; 'province' or 'department' are arguable), approved "
                 "27 ต.ค. 2568. Title = the two bold heading lines. Province from the unit name.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m4

M4_UNIT = "องค์การบริหารส่วนตำบลโนนสะอาดทอง"
M4_GROUPS = [
    ("IIT", 2, "ตัวชี้วัดที่ 2 การใช้งบประมาณ", 82.64, [
        ("i7", "บุคลากรในหน่วยงานของท่านใช้งบประมาณอย่างคุ้มค่า และไม่เอื้อประโยชน์แก่ตนเองหรือพวกพ้อง", 78.45),
        ("i9", "หน่วยงานของท่านเปิดโอกาสให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ", 80.12),
        ("i11", "ท่านรู้ว่าหน่วยงานของท่านมีการเผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้สาธารณชนทราบ", 76.30),
    ]),
    ("IIT", 4, "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", 80.27, [
        ("i19", "บุคลากรในหน่วยงานของท่านมีการนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัวหรือนำไปให้ผู้อื่นใช้", 74.80),
        ("i21", "หน่วยงานของท่านมีแนวปฏิบัติการขอยืมทรัพย์สินของราชการที่ชัดเจนและสะดวก", 79.55),
        ("i23", "หน่วยงานของท่านมีการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ", 77.10),
    ]),
    ("EIT", 7, "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", 84.36, [
        ("e6", "การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ เข้าถึงง่าย ไม่ซับซ้อน และมีช่องทางหลากหลาย", 81.40),
        ("e8", "หน่วยงานที่ท่านติดต่อ มีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการ", 79.95),
        ("e10", "หน่วยงานที่ท่านติดต่อ มีช่องทางให้ผู้มารับบริการสามารถร้องเรียนการทุจริตของเจ้าหน้าที่", 83.20),
    ]),
    ("OIT", 9, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", 88.89, [
        ("o14", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน", 0.00),
        ("o20", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", 0.00),
        ("o27", "ข้อมูลเชิงสถิติการให้บริการ", 0.00),
    ]),
]
M4_TOOLS = {"IIT": 85.80, "EIT": 87.15, "OIT": 86.30}
M4_OVERALL = 86.41  # 0.3*85.80 + 0.3*87.15 + 0.4*86.30 = 86.405


def m4():
    doc = tight(new_doc("Umpush", 13, landscape=True, margin=1.6), after=1)
    centre(doc, "ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) รายข้อคำถาม",
           bold=True, size=16)
    centre(doc, f"{M4_UNIT} อำเภอละหานทราย จังหวัดบุรีรัมย์ ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=15)
    _para(doc, "ตารางที่ 1 ข้อคำถามที่มีคะแนนต่ำกว่า 85 คะแนน")
    rows = [["ตัวชี้วัด", "ข้อ", "ประเด็น", "คะแนน"]]
    total_rows = []
    for tool, ind, name, total, qs in M4_GROUPS:
        for k, (code, text, v) in enumerate(qs):
            rows.append([f"{name} ({tool})" if k == 0 else "", code, text, f"{v:.2f}"])
        total_rows.append(len(rows))
        rows.append([f"รวมตัวชี้วัดที่ {ind}", "", "", f"{total:.2f}"])
    t = table(doc, rows, [5.6, 1.4, 17.2, 2.2], centre_cols=(1, 3), fill="E2EFDA")
    r = 1
    for tool, _, name, _, qs in M4_GROUPS:
        a = t.cell(r, 0).merge(t.cell(r + len(qs) - 1, 0))
        _cell_text(a, f"{name} ({tool})")
        r += len(qs) + 1
    for r in total_rows:
        a = t.cell(r, 0).merge(t.cell(r, 2))
        _cell_text(a, rows[r][0], bold=True)
        a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        shade(a, "F2F2F2")
        for p in t.cell(r, 3).paragraphs:
            for run in p.runs:
                run.bold = True
    keep_rows(t)
    _para(doc, "")
    _para(doc, "ผลการวิเคราะห์", bold=True)
    body(doc, th(f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของ{M4_UNIT} ได้คะแนนรวม {M4_OVERALL:.2f} คะแนน "
                 f"อยู่ในระดับ A โดยแบบวัด IIT ได้ {M4_TOOLS['IIT']:.2f} คะแนน แบบวัด EIT ได้ {M4_TOOLS['EIT']:.2f} "
                 f"คะแนน และแบบตรวจ OIT ได้ {M4_TOOLS['OIT']:.2f} คะแนน จากตารางที่ 1 พบว่า ข้อคำถามที่มีคะแนน"
                 "ต่ำสุดของแบบวัด IIT อยู่ในตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ และแบบตรวจ OIT ยังขาดการ"
                 "เผยแพร่ข้อมูล 3 รายการ จึงกำหนดมาตรการปรับปรุงข้อคำถามที่มีคะแนนต่ำ ดังนี้"), first=1.5)
    rows = [["ที่", "ข้อคำถาม", "มาตรการ/แนวทางการพัฒนา", "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["1", "ตัวชี้วัดที่ 4\n(i19, i21, i23)",
             "จัดทำระเบียบและแบบฟอร์มการขอยืมทรัพย์สินของราชการ และเผยแพร่ให้บุคลากรทุกคนทราบ",
             "กองคลัง", "ต.ค. - ธ.ค. 2568"],
            ["2", "ตัวชี้วัดที่ 2\n(i7, i11)",
             "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาสทางเว็บไซต์และบอร์ดประชาสัมพันธ์",
             "นางวรรณา ทองดี\nผู้อำนวยการกองคลัง", "ม.ค. - ก.ย. 2569"],
            ["3", "ตัวชี้วัดที่ 9\n(o14, o20, o27)",
             "ตรวจสอบและนำเข้าข้อมูลสาธารณะที่ยังไม่ได้เผยแพร่ให้ครบถ้วนก่อนการประเมินปี 2569",
             "หัวหน้าสำนักปลัด\nนักวิชาการคอมพิวเตอร์", "ภายใน 31 มี.ค. 2569"]]
    t = table(doc, rows, [1.0, 3.6, 12.0, 5.4, 4.4], centre_cols=(0, 1, 4), fill="E2EFDA")
    keep_rows(t)
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30] + " ผู้จัดทำ", "(นางสาวอัมพร ชาญวิทย์)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["(ลงชื่อ) " + DOTS[:30] + " ผู้อนุมัติ", "(นายไพโรจน์ บุญยืน)",
                     "นายกองค์การบริหารส่วนตำบลโนนสะอาดทอง"]], [13.0, 13.0])
    scores = [S("overall", M4_OVERALL, 2568, rating="A")] + [S("tool", v, 2568, tool=t_) for t_, v in M4_TOOLS.items()]
    for tool, ind, _, total, qs in M4_GROUPS:
        for code, text, v in qs:
            scores.append(S("question", v, 2568, tool=tool, ind=ind, q=code.upper(), label=text))
        scores.append(S("indicator", total, 2568, tool=tool, ind=ind))
    measures = [
        M(rows[1][2], [O(org="กองคลัง")], ind=4, start="2025-10-01", end="2025-12-31"),
        M(rows[2][2], [O("นาง", "วรรณา ทองดี", "ผู้อำนวยการกองคลัง")], ind=2, start="2026-01-01", end="2026-09-30"),
        M(rows[3][2], [O(pos="หัวหน้าสำนักปลัด"), O(pos="นักวิชาการคอมพิวเตอร์")], ind=9, end="2026-03-31"),
    ]
    facts = {
        "notes": "Question-level table (ITA 2568): 12 question rows with printed lowercase codes i7 ... o27, stored "
                 "upper-case in question_code (I7, E6, O14 as blind9 j2), tool from the bracket in the merged "
                 "indicator cell, indicator from that cell, label = the ประเด็น text; the four 'รวมตัวชี้วัดที่ n' rows "
                 "are indicator scores (over all the indicator's questions, not the mean of the rows shown). OIT "
                 "items at 0.00 are scores (items not published). Paragraph: overall 86.41 (A) and tools IIT 85.80, "
                 "EIT 87.15, OIT 86.30 (0.3/0.3/0.4 gives 86.405). '85 คะแนน' in the table caption is a threshold; "
                 "'3 รายการ' a count. Measures: the three rows of the second table; indicator_no from 'ตัวชี้วัดที่ n' "
                 "in the ข้อคำถาม cell (4, 2, 9; the codes in brackets are the questions). Periods: 'ต.ค. - ธ.ค. 2568' "
                 "2025-10-01..2025-12-31; 'ม.ค. - ก.ย. 2569' 2026-01-01..2026-09-30; 'ภายใน 31 มี.ค. 2569' end "
                 "2026-03-31. 'ก่อนการประเมินปี 2569' in a title is not a period. Owners: 'กองคลัง' an org unit; "
                 "'นางวรรณา ทองดี' over 'ผู้อำนวยการกองคลัง' = one person; 'หัวหน้าสำนักปลัด' over 'นักวิชาการ"
                 "คอมพิวเตอร์' = two positions. People: ผู้จัดทำ and ผู้อนุมัติ (roles after the dots).",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้จัดทำ", "น.ส.", "อัมพร ชาญวิทย์", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "ไพโรจน์ บุญยืน", "นายกองค์การบริหารส่วนตำบลโนนสะอาดทอง")],
        "findings": [],
    }
    document = {
        "unit": M4_UNIT, "unit_type": "subdistrict_admin", "province": "บุรีรัมย์", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) รายข้อคำถาม "
                 f"{M4_UNIT} อำเภอละหานทราย จังหวัดบุรีรัมย์ ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "Undated question-level analysis of the ITA 2568 result (FY 2568); its measures run in FY 2569. "
                 "Title = the two bold heading lines. Province from the second heading line. doc_type analysis.",
    }
    return doc, facts, document


REPORTS = {
    "m1_newsletter_two_columns_huai_yang_thong": m1,
    "m2_gantt_plan_police_na_wa_thong": m2,
    "m3_outline_measures_agriculture_phichit": m3,
    "m4_question_scores_sao_non_sa_at_thong": m4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
