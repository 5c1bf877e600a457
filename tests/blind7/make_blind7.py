#!/usr/bin/env python3
"""Build the blind-7 reports (tests/blind7/h*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output,
from the wording of real units' ITA pages (search tool, "pages" corpus):
  - sasukklonghoykhong.com/ita-2566-ไตรมาส-1 (สสอ.คลองหอยโข่ง): "MOIT1 ข้อ 2.1 บันทึกข้อความรายงานผล",
    "บันทึกข้อความลงนามคำสั่ง" -- the memo (บันทึกข้อความ) reporting to the head, as in h1;
  - bpn.go.th/data_3976 (เทศบาลตำบลบ้านเป้า): plan tables of "โครงการ/กิจกรรม/มาตรการ" with the head's
    signature (นายกเทศมนตรี...) -- the wording of plan rows in h2;
  - online.anyflip.com/qxtmp/cuda/files/basic-html/page138.html: "ผลการประเมินคุณธรรมและความโปร่งใส ...
    ประจำปีงบประมาณ พ.ศ. 2564" with a transposed table (units as columns, "คะแนน ITA", "ระดับ", OIT,
    "ตัวชี้วัดที่ 9/10" as rows) -- the transposed score table of h4 (years as columns);
  - tna.mcot.net/politics-1399345 and matichon.co.th/politics/news_5328750: the ITA 2567 assessment ran
    1 Jan - 30 Jun 2567 and ITA 2568 results (weighted tools) -- the background sentences of h1 and h4;
  - sasukklonghoykhong.com (as above: "แบบรายงานผลการดำเนินงาน ... รอบ 6 เดือน", "MOIT1 ข้อ 2.2 รายงานผลการ
    ดำเนินงานเผยแพร่ข้อมูล") and an unaddressed stored excerpt of a bribery-measure evidence list
    ("ไตรมาสที่2 ... ไตรมาสที่ 4", "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน") -- the
    quarter-based periods and the 12-month progress report of h3;
  - agri.vru.ac.th/th/?page=ITA, sakaeoschool.ac.th (OIT item lists) -- "เผยแพร่ข้อมูลครบ ... รายการ" results.
Units, people and figures are invented; tool scores are consistent with the 0.3/0.3/0.4 weighting.

  h1  โรงพยาบาลห้วยผึ้งทอง (กาฬสินธุ์)       memo (บันทึกข้อความ) reporting ITA 2567, EIT/OIT indicator table,
                                            measures as a numbered list with owner/period lines, 3 signatures
                                            (เสนอ / กลั่นกรอง / ทราบ-อนุมัติ); Thai digits; "TH Sarabun New"
  h2  อบต.โคกกระเบื้อง (สุรินทร์)            action plan, landscape, columns ที่ | ประเด็นที่ต้องพัฒนา | มาตรการ/
                                            แนวทาง | ขั้นตอน/วิธีการ | ระยะเวลาดำเนินการ | ผู้รับผิดชอบ |
                                            ตัวชี้วัดความสำเร็จ; merged issue cell; many period styles; Thai digits
  h3  ที่ทำการปกครองอำเภอภูผาแดง (เลย)      12-month progress report, landscape, 7 columns incl. ผลการดำเนินงาน
                                            and a worded สถานะ, table over two pages with repeated header;
                                            Arabic digits
  h4  เทศบาลตำบลบ้านไร่ทอง (อุทัยธานี)      form (แบบรายงาน) with labelled fields, transposed score table
                                            (years 2566/2567/2568 as columns), measures as labelled-field
                                            boxes; Arabic digits

    uv run python tests/blind7/make_blind7.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para, _repeat_header, convert_to_pdf  # noqa: E402

GOLD = HERE / "gold"


def O(rank=None, name=None, pos=None, org=None):
    return {"rank": rank, "person_name": name, "position": pos, "org_unit": org}


def M(title, owners=(), ind=None, start=None, end=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "owners": list(owners)}


def P(role, rank, name, pos, phone=None):
    return {"role": role, "rank": rank, "person_name": name, "position": pos, "phone": phone}


def S(level, value, year, tool=None, ind=None, rating=None, q=None, label=None):
    return {"level": level, "tool": tool, "indicator_no": ind, "question_code": q, "fiscal_year": year,
            "value": value, "rating": rating, "label": label}


def set_font(doc, font: str, size: int) -> None:
    for name in ("Normal", "Table Grid"):
        try:
            st = doc.styles[name]
        except KeyError:
            continue
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(k), font)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), str(2 * size))


def new_doc(font: str, size: int, landscape: bool, margin: float = 2.0):
    doc = Document()
    set_font(doc, font, size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin))
    return doc


def grid(doc, rows, widths=None, header_rows=1, repeat=False, borders=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = "Table Grid"
    else:
        _no_borders(t)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=r < header_rows)
    if repeat:
        for r in range(header_rows):
            _repeat_header(t.rows[r])
    if widths:
        fix_widths(t, widths)
    return t


def fix_widths(t, widths) -> None:
    """Column widths LibreOffice honours: a fixed layout, the grid columns and every cell."""
    t.autofit = False
    tbl_pr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)


def keep_rows(t) -> None:
    """Rows that do not break across pages (signature blocks, field boxes)."""
    for row in t.rows:
        tr_pr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def centered_block(doc, lines):
    for ln in lines:
        p = _para(doc, ln)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def indented(doc, text, cm=1.25):
    p = _para(doc, text)
    p.paragraph_format.first_line_indent = Cm(cm)
    return p


# ------------------------------------------------------------------------------------------ h1

def h1():
    doc = new_doc("TH Sarabun New", 14, landscape=False, margin=2.0)
    p = _para(doc, "บันทึกข้อความ", bold=True, center=True)
    p.runs[0].font.size = Pt(24)
    _para(doc, "ส่วนราชการ  กลุ่มงานยุทธศาสตร์และแผนงานโครงการ โรงพยาบาลห้วยผึ้งทอง  โทร. ๐ ๔๓๘๗ ๙๑๒๓ ต่อ ๒๐๕")
    _para(doc, "ที่  กส ๐๐๓๓.๓๐๑/๑๕๗                                  วันที่  ๒๐  กันยายน  ๒๕๖๗")
    _para(doc, "เรื่อง  รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
               "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และข้อเสนอมาตรการปรับปรุง")
    _para(doc, "เรียน  ผู้อำนวยการโรงพยาบาลห้วยผึ้งทอง")
    _para(doc, "๑. เรื่องเดิม", bold=True)
    indented(doc, "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมิน"
                  "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) "
                  "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ผ่านระบบ ITAS ระหว่างเดือนมกราคม – มิถุนายน ๒๕๖๗ และโรงพยาบาลห้วยผึ้งทอง"
                  "เป็นหน่วยงานที่เข้ารับการประเมินภายใต้สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์ นั้น")
    _para(doc, "๒. ข้อเท็จจริง", bold=True)
    indented(doc, "กลุ่มงานยุทธศาสตร์และแผนงานโครงการได้ตรวจสอบผลการประเมินที่ประกาศในระบบ ITAS แล้ว ปรากฏว่า "
                  "โรงพยาบาลห้วยผึ้งทองได้คะแนนรวม ๘๘.๕๓ คะแนน อยู่ในระดับ A ผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป) "
                  "เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้ ๘๖.๑๐ คะแนน จำนวน ๒.๔๓ คะแนน เมื่อพิจารณารายเครื่องมือ "
                  "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๙๑.๐๕ คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย"
                  "ภายนอก (EIT) ได้ ๘๔.๗๐ คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ๘๙.๕๐ คะแนน "
                  "สำหรับตัวชี้วัดของแบบ EIT และ OIT มีผลคะแนน ดังนี้")
    grid(doc, [["ตัวชี้วัด", "คะแนน", "ผลการพิจารณา"],
               ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "๘๙.๗๕", "ผ่าน"],
               ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "๘๑.๒๐", "ต่ำกว่าเกณฑ์"],
               ["ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "๘๓.๑๕", "ต่ำกว่าเกณฑ์"],
               ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "๙๖.๐๐", "ผ่าน"],
               ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "๘๓.๐๐", "ต่ำกว่าเกณฑ์"]],
         widths=[9.0, 3.0, 4.0])
    _para(doc, "๓. ข้อพิจารณาและข้อเสนอ", bold=True)
    indented(doc, "เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๘ ให้ไม่ต่ำกว่า ๙๐ คะแนน กลุ่มงานยุทธศาสตร์ฯ "
                  "เห็นควรกำหนดมาตรการปรับปรุงในตัวชี้วัดที่มีคะแนนต่ำกว่าเกณฑ์ และมอบหมายผู้รับผิดชอบ ดังนี้")
    items = [
        ("๓.๑ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", [
            ("(๑) ปรับปรุงช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของผู้รับบริการผ่าน QR Code และ LINE Official "
             "Account ของโรงพยาบาล",
             "ผู้รับผิดชอบ  งานประชาสัมพันธ์        ระยะเวลา  ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๗"),
            ("(๒) เผยแพร่ผลการดำเนินงานและข่าวสารของโรงพยาบาลทางเว็บไซต์อย่างน้อยเดือนละ ๒ เรื่อง",
             "ผู้รับผิดชอบ  นายธนพล ศรีสุข นักวิชาการคอมพิวเตอร์        ระยะเวลา  ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘"),
        ]),
        ("๓.๒ ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", [
            ("(๓) ทบทวนขั้นตอนการให้บริการผู้ป่วยนอกเพื่อลดระยะเวลารอคอยและประกาศขั้นตอนให้ผู้รับบริการทราบ",
             "ผู้รับผิดชอบ  กลุ่มงานการพยาบาล ร่วมกับ กลุ่มงานเวชปฏิบัติครอบครัวและชุมชน        "
             "ระยะเวลา  ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๘)"),
        ]),
        ("๓.๓ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", [
            ("(๔) จัดทำรายงานผลการดำเนินการตามมาตรการป้องกันการรับสินบน รอบ ๖ เดือน เสนอผู้อำนวยการ",
             "ผู้รับผิดชอบ  หัวหน้ากลุ่มงานบริหารทั่วไป        ระยะเวลา  ภายในเดือนเมษายน ๒๕๖๘"),
            ("(๕) ประชุมชี้แจงแนวทางปฏิบัติตามนโยบายไม่รับของขวัญ (No Gift Policy) แก่บุคลากรทุกระดับ",
             "ผู้รับผิดชอบ  ชมรมจริยธรรมโรงพยาบาลห้วยผึ้งทอง        ระยะเวลา  ๑ – ๓๑ ธันวาคม ๒๕๖๗"),
        ]),
    ]
    for head, ms in items:
        _para(doc, head, bold=True)
        for title, line in ms:
            indented(doc, title, cm=1.0)
            indented(doc, line, cm=1.6)
    _para(doc, "๔. จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุมัติมาตรการตามข้อ ๓ พร้อมทั้งมอบหมายผู้รับผิดชอบดำเนินการต่อไป", bold=True)
    _para(doc, "")
    centered_block(doc, ["ลงชื่อ ........................................ ผู้เสนอ",
                         "(นางสาวกนกวรรณ ทองประเสริฐ)", "นักวิเคราะห์นโยบายและแผนชำนาญการ"])
    _para(doc, "")
    sig = grid(doc, [["ความเห็นหัวหน้ากลุ่มงาน\n☑ ทราบ  ☑ เห็นควรอนุมัติ\n\n"
                      "ลงชื่อ .............................. ผู้กลั่นกรอง\n(นายวีระศักดิ์ บุญมา)\n"
                      "หัวหน้ากลุ่มงานยุทธศาสตร์และแผนงานโครงการ",
                      "คำสั่งผู้อำนวยการ\n☑ ทราบ  ☑ อนุมัติ  ☐ ไม่อนุมัติ\n\n"
                      "ลงชื่อ .............................. ผู้อนุมัติ\n(นายแพทย์สมชาย พรหมวงศ์)\n"
                      "ผู้อำนวยการโรงพยาบาลห้วยผึ้งทอง"]], widths=[8.5, 8.5], header_rows=0, borders=False)
    keep_rows(sig)
    for c in sig.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    scores = [S("overall", 88.53, 2567, rating="A"), S("overall", 86.10, 2566),
              S("tool", 91.05, 2567, tool="IIT"), S("tool", 84.70, 2567, tool="EIT"),
              S("tool", 89.50, 2567, tool="OIT"),
              S("indicator", 89.75, 2567, tool="EIT", ind=6), S("indicator", 81.20, 2567, tool="EIT", ind=7),
              S("indicator", 83.15, 2567, tool="EIT", ind=8), S("indicator", 96.00, 2567, tool="OIT", ind=9),
              S("indicator", 83.00, 2567, tool="OIT", ind=10)]
    measures = [
        M("ปรับปรุงช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของผู้รับบริการผ่าน QR Code และ LINE Official Account "
          "ของโรงพยาบาล", [O(org="งานประชาสัมพันธ์")], 7, None, "2024-12-31"),
        M("เผยแพร่ผลการดำเนินงานและข่าวสารของโรงพยาบาลทางเว็บไซต์อย่างน้อยเดือนละ ๒ เรื่อง",
          [O("นาย", "ธนพล ศรีสุข", "นักวิชาการคอมพิวเตอร์")], 7, "2024-10-01", "2025-09-30"),
        M("ทบทวนขั้นตอนการให้บริการผู้ป่วยนอกเพื่อลดระยะเวลารอคอยและประกาศขั้นตอนให้ผู้รับบริการทราบ",
          [O(org="กลุ่มงานการพยาบาล"), O(org="กลุ่มงานเวชปฏิบัติครอบครัวและชุมชน")], 8, "2025-01-01", "2025-03-31"),
        M("จัดทำรายงานผลการดำเนินการตามมาตรการป้องกันการรับสินบน รอบ ๖ เดือน เสนอผู้อำนวยการ",
          [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], 10, None, "2025-04-30"),
        M("ประชุมชี้แจงแนวทางปฏิบัติตามนโยบายไม่รับของขวัญ (No Gift Policy) แก่บุคลากรทุกระดับ",
          [O(org="ชมรมจริยธรรมโรงพยาบาลห้วยผึ้งทอง")], 10, "2024-12-01", "2024-12-31"),
    ]
    people = [P("ผู้เสนอ", "น.ส.", "กนกวรรณ ทองประเสริฐ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
              P("ผู้กลั่นกรอง", "นาย", "วีระศักดิ์ บุญมา", "หัวหน้ากลุ่มงานยุทธศาสตร์และแผนงานโครงการ"),
              P("ผู้อนุมัติ", "นพ.", "สมชาย พรหมวงศ์", "ผู้อำนวยการโรงพยาบาลห้วยผึ้งทอง")]
    document = {"unit": "โรงพยาบาลห้วยผึ้งทอง", "unit_type": "hospital", "province": "กาฬสินธุ์",
                "fiscal_year": 2567, "doc_type": "analysis",
                "title": "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                         "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และข้อเสนอมาตรการปรับปรุง",
                "notes": "A บันทึกข้อความ from the hospital's strategy group to its director. Title = the เรื่อง line. "
                         "Fiscal year 2567: the memo reports the ITA 2567 result (dated ๒๐ ก.ย. ๒๕๖๗, inside FY 2567); "
                         "the proposed measures run in FY 2568. doc_type analysis: it states and weighs the scores "
                         "and proposes measures for the weak indicators (as an analysis report does). The province "
                         "comes from 'สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์' and the document code กส."}
    notes = ("ITA 2567: overall 88.53 (A) and tools in prose (0.3/0.3/0.4 weighting gives 88.53); 2566 overall 86.10 "
             "quoted (no rating); '๒.๔๓' is a difference, '๘๕ คะแนนขึ้นไป' and 'ไม่ต่ำกว่า ๙๐' are thresholds/targets. "
             "The table gives indicators 6-10 (EIT mean 84.70, OIT mean 89.50). Phone '๐ ๔๓๘๗ ๙๑๒๓ ต่อ ๒๐๕' and "
             "document number 'กส ๐๐๓๓.๓๐๑/๑๕๗' are not scores. Measures: the five numbered items (๑)-(๕) under "
             "๓.๑-๓.๓, indicator from the ๓.x heading; title = the item's sentence without its number; owner and "
             "period from the line below. 'ภายในวันที่ ...' and 'ภายในเดือนเมษายน ๒๕๖๘' are deadlines (end only); "
             "'ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๘)' is Jan-Mar 2025; 'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘' is FY 2568. "
             "Owners: 'A ร่วมกับ B' = two org units; 'นายธนพล ศรีสุข นักวิชาการคอมพิวเตอร์' = rank/name/position. "
             "'ระหว่างเดือนมกราคม – มิถุนายน ๒๕๖๗' in ๑. is the assessment period, not a measure. People: the three "
             "signatures (role printed after the ลงชื่อ line: ผู้เสนอ / ผู้กลั่นกรอง / ผู้อนุมัติ); นายแพทย์ -> นพ., "
             "นางสาว -> น.ส.; the office phone in the ส่วนราชการ line is nobody's.")
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ h2

def h2():
    doc = new_doc("Norasi", 14, landscape=True, margin=1.5)
    _para(doc, "แผนปฏิบัติการเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          bold=True, center=True)
    _para(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True)
    _para(doc, "องค์การบริหารส่วนตำบลโคกกระเบื้อง อำเภอศีขรภูมิ จังหวัดสุรินทร์", center=True)
    indented(doc, "จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ องค์การบริหารส่วนตำบลโคกกระเบื้องได้คะแนน ๘๒.๑๔ คะแนน "
                  "อยู่ในระดับ B ยังไม่ผ่านเกณฑ์ค่าเป้าหมาย ๘๕ คะแนน คณะทำงานจึงได้วิเคราะห์ประเด็นที่ต้องพัฒนาและจัดทำ"
                  "แผนปฏิบัติการ ดังนี้")
    head = ["ที่", "ประเด็นที่ต้องพัฒนา", "มาตรการ/แนวทาง", "ขั้นตอน/วิธีการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ",
            "ตัวชี้วัดความสำเร็จ"]
    rows = [head,
            ["๑", "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "มาตรการให้บริการตามลำดับคิวอย่างเท่าเทียมและเป็นธรรม",
             "จัดทำบัตรคิวและติดประกาศขั้นตอนการให้บริการ ณ จุดบริการ แล้วสุ่มตรวจการให้บริการเป็นประจำ",
             "ต.ค. ๖๗ – ก.ย. ๖๘", "สำนักปลัด", "ไม่มีข้อร้องเรียนการเลือกปฏิบัติ"],
            ["๒", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
             "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณและรายงานผลการเบิกจ่ายให้ประชาชนตรวจสอบได้",
             "รวบรวมผลการเบิกจ่ายงบประมาณ สรุปเสนอผู้บริหาร และประกาศบนเว็บไซต์และบอร์ดประชาสัมพันธ์",
             "ไตรมาส ๒", "กองคลัง\nนางสาวสุภาพร แก้วดี เจ้าพนักงานการเงินและบัญชีชำนาญงาน",
             "เผยแพร่รายงานครบทุกไตรมาส"],
            ["๓", "ประสิทธิภาพการสื่อสาร",
             "พัฒนาช่องทางการสื่อสารออนไลน์ของ อบต. ผ่านเพจ Facebook และ LINE Official Account",
             "ปรับปรุงเนื้อหาบนเพจ ตอบข้อซักถามของประชาชนภายใน ๓ วันทำการ และสรุปสถิติการตอบกลับ",
             "ทุกเดือน", "นักประชาสัมพันธ์", "ร้อยละ ๙๐ ของข้อซักถามได้รับคำตอบภายใน ๓ วัน"],
            ["๔", "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต",
             "ทบทวนคู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
             "แต่งตั้งคณะทำงานทบทวนคู่มือ ปรับปรุงแบบฟอร์มรับเรื่อง และเสนอผู้บริหารลงนามประกาศใช้",
             "ภายในเดือนมีนาคม ๒๕๖๘", "ปลัดองค์การบริหารส่วนตำบล", "มีคู่มือฉบับปรับปรุง ๑ ฉบับ"],
            ["๕", "การใช้ทรัพย์สินของราชการ",
             "กำหนดแนวปฏิบัติการขอยืมทรัพย์สินของทางราชการและจัดทำทะเบียนคุมการยืม",
             "ออกแบบแบบฟอร์มขอยืม จัดทำทะเบียนคุม และชี้แจงบุคลากรทุกกอง",
             "๑ พ.ย. ๖๗ – ๓๑ ม.ค. ๖๘", "กองช่าง, กองคลัง", "มีทะเบียนคุมการยืมทรัพย์สิน"],
            ["๖", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
             "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
             "ผู้บริหารลงนามประกาศ เผยแพร่ประกาศทางเว็บไซต์ และจัดกิจกรรมประกาศเจตนารมณ์ร่วมกัน",
             "ธันวาคม ๒๕๖๗ – มกราคม ๒๕๖๘", "นายประเสริฐ ทองมา รองปลัดองค์การบริหารส่วนตำบล",
             "มีประกาศและภาพกิจกรรมเผยแพร่"],
            ["๗", "", "ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการป้องกันความเสี่ยง",
             "วิเคราะห์กระบวนงานที่มีความเสี่ยง จัดลำดับความเสี่ยง และกำหนดมาตรการควบคุม",
             "ไตรมาส ๓", "คณะทำงานจัดทำแผนป้องกันการทุจริต", "มีรายงานการประเมินความเสี่ยง ๑ ฉบับ"],
            ["๘", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
             "ปรับปรุงข้อมูลบนเว็บไซต์ของ อบต. ให้เป็นปัจจุบันครบตามรายการ OIT",
             "มอบหมายผู้รับผิดชอบรายการข้อมูลแต่ละข้อ ตรวจสอบความครบถ้วนและนำข้อมูลขึ้นเว็บไซต์",
             "ตลอดปีงบประมาณ ๒๕๖๘", "ทุกกอง/สำนัก", "ข้อมูลครบถ้วนร้อยละ ๑๐๐"]]
    t = grid(doc, rows, widths=[1.0, 3.6, 5.2, 6.0, 3.3, 3.8, 3.8], repeat=True)
    # the issue cell of rows ๖ and ๗ is one merged cell
    top, below = t.rows[6].cells[1], t.rows[7].cells[1]
    merged = top.merge(below)
    _cell_text(merged, "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต")
    _para(doc, "")
    sig = grid(doc, [["ลงชื่อ ...................................... ผู้จัดทำแผน\n(นางสาววาสนา บุญล้อม)\n"
                      "นักวิเคราะห์นโยบายและแผนปฏิบัติการ",
                      "ลงชื่อ ...................................... ผู้เห็นชอบแผน\n(นายชัยณรงค์ พูลสวัสดิ์)\n"
                      "ปลัดองค์การบริหารส่วนตำบลโคกกระเบื้อง",
                      "ลงชื่อ ...................................... ผู้อนุมัติแผน\n(นายบุญเลิศ ศรีสุระ)\n"
                      "นายกองค์การบริหารส่วนตำบลโคกกระเบื้อง"]], widths=[8.9, 8.9, 8.9], header_rows=0, borders=False)
    keep_rows(sig)
    for c in sig.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    scores = [S("overall", 82.14, 2567, rating="B")]
    measures = [
        M("มาตรการให้บริการตามลำดับคิวอย่างเท่าเทียมและเป็นธรรม", [O(org="สำนักปลัด")], 1,
          "2024-10-01", "2025-09-30"),
        M("มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณและรายงานผลการเบิกจ่ายให้ประชาชนตรวจสอบได้",
          [O(org="กองคลัง"), O("น.ส.", "สุภาพร แก้วดี", "เจ้าพนักงานการเงินและบัญชีชำนาญงาน")], 2,
          "2025-01-01", "2025-03-31"),
        M("พัฒนาช่องทางการสื่อสารออนไลน์ของ อบต. ผ่านเพจ Facebook และ LINE Official Account",
          [O(pos="นักประชาสัมพันธ์")], 7, None, None),
        M("ทบทวนคู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [O(pos="ปลัดองค์การบริหารส่วนตำบล")], 5,
          None, "2025-03-31"),
        M("กำหนดแนวปฏิบัติการขอยืมทรัพย์สินของทางราชการและจัดทำทะเบียนคุมการยืม",
          [O(org="กองช่าง"), O(org="กองคลัง")], 4, "2024-11-01", "2025-01-31"),
        M("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
          [O("นาย", "ประเสริฐ ทองมา", "รองปลัดองค์การบริหารส่วนตำบล")], 10, "2024-12-01", "2025-01-31"),
        M("ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการป้องกันความเสี่ยง",
          [O(org="คณะทำงานจัดทำแผนป้องกันการทุจริต")], 10, "2025-04-01", "2025-06-30"),
        M("ปรับปรุงข้อมูลบนเว็บไซต์ของ อบต. ให้เป็นปัจจุบันครบตามรายการ OIT", [O(org="ทุกกอง/สำนัก")], 9,
          "2024-10-01", "2025-09-30"),
    ]
    people = [P("ผู้จัดทำแผน", "น.ส.", "วาสนา บุญล้อม", "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"),
              P("ผู้เห็นชอบแผน", "นาย", "ชัยณรงค์ พูลสวัสดิ์", "ปลัดองค์การบริหารส่วนตำบลโคกกระเบื้อง"),
              P("ผู้อนุมัติแผน", "นาย", "บุญเลิศ ศรีสุระ", "นายกองค์การบริหารส่วนตำบลโคกกระเบื้อง")]
    document = {"unit": "องค์การบริหารส่วนตำบลโคกกระเบื้อง", "unit_type": "subdistrict_admin", "province": "สุรินทร์",
                "fiscal_year": 2568, "doc_type": "measures",
                "title": "แผนปฏิบัติการเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                         "(ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "notes": "Action plan for FY 2568 (title); it quotes the ITA 2567 score as background. Title = the two "
                         "title lines joined."}
    notes = ("Only score: ITA 2567 overall 82.14 (B); 'ค่าเป้าหมาย ๘๕ คะแนน' is a target. Measures: one per row, "
             "title = the มาตรการ/แนวทาง cell (the ขั้นตอน/วิธีการ and ตัวชี้วัดความสำเร็จ cells are detail; the "
             "latter's ร้อยละ figures are targets, not scores). Indicator from the ประเด็นที่ต้องพัฒนา cell: "
             "'ตัวชี้วัดที่ n ...' or the indicator's name alone (ประสิทธิภาพการสื่อสาร = 7, การใช้ทรัพย์สินของราชการ "
             "= 4); rows ๖ and ๗ share one vertically merged cell (indicator 10). Periods in FY 2568: 'ต.ค. ๖๗ – ก.ย. ๖๘' "
             "and 'ตลอดปีงบประมาณ ๒๕๖๘' = 2024-10-01..2025-09-30; 'ไตรมาส ๒' / 'ไตรมาส ๓' are fiscal quarters of FY 2568 "
             "(Jan-Mar 2025, Apr-Jun 2025); 'ทุกเดือน' has no dates; 'ภายในเดือนมีนาคม ๒๕๖๘' is a deadline (end only); "
             "month ranges run from the first day of the first month to the last day of the last. Owners: one per line "
             "or ',' (row ๒: the กองคลัง office and a named officer); positions alone (นักประชาสัมพันธ์, ปลัดองค์การ"
             "บริหารส่วนตำบล) are positions; 'ทุกกอง/สำนัก' kept as one org unit. People: the three side-by-side "
             "signatures, role printed after the ลงชื่อ line.")
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ h3

def h3():
    doc = new_doc("Loma", 14, landscape=True, margin=1.8)
    _para(doc, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True)
    _para(doc, "รอบ 12 เดือน (1 ตุลาคม 2567 – 30 กันยายน 2568) ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
    _para(doc, "ที่ทำการปกครองอำเภอภูผาแดง จังหวัดเลย", center=True)
    indented(doc, "ผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ของอำเภอภูผาแดง 90.12 คะแนน ระดับ A "
                  "อำเภอภูผาแดงจึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปีงบประมาณ พ.ศ. 2568 "
                  "และรายงานผลการดำเนินการรอบ 12 เดือน ดังนี้")
    head = ["ที่", "มาตรการ/กิจกรรม", "ตัวชี้วัด", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "สถานะ"]
    rows = [head,
            ["1", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", "ตัวชี้วัดที่ 9", "ต.ค. 67 - ก.ย. 68",
             "ฝ่ายบริหารงานปกครอง",
             "เผยแพร่ข้อมูลบนเว็บไซต์ของอำเภอครบ 33 รายการ ตามแบบฟอร์มการขออนุญาตเผยแพร่ข้อมูล "
             "โดยหัวหน้าหน่วยงานลงนามอนุมัติทุกรายการ", "ดำเนินการแล้วเสร็จ"],
            ["2", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของอำเภอ", "ตัวชี้วัดที่ 7",
             "ไตรมาส 2 (ม.ค. - มี.ค. 68)", "ว่าที่ ร.ต. สมศักดิ์ ดวงดี\nปลัดอำเภอ",
             "จัดเวทีประชาคมระดับตำบล 4 ครั้ง มีผู้เข้าร่วม 212 คน และนำข้อเสนอแนะมาปรับปรุงการให้บริการ",
             "ดำเนินการแล้วเสร็จ"],
            ["3", "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง", "ตัวชี้วัดที่ 2", "ทุกไตรมาส", "เจ้าหน้าที่พัสดุ",
             "รายงานผลการจัดซื้อจัดจ้างและสรุปผลรายเดือนเผยแพร่บนเว็บไซต์ ไม่มีข้อทักท้วงจากผู้ตรวจสอบ",
             "ดำเนินการแล้วเสร็จ"],
            ["4", "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ตัวชี้วัดที่ 5", "ตลอดปีงบประมาณ",
             "ศูนย์ดำรงธรรมอำเภอภูผาแดง",
             "ได้รับเรื่องร้องเรียน 3 เรื่อง ดำเนินการตรวจสอบและแจ้งผลแก่ผู้ร้องแล้วทั้ง 3 เรื่อง",
             "ดำเนินการแล้วเสร็จ"],
            ["5", "มาตรการป้องกันการรับสินบน (No Gift Policy)", "ตัวชี้วัดที่ 10", "1-31 ธ.ค. 2567",
             "นายอำเภอภูผาแดง",
             "นายอำเภอประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลในช่วงเทศกาลปีใหม่ และเผยแพร่ประกาศทางเว็บไซต์",
             "ดำเนินการแล้วเสร็จ"],
            ["6", "มาตรการตรวจสอบการใช้ทรัพย์สินของราชการ", "ตัวชี้วัดที่ 4", "ภายใน 30 มิ.ย. 2568",
             "งานการเงินและบัญชี, งานพัสดุ",
             "ตรวจสอบพัสดุประจำปีและทะเบียนการยืมรถยนต์ราชการ พบว่าการยืมเป็นไปตามระเบียบ",
             "ดำเนินการแล้วเสร็จ"],
            ["7", "กิจกรรมอบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร", "-", "ก.พ. 68",
             "นางสาวพรทิพย์ จันทร์หอม\nเจ้าพนักงานปกครองชำนาญงาน",
             "จัดอบรมแก่ข้าราชการและลูกจ้าง 46 คน ผลการทดสอบหลังอบรมผ่านเกณฑ์ทุกคน", "ดำเนินการแล้วเสร็จ"],
            ["8", "มาตรการลดขั้นตอนการให้บริการงานทะเบียนและบัตร", "ตัวชี้วัดที่ 8", "ม.ค. - มี.ค. 2568",
             "งานทะเบียนและบัตร",
             "จัดทำแผนผังขั้นตอนการให้บริการใหม่ ลดเวลาการทำบัตรประจำตัวประชาชนจาก 20 นาที เหลือ 12 นาที "
             "อยู่ระหว่างติดตามผลความพึงพอใจของผู้รับบริการ", "อยู่ระหว่างดำเนินการ"],
            ["9", "มาตรการประเมินความเสี่ยงการทุจริตประจำปี", "ตัวชี้วัดที่ 10", "เม.ย. - พ.ค. 2568",
             "คณะทำงาน ITA อำเภอภูผาแดง",
             "วิเคราะห์ความเสี่ยงแล้ว 5 กระบวนงาน อยู่ระหว่างจัดทำมาตรการควบคุมความเสี่ยงเสนอนายอำเภอ",
             "อยู่ระหว่างดำเนินการ"],
            ["10", "กิจกรรมยกย่องเชิดชูบุคลากรต้นแบบด้านคุณธรรม", "-", "ส.ค. 2568", "ฝ่ายบริหารงานปกครอง",
             "ยังไม่ได้ดำเนินการ เนื่องจากติดภารกิจการเลือกตั้ง เลื่อนไปดำเนินการในปีงบประมาณ พ.ศ. 2569",
             "ไม่ได้ดำเนินการ"]]
    grid(doc, rows, widths=[1.0, 5.6, 2.4, 3.2, 4.0, 7.4, 2.5], repeat=True)
    _para(doc, "")
    _para(doc, "สรุปผล ดำเนินการแล้วเสร็จ 7 มาตรการ อยู่ระหว่างดำเนินการ 2 มาตรการ และไม่ได้ดำเนินการ 1 มาตรการ")
    _para(doc, "")
    sig = grid(doc, [["(ลงชื่อ) ................................... ผู้รายงาน\n(นางสาวพรทิพย์ จันทร์หอม)\n"
                      "เจ้าพนักงานปกครองชำนาญงาน",
                      "(ลงชื่อ) ................................... ผู้รับรอง\n(นายวิรัตน์ ศรีภูมิ)\n"
                      "นายอำเภอภูผาแดง"]], widths=[13.0, 13.0], header_rows=0, borders=False)
    keep_rows(sig)
    for c in sig.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    scores = [S("overall", 90.12, 2567, rating="A")]
    measures = [
        M("มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", [O(org="ฝ่ายบริหารงานปกครอง")], 9,
          "2024-10-01", "2025-09-30"),
        M("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของอำเภอ",
          [O("ว่าที่ ร.ต.", "สมศักดิ์ ดวงดี", "ปลัดอำเภอ")], 7, "2025-01-01", "2025-03-31"),
        M("มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง", [O(pos="เจ้าหน้าที่พัสดุ")], 2, None, None),
        M("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [O(org="ศูนย์ดำรงธรรมอำเภอภูผาแดง")], 5,
          "2024-10-01", "2025-09-30"),
        M("มาตรการป้องกันการรับสินบน (No Gift Policy)", [O(pos="นายอำเภอภูผาแดง")], 10, "2024-12-01", "2024-12-31"),
        M("มาตรการตรวจสอบการใช้ทรัพย์สินของราชการ", [O(org="งานการเงินและบัญชี"), O(org="งานพัสดุ")], 4,
          None, "2025-06-30"),
        M("กิจกรรมอบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร",
          [O("น.ส.", "พรทิพย์ จันทร์หอม", "เจ้าพนักงานปกครองชำนาญงาน")], None, "2025-02-01", "2025-02-28"),
        M("มาตรการลดขั้นตอนการให้บริการงานทะเบียนและบัตร", [O(org="งานทะเบียนและบัตร")], 8,
          "2025-01-01", "2025-03-31"),
        M("มาตรการประเมินความเสี่ยงการทุจริตประจำปี", [O(org="คณะทำงาน ITA อำเภอภูผาแดง")], 10,
          "2025-04-01", "2025-05-31"),
        M("กิจกรรมยกย่องเชิดชูบุคลากรต้นแบบด้านคุณธรรม", [O(org="ฝ่ายบริหารงานปกครอง")], None,
          "2025-08-01", "2025-08-31"),
    ]
    people = [P("ผู้รายงาน", "น.ส.", "พรทิพย์ จันทร์หอม", "เจ้าพนักงานปกครองชำนาญงาน"),
              P("ผู้รับรอง", "นาย", "วิรัตน์ ศรีภูมิ", "นายอำเภอภูผาแดง")]
    document = {"unit": "ที่ทำการปกครองอำเภอภูผาแดง", "unit_alternatives": ["อำเภอภูผาแดง"],
                "unit_type": "district_office", "province": "เลย",
                "fiscal_year": 2568, "doc_type": "measures",
                "title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ 12 เดือน "
                         "(1 ตุลาคม 2567 – 30 กันยายน 2568) ประจำปีงบประมาณ พ.ศ. 2568",
                "notes": "A 12-month progress report on FY 2568 measures: doc_type measures. The heading names "
                         "'ที่ทำการปกครองอำเภอภูผาแดง'; the body says 'อำเภอภูผาแดง' (accepted as the same unit). "
                         "Title = the two title lines joined."}
    notes = ("Only score: ITA 2567 overall 90.12 (A). Counts in the results (33 รายการ, 4 ครั้ง, 212 คน, 3 เรื่อง, "
             "46 คน, 20/12 นาที, 5 กระบวนงาน) and the summary counts (7/2/1 มาตรการ) are not scores. Measures: the ten "
             "rows (table over two pages, header repeated), title = the มาตรการ/กิจกรรม cell; indicator from the "
             "ตัวชี้วัด column ('-' = none). Periods: 'ต.ค. 67 - ก.ย. 68' and 'ตลอดปีงบประมาณ' = FY 2568 "
             "(2024-10-01..2025-09-30); 'ไตรมาส 2 (ม.ค. - มี.ค. 68)' = Jan-Mar 2025; 'ทุกไตรมาส' has no dates; "
             "'ภายใน 30 มิ.ย. 2568' is a deadline (end only); a single month ('ก.พ. 68', 'ส.ค. 2568') spans the "
             "month; the reporting round in the title is not a measure's period. Owners: one per line or ','; "
             "'ว่าที่ ร.ต. สมศักดิ์ ดวงดี / ปลัดอำเภอ' = rank ว่าที่ ร.ต. + name + position; 'นายอำเภอภูผาแดง' and "
             "'เจ้าหน้าที่พัสดุ' are positions; 'คณะทำงาน ITA อำเภอภูผาแดง' and 'ศูนย์ดำรงธรรมอำเภอภูผาแดง' are org "
             "units. The status column holds words (ดำเนินการแล้วเสร็จ / อยู่ระหว่างดำเนินการ / ไม่ได้ดำเนินการ). "
             "People: ผู้รายงาน (also the owner of row 7) and ผู้รับรอง.")
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ h4

def h4():
    doc = new_doc("Kinnari", 15, landscape=False, margin=2.0)
    _para(doc, "แบบรายงานผลคะแนนและการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", bold=True, center=True)
    _para(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
    _para(doc, "(แบบ ITA-01)", center=True)
    fields = [["ชื่อหน่วยงาน :", "เทศบาลตำบลบ้านไร่ทอง"],
              ["อำเภอ / จังหวัด :", "อำเภอบ้านไร่ / จังหวัดอุทัยธานี"],
              ["ปีงบประมาณที่ประเมิน :", "2568"],
              ["วัน/เดือน/ปี ที่รายงาน :", "12 กันยายน 2568"],
              ["ผู้กรอกข้อมูล :", "นางสาวอรทัย มีสุข"],
              ["ตำแหน่ง :", "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
              ["โทรศัพท์ :", "081-234-5678"]]
    grid(doc, fields, widths=[6.0, 11.0], header_rows=0, borders=False)
    _para(doc, "ส่วนที่ 1  ผลคะแนนการประเมินเปรียบเทียบย้อนหลัง 3 ปี", bold=True)
    grid(doc, [["รายการ", "ปี 2566", "ปี 2567", "ปี 2568", "ผลต่าง (2568 - 2567)"],
               ["IIT (ผู้มีส่วนได้ส่วนเสียภายใน)", "85.10", "86.90", "88.60", "+1.70"],
               ["EIT (ผู้มีส่วนได้ส่วนเสียภายนอก)", "80.30", "81.40", "83.20", "+1.80"],
               ["OIT (การเปิดเผยข้อมูลสาธารณะ)", "78.75", "85.00", "91.50", "+6.50"],
               ["คะแนน ITA", "81.12", "84.49", "88.14", "+3.65"],
               ["ระดับ", "B", "B", "A", "-"]],
         widths=[6.0, 2.4, 2.4, 2.4, 3.8])
    _para(doc, "ส่วนที่ 2  ตัวชี้วัดที่ได้คะแนนต่ำกว่า 85 คะแนน (ปี 2568)", bold=True)
    for ln in ("1) ตัวชี้วัดที่ 2 การใช้งบประมาณ  คะแนน 82.35",
               "2) ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร  คะแนน 80.45",
               "3) ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน  คะแนน 79.90"):
        indented(doc, ln, cm=1.0)
    _para(doc, "ส่วนที่ 3  มาตรการ/แนวทางการพัฒนา (ดำเนินการในปีงบประมาณ พ.ศ. 2569)", bold=True)
    boxes = [
        ("1", "จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของเทศบาลและตอบข้อซักถามภายใน 3 วันทำการ",
         "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "สำนักปลัดเทศบาล", "ต.ค. 2568 - ก.ย. 2569"),
        ("2", "ปรับลดขั้นตอนการขออนุญาตก่อสร้างอาคารและประกาศระยะเวลาการให้บริการ",
         "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน", "ผู้อำนวยการกองช่าง", "ภายใน 31 ธันวาคม 2568"),
        ("3", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาสบนเว็บไซต์ของเทศบาล",
         "ตัวชี้วัดที่ 2 การใช้งบประมาณ", "นางมาลี ศรีสวัสดิ์ ผู้อำนวยการกองคลัง", "ทุกไตรมาส"),
    ]
    for no, title, ind, owner, period in boxes:
        box = grid(doc, [[f"มาตรการที่ {no}", title], ["ตัวชี้วัดที่เกี่ยวข้อง", ind], ["ผู้รับผิดชอบ", owner],
                         ["ระยะเวลาดำเนินการ", period]], widths=[5.0, 12.0], header_rows=0)
        keep_rows(box)
        _para(doc, "")
    _para(doc, "ขอรับรองว่าข้อมูลข้างต้นถูกต้องตามความเป็นจริง")
    centered_block(doc, ["ลงชื่อ ........................................ ผู้รับรองข้อมูล", "(นายสมบัติ ใจงาม)",
                         "ปลัดเทศบาลตำบลบ้านไร่ทอง"])

    scores = []
    for year, (iit, eit, oit, ita, rating) in {2566: (85.10, 80.30, 78.75, 81.12, "B"),
                                               2567: (86.90, 81.40, 85.00, 84.49, "B"),
                                               2568: (88.60, 83.20, 91.50, 88.14, "A")}.items():
        scores.append(S("overall", ita, year, rating=rating))
        scores += [S("tool", iit, year, tool="IIT"), S("tool", eit, year, tool="EIT"), S("tool", oit, year, tool="OIT")]
    scores += [S("indicator", 82.35, 2568, tool="IIT", ind=2), S("indicator", 80.45, 2568, tool="EIT", ind=7),
               S("indicator", 79.90, 2568, tool="EIT", ind=8)]
    measures = [
        M("จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของเทศบาลและตอบข้อซักถามภายใน 3 วันทำการ",
          [O(org="สำนักปลัดเทศบาล")], 7, "2025-10-01", "2026-09-30"),
        M("ปรับลดขั้นตอนการขออนุญาตก่อสร้างอาคารและประกาศระยะเวลาการให้บริการ", [O(pos="ผู้อำนวยการกองช่าง")], 8,
          None, "2025-12-31"),
        M("เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาสบนเว็บไซต์ของเทศบาล",
          [O("นาง", "มาลี ศรีสวัสดิ์", "ผู้อำนวยการกองคลัง")], 2, None, None),
    ]
    people = [P("ผู้กรอกข้อมูล", "น.ส.", "อรทัย มีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0812345678"),
              P("ผู้รับรองข้อมูล", "นาย", "สมบัติ ใจงาม", "ปลัดเทศบาลตำบลบ้านไร่ทอง")]
    document = {"unit": "เทศบาลตำบลบ้านไร่ทอง", "unit_type": "municipality", "province": "อุทัยธานี",
                "fiscal_year": 2568, "doc_type": "analysis",
                "title": "แบบรายงานผลคะแนนและการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงาน"
                         "ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
                "notes": "A form (แบบ ITA-01) with labelled fields; unit, province and year from the fields "
                         "(ชื่อหน่วยงาน / อำเภอ / จังหวัด / ปีงบประมาณที่ประเมิน 2568). doc_type analysis (scores and "
                         "weak indicators, with measures for FY 2569). Title = the two title lines joined; the form "
                         "code '(แบบ ITA-01)' is not part of it."}
    notes = ("Transposed score table (rows IIT/EIT/OIT/คะแนน ITA/ระดับ, columns ปี 2566/2567/2568): each year's "
             "three tools and overall are scores of that year (ratings from the ระดับ row: B, B, A; each overall is "
             "the 0.3/0.3/0.4 weighted sum of its tools); the ผลต่าง column is differences. Weak indicators 2, 7, 8 "
             "(2568) in section 2; '85 คะแนน' is a threshold. Measures: the three labelled-field boxes of section 3 "
             "(title = the มาตรการที่ n cell; indicator from the ตัวชี้วัดที่เกี่ยวข้อง field). Periods: 'ต.ค. 2568 - "
             "ก.ย. 2569' = FY 2569; 'ภายใน 31 ธันวาคม 2568' is a deadline (end only); 'ทุกไตรมาส' has no dates. "
             "'3 วันทำการ' is part of a title, not a figure. Owners: 'นางมาลี ศรีสวัสดิ์ ผู้อำนวยการกองคลัง' = "
             "rank/name/position; 'ผู้อำนวยการกองช่าง' a position; 'สำนักปลัดเทศบาล' an org unit. People: the form's "
             "ผู้กรอกข้อมูล (labelled fields with ตำแหน่ง and โทรศัพท์ 081-234-5678) and the signing ผู้รับรองข้อมูล.")
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


REPORTS = {"h1_memo_ita2567_huai_phueng_thong_hospital": h1,
           "h2_action_plan_sao_khok_krabueang": h2,
           "h3_progress_12months_phu_pha_daeng_district": h3,
           "h4_form_scores_3years_ban_rai_thong": h4}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    docs = []
    for stem, make in REPORTS.items():
        doc, facts, document = make()
        path = HERE / f"{stem}.docx"
        doc.save(path)
        docs.append(path)
        (GOLD / f"{stem}.facts.json").write_text(json.dumps({"stem": stem, **facts}, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        (GOLD / f"{stem}.document.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                                    encoding="utf-8")
    convert_to_pdf(docs, HERE)


if __name__ == "__main__":
    main()
