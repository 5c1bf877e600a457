#!/usr/bin/env python3
"""Build the blind-9 reports (tests/blind9/j*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Wording and layout follow real units' publications found with the search tool ("pages" corpus):
  - www.ubu.ac.th/web/ocn/content/แนวทางการประเมินความเสี่ยงเพื่อการป้องกันการทุจริต2562/ (risk table:
    ประเด็นความเสี่ยง / โอกาสเกิดความเสี่ยง (ระดับ 1-5) / ผลกระทบ (ระดับ 1-5) / ผลคูณ-ระดับความเสี่ยง /
    มาตรการป้องกันการทุจริต / ผู้รับผิดชอบ), www.toomyai.go.th/30การประเมินความเสี่ยงการทุจริต... (criteria
    tables: ระดับ 5 สูงมาก ... 1 น้อยมาก for โอกาส and ความรุนแรง), www.nacc.go.th/angthong/... (การประเมิน
    ความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน) and anyflip.com/dwnyn/lpvd/basic (สพฐ. risk report:
    คำนำ, กระบวนงาน) -- the risk assessment report j1;
  - no stored page gave a question-level EIT table; j2 follows the NACC's EIT questions E1-E15 of ITA
    2567 (indicators 6-8) and the usual analysis-report order (ผลคะแนนรวม, ตารางรายข้อ, ข้อที่ต่ำ,
    แนวทางปรับปรุง with "โดยมอบหมายให้ ... ภายใน ...");
  - www.kklh.go.th/archives/2753 and hadsumranhos.go.th/ita/... (evidence lists: "รายงานผลการดำเนินงาน ...",
    "หลักฐาน", links per item), yangsihospital.com/...applying&id=46 -- the per-measure narrative report j3
    (มาตรการที่ ๑ ... / ผลการดำเนินการ / ผู้รับผิดชอบ / ระยะเวลา / หลักฐาน: link);
  - bpn.go.th/data_3976 (เทศบาลตำบลบ้านเป้า: merged มิติ rows over a โครงการ/กิจกรรม/มาตรการ table with
    งบประมาณ (บาท) columns) and kklh.go.th (กรอบแนวทางการป้องกันผลประโยชน์ทับซ้อน) -- the conflict-of-interest
    plan j4 (merged ด้านที่ rows, budget column with "ไม่ใช้งบประมาณ", owners as position + name in one cell,
    an อนุมัติ block).
Units, people, links and figures are invented; ITA tool scores follow the 0.3/0.3/0.4 weighting.

  j1  อบต.หนองแสงใหญ่ (บุรีรัมย์)          risk assessment report FY 2568, landscape, Laksaman 14, Arabic digits;
                                         criteria table (1-5), risk table with โอกาส/ผลกระทบ/ระดับ (number +
                                         word), control measure, owner, period; three signatures (2 + 1)
  j2  โรงพยาบาลนาคูณใหญ่ (นครพนม)         question-level EIT analysis ITA 2566 vs 2567, portrait, Sawasdee 14,
                                         Arabic digits; merged indicator rows with indicator scores, EIT
                                         total row, change column; actions in running text with owners
  j3  สสอ.เขาสวนทอง (ชุมพร)               per-measure narrative report (no table), portrait, Garuda 15, Thai
                                         digits; ผลการดำเนินการ / ผู้รับผิดชอบ / ระยะเวลา / หลักฐาน (link)
  j4  ที่ทำการปกครองอำเภอโนนศิลาทอง (ขอนแก่น)  conflict-of-interest prevention plan FY 2568, landscape, Loma
                                         14, Thai digits; merged ด้านที่ rows, budget column, owners as
                                         position over name in one cell, total row; อนุมัติ block

    uv run python tests/blind9/make_blind9.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para, _repeat_header, convert_to_pdf  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

GOLD = HERE / "gold"

_TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(text: str) -> str:
    """Arabic digits to Thai, except inside Latin codes and links (E8, O12, https://...)."""
    return re.sub(r"https?://\S+|[A-Za-z]+\d+|\d", lambda m: m.group(0) if len(m.group(0)) > 1
                  else m.group(0).translate(_TH), text)


def O(rank=None, name=None, pos=None, org=None):
    return {"rank": rank, "person_name": name, "position": pos, "org_unit": org}


def M(title, owners=(), ind=None, start=None, end=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "owners": list(owners)}


def P(role, rank, name, pos, phone=None):
    return {"role": role, "rank": rank, "person_name": name, "position": pos, "phone": phone}


def S(level, value, year, tool=None, ind=None, rating=None, q=None, label=None):
    return {"level": level, "tool": tool, "indicator_no": ind, "question_code": q, "fiscal_year": year,
            "value": value, "rating": rating, "label": label}


def centre(doc, text, bold=False):
    p = _para(doc, text, bold=bold)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def body(doc, text, first=1.25, left=0.0, bold=False):
    p = _para(doc, text, bold=bold)
    p.paragraph_format.first_line_indent = Cm(first)
    if left:
        p.paragraph_format.left_indent = Cm(left)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def shade(cell, fill="D9D9D9"):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def table(doc, rows, widths, header_rows=1, centre_cols=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=r < header_rows)
            for p in t.rows[r].cells[c].paragraphs:
                if r < header_rows or c in centre_cols:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in range(header_rows):
        _repeat_header(t.rows[r])
        for c in t.rows[r].cells:
            shade(c)
    fix_widths(t, widths)
    return t


def merge_row(t, r, text, bold=True, fill="F2F2F2"):
    """Merge a whole row into one cell holding `text` (category rows)."""
    row = t.rows[r]
    a = row.cells[0].merge(row.cells[len(row.cells) - 1])
    _cell_text(a, text, bold=bold)
    shade(a, fill)
    return a


def sig_table(doc, blocks, widths):
    t = doc.add_table(rows=1, cols=len(blocks))
    _no_borders(t)
    for c, lines in enumerate(blocks):
        _cell_text(t.rows[0].cells[c], "\n".join(lines))
        for p in t.rows[0].cells[c].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fix_widths(t, widths)
    keep_rows(t)
    return t


DOTS = "................................................"
SHORT = ".............................."
TINY = "......................"


# ------------------------------------------------------------------------------------------ j1

def j1():
    unit = "องค์การบริหารส่วนตำบลหนองแสงใหญ่"
    doc = new_doc("Laksaman", 14, landscape=True, margin=1.8)
    centre(doc, "รายงานผลการประเมินความเสี่ยงการทุจริต", bold=True)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2568", bold=True)
    centre(doc, f"{unit} อำเภอประโคนชัย จังหวัดบุรีรัมย์", bold=True)

    _para(doc, "1. หลักการและเหตุผล", bold=True)
    body(doc, f"{unit}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 81.36 คะแนน อยู่ในระดับ B โดยตัวชี้วัดที่ 10 การป้องกัน"
              "การทุจริต ได้คะแนน 75.00 คะแนน ซึ่งต่ำกว่าตัวชี้วัดอื่น คณะทำงานประเมินความเสี่ยงการทุจริตจึงได้"
              "ทบทวนกระบวนงานที่มีความเสี่ยง ได้แก่ การอนุมัติ อนุญาต การจัดซื้อจัดจ้าง การใช้ทรัพย์สินของราชการ "
              "และการจัดเก็บรายได้ เพื่อกำหนดมาตรการควบคุมและป้องกันมิให้เกิดการทุจริตในปีงบประมาณ พ.ศ. 2568")

    _para(doc, "2. เกณฑ์การประเมินความเสี่ยง", bold=True)
    body(doc, "ระดับความเสี่ยง = โอกาสที่จะเกิด (1-5) × ผลกระทบ (1-5) แบ่งเป็น 4 ระดับ คือ ต่ำ (1-3) "
              "ปานกลาง (4-9) สูง (10-16) และสูงมาก (17-25) ทั้งนี้ ค่าระดับความเสี่ยงเป็นคะแนนภายในของ"
              "การประเมินความเสี่ยง มิใช่คะแนน ITA")
    crit = [["ระดับ", "โอกาสที่จะเกิด", "ผลกระทบ"],
            ["5", "สูงมาก: เกิดขึ้นเกือบทุกครั้งที่ปฏิบัติงาน", "สูงมาก: เสียหายต่อทางราชการเกิน 1,000,000 บาท หรือถูกดำเนินคดี"],
            ["4", "สูง: เกิดขึ้นเดือนละหลายครั้ง", "สูง: เสียหาย 100,001 - 1,000,000 บาท"],
            ["3", "ปานกลาง: เกิดขึ้นปีละหลายครั้ง", "ปานกลาง: เสียหายต่อภาพลักษณ์ของหน่วยงาน"],
            ["2", "น้อย: เกิดขึ้นปีละ 1-2 ครั้ง", "น้อย: กระทบการให้บริการเล็กน้อย"],
            ["1", "น้อยมาก: แทบไม่เคยเกิดขึ้น", "น้อยมาก: ไม่มีผลกระทบ"]]
    table(doc, crit, [2.0, 10.0, 12.0], centre_cols=(0,))

    _para(doc, "")
    _para(doc, "3. ผลการประเมินความเสี่ยงและมาตรการควบคุม", bold=True)
    rows = [["ที่", "ความเสี่ยงการทุจริต", "โอกาส", "ผลกระทบ", "ระดับความเสี่ยง", "มาตรการควบคุม/ป้องกัน",
             "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["1", "เจ้าหน้าที่เรียกรับเงินหรือผลประโยชน์เพื่อเร่งรัดการออกใบอนุญาตก่อสร้างอาคาร", "5", "4",
             "20\n(สูงมาก)",
             "ประกาศขั้นตอนและระยะเวลาการออกใบอนุญาตก่อสร้างอาคารพร้อมช่องทางร้องเรียน ณ จุดบริการและบนเว็บไซต์",
             "กองช่าง", "ต.ค. 2567 - ก.ย. 2568"],
            ["2", "การกำหนดคุณลักษณะเฉพาะของพัสดุ (Spec) เอื้อประโยชน์แก่ผู้ประกอบการบางราย", "4", "4",
             "16\n(สูง)",
             "ให้คณะกรรมการกำหนดร่างขอบเขตของงานลงนามรับรองการไม่มีส่วนได้เสียกับผู้เสนอราคาทุกโครงการ",
             "นางสาวอัมพร ศรีเมือง\nเจ้าพนักงานพัสดุชำนาญงาน", "ทุกครั้งที่มีการจัดซื้อจัดจ้าง"],
            ["3", "การนำรถยนต์ส่วนกลางไปใช้ในกิจธุระส่วนตัว", "3", "3", "9\n(ปานกลาง)",
             "จัดทำสมุดบันทึกการใช้รถยนต์ส่วนกลางและให้ผู้บังคับบัญชาตรวจสอบทุกสิ้นเดือน",
             "สำนักปลัด", "ภายใน 31 ธ.ค. 2567"],
            ["4", "การประเมินภาษีที่ดินและสิ่งปลูกสร้างต่ำกว่าอัตราที่กฎหมายกำหนดเพื่อเอื้อแก่ผู้ใกล้ชิด", "2", "4",
             "8\n(ปานกลาง)",
             "สุ่มตรวจสอบการประเมินภาษีที่ดินและสิ่งปลูกสร้างร้อยละ 10 ของแบบแจ้งการประเมิน",
             "ผู้อำนวยการกองคลัง", "ม.ค. - มี.ค. 2568"],
            ["5", "การเบิกค่าตอบแทนการปฏิบัติงานนอกเวลาราชการโดยไม่ได้ปฏิบัติงานจริง", "1", "3", "3\n(ต่ำ)",
             "ใช้ระบบลงเวลาปฏิบัติงานด้วยการสแกนลายนิ้วมือประกอบการเบิกค่าตอบแทน",
             "สำนักปลัด\nกองคลัง", "ไตรมาสที่ 3\n(เม.ย. - มิ.ย. 2568)"]]
    t = table(doc, rows, [0.9, 5.2, 1.6, 2.0, 2.4, 6.6, 4.2, 3.2], centre_cols=(0, 2, 3, 4))
    keep_rows(t)

    _para(doc, "")
    _para(doc, "4. สรุปผล", bold=True)
    body(doc, "จากการประเมินพบความเสี่ยงการทุจริตทั้งสิ้น 5 เรื่อง อยู่ในระดับสูงมาก 1 เรื่อง ระดับสูง 1 เรื่อง "
              "ระดับปานกลาง 2 เรื่อง และระดับต่ำ 1 เรื่อง ทุกเรื่องได้กำหนดมาตรการควบคุมและผู้รับผิดชอบแล้ว "
              "และจะติดตามผลการดำเนินการรายงานต่อนายกองค์การบริหารส่วนตำบลทุก 6 เดือน")
    _para(doc, "")
    sig_table(doc, [
        [f"ลงชื่อ {DOTS} ผู้จัดทำ", "(นางสาวกัลยา พรมมา)", "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
        [f"ลงชื่อ {DOTS} ผู้เห็นชอบ", "(นายสุริยา บุญยืน)", f"ปลัด{unit}"],
    ], [12.5, 12.5])
    _para(doc, "")
    sig_table(doc, [[f"ลงชื่อ {DOTS} ผู้อนุมัติ", "(นายบุญชู ทองดี)", f"นายก{unit}",
                     "วันที่ 15 พฤศจิกายน 2567"]], [25.0])

    facts = {
        "notes": "Scores: only ITA 2567 overall 81.36 (B) and indicator 10 (OIT, การป้องกันการทุจริต) 75.00 in 1. "
                 "The risk figures are NOT ITA scores: โอกาส and ผลกระทบ (1-5), the risk level (20/16/9/8/3 with a "
                 "word) and the band limits (1-3, 4-9, 10-16, 17-25) are internal to the risk assessment, as the "
                 "document itself says; the criteria table's baht amounts, 'ร้อยละ 10' and the summary counts "
                 "(5/1/1/2/1 เรื่อง, ทุก 6 เดือน) are not scores. Measures: the five risk rows, title = the "
                 "มาตรการควบคุม/ป้องกัน cell (the risk cell is the problem, not the measure); no indicator is named "
                 "in the table (the indicator 10 in 1. is background): indicator_no null. Periods: 'ต.ค. 2567 - ก.ย. "
                 "2568' = FY 2568; 'ทุกครั้งที่มีการจัดซื้อจัดจ้าง' has no dates; 'ภายใน 31 ธ.ค. 2567' a deadline "
                 "(end only); 'ม.ค. - มี.ค. 2568' Jan-Mar 2025; 'ไตรมาสที่ 3 (เม.ย. - มิ.ย. 2568)' Apr-Jun 2025. "
                 "Owners: 'นางสาวอัมพร ศรีเมือง / เจ้าพนักงานพัสดุชำนาญงาน' (two lines of one cell) = rank/name/"
                 "position; 'ผู้อำนวยการกองคลัง' a position; 'สำนักปลัด / กองคลัง' (one per line) two org units. "
                 "People: three signatures, role printed after the dots (ผู้จัดทำ / ผู้เห็นชอบ / ผู้อนุมัติ).",
        "scores": [S("overall", 81.36, 2567, rating="B"), S("indicator", 75.0, 2567, tool="OIT", ind=10)],
        "measures": [
            M("ประกาศขั้นตอนและระยะเวลาการออกใบอนุญาตก่อสร้างอาคารพร้อมช่องทางร้องเรียน ณ จุดบริการและบนเว็บไซต์",
              [O(org="กองช่าง")], None, "2024-10-01", "2025-09-30"),
            M("ให้คณะกรรมการกำหนดร่างขอบเขตของงานลงนามรับรองการไม่มีส่วนได้เสียกับผู้เสนอราคาทุกโครงการ",
              [O("น.ส.", "อัมพร ศรีเมือง", "เจ้าพนักงานพัสดุชำนาญงาน")], None, None, None),
            M("จัดทำสมุดบันทึกการใช้รถยนต์ส่วนกลางและให้ผู้บังคับบัญชาตรวจสอบทุกสิ้นเดือน",
              [O(org="สำนักปลัด")], None, None, "2024-12-31"),
            M("สุ่มตรวจสอบการประเมินภาษีที่ดินและสิ่งปลูกสร้างร้อยละ 10 ของแบบแจ้งการประเมิน",
              [O(pos="ผู้อำนวยการกองคลัง")], None, "2025-01-01", "2025-03-31"),
            M("ใช้ระบบลงเวลาปฏิบัติงานด้วยการสแกนลายนิ้วมือประกอบการเบิกค่าตอบแทน",
              [O(org="สำนักปลัด"), O(org="กองคลัง")], None, "2025-04-01", "2025-06-30"),
        ],
        "people": [
            P("ผู้จัดทำ", "น.ส.", "กัลยา พรมมา", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
            P("ผู้เห็นชอบ", "นาย", "สุริยา บุญยืน", f"ปลัด{unit}"),
            P("ผู้อนุมัติ", "นาย", "บุญชู ทองดี", f"นายก{unit}"),
        ],
        "findings": [],
    }
    document = {
        "unit": unit, "unit_type": "subdistrict_admin", "province": "บุรีรัมย์", "fiscal_year": 2568,
        "doc_type": "measures",
        "title": "รายงานผลการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "Corruption-risk assessment of อบต.หนองแสงใหญ่ for FY 2568 (signed 15 พ.ย. 2567). Title = the first "
                 "two heading lines (the third names the unit, district and province). doc_type measures: its "
                 "substance is the control measures with owners and periods (it could be argued 'other'/'analysis'; "
                 "the risk levels are not ITA scores).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ j2

EIT_Q = [
    (6, "คุณภาพการดำเนินงาน", [
        ("E1", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด", 88.40, 85.20),
        ("E2", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้มาติดต่ออื่น ๆ อย่างเท่าเทียมกัน", 90.15, 91.40),
        ("E3", "เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการให้บริการแก่ท่านอย่างตรงไปตรงมา ไม่ปิดบังหรือบิดเบือนข้อมูล",
         87.60, 89.10),
        ("E4", "ในระยะเวลา 1 ปีที่ผ่านมา ท่านไม่เคยถูกเจ้าหน้าที่เรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใด"
               "เพื่อแลกกับการให้บริการ", 97.20, 98.05),
        ("E5", "หน่วยงานดำเนินงานโดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวมเป็นหลัก", 89.35, 90.60),
    ]),
    (7, "ประสิทธิภาพการสื่อสาร", [
        ("E6", "การเผยแพร่ข้อมูลของหน่วยงานเข้าถึงง่าย ไม่ซับซ้อน และมีช่องทางหลากหลาย", 84.10, 86.35),
        ("E7", "หน่วยงานเผยแพร่ผลงานหรือข้อมูลที่สาธารณชนควรรับทราบอย่างชัดเจน", 85.30, 87.20),
        ("E8", "หน่วยงานมีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการให้บริการ", 80.25, 78.40),
        ("E9", "หน่วยงานชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัยเกี่ยวกับการดำเนินงานได้อย่างชัดเจน", 82.40, 83.15),
        ("E10", "หน่วยงานมีช่องทางให้ผู้มาติดต่อร้องเรียนการทุจริตของเจ้าหน้าที่", 81.75, 76.90),
    ]),
    (8, "การปรับปรุงระบบการทำงาน", [
        ("E11", "เจ้าหน้าที่ปรับปรุงคุณภาพการปฏิบัติงานหรือการให้บริการให้ดีขึ้น", 86.20, 88.10),
        ("E12", "หน่วยงานปรับปรุงวิธีการและขั้นตอนการให้บริการให้ดีขึ้น", 85.45, 87.35),
        ("E13", "หน่วยงานนำเทคโนโลยีมาใช้ในการให้บริการให้เกิดความสะดวกรวดเร็วมากขึ้น", 83.10, 86.40),
        ("E14", "หน่วยงานเปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการให้บริการ",
         79.80, 79.25),
        ("E15", "หน่วยงานปรับปรุงการดำเนินงานหรือการให้บริการให้มีความโปร่งใสมากขึ้น", 84.55, 86.80),
    ]),
]


def _signed(x: float) -> str:
    return f"+{x:.2f}" if x > 0 else (f"{x:.2f}" if x < 0 else "0.00")


def j2():
    unit = "โรงพยาบาลนาคูณใหญ่"
    ind_scores = {}
    for no, _name, qs in EIT_Q:
        ind_scores[no] = (round(sum(q[2] for q in qs) / len(qs), 2), round(sum(q[3] for q in qs) / len(qs), 2))
    eit66 = round(sum(v[0] for v in ind_scores.values()) / 3, 2)
    eit67 = round(sum(v[1] for v in ind_scores.values()) / 3, 2)
    iit67, oit67 = 92.18, 88.50
    overall67 = round(0.3 * iit67 + 0.3 * eit67 + 0.4 * oit67, 2)
    assert 85 <= overall67 < 95, overall67

    doc = new_doc("Sawasdee", 14, landscape=False, margin=2.0)
    centre(doc, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
           bold=True)
    centre(doc, "รายข้อคำถาม แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ พ.ศ. 2567",
           bold=True)
    centre(doc, f"{unit} สำนักงานสาธารณสุขจังหวัดนครพนม")
    centre(doc, "_" * 30)

    _para(doc, "1. ผลการประเมินในภาพรวม", bold=True)
    body(doc, f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 {unit}ได้คะแนนรวม {overall67:.2f} คะแนน "
              f"อยู่ในระดับ A ประกอบด้วยแบบวัด IIT {iit67:.2f} คะแนน แบบวัด EIT {eit67:.2f} คะแนน และแบบวัด OIT "
              f"{oit67:.2f} คะแนน โดยแบบวัด EIT ซึ่งสำรวจจากผู้ป่วยและญาติผู้รับบริการจำนวน 412 ราย "
              "ยังต่ำกว่าแบบวัดอื่น คณะทำงาน ITA ของโรงพยาบาลจึงวิเคราะห์คะแนนรายข้อคำถามของแบบวัด EIT "
              "เปรียบเทียบกับปี 2566 ดังตารางต่อไปนี้")

    _para(doc, "2. คะแนนรายข้อคำถาม แบบวัด EIT ปี 2566 และปี 2567", bold=True)
    rows = [["ข้อ", "ข้อคำถาม", "ปี 2566", "ปี 2567", "เพิ่ม/ลด"]]
    merged = []
    for no, name, qs in EIT_Q:
        a, b = ind_scores[no]
        merged.append(len(rows))
        rows.append([f"ตัวชี้วัดที่ {no} {name}", "", f"{a:.2f}", f"{b:.2f}", _signed(round(b - a, 2))])
        for code, text, v66, v67 in qs:
            rows.append([code, text, f"{v66:.2f}", f"{v67:.2f}", _signed(round(v67 - v66, 2))])
    rows.append(["คะแนนแบบวัด EIT", "", f"{eit66:.2f}", f"{eit67:.2f}", _signed(round(eit67 - eit66, 2))])
    merged.append(len(rows) - 1)
    t = table(doc, rows, [1.4, 9.8, 1.9, 1.9, 1.9], centre_cols=(0, 2, 3, 4))
    for r in merged:
        row = t.rows[r]
        a = row.cells[0].merge(row.cells[1])
        _cell_text(a, rows[r][0], bold=True)
        seen = set()
        for c in row.cells:
            if id(c._tc) not in seen:
                seen.add(id(c._tc))
                shade(c, "F2F2F2")
        for c in (2, 3, 4):
            _cell_text(row.cells[c], rows[r][c], bold=True)
            row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "หมายเหตุ: คะแนนตัวชี้วัดเป็นค่าเฉลี่ยของข้อคำถามในตัวชี้วัดนั้น คะแนนแบบวัด EIT "
               "เป็นค่าเฉลี่ยของตัวชี้วัดที่ 6-8")

    _para(doc, "3. ข้อคำถามที่ควรเร่งพัฒนา", bold=True)
    body(doc, "ในปี 2567 มีข้อคำถามที่ได้คะแนนต่ำกว่า 80 คะแนนจำนวน 3 ข้อ ได้แก่ ข้อ E10 หน่วยงานมีช่องทาง"
              "ให้ผู้มาติดต่อร้องเรียนการทุจริตของเจ้าหน้าที่ ซึ่งได้คะแนนต่ำที่สุดและลดลงจากปีก่อนมากที่สุด "
              "ข้อ E8 หน่วยงานมีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการให้บริการ และข้อ E14 หน่วยงาน"
              "เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการให้บริการ นอกจากนี้ "
              "ข้อ E1 แม้ได้คะแนนเกิน 80 คะแนน แต่ลดลงจากปี 2566 จึงควรปรับปรุงเช่นกัน")

    _para(doc, "4. แนวทางการปรับปรุงในปีงบประมาณ พ.ศ. 2568", bold=True)
    body(doc, "4.1 ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (ข้อ E8 และ E10) เห็นควรจัดทำป้ายประชาสัมพันธ์"
              "ช่องทางร้องเรียนการทุจริตพร้อม QR Code ติดตั้ง ณ จุดบริการผู้ป่วยนอกและหอผู้ป่วยทุกแห่ง "
              "โดยมอบหมายให้งานประชาสัมพันธ์ดำเนินการให้แล้วเสร็จภายในเดือนธันวาคม 2567 และเห็นควรเพิ่ม"
              "แบบรับฟังความคิดเห็นออนไลน์ในระบบนัดหมายผู้ป่วย โดยมอบหมายให้นายเอกชัย ภูมิสุข "
              "นักวิชาการคอมพิวเตอร์ ดำเนินการภายในเดือนมีนาคม 2568")
    body(doc, "4.2 ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (ข้อ E14) เห็นควรเชิญผู้แทนชุมชนและอาสาสมัคร"
              "สาธารณสุขประจำหมู่บ้าน (อสม.) ร่วมประชุมทบทวนระบบบริการของโรงพยาบาลทุกไตรมาส โดยมอบหมายให้"
              "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์ เป็นผู้ประสานงาน ตั้งแต่เดือนมกราคม "
              "ถึงเดือนกันยายน 2568")
    body(doc, "4.3 ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (ข้อ E1) เห็นควรประกาศขั้นตอนและระยะเวลาการให้บริการ"
              "ของแผนกผู้ป่วยนอกและห้องจ่ายยา ณ จุดบริการ โดยมอบหมายให้หัวหน้ากลุ่มงานการพยาบาลร่วมกับ"
              "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภคดำเนินการในเดือนพฤศจิกายน 2567")
    body(doc, "จึงเรียนมาเพื่อโปรดทราบและพิจารณาเห็นชอบแนวทางการปรับปรุงดังกล่าว")
    _para(doc, "")
    for lines in (["ลงชื่อ " + DOTS + " ผู้วิเคราะห์", "(นางสาวศศิธร วงศ์ไชย)",
                   "นักวิเคราะห์นโยบายและแผนปฏิบัติการ", "โทร. 08 1975 3146", "25 กันยายน 2567"],
                  ["", "ลงชื่อ " + DOTS + " ผู้เห็นชอบ", "(นายแพทย์อภิชาติ ศรีธรรมรักษ์)",
                   f"ผู้อำนวยการ{unit}"]):
        for ln in lines:
            p = _para(doc, ln)
            p.paragraph_format.left_indent = Cm(7.0)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.keep_with_next = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    scores = [S("overall", overall67, 2567, rating="A"), S("tool", iit67, 2567, tool="IIT"),
              S("tool", eit67, 2567, tool="EIT"), S("tool", oit67, 2567, tool="OIT"),
              S("tool", eit66, 2566, tool="EIT")]
    for no, _name, qs in EIT_Q:
        a, b = ind_scores[no]
        scores += [S("indicator", a, 2566, tool="EIT", ind=no), S("indicator", b, 2567, tool="EIT", ind=no)]
        for code, text, v66, v67 in qs:
            scores += [S("question", v66, 2566, tool="EIT", ind=no, q=code, label=text),
                       S("question", v67, 2567, tool="EIT", ind=no, q=code, label=text)]
    facts = {
        "notes": f"Scores: ITA 2567 overall {overall67:.2f} (A) and tools IIT/EIT/OIT in 1. (0.3/0.3/0.4 gives the "
                 "overall); the table gives, for 2566 and 2567 (columns), the 15 EIT questions E1-E15 (label = the "
                 "question text as printed, indicator from the merged indicator row above it), the three indicator "
                 "rows 6/7/8 (each the mean of its questions) and the EIT total row (mean of the indicators): "
                 f"EIT 2566 = {eit66:.2f}. The เพิ่ม/ลด column holds differences, not scores. No 2566 overall or "
                 "2566 IIT/OIT is stated. '412 ราย' respondents, '80 คะแนน' a threshold, 'ตัวชี้วัดที่ 6-8' a range. "
                 "The weak questions named in 3. are named without figures (no repeated scores). Measures: the four "
                 "actions proposed in 4.1-4.3 as running text ('เห็นควร ... โดยมอบหมายให้ ... ภายใน ...'); title = "
                 "the action without 'เห็นควร', the assignee and the deadline; indicator from the 4.x heading. "
                 "Periods (FY 2568): 'ภายในเดือนธันวาคม 2567' and 'ภายในเดือนมีนาคม 2568' deadlines (end only); "
                 "'ตั้งแต่เดือนมกราคม ถึงเดือนกันยายน 2568' = 2025-01-01..2025-09-30; 'ในเดือนพฤศจิกายน 2567' spans "
                 "the month. Owners: 'งานประชาสัมพันธ์' an org unit; 'นายเอกชัย ภูมิสุข นักวิชาการคอมพิวเตอร์' = "
                 "rank/name/position; 'กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์' one org unit (the "
                 "space is part of the section's name, not a list separator); 'หัวหน้ากลุ่มงานการพยาบาล"
                 "ร่วมกับกลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค' = a position and an org unit. People: the analyst "
                 "(phone 08 1975 3146) and the director who approves (นายแพทย์ -> นพ.), roles after the dots.",
        "scores": scores,
        "measures": [
            M("จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตพร้อม QR Code ติดตั้ง ณ จุดบริการผู้ป่วยนอกและ"
              "หอผู้ป่วยทุกแห่ง", [O(org="งานประชาสัมพันธ์")], 7, None, "2024-12-31"),
            M("เพิ่มแบบรับฟังความคิดเห็นออนไลน์ในระบบนัดหมายผู้ป่วย",
              [O("นาย", "เอกชัย ภูมิสุข", "นักวิชาการคอมพิวเตอร์")], 7, None, "2025-03-31"),
            M("เชิญผู้แทนชุมชนและอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ร่วมประชุมทบทวนระบบบริการของโรงพยาบาล"
              "ทุกไตรมาส", [O(org="กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")], 8,
              "2025-01-01", "2025-09-30"),
            M("ประกาศขั้นตอนและระยะเวลาการให้บริการของแผนกผู้ป่วยนอกและห้องจ่ายยา ณ จุดบริการ",
              [O(pos="หัวหน้ากลุ่มงานการพยาบาล"), O(org="กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค")], 6,
              "2024-11-01", "2024-11-30"),
        ],
        "people": [
            P("ผู้วิเคราะห์", "น.ส.", "ศศิธร วงศ์ไชย", "นักวิเคราะห์นโยบายและแผนปฏิบัติการ", "0819753146"),
            P("ผู้เห็นชอบ", "นพ.", "อภิชาติ ศรีธรรมรักษ์", f"ผู้อำนวยการ{unit}"),
        ],
        "findings": [],
    }
    document = {
        "unit": unit, "unit_type": "hospital", "province": "นครพนม", "fiscal_year": 2567, "doc_type": "analysis",
        "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "รายข้อคำถาม แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ พ.ศ. 2567",
        "notes": "Question-level EIT analysis of the ITA 2567 result, dated 25 กันยายน 2567 (FY 2567, as the blind7 h1 "
                 "memo on ITA 2567 dated in FY 2567); the improvement actions run in FY 2568. Title = the two bold "
                 "heading lines; the third names the unit and its parent (สำนักงานสาธารณสุขจังหวัดนครพนม, "
                 "which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ j3

J3_MEASURES = [
    # (heading, indicator tag, result text, owner text, period text, link, gold measure)
    ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
     "จัดทำแบบฟอร์มขออนุญาตเผยแพร่ข้อมูลบนเว็บไซต์ และเผยแพร่ข้อมูลตามรายการ OIT แล้ว 21 รายการ จาก 33 รายการ "
     "ส่วนที่เหลือจะเผยแพร่ในไตรมาสที่ 3 และ 4",
     "นายธีรวัฒน์ แก้วประเสริฐ นักวิชาการสาธารณสุขชำนาญการ", "ตุลาคม 2567 – กันยายน 2568",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m1",
     M("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", [O("นาย", "ธีรวัฒน์ แก้วประเสริฐ", "นักวิชาการสาธารณสุขชำนาญการ")], 9,
       "2024-10-01", "2025-09-30")),
    ("มาตรการป้องกันการรับสินบน", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
     "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) เมื่อวันที่ 2 ธันวาคม 2567 "
     "และแจ้งเวียนบุคลากรทุกคน จำนวน 58 คน รับทราบครบถ้วน",
     "หัวหน้ากลุ่มงานบริหารทั่วไป", "ธันวาคม 2567",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m2",
     M("มาตรการป้องกันการรับสินบน", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], 10, "2024-12-01", "2024-12-31")),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต",
     "รอบ 6 เดือนมีเรื่องร้องเรียน 2 เรื่อง ดำเนินการแล้วเสร็จ 1 เรื่อง อยู่ระหว่างตรวจสอบข้อเท็จจริง 1 เรื่อง "
     "และรายงานสรุปต่อสาธารณสุขอำเภอทุกเดือน",
     "ศูนย์รับเรื่องร้องเรียนสำนักงานสาธารณสุขอำเภอเขาสวนทอง", "ทุกเดือน",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m3",
     M("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
       [O(org="ศูนย์รับเรื่องร้องเรียนสำนักงานสาธารณสุขอำเภอเขาสวนทอง")], 5, None, None)),
    ("มาตรการควบคุมการใช้ทรัพย์สินของราชการ", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
     "จัดทำแนวปฏิบัติการยืมทรัพย์สินของราชการและทะเบียนคุมการยืมรถยนต์ราชการ มีการยืมแล้ว 14 ครั้ง "
     "คืนครบทุกครั้ง",
     "นางสาวปวีณา ช่วยชูวงศ์ เจ้าพนักงานธุรการชำนาญงาน และงานพัสดุ", "ภายในวันที่ 31 มกราคม 2568",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m4",
     M("มาตรการควบคุมการใช้ทรัพย์สินของราชการ",
       [O("น.ส.", "ปวีณา ช่วยชูวงศ์", "เจ้าพนักงานธุรการชำนาญงาน"), O(org="งานพัสดุ")], 4, None, "2025-01-31")),
    ("มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย", None,
     "จัดเวทีประชาคมสุขภาพระดับตำบล 6 ตำบล ผู้เข้าร่วม 245 คน เพื่อรับฟังความคิดเห็นต่อการให้บริการ",
     "โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัดทุกแห่ง", "มกราคม – มีนาคม 2568",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m5",
     M("มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย",
       [O(org="โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัดทุกแห่ง")], None, "2025-01-01", "2025-03-31")),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อน", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
     "ให้บุคลากรที่เกี่ยวข้องกับการจัดซื้อจัดจ้างลงนามในแบบแสดงความบริสุทธิ์ใจ ครบ 9 คน",
     "สาธารณสุขอำเภอเขาสวนทอง", "ภายในเดือนกุมภาพันธ์ 2568",
     "https://sso-khaosuanthong.moph.go.th/ita2568/m6",
     M("มาตรการป้องกันผลประโยชน์ทับซ้อน", [O(pos="สาธารณสุขอำเภอเขาสวนทอง")], 10, None, "2025-02-28")),
]


def j3():
    unit = "สำนักงานสาธารณสุขอำเภอเขาสวนทอง"
    doc = new_doc("Garuda", 15, landscape=False, margin=2.2)
    centre(doc, th("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"), bold=True)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน: ตุลาคม 2567 – มีนาคม 2568)"), bold=True)
    centre(doc, th(f"{unit} จังหวัดชุมพร"))
    _para(doc, "")
    body(doc, th(f"ตามที่{unit}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 89.47 คะแนน อยู่ในระดับ A และได้ประกาศมาตรการส่งเสริม"
                 "คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 6 มาตรการ นั้น "
                 "บัดนี้ครบรอบการรายงาน 6 เดือนแล้ว จึงขอรายงานผลการดำเนินการตามมาตรการ ดังนี้"))
    for k, (head, tag, result, owner, period, link, _m) in enumerate(J3_MEASURES, 1):
        h = f"มาตรการที่ {k} {head}" + (f" ({tag})" if tag else "")
        _para(doc, th(h), bold=True)
        for label, text in (("ผลการดำเนินการ", result), ("ผู้รับผิดชอบ", owner), ("ระยะเวลาดำเนินการ", period),
                            ("หลักฐาน", link)):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(th(label) + ": ")
            r.bold = True
            p.add_run(th(text))
        _para(doc, "")
    _para(doc, th("สรุป: ดำเนินการแล้วเสร็จ 3 มาตรการ อยู่ระหว่างดำเนินการ 3 มาตรการ"), bold=True)
    _para(doc, "")
    for ln in [f"(ลงชื่อ) {SHORT} ผู้รายงาน", "(นายธีรวัฒน์ แก้วประเสริฐ)", "นักวิชาการสาธารณสุขชำนาญการ",
               "โทร. 086 245 7731", "", "ทราบ", f"(ลงชื่อ) {SHORT} ผู้รับรอง", "(นายประจักษ์ ศรีสมุทร)",
               "สาธารณสุขอำเภอเขาสวนทอง", "วันที่ 4 เมษายน 2568"]:
        p = _para(doc, th(ln))
        p.paragraph_format.left_indent = Cm(6.5)
        p.paragraph_format.space_after = Pt(0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    facts = {
        "notes": "Only score: ITA 2567 overall 89.47 (A) in the opening paragraph. Counts in the results (21/33 "
                 "รายการ, 58 คน, 2/1/1 เรื่อง, 14 ครั้ง, 6 ตำบล, 245 คน, 9 คน), 'ไตรมาสที่ 3 และ 4' and the summary "
                 "(3/3 มาตรการ, 6 มาตรการ) are not scores. Measures: the six 'มาตรการที่ n' headings (no table); "
                 "title = the heading without 'มาตรการที่ n' and the bracketed indicator tag, which gives "
                 "indicator_no (measure 5 has no tag: null); the ผลการดำเนินการ text is the result, not a measure. "
                 "Periods: 'ตุลาคม 2567 – กันยายน 2568' = FY 2568; 'ธันวาคม 2567' spans the month; 'ทุกเดือน' has no "
                 "dates; 'ภายในวันที่ 31 มกราคม 2568' and 'ภายในเดือนกุมภาพันธ์ 2568' deadlines (end only); "
                 "'มกราคม – มีนาคม 2568' Jan-Mar 2025; the reporting round in the heading and the No Gift Policy's "
                 "announcement date (2 ธ.ค. 2567, in a result) are not periods. Owners: 'นายธีรวัฒน์ ... "
                 "นักวิชาการสาธารณสุขชำนาญการ' rank/name/position; 'หัวหน้ากลุ่มงานบริหารทั่วไป' and "
                 "'สาธารณสุขอำเภอเขาสวนทอง' positions; 'นางสาวปวีณา ... เจ้าพนักงานธุรการชำนาญงาน และงานพัสดุ' a "
                 "person and an org unit; the ศูนย์รับเรื่องร้องเรียน... and 'โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด"
                 "ทุกแห่ง' org units (kept whole). Evidence links are not owners. People: ผู้รายงาน (phone "
                 "๐๘๖ ๒๔๕ ๗๗๓๑) and ผู้รับรอง (the 'ทราบ' above his line is the endorsement word, not a role).",
        "scores": [S("overall", 89.47, 2567, rating="A")],
        "measures": [m[-1] for m in J3_MEASURES],
        "people": [
            P("ผู้รายงาน", "นาย", "ธีรวัฒน์ แก้วประเสริฐ", "นักวิชาการสาธารณสุขชำนาญการ", "0862457731"),
            P("ผู้รับรอง", "นาย", "ประจักษ์ ศรีสมุทร", "สาธารณสุขอำเภอเขาสวนทอง"),
        ],
        "findings": [],
    }
    document = {
        "unit": unit, "unit_type": "health_office", "province": "ชุมพร", "fiscal_year": 2568, "doc_type": "measures",
        "title": th("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ "
                    "พ.ศ. 2568 (รอบ 6 เดือน: ตุลาคม 2567 – มีนาคม 2568)"),
        "notes": "Six-month report on FY 2568 integrity measures of สสอ.เขาสวนทอง, dated 4 เม.ย. 2568. Title = the "
                 "two bold heading lines (the third names the unit and province). doc_type measures (a progress "
                 "report on measures, as blind7 h3).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ j4

def j4():
    unit = "ที่ทำการปกครองอำเภอโนนศิลาทอง"
    doc = new_doc("Loma", 14, landscape=True, margin=1.8)
    centre(doc, "แผนการป้องกันผลประโยชน์ทับซ้อน", bold=True)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    centre(doc, f"{unit} จังหวัดขอนแก่น", bold=True)
    body(doc, th("เพื่อให้การปฏิบัติราชการของข้าราชการและลูกจ้างในสังกัดเป็นไปด้วยความโปร่งใส ไม่เกิดการขัดกันระหว่าง"
                 "ประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม และต่อยอดผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 "
                 "ซึ่งอำเภอได้ 91.28 คะแนน (ระดับ A) อำเภอจึงจัดทำแผนการป้องกันผลประโยชน์ทับซ้อน ดังนี้"))
    hdr = ["ที่", "มาตรการ/กิจกรรม", "ตัวชี้วัด/ค่าเป้าหมาย", "งบประมาณ (บาท)", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"]
    body_rows = [
        ("cat", "ด้านที่ 1 การสร้างความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อน"),
        ("row", ["1", "จัดประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อนแก่ข้าราชการและลูกจ้างในสังกัด",
                 "ผู้เข้าร่วมไม่น้อยกว่าร้อยละ 90", "12,500", "ธ.ค. 67 - ม.ค. 68",
                 "ปลัดอำเภออาวุโส\nนายวรพล สิทธิโชค"]),
        ("row", ["2", "จัดทำสื่อประชาสัมพันธ์ \"ผลประโยชน์ทับซ้อนคืออะไร\" เผยแพร่ทางเว็บไซต์และเพจ Facebook ของอำเภอ",
                 "4 ครั้ง/ปี", "ไม่ใช้งบประมาณ", "1 ต.ค. 2567 - 30 ก.ย. 2568",
                 "เจ้าพนักงานปกครองชำนาญงาน\nนางสาวสุดารัตน์ พลอยงาม"]),
        ("cat", "ด้านที่ 2 การกำหนดแนวปฏิบัติและการควบคุม"),
        ("row", ["3", "ให้เจ้าหน้าที่ที่เกี่ยวข้องกับการจัดซื้อจัดจ้างทุกคนจัดทำแบบแสดงความบริสุทธิ์ใจ",
                 "ร้อยละ 100 ของผู้เกี่ยวข้อง", "ไม่ใช้งบประมาณ", "1 ต.ค. 2567 - 30 ก.ย. 2568",
                 "เจ้าหน้าที่พัสดุ\nนายอดิศักดิ์ คำภูเมือง"]),
        ("row", ["4", "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                 "1 ฉบับ", "ไม่ใช้งบประมาณ", "ธ.ค. 67", "นายอำเภอโนนศิลาทอง\nนายชยพล ศักดิ์ศรีวงศ์"]),
        ("row", ["5", "ตรวจสอบการยืมรถราชการและทรัพย์สินของราชการตามทะเบียนคุมการยืม",
                 "ไม่พบการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน", "3,000", "ม.ค. 68 - มี.ค. 68",
                 "ปลัดอำเภออาวุโส\nนายวรพล สิทธิโชค\nเจ้าพนักงานธุรการชำนาญงาน\nนางรัชนี บุญมาก"]),
        ("cat", "ด้านที่ 3 การติดตามและรายงานผล"),
        ("row", ["6", "รายงานผลการดำเนินการตามแผนป้องกันผลประโยชน์ทับซ้อนต่อนายอำเภอ รอบ 6 เดือนและรอบ 12 เดือน",
                 "2 ครั้ง", "ไม่ใช้งบประมาณ", "ภายใน 30 ก.ย. 2568",
                 "เจ้าพนักงานปกครองชำนาญงาน\nนางสาวสุดารัตน์ พลอยงาม"]),
        ("total", ["", "รวมงบประมาณทั้งสิ้น", "", "15,500", "", ""]),
    ]
    rows = [hdr] + [[th(x) for x in r[1]] if r[0] != "cat" else [th(r[1])] + [""] * 5 for r in body_rows]
    t = table(doc, rows, [0.9, 7.4, 4.2, 2.9, 4.4, 6.3], centre_cols=(0, 3, 4))
    for i, r in enumerate(body_rows, 1):
        if r[0] == "cat":
            merge_row(t, i, th(r[1]))
        elif r[0] == "total":
            row = t.rows[i]
            a = row.cells[0].merge(row.cells[2])
            _cell_text(a, "รวมงบประมาณทั้งสิ้น", bold=True)
            a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _cell_text(row.cells[3], th("15,500"), bold=True)
            row.cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    keep_rows(t)
    _para(doc, "")
    sig_table(doc, [
        [th(f"(ลงชื่อ) {TINY} ผู้เสนอแผน"), "(นางสาวสุดารัตน์ พลอยงาม)", "เจ้าพนักงานปกครองชำนาญงาน"],
        [th(f"(ลงชื่อ) {TINY} ผู้เห็นชอบแผน"), "(นายวรพล สิทธิโชค)", "ปลัดอำเภออาวุโส"],
        ["อนุมัติ", "", th(f"(ลงชื่อ) {TINY}"), "(นายชยพล ศักดิ์ศรีวงศ์)", "นายอำเภอโนนศิลาทอง",
         th("วันที่ 20 พฤศจิกายน 2567")],
    ], [8.5, 8.5, 8.7])

    V = "ปลัดอำเภออาวุโส"
    S_ = ("น.ส.", "สุดารัตน์ พลอยงาม", "เจ้าพนักงานปกครองชำนาญงาน")
    facts = {
        "notes": "Only score: ITA 2567 overall 91.28 (A) in the preamble. Targets (ร้อยละ 90, 4 ครั้ง/ปี, ร้อยละ 100, "
                 "1 ฉบับ, 2 ครั้ง) and budgets (12,500 / 3,000 / total 15,500 baht) are not scores. Measures: the six "
                 "numbered rows; the three merged 'ด้านที่ n' rows are categories and the total row is not a measure. "
                 "Title = the มาตรการ/กิจกรรม cell. No indicator is named: indicator_no null (No Gift Policy is not "
                 "tied to a number here). Periods: 'ธ.ค. ๖๗ - ม.ค. ๖๘' = 2024-12-01..2025-01-31; '๑ ต.ค. ๒๕๖๗ - ๓๐ "
                 "ก.ย. ๒๕๖๘' = FY 2568; 'ธ.ค. ๖๗' spans the month; 'ม.ค. ๖๘ - มี.ค. ๖๘' Jan-Mar 2025; 'ภายใน ๓๐ ก.ย. "
                 "๒๕๖๘' a deadline (end only). Owners: each cell holds a position on one line and the holder's "
                 "name on the next = one owner (rank/name/position); row ๕ holds two such pairs = two owners. "
                 "People: three signatures side by side: ผู้เสนอแผน and ผู้เห็นชอบแผน (role after the dots) and "
                 "the district chief under the word 'อนุมัติ' (role recorded as ผู้อนุมัติ: the printed word is "
                 "the verb 'approved'; a reader giving 'อนุมัติ' is arguably right too).",
        "scores": [S("overall", 91.28, 2567, rating="A")],
        "measures": [
            M("จัดประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อนแก่ข้าราชการและลูกจ้างในสังกัด",
              [O("นาย", "วรพล สิทธิโชค", V)], None, "2024-12-01", "2025-01-31"),
            M("จัดทำสื่อประชาสัมพันธ์ \"ผลประโยชน์ทับซ้อนคืออะไร\" เผยแพร่ทางเว็บไซต์และเพจ Facebook ของอำเภอ",
              [O(*S_)], None, "2024-10-01", "2025-09-30"),
            M("ให้เจ้าหน้าที่ที่เกี่ยวข้องกับการจัดซื้อจัดจ้างทุกคนจัดทำแบบแสดงความบริสุทธิ์ใจ",
              [O("นาย", "อดิศักดิ์ คำภูเมือง", "เจ้าหน้าที่พัสดุ")], None, "2024-10-01", "2025-09-30"),
            M("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
              [O("นาย", "ชยพล ศักดิ์ศรีวงศ์", "นายอำเภอโนนศิลาทอง")], None, "2024-12-01", "2024-12-31"),
            M("ตรวจสอบการยืมรถราชการและทรัพย์สินของราชการตามทะเบียนคุมการยืม",
              [O("นาย", "วรพล สิทธิโชค", V), O("นาง", "รัชนี บุญมาก", "เจ้าพนักงานธุรการชำนาญงาน")], None,
              "2025-01-01", "2025-03-31"),
            M(th("รายงานผลการดำเนินการตามแผนป้องกันผลประโยชน์ทับซ้อนต่อนายอำเภอ รอบ 6 เดือนและรอบ 12 เดือน"),
              [O(*S_)], None, None, "2025-09-30"),
        ],
        "people": [
            P("ผู้เสนอแผน", *S_),
            P("ผู้เห็นชอบแผน", "นาย", "วรพล สิทธิโชค", V),
            P("ผู้อนุมัติ", "นาย", "ชยพล ศักดิ์ศรีวงศ์", "นายอำเภอโนนศิลาทอง"),
        ],
        "findings": [],
    }
    document = {
        "unit": unit, "unit_alternatives": ["อำเภอโนนศิลาทอง"], "unit_type": "district_office",
        "province": "ขอนแก่น", "fiscal_year": 2568, "doc_type": "measures",
        "title": th("แผนการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Conflict-of-interest prevention plan of the district office for FY 2568, approved 20 พ.ย. 2567. "
                 "Title = the first two heading lines (the third names the unit and province). The preamble says "
                 "'อำเภอ' (accepted as the same unit, as in blind7 h3).",
    }
    return doc, facts, document


REPORTS = {
    "j1_risk_assessment_sao_nong_saeng_yai": j1,
    "j2_eit_questions_na_khun_yai_hospital": j2,
    "j3_measure_results_sso_khao_suan_thong": j3,
    "j4_coi_plan_non_sila_thong_district": j4,
}


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx with fixed member timestamps so the bytes do not depend on the clock."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    docs = []
    for stem, make in REPORTS.items():
        doc, facts, document = make()
        path = HERE / f"{stem}.docx"
        doc.core_properties.created = datetime.datetime(2024, 12, 1)  # deterministic
        doc.core_properties.modified = datetime.datetime(2024, 12, 1)
        doc.save(path)
        _fix_zip_times(path)
        docs.append(path)
        (GOLD / f"{stem}.facts.json").write_text(json.dumps({"stem": stem, **facts}, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        (GOLD / f"{stem}.document.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                                    encoding="utf-8")
    if "--no-pdf" not in sys.argv:
        convert_to_pdf(docs, HERE)


if __name__ == "__main__":
    main()
