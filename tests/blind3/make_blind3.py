#!/usr/bin/env python3
"""Build the third held-out ("blind3") set of ITA reports in ``tests/blind3/``.

Four reports written the way other units write them (new units, provinces,
years, wording and layouts; not copies of the seeds):

- d1  องค์การบริหารส่วนจังหวัดชัยภูมิ - analysis "รายงานการนำผลการประเมิน ITA ไปสู่การปรับปรุง"
      FY 2567: a two-year score table by indicator with merged tool rows, a paragraph of
      weak questions by code, a measures table with vertically merged indicator cells.
- d2  โรงเรียนโพนทองพัฒนาวิทยา (ร้อยเอ็ด) - school measures plan FY 2568, landscape
      6-column table (ที่ | ประเด็นการพัฒนา | วิธีการ/กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ |
      ตัวชี้วัดความสำเร็จ) running over several pages, a merged owner cell.
- d3  ที่ทำการปกครองอำเภอด่านขุนทด (นครราชสีมา) - "ประกาศอำเภอ... เรื่อง มาตรการ..." FY 2568,
      numbered measures as paragraphs, signature of the นายอำเภอ.
- d4  โรงพยาบาลชุมแพ (ขอนแก่น) - minutes of the hospital ITA committee 1/2568: attendee
      lines with tabs, agenda items, scores in prose, resolutions with owners and deadlines.

Word files are written with python-docx (font Laksaman on all four rFonts slots,
16 pt incl. szCs, real tables) and exported to PDF with LibreOffice.

    uv run python tests/blind3/make_blind3.py            # docx + pdf
    uv run python tests/blind3/make_blind3.py --no-pdf
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FONT = "Laksaman"

STEMS = {
    "d1": "b3_d1_analysis_pao_chaiyaphum",
    "d2": "b3_d2_measures_school_phonthong",
    "d3": "b3_d3_measures_district_dankhunthot",
    "d4": "b3_d4_minutes_hospital_chumphae",
}


# ----------------------------------------------------------------------------- docx helpers

def _font_rpr(rpr, size_pt: float = 16, bold: bool = False) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(size_pt * 2)))
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.append(OxmlElement(tag))


def new_document(landscape: bool = False) -> Document:
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        st = doc.styles[name]
        _font_rpr(st.element.get_or_add_rPr(), 16 if name == "Normal" else 18, bold=name != "Normal")
        st.font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    return doc


def run(p, text: str, bold: bool = False, size: float = 16):
    r = p.add_run(text)
    _font_rpr(r._r.get_or_add_rPr(), size, bold)
    r.font.color.rgb = RGBColor(0, 0, 0)
    return r


def para(doc_or_cell, text: str = "", bold: bool = False, align: str | None = None, size: float = 16,
         indent_cm: float | None = None, first_line_cm: float | None = None, tabs: list[float] | None = None,
         space_after: float = 0):
    p = doc_or_cell.add_paragraph()
    if text:
        # "\t" stays a real tab; "**x**" segments are bold
        parts = text.split("**")
        for i, part in enumerate(parts):
            if part:
                run(p, part, bold=bold or i % 2 == 1, size=size)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    pf = p.paragraph_format
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        pf.first_line_indent = Cm(first_line_cm)
    if tabs:
        for t in tabs:
            pf.tab_stops.add_tab_stop(Cm(t))
    pf.space_after = Pt(space_after)
    return p


def heading(doc, text: str, level: int = 1, align: str | None = None):
    h = doc.add_heading("", level=level)
    run(h, text, bold=True, size=18 if level == 1 else 16)
    if align == "center":
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return h


def page_break(doc) -> None:
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text: str, bold: bool = False, align: str | None = None, size: float = 16) -> None:
    """Fill a cell; '\n' starts a new paragraph inside the cell."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            run(p, line, bold=bold, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, header: list[str], widths_cm: list[float], size: float = 16):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, align="center", size=size)
    repeat_header(t.rows[0])
    _widths(t, widths_cm)
    return t


def _widths(t, widths_cm) -> None:
    tbl = t._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_row(t, values: list[str], widths_cm: list[float], size: float = 16, center_cols=()):
    row = t.add_row()
    for i, v in enumerate(values):
        cell_text(row.cells[i], v, size=size, align="center" if i in center_cols else None)
        row.cells[i].width = Cm(widths_cm[i])
    return row


# ----------------------------------------------------------------------------- d1: อบจ.ชัยภูมิ

def build_d1() -> Document:
    doc = new_document()
    for _ in range(5):
        para(doc)
    for line in ("รายงานการนำผลการประเมินคุณธรรมและความโปร่งใส",
                 "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                 "ไปสู่การปรับปรุงและพัฒนาองค์กร",
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"):
        para(doc, line, bold=True, align="center", size=22)
    for _ in range(8):
        para(doc)
    para(doc, "องค์การบริหารส่วนจังหวัดชัยภูมิ", bold=True, align="center", size=20)
    para(doc, "ถนนบรรณาการ ตำบลในเมือง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ", align="center")
    page_break(doc)

    heading(doc, "๑. ความเป็นมา", 2)
    para(doc, "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการ"
              "ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency "
              "Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2567 โดยมีเป้าหมายให้หน่วยงานภาครัฐผ่านเกณฑ์การประเมิน "
              "ที่ระดับ ๘๕ คะแนนขึ้นไป นั้น อบจ.ชัยภูมิ ได้เข้ารับการประเมินผ่านระบบ ITAS ครบทั้ง ๓ เครื่องมือ "
              "ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก "
              "(EIT) และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", first_line_cm=1.5, align="justify")
    para(doc, "ผลการประเมินปรากฏว่า องค์การบริหารส่วนจังหวัดชัยภูมิ ได้คะแนนภาพรวม 81.98 คะแนน อยู่ในระดับ B "
              "ซึ่งยังไม่ผ่านเกณฑ์ค่าเป้าหมายตามแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและ"
              "ประพฤติมิชอบ แยกเป็นรายเครื่องมือ ดังนี้ IIT ได้ ๘๒.๑๐ คะแนน EIT ได้ 83.67 คะแนน และ OIT "
              "ได้ ๘๐.๖๓ คะแนน เมื่อเปรียบเทียบกับผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ รายตัวชี้วัด มีรายละเอียด"
              "ดังตารางต่อไปนี้", first_line_cm=1.5, align="justify")
    para(doc)
    heading(doc, "๒. ผลการประเมินรายตัวชี้วัด เปรียบเทียบปี ๒๕๖๖ – ๒๕๖๗", 2)
    w = [7.5, 3.0, 3.0, 3.0]
    t = table(doc, ["ตัวชี้วัด", "คะแนนปี 2566", "คะแนนปี 2567", "ผลต่าง"], w)
    rows = [
        ("IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"),
        ("1. การปฎิบัติหน้าที่", "๘๕.๑๒", "88.45", "+3.33"),
        ("2. การใช้งบประมาณ", "81.40", "79.32", "-2.08"),
        ("3. การใช้อำนาจ", "84.66", "86.10", "+1.44"),
        ("4. การใช้ทรัพย์สินของทางราชการ", "70.85", "๗๔.๕๖", "+3.71"),
        ("5. การแก้ไขปัญหาการทุจริต", "79.90", "82.07", "+2.17"),
        ("EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"),
        ("6. คุณภาพการดำเนินงาน", "85.03", "87.20", "+2.17"),
        ("7. ประสิทธิภาพการสื่อสาร", "80.77", "83.65", "+2.88"),
        ("8. การปรับปรุงการทำงาน", "78.92", "80.15", "+1.23"),
        ("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"),
        ("9. การเปิดเผยข้อมูล", "88.50", "91.25", "+2.75"),
        ("10. การป้องกันการทุจริต", "72.50", "70.00", "-2.50"),
    ]
    for r in rows:
        if len(r) == 2:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[3])
            cell_text(merged, r[1], bold=True)
        else:
            add_row(t, list(r), w, center_cols=(1, 2, 3))
    row = add_row(t, ["คะแนนรวม (ภาพรวม)", "80.79 (B)", "81.98 (B)", "+1.19"], w, center_cols=(1, 2, 3))
    para(doc, "ที่มา : ระบบ ITAS สำนักงาน ป.ป.ช. (ข้อมูล ณ วันที่ ๑๕ ก.ย. ๒๕๖๗)", size=14)
    para(doc)

    heading(doc, "๓. ผลการวิเคราะห์จุดอ่อนรายข้อคำถาม", 2)
    para(doc, "จากการวิเคราะห์คะแนนรายข้อคำถาม พบประเด็นที่เป็นจุดอ่อนและต้องเร่งปรับปรุง ดังนี้ (๑) ตัวชี้วัดที่ ๒ "
              "การใช้งบประมาณ ข้อ I8 ความคุ้มค่าของการใช้จ่ายงบประมาณ ได้ ๗๒.๑๕ คะแนน และข้อ i11 การเปิดโอกาส"
              "ให้บุคลากรมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้าง ได้ 69.80 คะแนน (๒) ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ "
              "ข้อ I20 การขออนุญาตยืมทรัพย์สินของราชการไปใช้ ได้ ๖๘.๔๐ คะแนน และข้อ I22 การกำกับดูแลการใช้ทรัพย์สิน"
              "ของผู้บังคับบัญชา ได้ 70.12 คะแนน (๓) ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ข้อ I27 ความเชื่อมั่นต่อ"
              "กระบวนการจัดการเรื่องร้องเรียน ได้ 75.30 คะแนน (๔) ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ข้อ E 9 "
              "ช่องทางการรับฟังคำติชมและความคิดเห็น ได้ ๗๖.๘๘ คะแนน (๕) ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ข้อ E13 "
              "การนำเทคโนโลยีมาใช้ในการให้บริการ ได้ 74.02 คะแนน และ (๖) ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต "
              "ข้อ O36 และข้อ O37 ไม่ได้คะแนน (๐ คะแนน) เนื่องจากไม่ได้เผยแพร่รายงานการประเมินความเสี่ยงการทุจริต"
              "และการดำเนินการเพื่อจัดการความเสี่ยง ภายในระยะเวลาที่กำหนด", first_line_cm=1.5, align="justify")
    para(doc)

    heading(doc, "๔. มาตรการ/แนวทางการปรับปรุงและพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 2)
    para(doc, "เพื่อให้ผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๘ ผ่านเกณฑ์ ๘๕ คะแนน อบจ.ชัยภูมิ จึงกำหนดมาตรการ"
              "ในตัวชี้วัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย ดังนี้", first_line_cm=1.5, align="justify")
    w = [4.0, 6.5, 3.0, 3.0]
    t = table(doc, ["ตัวชี้วัด", "มาตรการ/แนวทางการปรับปรุง", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"], w)
    meas = [
        ("ตัวชี้วัดที่ 2\nการใช้งบประมาณ\n(๗๙.๓๒ คะแนน)",
         "1. จัดทำแผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณรายไตรมาส เผยแพร่ทางเว็บไซต์ อบจ.",
         "ต.ค. ๖๗ – ก.ย. ๖๘", "กองยุทธศาสตร์และงบประมาณ / กองคลัง"),
        (None,
         "2. เปิดโอกาสให้บุคลากรและภาคประชาชนมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้าง",
         "ม.ค. – มี.ค. ๒๕๖๘", "กองพัสดุและทรัพย์สิน"),
        ("ตัวชี้วัดที่ 4\nการใช้ทรัพย์สินของราชการ\n(74.56 คะแนน)",
         "1. ทบทวนคู่มือการขอยืมทรัพย์สินของราชการ และแจ้งเวียนให้บุคลากรทุกคนทราบ",
         "ภายใน ๓๑ ธ.ค. ๒๕๖๗", "กองพัสดุและทรัพย์สิน"),
        (None,
         "2. จัดทำระบบทะเบียนคุมการยืม – คืนพัสดุและรถยนต์ส่วนกลางแบบออนไลน์",
         "ตลอดปีงบประมาณ ๒๕๖๘", "สำนักปลัด อบจ."),
        ("ตัวชี้วัดที่ 5\nการแก้ไขปัญหาการทุจริต\n(82.07 คะแนน)",
         "จัดอบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต และสร้างความเชื่อมั่นต่อกระบวนการจัดการเรื่องร้องเรียน",
         "มีนาคม 2568", "กองการเจ้าหน้าที่"),
        ("ตัวชี้วัดที่ 7\nประสิทธิภาพการสื่อสาร\n(83.65 คะแนน)",
         "ปรับปรุงข้อมูลบน Facebook Page และ LINE OA ของ อบจ. ให้เป็นปัจจุบัน อย่างน้อยสัปดาห์ละ 1 ครั้ง",
         "ตลอดปีงบประมาณ", "งานประชาสัมพันธ์ สำนักปลัด"),
        ("ตัวชี้วัดที่ 8\nการปรับปรุงระบบการทำงาน\n(80.15 คะแนน)",
         "พัฒนาระบบ e-Service รับคำร้องและติดตามสถานะคำร้องออนไลน์",
         "1 ม.ค. 68 – 30 มิ.ย. 68", "กองยุทธศาสตร์และงบประมาณ"),
        ("ตัวชี้วัดที่ 10\nการป้องกันการทุจริต\n(๗๐.๐๐ คะแนน)",
         "1. ประกาศเจตจำนงสุจริตในการบริหารงานของนายก อบจ.ชัยภูมิ และเผยแพร่ทางเว็บไซต์",
         "ภายในเดือนมกราคม 2568", "นายก อบจ.ชัยภูมิ / สำนักปลัด อบจ."),
        (None,
         "2. จัดทำและเผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน และรอบ ๑๒ เดือน",
         "ภายใน ๓๐ ก.ย. ๒๕๖๘", "นางสาวจิราพร แสนสุข\nนักวิเคราะห์นโยบายและแผนชำนาญการ"),
    ]
    top = None
    for ind, title, period, owner in meas:
        row = add_row(t, [ind or "", title, period, owner], w, center_cols=(2,))
        if ind is None:
            merged = top.merge(row.cells[0])
            top = merged
        else:
            top = row.cells[0]
    para(doc)
    para(doc, "ทั้งนี้ ให้ทุกสำนัก/กอง รายงานผลการดำเนินงานตามมาตรการต่อนายก อบจ. ทุกไตรมาส", first_line_cm=1.5)
    para(doc)
    sig = [("ลงชื่อ.......................................ผู้รายงาน", "(นางสาวจิราพร แสนสุข)",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
           ("ลงชื่อ.......................................ผู้รับรองรายงาน", "(นายอนุชา ศรีวงศ์)",
            "ปลัดองค์การบริหารส่วนจังหวัดชัยภูมิ")]
    for a, b, c in sig:
        para(doc)
        para(doc, a, indent_cm=7)
        para(doc, b, indent_cm=8.2)
        para(doc, c, indent_cm=7)
    return doc


# ----------------------------------------------------------------------------- d2: school

def build_d2() -> Document:
    doc = new_document(landscape=True)
    para(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา", bold=True, align="center", size=20)
    para(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, align="center", size=20)
    para(doc, "โรงเรียนโพนทองพัฒนาวิทยา  อำเภอโพนทอง  จังหวัดร้อยเอ็ด", bold=True, align="center")
    para(doc, "สังกัดสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด", align="center")
    para(doc, "------------------------------------------", align="center")
    para(doc, "**หลักการและเหตุผล**")
    para(doc, "ตามที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) กำหนดให้สถานศึกษาในสังกัดเข้ารับการประเมินคุณธรรมและ"
              "ความโปร่งใสในการดำเนินงานของสถานศึกษา (ITA Online) ซึ่งในปีงบประมาณ พ.ศ. ๒๕๖๖ โรงเรียนโพนทองพัฒนาวิทยา "
              "ได้คะแนน 85.10 คะแนน และในปีงบประมาณ พ.ศ. 2567 ได้คะแนน ๘๙.๔๗ คะแนน แม้คะแนนจะสูงขึ้น แต่ยังมีข้อที่ "
              "ไม่ผ่านเกณฑ์ ได้แก่ ข้อ O12 รายงานผลการใช้จ่ายงบประมาณประจำปี และข้อ O27 การประเมินความเสี่ยงการทุจริต "
              "โรงเรียนจึงได้วิเคราะห์ผลการประเมินร่วมกับคณะครูและคณะกรรมการสถานศึกษาขั้นพื้นฐาน และกำหนดมาตรการ"
              "ส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา ดังนี้", first_line_cm=1.5, align="justify")
    para(doc)
    w = [1.2, 4.0, 7.8, 3.6, 4.6, 4.0]
    t = table(doc, ["ที่", "ประเด็นการพัฒนา", "วิธีการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ตัวชี้วัดความสำเร็จ"], w)
    rows = [
        ("๑", "การปฏิบัติหน้าที่\n(ตัวชี้วัดที่ ๑)",
         "จัดทำคู่มือการให้บริการงานทะเบียนและวัดผล และเผยแพร่ผ่านเว็บไซต์โรงเรียน เพื่อให้ผู้ปกครองและนักเรียน"
         "ได้รับบริการตามมาตรฐานเดียวกัน",
         "1 พ.ย. 67 – 31 มี.ค. 68", "กลุ่มบริหารวิชาการ", "มีคู่มือการให้บริการ ๑ ฉบับ เผยแพร่บนเว็บไซต์"),
        ("๒", "การใช้งบประมาณ",
         "1) จัดทำแผนการใช้จ่ายเงินอุดหนุนรายหัว และเผยแพร่ให้ผู้ปกครองทราบในวันประชุมผู้ปกครอง\n"
         "2) รายงานผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1) บนเว็บไซต์โรงเรียน",
         "ตลอดปีงบประมาณ",
         "นางสาวกัลยา ศรีสุข (หัวหน้างานการเงิน)\nนายสมพงษ์ ดวงแก้ว (หัวหน้างานพัสดุ)",
         "เผยแพร่รายงานครบ ๑๒ เดือน"),
        ("๓", "การใช้ทรัพย์สินของทางราชการ",
         "กำหนดแนวปฏิบัติการยืม-คืนพัสดุ ครุภัณฑ์ของโรงเรียน และจัดทำแบบฟอร์มขออนุญาตยืมทรัพย์สินของราชการ",
         "ธันวาคม ๒๕๖๗",
         "ว่าที่ร้อยตรีณัฐพล บุญเรือง รองผู้อำนวยการกลุ่มบริหารงานทั่วไป",
         "ร้อยละ ๑๐๐ ของการยืมมีหลักฐานการขออนุญาต"),
        ("๔", "การแก้ไขปัญหาการทุจริต",
         "จัดกิจกรรมโรงเรียนสุจริต ปลูกฝังค่านิยมความซื่อสัตย์แก่นักเรียนและบุคลากร (ค่ายโตไปไม่โกง)",
         "ภาคเรียนที่ 2/2567", "กลุ่มบริหารกิจการนักเรียน", "นักเรียนเข้าร่วมไม่น้อยกว่าร้อยละ 80"),
        ("๕", "การเปิดเผยข้อมูลข่าวสาร",
         "ปรับปรุงเว็บไซต์โรงเรียนให้มีข้อมูลครบถ้วนตามเกณฑ์ ITA Online และตรวจสอบความเป็นปัจจุบันทุกเดือน",
         "1 ต.ค. 2568 – 31 มี.ค. 2568",
         "นายธีรวัฒน์ คำภูแก้ว (ครูผู้ดูแลเว็บไซต์)\nงานประชาสัมพันธ์",
         "ข้อมูลบนเว็บไซต์ครบ 100%"),
        ("๖", "ประสิทธิภาพการสื่อสาร",
         "เผยแพร่ข่าวสารกิจกรรมของโรงเรียนผ่านเพจ Facebook และกลุ่ม LINE ผู้ปกครองอย่างสม่ำเสมอ",
         "ต.ค. 67 - ก.ย. 68", None, "มีการเผยแพร่ข่าวสารไม่น้อยกว่าเดือนละ ๔ ครั้ง"),
        ("๗", "การป้องกันการทุจริต",
         "1) ผู้อำนวยการโรงเรียนประกาศเจตจำนงสุจริตและนโยบายไม่รับของขวัญ (No Gift Policy)\n"
         "2) ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการป้องกันความเสี่ยง",
         "ภายใน ๓๑ ม.ค. ๒๕๖๘", "ผู้อำนวยการโรงเรียน / กลุ่มบริหารงานบุคคล",
         "มีประกาศและรายงานการประเมินความเสี่ยง เผยแพร่บนเว็บไซต์"),
    ]
    prev = None
    for r in rows:
        row = add_row(t, [x or "" for x in r], w, center_cols=(0, 3))
        if r[4] is None:
            prev.cells[4].merge(row.cells[4])
        prev = row
    para(doc)
    para(doc, "**การติดตามและรายงานผล** ให้หัวหน้างานควบคุมภายในติดตามผลการดำเนินงานตามมาตรการและรายงานผู้อำนวยการ"
              "โรงเรียนทุกภาคเรียน", first_line_cm=1.5)
    para(doc)
    para(doc, "ลงชื่อ...............................................ผู้เสนอ", indent_cm=13)
    para(doc, "(นางวิไลวรรณ ภูมิภักดิ์)", indent_cm=14)
    para(doc, "หัวหน้างานควบคุมภายใน", indent_cm=14.2)
    para(doc)
    para(doc, "ความเห็นของผู้อำนวยการโรงเรียน   ☑ อนุมัติ   ☐ ไม่อนุมัติ", indent_cm=13)
    para(doc, "ลงชื่อ...............................................ผู้อนุมัติ", indent_cm=13)
    para(doc, "(นายประเสริฐ บุญมา)", indent_cm=14)
    para(doc, "ผู้อำนวยการโรงเรียนโพนทองพัฒนาวิทยา", indent_cm=13)
    return doc


# ----------------------------------------------------------------------------- d3: district office announcement

def build_d3() -> Document:
    doc = new_document()
    para(doc, "(ครุฑ)", align="center", size=14)
    para(doc, "ประกาศอำเภอด่านขุนทด", bold=True, align="center", size=18)
    para(doc, "เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๘", bold=True,
         align="center")
    para(doc, "---------------------------------------", align="center")
    para(doc, "ด้วยอำเภอด่านขุนทด จังหวัดนครราชสีมา ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
              "ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๗.๒๑ คะแนน อยู่ในระดับ A ผ่านเกณฑ์การประเมิน "
              "(85 คะแนน) ประกอบกับหนังสือกรมการปกครอง ที่ มท ๐๓๐๗.๒/ว ๔๕๖๗ ลงวันที่ ๔ ตุลาคม ๒๕๖๗ ขอให้อำเภอ"
              "ทุกแห่งกำหนดมาตรการเพื่อยกระดับผลการประเมิน ITA ในปีงบประมาณ 68 อย่างต่อเนื่อง",
         first_line_cm=2.0, align="justify")
    para(doc, "อาศัยอำนาจตามความในมาตรา ๖๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ และที่แก้ไขเพิ่มเติม "
              "อำเภอด่านขุนทดจึงประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เพื่อให้ข้าราชการ พนักงานราชการ "
              "และลูกจ้างในสังกัดที่ทำการปกครองอำเภอด่านขุนทดถือปฏิบัติ ดังนี้", first_line_cm=2.0, align="justify")
    items = [
        ("๑. มาตรการการปฏิบัติหน้าที่อย่างเป็นธรรมและไม่เลือกปฏิบัติ",
         "ให้บริการประชาชนตามลำดับก่อนหลัง ตามคู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณา"
         "อนุญาตของทางราชการ พ.ศ. ๒๕๕๘ และติดประกาศขั้นตอน ระยะเวลา ค่าธรรมเนียม ณ จุดให้บริการ",
         "ปลัดอำเภอทุกฝ่าย"),
        ("๒. มาตรการการใช้จ่ายงบประมาณอย่างโปร่งใสและคุ้มค่า",
         "ให้จัดทำแผนการใช้จ่ายงบประมาณและเผยแพร่ผลการจัดซื้อจัดจ้างเป็นรายเดือน ผ่านเว็บไซต์อำเภอ",
         "งานการเงินและบัญชี"),
        ("๓. มาตรการป้องกันการใช้อำนาจโดยมิชอบ",
         "ผู้บังคับบัญชาต้องมอบหมายงาน ประเมินผลการปฏิบัติงาน และพิจารณาความดีความชอบด้วยความเป็นธรรม "
         "ไม่สั่งการให้ผู้ใต้บังคับบัญชากระทำการใดที่ขัดต่อระเบียบกฎหมาย",
         None),
        ("๔. มาตรการการใช้ทรัพย์สินของทางราชการ",
         "ห้ามนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตน หากมีความจำเป็นต้องยืม ให้ขออนุญาตตามแบบฟอร์มที่กำหนด"
         "และบันทึกในทะเบียนคุมการยืมทุกครั้ง",
         "นายวีระพงษ์ แก้วกาญจนา ปลัดอำเภอ (หัวหน้ากลุ่มงานอำนวยการ)"),
        ("๕. มาตรการแก้ไขปัญหาการทุจริตและการจัดการเรื่องร้องเรียน",
         "ให้ศูนย์ดำรงธรรมอำเภอรับเรื่องร้องเรียนการทุจริตผ่านช่องทาง สายด่วน ๑๕๖๗ เว็บไซต์ และ Facebook "
         "โดยคุ้มครองผู้ร้องเรียนและแจ้งผลการดำเนินการภายใน ๑๕ วัน",
         "ศูนย์ดำรงธรรมอำเภอด่านขุนทด"),
        ("๖. มาตรการเปิดเผยข้อมูลข่าวสารต่อสาธารณะ",
         "เผยแพร่ข้อมูลพื้นฐาน ข่าวประชาสัมพันธ์ แผนการดำเนินงาน และรายงานผลการดำเนินงาน บนเว็บไซต์ของอำเภอ"
         "ให้ครบถ้วนและเป็นปัจจุบัน",
         "งานธุรการ / งานประชาสัมพันธ์"),
        ("๗. มาตรการป้องกันการทุจริตและประพฤติมิชอบ (No Gift Policy)",
         "ข้าราชการและเจ้าหน้าที่ทุกคนงดให้และงดรับของขวัญและของกำนัลทุกชนิด โดยเฉพาะช่วงเทศกาลปีใหม่ "
         "ระหว่างเดือนธันวาคม ๒๕๖๗ – มกราคม ๒๕๖๘",
         None),
    ]
    for head, body, owner in items:
        para(doc, head, bold=True, indent_cm=1.0)
        para(doc, body, first_line_cm=2.0, align="justify")
        if owner:
            para(doc, f"ผู้รับผิดชอบ : {owner}", indent_cm=2.0)
    para(doc, "ให้หัวหน้าส่วนราชการประจำอำเภอ กำกับ ติดตาม และรายงานผลการดำเนินการตามมาตรการให้นายอำเภอทราบ"
              "ทุก ๖ เดือน", first_line_cm=2.0, align="justify")
    para(doc, "จึงประกาศมาให้ทราบโดยทั่วกัน", first_line_cm=2.0)
    para(doc)
    para(doc, "ประกาศ  ณ  วันที่  ๑๕  พฤศจิกายน  พ.ศ. ๒๕๖๗", indent_cm=5.5)
    para(doc)
    para(doc)
    para(doc, "(นายธนกฤต ชัยมงคล)", indent_cm=7.5)
    para(doc, "นายอำเภอด่านขุนทด", indent_cm=7.8)
    return doc


# ----------------------------------------------------------------------------- d4: hospital minutes

def build_d4() -> Document:
    doc = new_document()
    para(doc, "บันทึกการประชุม", bold=True, align="center", size=18)
    para(doc, "คณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) โรงพยาบาลชุมแพ", bold=True, align="center")
    para(doc, "ครั้งที่ ๑/๒๕๖๘", bold=True, align="center")
    para(doc, "วันพุธที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๗ เวลา ๑๓.๓๐ น.", align="center")
    para(doc, "ณ ห้องประชุมราชพฤกษ์ ชั้น ๓ อาคารอำนวยการ โรงพยาบาลชุมแพ อำเภอชุมแพ จังหวัดขอนแก่น", align="center")
    para(doc, "*******************************", align="center")
    tabs = [7.5, 12.8]
    para(doc, "**ผู้มาประชุม**")
    present = [
        ("นพ.วิชัย สุขเจริญ", "ผู้อำนวยการโรงพยาบาลชุมแพ", "ประธานกรรมการ"),
        ("แพทย์หญิงศศิธร พรหมมา", "รองผู้อำนวยการฝ่ายการแพทย์", "รองประธานกรรมการ"),
        ("นางสุนิสา ทองดี", "หัวหน้ากลุ่มงานบริหารทั่วไป", "กรรมการ"),
        ("เภสัชกรธนพล ศรีบุญเรือง", "หัวหน้ากลุ่มงานเภสัชกรรม", "กรรมการ"),
        ("นางสาวพิมพ์ชนก ใจดี", "นักวิชาการคอมพิวเตอร์", "กรรมการ"),
        ("นายกิตติศักดิ์ มูลสาร", "นักจัดการงานทั่วไป", "กรรมการ"),
        ("นางอรุณี แก้วประเสริฐ", "หัวหน้าพยาบาล", "กรรมการ"),
        ("นางสาวอรวรรณ มีสุข", "นักวิเคราะห์นโยบายและแผน", "กรรมการและเลขานุการ"),
    ]
    for i, (n, p, r) in enumerate(present, 1):
        para(doc, f"{i}. {n}\t{p}\t{r}", tabs=tabs, indent_cm=0.5)
    para(doc, "**ผู้ไม่มาประชุม**")
    para(doc, "1. ทันตแพทย์หญิงมณีรัตน์ วงศ์ใหญ่\tหัวหน้ากลุ่มงานทันตกรรม\tกรรมการ (ติดราชการ)", tabs=tabs, indent_cm=0.5)
    para(doc, "**ผู้เข้าร่วมประชุม**")
    para(doc, "1. นายสมศักดิ์ พลเยี่ยม\tเจ้าพนักงานพัสดุชำนาญงาน", tabs=tabs, indent_cm=0.5)
    para(doc)
    para(doc, "เริ่มประชุมเวลา ๑๓.๔๐ น.")
    para(doc, "เมื่อครบองค์ประชุม ประธานกล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้", first_line_cm=1.5)
    para(doc, "**ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ**")
    para(doc, "ประธานแจ้งว่า สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
              "ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แล้ว โรงพยาบาลชุมแพได้คะแนนรวม ๘๔.๖๒ คะแนน อยู่ในระดับ B "
              "ลดลงจากปีงบประมาณ ๒๕๖๖ ซึ่งได้ ๘๖.๑๕ คะแนน และยังต่ำกว่าค่าเป้าหมายของสำนักงานสาธารณสุขจังหวัดขอนแก่น "
              "ที่กำหนดไว้ ๘๕ คะแนน จึงขอให้ทุกกลุ่มงานร่วมกันวิเคราะห์และกำหนดแนวทางแก้ไข",
         first_line_cm=1.5, align="justify")
    para(doc, "มติที่ประชุม  รับทราบ", indent_cm=1.5)
    para(doc, "**ระเบียบวาระที่ ๒  เรื่องรับรองรายงานการประชุมครั้งที่แล้ว**")
    para(doc, "รายงานการประชุมคณะกรรมการฯ ครั้งที่ 4/2567 เมื่อวันที่ 28 สิงหาคม 2567 เลขานุการได้แจ้งเวียนให้กรรมการ"
              "ตรวจสอบแล้ว ไม่มีการแก้ไข", first_line_cm=1.5, align="justify")
    para(doc, "มติที่ประชุม  รับรองรายงานการประชุม", indent_cm=1.5)
    para(doc, "**ระเบียบวาระที่ ๓  เรื่องสืบเนื่อง**")
    para(doc, "- ไม่มี -", indent_cm=1.5)
    para(doc, "**ระเบียบวาระที่ ๔  เรื่องเพื่อพิจารณา**")
    para(doc, "**๔.๑ ผลการวิเคราะห์คะแนน ITA ปี ๒๕๖๗ รายเครื่องมือและรายตัวชี้วัด**", indent_cm=0.8)
    para(doc, "เลขานุการนำเสนอว่า แบบวัด IIT ได้ 88.30 คะแนน แบบวัด EIT ได้ 82.95 คะแนน และแบบ OIT ได้ 83.10 คะแนน "
              "ตัวชี้วัดที่ต่ำกว่าเป้าหมาย (๘๕ คะแนน) ได้แก่ ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้ 81.25 คะแนน "
              "ตัวชี้วัดที่ 7 ประสิทธิภาพในการสื่อสาร ได้ ๗๘.๔๐ คะแนน โดยข้อ E8 ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ "
              "ได้เพียง 72.50 คะแนน และตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 70.00 คะแนน เนื่องจากไม่ได้เผยแพร่"
              "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ (ข้อ O39 และ O40) ส่วนตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล "
              "ได้ ๙๖.๒๐ คะแนน", first_line_cm=1.5, align="justify")
    para(doc, "ที่ประชุมได้อภิปรายอย่างกว้างขวาง โดยหัวหน้าพยาบาลเสนอให้เพิ่มช่องทางรับฟังความคิดเห็นที่หอผู้ป่วย "
              "และหัวหน้ากลุ่มงานบริหารทั่วไปเสนอให้ทบทวนการยืมครุภัณฑ์การแพทย์ระหว่างหน่วยงาน",
         first_line_cm=1.5, align="justify")
    para(doc, "มติที่ประชุม  เห็นชอบและมอบหมาย ดังนี้", indent_cm=1.5)
    res = [
        "1) งานพัสดุ (นายสมศักดิ์ พลเยี่ยม) ทบทวนแนวปฏิบัติการยืมครุภัณฑ์การแพทย์ระหว่างหอผู้ป่วย และแจ้งเวียน"
        "ทุกหน่วยงาน ให้แล้วเสร็จภายใน 31 ม.ค. 2568",
        "2) ให้ น.ส.พิมพ์ชนก ใจดี นักวิชาการคอมพิวเตอร์ ปรับปรุงเว็บไซต์โรงพยาบาลและเพิ่มช่องทางรับฟังความคิดเห็น"
        "ออนไลน์ (QR Code) ภายในเดือนธันวาคม 2567",
        "3) ให้กลุ่มงานยุทธศาสตร์และแผนงาน จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส "
        "รอบ 6 เดือน และเผยแพร่บนเว็บไซต์ ภายใน 30 เม.ย. 68",
        "4) ให้ทุกกลุ่มงานจัดกิจกรรมรณรงค์ No Gift Policy ช่วงเทศกาลปีใหม่ ระหว่างวันที่ 15 ธ.ค. 2567 – 15 ม.ค. 2568",
    ]
    for r in res:
        para(doc, r, indent_cm=2.0, align="justify")
    para(doc, "**๔.๒ แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘**", indent_cm=0.8)
    para(doc, "กลุ่มงานทรัพยากรบุคคลเสนอโครงการอบรมเสริมสร้างจริยธรรมและวินัยของบุคลากร สำหรับเจ้าหน้าที่ใหม่และ"
              "บุคลากรทุกระดับ จำนวน ๒ รุ่น", first_line_cm=1.5, align="justify")
    para(doc, "มติที่ประชุม  เห็นชอบให้กลุ่มงานทรัพยากรบุคคลจัดโครงการอบรมเสริมสร้างจริยธรรมและวินัยของบุคลากร "
              "ในเดือนกุมภาพันธ์ 2568", indent_cm=1.5, align="justify")
    para(doc, "**ระเบียบวาระที่ ๕  เรื่องอื่น ๆ**")
    para(doc, "ประธานนัดประชุมครั้งต่อไปในเดือนกุมภาพันธ์ ๒๕๖๘ เพื่อติดตามความก้าวหน้า", first_line_cm=1.5)
    para(doc, "มติที่ประชุม  รับทราบ", indent_cm=1.5)
    para(doc)
    para(doc, "ปิดประชุมเวลา ๑๕.๔๕ น.")
    para(doc)
    para(doc, "(ลงชื่อ)          อรวรรณ  มีสุข          ผู้จดรายงานการประชุม", indent_cm=6)
    para(doc, "(นางสาวอรวรรณ มีสุข)", indent_cm=7.3)
    para(doc, "นักวิเคราะห์นโยบายและแผน", indent_cm=7.0)
    para(doc)
    para(doc, "(ลงชื่อ)          สุนิสา  ทองดี          ผู้ตรวจรายงานการประชุม", indent_cm=6)
    para(doc, "(นางสุนิสา ทองดี)", indent_cm=7.6)
    para(doc, "หัวหน้ากลุ่มงานบริหารทั่วไป", indent_cm=7.0)
    return doc


BUILDERS = {"d1": build_d1, "d2": build_d2, "d3": build_d3, "d4": build_d4}


def to_pdf(docx: Path, n: int) -> Path:
    profile = f"file:///tmp/lo_blind3_{n}"
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(docx.parent), str(docx)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.rmtree(f"/tmp/lo_blind3_{n}", ignore_errors=True)
    return docx.with_suffix(".pdf")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("only", nargs="*", help="d1..d4 (default all)")
    a = ap.parse_args(argv)
    keys = a.only or list(BUILDERS)
    for n, key in enumerate(keys, 1):
        out = HERE / f"{STEMS[key]}.docx"
        BUILDERS[key]().save(out)
        print("wrote", out.relative_to(HERE))
        if not a.no_pdf:
            print("wrote", to_pdf(out, n).relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
