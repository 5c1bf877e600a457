#!/usr/bin/env python3
"""Build the blind-4 held-out reports (tests/blind4/*.docx + *.pdf).

Four new reports written the way real Thai units write them, in genres the
pipeline claims to read, with different units, provinces, years, wording and
layouts from the seeds:

- e1  เทศบาลนครลำปาง: analysis of ITA 2568 (tool table, indicator prose, weak
      question bullets with codes, 6-column measures table in a landscape
      section with merged cells, crossing a page break).
- e2  กรมพัฒนาที่ดิน: measures FY 2567 as a two-level numbered list, owners after
      "หน่วยงานรับผิดชอบ:", deadlines by fiscal quarter.
- e3  ภ.จว.กาฬสินธุ์: KPI scorecard report (weight/target/result/points), long
      ranks, supervisor and data collectors with phones, items ก. ข. ค.
- e4  รพ.สต.ดอนแก้ว: short minutes, attendees table, quoted scores, action
      items table with indicator header rows merged across the table.

Gold facts are hand-written in tests/blind4/gold/.

    uv run python tests/blind4/make_blind4.py           # docx + pdf
    uv run python tests/blind4/make_blind4.py --no-pdf
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FONT = "Laksaman"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s: str) -> str:
    return s.translate(TH)


# ---------------------------------------------------------------- helpers

def _font(run, bold=False, size=16):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), FONT)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(size * 2))
    if bold:
        if rpr.find(qn("w:bCs")) is None:
            rpr.append(OxmlElement("w:bCs"))


def new_doc() -> Document:
    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        st = doc.styles[name]
        st.font.name = FONT
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(a), FONT)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), "32")
        if name.startswith("Heading") or name == "Title":
            st.font.color.rgb = None
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def para(doc_or_cell, text: str = "", bold=False, align=None, style=None, indent=None, size=16):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        _font(p.add_run(text), bold=bold, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def heading(doc, text: str, level: int = 1, align=None):
    p = doc.add_heading(level=level)
    _font(p.add_run(text), bold=True, size=18 if level == 1 else 16)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text: str, bold=False, align=None, size=16):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            _font(p.add_run(line), bold=bold, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(doc, rows: list[list[str]], widths_cm: list[float] | None = None, header_rows: int = 1,
          repeat_header=False, size=16):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            set_cell(t.cell(r, c), text, bold=r < header_rows, align="center" if r < header_rows else None, size=size)
    if widths_cm:
        t.autofit = False
        for c, w in enumerate(widths_cm):
            t.columns[c].width = Cm(w)
        for row in t.rows:
            for c, w in enumerate(widths_cm):
                row.cells[c].width = Cm(w)
    if repeat_header:
        for r in range(header_rows):
            trpr = t.rows[r]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trpr.append(h)
    return t


def merge(t, r1, c1, r2, c2, text: str | None = None, bold=False, align=None):
    cell = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for p in list(cell.paragraphs)[1:]:
            p._element.getparent().remove(p._element)
        for r in list(cell.paragraphs[0].runs):
            r._element.getparent().remove(r._element)
        set_cell(cell, text, bold=bold, align=align)
    return cell


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return sec


# ---------------------------------------------------------------- e1

def build_e1() -> Document:
    doc = new_doc()
    for _ in range(5):
        para(doc)
    heading(doc, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", 1, "center")
    heading(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", 1, "center")
    heading(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 1, "center")
    for _ in range(8):
        para(doc)
    para(doc, "เทศบาลนครลำปาง", bold=True, align="center", size=20)
    para(doc, "อำเภอเมืองลำปาง  จังหวัดลำปาง", bold=True, align="center")
    page_break(doc)

    heading(doc, "ส่วนที่ ๑ ผลการประเมินในภาพรวม", 2)
    para(doc, "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการ"
              "ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
              "โดยใช้เครื่องมือ ๓ ประเภท ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) "
              "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) นั้น",
         indent=1.5, align="justify")
    para(doc, "เทศบาลนครลำปางได้คะแนนในภาพรวม ๘๗.๒๓ คะแนน อยู่ในระดับ A (ผ่านเกณฑ์ ๘๕ คะแนน) "
              "เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๒.๑๐ คะแนน (ระดับ B) โดยมีคะแนนแยกตามเครื่องมือ ดังนี้",
         indent=1.5, align="justify")
    table(doc, [
        ["เครื่องมือการประเมิน", "ค่าน้ำหนัก", "คะแนนที่ได้"],
        ["แบบวัด IIT", "ร้อยละ 30", "91.25"],
        ["แบบวัด EIT", "ร้อยละ 30", "84.17"],
        ["แบบตรวจ OIT", "ร้อยละ 40", "86.50"],
        ["คะแนนรวม", "100", "87.23"],
    ], widths_cm=[7, 4, 4])
    para(doc)
    heading(doc, "ส่วนที่ ๒ ผลการประเมินรายตัวชี้วัด", 2)
    prose = [
        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๓.๑๒ คะแนน บุคลากรส่วนใหญ่เห็นว่าเจ้าหน้าที่ปฏิบัติงาน"
        "ตามขั้นตอนและระยะเวลาที่กำหนด และไม่เลือกปฏิบัติต่อผู้มาติดต่อ",
        "ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 88.40 คะแนน ยังมีบุคลากรบางส่วนที่ไม่ทราบแผนการใช้จ่ายงบประมาณ"
        "ประจำปีและผลการจัดซื้อจัดจ้างของเทศบาล",
        "ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้ ๙๒.๗๕ คะแนน ผู้บังคับบัญชามอบหมายงานอย่างเป็นธรรม",
        "ตัวชี้วัดที่ 4 การใช้ทรัพสินของราชการ ได้ 86.91 คะแนน บุคลากรยังขาดความเข้าใจเรื่องการขออนุญาตยืม"
        "ทรัพย์สินของราชการไปใช้นอกสถานที่",
        "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ได้ ๙๕.๐๗ คะแนน เป็นตัวชี้วัดที่ได้คะแนนสูงสุดของเครื่องมือ IIT",
        "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้ ๘๗.๓๐ คะแนน",
        "ตัวชี้วัดที่ 7 ประสิทธภาพการสื่อสาร ได้ 82.45 คะแนน ต่ำกว่าเกณฑ์ เนื่องจากผู้รับบริการยังไม่ทราบช่องทาง"
        "การแสดงความคิดเห็นและช่องทางร้องเรียนของเทศบาล",
        "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ได้ ๘๒.๗๖ คะแนน",
        "ส่วนเครื่องมือ OIT ตัวชี้วัดการเปิดเผยข้อมูลได้ ๙๑.๐๐ คะแนน และตัวชี้วัดการป้องกันการทุจริตได้ ๘๒.๐๐ คะแนน "
        "เนื่องจากไม่ได้เผยแพร่รายงานผลการดำเนินการตามแผนป้องกันการทุจริตรอบ ๖ เดือน",
    ]
    for s in prose:
        para(doc, s, indent=1.5, align="justify")

    heading(doc, "ส่วนที่ ๓ ข้อคำถามที่ได้คะแนนต่ำกว่า ๘๕ คะแนน", 2)
    para(doc, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", bold=True)
    for s in [
        "I9 หน่วยงานของท่าน มีการจัดซื้อจัดจ้าง/การจัดหาพัสดุ และการตรวจรับพัสดุ อย่างโปร่งใส ตรวจสอบได้ "
        "มากน้อยเพียงใด ได้ 80.35 คะแนน",
        "I21 ท่านรู้ แนวปฏิบัติของหน่วยงานเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง มากน้อยเพียงใด ได้ 79.80 คะแนน",
    ]:
        para(doc, s, style="List Bullet")
    para(doc, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", bold=True)
    for s in [
        "E๗ หน่วยงานที่ท่านติดต่อ มีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการ "
        "หรือไม่ ได้ ๗๖.๙๒ คะแนน",
        "E๑๒ หน่วยงานที่ท่านติดต่อ มีการปรับปรุงวิธีการและขั้นตอนการดำเนินงาน/การให้บริการให้ดีขึ้น "
        "มากน้อยเพียงใด ได้ ๘๐.๑๔ คะแนน",
        "E๑๔ หน่วยงานที่ท่านติดต่อ เปิดโอกาสให้ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย "
        "เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน/การให้บริการ ให้ดีขึ้น มากน้อยเพียงใด ได้ ๗๘.๓๓ คะแนน",
    ]:
        para(doc, s, style="List Bullet")

    landscape_section(doc)
    heading(doc, "ส่วนที่ ๔ มาตรการและแนวทางการพัฒนาเพื่อยกระดับผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", 2)
    hdr = ["ลำดับ", "ตัวชี้วัด", "ปัญหา/จุดอ่อน", "มาตรการ/แนวทางแก้ไข", "ผู้รับผิดชอบ", "ระยะเวลา"]
    rows = [
        hdr,
        ["๑", "ตัวชี้วัดที่ ๒\nการใช้งบประมาณ",
         "บุคลากรบางส่วนไม่ทราบแผนการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้าง (ข้อ I9 ได้ 80.35 คะแนน) "
         "เนื่องจากเผยแพร่เฉพาะบนเว็บไซต์ ไม่ได้แจ้งเวียนภายในหน่วยงาน",
         "1) เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาสผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์\n"
         "2) จัดประชุมชี้แจงขั้นตอนการจัดซื้อจัดจ้างให้บุคลากรทุกระดับทราบ",
         "กองคลัง, ฝ่ายพัสดุและทรัพย์สิน", "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙"],
        ["๒", "การใช้ทรัพสินของราชการ",
         "บุคลากรยังไม่เข้าใจแนวปฏิบัติการยืมทรัพย์สินของราชการ (ข้อ I21 ได้ 79.80 คะแนน) "
         "และไม่มีแบบฟอร์มการขออนุญาตที่เป็นมาตรฐานเดียวกันทุกกอง",
         "จัดทำคู่มือการยืม-คืนพัสดุและทรัพย์สินของราชการ พร้อมแบบฟอร์มขออนุญาต และเผยแพร่ให้บุคลากรทราบ",
         "นายธนากร ศรีวงศ์\nผู้อำนวยการกองคลัง", "ภายใน ธ.ค. ๖๘"],
        ["๓", "ตัวชี้วัดที่ 7 ประสิทธภาพการสื่อสาร",
         "ผู้รับบริการไม่ทราบช่องทางรับฟังคำติชมและช่องทางร้องเรียน (ข้อ E7 ได้ 76.92 คะแนน) "
         "ป้ายประชาสัมพันธ์ ณ จุดบริการชำรุด ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน",
         "1) เพิ่มช่องทางรับฟังความคิดเห็นผ่าน LINE Official Account ของเทศบาล และ QR Code ณ จุดบริการ\n"
         "2) ประชาสัมพันธ์ช่องทางร้องเรียน/ร้องทุกข์ผ่านสถานีวิทยุชุมชนและเสียงตามสาย",
         "ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล", "ม.ค.–มี.ค. ๒๕๖๙"],
        ["๔", "การปรับปรุงระบบการทำงาน",
         "การขออนุญาตก่อสร้างอาคารใช้เวลานาน ผู้รับบริการต้องมาติดต่อหลายครั้ง (ข้อ E12 ได้ 80.14 คะแนน) "
         "ทั้งยังต้องยื่นเอกสารฉบับจริงซ้ำหลายชุด ทำให้เกิดความล่าช้าและเปิดช่องให้มีการเรียกรับผลประโยชน์",
         "ปรับลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร โดยนำระบบ e-Service มาใช้",
         "ทุกกอง/สำนัก", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙"],
        [None, None,
         "ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการให้บริการน้อย (ข้อ E14 ได้ 78.33 คะแนน) "
         "เนื่องจากไม่มีเวทีหรือช่องทางให้ประชาชนเสนอแนะอย่างเป็นระบบ",
         "จัดเวทีประชาคมให้ผู้มีส่วนได้ส่วนเสียร่วมเสนอแนะการปรับปรุงการให้บริการ ปีละ ๒ ครั้ง",
         None, None],
        ["๕", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
         "ไม่ได้เผยแพร่รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตรอบ ๖ เดือน "
         "ทำให้ไม่ได้คะแนนในข้อดังกล่าว",
         "จัดทำรายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตรอบ ๖ เดือน และเผยแพร่บนเว็บไซต์",
         "นางสาวพิมพ์ชนก แก้วมณี\nนักวิเคราะห์นโยบายและแผนชำนาญการ", "ภายใน ๓๐ เม.ย. ๒๕๖๙"],
    ]
    t = table(doc, rows, widths_cm=[1.5, 3.5, 6.5, 8.0, 3.5, 2.7], size=15)
    merge(t, 4, 0, 5, 0, "๔")
    merge(t, 4, 1, 5, 1, "การปรับปรุงระบบการทำงาน")
    merge(t, 4, 4, 5, 4, "ทุกกอง/สำนัก")
    merge(t, 4, 5, 5, 5, "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙")
    para(doc)
    para(doc, "ลงชื่อ ...................................... ผู้รายงาน", align="center")
    para(doc, "(นางสาวพิมพ์ชนก แก้วมณี)", align="center")
    para(doc, "นักวิเคราะห์นโยบายและแผนชำนาญการ", align="center")
    para(doc)
    para(doc, "ลงชื่อ ...................................... ผู้เห็นชอบ", align="center")
    para(doc, "(นายวิชัย ตั้งมั่นคง)", align="center")
    para(doc, "นายกเทศมนตรีนครลำปาง", align="center")
    return doc


# ---------------------------------------------------------------- e2

E2_ITEMS = [
    ("๑. ประสิทธิภาพการสือสาร (EIT)", [
        ("๑.๑ ปรับปรุงหน้าเว็บไซต์กรมให้ค้นหาข้อมูลการให้บริการได้ง่าย และแสดงช่องทางติดต่อสอบถามไว้ที่หน้าแรก",
         "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ภายในไตรมาสที่ ๒"),
        ("๑.๒ จัดทำอินโฟกราฟิกสรุปขั้นตอนการขอรับบริการตรวจวิเคราะห์ดิน เผยแพร่ทาง Facebook และ LINE ของกรม",
         "สำนักงานเลขานุการกรม (ฝ่ายประชาสัมพันธ์), กองวิเคราะห์ดิน", "ภายในไตรมาสที่ ๓"),
    ]),
    ("๒. การเปิดเผยข้อมูล (OIT)", [
        ("๒.๑ ตรวจสอบความครบถ้วนของข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ทุกข้อ ก่อนเผยแพร่บนเว็บไซต์",
         "กองแผนงาน ร่วมกับ ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ไตรมาสที่ ๒ - ๓"),
        ("๒.๒ เผยแพร่รายงานผลการใช้จ่ายงบประมาณประจำปี และรายงานผลการจัดซื้อจัดจ้างรายเดือน",
         "กองคลัง", "ตลอดปีงบประมาณ"),
    ]),
    ("3. การใช้ทรัพย์สินของทางราชการ", [
        ("3.1 ออกประกาศกรมพัฒนาที่ดิน เรื่อง แนวทางปฏิบัติการใช้รถราชการและทรัพย์สินของราชการ",
         "สำนักงานเลขานุการกรม", "ภายในไตรมาสที่ 1"),
        ("3.2 สุ่มตรวจทะเบียนคุมการยืมพัสดุของสำนักงานพัฒนาที่ดินเขต 1-12 อย่างน้อยปีละ 2 ครั้ง",
         "กลุ่มตรวจสอบภายใน", "ภายในไตรมาสที่ 4"),
    ]),
    ("4. การป้องกันการทุจริต", [
        ("4.1 ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน และสื่อสารให้บุคลากรทุกระดับรับทราบ",
         "กลุ่มงานคุ้มครองจริยธรรม", "ภายในไตรมาสที่ 1"),
        ("4.2 จัดอบรมหลักสูตรต้านทุจริตศึกษา (STRONG) ให้แก่ข้าราชการบรรจุใหม่",
         "กองการเจ้าหน้าที่, ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ภายในไตรมาสที่ 3"),
        ("4.3 จัดทำรายงานผลการดำเนินงานตามแผนป้องกันการทุจริตรอบ 6 เดือน และรอบ 12 เดือน เสนออธิบดี",
         "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ภายใน 30 ก.ย. 2567"),
    ]),
]


def build_e2() -> Document:
    doc = new_doc()
    para(doc, "(ครุฑ)", align="center")
    heading(doc, "ประกาศกรมพัฒนาที่ดิน", 1, "center")
    heading(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", 1, "center")
    heading(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", 1, "center")
    para(doc, "กรมพัฒนาที่ดิน กระทรวงเกษตรและสหกรณ์", align="center")
    para(doc, "------------------------------", align="center")
    para(doc, "๑. หลักการและเหตุผล", bold=True)
    para(doc, "กรมพัฒนาที่ดินได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              "(Integrity and Transparency Assessment : ITA) ตามที่สำนักงาน ป.ป.ช. กำหนด เป็นประจำทุกปี "
              "เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใส และนำผลการประเมินมาปรับปรุงการปฏิบัติงาน",
         indent=1.5, align="justify")
    para(doc, "๒. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", bold=True)
    para(doc, "ผลการประเมิน ITA ของกรมพัฒนาที่ดิน ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนนรวม 90.11 คะแนน "
              "อยู่ในระดับ A โดยแบบวัด IIT ได้ 93.40 คะแนน แบบวัด EIT ได้ 88.95 คะแนน และแบบตรวจ OIT "
              "ได้ 88.50 คะแนน ตัวชี้วัดที่ได้คะแนนต่ำกว่า 85 คะแนน ได้แก่ ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร "
              "(84.12 คะแนน) และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (77.00 คะแนน) ส่วนตัวชี้วัดที่ 10 "
              "การป้องกันการทุจริต ได้คะแนนเต็ม 100 คะแนน กรมจึงกำหนดเป้าหมายปี 2567 ไว้ไม่ต่ำกว่า 92 คะแนน",
         indent=1.5, align="justify")
    para(doc, "๓. มาตรการและแนวทางดำเนินการ", bold=True)
    for head, items in E2_ITEMS:
        para(doc, head, bold=True, indent=0.75)
        for title, owner, period in items:
            para(doc, title, indent=1.25)
            para(doc, f"หน่วยงานรับผิดชอบ: {owner}", indent=1.75)
            para(doc, f"ระยะเวลาดำเนินการ: {period}", indent=1.75)
    para(doc, "4. การติดตามและรายงานผล", bold=True)
    para(doc, "ให้หน่วยงานรับผิดชอบรายงานความก้าวหน้าการดำเนินการตามมาตรการต่อคณะทำงานขับเคลื่อนการประเมิน ITA "
              "ของกรมทุกไตรมาส ผ่านกองแผนงาน ผู้ประสานงาน ITA ของกรม ได้แก่ นางสาวศิริพร มั่นคง "
              "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ กองแผนงาน โทร. ๐ ๒๕๗๙ ๐๑๑๑ ต่อ ๑๒๓๔",
         indent=1.5, align="justify")
    para(doc, "จึงประกาศมาเพื่อทราบและถือปฏิบัติโดยทั่วกัน", indent=1.5)
    para(doc, "ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๖", align="center")
    para(doc)
    para(doc, "(นายสมศักดิ์ ทองประเสริฐ)", align="center")
    para(doc, "อธิบดีกรมพัฒนาที่ดิน", align="center")
    return doc


# ---------------------------------------------------------------- e3

def build_e3() -> Document:
    doc = new_doc()
    heading(doc, "รายงานผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน", 1, "center")
    para(doc, "ตัวชี้วัดกลุ่มที่ ๒ ด้านการป้องกันและปราบปรามการทุจริต (ITA)  (๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗)", bold=True,
         align="center")
    para(doc, "หน่วยงาน : ตำรวจภูธรจังหวัดกาฬสินธุ์ (ภ.จว.กาฬสินธุ์)", bold=True)
    para(doc, "ผู้กำกับดูแลตัวชี้วัด : พันตำรวจเอก ประเสริฐ วงศ์สุวรรณ  รอง ผบก.ภ.จว.กาฬสินธุ์  "
              "โทร. ๐๔๓-๘๑๑๒๒๓ ต่อ ๒๐๑")
    para(doc, "ผู้จัดเก็บข้อมูล :")
    para(doc, "๑. พ.ต.ท.หญิง อรอุมา ชัยมงคล  สว.ฝอ.ภ.จว.กาฬสินธุ์  โทร. ๐๘๑-๒๓๔-๕๖๗๘", indent=1.0)
    para(doc, "๒. ร้อยตำรวจเอก ณัฐวุฒิ พลราช  รอง สว.ฝอ.ภ.จว.กาฬสินธุ์  โทร. 09 8765 4321", indent=1.0)
    para(doc, "๓. ส.ต.อ.กิตติพงษ์ ภูมิสิทธิ์  ผบ.หมู่ ฝอ.ภ.จว.กาฬสินธุ์", indent=1.0)
    para(doc, "คำอธิบาย", bold=True)
    para(doc, "ตัวชี้วัดกลุ่มนี้ใช้ติดตามการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสของสถานีตำรวจในสังกัด "
              "ภ.จว.กาฬสินธุ์ จำนวน ๑๖ สถานี โดยพิจารณาจากผลคะแนนการประเมิน ITA ของแต่ละสถานี "
              "ความครบถ้วนของการเปิดเผยข้อมูลบนเว็บไซต์ ความพึงพอใจของผู้รับบริการ การจัดการเรื่องร้องเรียน "
              "และการเสริมสร้างวัฒนธรรมองค์กรสุจริต ทั้งนี้ ให้ใช้ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗ "
              "เป็นฐานในการรายงานผลรอบ ๖ เดือน และให้สถานีตำรวจรายงานข้อมูลผ่านระบบภายในวันที่ ๕ ของเดือนถัดไป",
         indent=1.5, align="justify")
    para(doc, "เกณฑ์การให้คะแนน (ตัวชี้วัดที่ ๑)", bold=True)
    table(doc, [
        ["ระดับคะแนน", "1", "2", "3", "4", "5"],
        ["ร้อยละของสถานีที่ผ่านเกณฑ์", "60", "70", "80", "90", "100"],
    ], widths_cm=[6, 2, 2, 2, 2, 2])
    para(doc)
    para(doc, "ผลการดำเนินงาน", bold=True)
    rows = [
        ["ตัวชี้วัด", "น้ำหนัก\n(ร้อยละ)", "เป้าหมาย", "ผลการดำเนินงาน", "ค่าคะแนนที่ได้", "คะแนนถ่วงน้ำหนัก"],
        ["๑. ร้อยละของสถานีตำรวจในสังกัดที่ผ่านเกณฑ์การประเมิน ITA (๘๕ คะแนนขึ้นไป) "
         "(ผ่านเกณฑ์ ๑๔ สถานี จาก ๑๖ สถานี)", "30", "ร้อยละ 100", "87.50", "4", "1.20"],
        ["๒. ระดับความสำเร็จของการเปิดเผยข้อมูลสาธารณะ (OIT) บนเว็บไซต์ของสถานีตำรวจ", "20", "ระดับ 5",
         "ระดับ 5", "5", "1.00"],
        ["๓. ร้อยละของความพึงพอใจของผู้รับบริกร (EIT)", "20", "ร้อยละ 85", "88.74", "5", "1.00"],
        ["๔. ร้อยละของเรื่องร้องเรียนการทุจริตที่ดำเนินการแล้วเสร็จภายในกำหนด (แล้วเสร็จ ๔ เรื่อง จาก ๖ เรื่อง)",
         "15", "ร้อยละ 80", "66.67", "2", "0.30"],
        ["๕. จำนวนครั้งของการจัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กรสุจริต", "15", "๔ ครั้ง", "๓ ครั้ง", "3", "0.45"],
        ["รวม", "100", "", "", "", "3.95"],
    ]
    table(doc, rows, widths_cm=[7.0, 1.8, 2.2, 2.4, 1.8, 2.2], repeat_header=True, size=15)
    para(doc)
    para(doc, "มาตรการ/กิจกรรมที่ได้ดำเนินการ", bold=True)
    for s in [
        "ก. จัดประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ให้แก่ผู้รับผิดชอบของสถานีตำรวจในสังกัด",
        "ข. เปิดคลินิก ITA (Clinic Police ITA) ให้คำปรึกษาการจัดทำข้อมูลเผยแพร่บนเว็บไซต์แก่สถานีตำรวจในสังกัด ทุกวันพุธ",
        "ค. ตรวจติดตามความครบถ้วนของข้อมูลบนเว็บไซต์ของสถานีตำรวจในสังกัดเป็นประจำทุกเดือน และแจ้งผลให้สถานีแก้ไข",
        "ง. ประชาสัมพันธ์ QR Code แบบวัดความพึงพอใจของผู้รับบริการ ณ จุดบริการประชาชนของทุกสถานี",
    ]:
        para(doc, s, indent=1.0)
    para(doc, "ปัญหา/อุปสรรค", bold=True)
    para(doc, "สถานีตำรวจขนาดเล็กมีกำลังพลจำกัด เจ้าหน้าที่ผู้ดูแลเว็บไซต์มีภารกิจอื่นหลายด้าน "
              "และมีการโยกย้ายบ่อย ทำให้การปรับปรุงข้อมูลไม่ต่อเนื่อง", indent=1.5)
    para(doc)
    para(doc, "ผู้รายงาน พ.ต.อ.ประเสริฐ วงศ์สุวรรณ", align="right")
    para(doc, "ผู้รับรองข้อมูล", align="right")
    para(doc, "พล.ต.ต. วิรัช สมบูรณ์ศักดิ์", align="right")
    para(doc, "ผบก.ภ.จว.กาฬสินธุ์", align="right")
    return doc


# ---------------------------------------------------------------- e4

def build_e4() -> Document:
    doc = new_doc()
    heading(doc, "สรุปผลการประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ครั้งที่ ๓/๒๕๖๗", 1,
            "center")
    para(doc, "โรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่", bold=True, align="center")
    para(doc, "วันพุธที่ ๒๕ กันยายน ๒๕๖๗ เวลา ๑๓.๓๐ น. ณ ห้องประชุม รพ.สต.ดอนแก้ว", align="center")
    para(doc, "ผู้มาประชุม", bold=True)
    table(doc, [
        ["ที่", "ชื่อ-สกุล", "ตำแหน่ง", "หน้าที่"],
        ["1", "นางสุนันทา ใจดี", "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว", "ประธาน"],
        ["2", "นายเอกชัย บุญมา", "สาธารณสุขอำเภอแม่ริม", "ที่ปรึกษา"],
        ["3", "นายอนุชา ปัญญาดี", "นักวิชาการสาธารณสุขชำนาญการ", "คณะทำงาน"],
        ["4", "นางสาวกมลวรรณ อินต๊ะ", "พยาบาลวิชาชีพชำนาญการ", "คณะทำงาน"],
        ["5", "นายพงศกร คำมา", "เจ้าพนักงานสาธารณสุข", "คณะทำงาน"],
        ["6", "นางรัตนา สมใจ", "เจ้าพนักงานธุรการ", "คณะทำงานและเลขานุการ"],
    ], widths_cm=[1, 5, 7.5, 3.5])
    para(doc, "ผู้ไม่มาประชุม", bold=True)
    para(doc, "1. นายวีระพงษ์ ทาแก้ว นักวิชาการสาธารณสุขปฏิบัติการ (ลาป่วย)", indent=1.0)
    para(doc, "เริ่มประชุมเวลา ๑๓.๓๐ น.", bold=True)
    para(doc, "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", bold=True)
    para(doc, "ประธานแจ้งผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของ รพ.สต.ดอนแก้ว ได้ ๘๙.๐๗ คะแนน ระดับ A "
              "เพิ่มขึ้นจากปี ๒๕๖๖ ที่ได้ ๘๑.๕๗ คะแนน ระดับ B (เพิ่มขึ้น ๗.๕๐ คะแนน) โดยแยกเป็น IIT ๙๒.๑๐ "
              "EIT ๘๖.๔๕ และ OIT ๘๘.๗๕ คะแนน", indent=1.5, align="justify")
    para(doc, "มติที่ประชุม รับทราบ", indent=1.5)
    para(doc, "ระเบียบวาระที่ ๒ เรื่องเพื่อพิจารณา", bold=True)
    para(doc, "นายอนุชา ปัญญาดี รายงานว่า ตัวชี้วัดการเปิดเผยข้อมูลได้ 82.50 คะแนน เนื่องจากข้อมูลโครงสร้างและ"
              "รายงานการจัดซื้อจัดจ้างบนเว็บไซต์ไม่ครบ ส่วนตัวชี้วัดการป้องกันการทุจริตได้ 95.00 คะแนน "
              "และข้อคำถาม E4 (เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการดำเนินงาน/ให้บริการอย่างชัดเจน) ได้เพียง 79.17 คะแนน "
              "ที่ประชุมจึงมอบหมายงานเพื่อเตรียมการประเมินปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้", indent=1.5, align="justify")
    rows = [
        ["เรื่อง", "ผู้รับผิดชอบ", "กำหนดเสร็จ"],
        ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", None, None],
        ["ปรับปรุงข้อมูลพื้นฐานและโครงสร้างหน่วยงานบนเว็บไซต์ให้เป็นปัจจุบัน", "นายพงศกร คำมา", "๓๑ ต.ค. ๖๗"],
        ["เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ให้ครบทุกเดือน", "นางรัตนา สมใจ",
         "ภายในวันที่ ๑๐ ของทุกเดือน"],
        ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", None, None],
        ["ติดป้ายประชาสัมพันธ์ช่องทางร้องเรียนและ QR Code แบบสอบถาม EIT ที่จุดคัดกรองและห้องจ่ายยา",
         "น.ส.กมลวรรณ อินต๊ะ", "15 ต.ค. 2567"],
        ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", None, None],
        ["จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๘ เสนอสาธารณสุขอำเภอแม่ริม",
         "นายอนุชา ปัญญาดี / นางสุนันทา ใจดี", "ภายในเดือนพฤศจิกายน ๒๕๖๗"],
        ["ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy)", "ผอ.รพ.สต.", "๑-๓๑ ต.ค. ๒๕๖๗"],
    ]
    t = table(doc, rows, widths_cm=[9.5, 4.5, 3.5])
    for r in (1, 4, 6):
        label = rows[r][0]
        merge(t, r, 0, r, 2, label, bold=True)
    para(doc, "มติที่ประชุม เห็นชอบ", indent=1.5)
    para(doc, "ระเบียบวาระที่ ๓ เรื่องอื่น ๆ", bold=True)
    para(doc, "ไม่มี", indent=1.5)
    para(doc, "ปิดประชุมเวลา ๑๕.๐๐ น.")
    para(doc)
    para(doc, "(นางรัตนา สมใจ)", align="right")
    para(doc, "ผู้จดรายงานการประชุม", align="right")
    para(doc, "(นางสุนันทา ใจดี)", align="right")
    para(doc, "ผู้ตรวจรายงานการประชุม", align="right")
    return doc


REPORTS = {
    "e1_analysis_lampang_city_municipality": build_e1,
    "e2_measures_land_development_dept": build_e2,
    "e3_kpi_report_police_kalasin": build_e3,
    "e4_minutes_rpst_don_kaeo": build_e4,
}


def to_pdf(docx: Path, n: int) -> Path:
    profile = Path(f"/tmp/lo_blind4_{n}")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", out, str(docx)], check=True, capture_output=True, timeout=180)
        pdf = Path(out) / (docx.stem + ".pdf")
        dest = docx.with_suffix(".pdf")
        shutil.move(str(pdf), dest)
    return dest


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    for n, (stem, build) in enumerate(REPORTS.items(), 1):
        path = HERE / f"{stem}.docx"
        build().save(path)
        print("wrote", path.name)
        if not args.no_pdf:
            print("wrote", to_pdf(path, n).name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
