#!/usr/bin/env python3
"""Build the blind-8 reports (tests/blind8/i*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Wording and layout follow real units' publications found with the search tool ("pages" corpus):
  - il.mahidol.ac.th/th/newsletter66-page-6/ ("เทคนิคการเขียนรายงานการประชุม": ผู้มาประชุม / ผู้ไม่มาประชุม /
    ผู้เข้าร่วมประชุม, ระเบียบวาระ, มติที่ประชุม, ผู้จดรายงานการประชุม) and anyflip.com/swavf/pcot/basic
    (สำนักเลขาธิการนายกรัฐมนตรี course notes "การจัดทำรายงานการประชุม": เริ่มประชุมเวลา / เลิกประชุมเวลา,
    the order of agenda items 1-5) -- the minutes of i1;
  - docplayer.net/683881 ("การเขียนรายงานการประชุม": recording resolutions as running text) -- the
    running-text resolutions (มติที่ประชุม ... มอบหมายให้ ... ภายในวันที่ ...) of i1;
  - huafai.loei1.go.th/รายงาน-ita-2565/o29-... ("ประกาศหลักเกณฑ์ มาตรการ แนวทางปฏิบัติ") and
    cpffeedonline.com (announcement with an effective-date clause "ให้ประกาศฯ ฉบับนี้มีผลใช้บังคับตั้งแต่")
    -- the ประกาศ with numbered clauses ข้อ 1 ... and the channel table of i2;
  - 103.28.101.10/moikpi/popupform.php?sel_id=2-518 (กระทรวงมหาดไทย KPI form: ตัวชี้วัด / ห้วงการรายงาน /
    ผลการดำเนินงาน ร้อยละ) and esar.opdc.go.th/performance/2567/... (KPI result pages) -- the KPI table
    of i3 (target, result, achieved, responsible office);
  - itamua.com/Calendar-assessment60.html ("ปฏิทินการประเมินคุณธรรมและความโปร่งใส ... ITA": dated
    steps such as sending the list of service users for EIT) and spbo3.moph.go.th/ket/?page_id=26424
    (a unit's ITA page: "คำสั่งคณะทำงาน", "ประกาศแนวทางการเผยแพร่ข้อมูล") -- the activities of the
    calendar plan i4 (months as columns, ✓ in shaded cells, merged step rows).
Units, people and figures are invented (the อบจ. of i3 takes a real province's name, as every อบจ. does);
tool scores are consistent with the 0.3/0.3/0.4 weighting.

  i1  โรงเรียนห้วยทรายพิทยาคม (กาญจนบุรี)      minutes ๒/๒๕๖๘, portrait, Norasi 14; attendee lists with tab
                                              stops; secretary's prose scores incl. E8/E9/I21; resolutions
                                              in running text (owner + action + deadline); recorder/checker
                                              signatures side by side; Thai digits (codes Arabic)
  i2  เทศบาลเมืองหนองบัวทอง (ร้อยเอ็ด)          announcement (ประกาศ ... เรื่อง มาตรการ ...), portrait,
                                              Loma 15; clauses ข้อ 1-7 with bold headings + body naming
                                              who acts; signed by the mayor; attached channel table; Arabic
  i3  องค์การบริหารส่วนจังหวัดอ่างทอง          KPI result report FY 2568, landscape, Kinnari 14; narrative
                                              of ITA 2568 by tool; KPI table (unit, target, result,
                                              achieved?, responsible); development bullets with inline
                                              "ผู้รับผิดชอบ: … | ระยะเวลา: …"; Arabic
  i4  สถานีตำรวจภูธรบ้านโป่งแดง (ตาก)          calendar-style driving plan FY 2568, landscape, Norasi 14;
                                              two header rows (year over months), merged step rows,
                                              ✓ in grey cells, one quarterly (non-contiguous) row; police
                                              signatures (rank before the dots, name in brackets); Thai digits

    uv run python tests/blind8/make_blind8.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
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
    """Arabic digits to Thai, except inside Latin codes (E8, I21, O12, ITA)."""
    return re.sub(r"[A-Za-z]+\d+|\d", lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).translate(_TH),
                  text)


def O(rank=None, name=None, pos=None, org=None):
    return {"rank": rank, "person_name": name, "position": pos, "org_unit": org}


def M(title, owners=(), ind=None, start=None, end=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "owners": list(owners)}


def P(role, rank, name, pos, phone=None):
    return {"role": role, "rank": rank, "person_name": name, "position": pos, "phone": phone}


def S(level, value, year, tool=None, ind=None, rating=None, q=None, label=None, **kw):
    d = {"level": level, "tool": tool, "indicator_no": ind, "question_code": q, "fiscal_year": year,
         "value": value, "rating": rating, "label": label}
    d.update(kw)
    return d


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


def tabbed(doc, cols, stops):
    """One line with tab stops (Word-style attendee list)."""
    p = doc.add_paragraph()
    for s in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(s), WD_TAB_ALIGNMENT.LEFT)
    p.add_run("\t".join(cols))
    p.paragraph_format.space_after = Pt(0)
    return p


def shade(cell, fill="BFBFBF"):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def narrow_margins(t, twips=45):
    """Thin left/right cell margins (month columns of a calendar table)."""
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    t._tbl.tblPr.append(mar)


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


# ------------------------------------------------------------------------------------------ i1

def i1():
    unit = "โรงเรียนห้วยทรายพิทยาคม"
    doc = new_doc("Norasi", 14, landscape=False, margin=2.0)
    centre(doc, th("รายงานการประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส"), bold=True)
    centre(doc, th("ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) โรงเรียนห้วยทรายพิทยาคม"), bold=True)
    centre(doc, th("ครั้งที่ 2/2568"), bold=True)
    centre(doc, th("วันพุธที่ 18 ธันวาคม 2567 เวลา 13.30 น."))
    centre(doc, th("ณ ห้องประชุมราชพฤกษ์ อาคาร 1 โรงเรียนห้วยทรายพิทยาคม อำเภอศรีสวัสดิ์ จังหวัดกาญจนบุรี"))
    centre(doc, "-" * 40)

    stops = [0.8, 5.6, 11.6]
    _para(doc, "ผู้มาประชุม", bold=True)
    present = [
        ("นายประยูร แสงทอง", "ผู้อำนวยการโรงเรียน", "ประธานคณะทำงาน"),
        ("นางวิมลรัตน์ พูลผล", "รองผู้อำนวยการโรงเรียน", "รองประธานคณะทำงาน"),
        ("นายอนุชา ศรีวงศ์", "ครูชำนาญการพิเศษ", "คณะทำงาน"),
        ("นางสาวกมลชนก ดีเลิศ", "ครูชำนาญการ", "คณะทำงาน"),
        ("นายธีระ วงศ์สวัสดิ์", "ครู", "คณะทำงาน"),
        ("นางสาวจิราพร คำแก้ว", "ครูชำนาญการ", "คณะทำงานและเลขานุการ"),
    ]
    for k, (n, pos, role) in enumerate(present, 1):
        tabbed(doc, [th(f"{k}."), n, pos, role], stops)
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    tabbed(doc, [th("1."), "นายสุรชัย มั่นคง", "ครูชำนาญการ", "ติดราชการ"], stops)
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    tabbed(doc, [th("1."), "นางบุษบา รักษ์ไทย", "เจ้าหน้าที่ธุรการ", ""], stops)

    _para(doc, th("เริ่มประชุมเวลา 13.30 น."), bold=True)
    body(doc, th("เมื่อคณะทำงานมาครบองค์ประชุมแล้ว นายประยูร แสงทอง ผู้อำนวยการโรงเรียนห้วยทรายพิทยาคม "
                 "ประธานคณะทำงาน กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"))

    _para(doc, th("ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), bold=True)
    body(doc, th("ประธานแจ้งว่า สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาญจนบุรีกำหนดให้สถานศึกษาในสังกัด"
                 "ทุกแห่งเข้ารับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 และตั้งค่าเป้าหมายให้สถานศึกษาผ่านเกณฑ์ "
                 "85 คะแนนขึ้นไป จึงขอให้คณะทำงานทุกคนร่วมกันวางแนวทางยกระดับผลการประเมินในปีนี้"))
    body(doc, "มติที่ประชุม   รับทราบ")

    _para(doc, th("ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุมครั้งที่แล้ว"), bold=True)
    body(doc, th("เลขานุการเสนอรายงานการประชุมคณะทำงานฯ ครั้งที่ 1/2568 เมื่อวันที่ 24 ตุลาคม 2567 "
                 "จำนวน 4 หน้า ให้ที่ประชุมพิจารณา"))
    body(doc, "มติที่ประชุม   รับรองรายงานการประชุมโดยไม่มีการแก้ไข")

    _para(doc, th("ระเบียบวาระที่ 3 เรื่องเพื่อทราบ"), bold=True)
    _para(doc, th("3.1 ผลการประเมิน ITA ของโรงเรียน ประจำปีงบประมาณ พ.ศ. 2567"), bold=True)
    body(doc, th("นางสาวจิราพร คำแก้ว เลขานุการ รายงานว่า โรงเรียนห้วยทรายพิทยาคมได้รับผลการประเมินคุณธรรมและ"
                 "ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนนรวม 87.24 คะแนน "
                 "อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2566 ซึ่งได้ 82.15 คะแนน (ระดับ B) จำนวน 5.09 คะแนน "
                 "โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 90.12 คะแนน แบบวัดการรับรู้ของ"
                 "ผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ 84.60 คะแนน และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) "
                 "ได้ 87.06 คะแนน มีผู้ตอบแบบวัด IIT จำนวน 42 คน และแบบวัด EIT จำนวน 200 คน"))
    body(doc, th("สำหรับแบบวัด EIT ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ได้ 86.50 คะแนน ตัวชี้วัดที่ 7 "
                 "ประสิทธิภาพการสื่อสาร ได้ 81.30 คะแนน และตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 86.00 คะแนน "
                 "ทั้งนี้ มีข้อคำถามที่ได้คะแนนต่ำกว่า 80 คะแนน ซึ่งควรเร่งปรับปรุง ดังนี้"))
    q_lines = [
        "(1) ข้อ E8 หน่วยงานมีช่องทางรับฟังความคิดเห็นเกี่ยวกับการดำเนินงานหรือการให้บริการ (ตัวชี้วัดที่ 7) "
        "ได้ 76.40 คะแนน",
        "(2) ข้อ E9 หน่วยงานชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัยได้อย่างชัดเจน (ตัวชี้วัดที่ 7) ได้ 78.20 คะแนน",
        "(3) ข้อ I21 บุคลากรในหน่วยงานรู้แนวปฏิบัติในการขออนุญาตยืมทรัพย์สินของราชการไปใช้ (ตัวชี้วัดที่ 4) "
        "ได้ 79.15 คะแนน",
    ]
    for ln in q_lines:
        body(doc, th(ln), first=0, left=1.25)
    body(doc, th("นอกจากนี้ แบบวัด OIT ข้อ O12 รายงานผลการดำเนินงานประจำปี และข้อ O36 การเผยแพร่รายงานผล"
                 "การดำเนินการตามแผนป้องกันการทุจริต ยังเผยแพร่ข้อมูลไม่ครบถ้วนตามเกณฑ์"))
    body(doc, "มติที่ประชุม   รับทราบ")

    _para(doc, th("ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา"), bold=True)
    _para(doc, th("4.1 แนวทางการยกระดับตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร"), bold=True)
    m1 = "ปรับปรุงหน้าเว็บไซต์โรงเรียนให้มีช่องทางถาม-ตอบ (Q&A) และแบบสอบถามความคิดเห็นออนไลน์"
    m2 = "จัดทำจดหมายข่าวโรงเรียนรายเดือนและเผยแพร่ทางเพจ Facebook ของโรงเรียน"
    body(doc, th("เลขานุการเสนอว่า ผู้รับบริการส่วนใหญ่ติดต่อโรงเรียนผ่านโทรศัพท์และเพจ Facebook แต่ยังไม่มี"
                 "ช่องทางแสดงความคิดเห็นที่ชัดเจน ที่ประชุมได้อภิปรายอย่างกว้างขวาง"))
    body(doc, th("มติที่ประชุม   เห็นชอบ โดยมอบหมายให้นางสาวกมลชนก ดีเลิศ ครูชำนาญการ ร่วมกับงานประชาสัมพันธ์ "
                 f"{m1} ให้แล้วเสร็จภายในวันที่ 31 มกราคม 2568 และมอบหมายให้กลุ่มบริหารทั่วไป{m2} "
                 "ตั้งแต่เดือนมกราคม ถึงเดือนกันยายน 2568"))
    _para(doc, th("4.2 แนวทางการยกระดับตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ"), bold=True)
    m3 = "จัดทำแนวปฏิบัติการยืมพัสดุและครุภัณฑ์ของโรงเรียนไปใช้นอกสถานที่ พร้อมแบบฟอร์มขออนุญาต"
    body(doc, th("ที่ประชุมพิจารณาผลข้อ I21 แล้วเห็นว่าบุคลากรบางส่วนยังไม่ทราบขั้นตอนการขอยืมทรัพย์สินของทางราชการ"))
    body(doc, th(f"มติที่ประชุม   มอบหมายให้นายอนุชา ศรีวงศ์ หัวหน้างานพัสดุ {m3} และแจ้งเวียนให้บุคลากรทุกคนทราบ"
                 "ภายในเดือนกุมภาพันธ์ 2568"))
    _para(doc, th("4.3 การเผยแพร่ข้อมูลตามแบบวัด OIT (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)"), bold=True)
    m4 = "รวบรวมและเผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการประจำปี รอบ 6 เดือน บนเว็บไซต์โรงเรียน"
    body(doc, th(f"มติที่ประชุม   มอบหมายให้หัวหน้างานแผนงาน{m4} ให้แล้วเสร็จภายในวันที่ 30 เมษายน 2568 "
                 "เพื่อใช้เป็นหลักฐานประกอบข้อ O12"))
    _para(doc, th("4.4 การพัฒนาบุคลากร"), bold=True)
    m5 = "จัดอบรมเชิงปฏิบัติการเรื่องผลประโยชน์ทับซ้อนให้แก่ครูและบุคลากรทางการศึกษา"
    body(doc, th(f"มติที่ประชุม   เห็นชอบให้กลุ่มบริหารงานบุคคล{m5} ในช่วงเดือนมีนาคม 2568 "
                 "โดยใช้งบประมาณจากแผนปฏิบัติการประจำปี จำนวน 12,500 บาท"))

    _para(doc, th("ระเบียบวาระที่ 5 เรื่องอื่น ๆ"), bold=True)
    body(doc, th("ประธานนัดหมายการประชุมครั้งต่อไปในเดือนมีนาคม 2568 เพื่อติดตามความก้าวหน้า"))
    body(doc, "มติที่ประชุม   รับทราบ")
    _para(doc, th("เลิกประชุมเวลา 15.45 น."), bold=True)
    _para(doc, "")
    sig_table(doc, [
        ["(ลงชื่อ) ......................................", "(นางสาวจิราพร คำแก้ว)", "ครูชำนาญการ",
         "ผู้จดรายงานการประชุม"],
        ["(ลงชื่อ) ......................................", "(นางวิมลรัตน์ พูลผล)", "รองผู้อำนวยการโรงเรียน",
         "ผู้ตรวจรายงานการประชุม"],
    ], [8.3, 8.3])

    scores = [
        S("overall", 87.24, 2567, rating="A"),
        S("overall", 82.15, 2566, rating="B"),
        S("tool", 90.12, 2567, tool="IIT"),
        S("tool", 84.60, 2567, tool="EIT"),
        S("tool", 87.06, 2567, tool="OIT"),
        S("indicator", 86.50, 2567, tool="EIT", ind=6),
        S("indicator", 81.30, 2567, tool="EIT", ind=7),
        S("indicator", 86.00, 2567, tool="EIT", ind=8),
        S("question", 76.40, 2567, tool="EIT", ind=7, q="E8",
          label="หน่วยงานมีช่องทางรับฟังความคิดเห็นเกี่ยวกับการดำเนินงานหรือการให้บริการ"),
        S("question", 78.20, 2567, tool="EIT", ind=7, q="E9",
          label="หน่วยงานชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัยได้อย่างชัดเจน"),
        S("question", 79.15, 2567, tool="IIT", ind=4, q="I21",
          label="บุคลากรในหน่วยงานรู้แนวปฏิบัติในการขออนุญาตยืมทรัพย์สินของราชการไปใช้"),
    ]
    measures = [
        M(th(m1), [O("น.ส.", "กมลชนก ดีเลิศ", "ครูชำนาญการ"), O(org="งานประชาสัมพันธ์")], 7, None, "2025-01-31"),
        M(th(m2), [O(org="กลุ่มบริหารทั่วไป")], 7, "2025-01-01", "2025-09-30"),
        M(th(m3), [O("นาย", "อนุชา ศรีวงศ์", "หัวหน้างานพัสดุ")], 4, None, "2025-02-28"),
        M(th(m4), [O(pos="หัวหน้างานแผนงาน")], 9, None, "2025-04-30"),
        M(th(m5), [O(org="กลุ่มบริหารงานบุคคล")], None, "2025-03-01", "2025-03-31"),
    ]
    people = [
        P("ประธานคณะทำงาน", "นาย", "ประยูร แสงทอง", "ผู้อำนวยการโรงเรียน"),
        P("รองประธานคณะทำงาน", "นาง", "วิมลรัตน์ พูลผล", "รองผู้อำนวยการโรงเรียน"),
        P("คณะทำงาน", "นาย", "อนุชา ศรีวงศ์", "ครูชำนาญการพิเศษ"),
        P("คณะทำงาน", "น.ส.", "กมลชนก ดีเลิศ", "ครูชำนาญการ"),
        P("คณะทำงาน", "นาย", "ธีระ วงศ์สวัสดิ์", "ครู"),
        P("คณะทำงานและเลขานุการ", "น.ส.", "จิราพร คำแก้ว", "ครูชำนาญการ"),
        P("ผู้ไม่มาประชุม", "นาย", "สุรชัย มั่นคง", "ครูชำนาญการ"),
        P("ผู้เข้าร่วมประชุม", "นาง", "บุษบา รักษ์ไทย", "เจ้าหน้าที่ธุรการ"),
        P("ผู้จดรายงานการประชุม", "น.ส.", "จิราพร คำแก้ว", "ครูชำนาญการ"),
        P("ผู้ตรวจรายงานการประชุม", "นาง", "วิมลรัตน์ พูลผล", "รองผู้อำนวยการโรงเรียน"),
    ]
    notes = (
        "Scores in the secretary's prose (agenda 3.1): ITA 2567 overall 87.24 (A), 2566 overall 82.15 (B); tools "
        "2567 IIT 90.12 / EIT 84.60 / OIT 87.06 (0.3/0.3/0.4 gives 87.24); EIT indicators 6/7/8 (mean 84.60); "
        "question scores E8 and E9 (indicator 7, as printed after each) and I21 (indicator 4). '5.09' is a "
        "difference, '85 คะแนนขึ้นไป' and 'ต่ำกว่า 80 คะแนน' are thresholds, 42/200 respondents, 4 pages, 12,500 "
        "baht, meeting 1/2568 and 2/2568 and times 13.30/15.45 are not scores; O12 and O36 are named without "
        "figures. Measures: the actions assigned in the มติที่ประชุม of 4.1 (two), 4.2, 4.3 and 4.4, written as "
        "running text (the chair's next meeting in มีนาคม 2568 under agenda 5 is not a measure); title = the action (not the assignee, not the deadline, not the trailing 'และแจ้งเวียน"
        "...'/'เพื่อใช้เป็นหลักฐาน...' purpose); indicator from the 4.x heading (4.4 names none: null). Periods: "
        "'ภายในวันที่ 31 มกราคม 2568' and 'ภายในเดือนกุมภาพันธ์ 2568' and 'ภายในวันที่ 30 เมษายน 2568' are "
        "deadlines (end only); 'ตั้งแต่เดือนมกราคม ถึงเดือนกันยายน 2568' = 2025-01-01..2025-09-30; 'ในช่วงเดือน"
        "มีนาคม 2568' spans the month. Owners: 'นางสาวกมลชนก ดีเลิศ ครูชำนาญการ ร่วมกับงานประชาสัมพันธ์' = a person "
        "(rank/name/position) and an org unit; 'นายอนุชา ศรีวงศ์ หัวหน้างานพัสดุ' = rank/name/position (his "
        "attendee position is ครูชำนาญการพิเศษ; the resolution's wording is used); 'หัวหน้างานแผนงาน' a position; "
        "'กลุ่มบริหารทั่วไป', 'กลุ่มบริหารงานบุคคล' org units. People: the six attendees with their working-group "
        "roles (tab-separated lines), the absent member (ผู้ไม่มาประชุม; 'ติดราชการ' is the reason), the invited "
        "clerk (ผู้เข้าร่วมประชุม), and the recorder and checker signing side by side; นางสาว -> น.ส.")
    document = {
        "unit": unit, "unit_type": "school", "province": "กาญจนบุรี", "fiscal_year": 2568, "doc_type": "minutes",
        "title": th("รายงานการประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงาน"
                    "ภาครัฐ (ITA) โรงเรียนห้วยทรายพิทยาคม ครั้งที่ 2/2568"),
        "notes": ("Minutes of the school's ITA working group, meeting ๒/๒๕๖๘ held ๑๘ ธันวาคม ๒๕๖๗ (2024-12-18, "
                  "FY 2568); it reviews the ITA 2567 result and assigns work for FY 2568. Title = the first three "
                  "centred lines. Province from 'อำเภอศรีสวัสดิ์ จังหวัดกาญจนบุรี' in the venue line; the "
                  "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาญจนบุรี is only the parent office."),
    }
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ i2

def i2():
    unit = "เทศบาลเมืองหนองบัวทอง"
    doc = new_doc("Loma", 15, landscape=False, margin=2.5)
    centre(doc, "ประกาศเทศบาลเมืองหนองบัวทอง", bold=True)
    centre(doc, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2568", bold=True)
    centre(doc, "---------------------------------")
    body(doc, "ตามที่เทศบาลเมืองหนองบัวทองได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
              "ภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2567 และได้รับผลคะแนน "
              "83.67 คะแนน อยู่ในระดับ B ซึ่งยังไม่ผ่านเกณฑ์ค่าเป้าหมายที่กำหนดไว้ 85 คะแนน นั้น")
    body(doc, "เพื่อให้การบริหารงานของเทศบาลเป็นไปด้วยความโปร่งใส ตรวจสอบได้ และยกระดับผลการประเมินในปีงบประมาณ "
              "พ.ศ. 2568 อาศัยอำนาจตามความในมาตรา 48 วีสติ แห่งพระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม "
              "นายกเทศมนตรีเมืองหนองบัวทองจึงออกประกาศกำหนดมาตรการ ดังต่อไปนี้")
    clauses = [
        ("มาตรการเปิดเผยข้อมูลต่อสาธารณะ", 9,
         "ให้งานประชาสัมพันธ์ สำนักปลัดเทศบาล เผยแพร่ข้อมูลตามรายการแบบวัด OIT บนเว็บไซต์ของเทศบาลให้ครบถ้วนและ"
         "เป็นปัจจุบัน โดยปรับปรุงข้อมูลทุกวันที่ 5 ของเดือน"),
        ("มาตรการเปิดเผยการใช้จ่ายงบประมาณ", 2,
         "ให้กองคลังจัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาสเสนอนายกเทศมนตรี และเผยแพร่ให้ประชาชนทราบภายใน "
         "15 วันนับแต่วันสิ้นไตรมาส"),
        ("มาตรการป้องกันการรับสินบน", 10,
         "ห้ามมิให้พนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้าง เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด"
         "จากผู้มาติดต่อราชการ และให้ถือปฏิบัติตามนโยบายไม่รับของขวัญ (No Gift Policy) อย่างเคร่งครัด"),
        ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", 5,
         "ให้ศูนย์รับเรื่องร้องเรียนเทศบาลเมืองหนองบัวทองรับเรื่องตามช่องทางท้ายประกาศนี้ แจ้งผลการดำเนินการให้"
         "ผู้ร้องทราบภายใน 15 วันทำการ และรายงานนายกเทศมนตรีทราบทุกเดือน"),
        ("มาตรการควบคุมการใช้ทรัพย์สินของราชการ", 4,
         "ให้กองช่างและกองคลังร่วมกันจัดทำทะเบียนคุมการยืมรถยนต์ส่วนกลางและครุภัณฑ์ของเทศบาล "
         "ให้แล้วเสร็จภายในวันที่ 31 ธันวาคม 2567"),
        ("มาตรการลดขั้นตอนการให้บริการ", 8,
         "ให้กองสาธารณสุขและสิ่งแวดล้อมทบทวนและประกาศขั้นตอนและระยะเวลาการขออนุญาตประกอบกิจการที่เป็นอันตราย"
         "ต่อสุขภาพ ระหว่างเดือนมกราคม - มีนาคม 2568"),
        ("มาตรการประเมินความเสี่ยงการทุจริต", 10,
         "ให้นางสาวศิริพร ทองคำ นักวิเคราะห์นโยบายและแผนชำนาญการ เป็นผู้ประสานการประเมินความเสี่ยงการทุจริต"
         "ของทุกกองและสำนัก และจัดทำมาตรการป้องกันความเสี่ยงเสนอนายกเทศมนตรี ภายในเดือนพฤษภาคม 2568"),
    ]
    for k, (head, ind, text) in enumerate(clauses, 1):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.add_run(f"ข้อ {k} ")
        p.add_run(f"{head} (ตัวชี้วัดที่ {ind})").bold = True
        body(doc, text, first=1.25)
    body(doc, "ทั้งนี้ ตั้งแต่วันที่ 1 พฤศจิกายน 2567 เป็นต้นไป")
    p = _para(doc, "ประกาศ ณ วันที่ 28 ตุลาคม พ.ศ. 2567")
    p.paragraph_format.left_indent = Cm(4.5)
    _para(doc, "")
    for ln in ["(ลงชื่อ) ........................................", "(นายวีระพงษ์ ชัยศรี)",
               "นายกเทศมนตรีเมืองหนองบัวทอง"]:
        q = _para(doc, ln)
        q.paragraph_format.left_indent = Cm(6.5)
        q.paragraph_format.space_after = Pt(0)
    doc.add_page_break()
    centre(doc, "ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", bold=True)
    centre(doc, "(แนบท้ายประกาศเทศบาลเมืองหนองบัวทอง ลงวันที่ 28 ตุลาคม พ.ศ. 2567)")
    rows = [["ที่", "ช่องทาง", "รายละเอียด"],
            ["1", "ด้วยตนเอง", "ศูนย์รับเรื่องร้องเรียน ชั้น 1 สำนักงานเทศบาลเมืองหนองบัวทอง\nในวันและเวลาราชการ "
                               "08.30 - 16.30 น."],
            ["2", "โทรศัพท์", "0 4355 6210 ต่อ 104"],
            ["3", "เว็บไซต์", "www.nongbuathong.go.th เมนู \"ร้องเรียนการทุจริต\""],
            ["4", "Facebook", "เพจ เทศบาลเมืองหนองบัวทอง"],
            ["5", "ไปรษณีย์", "ตู้ ปณ. 12 ปณจ.เสลภูมิ จังหวัดร้อยเอ็ด 45120"],
            ["6", "ตู้รับความคิดเห็น", "ติดตั้งบริเวณหน้าห้องกองคลัง"]]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=r == 0)
    fix_widths(t, [1.2, 3.8, 11.0])

    scores = [S("overall", 83.67, 2567, rating="B")]
    owners = [
        [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")],
        [O(org="กองคลัง")],
        [],
        [O(org="ศูนย์รับเรื่องร้องเรียนเทศบาลเมืองหนองบัวทอง")],
        [O(org="กองช่าง"), O(org="กองคลัง")],
        [O(org="กองสาธารณสุขและสิ่งแวดล้อม")],
        [O("น.ส.", "ศิริพร ทองคำ", "นักวิเคราะห์นโยบายและแผนชำนาญการ")],
    ]
    periods = [(None, None), (None, None), (None, None), (None, None), (None, "2024-12-31"),
               ("2025-01-01", "2025-03-31"), (None, "2025-05-31")]
    measures = [M(head, own, ind, s, e) for (head, ind, _), own, (s, e) in zip(clauses, owners, periods)]
    people = [P("ผู้ลงนาม", "นาย", "วีระพงษ์ ชัยศรี", "นายกเทศมนตรีเมืองหนองบัวทอง")]
    notes = (
        "Only score: ITA 2567 overall 83.67 (B) in the preamble; '85 คะแนน' is a target; 'มาตรา 48 วีสติ', "
        "'พ.ศ. 2496', days (5, 15, 15 วันทำการ) and the channel table's phone, hours and postcode are not "
        "scores. Measures: clauses ข้อ 1-7, title = the clause's bold heading (without 'ข้อ n' and the "
        "'(ตัวชี้วัดที่ n)' tag, which gives indicator_no); the body is detail. Owners = who the clause says acts "
        "('ให้...'): 'งานประชาสัมพันธ์ สำนักปลัดเทศบาล' kept as one org unit (section within office); 'กองช่างและ"
        "กองคลัง' two org units; 'นางสาวศิริพร ทองคำ นักวิเคราะห์นโยบายและแผนชำนาญการ' = rank/name/position; "
        "clause 3 (bribery) only forbids staff from accepting and names nobody who acts: no owner. The "
        "ศูนย์รับเรื่องร้องเรียน reports to the mayor, who is not an owner. Periods: 'ทุกวันที่ 5 ของเดือน', "
        "'ภายใน 15 วันนับแต่วันสิ้นไตรมาส', '15 วันทำการ ... ทุกเดือน' have no dates; 'ภายในวันที่ 31 ธันวาคม 2567' "
        "and 'ภายในเดือนพฤษภาคม 2568' are deadlines (end only); 'ระหว่างเดือนมกราคม - มีนาคม 2568' is Jan-Mar "
        "2025. The effective date 'ตั้งแต่วันที่ 1 พฤศจิกายน 2567' is the announcement's, not a measure period. "
        "People: the mayor's signature (no role printed: ผู้ลงนาม). The attached channel table holds no "
        "measures.")
    document = {
        "unit": unit, "unit_type": "municipality", "province": "ร้อยเอ็ด", "fiscal_year": 2568,
        "doc_type": "measures",
        "title": "ประกาศเทศบาลเมืองหนองบัวทอง เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                 "ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": ("An announcement (ประกาศ) of FY 2568 measures, dated 28 ต.ค. 2567 (FY 2568). Title = the three "
                  "centred heading lines. Province from the attached channel table ('ปณจ.เสลภูมิ จังหวัดร้อยเอ็ด'), "
                  "the only place it is written."),
    }
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ i3

def i3():
    unit = "องค์การบริหารส่วนจังหวัดอ่างทอง"
    doc = new_doc("Kinnari", 14, landscape=True, margin=1.8)
    centre(doc, "รายงานผลการดำเนินงานตามตัวชี้วัดด้านคุณธรรมและความโปร่งใส", bold=True)
    centre(doc, "องค์การบริหารส่วนจังหวัดอ่างทอง ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 12 เดือน)", bold=True)
    centre(doc, "ข้อมูล ณ วันที่ 30 กันยายน 2568")
    _para(doc, "1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True)
    body(doc, "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้ประกาศผลการประเมิน ITA ประจำปีงบประมาณ "
              "พ.ศ. 2568 องค์การบริหารส่วนจังหวัดอ่างทองได้คะแนนรวม 91.41 คะแนน ระดับ A เพิ่มขึ้นจากปีงบประมาณ "
              "พ.ศ. 2567 ซึ่งได้ 88.06 คะแนน เมื่อแยกตามเครื่องมือการประเมิน พบว่า แบบวัด IIT ได้ 93.40 คะแนน "
              "แบบวัด EIT ได้ 88.30 คะแนน และแบบวัด OIT ได้ 92.25 คะแนน ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัด"
              "ที่ 8 การปรับปรุงระบบการทำงาน ได้ 84.10 คะแนน ซึ่งต่ำกว่าเกณฑ์ 85 คะแนน")
    _para(doc, "2. ผลการดำเนินงานตามตัวชี้วัด", bold=True)
    kpis = [
        ("ร้อยละของรายการข้อมูลสาธารณะ (OIT) ที่เผยแพร่บนเว็บไซต์ครบถ้วนตามเกณฑ์", "ร้อยละ", "100", "100",
         "บรรลุ", "กองยุทธศาสตร์และงบประมาณ", 100.0),
        ("จำนวนครั้งของการเผยแพร่รายงานผลการใช้จ่ายงบประมาณ", "ครั้ง", "4", "4", "บรรลุ", "กองคลัง", 4.0),
        ("ร้อยละของเรื่องร้องเรียนการทุจริตที่ได้รับการแก้ไขภายใน 30 วัน", "ร้อยละ", "80", "75.00\n(3 จาก 4 เรื่อง)",
         "ไม่บรรลุ", "สำนักปลัดองค์การบริหารส่วนจังหวัด", 75.0),
        ("ร้อยละของบุคลากรที่ผ่านการอบรมหลักสูตรต้านทุจริตศึกษา", "ร้อยละ", "90", "93.52", "บรรลุ",
         "กองการเจ้าหน้าที่", 93.52),
        ("ร้อยละความพึงพอใจของผู้รับบริการ ณ จุดให้บริการ", "ร้อยละ", "85", "87.40", "บรรลุ",
         "สำนักปลัดองค์การบริหารส่วนจังหวัด", 87.40),
        ("จำนวนกิจกรรมส่งเสริมคุณธรรมและจริยธรรมของบุคลากร", "กิจกรรม", "3", "5", "บรรลุ", "กองการเจ้าหน้าที่",
         5.0),
    ]
    rows = [["ที่", "ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ผลการประเมิน\n(บรรลุ/ไม่บรรลุ)",
             "หน่วยงานรับผิดชอบ"]]
    rows += [[str(k), a, b, c, d, e, f] for k, (a, b, c, d, e, f, _) in enumerate(kpis, 1)]
    t = doc.add_table(rows=len(rows), cols=7)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=r == 0)
            if c != 1 and c != 6:
                for p in t.rows[r].cells[c].paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _repeat_header(t.rows[0])
    fix_widths(t, [1.0, 9.2, 2.4, 2.4, 3.2, 3.0, 4.9])
    keep_rows(t)
    body(doc, "สรุป บรรลุค่าเป้าหมาย 5 ตัวชี้วัด จากทั้งหมด 6 ตัวชี้วัด", first=0)
    _para(doc, "3. แนวทางการพัฒนาในปีงบประมาณ พ.ศ. 2569", bold=True)
    plans = [
        ("จัดทำระบบติดตามสถานะเรื่องร้องเรียนออนไลน์ให้ผู้ร้องตรวจสอบความคืบหน้าได้ด้วยตนเอง",
         "สำนักปลัดองค์การบริหารส่วนจังหวัด", "ต.ค. - ธ.ค. 2568", "5"),
        ("เผยแพร่รายงานผลการเบิกจ่ายงบประมาณเป็นรายเดือนแทนรายไตรมาส", "กองคลัง", "ตลอดปีงบประมาณ 2569", "2"),
        ("ปรับลดขั้นตอนการขออนุญาตเชื่อมทางเข้าออกทางหลวงท้องถิ่นให้แล้วเสร็จภายใน 15 วันทำการ",
         "นายกิตติพงษ์ แสงอรุณ ผู้อำนวยการกองช่าง", "ภายใน 31 มีนาคม 2569", "8"),
    ]
    for title, owner, period, ind in plans:
        body(doc, f"• {title}", first=0, left=0.8)
        body(doc, f"(ผู้รับผิดชอบ: {owner} | ระยะเวลา: {period} | ตัวชี้วัด ITA ที่ {ind})", first=0, left=1.3)
    _para(doc, "")
    sig_table(doc, [
        ["ผู้รายงาน", "(ลงชื่อ) ......................................", "(นางสาวอรอนงค์ สุขสมบูรณ์)",
         "นักวิเคราะห์นโยบายและแผนชำนาญการ", "โทร. 089-765-4321"],
        ["ผู้รับรองข้อมูล", "(ลงชื่อ) ......................................", "(นายชัยวัฒน์ บุญประคอง)",
         "ปลัดองค์การบริหารส่วนจังหวัดอ่างทอง", ""],
    ], [12.0, 12.0])

    scores = [
        S("overall", 91.41, 2568, rating="A"),
        S("overall", 88.06, 2567),
        S("tool", 93.40, 2568, tool="IIT"),
        S("tool", 88.30, 2568, tool="EIT"),
        S("tool", 92.25, 2568, tool="OIT"),
        S("indicator", 84.10, 2568, tool="EIT", ind=8),
    ]
    scores += [S("kpi", v, 2568, label=a.replace("\n", " "), weight=None, points=None)
               for a, _b, _c, _d, _e, _f, v in kpis]
    measures = [
        M(plans[0][0], [O(org="สำนักปลัดองค์การบริหารส่วนจังหวัด")], 5, "2025-10-01", "2025-12-31"),
        M(plans[1][0], [O(org="กองคลัง")], 2, "2025-10-01", "2026-09-30"),
        M(plans[2][0], [O("นาย", "กิตติพงษ์ แสงอรุณ", "ผู้อำนวยการกองช่าง")], 8, None, "2026-03-31"),
    ]
    people = [
        P("ผู้รายงาน", "น.ส.", "อรอนงค์ สุขสมบูรณ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0897654321"),
        P("ผู้รับรองข้อมูล", "นาย", "ชัยวัฒน์ บุญประคอง", "ปลัดองค์การบริหารส่วนจังหวัดอ่างทอง"),
    ]
    notes = (
        "Scores: ITA 2568 overall 91.41 (A), 2567 overall 88.06 (no rating printed); tools 2568 IIT 93.40 / EIT "
        "88.30 / OIT 92.25 (0.3/0.3/0.4 gives 91.41); indicator 8 (EIT) 84.10 in 2568; '85 คะแนน' a threshold. "
        "KPI table: six kpi rows, value = the ผลการดำเนินงาน cell (row 3 '75.00 (3 จาก 4 เรื่อง)' = 75.00; counts "
        "4 ครั้ง and 5 กิจกรรม are the results of count KPIs), label = the ตัวชี้วัด cell, no weight or points "
        "columns; ค่าเป้าหมาย (100/4/80/90/85/3) are targets; '30 วัน' is inside a label; the summary '5 ... จาก 6' "
        "is a count, not a score. The KPI table's หน่วยงานรับผิดชอบ column gives offices responsible for KPIs, "
        "which are not measures (as in earlier KPI gold). Measures: the three bullets of section 3 (FY 2569 "
        "development), title = the bullet, owner/period/indicator from the line below. Periods: 'ต.ค. - ธ.ค. "
        "2568' = 2025-10-01..2025-12-31; 'ตลอดปีงบประมาณ 2569' = 2025-10-01..2026-09-30; 'ภายใน 31 มีนาคม 2569' "
        "a deadline (end only). '15 วันทำการ' is part of a title. Owners: 'นายกิตติพงษ์ แสงอรุณ ผู้อำนวยการกองช่าง' "
        "= rank/name/position. People: ผู้รายงาน (phone 089-765-4321) and ผู้รับรองข้อมูล, roles printed above the "
        "ลงชื่อ line.")
    document = {
        "unit": unit, "unit_type": "provincial_admin", "province": "อ่างทอง", "fiscal_year": 2568,
        "doc_type": "kpi_report",
        "title": "รายงานผลการดำเนินงานตามตัวชี้วัดด้านคุณธรรมและความโปร่งใส องค์การบริหารส่วนจังหวัดอ่างทอง "
                 "ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 12 เดือน)",
        "notes": ("KPI result report of อบจ.อ่างทอง for FY 2568, 12-month round, data as of 30 ก.ย. 2568. Title = "
                  "the two bold heading lines (the 'ข้อมูล ณ วันที่' line is not part of it). The development "
                  "bullets are for FY 2569 but the report is FY 2568's."),
    }
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ i4

MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
_MONTH_START = ["2024-10-01", "2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01", "2025-03-01",
                "2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"]
_MONTH_END = ["2024-10-31", "2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31",
              "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30"]


def i4():
    unit = "สถานีตำรวจภูธรบ้านโป่งแดง"
    doc = new_doc("Norasi", 14, landscape=True, margin=1.2)
    centre(doc, th("แผนการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"), bold=True)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    centre(doc, th("สถานีตำรวจภูธรบ้านโป่งแดง ตำรวจภูธรจังหวัดตาก"), bold=True)
    centre(doc, th("(ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 : 92.36 คะแนน ระดับ A  /  "
                   "ค่าเป้าหมายปีงบประมาณ พ.ศ. 2568 : 95 คะแนน)"))
    groups = [
        ("ขั้นตอนที่ 1 การเตรียมความพร้อม", [
            ("แต่งตั้งคณะทำงานขับเคลื่อน ITA ของสถานีตำรวจ", [0], "ผกก.สภ.บ้านโป่งแดง"),
            ("ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี 2568 แก่ข้าราชการตำรวจในสังกัด", [0, 1],
             "พ.ต.ท.ชาตรี บุญเรือง\nรอง ผกก.ป.สภ.บ้านโป่งแดง"),
        ]),
        ("ขั้นตอนที่ 2 การดำเนินการตามแบบวัด IIT EIT และ OIT", [
            ("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของสถานีตำรวจตามรายการแบบวัด OIT", [2, 3, 4, 5],
             "งานอำนวยการ\nร.ต.อ.หญิง ปิยะนุช ศรีคำ"),
            ("ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)", [2], "ผกก.สภ.บ้านโป่งแดง"),
            ("จัดส่งรายชื่อผู้รับบริการและผู้มีส่วนได้ส่วนเสียสำหรับแบบวัด EIT", [3], "งานอำนวยการ"),
            ("ประชาสัมพันธ์ให้ข้าราชการตำรวจตอบแบบวัด IIT และประชาชนตอบแบบวัด EIT", [4, 5, 6, 7],
             "งานอำนวยการ\nงานป้องกันปราบปราม"),
            ("ตรวจสอบความถูกต้องของข้อมูลและหลักฐานก่อนส่งแบบวัด OIT", [5, 6],
             "คณะทำงานขับเคลื่อน ITA สภ.บ้านโป่งแดง"),
        ]),
        ("ขั้นตอนที่ 3 การติดตามและรายงานผล", [
            ("รายงานความก้าวหน้าการดำเนินงานต่อ ภ.จว.ตาก (รายไตรมาส)", [2, 5, 8, 11], "ด.ต.สมหมาย ใจกล้า"),
            ("วิเคราะห์ผลการประเมิน ITA และจัดทำมาตรการปรับปรุงสำหรับปีงบประมาณ 2569", [10, 11],
             "คณะทำงานขับเคลื่อน ITA สภ.บ้านโป่งแดง"),
        ]),
    ]
    n_cols = 15
    n_rows = 2 + sum(1 + len(items) for _, items in groups)
    t = doc.add_table(rows=n_rows, cols=n_cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr0, hdr1 = t.rows[0].cells, t.rows[1].cells
    a = hdr0[0].merge(hdr1[0])
    _cell_text(a, "ที่", bold=True)
    a = hdr0[1].merge(hdr1[1])
    _cell_text(a, "กิจกรรม / ขั้นตอนการดำเนินงาน", bold=True)
    a = hdr0[2].merge(hdr0[4])
    _cell_text(a, th("พ.ศ. 2567"), bold=True)
    a = hdr0[5].merge(hdr0[13])
    _cell_text(a, th("พ.ศ. 2568"), bold=True)
    a = hdr0[14].merge(hdr1[14])
    _cell_text(a, "ผู้รับผิดชอบ", bold=True)
    for k, mth in enumerate(MONTHS):
        _cell_text(hdr1[2 + k], mth, bold=True)
        hdr1[2 + k].paragraphs[0].runs[0].font.size = Pt(11)
    _repeat_header(t.rows[0])
    _repeat_header(t.rows[1])
    r = 2
    k = 0
    measures = []
    owners_of = {
        "ผกก.สภ.บ้านโป่งแดง": [O(pos="ผกก.สภ.บ้านโป่งแดง")],
        "พ.ต.ท.ชาตรี บุญเรือง\nรอง ผกก.ป.สภ.บ้านโป่งแดง": [O("พ.ต.ท.", "ชาตรี บุญเรือง", "รอง ผกก.ป.สภ.บ้านโป่งแดง")],
        "งานอำนวยการ\nร.ต.อ.หญิง ปิยะนุช ศรีคำ": [O(org="งานอำนวยการ"), O("ร.ต.อ.หญิง", "ปิยะนุช ศรีคำ")],
        "งานอำนวยการ": [O(org="งานอำนวยการ")],
        "งานอำนวยการ\nงานป้องกันปราบปราม": [O(org="งานอำนวยการ"), O(org="งานป้องกันปราบปราม")],
        "คณะทำงานขับเคลื่อน ITA สภ.บ้านโป่งแดง": [O(org="คณะทำงานขับเคลื่อน ITA สภ.บ้านโป่งแดง")],
        "ด.ต.สมหมาย ใจกล้า": [O("ด.ต.", "สมหมาย ใจกล้า")],
    }
    for gname, items in groups:
        cells = t.rows[r].cells
        g = cells[0].merge(cells[n_cols - 1])
        _cell_text(g, th(gname), bold=True)
        shade(g, "E7E6E6")
        r += 1
        for title, months, owner in items:
            k += 1
            cells = t.rows[r].cells
            _cell_text(cells[0], th(str(k)))
            _cell_text(cells[1], th(title))
            for mi in range(12):
                if mi in months:
                    _cell_text(cells[2 + mi], "✓")
                    shade(cells[2 + mi])
                    cells[2 + mi].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _cell_text(cells[14], th(owner))
            measures.append(M(th(title), owners_of[owner], None, _MONTH_START[min(months)],
                              _MONTH_END[max(months)]))
            r += 1
    fix_widths(t, [0.9, 7.4] + [1.2] * 12 + [4.6])
    narrow_margins(t)
    keep_rows(t)
    _para(doc, "หมายเหตุ  ช่องแรเงาที่มีเครื่องหมาย ✓ หมายถึง ช่วงเดือนที่ดำเนินกิจกรรม")
    _para(doc, "")
    sig_table(doc, [
        ["(ลงชื่อ) ร.ต.อ.หญิง ...................................", "( ปิยะนุช ศรีคำ )",
         "รอง สว.(อก.) สภ.บ้านโป่งแดง", "ผู้เสนอแผน"],
        ["(ลงชื่อ) พ.ต.อ. ...................................", "( ธีรวัฒน์ กาญจนสิงห์ )",
         "ผกก.สภ.บ้านโป่งแดง", "ผู้อนุมัติแผน"],
    ], [12.0, 12.0])

    scores = [S("overall", 92.36, 2567, rating="A")]
    people = [
        P("ผู้เสนอแผน", "ร.ต.อ.หญิง", "ปิยะนุช ศรีคำ", "รอง สว.(อก.) สภ.บ้านโป่งแดง"),
        P("ผู้อนุมัติแผน", "พ.ต.อ.", "ธีรวัฒน์ กาญจนสิงห์", "ผกก.สภ.บ้านโป่งแดง"),
    ]
    notes = (
        "Calendar plan: months ต.ค.-ก.ย. of FY 2568 as columns under year cells (พ.ศ. ๒๕๖๗ over ต.ค.-ธ.ค., "
        "พ.ศ. ๒๕๖๘ over ม.ค.-ก.ย.), ✓ in grey-shaded cells. Measures: the nine numbered activity rows; the three "
        "merged 'ขั้นตอนที่ n' rows are groups, not measures. Period = span of the marked months, first day of "
        "the first marked month to last day of the last (Oct = 2024, Jan-Sep = 2025); row ๘ (quarterly report) "
        "is marked in ธ.ค., มี.ค., มิ.ย., ก.ย. (not contiguous): its period is the span 2024-12-01..2025-09-30. "
        "A single marked month spans that month. No indicator is tied: titles name tools (IIT/EIT/OIT) and "
        "'No Gift Policy', never an indicator number or name, so indicator_no is null throughout. Owners: one "
        "per line; 'ผกก.สภ.บ้านโป่งแดง' a position; 'พ.ต.ท.ชาตรี บุญเรือง / รอง ผกก.ป.สภ.บ้านโป่งแดง' = rank/"
        "name/position; 'ร.ต.อ.หญิง ปิยะนุช ศรีคำ' and 'ด.ต.สมหมาย ใจกล้า' = rank/name; 'งานอำนวยการ', "
        "'งานป้องกันปราบปราม', 'คณะทำงานขับเคลื่อน ITA สภ.บ้านโป่งแดง' org units. Scores: only ITA 2567 overall "
        "92.36 (A) in the header note; '95 คะแนน' is the FY 2568 target. People: two police-style signatures "
        "(rank before the dots, name in brackets, position, then the role).")
    document = {
        "unit": unit, "unit_type": "police_station", "province": "ตาก", "fiscal_year": 2568,
        "doc_type": "measures",
        "title": th("แผนการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                    "ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": ("Driving plan (calendar of activities) of สภ.บ้านโป่งแดง, FY 2568; ตำรวจภูธรจังหวัดตาก is the "
                  "parent. Title = the first two heading lines (the third names the unit; the bracketed score "
                  "line is a note). doc_type measures (a plan of activities with owners and periods)."),
    }
    return doc, {"notes": notes, "scores": scores, "measures": measures, "people": people, "findings": []}, document


REPORTS = {
    "i1_minutes_ita_school_huai_sai": i1,
    "i2_announcement_measures_nong_bua_thong": i2,
    "i3_kpi_report_pao_ang_thong": i3,
    "i4_calendar_plan_police_ban_pong_daeng": i4,
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
