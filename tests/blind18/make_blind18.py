#!/usr/bin/env python3
"""Build the blind-18 reports (tests/blind18/u*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind17/make_blind17.py and
tests/blind15/make_blind15.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  u1  สำนักงานเขตบางบอนเหนือ (กรุงเทพมหานคร)      FY 2569 plan table with a THREE-level header: 'แผนการดำเนินงาน'
                                              over 'ปีงบประมาณ พ.ศ. ๒๕๖๙' over 'ไตรมาส ๑ | ๒ | ๓ | ๔' (✓ marks)
                                              and 'งบประมาณ (บาท)' over 'แหล่งงบ | จำนวน'; the ที่,
                                              โครงการ/กิจกรรม, ตัวชี้วัด and ผู้รับผิดชอบ cells merged down over
                                              all three header rows; Norasi 9, landscape, Thai digits
  u2  องค์การบริหารส่วนตำบลหนองหญ้าปล้องทอง (สุพรรณบุรี)   OIT self-assessment checklist (แบบประเมินตนเอง):
                                              rows O1..O20 with '☑ มี ☐ ไม่มี', a URL column and an owner
                                              column; a 'คะแนนที่คาดว่าจะได้' line (expected self-score, not
                                              an ITA result) and the real ITA 2568 results in a sentence; NO
                                              measures (precision test); Garuda 11, Arabic digits, portrait
  u3  โรงพยาบาลเขาพนมทอง (กระบี่)                personnel development plan (แผนพัฒนาบุคลากร): table โครงการ |
                                              วัตถุประสงค์ | กลุ่มเป้าหมาย | งบประมาณ | ระยะเวลา | ผู้รับผิดชอบ
                                              under four merged 'ด้าน...' rows; only the three projects under
                                              'ด้านคุณธรรมจริยธรรมและความโปร่งใส' are about ITA; landscape,
                                              Umpush 11 (table 10), Thai digits
  u4  เทศบาลเมืองดอนสักทอง (สุราษฎร์ธานี)       indicator-by-indicator analysis of the 4 lowest indicators:
                                              bold heading 'ตัวชี้วัดที่ n <name> (xx.xx คะแนน)', then
                                              จุดแข็ง / จุดที่ควรพัฒนา / แนวทางการพัฒนา, each with numbered
                                              '๑) ...' sub-items; only the แนวทางการพัฒนา items carry
                                              '(ผู้รับผิดชอบ: ... / ระยะเวลา: ...)'; Laksaman 15, portrait

    uv run python tests/blind18/make_blind18.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, _band, body, build_reports, centre, merge_row, shade,  # noqa: E402
                          sig_table, table, th, tight)

sys.path.insert(0, str(HERE.parent / "blind17"))
from make_blind17 import bold_row, size_all  # noqa: E402


TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}


def merged(t, r0, c0, r1, c1, text, bold=True, fill=None):
    """Merge the rectangle (r0,c0)-(r1,c1) and write `text` centred in it."""
    a = t.cell(r0, c0).merge(t.cell(r1, c1))
    _cell_text(a, text, bold=bold)
    for p in a.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(a, fill)
    return a


def _baht(v):
    return th(f"{v:,}") if v else "-"


# ------------------------------------------------------------------------------------------ u1

U1_UNIT = "สำนักงานเขตบางบอนเหนือ"
Q = {1: ("2025-10-01", "2025-12-31"), 2: ("2026-01-01", "2026-03-31"), 3: ("2026-04-01", "2026-06-30"),
     4: ("2026-07-01", "2026-09-30")}
# title, kpi, source, amount, quarters, owner cell, indicator, owners
U1_ROWS = [
    ("โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันการทุจริต สำหรับข้าราชการและบุคลากรกรุงเทพมหานคร",
     "ร้อยละ ๘๐ ของผู้เข้าอบรมผ่านแบบทดสอบหลังการอบรม", "งบกรุงเทพมหานคร", 45000, {2}, "ฝ่ายปกครอง", None,
     [O(org="ฝ่ายปกครอง")]),
    ("กิจกรรมเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์สำนักงานเขตให้ครบถ้วนและเป็นปัจจุบันตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
     "เผยแพร่ข้อมูลครบทุกรายการตามแบบ OIT", "-", None, {1, 2, 3, 4}, "งานประชาสัมพันธ์ ฝ่ายปกครอง", 9,
     [O(org="งานประชาสัมพันธ์ ฝ่ายปกครอง")]),
    ("มาตรการป้องกันการเรียกรับสินบนในการพิจารณาอนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร",
     "ไม่มีเรื่องร้องเรียนการเรียกรับสินบน", "ไม่ใช้งบประมาณ", None, {1}, "ฝ่ายโยธา", None, [O(org="ฝ่ายโยธา")]),
    ("โครงการลดขั้นตอนการชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านระบบออนไลน์",
     "คะแนนตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ไม่น้อยกว่า ๘๕ คะแนน", "งบกรุงเทพมหานคร", 120000, {2, 3},
     "ฝ่ายรายได้\nฝ่ายการคลัง", 8, [O(org="ฝ่ายรายได้"), O(org="ฝ่ายการคลัง")]),
    ("กิจกรรมตรวจสอบการใช้รถยนต์ราชการและการเบิกจ่ายวัสดุสำนักงาน",
     "มีทะเบียนคุมการใช้รถและการเบิกจ่ายวัสดุครบทุกเดือน", "-", None, {1, 3},
     "นางสาวจิราพร สุขเกษม\nหัวหน้าฝ่ายการคลัง", None, [O("น.ส.", "จิราพร สุขเกษม", "หัวหน้าฝ่ายการคลัง")]),
    ("โครงการเปิดบ้านสำนักงานเขตรับฟังความคิดเห็นของประชาชน (District Open House)",
     "ยกระดับประสิทธิภาพการสื่อสาร ประชาชนเข้าร่วมไม่น้อยกว่า ๒๐๐ คน", "งบกรุงเทพมหานคร", 30000, {3},
     "ผู้ช่วยผู้อำนวยการเขต", 7, [O(pos="ผู้ช่วยผู้อำนวยการเขต")]),
    ("กิจกรรมจัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างและเผยแพร่ต่อสาธารณะ", "คู่มือ ๑ ฉบับ",
     "งบกรุงเทพมหานคร", 8500, {2}, "ฝ่ายการคลัง", None, [O(org="ฝ่ายการคลัง")]),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านระบบ Traffy Fondue และศูนย์บริการประชาชน",
     "แจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วันทำการ", "ไม่ใช้งบประมาณ", None, {1, 2, 3, 4}, "ฝ่ายเทศกิจ\nฝ่ายปกครอง", None,
     [O(org="ฝ่ายเทศกิจ"), O(org="ฝ่ายปกครอง")]),
    ("โครงการประเมินความเสี่ยงการทุจริตและรายงานผลต่อผู้อำนวยการเขต", "รายงานผล ๒ ครั้ง/ปี", "-", None, {2, 4},
     "คณะทำงานบริหารความเสี่ยง", None, [O(org="คณะทำงานบริหารความเสี่ยง")]),
]


def u1():
    doc = tight(new_doc("Norasi", 9, landscape=True, margin=1.4), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.0)
    centre(doc, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=13)
    centre(doc, f"{U1_UNIT} กรุงเทพมหานคร", bold=True, size=12)
    centre(doc, "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                "ได้ ๘๘.๔๗ คะแนน อยู่ในระดับ A (ค่าเป้าหมายปี ๒๕๖๙ ไม่ต่ำกว่า ๙๐ คะแนน)", size=10)
    _para(doc, "")
    head = [["ที่", "โครงการ/กิจกรรม", "ตัวชี้วัดความสำเร็จ", "งบประมาณ (บาท)", "", "แผนการดำเนินงาน", "", "", "",
             "ผู้รับผิดชอบ"],
            ["", "", "", "แหล่งงบ", "จำนวน", "ปีงบประมาณ พ.ศ. ๒๕๖๙", "", "", "", ""],
            ["", "", "", "", "", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", ""]]
    rows = list(head)
    for i, r in enumerate(U1_ROWS, 1):
        rows.append([th(str(i)), r[0], r[1], r[2], _baht(r[3])] + ["✓" if q in r[4] else "" for q in (1, 2, 3, 4)]
                    + [r[5]])
    total = sum(r[3] or 0 for r in U1_ROWS)
    rows.append(["", "รวมงบประมาณทั้งสิ้น", "", "", _baht(total), "", "", "", "", ""])
    widths = [0.8, 6.6, 4.5, 2.9, 1.8, 1.5, 1.5, 1.5, 1.5, 4.1]
    t = table(doc, rows, widths, header_rows=3, centre_cols=(0, 3, 5, 6, 7, 8), fill="D9E1F2")
    for c, text in ((0, "ที่"), (1, "โครงการ/กิจกรรม"), (2, "ตัวชี้วัดความสำเร็จ"), (9, "ผู้รับผิดชอบ")):
        merged(t, 0, c, 2, c, text)
    merged(t, 0, 3, 0, 4, "งบประมาณ (บาท)")
    merged(t, 1, 3, 2, 3, "แหล่งงบ")
    merged(t, 1, 4, 2, 4, "จำนวน")
    merged(t, 0, 5, 0, 8, "แผนการดำเนินงาน")
    merged(t, 1, 5, 1, 8, "ปีงบประมาณ พ.ศ. ๒๕๖๙")
    last = len(rows) - 1
    merged(t, last, 0, last, 3, "รวมงบประมาณทั้งสิ้น")
    merged(t, last, 5, last, 9, "", bold=False)
    bold_row(t, last)
    for r in range(3, len(rows)):
        for p in t.rows[r].cells[4].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    size_all(t, 9)
    for c in t.rows[2].cells[5:9]:
        for run in c.paragraphs[0].runs:
            run.font.size = Pt(8)
    p = _para(doc, "หมายเหตุ  ไตรมาส ๑ = ต.ค. - ธ.ค. ๒๕๖๘ / ไตรมาส ๒ = ม.ค. - มี.ค. ๒๕๖๙ / ไตรมาส ๓ = เม.ย. - มิ.ย. "
                   "๒๕๖๙ / ไตรมาส ๔ = ก.ค. - ก.ย. ๒๕๖๙   ✓ = ช่วงเวลาดำเนินการ")
    p.paragraph_format.space_before = Pt(3)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:26] + " ผู้จัดทำแผน", "(นายปกรณ์ เรืองศรี)", "หัวหน้าฝ่ายปกครอง"],
                          ["ลงชื่อ " + DOTS[:26] + " ผู้อนุมัติแผน", "(นางศศิธร วงศ์สวัสดิ์)",
                           f"ผู้อำนวยการเขตบางบอนเหนือ"]], [12.0, 12.0])
    size_all(sig, 11)
    measures = []
    for r in U1_ROWS:
        qs = sorted(r[4])
        measures.append(M(r[0], r[7], ind=r[6], start=Q[qs[0]][0], end=Q[qs[-1]][1]))
    facts = {
        "notes": "Landscape plan, Norasi 9, one table with a THREE-level header: 'แผนการดำเนินงาน' (row 1) over "
                 "'ปีงบประมาณ พ.ศ. ๒๕๖๙' (row 2) over 'ไตรมาส ๑ ... ไตรมาส ๔' (row 3), 'งบประมาณ (บาท)' (row 1) over "
                 "'แหล่งงบ | จำนวน' (rows 2-3), and ที่ / โครงการ/กิจกรรม / ตัวชี้วัดความสำเร็จ / ผู้รับผิดชอบ merged "
                 "down over all three header rows. Measures: the nine numbered rows; the 'รวมงบประมาณทั้งสิ้น' row "
                 "is a total. Title = the โครงการ/กิจกรรม cell. Periods = span of the ✓-marked fiscal quarters of FY "
                 "2569 (the footnote gives Q1 = ต.ค.-ธ.ค. ๒๕๖๘ ... Q4 = ก.ค.-ก.ย. ๒๕๖๙), first day of the first "
                 "marked quarter to last day of the last (blind10 k3 / blind14 p4 convention): row ๕ is marked in "
                 "Q1 and Q3 (not contiguous) = span 2025-10-01..2026-06-30; row ๙ in Q2 and Q4 = 2026-01-01.."
                 "2026-09-30; rows ๒ and ๘ all four = the whole FY 2025-10-01..2026-09-30. indicator_no only where "
                 "the row ties one: row ๒ names 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล' in its title (9, the phrase kept in "
                 "the title); row ๔ names 'ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน' in its ตัวชี้วัดความสำเร็จ cell (8; "
                 "'ไม่น้อยกว่า ๘๕ คะแนน' there is a target, not a score); row ๖ names the indicator by its own name "
                 "'ประสิทธิภาพการสื่อสาร' in the ตัวชี้วัด cell (7); the other ตัวชี้วัด cells are success targets: "
                 "null ('แบบ OIT' in row ๒ names a tool). Owners: ฝ่าย... of the district office are org units "
                 "('ฝ่ายรายได้' over 'ฝ่ายการคลัง' and 'ฝ่ายเทศกิจ' over 'ฝ่ายปกครอง' two each); 'งานประชาสัมพันธ์ "
                 "ฝ่ายปกครอง' one org unit (section within a division, as blind8 i2); 'นางสาวจิราพร สุขเกษม' over "
                 "'หัวหน้าฝ่ายการคลัง' one person (น.ส./name/position); 'ผู้ช่วยผู้อำนวยการเขต' a position; "
                 "'คณะทำงานบริหารความเสี่ยง' an org unit (a working group, as 'คณะทำงาน ITA อำเภอภูผาแดง' in "
                 "blind7 h3). Scores: only ITA 2568 overall 88.47 (A) in the line under "
                 f"the heading; 'ไม่ต่ำกว่า ๙๐ คะแนน' is the FY 2569 target. Not scores: budgets (total {total:,} "
                 "baht), the targets (ร้อยละ ๘๐, ๒๐๐ คน, ๑๕ วันทำการ, ๑ ฉบับ, ๒ ครั้ง/ปี). People: ผู้จัดทำแผน and "
                 "ผู้อนุมัติแผน side by side (role after the dots).",
        "scores": [S("overall", 88.47, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "นาย", "ปกรณ์ เรืองศรี", "หัวหน้าฝ่ายปกครอง"),
                   P("ผู้อนุมัติแผน", "นาง", "ศศิธร วงศ์สวัสดิ์", "ผู้อำนวยการเขตบางบอนเหนือ")],
        "findings": [],
    }
    document = {
        "unit": U1_UNIT, "unit_type": "district_office", "province": "กรุงเทพมหานคร", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Undated FY 2569 plan of a Bangkok district office (สำนักงานเขต, an office of กรุงเทพมหานคร). "
                 "unit_type district_office (the Bangkok counterpart of a ที่ว่าการอำเภอ; 'other' is arguable since "
                 "it is part of a local government). Province กรุงเทพมหานคร (from the second heading line). Title = "
                 "the first heading line (the second names the unit; the score line is a note). doc_type measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ u2

U2_UNIT = "องค์การบริหารส่วนตำบลหนองหญ้าปล้องทอง"
U2_WEB = "https://www.nongyaplongthong.go.th"
# code, item, has, path, owner
U2_ITEMS = [
    ("O1", "โครงสร้าง", True, "/about/structure", "สำนักปลัด"),
    ("O2", "ข้อมูลผู้บริหาร", True, "/about/executives", "สำนักปลัด"),
    ("O3", "อำนาจหน้าที่", True, "/about/authority", "สำนักปลัด"),
    ("O4", "ข้อมูลการติดต่อ", True, "/contact", "สำนักปลัด"),
    ("O5", "กฎหมายที่เกี่ยวข้อง", True, "/laws", "งานนิติการ"),
    ("O6", "ข่าวประชาสัมพันธ์", True, "/news", "งานประชาสัมพันธ์"),
    ("O7", "Q&A", True, "/webboard", "งานประชาสัมพันธ์"),
    ("O8", "Social Network", True, "facebook.com/nongyaplongthong", "งานประชาสัมพันธ์"),
    ("O9", "นโยบายของผู้บริหาร", True, "/policy", "สำนักปลัด"),
    ("O10", "แผนดำเนินงานและการใช้งบประมาณประจำปี", True, "/plan/2569", "งานนโยบายและแผน"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน", False, "-", "งานนโยบายและแผน"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", True, "/report/2568", "งานนโยบายและแผน"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", True, "/manual/work", "ทุกกอง"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", True, "/manual/service", "ทุกกอง"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", True, "/stat/service", "ทุกกอง"),
    ("O16", "E-Service", True, "/eservice", "กองคลัง"),
    ("O17", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", True, "/procurement/plan2569", "กองคลัง"),
    ("O18", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", True, "/procurement/announce", "กองคลัง"),
    ("O19", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", True, "/procurement/monthly", "กองคลัง"),
    ("O20", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", True, "/procurement/report2568", "กองคลัง"),
]


def u2():
    doc = tight(new_doc("Garuda", 11, landscape=False, margin=1.6), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.2)
    centre(doc, "แบบประเมินตนเองการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)",
           bold=True, size=13)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=13)
    centre(doc, f"{U2_UNIT} อำเภอดอนเจดีย์ จังหวัดสุพรรณบุรี", bold=True, size=12)
    centre(doc, "(ข้อมูล ณ วันที่ 20 มกราคม 2569)", size=10)
    body(doc, f"ตามที่{U2_UNIT} ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนนรวม 85.02 คะแนน อยู่ในระดับ A โดยแบบวัดการเปิดเผยข้อมูลสาธารณะ "
              "(OIT) ได้ 81.25 คะแนน ซึ่งต่ำกว่าแบบวัดอื่น คณะทำงานจึงได้ตรวจสอบการเผยแพร่ข้อมูลบนเว็บไซต์ "
              f"{U2_WEB} ตามรายการข้อมูล O1 - O20 ของตัวชี้วัดย่อยที่ 9.1 และ 9.2 ก่อนเปิดระบบ ITAS "
              "ประจำปี 2569 ผลการประเมินตนเองปรากฏดังนี้")
    _para(doc, "")
    rows = [["ข้อ", "รายการข้อมูล", "ผลการประเมินตนเอง", "URL ที่เผยแพร่ข้อมูล", "หน่วยงานที่รับผิดชอบ"]]
    for code, item, has, path, owner in U2_ITEMS:
        mark = "☑ มี   ☐ ไม่มี" if has else "☐ มี   ☑ ไม่มี"
        url = path if path in ("-",) or path.startswith("facebook") else U2_WEB + path
        if path.startswith("facebook"):
            url = "https://www." + path
        rows.append([code, item, mark, url, owner])
    t = table(doc, rows, [1.1, 5.4, 2.8, 5.6, 2.9], centre_cols=(0, 2), fill="FFF2CC")
    size_all(t, 10)
    for r in range(1, len(rows)):
        for run in t.rows[r].cells[3].paragraphs[0].runs:
            run.font.size = Pt(8)
    keep_rows(t)
    n_has = sum(1 for i in U2_ITEMS if i[2])
    _para(doc, "")
    p = _para(doc, f"สรุปผลการประเมินตนเอง   มี {n_has} ข้อ   ไม่มี {len(U2_ITEMS) - n_has} ข้อ (O11)", bold=True)
    p = _para(doc, f"คะแนนที่คาดว่าจะได้ (ตัวชี้วัดย่อยที่ 9.1 - 9.2)   {100 * n_has / len(U2_ITEMS):.2f} คะแนน",
              bold=True)
    body(doc, "หมายเหตุ: คะแนนที่คาดว่าจะได้เป็นการคำนวณจากการประเมินตนเองของคณะทำงาน มิใช่ผลการประเมินของ "
              "สำนักงาน ป.ป.ช. รายการ O11 อยู่ระหว่างการรวบรวมรายงานรอบ 6 เดือนจากทุกกอง", first=0)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:24] + " ผู้ประเมิน", "(นางสาวอัญชลี พึ่งทอง)",
                           "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"],
                          ["ลงชื่อ " + DOTS[:24] + " ผู้รับรองข้อมูล", "(นายเกรียงไกร ศรีอ่อน)",
                           f"ปลัด{U2_UNIT}"]], [8.9, 8.9])
    size_all(sig, 11)
    facts = {
        "notes": "OIT self-assessment checklist (แบบประเมินตนเอง), a PRECISION test. Scores: only the real ITA 2568 "
                 "results in the opening sentence: overall 85.02 (A) and the OIT tool 81.25 (level tool, tool OIT; "
                 "no rating printed for it). NOT scores: the 'คะแนนที่คาดว่าจะได้ ... 95.00 คะแนน' line is the "
                 "unit's own EXPECTED self-score (19 of 20 items, the note under it says it is not the NACC's "
                 "result); the counts 'มี 19 ข้อ / ไม่มี 1 ข้อ'; the item codes O1..O20 (items, not question scores: "
                 "no figure per item); the sub-indicator numbers 9.1 / 9.2; 'รอบ 6 เดือน' in O11's name; the URLs "
                 "(/plan/2569, /report/2568, ...); the data date 20 ม.ค. 2569. Measures: NONE -- the twenty rows are "
                 "checklist items with a status (☑ มี / ☐ ไม่มี) and the unit that keeps the item (as the blind11 l4 "
                 "audit table: status rows, not measures); the หน่วยงานที่รับผิดชอบ column names keepers, not owners "
                 "of measures; the note that O11 'อยู่ระหว่างการรวบรวม' is a status with no owner or date. A reader "
                 "that turns rows into measures scores twenty extras (and their owners). People: ผู้ประเมิน and "
                 "ผู้รับรองข้อมูล side by side (role after the dots; นางสาว -> น.ส.).",
        "scores": [S("overall", 85.02, 2568, rating="A"), S("tool", 81.25, 2568, "OIT")],
        "measures": [],
        "people": [P("ผู้ประเมิน", "น.ส.", "อัญชลี พึ่งทอง", "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"),
                   P("ผู้รับรองข้อมูล", "นาย", "เกรียงไกร ศรีอ่อน", f"ปลัด{U2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": U2_UNIT, "unit_type": "subdistrict_admin", "province": "สุพรรณบุรี", "fiscal_year": 2569,
        "doc_type": "other",
        "title": "แบบประเมินตนเองการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
                 "ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Self-assessment of the OIT items as of 20 ม.ค. 2569 (FY 2569), made before the FY 2569 assessment; "
                 "the 2568 result it quotes is background. fiscal_year 2569 (the year in its title and its date). "
                 "doc_type other: a checklist, neither a plan of measures nor an analysis of results ('analysis' "
                 "arguable, as the blind11 l4 audit note was 'other'). Title = the first two heading lines joined "
                 "(the first alone acceptable); the third names the unit, district and province.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ u3

U3_UNIT = "โรงพยาบาลเขาพนมทอง"
U3_SECTIONS = {
    1: "๑. ด้านการพัฒนาสมรรถนะทางวิชาชีพและการบริการ",
    2: "๒. ด้านการบริหารจัดการและเทคโนโลยีสารสนเทศ",
    3: "๓. ด้านคุณธรรมจริยธรรมและความโปร่งใส",
    4: "๔. ด้านความปลอดภัยและอาชีวอนามัย",
}
# section, project, objective, target group, budget, period text, owner cell, ind, owners, start, end
U3_ROWS = [
    (1, "โครงการฟื้นฟูความรู้การช่วยฟื้นคืนชีพขั้นสูง (ACLS) สำหรับแพทย์และพยาบาล",
     "เพื่อให้บุคลากรมีทักษะการช่วยฟื้นคืนชีพตามมาตรฐานและทำงานเป็นทีมได้อย่างมีประสิทธิภาพ",
     "แพทย์และพยาบาลวิชาชีพ ๖๐ คน", 35000, "๑๒ - ๑๓ ก.พ. ๖๙", "กลุ่มงานการพยาบาล", None,
     [O(org="กลุ่มงานการพยาบาล")], "2026-02-12", "2026-02-13"),
    (1, "โครงการพัฒนาศักยภาพพยาบาลด้านการป้องกันและควบคุมการติดเชื้อในโรงพยาบาล",
     "เพื่อลดอัตราการติดเชื้อในโรงพยาบาลและเพิ่มความปลอดภัยของผู้ป่วย",
     "พยาบาลวิชาชีพ ๔๕ คน", 20000, "ม.ค. - มี.ค. ๖๙", "นางวิไลวรรณ ศรีประเสริฐ\nพยาบาลวิชาชีพชำนาญการ", None,
     [O("นาง", "วิไลวรรณ ศรีประเสริฐ", "พยาบาลวิชาชีพชำนาญการ")], "2026-01-01", "2026-03-31"),
    (1, "โครงการส่งบุคลากรเข้ารับการอบรมหลักสูตรเฉพาะทางภายนอกหน่วยงาน",
     "เพื่อพัฒนาบุคลากรให้มีความรู้ความชำนาญเฉพาะทางตามแผนความต้องการกำลังคน",
     "บุคลากรตามแผน ๘ คน", 240000, "ตลอดปีงบประมาณ ๒๕๖๙", "งานทรัพยากรบุคคล", None,
     [O(org="งานทรัพยากรบุคคล")], "2025-10-01", "2026-09-30"),
    (2, "โครงการอบรมการใช้งานระบบ HOSxP และการบันทึกเวชระเบียนอิเล็กทรอนิกส์",
     "เพื่อให้บุคลากรบันทึกข้อมูลผู้ป่วยได้ถูกต้อง ครบถ้วน และรักษาความลับของผู้ป่วย",
     "เจ้าหน้าที่ทุกหน่วยบริการ ๘๐ คน", 15000, "พ.ย. ๖๘", "กลุ่มงานสุขภาพดิจิทัล", None,
     [O(org="กลุ่มงานสุขภาพดิจิทัล")], "2025-11-01", "2025-11-30"),
    (2, "โครงการพัฒนาทักษะการเขียนหนังสือราชการและงานสารบรรณ",
     "เพื่อให้การจัดทำหนังสือราชการถูกต้องตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ",
     "เจ้าหน้าที่ธุรการ ๒๕ คน", 8000, "ไตรมาส ๒", "หัวหน้ากลุ่มงานบริหารทั่วไป", None,
     [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], "2026-01-01", "2026-03-31"),
    (3, "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน",
     "เพื่อให้บุคลากรแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวมได้ และยกระดับผลการประเมิน ITA ตัวชี้วัดที่ ๑ "
     "การปฏิบัติหน้าที่", "บุคลากรทุกระดับ ๑๒๐ คน", 30000, "ธ.ค. ๖๘", "คณะกรรมการจริยธรรมโรงพยาบาล", 1,
     [O(org="คณะกรรมการจริยธรรมโรงพยาบาล")], "2025-12-01", "2025-12-31"),
    (3, "กิจกรรมรณรงค์ไม่รับของขวัญและของกำนัล (No Gift Policy) และการไม่รับสินบน",
     "เพื่อสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริตและสร้างความเชื่อมั่นแก่ผู้รับบริการ",
     "บุคลากรและผู้รับบริการ", None, "ต.ค. ๖๘ - ก.ย. ๖๙", "งานประชาสัมพันธ์\nศูนย์คุณภาพ", None,
     [O(org="งานประชาสัมพันธ์"), O(org="ศูนย์คุณภาพ")], "2025-10-01", "2026-09-30"),
    (3, "โครงการให้ความรู้ด้านการจัดซื้อจัดจ้างและการเปิดเผยข้อมูลสาธารณะแก่ผู้ปฏิบัติงาน",
     "เพื่อให้การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้ และเผยแพร่ข้อมูลครบถ้วนตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
     "เจ้าหน้าที่พัสดุและผู้เกี่ยวข้อง ๒๐ คน", 12000, "ภายใน ๓๑ มี.ค. ๖๙", "นายธีรพงษ์ มั่นคง\nนักวิชาการพัสดุชำนาญการ",
     9, [O("นาย", "ธีรพงษ์ มั่นคง", "นักวิชาการพัสดุชำนาญการ")], None, "2026-03-31"),
    (4, "โครงการซ้อมแผนป้องกันและระงับอัคคีภัยและการเคลื่อนย้ายผู้ป่วย",
     "เพื่อให้บุคลากรปฏิบัติตามแผนฉุกเฉินได้ถูกต้องและปลอดภัย", "บุคลากรทุกหน่วยงาน ๒๐๐ คน", 25000, "มิ.ย. ๖๙",
     "คณะกรรมการความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน", None,
     [O(org="คณะกรรมการความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน")], "2026-06-01", "2026-06-30"),
]


def u3():
    doc = tight(new_doc("Umpush", 11, landscape=True, margin=1.3), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.0)
    centre(doc, "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=15)
    centre(doc, f"{U3_UNIT} อำเภอเขาพนม จังหวัดกระบี่", bold=True, size=13)
    _para(doc, "๑. หลักการและเหตุผล", bold=True)
    body(doc, f"{U3_UNIT} มีบุคลากรทั้งสิ้น ๒๘๖ คน เป็นข้าราชการ ๑๔๒ คน พนักงานราชการ ๑๘ คน พนักงานกระทรวงสาธารณสุข "
              "๙๗ คน และลูกจ้าง ๒๙ คน โรงพยาบาลจึงจัดทำแผนพัฒนาบุคลากรเพื่อให้บุคลากรมีสมรรถนะตามมาตรฐานวิชาชีพ "
              "ควบคู่กับการมีคุณธรรมจริยธรรม โดยในด้านคุณธรรมจริยธรรมและความโปร่งใส ได้นำผลการประเมินคุณธรรมและ"
              "ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งโรงพยาบาลได้ "
              "๘๗.๖๐ คะแนน อยู่ในระดับ A และตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๘๒.๗๕ คะแนน ต่ำกว่าตัวชี้วัดอื่น "
              "มาประกอบการจัดทำแผน")
    _para(doc, "๒. เป้าหมาย", bold=True)
    body(doc, "ร้อยละ ๙๐ ของบุคลากรได้รับการพัฒนาไม่น้อยกว่า ๑๐ วัน/คน/ปี และผลการประเมิน ITA ปี ๒๕๖๙ "
              "ไม่ต่ำกว่า ๙๐ คะแนน")
    _para(doc, "๓. โครงการพัฒนาบุคลากร", bold=True)
    rows = [["ที่", "โครงการ", "วัตถุประสงค์", "กลุ่มเป้าหมาย", "งบประมาณ\n(บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"]]
    groups = []
    last = None
    for i, r in enumerate(U3_ROWS, 1):
        if r[0] != last:
            groups.append(len(rows))
            rows.append([U3_SECTIONS[r[0]]] + [""] * 6)
            last = r[0]
        rows.append([th(str(i)), r[1], r[2], r[3], _baht(r[4]), r[5], r[6]])
    total = sum(r[4] or 0 for r in U3_ROWS)
    rows.append(["รวมงบประมาณทั้งสิ้น", "", "", "", _baht(total), "", ""])
    t = table(doc, rows, [0.9, 6.3, 6.6, 3.7, 2.3, 2.4, 4.8], centre_cols=(0, 5), fill="E2EFDA")
    keep_rows(t)
    for g in groups:
        cell = merge_row(t, g, rows[g][0], fill="F2F2F2")
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    lr = len(rows) - 1
    merged(t, lr, 0, lr, 3, "รวมงบประมาณทั้งสิ้น")
    merged(t, lr, 5, lr, 6, "", bold=False)
    bold_row(t, lr)
    for r in range(1, len(rows)):
        for p in t.rows[r].cells[4].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    size_all(t, 10)
    _para(doc, "๔. การติดตามและประเมินผล", bold=True).paragraph_format.space_before = Pt(4)
    body(doc, "งานทรัพยากรบุคคลรวบรวมผลการพัฒนาบุคลากรรายงานคณะกรรมการบริหารโรงพยาบาลทุก ๖ เดือน "
              "(รอบ ๖ เดือน ภายในเดือนเมษายน ๒๕๖๙ และรอบ ๑๒ เดือน ภายในเดือนตุลาคม ๒๕๖๙)")
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จัดทำแผน", "(นางสาวกัญญารัตน์ ทองมา)",
                           "นักทรัพยากรบุคคลชำนาญการ"],
                          ["ลงชื่อ " + DOTS[:22] + " ผู้เห็นชอบแผน", "(นางพรรณี แสงจันทร์)",
                           "หัวหน้ากลุ่มงานบริหารทั่วไป"],
                          ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติแผน", "(นายแพทย์ชาญวิทย์ ธนากร)",
                           f"ผู้อำนวยการ{U3_UNIT}"]], [8.8, 8.8, 8.8])
    size_all(sig, 11)
    measures = [M(r[1], r[8], ind=r[7], start=r[9], end=r[10]) for r in U3_ROWS]
    facts = {
        "notes": "Personnel development plan (แผนพัฒนาบุคลากร) of a hospital for FY 2569, landscape, Umpush, Thai "
                 "digits. Judgement on what is a measure: the table is the unit's plan of projects, each with an "
                 "owner and a period, in four merged 'ด้าน...' groups; only the three under '๓. ด้านคุณธรรม"
                 "จริยธรรมและความโปร่งใส' concern integrity/ITA, the others are clinical, IT and safety training. "
                 "The tool stores the measures (planned actions with owners and periods) of a unit's plans, and "
                 "nothing in a row's own structure separates the ITA rows from the others, so ALL NINE project rows "
                 "are gold measures (as every row of the blind8 j1 / blind10 k3 plans); the ITA relevance shows only "
                 "in indicator_no. A reader keeping only the ethics rows loses six measures of recall; one that "
                 "keeps all is right. The four merged 'ด้าน...' rows are groups and 'รวมงบประมาณทั้งสิ้น' a total. "
                 "Title = the โครงการ cell. indicator_no only where the row ties one, here in the วัตถุประสงค์ cell "
                 "(as blind15 q1): row ๖ 'ยกระดับผลการประเมิน ITA ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่' = 1; row ๘ "
                 "'ตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล' = 9; row ๗ (No Gift Policy) names none: null; all others null. "
                 "Periods (FY 2569): '๑๒ - ๑๓ ก.พ. ๖๙' two days 2026-02-12..2026-02-13; 'ม.ค. - มี.ค. ๖๙' "
                 "2026-01-01..2026-03-31; 'ตลอดปีงบประมาณ ๒๕๖๙' and 'ต.ค. ๖๘ - ก.ย. ๖๙' 2025-10-01..2026-09-30; "
                 "'พ.ย. ๖๘', 'ธ.ค. ๖๘', 'มิ.ย. ๖๙' span the month; 'ไตรมาส ๒' (of the plan's FY 2569) "
                 "2026-01-01..2026-03-31; 'ภายใน ๓๑ มี.ค. ๖๙' a deadline (end only). The monitoring rounds (เมษายน "
                 "/ ตุลาคม ๒๕๖๙) are reporting dates. Owners: 'กลุ่มงานการพยาบาล', 'กลุ่มงานสุขภาพดิจิทัล', "
                 "'งานทรัพยากรบุคคล' org units; "
                 "'งานประชาสัมพันธ์' over 'ศูนย์คุณภาพ' two org units; 'คณะกรรมการจริยธรรมโรงพยาบาล' and 'คณะกรรมการ"
                 "ความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน' org units (committees, kept whole; the spaces and "
                 "'และ' are inside the committee's name, not a list); 'หัวหน้ากลุ่มงานบริหารทั่วไป' a position; "
                 "name over post in one cell = one person (rows ๒ and ๘). Scores: ITA 2568 overall 87.60 (A) and "
                 "indicator 1 (IIT, การปฏิบัติหน้าที่) 82.75 in หลักการและเหตุผล. Not scores: staff counts (๒๘๖, "
                 "๑๔๒, ๑๘, ๙๗, ๒๙ คน), the targets (ร้อยละ ๙๐, ๑๐ วัน/คน/ปี, ITA 2569 'ไม่ต่ำกว่า ๙๐ คะแนน'), group "
                 f"sizes, budgets (total {total:,} baht). People: three signatures side by side, role after the "
                 "dots (ผู้จัดทำแผน / ผู้เห็นชอบแผน / ผู้อนุมัติแผน; นางสาว -> น.ส., นายแพทย์ -> นพ.).",
        "scores": [S("overall", 87.60, 2568, rating="A"), S("indicator", 82.75, 2568, "IIT", 1)],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "น.ส.", "กัญญารัตน์ ทองมา", "นักทรัพยากรบุคคลชำนาญการ"),
                   P("ผู้เห็นชอบแผน", "นาง", "พรรณี แสงจันทร์", "หัวหน้ากลุ่มงานบริหารทั่วไป"),
                   P("ผู้อนุมัติแผน", "นพ.", "ชาญวิทย์ ธนากร", f"ผู้อำนวยการ{U3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": U3_UNIT, "unit_type": "hospital", "province": "กระบี่", "fiscal_year": 2569, "doc_type": "measures",
        "title": "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Undated FY 2569 personnel development plan of a community hospital. Title = the first heading line "
                 "(the second names the unit, district and province). doc_type measures: a plan of projects with "
                 "owners and periods ('other' arguable, since it is an HR plan and only one section is about ITA).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ u4

U4_UNIT = "เทศบาลเมืองดอนสักทอง"
U4_IIT, U4_EIT, U4_OIT = 92.14, 85.60, 85.30
# number, name, score, strengths, weaknesses, [(action, owner text, period text, owners, start, end)]
U4_IND = [
    (9, "การเปิดเผยข้อมูล", 78.10,
     ["มีการเผยแพร่ข้อมูลพื้นฐาน ข้อมูลผู้บริหาร และข่าวประชาสัมพันธ์บนเว็บไซต์ครบถ้วน",
      "มีช่องทาง E-Service ให้ประชาชนยื่นคำร้องออนไลน์"],
     ["รายงานการกำกับติดตามการใช้งบประมาณรอบ ๖ เดือน (O11) ไม่ได้เผยแพร่ภายในเวลาที่กำหนด",
      "ข้อมูลสรุปผลการจัดซื้อจัดจ้างรายเดือน (O19) ขาดบางเดือน"],
     [("จัดทำปฏิทินการเผยแพร่ข้อมูลสาธารณะรายเดือนและแจ้งทุกกองถือปฏิบัติ",
       "งานประชาสัมพันธ์ สำนักปลัดเทศบาล", "ต.ค. - ธ.ค. ๒๕๖๘", [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")],
       "2025-10-01", "2025-12-31"),
      ("เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) บนเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป",
       "กองคลัง", "ตลอดปีงบประมาณ ๒๕๖๙", [O(org="กองคลัง")], "2025-10-01", "2026-09-30"),
      ("ตรวจสอบความครบถ้วนของข้อมูล O1 - O20 ก่อนเปิดระบบ ITAS",
       "นายสุรชัย แก้วกาญจน์ นักวิชาการคอมพิวเตอร์ชำนาญการ", "ภายใน ๓๑ มี.ค. ๒๕๖๙",
       [O("นาย", "สุรชัย แก้วกาญจน์", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], None, "2026-03-31")]),
    (7, "ประสิทธิภาพการสื่อสาร", 82.40,
     ["มีเพจ Facebook และไลน์ทางการที่มีผู้ติดตามจำนวนมาก"],
     ["ผู้รับบริการเห็นว่าการชี้แจงผลการดำเนินงานยังไม่ทั่วถึง",
      "ยังไม่มีการแจ้งผลการดำเนินการเรื่องร้องเรียนกลับไปยังผู้ร้องอย่างเป็นระบบ"],
     [("จัดทำสื่ออินโฟกราฟิกสรุปผลการดำเนินงานและการใช้จ่ายงบประมาณเผยแพร่ทางเพจของเทศบาล",
       "งานประชาสัมพันธ์ สำนักปลัดเทศบาล", "ทุกเดือน", [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")], None, None),
      ("พัฒนาระบบติดตามสถานะเรื่องร้องเรียนออนไลน์ให้ผู้ร้องตรวจสอบได้ด้วยตนเอง",
       "ศูนย์รับเรื่องราวร้องทุกข์ ร่วมกับ กองยุทธศาสตร์และงบประมาณ", "ม.ค. - มิ.ย. ๒๕๖๙",
       [O(org="ศูนย์รับเรื่องราวร้องทุกข์"), O(org="กองยุทธศาสตร์และงบประมาณ")], "2026-01-01", "2026-06-30")]),
    (8, "การปรับปรุงการทำงาน", 84.35,
     ["มีการนำระบบคิวออนไลน์มาใช้ในงานทะเบียนราษฎร"],
     ["ขั้นตอนการขออนุญาตก่อสร้างอาคารยังใช้เวลานาน",
      "ผู้มีส่วนได้ส่วนเสียยังมีส่วนร่วมในการปรับปรุงการทำงานน้อย"],
     [("ทบทวนและลดขั้นตอนการขออนุญาตก่อสร้างอาคาร พร้อมประกาศระยะเวลาให้บริการ", "ผู้อำนวยการกองช่าง",
       "พ.ย. ๒๕๖๘ - ก.พ. ๒๕๖๙", [O(pos="ผู้อำนวยการกองช่าง")], "2025-11-01", "2026-02-28"),
      ("จัดเวทีรับฟังความคิดเห็นผู้รับบริการเพื่อปรับปรุงการให้บริการ", "ปลัดเทศบาล", "ไตรมาสที่ ๓ (เม.ย. - มิ.ย. ๒๕๖๙)",
       [O(pos="ปลัดเทศบาล")], "2026-04-01", "2026-06-30")]),
    (2, "การใช้งบประมาณ", 86.20,
     ["มีการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี"],
     ["บุคลากรบางส่วนไม่แน่ใจว่าการเบิกจ่ายงบประมาณเป็นไปตามวัตถุประสงค์"],
     [("อบรมให้ความรู้เรื่องการเบิกจ่ายงบประมาณและการจัดซื้อจัดจ้างตามระเบียบแก่บุคลากรทุกกอง",
       "กองคลัง ร่วมกับ สำนักปลัดเทศบาล", "ธ.ค. ๒๕๖๘", [O(org="กองคลัง"), O(org="สำนักปลัดเทศบาล")],
       "2025-12-01", "2025-12-31"),
      ("เปิดโอกาสให้ตัวแทนชุมชนร่วมเป็นกรรมการตรวจรับพัสดุในโครงการก่อสร้าง", "นายกเทศมนตรีเมืองดอนสักทอง",
       "ตลอดปีงบประมาณ ๒๕๖๙", [O(pos="นายกเทศมนตรีเมืองดอนสักทอง")], "2025-10-01", "2026-09-30")]),
]


def item(doc, text):
    """A numbered sub-item with a hanging indent, left-aligned."""
    p = _para(doc, text)
    p.paragraph_format.left_indent = Cm(2.2)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    return p


def u4():
    doc = tight(new_doc("Laksaman", 15, landscape=False, margin=2.0), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.6)
    ov = round(0.3 * U4_IIT + 0.3 * U4_EIT + 0.4 * U4_OIT + 1e-9, 2)
    centre(doc, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", bold=True,
           size=17)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, size=17)
    centre(doc, f"{U4_UNIT} อำเภอดอนสัก จังหวัดสุราษฎร์ธานี", bold=True, size=16)
    _para(doc, "")
    body(doc, th(f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
                 f"{U4_UNIT} ได้คะแนนรวม {ov:.2f} คะแนน อยู่ในระดับ {_band(ov)} โดยแบบวัดการรับรู้ของผู้มีส่วนได้"
                 f"ส่วนเสียภายใน (IIT) ได้ {U4_IIT:.2f} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ "
                 f"{U4_EIT:.2f} คะแนน และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ {U4_OIT:.2f} คะแนน คณะทำงานได้"
                 "วิเคราะห์ตัวชี้วัดที่ได้คะแนนต่ำสุด 4 ลำดับแรก ดังนี้"))
    for n, name, v, strong, weak, acts in U4_IND:
        p = _para(doc, th(f"ตัวชี้วัดที่ {n} {name} ({v:.2f} คะแนน)"), bold=True)
        p.paragraph_format.space_before = Pt(8)
        for label, items in (("จุดแข็ง", strong), ("จุดที่ควรพัฒนา", weak)):
            q = _para(doc, label)
            q.paragraph_format.left_indent = Cm(0.8)
            for r in q.runs:
                r.underline = True
                r.bold = True
            for k, it in enumerate(items, 1):
                item(doc, th(f"{k}) {it}"))
        q = _para(doc, "แนวทางการพัฒนา")
        q.paragraph_format.left_indent = Cm(0.8)
        for r in q.runs:
            r.underline = True
            r.bold = True
        for k, (a, owner, period, *_rest) in enumerate(acts, 1):
            item(doc, th(f"{k}) {a} (ผู้รับผิดชอบ: {owner} / ระยะเวลา: {period})"))
    p = _para(doc, "สรุป", bold=True)
    p.paragraph_format.space_before = Pt(8)
    body(doc, "เทศบาลจะนำแนวทางการพัฒนาข้างต้นบรรจุในมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี"
              "งบประมาณ พ.ศ. ๒๕๖๙ โดยมีเป้าหมายให้ผลการประเมินไม่ต่ำกว่า ๙๐ คะแนน")
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:20] + " ผู้วิเคราะห์", "(นางสาวปาริฉัตร ชูช่วย)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:20] + " ผู้เห็นชอบ", "(นายอำนาจ ทิพย์มณี)", "ปลัดเทศบาลเมืองดอนสักทอง"]],
              [8.5, 8.5])
    size_all(sig, 13)
    centre(doc, "๒๐ ตุลาคม ๒๕๖๘")
    scores = [S("overall", ov, 2568, rating=_band(ov)), S("tool", U4_IIT, 2568, "IIT"),
              S("tool", U4_EIT, 2568, "EIT"), S("tool", U4_OIT, 2568, "OIT")]
    scores += [S("indicator", v, 2568, TOOL[n], n) for n, _, v, *_ in U4_IND]
    measures = [M(a[0], a[3], ind=n, start=a[4], end=a[5]) for n, _, _, _, _, acts in U4_IND for a in acts]
    facts = {
        "notes": f"Indicator-by-indicator analysis of the ITA 2568 result, only the four lowest indicators. Scores "
                 f"(2568): overall {ov:.2f} ({_band(ov)}) and tools IIT {U4_IIT:.2f} / EIT {U4_EIT:.2f} / OIT "
                 f"{U4_OIT:.2f} in the opening paragraph (0.3/0.3/0.4 gives {ov:.2f}); indicators 9 (OIT) 78.10, 7 "
                 "(EIT) 82.40, 8 (EIT) 84.35, 2 (IIT) 86.20 from the bold headings 'ตัวชี้วัดที่ n <name> (xx.xx "
                 "คะแนน)'. Not scores: '๔ ลำดับแรก', the FY 2569 target 'ไม่ต่ำกว่า ๙๐ คะแนน', item codes O11 / O19 "
                 "/ O1 - O20 (named without figures), 'รอบ ๖ เดือน', 'วันที่ ๑๐ ของเดือนถัดไป'. Measures: ONLY the "
                 "numbered '๑) ...' items under 'แนวทางการพัฒนา' (nine); the numbered items under 'จุดแข็ง' and "
                 "'จุดที่ควรพัฒนา' are findings about the unit (strengths/weaknesses), not measures, though numbered "
                 "the same way. Title = the item before '(ผู้รับผิดชอบ:'; indicator_no = the number of the heading "
                 "the item sits under (9, 7, 8, 2). Periods: 'ต.ค. - ธ.ค. ๒๕๖๘' 2025-10-01..2025-12-31; 'ตลอด"
                 "ปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; 'ภายใน ๓๑ มี.ค. ๒๕๖๙' a deadline (end only); 'ทุกเดือน' "
                 "no dates; 'ม.ค. - มิ.ย. ๒๕๖๙' 2026-01-01..2026-06-30; 'พ.ย. ๒๕๖๘ - ก.พ. ๒๕๖๙' 2025-11-01.."
                 "2026-02-28; 'ไตรมาสที่ ๓ (เม.ย. - มิ.ย. ๒๕๖๙)' 2026-04-01..2026-06-30; 'ธ.ค. ๒๕๖๘' spans the "
                 "month. 'ภายในวันที่ ๑๐ ของเดือนถัดไป' inside a title is a rule, not its period. Owners: 'งาน"
                 "ประชาสัมพันธ์ สำนักปลัดเทศบาล' one org unit (section within office, as blind8 i2); 'กองคลัง' an "
                 "org unit; 'นายสุรชัย แก้วกาญจน์ นักวิชาการคอมพิวเตอร์ชำนาญการ' rank/name/position; 'A ร่วมกับ B' "
                 "two org units ('ศูนย์รับเรื่องราวร้องทุกข์' + 'กองยุทธศาสตร์และงบประมาณ'; 'กองคลัง' + 'สำนักปลัด"
                 "เทศบาล'); 'ผู้อำนวยการกองช่าง', 'ปลัดเทศบาล', 'นายกเทศมนตรีเมืองดอนสักทอง' positions. People: "
                 "ผู้วิเคราะห์ and ผู้เห็นชอบ side by side (role after the dots; นางสาว -> น.ส.); the date below is "
                 "the report's.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้วิเคราะห์", "น.ส.", "ปาริฉัตร ชูช่วย", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบ", "นาย", "อำนาจ ทิพย์มณี", "ปลัดเทศบาลเมืองดอนสักทอง")],
        "findings": [],
    }
    document = {
        "unit": U4_UNIT, "unit_type": "municipality", "province": "สุราษฎร์ธานี", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "Analysis of the ITA 2568 result dated ๒๐ ต.ค. ๒๕๖๘ (in FY 2569); fiscal_year 2568, the result it "
                 "analyses (as blind13 n1 / blind17 t3); its development lines run in FY 2569. Title = the first two "
                 "heading lines joined; the third names the unit, district and province. doc_type analysis.",
    }
    return doc, facts, document


REPORTS = {
    "u1_three_level_header_quarter_ticks_plan_bangkok_district_bang_bon_nuea": u1,
    "u2_oit_self_assessment_checklist_no_measures_sao_nong_ya_plong_thong": u2,
    "u3_hospital_personnel_development_plan_ethics_section_khao_phanom_thong": u3,
    "u4_indicator_headings_strengths_weaknesses_numbered_actions_don_sak_thong": u4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
