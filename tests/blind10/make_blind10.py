#!/usr/bin/env python3
"""Build the blind-10 reports (tests/blind10/k*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Wording and layout follow real units' publications found with the search tool ("pages" corpus) where they
helped, otherwise Thai official-document conventions (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ):
  - pubhtml5.com/crpe/gjmu/basic (กศน.อำเภอโชคชัย: "สรุปผลการดำเนินงาน โครงการค่ายเสริมสร้างคุณธรรม จริยธรรม"
    with คำนำ, วิธีดำเนินงาน, ปัญหา อุปสรรค ข้อเสนอแนะ และแนวทางแก้ไข) -- the project report k1;
  - no stored page gave an ITA covering letter; k2 follows the external-letter form (ที่ / ส่วนราชการ at the
    right / วันที่ / เรื่อง / เรียน / อ้างถึง / สิ่งที่ส่งมาด้วย / ขอแสดงความนับถือ / contact lines at the
    foot), with the plan attached in a landscape section;
  - bpn.go.th/data_3976 (เทศบาลตำบลบ้านเป้า: numbered ๑.๑ / ๑.๑.๑ project rows with งบประมาณ (บาท) columns)
    and www.nfcnan.com/nan/vision1 (ยุทธศาสตร์ / กลยุทธ์ 1.1, 1.2 numbering) -- the action plan k3;
  - k4 is an infographic-like one-page summary, as units post on their ITA pages (no stored page).
Units, people and figures are invented; ITA tool scores follow the 0.3/0.3/0.4 weighting.

  k1  เทศบาลตำบลท่าช้างทอง (พิษณุโลก)     project report of an ethics/anti-corruption training, portrait,
                                          Norasi 16, Thai digits; activity table (date / ผู้ดำเนินการ),
                                          pre/post test percentages, recommendations with owner and period
                                          on labelled lines; two signatures (project owner, approver)
  k2  โรงพยาบาลเขาสมิงทอง (ตราด)           external letter (portrait, Loma 15, Thai digits) stating ITA
                                          2567 by tool in prose, then the attached ITA 2568 plan in a
                                          landscape section (indicator / activity / period / owner / KPI)
  k3  โรงเรียนบ้านหนองตะเคียนงาม (สุรินทร์)  action plan by ยุทธศาสตร์ / กลยุทธ์ group rows, projects 1.1.1...,
                                          two budget columns, target, quarter columns with ✓, responsible
                                          office; landscape, Laksaman 15, Arabic digits; two-row header
  k4  เทศบาลตำบลโคกสำราญเหนือ (อุดรธานี)    one-page summary "สรุปผลการประเมิน ITA ปี 2568", portrait,
                                          Waree 15, Arabic digits; big score, tool table with weights,
                                          strengths/weaknesses bullets, boxed แนวทางพัฒนา (owner in
                                          parentheses, no dates); no signature

    uv run python tests/blind10/make_blind10.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
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
    """Arabic digits to Thai, except inside Latin codes (IIT, OA, ...)."""
    return re.sub(r"[A-Za-z]+\d+|\d", lambda m: m.group(0) if len(m.group(0)) > 1
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


def centre(doc, text, bold=False, size=None):
    p = _para(doc, text, bold=bold)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
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


def table(doc, rows, widths, header_rows=1, centre_cols=(), fill="D9D9D9"):
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
            shade(c, fill)
    fix_widths(t, widths)
    return t


def merge_row(t, r, text, bold=True, fill="F2F2F2"):
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


DOTS = "............................................"


def tight(doc, after=2):
    """Single line spacing and almost no space after paragraphs (the default template leaves 8 pt)."""
    for name in ("Normal", "Table Grid"):
        try:
            pf = doc.styles[name].paragraph_format
        except KeyError:
            continue
        pf.space_before = Pt(0)
        pf.space_after = Pt(after)
        pf.line_spacing = 1.0
    return doc


# ------------------------------------------------------------------------------------------ k1

def k1():
    doc = tight(new_doc("Norasi", 16, landscape=False, margin=2.2))
    T = th
    centre(doc, "รายงานผลการดำเนินโครงการ", bold=True, size=18)
    centre(doc, T("โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"),
           bold=True)
    centre(doc, "เทศบาลตำบลท่าช้างทอง อำเภอพรหมพิราม จังหวัดพิษณุโลก")
    centre(doc, "-" * 40)
    _para(doc, "๑. หลักการและเหตุผล", bold=True)
    body(doc, T("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้กำหนดให้"
                "องค์กรปกครองส่วนท้องถิ่นเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                "(ITA) เป็นประจำทุกปี ซึ่งผลการประเมินประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลท่าช้างทองได้คะแนน "
                "84.35 คะแนน อยู่ในระดับ B และพบว่าบุคลากรบางส่วนยังขาดความเข้าใจเรื่องผลประโยชน์ทับซ้อนและ"
                "การรับของขวัญ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล จึงได้จัดทำโครงการนี้ขึ้นเพื่อเสริมสร้าง"
                "จิตสำนึกในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต"))
    _para(doc, "๒. วัตถุประสงค์", bold=True)
    for line in ("๒.๑ เพื่อให้บุคลากรมีความรู้ความเข้าใจเกี่ยวกับประมวลจริยธรรมของพนักงานส่วนท้องถิ่น",
                 "๒.๒ เพื่อให้บุคลากรสามารถแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวมได้",
                 "๒.๓ เพื่อสร้างเครือข่ายบุคลากรต้นแบบด้านคุณธรรมภายในเทศบาล"):
        body(doc, line, first=0, left=1.0)
    _para(doc, "๓. เป้าหมาย", bold=True)
    body(doc, T("คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง รวม 85 คน"), first=0, left=1.0)
    _para(doc, "๔. วิธีดำเนินการ", bold=True)
    rows = [["ที่", "กิจกรรม", "วัน เดือน ปี", "ผู้ดำเนินการ"],
            ["1", "ลงทะเบียนและทำแบบทดสอบก่อนการอบรม (Pre-test)", "13 มี.ค. 2568", "งานการเจ้าหน้าที่"],
            ["2", "บรรยาย \"ประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์\"",
             "13 มี.ค. 2568", "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพิษณุโลก"],
            ["3", "กิจกรรมกลุ่ม \"กรณีศึกษา ของขวัญหรือสินบน\"", "14 มี.ค. 2568", "นางสาวจิราพร แสนสุข"],
            ["4", "ทำแบบทดสอบหลังการอบรม (Post-test) และประเมินความพึงพอใจ", "14 มี.ค. 2568",
             "งานการเจ้าหน้าที่"]]
    table(doc, [[T(c) for c in r] for r in rows], [1.0, 7.6, 3.2, 4.8], centre_cols=(0, 2))
    _para(doc, T("สถานที่ ห้องประชุมสภาเทศบาลตำบลท่าช้างทอง"))
    _para(doc, "๕. งบประมาณ", bold=True)
    body(doc, T("ได้รับอนุมัติงบประมาณจากเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 จำนวน 30,000 บาท "
                "เบิกจ่ายจริง 27,850 บาท (ค่าอาหารและอาหารว่าง 17,850 บาท ค่าตอบแทนวิทยากร 7,200 บาท "
                "ค่าวัสดุ 2,800 บาท) คงเหลือ 2,150 บาท"))
    _para(doc, "๖. ผลการดำเนินงาน", bold=True)
    body(doc, T("๖.๑ ผู้เข้าร่วมโครงการจำนวน 78 คน จากกลุ่มเป้าหมาย 85 คน คิดเป็นร้อยละ 91.76"), first=0, left=1.0)
    body(doc, T("๖.๒ ผลการทดสอบความรู้ ก่อนการอบรมผู้เข้าร่วมตอบถูกเฉลี่ยร้อยละ 62.40 หลังการอบรมตอบถูกเฉลี่ย"
                "ร้อยละ 88.15 ความรู้เพิ่มขึ้นร้อยละ 25.75"), first=0, left=1.0)
    body(doc, T("๖.๓ ความพึงพอใจต่อการจัดโครงการโดยรวมอยู่ในระดับมาก (ค่าเฉลี่ย 4.42 จาก 5)"), first=0, left=1.0)
    _para(doc, "๗. ปัญหาอุปสรรค", bold=True)
    body(doc, T("๗.๑ ช่วงเวลาอบรมตรงกับการออกปฏิบัติงานภาคสนามของกองช่าง ทำให้บุคลากรบางส่วนไม่สามารถเข้าร่วมได้"),
         first=0, left=1.0)
    body(doc, T("๗.๒ แบบทดสอบเป็นกระดาษ ใช้เวลาตรวจและสรุปผลนาน"), first=0, left=1.0)
    _para(doc, "๘. ข้อเสนอแนะสำหรับการดำเนินการในปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    recs = [("จัดอบรมเรื่องการขัดกันแห่งผลประโยชน์สำหรับคณะผู้บริหารและสมาชิกสภาเทศบาลเป็นการเฉพาะ",
             "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล", "ไตรมาสที่ 2 (มกราคม – มีนาคม 2569)"),
            ("เปลี่ยนแบบทดสอบก่อนและหลังการอบรมเป็นแบบทดสอบออนไลน์",
             "นายภานุวัฒน์ ทองสุข นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "ภายในเดือนธันวาคม 2568"),
            ("ขยายกลุ่มเป้าหมายให้ครอบคลุมพนักงานจ้างทั่วไปและอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
             "ปลัดเทศบาลร่วมกับกองสวัสดิการสังคม", "ตลอดปีงบประมาณ พ.ศ. 2569")]
    for i, (what, who, when) in enumerate(recs, 1):
        body(doc, T(f"8.{i} {what}"), first=0, left=1.0)
        body(doc, T(f"ผู้รับผิดชอบ : {who}"), first=0, left=1.8)
        body(doc, T(f"ระยะเวลา : {when}"), first=0, left=1.8)
    _para(doc, "")
    sig_table(doc, [[], ["ลงชื่อ" + DOTS[:28] + "ผู้รับผิดชอบโครงการ", "(นางสาวจิราพร แสนสุข)",
                         "นักทรัพยากรบุคคลชำนาญการ", T("โทร. 089 642 1753"),
                         T("วันที่ 10 เมษายน 2568")]], [6.0, 10.6])
    _para(doc, "")
    sig_table(doc, [["ความเห็นของผู้บริหาร", "☑ อนุมัติ   ☐ ไม่อนุมัติ", "",
                     "ลงชื่อ" + DOTS + "ผู้อนุมัติ", "(นายประยูร ศรีสวัสดิ์)",
                     "นายกเทศมนตรีตำบลท่าช้างทอง"], []], [10.6, 6.0])
    facts = {
        "notes": "Only score: ITA 2567 overall 84.35 (B) in หลักการและเหตุผล. The pre/post test percentages "
                 "(62.40, 88.15, +25.75), attendance (78/85 = ร้อยละ 91.76), satisfaction 4.42/5, the budget "
                 "(30,000 / 27,850 / 2,150 baht) and the target 85 คน are project results, NOT ITA scores. "
                 "Measures: only the three recommendations for FY 2569 in 8. (each with labelled ผู้รับผิดชอบ / "
                 "ระยะเวลา lines); the activity table in 4. is the past agenda of the training (who lectured, "
                 "when), not integrity measures: none of its rows is a measure and its ผู้ดำเนินการ cells are "
                 "not owners. No indicator is named: indicator_no null. Periods: 'ไตรมาสที่ ๒ (มกราคม – มีนาคม "
                 "๒๕๖๙)' = 2026-01-01..2026-03-31; 'ภายในเดือนธันวาคม ๒๕๖๘' a deadline (end 2025-12-31, start "
                 "null); 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' = 2025-10-01..2026-09-30. Owners: 'งานการเจ้าหน้าที่ "
                 "สำนักปลัดเทศบาล' one org unit (section within office, as blind8 i2); 'นายภานุวัฒน์ ทองสุข "
                 "นักวิชาการคอมพิวเตอร์ปฏิบัติการ' rank/name/position; 'ปลัดเทศบาลร่วมกับกองสวัสดิการสังคม' = "
                 "a position and an org unit. People: the project owner (ผู้รับผิดชอบโครงการ, phone "
                 "๐๘๙ ๖๔๒ ๑๗๕๓) and the mayor (ผู้อนุมัติ printed after the dots; the ☑ อนุมัติ tick above is "
                 "his decision, not a separate role).",
        "scores": [S("overall", 84.35, 2567, rating="B")],
        "measures": [
            M("จัดอบรมเรื่องการขัดกันแห่งผลประโยชน์สำหรับคณะผู้บริหารและสมาชิกสภาเทศบาลเป็นการเฉพาะ",
              [O(org="งานการเจ้าหน้าที่ สำนักปลัดเทศบาล")], None, "2026-01-01", "2026-03-31"),
            M("เปลี่ยนแบบทดสอบก่อนและหลังการอบรมเป็นแบบทดสอบออนไลน์",
              [O("นาย", "ภานุวัฒน์ ทองสุข", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], None, None, "2025-12-31"),
            M("ขยายกลุ่มเป้าหมายให้ครอบคลุมพนักงานจ้างทั่วไปและอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
              [O(pos="ปลัดเทศบาล"), O(org="กองสวัสดิการสังคม")], None, "2025-10-01", "2026-09-30"),
        ],
        "people": [
            P("ผู้รับผิดชอบโครงการ", "น.ส.", "จิราพร แสนสุข", "นักทรัพยากรบุคคลชำนาญการ", "0896421753"),
            P("ผู้อนุมัติ", "นาย", "ประยูร ศรีสวัสดิ์", "นายกเทศมนตรีตำบลท่าช้างทอง"),
        ],
        "findings": [],
    }
    document = {
        "unit": "เทศบาลตำบลท่าช้างทอง",
        "unit_type": "municipality",
        "province": "พิษณุโลก",
        "fiscal_year": 2568,
        "doc_type": "other",
        "title": "รายงานผลการดำเนินโครงการ โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันการทุจริต "
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "Report on an ethics training project held 13-14 มี.ค. 2568 (FY 2568), dated 10 เม.ย. 2568. "
                 "Title = the two bold heading lines (the third names the unit, district and province). "
                 "doc_type other: a project report (its only measures are the recommendations for next year; "
                 "'measures' is arguable).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k2

def k2():
    doc = tight(new_doc("Loma", 15, landscape=False, margin=2.5))
    T = th
    centre(doc, "(ครุฑ)", bold=True, size=20)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], T("ที่ ตร 0032.301/1245"))
    _cell_text(t.rows[0].cells[1], T("โรงพยาบาลเขาสมิงทอง\nอำเภอเขาสมิง จังหวัดตราด 23130"))
    fix_widths(t, [9.0, 7.0])
    p = _para(doc, T("22 พฤศจิกายน 2567"))
    p.paragraph_format.left_indent = Cm(8.0)
    _para(doc, T("เรื่อง\tขอส่งรายงานผลการวิเคราะห์และแผนพัฒนาการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                 "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568"))
    _para(doc, "เรียน\tนายแพทย์สาธารณสุขจังหวัดตราด")
    _para(doc, T("อ้างถึง\tหนังสือสำนักงานสาธารณสุขจังหวัดตราด ที่ ตร 0032.009/ว 3421 ลงวันที่ 1 พฤศจิกายน 2567"))
    _para(doc, T("สิ่งที่ส่งมาด้วย\tแผนพัฒนาการประเมิน ITA ของโรงพยาบาลเขาสมิงทอง ประจำปีงบประมาณ พ.ศ. 2568 "
                 "จำนวน 1 ชุด"))
    body(doc, T("ตามที่สำนักงานสาธารณสุขจังหวัดตราดแจ้งให้หน่วยบริการในสังกัดวิเคราะห์ผลการประเมินคุณธรรมและ"
                "ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 และจัดทำแผนพัฒนา"
                "ประจำปีงบประมาณ พ.ศ. 2568 ส่งให้สำนักงานสาธารณสุขจังหวัดตราดภายในวันที่ 30 พฤศจิกายน 2567 "
                "ความละเอียดแจ้งแล้ว นั้น"), first=2.5)
    body(doc, T("โรงพยาบาลเขาสมิงทองขอเรียนว่า ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ของโรงพยาบาล"
                "ได้คะแนนรวม 86.71 คะแนน อยู่ในระดับ A โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) "
                "ได้ 91.04 คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ 84.20 คะแนน และ"
                "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 85.35 คะแนน ตัวชี้วัดที่ได้คะแนนต่ำที่สุดคือ"
                "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 78.50 คะแนน ซึ่งยังไม่ถึงเป้าหมายของจังหวัดที่ 85 คะแนน "
                "โรงพยาบาลจึงได้จัดทำแผนพัฒนาเพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2568 "
                "รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย"), first=2.5)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบ", first=2.5)
    _para(doc, "")
    for line in ("ขอแสดงความนับถือ", "", "", "(นายแพทย์ธนากร วงศ์สวัสดิ์)",
                 "ผู้อำนวยการโรงพยาบาลเขาสมิงทอง"):
        p = _para(doc, line)
        p.paragraph_format.left_indent = Cm(7.0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "")
    for line in ("กลุ่มงานบริหารทั่วไป", T("โทร. 0 3959 1234 ต่อ 105"), T("โทรสาร 0 3959 1235")):
        _para(doc, line)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    centre(doc, "สิ่งที่ส่งมาด้วย", bold=False)
    centre(doc, T("แผนพัฒนาการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                  "ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    centre(doc, "โรงพยาบาลเขาสมิงทอง สำนักงานสาธารณสุขจังหวัดตราด", bold=True)
    rows = [["ลำดับ", "ประเด็น/ตัวชี้วัดที่ต้องพัฒนา", "กิจกรรมการพัฒนา", "ระยะเวลา", "ผู้รับผิดชอบ",
             "ตัวชี้วัดความสำเร็จ"],
            ["1", "ตัวชี้วัดที่ 9\nการเปิดเผยข้อมูล",
             "ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลให้ครบถ้วนและเป็นปัจจุบันทุกเดือน",
             "ต.ค. 2567 – ก.ย. 2568", "นายกฤษดา พูลผล\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ",
             "ข้อมูลครบ 33 รายการ"],
            ["2", "ตัวชี้วัดที่ 8\nการปรับปรุงการทำงาน",
             "จัดทำแบบสำรวจความพึงพอใจผู้รับบริการผ่าน QR Code ณ จุดบริการผู้ป่วยนอก",
             "ม.ค. – มี.ค. 2568", "กลุ่มงานประกันสุขภาพ", "ผู้ตอบแบบสำรวจไม่น้อยกว่า 300 ราย"],
            ["3", "ตัวชี้วัดที่ 7\nประสิทธิภาพการสื่อสาร",
             "ประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียนการทุจริตผ่านเสียงตามสายและไลน์ OA ของโรงพยาบาล",
             "ธ.ค. 2567", "งานประชาสัมพันธ์", "เผยแพร่อย่างน้อย 4 ครั้ง"],
            ["4", "ตัวชี้วัดที่ 10\nการป้องกันการทุจริต",
             "ทบทวนและประกาศมาตรการป้องกันการรับสินบนและแนวปฏิบัติ No Gift Policy",
             "ภายใน 31 ธ.ค. 2567", "ผู้อำนวยการโรงพยาบาลเขาสมิงทอง", "มีประกาศ 1 ฉบับ"],
            ["5", "ตัวชี้วัดที่ 6\nคุณภาพการดำเนินงาน",
             "อบรมพฤติกรรมบริการและการให้ข้อมูลที่ตรงไปตรงมาแก่เจ้าหน้าที่จุดบริการด่านหน้า",
             "10 – 11 ก.พ. 2568", "หัวหน้ากลุ่มงานการพยาบาล\nกลุ่มงานบริหารทั่วไป",
             "เจ้าหน้าที่ผ่านการอบรมร้อยละ 90"]]
    keep_rows(table(doc, [[T(c) for c in r] for r in rows], [1.4, 4.2, 8.0, 3.4, 5.0, 4.0], centre_cols=(0, 3)))
    _para(doc, "")
    sig_table(doc, [[], ["ลงชื่อ" + DOTS + "ผู้จัดทำแผน", "(นายกฤษดา พูลผล)",
                         "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"]], [13.0, 13.0])
    facts = {
        "notes": "Scores in the letter's prose: ITA 2567 overall 86.71 (A), IIT 91.04 / EIT 84.20 / OIT 85.35 "
                 "(0.3/0.3/0.4 gives 86.71) and indicator 9 (OIT, การเปิดเผยข้อมูล) 78.50, all for FY 2567. "
                 "'85 คะแนน' is the province's target; the plan's success targets (33 รายการ, 300 ราย, 4 ครั้ง, "
                 "1 ฉบับ, ร้อยละ 90) are not scores. Measures: the five rows of the attached plan; title = the "
                 "กิจกรรมการพัฒนา cell; indicator_no from the 'ตัวชี้วัดที่ n' cell. Periods: 'ต.ค. ๒๕๖๗ – ก.ย. "
                 "๒๕๖๘' = FY 2568; 'ม.ค. – มี.ค. ๒๕๖๘' Jan-Mar 2025; 'ธ.ค. ๒๕๖๗' spans the month; 'ภายใน ๓๑ ธ.ค. "
                 "๒๕๖๗' a deadline (end only); '๑๐ – ๑๑ ก.พ. ๒๕๖๘' two days. The letter's own dates (22 พ.ย. "
                 "2567, the อ้างถึง letter of 1 พ.ย. 2567, the 30 พ.ย. 2567 deadline for sending) are not "
                 "measure periods. Owners: row 1 name over position in one cell = one owner (rank/name/"
                 "position); 'กลุ่มงานประกันสุขภาพ' and 'งานประชาสัมพันธ์' org units; 'ผู้อำนวยการโรงพยาบาล"
                 "เขาสมิงทอง' a position; row 5 two lines = a position and an org unit. People: the director "
                 "who signs the letter (no role printed: ผู้ลงนาม; 'นายแพทย์' -> rank นพ.) and the plan's "
                 "author (ผู้จัดทำแผน). The contact lines under the letter (กลุ่มงานบริหารทั่วไป, โทร.) name "
                 "no person and are not a signature.",
        "scores": [S("overall", 86.71, 2567, rating="A"),
                   S("tool", 91.04, 2567, tool="IIT"),
                   S("tool", 84.20, 2567, tool="EIT"),
                   S("tool", 85.35, 2567, tool="OIT"),
                   S("indicator", 78.50, 2567, tool="OIT", ind=9)],
        "measures": [
            M("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลให้ครบถ้วนและเป็นปัจจุบันทุกเดือน",
              [O("นาย", "กฤษดา พูลผล", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 9, "2024-10-01", "2025-09-30"),
            M("จัดทำแบบสำรวจความพึงพอใจผู้รับบริการผ่าน QR Code ณ จุดบริการผู้ป่วยนอก",
              [O(org="กลุ่มงานประกันสุขภาพ")], 8, "2025-01-01", "2025-03-31"),
            M("ประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียนการทุจริตผ่านเสียงตามสายและไลน์ OA ของโรงพยาบาล",
              [O(org="งานประชาสัมพันธ์")], 7, "2024-12-01", "2024-12-31"),
            M("ทบทวนและประกาศมาตรการป้องกันการรับสินบนและแนวปฏิบัติ No Gift Policy",
              [O(pos="ผู้อำนวยการโรงพยาบาลเขาสมิงทอง")], 10, None, "2024-12-31"),
            M("อบรมพฤติกรรมบริการและการให้ข้อมูลที่ตรงไปตรงมาแก่เจ้าหน้าที่จุดบริการด่านหน้า",
              [O(pos="หัวหน้ากลุ่มงานการพยาบาล"), O(org="กลุ่มงานบริหารทั่วไป")], 6, "2025-02-10", "2025-02-11"),
        ],
        "people": [
            P("ผู้ลงนาม", "นพ.", "ธนากร วงศ์สวัสดิ์", "ผู้อำนวยการโรงพยาบาลเขาสมิงทอง"),
            P("ผู้จัดทำแผน", "นาย", "กฤษดา พูลผล", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
        ],
        "findings": [],
    }
    document = {
        "unit": "โรงพยาบาลเขาสมิงทอง",
        "unit_type": "hospital",
        "province": "ตราด",
        "fiscal_year": 2568,
        "doc_type": "measures",
        "title": "ขอส่งรายงานผลการวิเคราะห์และแผนพัฒนาการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                 "ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "External letter (หนังสือราชการภายนอก) of 22 พ.ย. 2567 (FY 2568) from the hospital to the "
                 "provincial health office, with the FY 2568 ITA plan attached in a landscape section. Title = "
                 "the เรื่อง line (the attachment's heading 'แผนพัฒนาการประเมินคุณธรรม... ประจำปีงบประมาณ พ.ศ. "
                 "๒๕๖๘' is an acceptable alternative). doc_type measures: its substance is the plan. Province "
                 "from the address (อำเภอเขาสมิง จังหวัดตราด) and the addressee.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k3

def k3():
    doc = tight(new_doc("Laksaman", 15, landscape=True, margin=1.2), after=0)
    centre(doc, "แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
           bold=True, size=16)
    centre(doc, "โรงเรียนบ้านหนองตะเคียนงาม สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต 3", bold=True)
    body(doc, "ผลการประเมิน ITA ของโรงเรียน ปีงบประมาณ พ.ศ. 2567 ได้ 88.90 คะแนน (ระดับ A) โรงเรียนตั้งเป้าหมาย"
              "ผลการประเมินปี 2568 ไม่ต่ำกว่า 90 คะแนน จึงจัดทำแผนปฏิบัติการดังนี้", first=1.0)
    V = "✓"
    hdr1 = ["โครงการ/กิจกรรม", "เป้าหมาย", "งบประมาณ (บาท)", "", "ระยะเวลาดำเนินการ", "", "", "",
            "ผู้รับผิดชอบ"]
    hdr2 = ["", "", "เงินงบประมาณ", "เงินนอกงบประมาณ", "ไตรมาส 1\nต.ค.-ธ.ค.\n67", "ไตรมาส 2\nม.ค.-มี.ค.\n68",
            "ไตรมาส 3\nเม.ย.-มิ.ย.\n68", "ไตรมาส 4\nก.ค.-ก.ย.\n68", ""]
    G = "group"
    body_rows = [
        (G, "ยุทธศาสตร์ที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต"),
        (G, "กลยุทธ์ที่ 1.1 ปลูกฝังคุณธรรมและความซื่อสัตย์สุจริตแก่ผู้เรียน"),
        ["1.1.1 โครงการโรงเรียนสุจริต กิจกรรมห้องเรียนสุจริต", "นักเรียนทุกห้องเรียน (12 ห้อง)", "8,000", "-",
         V, V, V, V, "กลุ่มบริหารวิชาการ"],
        ["1.1.2 โครงการค่ายเยาวชนคนดีมีวินัย", "นักเรียนชั้น ป.4-ป.6 จำนวน 96 คน", "15,000", "5,000",
         "", V, "", "", "กลุ่มบริหารกิจการนักเรียน"],
        (G, "กลยุทธ์ที่ 1.2 เสริมสร้างจิตสำนึกของครูและบุคลากรทางการศึกษา"),
        ["1.2.1 กิจกรรมอบรมครูและบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน", "ครูและบุคลากร 28 คน", "6,500", "-",
         V, "", "", "", "กลุ่มบริหารงานบุคคล"],
        (G, "ยุทธศาสตร์ที่ 2 การยกระดับความโปร่งใสในการบริหารงานของสถานศึกษา"),
        (G, "กลยุทธ์ที่ 2.1 เปิดเผยข้อมูลการบริหารงานต่อสาธารณะ"),
        ["2.1.1 กิจกรรมปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงเรียน", "ข้อมูลครบถ้วนร้อยละ 100", "-", "-",
         V, V, "", "", "งานเทคโนโลยีสารสนเทศ"],
        ["2.1.2 กิจกรรมประกาศแผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "12 ครั้ง/ปี", "-", "-",
         V, V, V, V, "กลุ่มบริหารงบประมาณ"],
        (G, "กลยุทธ์ที่ 2.2 ส่งเสริมการมีส่วนร่วมของผู้ปกครองและชุมชน"),
        ["2.2.1 โครงการประชุมผู้ปกครองและคณะกรรมการสถานศึกษาขั้นพื้นฐาน", "2 ครั้ง/ปี", "4,000", "3,000",
         V, "", V, "", "กลุ่มบริหารทั่วไป\nคณะกรรมการสถานศึกษาขั้นพื้นฐาน"],
        (G, "ยุทธศาสตร์ที่ 3 การพัฒนาระบบป้องกันการทุจริตภายในสถานศึกษา"),
        (G, "กลยุทธ์ที่ 3.1 บริหารความเสี่ยงและเตรียมความพร้อมรับการประเมิน"),
        ["3.1.1 กิจกรรมประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุมความเสี่ยง", "1 ฉบับ", "-", "-",
         "", V, "", "", "กลุ่มบริหารงบประมาณ"],
        ["3.1.2 กิจกรรมเตรียมความพร้อมรับการประเมิน ITA Online ประจำปี 2568", "ไม่ต่ำกว่า 90 คะแนน", "2,500", "-",
         "", "", V, V, "คณะทำงาน ITA โรงเรียนบ้านหนองตะเคียนงาม"],
        ["รวมทั้งสิ้น", "", "36,000", "8,000", "", "", "", "", ""],
    ]
    n = 2 + len(body_rows)
    t = doc.add_table(rows=n, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [7.0, 3.4, 2.3, 2.3, 2.1, 2.1, 2.1, 2.1, 0.0]
    widths[-1] = 27.3 - sum(widths[:-1])
    for c in range(9):
        _cell_text(t.rows[0].cells[c], hdr1[c], bold=True)
        _cell_text(t.rows[1].cells[c], hdr2[c], bold=True)
    for r, row in enumerate(body_rows, 2):
        if isinstance(row, tuple):
            continue
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=row[0] == "รวมทั้งสิ้น")
            if c in range(2, 8):
                t.rows[r].cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fix_widths(t, widths)
    keep_rows(t)  # rows do not break across pages
    # merges of the two-row header
    for c in (0, 1, 8):
        a = t.cell(0, c).merge(t.cell(1, c))
        _cell_text(a, hdr1[c], bold=True)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    _cell_text(a, hdr1[2], bold=True)
    a = t.cell(0, 4).merge(t.cell(0, 7))
    _cell_text(a, hdr1[4], bold=True)
    for r in (0, 1):
        _repeat_header(t.rows[r])
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in range(9):
        shade(t.cell(0, c), "DDEBF7")
        shade(t.cell(1, c), "DDEBF7")
    for r, row in enumerate(body_rows, 2):
        if isinstance(row, tuple):
            fill = "FCE4D6" if row[1].startswith("ยุทธศาสตร์") else "F2F2F2"
            merge_row(t, r, row[1], bold=row[1].startswith("ยุทธศาสตร์"), fill=fill)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS + "ผู้จัดทำแผน", "(นางสาวสุกัญญา บุญประเสริฐ)", "ครูชำนาญการพิเศษ",
                     "หัวหน้างานนโยบายและแผน"],
                    ["ลงชื่อ" + DOTS + "ผู้อนุมัติแผน", "(นายวิทยา ทองมา)",
                     "ผู้อำนวยการโรงเรียนบ้านหนองตะเคียนงาม"]], [13.3, 13.3])
    facts = {
        "notes": "Only score: ITA 2567 overall 88.90 (A) in the opening line; 'ไม่ต่ำกว่า 90 คะแนน' (opening line "
                 "and the target of 3.1.2) is a target. Budgets (8,000 ... totals 36,000 / 8,000 baht) and "
                 "targets (12 ห้อง, 96 คน, 28 คน, ร้อยละ 100, 12 ครั้ง/ปี, 2 ครั้ง/ปี, 1 ฉบับ) are not scores. "
                 "Measures: the eight sub-numbered project rows (1.1.1 ... 3.1.2); the merged ยุทธศาสตร์ที่ / "
                 "กลยุทธ์ที่ rows are groups and the รวมทั้งสิ้น row is a total. Title = the project cell without "
                 "its number ('โครงการ...' / 'กิจกรรม...' kept). No indicator number is named (ITA Online and the "
                 "tool names are not indicators): indicator_no null. Periods = span of the ticked quarters of "
                 "FY 2568, first day of the first to last day of the last (blind8 i4 convention): Q1 Oct-Dec "
                 "2024, Q2 Jan-Mar 2025, Q3 Apr-Jun 2025, Q4 Jul-Sep 2025; 2.2.1 is ticked in Q1 and Q3 (not "
                 "contiguous): span 2024-10-01..2025-06-30. Owners: office names = org units; 2.2.1 has two "
                 "lines = two org units. People: ผู้จัดทำแผน (two position lines under the name: "
                 "'ครูชำนาญการพิเศษ' is recorded as the position, 'หัวหน้างานนโยบายและแผน' is her duty) and "
                 "ผู้อนุมัติแผน (the director).",
        "scores": [S("overall", 88.90, 2567, rating="A")],
        "measures": [
            M("โครงการโรงเรียนสุจริต กิจกรรมห้องเรียนสุจริต", [O(org="กลุ่มบริหารวิชาการ")], None,
              "2024-10-01", "2025-09-30"),
            M("โครงการค่ายเยาวชนคนดีมีวินัย", [O(org="กลุ่มบริหารกิจการนักเรียน")], None,
              "2025-01-01", "2025-03-31"),
            M("กิจกรรมอบรมครูและบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน", [O(org="กลุ่มบริหารงานบุคคล")], None,
              "2024-10-01", "2024-12-31"),
            M("กิจกรรมปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงเรียน", [O(org="งานเทคโนโลยีสารสนเทศ")], None,
              "2024-10-01", "2025-03-31"),
            M("กิจกรรมประกาศแผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", [O(org="กลุ่มบริหารงบประมาณ")],
              None, "2024-10-01", "2025-09-30"),
            M("โครงการประชุมผู้ปกครองและคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
              [O(org="กลุ่มบริหารทั่วไป"), O(org="คณะกรรมการสถานศึกษาขั้นพื้นฐาน")], None,
              "2024-10-01", "2025-06-30"),
            M("กิจกรรมประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุมความเสี่ยง", [O(org="กลุ่มบริหารงบประมาณ")],
              None, "2025-01-01", "2025-03-31"),
            M("กิจกรรมเตรียมความพร้อมรับการประเมิน ITA Online ประจำปี 2568",
              [O(org="คณะทำงาน ITA โรงเรียนบ้านหนองตะเคียนงาม")], None, "2025-04-01", "2025-09-30"),
        ],
        "people": [
            P("ผู้จัดทำแผน", "น.ส.", "สุกัญญา บุญประเสริฐ", "ครูชำนาญการพิเศษ"),
            P("ผู้อนุมัติแผน", "นาย", "วิทยา ทองมา", "ผู้อำนวยการโรงเรียนบ้านหนองตะเคียนงาม"),
        ],
        "findings": [],
    }
    document = {
        "unit": "โรงเรียนบ้านหนองตะเคียนงาม",
        "unit_type": "school",
        "province": "สุรินทร์",
        "fiscal_year": 2568,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "FY 2568 action plan of a primary school, undated. Title = the first heading line (the second "
                 "names the school and its parent office, สพป.สุรินทร์ เขต 3, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k4

def k4():
    doc = tight(new_doc("Waree", 14, landscape=False, margin=1.6), after=0)
    centre(doc, "สรุปผลการประเมิน ITA ปี 2568", bold=True, size=24)
    centre(doc, "เทศบาลตำบลโคกสำราญเหนือ อำเภอบ้านผือ จังหวัดอุดรธานี", bold=True)
    centre(doc, "89.74", bold=True, size=40)
    centre(doc, "คะแนน  |  ระดับ A  |  ผ่านเกณฑ์", bold=True, size=18)
    centre(doc, "ปี 2567 ได้ 85.12 คะแนน  ▲ เพิ่มขึ้น 4.62 คะแนน", size=14)
    rows = [["เครื่องมือการประเมิน", "น้ำหนัก (ร้อยละ)", "คะแนน"],
            ["IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "30", "92.40"],
            ["EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "30", "86.15"],
            ["OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ", "40", "90.43"]]
    table(doc, rows, [12.0, 2.7, 2.7], centre_cols=(1, 2), fill="C6E0B4")
    _para(doc, "จุดแข็ง", bold=True)
    for line in ("• ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 96.85 คะแนน",
                 "• ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้ 94.20 คะแนน",
                 "• ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 93.75 คะแนน"):
        body(doc, line, first=0, left=0.8)
    _para(doc, "จุดที่ควรพัฒนา", bold=True)
    for line in ("• ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 81.30 คะแนน",
                 "• ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้ 84.55 คะแนน",
                 "• ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 87.10 คะแนน"):
        body(doc, line, first=0, left=0.8)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _cell_text(cell, "แนวทางพัฒนา", bold=True)
    for line in ("1. เพิ่มช่องทางรับฟังความคิดเห็นและแจ้งผลการปรับปรุงบริการให้ประชาชนทราบทางไลน์ OA "
                 "ของเทศบาล (ผู้รับผิดชอบ งานประชาสัมพันธ์ สำนักปลัดเทศบาล)",
                 "2. จัดทำคู่มือการให้บริการฉบับย่อแจกจ่าย ณ จุดบริการและเผยแพร่บนเว็บไซต์ "
                 "(ผู้รับผิดชอบ นางสาวพิมพ์ชนก ใจดี นักจัดการงานทั่วไปชำนาญการ)",
                 "3. ตรวจสอบความครบถ้วนของข้อมูลสาธารณะบนเว็บไซต์ก่อนส่งแบบ OIT "
                 "(ผู้รับผิดชอบ ปลัดเทศบาล)"):
        cell.add_paragraph(line)
    shade(cell, "FFF2CC")
    fix_widths(box, [17.4])
    centre(doc, "ข้อมูลจากระบบ ITAS สำนักงาน ป.ป.ช. | จัดทำโดย งานนโยบายและแผน สำนักปลัดเทศบาล", size=11)
    facts = {
        "notes": "Scores (all FY 2568 except the 2567 overall): overall 89.74 (A) in big type; 2567 overall 85.12 "
                 "(no rating); tools IIT 92.40 / EIT 86.15 / OIT 90.43 (0.3/0.3/0.4 gives 89.74); indicators 1 "
                 "(IIT) 96.85, 4 (IIT) 94.20, 10 (OIT) 93.75, 8 (EIT) 81.30, 7 (EIT) 84.55, 9 (OIT) 87.10 in the "
                 "strength/weakness bullets (OIT = mean of 9 and 10). The weights 30/30/40 and the difference "
                 "4.62 are not scores. 'ผ่านเกณฑ์' is a verdict, not a rating. Measures: the three numbered lines "
                 "of the แนวทางพัฒนา box; title = the line without its number and without the '(ผู้รับผิดชอบ "
                 "...)'; no dates (start/end null); no indicator is named in the actions (the weaknesses above "
                 "are not tied to them by number): indicator_no null. Owners: 'งานประชาสัมพันธ์ สำนักปลัดเทศบาล' "
                 "one org unit (section within office, as blind8 i2); 'นางสาวพิมพ์ชนก ใจดี นักจัดการงานทั่วไป"
                 "ชำนาญการ' rank/name/position; 'ปลัดเทศบาล' a position. People: none (no signature; the "
                 "footer names only the section that prepared it).",
        "scores": [S("overall", 89.74, 2568, rating="A"),
                   S("overall", 85.12, 2567),
                   S("tool", 92.40, 2568, tool="IIT"),
                   S("tool", 86.15, 2568, tool="EIT"),
                   S("tool", 90.43, 2568, tool="OIT"),
                   S("indicator", 96.85, 2568, tool="IIT", ind=1),
                   S("indicator", 94.20, 2568, tool="IIT", ind=4),
                   S("indicator", 93.75, 2568, tool="OIT", ind=10),
                   S("indicator", 81.30, 2568, tool="EIT", ind=8),
                   S("indicator", 84.55, 2568, tool="EIT", ind=7),
                   S("indicator", 87.10, 2568, tool="OIT", ind=9)],
        "measures": [
            M("เพิ่มช่องทางรับฟังความคิดเห็นและแจ้งผลการปรับปรุงบริการให้ประชาชนทราบทางไลน์ OA ของเทศบาล",
              [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")]),
            M("จัดทำคู่มือการให้บริการฉบับย่อแจกจ่าย ณ จุดบริการและเผยแพร่บนเว็บไซต์",
              [O("น.ส.", "พิมพ์ชนก ใจดี", "นักจัดการงานทั่วไปชำนาญการ")]),
            M("ตรวจสอบความครบถ้วนของข้อมูลสาธารณะบนเว็บไซต์ก่อนส่งแบบ OIT", [O(pos="ปลัดเทศบาล")]),
        ],
        "people": [],
        "findings": [],
    }
    document = {
        "unit": "เทศบาลตำบลโคกสำราญเหนือ",
        "unit_type": "municipality",
        "province": "อุดรธานี",
        "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "สรุปผลการประเมิน ITA ปี 2568",
        "notes": "One-page summary of the municipality's ITA 2568 result, undated. Title = the big heading line "
                 "(the second names the unit, district and province). doc_type analysis (a result summary with "
                 "strengths, weaknesses and development lines).",
    }
    return doc, facts, document


REPORTS = {
    "k1_project_report_ethics_training_tha_chang_thong": k1,
    "k2_letter_ita_plan_khao_saming_thong_hospital": k2,
    "k3_action_plan_strategies_school_nong_takhian_ngam": k3,
    "k4_summary_poster_khok_samran_nuea": k4,
}


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx with fixed member timestamps so the bytes do not depend on the clock."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def save_reports(here: Path, reports: dict, prepare=None) -> list[Path]:
    """Make each report (a function giving the python-docx document, its facts gold and its document
    gold), save it as `here`/<stem>.docx with fixed timestamps (the bytes do not depend on the clock)
    and its gold under `here`/gold; `prepare` runs on each document before it is saved. The .docx paths."""
    gold = here / "gold"
    gold.mkdir(exist_ok=True)
    docs = []
    for stem, make in reports.items():
        doc, facts, document = make()
        if prepare is not None:
            prepare(doc)
        path = here / f"{stem}.docx"
        doc.core_properties.created = datetime.datetime(2024, 12, 1)
        doc.core_properties.modified = datetime.datetime(2024, 12, 1)
        doc.save(path)
        _fix_zip_times(path)
        docs.append(path)
        (gold / f"{stem}.facts.json").write_text(json.dumps({"stem": stem, **facts}, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        (gold / f"{stem}.document.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                                    encoding="utf-8")
    return docs


def build_reports(here: Path, reports: dict, prepare=None) -> None:
    """`save_reports`, then each .docx printed to PDF by LibreOffice beside it (not with --no-pdf)."""
    docs = save_reports(here, reports, prepare)
    if "--no-pdf" not in sys.argv:
        convert_to_pdf(docs, here)


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
