#!/usr/bin/env python3
"""Build the blind-17 reports (tests/blind17/t*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind15/make_blind15.py and
tests/blind13/make_blind13.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  t1  องค์การบริหารส่วนตำบลโคกกรวดใหม่ (บุรีรัมย์)   two-year anti-corruption plan exported from a spreadsheet:
                                              landscape, Sawasdee 10, ELEVEN columns (ลำดับ | ยุทธศาสตร์ |
                                              โครงการ | วัตถุประสงค์ | เป้าหมาย | ตัวชี้วัด | งบประมาณ ๒๕๖๙ |
                                              งบประมาณ ๒๕๗๐ | ระยะเวลา | ผู้รับผิดชอบ | หมายเหตุ), eleven rows
                                              over two pages with the header repeated, merged 'ยุทธศาสตร์ที่ n'
                                              group rows, a รวม row; one indicator tied in the ตัวชี้วัด column
                                              (with a target), one in หมายเหตุ; Thai digits, Arabic budgets
  t2  โรงเรียนบ้านโนนจานวิทยา (ศรีสะเกษ)          minutes of the school's ITA committee: attendees as a numbered
                                              list with tab-separated post and committee role, a score table
                                              (ตัวชี้วัด | คะแนน ๒๕๖๘) under ระเบียบวาระที่ ๒, resolutions
                                              'มติ: ที่ประชุมเห็นชอบให้ <party> รับไปดำเนินการ <task> ภายใน
                                              <date>' (party BEFORE the task); Kinnari 14, Thai digits
  t3  คณะพยาบาลศาสตร์ มหาวิทยาลัยราชภัฏนครลำปาง    bilingual (Thai/English) summary: English subheadings, 'ITA 2025
                                              score: ... (A)' lines (CE years; gold in BE), a measures table
                                              headed 'Measure / มาตรการ | Responsible / ผู้รับผิดชอบ |
                                              Timeline / ระยะเวลา | KPI / ตัวชี้วัด' with Gregorian timelines in
                                              some rows ('Oct 2025 – Mar 2026', 'by 31 Dec 2025', 'Q2 FY2026')
                                              and Buddhist ones in others; Loma 13 (table 12), Arabic digits
  t4  ที่ว่าการอำเภอโนนสำโรงทอง (นครราชสีมา)       external letter (หนังสือภายนอก 'ที่ นม ๐๐๒๓.๑/ว ๑๒๓') to the
                                              province: three numbered measures in the body, each 'โดยมี
                                              <ตำแหน่ง> เป็นผู้รับผิดชอบ' with a deadline; signed '(ลงชื่อ) ...
                                              นายอำเภอ... ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด...'; contact
                                              block and 'สำเนาเรียน' offices at the bottom; Laksaman 14, Thai
                                              digits

    uv run python tests/blind17/make_blind17.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, _band, body, build_reports, centre, merge_row, sig_table,  # noqa: E402
                          table, th, tight)


TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}


def weighted(vals: dict[int, float]) -> float:
    by: dict[str, list[float]] = {}
    for n, v in vals.items():
        by.setdefault(TOOL[n], []).append(v)
    mean = {t: sum(v) / len(v) for t, v in by.items()}
    return round(0.3 * mean["IIT"] + 0.3 * mean["EIT"] + 0.4 * mean["OIT"] + 1e-9, 2)


def bold_row(t, r):
    for c in t.rows[r].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def size_all(t, size):
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)


# ------------------------------------------------------------------------------------------ t1

T1_UNIT = "องค์การบริหารส่วนตำบลโคกกรวดใหม่"
T1_STRATS = {
    1: "ยุทธศาสตร์ที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    2: "ยุทธศาสตร์ที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต",
    3: "ยุทธศาสตร์ที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
    4: "ยุทธศาสตร์ที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
}
# strategy, code, project, objective, target, kpi, b69, b70, period, owner cell, note, ind, owners, start, end
T1_ROWS = [
    (1, "๑.๑", "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง",
     "เพื่อเสริมสร้างจิตสำนึกในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต และยึดมั่นในประมวลจริยธรรม",
     "ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง จำนวน ๔๕ คน",
     "ร้อยละ ๘๐ ของผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้น", 20000, 20000, "ต.ค. ๖๘ - ก.ย. ๗๐",
     "สำนักปลัด", "จัดปีละ ๑ ครั้ง", None, [O(org="สำนักปลัด")], "2025-10-01", "2027-09-30"),
    (1, "๑.๒", "โครงการส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น",
     "เพื่อให้พนักงานรับรู้และปฏิบัติตามประมวลจริยธรรม และมีการติดตามประเมินผลการปฏิบัติอย่างต่อเนื่อง",
     "พนักงานส่วนตำบลและพนักงานจ้างทุกคน", "ไม่มีเรื่องร้องเรียนการฝ่าฝืนประมวลจริยธรรม", None, None,
     "ตลอดปีงบประมาณ ๒๕๖๙", "นักทรัพยากรบุคคล", "ไม่ใช้งบประมาณ", None, [O(pos="นักทรัพยากรบุคคล")],
     "2025-10-01", "2026-09-30"),
    (1, "๑.๓", "กิจกรรมประกาศเจตจำนงสุจริตในการบริหารงานของผู้บริหารท้องถิ่น",
     "เพื่อแสดงเจตนารมณ์ของผู้บริหารในการบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้",
     "ประกาศเจตจำนงสุจริต ๑ ฉบับ", "เผยแพร่ประกาศบนเว็บไซต์และบอร์ดประชาสัมพันธ์", None, None, "ภายใน ธ.ค. ๖๘",
     "นายก อบต.", "-", None, [O(pos="นายก อบต.")], None, "2025-12-31"),
    (2, "๒.๑", "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและรายงานผลการใช้จ่ายงบประมาณประจำเดือน",
     "เพื่อให้ประชาชนเข้าถึงข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณได้สะดวก ครบถ้วน",
     "แบบ สขร.๑ ครบ ๑๒ เดือน", "ร้อยละ ๑๐๐ ของรายการจัดซื้อจัดจ้างได้รับการเผยแพร่", None, None, "ทุกเดือน",
     "กองคลัง", "สนับสนุนตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", 9, [O(org="กองคลัง")], None, None),
    (2, "๒.๒", "กิจกรรมจัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนขององค์การบริหารส่วนตำบล",
     "เพื่อให้บุคลากรแยกแยะประโยชน์ส่วนตนกับประโยชน์ส่วนรวมได้ และมีแนวปฏิบัติที่ชัดเจน",
     "คู่มือ ๑ ฉบับ และแจกจ่ายทุกกอง", "บุคลากรร้อยละ ๙๐ ได้รับทราบคู่มือ", 5000, None, "ม.ค. - มี.ค. ๖๙",
     "งานนิติการ สำนักปลัด", "-", None, [O(org="งานนิติการ สำนักปลัด")], "2026-01-01", "2026-03-31"),
    (2, "๒.๓", "โครงการลดขั้นตอนและระยะเวลาการให้บริการประชาชน (งานขออนุญาตก่อสร้างและงานจัดเก็บภาษี)",
     "เพื่อลดขั้นตอนการปฏิบัติงาน อำนวยความสะดวกแก่ประชาชน และลดโอกาสการเรียกรับผลประโยชน์",
     "กระบวนงานบริการ ๕ กระบวนงาน",
     "ผลคะแนน ITA ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ไม่น้อยกว่า ๘๕ คะแนน", None, None, "เม.ย. - ก.ย. ๖๙",
     "สำนักปลัด\nกองช่าง", "-", 8, [O(org="สำนักปลัด"), O(org="กองช่าง")], "2026-04-01", "2026-09-30"),
    (2, "๒.๔", "มาตรการควบคุมการใช้รถยนต์ส่วนกลางและการยืมพัสดุครุภัณฑ์ของทางราชการ",
     "เพื่อป้องกันการนำทรัพย์สินของทางราชการไปใช้เพื่อประโยชน์ส่วนตนหรือพวกพ้อง",
     "รถยนต์ส่วนกลาง ๓ คัน และครุภัณฑ์ทุกรายการ", "มีทะเบียนคุมการใช้รถและการยืมคืนครบทุกครั้ง", None,
     None, "ต.ค. ๖๘ - ก.ย. ๖๙", "นายวิทยา ศรีบุญ\nเจ้าพนักงานพัสดุชำนาญงาน", "ตรวจสอบทะเบียนทุกสิ้นเดือน", None,
     [O("นาย", "วิทยา ศรีบุญ", "เจ้าพนักงานพัสดุชำนาญงาน")], "2025-10-01", "2026-09-30"),
    (3, "๓.๑", "โครงการประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น",
     "เพื่อให้ประชาชนมีส่วนร่วมในการเสนอความต้องการและตรวจสอบการจัดทำแผนพัฒนาท้องถิ่น",
     "๑๒ หมู่บ้าน", "ประชาชนเข้าร่วมประชาคมไม่น้อยกว่าร้อยละ ๖๐ ของครัวเรือน", 15000, 15000,
     "ปีงบประมาณ ๒๕๖๙ - ๒๕๗๐", "ฝ่ายวิเคราะห์นโยบายและแผน สำนักปลัด", "-", None,
     [O(org="ฝ่ายวิเคราะห์นโยบายและแผน สำนักปลัด")], "2025-10-01", "2027-09-30"),
    (3, "๓.๒", "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "เพื่อให้การรับและจัดการเรื่องร้องเรียนรวดเร็ว เป็นธรรม และคุ้มครองผู้ร้องเรียน",
     "เรื่องร้องเรียนทุกเรื่อง", "แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วันทำการ", None, None,
     "ม.ค. ๖๙ - ก.ย. ๗๐", "ศูนย์รับเรื่องร้องเรียน อบต.โคกกรวดใหม่", "-", None,
     [O(org="ศูนย์รับเรื่องร้องเรียน อบต.โคกกรวดใหม่")], "2026-01-01", "2027-09-30"),
    (4, "๔.๑", "โครงการจัดทำแผนการตรวจสอบภายในประจำปี",
     "เพื่อให้การตรวจสอบภายในเป็นไปอย่างมีระบบ ครอบคลุมความเสี่ยงด้านการทุจริต",
     "แผนการตรวจสอบภายใน ปีละ ๑ ฉบับ", "ดำเนินการตรวจสอบได้ตามแผนร้อยละ ๑๐๐", None, None, "ภายใน ๓๐ พ.ย. ๖๘",
     "หน่วยตรวจสอบภายใน", "-", None, [O(org="หน่วยตรวจสอบภายใน")], None, "2025-11-30"),
    (4, "๔.๒", "กิจกรรมติดตามประเมินผลการควบคุมภายในและรายงานต่อนายอำเภอ",
     "เพื่อให้มีการประเมินระบบควบคุมภายในและปรับปรุงจุดอ่อนที่อาจเกิดการทุจริต",
     "รายงานผล ปีละ ๑ ครั้ง", "รายงานผลภายใน ๙๐ วันนับจากวันสิ้นปีงบประมาณ", 3000, 3000, "ต.ค. - ธ.ค. ๖๘",
     "ปลัด อบต.", "-", None, [O(pos="ปลัด อบต.")], "2025-10-01", "2025-12-31"),
]


def _baht(v):
    return f"{v:,}" if v else "-"


def t1():
    doc = tight(new_doc("Sawasdee", 10, landscape=True, margin=0.9), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(0.8)
    centre(doc, "แผนปฏิบัติการป้องกันการทุจริต ระยะ ๒ ปี (ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐)", bold=True, size=13)
    centre(doc, f"{T1_UNIT} อำเภอนางรอง จังหวัดบุรีรัมย์", bold=True, size=12)
    centre(doc, "(ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๘ : ๘๔.๑๒ คะแนน ระดับ B / เป้าหมายปี ๒๕๖๙ ไม่ต่ำกว่า ๘๕ คะแนน)",
           size=10)
    header = ["ลำดับ", "ยุทธศาสตร์", "โครงการ/กิจกรรม/มาตรการ", "วัตถุประสงค์", "เป้าหมาย", "ตัวชี้วัด",
              "งบประมาณ\n๒๕๖๙\n(บาท)", "งบประมาณ\n๒๕๗๐\n(บาท)", "ระยะเวลา", "ผู้รับผิดชอบ", "หมายเหตุ"]
    rows = [header]
    groups = []
    last = None
    for i, r in enumerate(T1_ROWS, 1):
        if r[0] != last:
            groups.append(len(rows))
            rows.append([T1_STRATS[r[0]]] + [""] * 10)
            last = r[0]
        rows.append([th(str(i)), r[1], r[2], r[3], r[4], r[5], _baht(r[6]), _baht(r[7]), r[8], r[9], r[10]])
    tot69 = sum(r[6] or 0 for r in T1_ROWS)
    tot70 = sum(r[7] or 0 for r in T1_ROWS)
    rows.append(["รวมทั้งสิ้น"] + [""] * 5 + [_baht(tot69), _baht(tot70), "", "", ""])
    widths = [1.2, 1.9, 4.3, 3.8, 3.0, 3.2, 1.6, 1.6, 2.3, 2.9, 2.1]
    t = table(doc, rows, widths, centre_cols=(0, 1, 6, 7, 8), fill="C6E0B4")
    for g in groups:
        cell = merge_row(t, g, rows[g][0], fill="E2EFDA")
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    last_r = len(rows) - 1
    a = t.rows[last_r].cells[0].merge(t.rows[last_r].cells[5])
    _cell_text(a, "รวมทั้งสิ้น", bold=True)
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = t.rows[last_r].cells[8].merge(t.rows[last_r].cells[10])
    _cell_text(b, "")
    bold_row(t, last_r)
    for r in range(1, len(rows)):
        for c in (6, 7):
            for p in t.rows[r].cells[c].paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    size_all(t, 10)
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:24] + " ผู้จัดทำแผน", "(นางสาวพรทิพย์ บุญประเสริฐ)",
                           "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                          ["ลงชื่อ " + DOTS[:24] + " ผู้เห็นชอบแผน", "(นายสุเทพ โพธิ์ศรี)",
                           f"ปลัด{T1_UNIT}"],
                          ["ลงชื่อ " + DOTS[:24] + " ผู้อนุมัติแผน", "(นายบุญเลิศ ชาญประโคน)",
                           f"นายก{T1_UNIT}"]], [9.1, 9.1, 9.1])
    size_all(sig, 11)
    measures = [M(r[2], r[12], ind=r[11], start=r[13], end=r[14]) for r in T1_ROWS]
    facts = {
        "notes": "Spreadsheet-like plan, landscape, 10 pt, eleven columns, the header row repeated on page 2. Measures: "
                 "the eleven numbered rows; the four merged 'ยุทธศาสตร์ที่ n ...' rows are groups and the "
                 "'รวมทั้งสิ้น' row a total, not measures; the ยุทธศาสตร์ column holds the sub-strategy code "
                 "(๑.๑ ... ๔.๒), which is not part of the title. Title = the โครงการ/กิจกรรม/มาตรการ cell. "
                 "indicator_no: row ๖ (๒.๓) names 'ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน' in its ตัวชี้วัด cell (8; the "
                 "'ไม่น้อยกว่า ๘๕ คะแนน' there is a target, not a score); row ๔ (๒.๑) names 'ตัวชี้วัดที่ ๙ การเปิดเผย"
                 "ข้อมูล' in its หมายเหตุ cell (9); the other ตัวชี้วัด cells are project success targets (ร้อยละ ...), "
                 "not ITA indicators: null. Periods (two-year plan, FY 2569-2570): 'ต.ค. ๖๘ - ก.ย. ๗๐' and 'ปีงบประมาณ "
                 "๒๕๖๙ - ๒๕๗๐' = 2025-10-01..2027-09-30; 'ตลอดปีงบประมาณ ๒๕๖๙' and 'ต.ค. ๖๘ - ก.ย. ๖๙' = "
                 "2025-10-01..2026-09-30; 'ภายใน ธ.ค. ๖๘' end 2025-12-31 and 'ภายใน ๓๐ พ.ย. ๖๘' end 2025-11-30 "
                 "(deadlines, start null); 'ม.ค. - มี.ค. ๖๙' 2026-01-01..2026-03-31; 'เม.ย. - ก.ย. ๖๙' "
                 "2026-04-01..2026-09-30; 'ม.ค. ๖๙ - ก.ย. ๗๐' 2026-01-01..2027-09-30; 'ต.ค. - ธ.ค. ๖๘' "
                 "2025-10-01..2025-12-31; 'ทุกเดือน' (row ๔) has no dates. Owners: "
                 "สำนักปลัด, กองคลัง, กองช่าง, หน่วยตรวจสอบภายใน org units; 'สำนักปลัด' over 'กองช่าง' in one cell = "
                 "two org units; 'งานนิติการ สำนักปลัด' and 'ฝ่ายวิเคราะห์นโยบายและแผน สำนักปลัด' one org unit each "
                 "(section within office, as blind8 i2); 'ศูนย์รับเรื่องร้องเรียน อบต.โคกกรวดใหม่' an org unit (kept "
                 "whole, as printed); 'นักทรัพยากรบุคคล', 'นายก อบต.' and 'ปลัด อบต.' positions (kept as printed, "
                 "abbreviation and all); 'นายวิทยา ศรีบุญ' over 'เจ้าพนักงานพัสดุชำนาญงาน' one person. Scores: only "
                 "ITA 2568 overall 84.12 (B) in the bracketed line under the heading; 'ไม่ต่ำกว่า ๘๕ คะแนน' is the "
                 f"FY 2569 target. Not scores: budgets (totals {tot69:,} / {tot70:,} baht), the targets and counts "
                 "(๔๕ คน, ๑๒ หมู่บ้าน, ร้อยละ ๘๐/๙๐/๑๐๐/๖๐, ๑๕ วันทำการ, ๙๐ วัน, ๕ กระบวนงาน, ๓ คัน). People: three "
                 "signatures side by side (role after the dots: ผู้จัดทำแผน / ผู้เห็นชอบแผน / ผู้อนุมัติแผน; นางสาว "
                 "-> น.ส.).",
        "scores": [S("overall", 84.12, 2568, rating="B")],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "น.ส.", "พรทิพย์ บุญประเสริฐ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบแผน", "นาย", "สุเทพ โพธิ์ศรี", f"ปลัด{T1_UNIT}"),
                   P("ผู้อนุมัติแผน", "นาย", "บุญเลิศ ชาญประโคน", f"นายก{T1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": T1_UNIT, "unit_type": "subdistrict_admin", "province": "บุรีรัมย์", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการป้องกันการทุจริต ระยะ ๒ ปี (ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐)",
        "notes": "Undated two-year plan for FY 2569-2570: fiscal_year 2569 (its first year; the ITA result it quotes "
                 "is 2568's). Title = the first heading line (the second names the unit, district and province; the "
                 "bracketed score line is a note). doc_type measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ t2

T2_UNIT = "โรงเรียนบ้านโนนจานวิทยา"
T2_ATT = [  # rank printed, name, gold rank, position, role
    ("นาย", "สุรพล แก้วมณี", "นาย", "ผู้อำนวยการโรงเรียน", "ประธานกรรมการ"),
    ("นาง", "อุไรวรรณ ศรีทอง", "นาง", "รองผู้อำนวยการโรงเรียน", "รองประธานกรรมการ"),
    ("นาย", "ประเสริฐ บุญล้น", "นาย", "ครูชำนาญการพิเศษ", "กรรมการ"),
    ("นางสาว", "กาญจนา ผลดี", "น.ส.", "ครูชำนาญการ", "กรรมการ"),
    ("นาย", "อภิชาติ คำหอม", "นาย", "ครู", "กรรมการ"),
    ("นางสาว", "เยาวลักษณ์ ทองแท้", "น.ส.", "ครูชำนาญการ", "กรรมการและเลขานุการ"),
]
T2_IND = [
    (1, "การปฏิบัติหน้าที่", 95.80), (2, "การใช้งบประมาณ", 90.12), (3, "การใช้อำนาจ", 94.25),
    (4, "การใช้ทรัพย์สินของราชการ", 88.60), (5, "การแก้ไขปัญหาการทุจริต", 92.40), (6, "คุณภาพการดำเนินงาน", 89.75),
    (7, "ประสิทธิภาพการสื่อสาร", 82.30), (8, "การปรับปรุงการทำงาน", 87.10), (9, "การเปิดเผยข้อมูล", 80.55),
    (10, "การป้องกันการทุจริต", 91.20),
]


def tabbed(doc, text, stops, left=1.0):
    p = _para(doc, text)
    p.paragraph_format.left_indent = Cm(left)
    for x in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(x))
    return p


def t2():
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=1.8), after=0)
    ov = weighted({n: v for n, _, v in T2_IND})
    ov67 = 86.40
    centre(doc, "รายงานการประชุม", bold=True, size=18)
    centre(doc, f"คณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True)
    centre(doc, f"{T2_UNIT} ครั้งที่ ๑/๒๕๖๙", bold=True)
    centre(doc, "วันจันทร์ที่ ๑๐ พฤศจิกายน ๒๕๖๘ เวลา ๑๓.๓๐ น.")
    centre(doc, f"ณ ห้องประชุมราชพฤกษ์ {T2_UNIT} อำเภอกันทรลักษ์ จังหวัดศรีสะเกษ")
    centre(doc, "-------------------------------")
    _para(doc, "ผู้มาประชุม", bold=True)
    for i, (rk, name, _, pos, role) in enumerate(T2_ATT, 1):
        tabbed(doc, th(f"{i}. {rk}{name}\t{pos}\t{role}"), [7.2, 12.0])
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    tabbed(doc, "๑. นายวัชระ สีดา\tครูผู้ช่วย\tกรรมการและผู้ช่วยเลขานุการ (ไปราชการ)", [7.2, 12.0])
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    tabbed(doc, "๑. นางมาลัย พรมมา\tเจ้าหน้าที่ธุรการ", [7.2, 12.0])
    _para(doc, "เริ่มประชุมเวลา ๑๓.๓๐ น.", bold=True)
    body(doc, "เมื่อกรรมการมาครบองค์ประชุม ประธานกรรมการกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้")
    _para(doc, "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", bold=True)
    body(doc, "ประธานแจ้งว่า สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีสะเกษ เขต ๓ ได้แจ้งปฏิทินการประเมิน ITA "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ และให้โรงเรียนในสังกัดเตรียมข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) "
              "ให้พร้อมก่อนการประเมิน")
    body(doc, "มติ: ที่ประชุมรับทราบ")
    _para(doc, "ระเบียบวาระที่ ๒ เรื่องเพื่อทราบ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True)
    body(doc, th(f"เลขานุการรายงานว่า {T2_UNIT} ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                 f"ภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนนรวม {ov:.2f} คะแนน อยู่ในระดับ {_band(ov)} "
                 f"เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 ซึ่งได้ {ov67:.2f} คะแนน รายละเอียดตามตาราง ดังนี้"))
    rows = [["ตัวชี้วัด", "คะแนน ๒๕๖๘"]]
    rows += [[th(f"{n}. {name}"), th(f"{v:.2f}")] for n, name, v in T2_IND]
    rows.append([f"คะแนนรวม (ระดับ {_band(ov)})", th(f"{ov:.2f}")])
    t = table(doc, rows, [8.5, 3.5], centre_cols=(1,), fill="FCE4D6")
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    body(doc, "ตัวชี้วัดที่ได้คะแนนต่ำกว่า ๘๕ คะแนน ได้แก่ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และตัวชี้วัดที่ ๗ "
              "ประสิทธิภาพการสื่อสาร ซึ่งโรงเรียนควรเร่งพัฒนาเป็นลำดับแรก")
    body(doc, "มติ: ที่ประชุมรับทราบ")
    _para(doc, "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา", bold=True)
    items = [
        ("๓.๑ การยกระดับตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
         "เลขานุการเสนอว่า ข้อมูลบนเว็บไซต์โรงเรียนยังไม่ครบตามแบบตรวจ OIT หลายรายการ และบางรายการไม่เป็นปัจจุบัน",
         ["มติ: ที่ประชุมเห็นชอบให้ นางสาวกาญจนา ผลดี ครูชำนาญการ รับไปดำเนินการ ตรวจสอบและปรับปรุงข้อมูลสาธารณะ"
          "บนเว็บไซต์โรงเรียนให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT ภายในวันที่ ๑๕ มกราคม ๒๕๖๙"]),
        ("๓.๒ การยกระดับตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
         "รองประธานกรรมการเสนอว่า ผู้ปกครองและชุมชนยังขาดช่องทางแสดงความคิดเห็นต่อการดำเนินงานของโรงเรียน",
         ["มติ: ที่ประชุมเห็นชอบให้ งานประชาสัมพันธ์ กลุ่มบริหารทั่วไป รับไปดำเนินการ จัดทำช่องทางรับฟังความคิดเห็น"
          "ของผู้ปกครองผ่านไลน์โอเพนแชตและกล่องรับความคิดเห็น ภายในเดือนธันวาคม ๒๕๖๘",
          "และเห็นชอบให้ นายอภิชาติ คำหอม ครู รับไปดำเนินการ จัดทำจดหมายข่าวโรงเรียนรายเดือนเผยแพร่ทางเพจ Facebook "
          "ระหว่างเดือนมกราคม ถึงเดือนกันยายน ๒๕๖๙"]),
        ("๓.๓ การใช้ทรัพย์สินของราชการ",
         "ที่ประชุมอภิปรายกรณีการยืมเครื่องฉายภาพและเครื่องขยายเสียงของโรงเรียนไปใช้ในงานส่วนตัวโดยไม่มีหลักฐาน",
         ["มติ: ที่ประชุมเห็นชอบให้ หัวหน้างานพัสดุ รับไปดำเนินการ จัดทำแบบขออนุญาตและทะเบียนคุมการยืมพัสดุ"
          "ครุภัณฑ์ของโรงเรียน ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๘"]),
        ("๓.๔ การจัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
         "ประธานเสนอให้นำผลการประเมินปี ๒๕๖๘ มาจัดทำแผนปฏิบัติการเพื่อใช้เป็นกรอบการดำเนินงานของโรงเรียน",
         ["มติ: ที่ประชุมเห็นชอบให้ รองผู้อำนวยการโรงเรียน และกลุ่มบริหารงบประมาณ รับไปดำเนินการ จัดทำแผนปฏิบัติการ"
          "ส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เสนอผู้อำนวยการโรงเรียนอนุมัติ "
          "ภายในวันที่ ๓๐ พฤศจิกายน ๒๕๖๘"]),
    ]
    for head, disc, res in items:
        _para(doc, head, bold=True).paragraph_format.left_indent = Cm(0.6)
        body(doc, disc)
        for r in res:
            body(doc, r)
    _para(doc, "ระเบียบวาระที่ ๔ เรื่องอื่น ๆ", bold=True)
    body(doc, "ประธานนัดประชุมครั้งต่อไปในเดือนกุมภาพันธ์ ๒๕๖๙ เพื่อติดตามความก้าวหน้าการดำเนินงานตามมติที่ประชุม")
    body(doc, "มติ: ที่ประชุมรับทราบ")
    _para(doc, "เลิกประชุมเวลา ๑๕.๓๐ น.", bold=True)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จดรายงานการประชุม", "(นางสาวเยาวลักษณ์ ทองแท้)", "ครูชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้ตรวจรายงานการประชุม", "(นางอุไรวรรณ ศรีทอง)",
                     "รองผู้อำนวยการโรงเรียน"]], [8.5, 8.5])
    scores = [S("indicator", v, 2568, TOOL[n], n) for n, _, v in T2_IND]
    scores += [S("overall", ov, 2568, rating=_band(ov)), S("overall", ov67, 2567)]
    measures = [
        M("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงเรียนให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT",
          [O("น.ส.", "กาญจนา ผลดี", "ครูชำนาญการ")], ind=9, end="2026-01-15"),
        M("จัดทำช่องทางรับฟังความคิดเห็นของผู้ปกครองผ่านไลน์โอเพนแชตและกล่องรับความคิดเห็น",
          [O(org="งานประชาสัมพันธ์ กลุ่มบริหารทั่วไป")], ind=7, end="2025-12-31"),
        M("จัดทำจดหมายข่าวโรงเรียนรายเดือนเผยแพร่ทางเพจ Facebook", [O("นาย", "อภิชาติ คำหอม", "ครู")], ind=7,
          start="2026-01-01", end="2026-09-30"),
        M("จัดทำแบบขออนุญาตและทะเบียนคุมการยืมพัสดุครุภัณฑ์ของโรงเรียน", [O(pos="หัวหน้างานพัสดุ")], ind=4,
          end="2025-12-31"),
        M("จัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
          [O(pos="รองผู้อำนวยการโรงเรียน"), O(org="กลุ่มบริหารงบประมาณ")], end="2025-11-30"),
    ]
    people = [P(role, grk, name, pos) for _, name, grk, pos, role in T2_ATT]
    people += [P("ผู้ไม่มาประชุม", "นาย", "วัชระ สีดา", "ครูผู้ช่วย"),
               P("ผู้เข้าร่วมประชุม", "นาง", "มาลัย พรมมา", "เจ้าหน้าที่ธุรการ"),
               P("ผู้จดรายงานการประชุม", "น.ส.", "เยาวลักษณ์ ทองแท้", "ครูชำนาญการ"),
               P("ผู้ตรวจรายงานการประชุม", "นาง", "อุไรวรรณ ศรีทอง", "รองผู้อำนวยการโรงเรียน")]
    facts = {
        "notes": f"Minutes. Scores (ระเบียบวาระที่ ๒): the two-column table 'ตัวชี้วัด | คะแนน ๒๕๖๘' gives the ten "
                 f"indicators of 2568 (number from the '๑.'...'๑๐.' prefix of the name, tool by NACC numbering: 1-5 "
                 f"IIT, 6-8 EIT, 9-10 OIT) and the 'คะแนนรวม (ระดับ {_band(ov)})' row = overall 2568 {ov:.2f} with the "
                 f"rating printed in the label cell (0.3/0.3/0.4 of the tool means; no tool totals printed); the "
                 f"secretary's sentence repeats that overall (same score, counted once) and gives 2567 overall "
                 f"{ov67:.2f} (no rating). '๘๕ คะแนน' is a threshold; meeting ๑/๒๕๖๙ and times ๑๓.๓๐/๑๕.๓๐ are not "
                 "scores. Measures: the five actions in the มติ paragraphs of ระเบียบวาระที่ ๓, each 'ที่ประชุมเห็นชอบ"
                 "ให้ <party> รับไปดำเนินการ <task> <deadline>' (3.2 has two: the second is 'และเห็นชอบให้ ...'); "
                 "title = the task, without the party, 'รับไปดำเนินการ' and the deadline (for 3.4 the trailing "
                 "'เสนอผู้อำนวยการโรงเรียนอนุมัติ' is left out: gold is a prefix). 'มติ: ที่ประชุมรับทราบ' (วาระ "
                 "๑, ๒, ๔) are no measures; the next meeting in กุมภาพันธ์ ๒๕๖๙ is not one. indicator_no from the "
                 "3.x heading: 3.1 'ตัวชี้วัดที่ ๙' 9; 3.2 'ตัวชี้วัดที่ ๗' 7 (both its actions); 3.3 names the "
                 "indicator by its own name 'การใช้ทรัพย์สินของราชการ' = 4; 3.4 none (null; OIT in 3.1 is a tool). "
                 "Periods: 'ภายในวันที่ ๑๕ มกราคม ๒๕๖๙' end 2026-01-15; 'ภายในเดือนธันวาคม ๒๕๖๘' end 2025-12-31; "
                 "'ระหว่างเดือนมกราคม ถึงเดือนกันยายน ๒๕๖๙' 2026-01-01..2026-09-30; 'ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๘' "
                 "end 2025-12-31; 'ภายในวันที่ ๓๐ พฤศจิกายน ๒๕๖๘' end 2025-11-30. Owners: 'นางสาวกาญจนา ผลดี "
                 "ครูชำนาญการ' and 'นายอภิชาติ คำหอม ครู' rank/name/position; 'งานประชาสัมพันธ์ กลุ่มบริหารทั่วไป' "
                 "one org unit (section within group); 'หัวหน้างานพัสดุ' a position; 'รองผู้อำนวยการโรงเรียน "
                 "และกลุ่มบริหารงบประมาณ' a position and an org unit. People: the six attendees (numbered list, "
                 "tab-separated: name, post, committee role; role = the committee role), the absent member "
                 "(ผู้ไม่มาประชุม; '(ไปราชการ)' is the reason, his committee role is not recorded), the invited "
                 "clerk (ผู้เข้าร่วมประชุม), and recorder and checker side by side (roles after the dots); นางสาว "
                 "-> น.ส.",
        "scores": scores,
        "measures": measures,
        "people": people,
        "findings": [],
    }
    document = {
        "unit": T2_UNIT, "unit_type": "school", "province": "ศรีสะเกษ", "fiscal_year": 2569, "doc_type": "minutes",
        "title": "รายงานการประชุม คณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                 f"ภาครัฐ (ITA) {T2_UNIT} ครั้งที่ ๑/๒๕๖๙",
        "notes": "Minutes of meeting ๑/๒๕๖๙ held ๑๐ พ.ย. ๒๕๖๘ (2025-11-10, in FY 2569); it reviews the ITA 2568 "
                 "result and assigns FY 2569 work: fiscal_year 2569 (as blind13 n2). Title = the first three centred "
                 "lines (date and venue lines excluded). Province from the venue line (อำเภอกันทรลักษ์ จังหวัด"
                 "ศรีสะเกษ); the สพป.ศรีสะเกษ เขต ๓ in agenda ๑ is the parent office.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ t3

T3_UNIT = "คณะพยาบาลศาสตร์ มหาวิทยาลัยราชภัฏนครลำปาง"
T3_TOOLS = {"IIT": 93.40, "EIT": 88.40, "OIT": 91.60}
T3_ROWS = [  # measure cell, responsible cell, timeline, kpi, gold title, owners, ind, start, end
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์คณะให้ครบถ้วนและเป็นปัจจุบัน\n(Update public information on the Faculty "
     "website)", "งานประชาสัมพันธ์ สำนักงานคณบดี\n(Public Relations Unit, Dean's Office)", "Oct 2025 – Mar 2026",
     "ITA Indicator 9 / ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
     "ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์คณะให้ครบถ้วนและเป็นปัจจุบัน",
     [O(org="งานประชาสัมพันธ์ สำนักงานคณบดี")], 9, "2025-10-01", "2026-03-31"),
    ("จัดช่องทางรับฟังความคิดเห็นของนักศึกษาและผู้รับบริการผ่าน QR Code และ LINE OA\n(Feedback channels for "
     "students and service users)", "ผศ.ดร.วราภรณ์ ทองสุข\nรองคณบดีฝ่ายกิจการนักศึกษา", "ม.ค. – มิ.ย. 2569",
     "ประสิทธิภาพการสื่อสาร (Communication Efficiency)",
     "จัดช่องทางรับฟังความคิดเห็นของนักศึกษาและผู้รับบริการผ่าน QR Code และ LINE OA",
     [O("ผศ.ดร.", "วราภรณ์ ทองสุข", "รองคณบดีฝ่ายกิจการนักศึกษา")], 7, "2026-01-01", "2026-06-30"),
    ("ประกาศแนวปฏิบัติการไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ของคณะ\n(Faculty No Gift "
     "Policy)", "คณบดี\n(Dean)", "by 31 Dec 2025", "1 announcement / ประกาศ 1 ฉบับ",
     "ประกาศแนวปฏิบัติการไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ของคณะ",
     [O(pos="คณบดี")], None, None, "2025-12-31"),
    ("อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน\n(Conflict-of-interest training for staff)",
     "งานบริหารงานบุคคล\nงานนิติการ", "Q2 FY2026 (Jan – Mar 2026)",
     "≥ 85% of staff trained / บุคลากรเข้ารับการอบรมไม่น้อยกว่าร้อยละ 85",
     "อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน",
     [O(org="งานบริหารงานบุคคล"), O(org="งานนิติการ")], None, "2026-01-01", "2026-03-31"),
    ("จัดทำทะเบียนคุมการยืมครุภัณฑ์และการใช้ห้องปฏิบัติการพยาบาล\n(Register for borrowing equipment and nursing "
     "labs)", "นางสาวปิยนุช แสนคำ\nนักวิชาการพัสดุ", "ตลอดปีงบประมาณ พ.ศ. 2569",
     "Indicator 4 Use of Government Property / ตัวชี้วัดที่ 4",
     "จัดทำทะเบียนคุมการยืมครุภัณฑ์และการใช้ห้องปฏิบัติการพยาบาล",
     [O("น.ส.", "ปิยนุช แสนคำ", "นักวิชาการพัสดุ")], 4, "2025-10-01", "2026-09-30"),
]


def eng_head(doc, text):
    p = _para(doc, text, bold=True)
    p.paragraph_format.space_before = Pt(6)
    for r in p.runs:
        r.font.size = Pt(14)
    return p


def t3():
    doc = tight(new_doc("Loma", 13, landscape=False, margin=1.5), after=2)
    i, e, o = T3_TOOLS["IIT"], T3_TOOLS["EIT"], T3_TOOLS["OIT"]
    ov = round(0.3 * i + 0.3 * e + 0.4 * o + 1e-9, 2)
    ov24 = 87.65
    centre(doc, "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) และมาตรการยกระดับ ประจำปีงบประมาณ พ.ศ. 2569",
           bold=True, size=15)
    centre(doc, "ITA 2025 Results and Improvement Measures for Fiscal Year 2026", bold=True, size=14)
    centre(doc, f"{T3_UNIT} / Faculty of Nursing, Nakhon Lampang Rajabhat University", size=13)
    eng_head(doc, "1. Background / ความเป็นมา")
    body(doc, "สำนักงาน ป.ป.ช. ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) เป็นประจำทุกปี "
              "มหาวิทยาลัยกำหนดให้ทุกคณะประเมินตนเองตามกรอบการประเมินเดียวกัน และรายงานผลพร้อมมาตรการยกระดับต่อ"
              "คณะกรรมการประจำคณะ เอกสารนี้สรุปผลการประเมินประจำปี พ.ศ. 2568 (ค.ศ. 2025) และมาตรการสำหรับปีงบประมาณ "
              "พ.ศ. 2569 (FY 2026)")
    eng_head(doc, "2. ITA 2025 Results / ผลการประเมิน ITA ประจำปี พ.ศ. 2568")
    for ln in (f"•  ITA 2025 score: {ov:.2f} ({_band(ov)})",
               f"•  ITA 2024 score: {ov24:.2f} ({_band(ov24)})",
               f"•  By tool / แยกตามเครื่องมือ:  IIT {i:.2f}  |  EIT {e:.2f}  |  OIT {o:.2f}",
               "•  Lowest indicator / ตัวชี้วัดที่ได้คะแนนต่ำสุด: Indicator 7 Communication Efficiency "
               "(ประสิทธิภาพการสื่อสาร) 82.35",
               "•  Target for ITA 2026 / เป้าหมายปี 2569: not lower than 92.00 / ไม่ต่ำกว่า 92 คะแนน"):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(1.0)
    body(doc, f"คะแนนเพิ่มขึ้นจากปี 2024 จำนวน {ov - ov24:.2f} คะแนน (+{(ov - ov24) / ov24 * 100:.1f}%) "
              "โดยแบบวัด EIT ยังต่ำกว่าเครื่องมืออื่น คณะจึงกำหนดมาตรการยกระดับ 5 มาตรการ ดังนี้")
    eng_head(doc, "3. Improvement Measures FY 2026 / มาตรการยกระดับ ปีงบประมาณ พ.ศ. 2569")
    rows = [["No. / ที่", "Measure / มาตรการ", "Responsible / ผู้รับผิดชอบ", "Timeline / ระยะเวลา", "KPI / ตัวชี้วัด"]]
    rows += [[str(k), r[0], r[1], r[2], r[3]] for k, r in enumerate(T3_ROWS, 1)]
    t = table(doc, rows, [1.2, 5.6, 3.8, 3.2, 4.2], centre_cols=(0, 3), fill="BDD7EE")
    size_all(t, 12)
    for r in range(1, len(rows)):
        for c in (1, 2):
            paras = t.rows[r].cells[c].paragraphs
            if len(paras) > 1:
                for run in paras[-1].runs:
                    run.italic = True
                    run.font.size = Pt(11)
    keep_rows(t)
    eng_head(doc, "4. Monitoring / การติดตามผล")
    body(doc, "Progress is reported to the Faculty Board every 6 months / รายงานความก้าวหน้าต่อคณะกรรมการประจำคณะ"
              "ทุก 6 เดือน (รอบ 6 เดือน: เมษายน 2569, รอบ 12 เดือน: ตุลาคม 2569)")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จัดทำ (Prepared by)", "(นายธนวัฒน์ ศรีสมบูรณ์)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติ (Approved by)", "(รศ.ดร.สุนันทา วงศ์ไชย)",
                     "คณบดีคณะพยาบาลศาสตร์"]], [8.7, 8.7])
    centre(doc, "15 December 2025 / 15 ธันวาคม 2568")
    scores = [S("overall", ov, 2568, rating=_band(ov)), S("overall", ov24, 2567, rating=_band(ov24))]
    scores += [S("tool", v, 2568, k) for k, v in T3_TOOLS.items()]
    scores.append(S("indicator", 82.35, 2568, "EIT", 7))
    measures = [M(r[4], r[5], ind=r[6], start=r[7], end=r[8]) for r in T3_ROWS]
    facts = {
        "notes": f"Bilingual faculty summary. Scores, written with Gregorian years (CE 2025 = BE 2568, CE 2024 = BE "
                 f"2567; fiscal_year in BE): 'ITA 2025 score: {ov:.2f} ({_band(ov)})' overall 2568; 'ITA 2024 score: "
                 f"{ov24:.2f} ({_band(ov24)})' overall 2567; the tool line IIT {i:.2f} / EIT {e:.2f} / OIT {o:.2f} "
                 f"(2568; 0.3/0.3/0.4 gives {ov:.2f}); 'Indicator 7 Communication Efficiency (ประสิทธิภาพการสื่อสาร) "
                 "82.35' indicator 7 (EIT) of 2568. Not scores: the target 'not lower than 92.00 / ไม่ต่ำกว่า 92 คะแนน' "
                 f"for 2026/2569, the difference {ov - ov24:.2f} and the percentage, 'ร้อยละ 85' and '≥ 85%' (a KPI "
                 "target), '1 announcement', 'every 6 months'. Measures: the five rows of the table; title = the Thai "
                 "line of the Measure / มาตรการ cell (the English line below it in brackets is a translation; a reader "
                 "keeping it still matches, the Thai being a prefix). indicator_no from the KPI / ตัวชี้วัด column "
                 "only where it names an ITA indicator: 'ITA Indicator 9 / ตัวชี้วัดที่ 9' 9; 'ประสิทธิภาพการสื่อสาร "
                 "(Communication Efficiency)' the indicator's own name = 7; 'Indicator 4 Use of Government Property' "
                 "4; '1 announcement' and the ≥ 85% training target are success KPIs: null. Timelines: 'Oct 2025 – "
                 "Mar 2026' 2025-10-01..2026-03-31; 'ม.ค. – มิ.ย. 2569' 2026-01-01..2026-06-30; 'by 31 Dec 2025' a "
                 "deadline (end 2025-12-31 only); 'Q2 FY2026 (Jan – Mar 2026)' 2026-01-01..2026-03-31 (FY2026 = Thai "
                 "FY 2569); 'ตลอดปีงบประมาณ พ.ศ. 2569' 2025-10-01..2026-09-30. The monitoring rounds (เมษายน / "
                 "ตุลาคม 2569) are reporting dates. Owners (Thai form; the English line in brackets is a "
                 "translation, not part of the owner): 'งานประชาสัมพันธ์ สำนักงานคณบดี' one org unit (section within "
                 "office); 'ผศ.ดร.วราภรณ์ ทองสุข' over 'รองคณบดีฝ่ายกิจการนักศึกษา' one person with the academic "
                 "rank as printed (ผศ.ดร.); 'คณบดี (Dean)' the position คณบดี; 'งานบริหารงานบุคคล' over 'งานนิติการ' "
                 "two org units; 'นางสาวปิยนุช แสนคำ' over 'นักวิชาการพัสดุ' one person (น.ส.). People: ผู้จัดทำ and "
                 "ผู้อนุมัติ side by side (role = the Thai word after the dots, the English '(Prepared by)' / "
                 "'(Approved by)' a gloss); the dean's rank as printed 'รศ.ดร.'.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้จัดทำ", "นาย", "ธนวัฒน์ ศรีสมบูรณ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติ", "รศ.ดร.", "สุนันทา วงศ์ไชย", "คณบดีคณะพยาบาลศาสตร์")],
        "findings": [],
    }
    document = {
        "unit": T3_UNIT, "unit_type": "other", "province": "ลำปาง", "fiscal_year": 2568, "doc_type": "analysis",
        "title": "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) และมาตรการยกระดับ ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Bilingual summary dated 15 December 2025 (= ๑๕ ธ.ค. ๒๕๖๘, FY 2569) of the ITA 2025 (BE 2568) result "
                 "with measures for FY 2026 (BE 2569). fiscal_year 2568: the result it summarises (as blind13 n1 / "
                 "blind14 p1); 2569, the year in its title and of its measures, is arguable. doc_type analysis "
                 "('measures' arguable). unit_type other (a university faculty has no type of its own in earlier "
                 "gold). Title = the Thai heading line (the English line below is its translation; either, or both "
                 "joined, acceptable). Province: ลำปาง, from the university's name only (no address is printed; "
                 "arguably null).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ t4

T4_UNIT = "ที่ว่าการอำเภอโนนสำโรงทอง"
T4_CHIEF = "นายอำเภอโนนสำโรงทอง"


def t4():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=2.0), after=0)
    p = _para(doc, "(สำเนา)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_text(head.rows[0].cells[0], "ที่ นม ๐๐๒๓.๑/ว ๑๒๓")
    _cell_text(head.rows[0].cells[1], f"{T4_UNIT}\nถนนสุขาภิบาล ๓ นม ๓๐๒๗๐")
    fix_widths(head, [9.5, 7.5])
    p = _para(doc, "๑๘  พฤศจิกายน  ๒๕๖๘")
    p.paragraph_format.left_indent = Cm(7.5)
    p.paragraph_format.space_before = Pt(6)
    lab = [("เรื่อง", "ส่งมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
           ("เรียน", "หัวหน้าสำนักงานจังหวัดนครราชสีมา"),
           ("อ้างถึง", "หนังสือจังหวัดนครราชสีมา ด่วนที่สุด ที่ นม ๐๐๑๗.๓/ว ๔๕๖๗ ลงวันที่ ๓ พฤศจิกายน ๒๕๖๘"),
           ("สิ่งที่ส่งมาด้วย", "ประกาศอำเภอโนนสำโรงทอง เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                               "จำนวน ๑ ฉบับ")]
    for k, v in lab:
        p = _para(doc, f"{k}\t{v}")
        p.paragraph_format.left_indent = Cm(2.5)
        p.paragraph_format.first_line_indent = Cm(-2.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        p.paragraph_format.space_before = Pt(4)
    body(doc, "ตามที่จังหวัดนครราชสีมาได้แจ้งให้อำเภอทุกอำเภอวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"
              "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และจัดทำมาตรการส่งเสริมคุณธรรม"
              "และความโปร่งใสภายในหน่วยงาน ส่งให้จังหวัดภายในวันที่ ๒๕ พฤศจิกายน ๒๕๖๘ ความละเอียดแจ้งแล้ว นั้น",
         first=2.5).paragraph_format.space_before = Pt(6)
    body(doc, "อำเภอโนนสำโรงทองได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๙.๔๕ คะแนน อยู่ในระดับ A "
              "โดยตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ได้ ๘๐.๒๕ คะแนน รองลงมาคือ "
              "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๘๓.๗๐ คะแนน อำเภอจึงได้กำหนดมาตรการส่งเสริมคุณธรรมและ"
              "ความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๓ มาตรการ ดังนี้", first=2.5)
    for txt in (
        "๑. มาตรการลดขั้นตอนและระยะเวลาการให้บริการงานทะเบียนและบัตร (ตัวชี้วัดที่ ๘) โดยปรับปรุงคู่มือการให้"
        "บริการประชาชนและจัดระบบบัตรคิวออนไลน์ โดยมี ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร เป็นผู้รับผิดชอบ "
        "ให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙",
        "๒. มาตรการเผยแพร่ข้อมูลสาธารณะของอำเภอบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ ๙) โดยให้ทุก"
        "กลุ่มงานส่งข้อมูลที่ต้องเผยแพร่ทุกวันที่ ๕ ของเดือน โดยมี จ่าอำเภอ และเจ้าพนักงานธุรการชำนาญงาน "
        "เป็นผู้รับผิดชอบ เริ่มดำเนินการตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๘ และให้แล้วเสร็จภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙",
        "๓. มาตรการป้องกันการรับสินบนในการออกหนังสืออนุญาตและการให้บริการ โดยประกาศนโยบายไม่รับของขวัญ"
        "และของกำนัล (No Gift Policy) และติดป้ายประชาสัมพันธ์ ณ จุดบริการ โดยมี ปลัดอำเภอผู้เป็นหัวหน้าประจำ"
        "สำนักงานอำเภอ เป็นผู้รับผิดชอบ ให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘",
    ):
        body(doc, txt, first=2.5)
    body(doc, "รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย", first=2.5)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบ", first=2.5)
    _para(doc, "")
    for ln, ind in (("ขอแสดงความนับถือ", 8.0), ("", 0), ("(ลงชื่อ)     ธวัชชัย  พรหมสุวรรณ", 6.8),
                    ("(นายธวัชชัย  พรหมสุวรรณ)", 7.4), (f"{T4_CHIEF} ปฏิบัติราชการแทน", 6.6),
                    ("ผู้ว่าราชการจังหวัดนครราชสีมา", 7.0)):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(ind)
    _para(doc, "")
    for ln in ("ที่ทำการปกครองอำเภอ", "กลุ่มงานบริหารงานปกครอง", "โทร. ๐ ๔๔๓๘ ๙๑๒๔", "โทรสาร ๐ ๔๔๓๘ ๙๑๒๕",
               "ไปรษณีย์อิเล็กทรอนิกส์ saraban.nonsamrongthong@dopa.go.th"):
        p = _para(doc, ln)
        for r in p.runs:
            r.font.size = Pt(14)
    _para(doc, "")
    for ln in ("สำเนาเรียน\tผู้อำนวยการสำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา",
               "\tผู้อำนวยการศูนย์ดำรงธรรมจังหวัดนครราชสีมา"):
        p = _para(doc, ln)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        for r in p.runs:
            r.font.size = Pt(14)
    measures = [
        M("มาตรการลดขั้นตอนและระยะเวลาการให้บริการงานทะเบียนและบัตร",
          [O(pos="ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร")], ind=8, end="2026-03-31"),
        M("มาตรการเผยแพร่ข้อมูลสาธารณะของอำเภอบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน",
          [O(pos="จ่าอำเภอ"), O(pos="เจ้าพนักงานธุรการชำนาญงาน")], ind=9, start="2025-12-01", end="2026-06-30"),
        M("มาตรการป้องกันการรับสินบนในการออกหนังสืออนุญาตและการให้บริการ",
          [O(pos="ปลัดอำเภอผู้เป็นหัวหน้าประจำสำนักงานอำเภอ")], end="2025-12-31"),
    ]
    facts = {
        "notes": "External letter (หนังสือภายนอก, a certified copy marked '(สำเนา)'). Scores (FY 2568) in the second "
                 "paragraph: overall 89.45 (A), indicator 8 (EIT, การปรับปรุงการทำงาน) 80.25 and indicator 9 (OIT, "
                 "การเปิดเผยข้อมูล) 83.70. Not scores: the document numbers 'นม ๐๐๒๓.๑/ว ๑๒๓' and 'นม ๐๐๑๗.๓/ว ๔๕๖๗', "
                 "'๓ มาตรการ', the postcode, phone and fax numbers. Measures: the three numbered paragraphs in the "
                 "body; title = the measure's name up to its '(ตัวชี้วัดที่ n)' tag (which gives indicator_no 8 and "
                 "9) or, for ๓ (no tag: null; No Gift Policy is not an indicator), up to the 'โดย...' clause that "
                 "describes how; the 'โดย...' method clause, the owner clause and the deadline are not part of it "
                 "(a reader keeping more still matches, the gold being a prefix). Owners from 'โดยมี <ตำแหน่ง> "
                 "เป็นผู้รับผิดชอบ', all posts: 'ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร' one position; 'จ่าอำเภอ "
                 "และเจ้าพนักงานธุรการชำนาญงาน' two positions; 'ปลัดอำเภอผู้เป็นหัวหน้าประจำสำนักงานอำเภอ' one "
                 "position. Periods: 'ให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙' end 2026-03-31; 'เริ่มดำเนินการตั้งแต่"
                 "วันที่ ๑ ธันวาคม ๒๕๖๘ และให้แล้วเสร็จภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙' 2025-12-01..2026-06-30; "
                 "'ให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘' end 2025-12-31. Not periods: 'ทุกวันที่ ๕ ของเดือน', the letter "
                 "date (๑๘ พ.ย. ๒๕๖๘), the referenced letter's date (๓ พ.ย. ๒๕๖๘) and the province's deadline for "
                 "sending (๒๕ พ.ย. ๒๕๖๘). People: the district chief who signs, '(ลงชื่อ) ธวัชชัย พรหมสุวรรณ' over "
                 "'(นายธวัชชัย พรหมสุวรรณ)' (one person, not two), no role printed: ผู้ลงนาม; position 'นายอำเภอ"
                 "โนนสำโรงทอง ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดนครราชสีมา' (as blind6 g3). The addressee "
                 "(หัวหน้าสำนักงานจังหวัดนครราชสีมา), the contact block (ที่ทำการปกครองอำเภอ / กลุ่มงานบริหารงาน"
                 "ปกครอง) and the 'สำเนาเรียน' offices (ผู้อำนวยการสำนักงาน ป.ป.ช. ประจำจังหวัด..., ผู้อำนวยการ"
                 "ศูนย์ดำรงธรรมจังหวัด...) are neither owners nor people.",
        "scores": [S("overall", 89.45, 2568, rating="A"), S("indicator", 80.25, 2568, "EIT", 8),
                   S("indicator", 83.70, 2568, "OIT", 9)],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาย", "ธวัชชัย พรหมสุวรรณ",
                     f"{T4_CHIEF} ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดนครราชสีมา")],
        "findings": [],
    }
    document = {
        "unit": T4_UNIT, "unit_type": "district_office", "province": "นครราชสีมา", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "ส่งมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "External letter of ๑๘ พ.ย. ๒๕๖๘ (FY 2569) from the district office to the province, transmitting its "
                 "FY 2569 measures. Unit as printed in the letterhead (ที่ว่าการอำเภอโนนสำโรงทอง; the body says "
                 "'อำเภอโนนสำโรงทอง' and the contact block 'ที่ทำการปกครองอำเภอ': the same unit, as blind7 h3 / "
                 "blind9 j4). Title = the เรื่อง line. doc_type measures (its substance is the three measures, as the "
                 "blind10 k2 letter). Province from the addressee and the signature (นครราชสีมา; 'นม' in the "
                 "document number is its code).",
    }
    return doc, facts, document


REPORTS = {
    "t1_wide_eleven_column_plan_two_years_sao_khok_kruat_mai": t1,
    "t2_minutes_resolutions_party_before_task_school_non_chan": t2,
    "t3_bilingual_faculty_summary_gregorian_timelines_lampang": t3,
    "t4_external_letter_district_measures_in_body_non_samrong_thong": t4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
