#!/usr/bin/env python3
"""Build the blind-19 reports (tests/blind19/v*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind17/make_blind17.py and
tests/blind15/make_blind15.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  v1  สำนักงานจังหวัดพังงาใต้ (พังงา)              a slide deck exported to Word: landscape, one "slide" per page
                                              (page breaks), Garuda, 26-28 pt titles and 19 pt bullets; slide 2
                                              a two-column table 'เครื่องมือ | คะแนน' (IIT/EIT/OIT/รวม) with
                                              bullets under it (one with an arrow that is NOT a measure);
                                              slides 3-4 measures as '• <measure> → <owner> | <period>';
                                              a presenter on the title slide; Arabic digits
  v2  เทศบาลเมืองนาดูนพัฒนา (มหาสารคาม)          measures table whose owner and period share ONE column
                                              'ผู้รับผิดชอบ / ระยะเวลา' (owner line, then period line), a
                                              'ลำดับความสำคัญ' (สูง/กลาง/ต่ำ) column and a 'ตัวชี้วัด ITA'
                                              column; signed by a รองปลัด 'รักษาราชการแทน' a division head and
                                              the ปลัดเทศบาล 'ปฏิบัติหน้าที่แทน' the mayor; Norasi 14, Thai digits
  v3  โรงพยาบาลบ้านแพงนิมิต (นครพนม)              six-month progress report: the ITA result as 'ผลการประเมินได้
                                              ร้อยละ ๙๑.๒๕ อยู่ในระดับดีมาก' and per tool 'IIT ร้อยละ ๙๓.๑๐';
                                              a progress table with two 'ร้อยละความสำเร็จ' quarter columns
                                              and an average row (NOT scores); landscape, Umpush 15, Thai digits
  v4  ที่ว่าการอำเภอนาโยงเหนือ (ตรัง)             memo (บันทึกข้อความ) comparing the district office's ITA 2568
                                              result with a sub-district's (อบต.ช่องลมทอง) side by side
                                              ('ประเด็น | ที่ว่าการอำเภอ... | องค์การบริหารส่วนตำบล... | ผลต่าง'),
                                              then three numbered measures for the district office with
                                              'ผู้รับผิดชอบ:' and 'ระยะเวลา:' labels; Kinnari 15, Arabic digits

    uv run python tests/blind19/make_blind19.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, sig_table, table, th, tight  # noqa: E402



def weighted(i: float, e: float, o: float) -> float:
    return round(0.3 * i + 0.3 * e + 0.4 * o + 1e-9, 2)


def size_all(t, size):
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)


def bold_row(t, r):
    for c in t.rows[r].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def sized(doc, text, size, bold=False, align=None, before=0, after=0, colour=None):
    p = _para(doc, text, bold=bold)
    for r in p.runs:
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


# ------------------------------------------------------------------------------------------ v1

V1_UNIT = "สำนักงานจังหวัดพังงาใต้"
V1_PROV = "พังงาใต้"
V1_TOOLS = {"IIT": 92.14, "EIT": 88.37, "OIT": 95.00}
V1_LABEL = {"IIT": "IIT  การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "EIT": "EIT  การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
            "OIT": "OIT  การเปิดเผยข้อมูลสาธารณะ"}
# bullet text, gold title, owners, ind, start, end
V1_SLIDE3 = [
    ("ปรับปรุงข้อมูลสาธารณะ (OIT) บนเว็บไซต์ให้ครบ 33 รายการและเป็นปัจจุบัน (ตัวชี้วัดที่ 9) → กลุ่มงานอำนวยการ "
     "| ต.ค. – ธ.ค. 68", "ปรับปรุงข้อมูลสาธารณะ (OIT) บนเว็บไซต์ให้ครบ 33 รายการและเป็นปัจจุบัน",
     [O(org="กลุ่มงานอำนวยการ")], 9, "2025-10-01", "2025-12-31"),
    ("จัดทำคู่มือการปฏิบัติงานและเผยแพร่ขั้นตอนการให้บริการประชาชน → กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนา"
     "จังหวัด | ม.ค. – มี.ค. 69", "จัดทำคู่มือการปฏิบัติงานและเผยแพร่ขั้นตอนการให้บริการประชาชน",
     [O(org="กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด")], None, "2026-01-01", "2026-03-31"),
    ("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผลต่อผู้ว่าราชการจังหวัด → หัวหน้าสำนักงานจังหวัด "
     "| ภายใน 31 ธ.ค. 68", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผลต่อผู้ว่าราชการจังหวัด",
     [O(pos="หัวหน้าสำนักงานจังหวัด")], None, None, "2025-12-31"),
    ("สำรวจความพึงพอใจผู้รับบริการและนำผลมาปรับปรุงการสื่อสาร (ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร) → "
     "น.ส.จิราพร มีสุข นักจัดการงานทั่วไปชำนาญการ | ไตรมาส 2 – 3 ปีงบ 69",
     "สำรวจความพึงพอใจผู้รับบริการและนำผลมาปรับปรุงการสื่อสาร",
     [O("น.ส.", "จิราพร มีสุข", "นักจัดการงานทั่วไปชำนาญการ")], 7, "2026-01-01", "2026-06-30"),
]
V1_SLIDE4 = [
    ("ทบทวนทะเบียนคุมการใช้รถยนต์ราชการและการยืมพัสดุ (ตัวชี้วัดที่ 4) → ฝ่ายบริหารทั่วไป กลุ่มงานอำนวยการ "
     "| ทุกเดือน", "ทบทวนทะเบียนคุมการใช้รถยนต์ราชการและการยืมพัสดุ",
     [O(org="ฝ่ายบริหารทั่วไป กลุ่มงานอำนวยการ")], 4, None, None),
    ("อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม → กลุ่มงานบริหารทรัพยากรบุคคล, "
     "กลุ่มงานอำนวยการ | ก.พ. 69", "อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม",
     [O(org="กลุ่มงานบริหารทรัพยากรบุคคล"), O(org="กลุ่มงานอำนวยการ")], None, "2026-02-01", "2026-02-28"),
    ("เปิดช่องทางร้องเรียนการทุจริตผ่าน LINE OA “พังงาใต้โปร่งใส” และแจ้งผลให้ผู้ร้องทราบภายใน 15 วัน → "
     "ศูนย์ดำรงธรรมจังหวัดพังงาใต้ | ตลอดปีงบประมาณ 2569",
     "เปิดช่องทางร้องเรียนการทุจริตผ่าน LINE OA “พังงาใต้โปร่งใส” และแจ้งผลให้ผู้ร้องทราบภายใน 15 วัน",
     [O(org="ศูนย์ดำรงธรรมจังหวัดพังงาใต้")], None, "2025-10-01", "2026-09-30"),
]


def _slide_title(doc, text, size=26):
    p = sized(doc, text, size, bold=True, after=14, colour="1F4E79")
    p.paragraph_format.page_break_before = True  # one slide per page
    return p


def _footer(doc, n):
    sized(doc, f"{V1_UNIT}  |  {n}", 11, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10, colour="7F7F7F")


def _bullet(doc, text, size=19):
    p = sized(doc, "•  " + text, size, after=8)
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    return p


def v1():
    doc = tight(new_doc("Garuda", 19, landscape=True, margin=1.8), after=0)
    i, e, o = V1_TOOLS["IIT"], V1_TOOLS["EIT"], V1_TOOLS["OIT"]
    ov = weighted(i, e, o)
    ov67 = 88.50
    # slide 1
    sized(doc, "ผลการประเมินคุณธรรมและความโปร่งใส", 28, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=70,
          colour="1F4E79")
    sized(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี 2568", 28, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
          colour="1F4E79")
    sized(doc, "และมาตรการยกระดับ ปีงบประมาณ 2569", 24, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=24)
    sized(doc, V1_UNIT, 22, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
    sized(doc, f"ที่ประชุมหัวหน้าส่วนราชการจังหวัด{V1_PROV} ครั้งที่ 11/2568  วันที่ 27 พฤศจิกายน 2568", 18,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    sized(doc, "นำเสนอโดย นางสาวรัตนาภรณ์ ทองคำ", 18, align=WD_ALIGN_PARAGRAPH.CENTER)
    sized(doc, f"หัวหน้ากลุ่มงานอำนวยการ {V1_UNIT}", 18, align=WD_ALIGN_PARAGRAPH.CENTER)
    # slide 2
    _slide_title(doc, "ผลคะแนน ITA ปี 2568")
    rows = [["เครื่องมือ", "คะแนน"]]
    rows += [[V1_LABEL[k], f"{v:.2f}"] for k, v in V1_TOOLS.items()]
    rows.append(["รวม", f"{ov:.2f} (A)"])
    t = table(doc, rows, [12.5, 4.5], centre_cols=(1,), fill="BDD7EE")
    size_all(t, 19)
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    sized(doc, "", 10)
    _bullet(doc, f"ปี 2567 ได้ {ov67:.2f} คะแนน → ปี 2568 เพิ่มขึ้น {ov - ov67:.2f} คะแนน")
    _bullet(doc, f"อยู่ลำดับที่ 4 จาก 36 ส่วนราชการระดับจังหวัดใน{V1_PROV}")
    _bullet(doc, "เป้าหมายปี 2569: 95 คะแนนขึ้นไป (ระดับ AA)")
    _footer(doc, 2)
    # slide 3
    _slide_title(doc, "มาตรการยกระดับ ITA ปีงบประมาณ 2569 (1/2)")
    sized(doc, "มาตรการ → ผู้รับผิดชอบ | ระยะเวลา", 15, colour="7F7F7F", after=8)
    for r in V1_SLIDE3:
        _bullet(doc, r[0])
    _footer(doc, 3)
    # slide 4
    _slide_title(doc, "มาตรการยกระดับ ITA ปีงบประมาณ 2569 (2/2)")
    for r in V1_SLIDE4:
        _bullet(doc, r[0])
    sized(doc, "", 10)
    sized(doc, "ติดตามความก้าวหน้า: รายงานที่ประชุมหัวหน้าส่วนราชการทุกไตรมาส (ม.ค. / เม.ย. / ก.ค. 69)", 16,
          colour="404040")
    _footer(doc, 4)
    measures = [M(r[1], r[2], ind=r[3], start=r[4], end=r[5]) for r in V1_SLIDE3 + V1_SLIDE4]
    facts = {
        "notes": f"Slide deck exported to Word: four landscape pages, one slide each, 26-28 pt titles, 19 pt bullets. "
                 f"Scores (ITA 2568, slide 2 table 'เครื่องมือ | คะแนน'): IIT {i:.2f}, EIT {e:.2f}, OIT {o:.2f} (tool "
                 f"level; the Thai gloss after the tool code is its name) and 'รวม {ov:.2f} (A)' = overall 2568 with "
                 f"rating A (0.3/0.3/0.4 of the tools). The first bullet under the table gives 2567 overall "
                 f"{ov67:.2f} (no rating printed); its '→ ปี 2568 เพิ่มขึ้น {ov - ov67:.2f} คะแนน' is a difference, "
                 "not a score, and that bullet is NOT a measure although it uses the arrow. Not scores: the rank "
                 "'ลำดับที่ 4 จาก 36', the target '95 คะแนนขึ้นไป (ระดับ AA)' for 2569, meeting 11/2568, page numbers, "
                 "'33 รายการ', '15 วัน'. Measures: the seven bullets of slides 3-4 '• <measure> → <owner> | "
                 "<period>'; the grey line 'มาตรการ → ผู้รับผิดชอบ | ระยะเวลา' under the slide-3 title is a legend, "
                 "and the 'ติดตามความก้าวหน้า: ... ทุกไตรมาส (ม.ค. / เม.ย. / ก.ค. 69)' line on slide 4 is "
                 "monitoring (reporting dates), not a measure. Title = the text before the arrow, without a trailing "
                 "'(ตัวชี้วัดที่ n ...)' tag (a reader keeping it still matches, gold being a prefix). indicator_no: "
                 "'(ตัวชี้วัดที่ 9)' 9, '(ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร)' 7, '(ตัวชี้วัดที่ 4)' 4; '(OIT)' in "
                 "bullet 1 is a tool, No Gift Policy is not an indicator: others null. Periods (FY 2569, two-digit "
                 "BE years): 'ต.ค. – ธ.ค. 68' 2025-10-01..2025-12-31; 'ม.ค. – มี.ค. 69' 2026-01-01..2026-03-31; "
                 "'ภายใน 31 ธ.ค. 68' a deadline (end 2025-12-31, start null); 'ไตรมาส 2 – 3 ปีงบ 69' = fiscal "
                 "quarters 2-3 of FY 2569 = 2026-01-01..2026-06-30; 'ทุกเดือน' no dates; 'ก.พ. 69' the whole month "
                 "2026-02-01..2026-02-28; 'ตลอดปีงบประมาณ 2569' 2025-10-01..2026-09-30; 'ภายใน 15 วัน' inside the "
                 "title is a service standard, not the measure's period. Owners (after the arrow, before the bar): "
                 "กลุ่มงานอำนวยการ, กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด, ศูนย์ดำรงธรรมจังหวัดพังงาใต้ "
                 "org units; 'ฝ่ายบริหารทั่วไป กลุ่มงานอำนวยการ' one org unit (section within group); "
                 "'กลุ่มงานบริหารทรัพยากรบุคคล, กลุ่มงานอำนวยการ' two org units; 'หัวหน้าสำนักงานจังหวัด' a "
                 "position; 'น.ส.จิราพร มีสุข นักจัดการงานทั่วไปชำนาญการ' one person. People: the presenter on "
                 "slide 1 'นำเสนอโดย นางสาวรัตนาภรณ์ ทองคำ' with her post on the next line: role ผู้นำเสนอ (from "
                 "'นำเสนอโดย'), นางสาว -> น.ส., position as printed 'หัวหน้ากลุ่มงานอำนวยการ สำนักงานจังหวัดพังงาใต้'. "
                 "The deck has no signature.",
        "scores": [S("tool", v, 2568, k) for k, v in V1_TOOLS.items()]
                  + [S("overall", ov, 2568, rating="A"), S("overall", ov67, 2567)],
        "measures": measures,
        "people": [P("ผู้นำเสนอ", "น.ส.", "รัตนาภรณ์ ทองคำ", f"หัวหน้ากลุ่มงานอำนวยการ {V1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": V1_UNIT, "unit_type": "province", "province": V1_PROV, "fiscal_year": 2568, "doc_type": "analysis",
        "title": "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี 2568 และมาตรการยกระดับ "
                 "ปีงบประมาณ 2569",
        "notes": "Slide deck presented on 27 พ.ย. 2568 (FY 2569) to the provincial heads' meeting: it summarises the ITA "
                 "2568 result and lists the FY 2569 measures. fiscal_year 2568, the result it summarises (as blind17 "
                 "t3; 2569, the measures' year, arguable). doc_type analysis ('measures' arguable). Title = the three "
                 "title-slide heading lines joined (the first two alone acceptable). unit_type province (the "
                 "provincial governor's office, สำนักงานจังหวัด, as the จังหวัด gold of earlier sets; 'other' "
                 "arguable). Province พังงาใต้ from the unit's name and the meeting line (invented province name).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ v2

V2_UNIT = "เทศบาลเมืองนาดูนพัฒนา"
V2_MAYOR = "นายกเทศมนตรีเมืองนาดูนพัฒนา"
# measure, ITA indicator cell, priority, owner line, period line, KPI, gold owners, ind, start, end
V2_ROWS = [
    ("มาตรการจัดทำแผนป้องกันการทุจริตและประเมินความเสี่ยงการทุจริตประจำปี", "ตัวชี้วัดที่ ๑๐\nการป้องกันการทุจริต",
     "สูง", "กองยุทธศาสตร์และงบประมาณ", "ต.ค. – ธ.ค. ๒๕๖๘", "แผน ๑ ฉบับ ครอบคลุมกระบวนงานเสี่ยงร้อยละ ๑๐๐",
     [O(org="กองยุทธศาสตร์และงบประมาณ")], 10, "2025-10-01", "2025-12-31"),
    ("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณรายไตรมาส", "ตัวชี้วัดที่ ๙\nการเปิดเผยข้อมูล",
     "สูง", "งานพัสดุ กองคลัง", "ทุกไตรมาส", "เผยแพร่ครบ ๔ ไตรมาส",
     [O(org="งานพัสดุ กองคลัง")], 9, None, None),
    ("กิจกรรมประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตและแจ้งผลการดำเนินการให้ผู้ร้องทราบ",
     "ตัวชี้วัดที่ ๕\nการแก้ไขปัญหาการทุจริต", "กลาง", "นางสาวอรอุมา ศรีบุญเรือง นิติกรชำนาญการ",
     "ภายใน ๓๑ ม.ค. ๒๕๖๙", "แจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วันทำการ ร้อยละ ๑๐๐",
     [O("น.ส.", "อรอุมา ศรีบุญเรือง", "นิติกรชำนาญการ")], 5, None, "2026-01-31"),
    ("มาตรการลดขั้นตอนการขออนุญาตก่อสร้างอาคารและเผยแพร่คู่มือสำหรับประชาชน",
     "ตัวชี้วัดที่ ๘\nการปรับปรุงการทำงาน", "กลาง", "ผู้อำนวยการกองช่าง", "ม.ค. – มิ.ย. ๒๕๖๙",
     "ระยะเวลาพิจารณาลดลงจาก ๔๕ วัน เหลือ ๓๐ วัน", [O(pos="ผู้อำนวยการกองช่าง")], 8, "2026-01-01", "2026-06-30"),
    ("กิจกรรมส่งเสริมวัฒนธรรมองค์กร “เทศบาลโปร่งใส ไม่รับของขวัญ” (No Gift Policy)", "-", "ต่ำ",
     "สำนักปลัดเทศบาล, กองสวัสดิการสังคม", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", "บุคลากรลงนามรับทราบร้อยละ ๙๕",
     [O(org="สำนักปลัดเทศบาล"), O(org="กองสวัสดิการสังคม")], None, "2025-10-01", "2026-09-30"),
    ("กิจกรรมทบทวนแนวปฏิบัติการใช้ทรัพย์สินของราชการและการยืมพัสดุครุภัณฑ์", "การใช้ทรัพย์สินของราชการ", "ต่ำ",
     "หัวหน้าฝ่ายบริหารงานทั่วไป", "ไตรมาส ๓ (เม.ย. – มิ.ย. ๒๕๖๙)", "แนวปฏิบัติ ๑ ฉบับ แจ้งเวียนทุกกอง",
     [O(pos="หัวหน้าฝ่ายบริหารงานทั่วไป")], 4, "2026-04-01", "2026-06-30"),
]


def v2():
    doc = tight(new_doc("Norasi", 14, landscape=False, margin=1.8), after=0)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=17)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=16)
    centre(doc, f"{V2_UNIT} อำเภอนาดูน จังหวัดมหาสารคาม", bold=True, size=15)
    centre(doc, "*****************")
    body(doc, f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
              f"ของ{V2_UNIT} ได้คะแนน ๘๖.๔๗ คะแนน อยู่ในระดับ A โดยตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนน"
              "ต่ำสุด ๗๔.๕๐ คะแนน เทศบาลจึงได้วิเคราะห์ผลการประเมินและกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
              "ภายในหน่วยงาน โดยจัดลำดับความสำคัญของมาตรการ ดังนี้", first=1.5)
    _para(doc, "")
    rows = [["ที่", "มาตรการ / กิจกรรม", "ตัวชี้วัด ITA", "ลำดับ\nความสำคัญ", "ผู้รับผิดชอบ / ระยะเวลา",
             "ตัวชี้วัดความสำเร็จ"]]
    rows += [[th(str(k)), r[0], r[1], r[2], f"{r[3]}\n{r[4]}", r[5]] for k, r in enumerate(V2_ROWS, 1)]
    t = table(doc, rows, [0.9, 5.0, 2.7, 1.7, 3.8, 3.3], centre_cols=(0, 2, 3), fill="D9E2F3")
    size_all(t, 13)
    for r in range(1, len(rows)):
        cell = t.rows[r].cells[4]
        for run in cell.paragraphs[-1].runs:
            run.italic = True
        pr = t.rows[r].cells[3]
        colour = {"สูง": "C00000", "กลาง": "BF8F00", "ต่ำ": "548235"}[rows[r][3]]
        for run in pr.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(colour)
    keep_rows(t)
    _para(doc, "")
    p = _para(doc, "หมายเหตุ  ลำดับความสำคัญ: สูง = ดำเนินการทันทีในไตรมาสแรก  กลาง = ดำเนินการภายในครึ่งปีแรก  "
                   "ต่ำ = ดำเนินการตามความเหมาะสมภายในปีงบประมาณ")
    for r in p.runs:
        r.font.size = Pt(12)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้เสนอ", "(นายเอกชัย บุญเรือง)",
                           "รองปลัดเทศบาล รักษาราชการแทน", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"],
                          ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติ", "(นายวีระ ทองมา)", "ปลัดเทศบาล ปฏิบัติหน้าที่แทน",
                           V2_MAYOR]], [8.7, 8.7])
    size_all(sig, 14)
    measures = [M(r[0], r[6], ind=r[7], start=r[8], end=r[9]) for r in V2_ROWS]
    facts = {
        "notes": "Measures table, portrait, Norasi 13-14, Thai digits. Scores: only those in the opening paragraph, "
                 "ITA 2568 overall 86.47 (A) and indicator 10 (OIT, การป้องกันการทุจริต) 74.50. Not scores: the "
                 "ตัวชี้วัดความสำเร็จ targets (ร้อยละ ๑๐๐/๙๕, ๔ ไตรมาส, ๔๕/๓๐ วัน, ๑๕ วันทำการ, ๑ ฉบับ). Measures: the "
                 "six rows; title = the มาตรการ / กิจกรรม cell. The ลำดับความสำคัญ column (สูง/กลาง/ต่ำ) is a "
                 "priority, neither owner nor period; the หมายเหตุ under the table explains it (its 'ไตรมาสแรก' / "
                 "'ครึ่งปีแรก' are not periods of any measure). indicator_no from the ตัวชี้วัด ITA column: "
                 "'ตัวชี้วัดที่ ๑๐/๙/๕/๘' 10, 9, 5, 8; row ๖ names the indicator only by its own name "
                 "'การใช้ทรัพย์สินของราชการ' = 4; row ๕ '-' null. The 'ผู้รับผิดชอบ / ระยะเวลา' column holds TWO "
                 "lines per cell: the first is the owner, the second (italic) the period. Owners: "
                 "'กองยุทธศาสตร์และงบประมาณ' org unit; 'งานพัสดุ กองคลัง' one org unit (section within division); "
                 "'นางสาวอรอุมา ศรีบุญเรือง นิติกรชำนาญการ' one person (น.ส.; the post may wrap visually in the "
                 "narrow cell but is on the owner line); 'ผู้อำนวยการกองช่าง' and 'หัวหน้าฝ่ายบริหารงานทั่วไป' "
                 "positions; 'สำนักปลัดเทศบาล, กองสวัสดิการสังคม' two org units. Periods (second line): 'ต.ค. – "
                 "ธ.ค. ๒๕๖๘' 2025-10-01..2025-12-31; 'ทุกไตรมาส' no dates; 'ภายใน ๓๑ ม.ค. ๒๕๖๙' end 2026-01-31 "
                 "only; 'ม.ค. – มิ.ย. ๒๕๖๙' 2026-01-01..2026-06-30; 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' "
                 "2025-10-01..2026-09-30; 'ไตรมาส ๓ (เม.ย. – มิ.ย. ๒๕๖๙)' 2026-04-01..2026-06-30. People: two "
                 "signatures side by side, roles after the dots (ผู้เสนอ, ผู้อนุมัติ); both are acting: position = "
                 "the two lines under the name joined with a space, the acting words kept ('รองปลัดเทศบาล "
                 "รักษาราชการแทน ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ'; 'ปลัดเทศบาล ปฏิบัติหน้าที่แทน "
                 "นายกเทศมนตรีเมืองนาดูนพัฒนา', as blind17 t4's 'ปฏิบัติราชการแทน'). The mayor is not a person here "
                 "(no name printed for him).",
        "scores": [S("overall", 86.47, 2568, rating="A"), S("indicator", 74.50, 2568, "OIT", 10)],
        "measures": measures,
        "people": [P("ผู้เสนอ", "นาย", "เอกชัย บุญเรือง",
                     "รองปลัดเทศบาล รักษาราชการแทน ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
                   P("ผู้อนุมัติ", "นาย", "วีระ ทองมา", f"ปลัดเทศบาล ปฏิบัติหน้าที่แทน {V2_MAYOR}")],
        "findings": [],
    }
    document = {
        "unit": V2_UNIT, "unit_type": "municipality", "province": "มหาสารคาม", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Undated FY 2569 measures of a town municipality (เทศบาลเมือง), built on the ITA 2568 result: "
                 "fiscal_year 2569 (the plan's year). Title = the first two heading lines (the third names unit, "
                 "district and province). Province from the heading (อำเภอนาดูน จังหวัดมหาสารคาม).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ v3

V3_UNIT = "โรงพยาบาลบ้านแพงนิมิต"
V3_TOOLS = {"IIT": 93.10, "EIT": 88.40, "OIT": 92.00}
# measure, owner cell, period, q1, q2, status, gold title, owners, ind, start, end
V3_ROWS = [
    ("ปรับปรุงเว็บไซต์โรงพยาบาลให้เปิดเผยข้อมูลครบตามเกณฑ์การประเมิน OIT", "งานสารสนเทศ กลุ่มงานบริหารทั่วไป",
     "ต.ค. ๖๘ – มี.ค. ๖๙", "๖๐.๐๐", "๑๐๐.๐๐", "แล้วเสร็จ",
     "ปรับปรุงเว็บไซต์โรงพยาบาลให้เปิดเผยข้อมูลครบตามเกณฑ์การประเมิน OIT",
     [O(org="งานสารสนเทศ กลุ่มงานบริหารทั่วไป")], None, "2025-10-01", "2026-03-31"),
    ("จัดทำแนวทางการรับเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วัน",
     "นางสาวศศิธร พันธ์ดี\nนิติกรปฏิบัติการ", "พ.ย. ๖๘ – ก.พ. ๖๙", "๕๐.๐๐", "๘๕.๐๐", "อยู่ระหว่างดำเนินการ",
     "จัดทำแนวทางการรับเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วัน",
     [O("น.ส.", "ศศิธร พันธ์ดี", "นิติกรปฏิบัติการ")], None, "2025-11-01", "2026-02-28"),
    ("ตรวจสอบการใช้รถพยาบาลและรถส่วนกลางนอกเวลาราชการ (ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ)",
     "หัวหน้ากลุ่มงานบริหารทั่วไป", "ตลอดปีงบประมาณ ๒๕๖๙", "๒๕.๐๐", "๕๐.๐๐", "ดำเนินการต่อเนื่อง",
     "ตรวจสอบการใช้รถพยาบาลและรถส่วนกลางนอกเวลาราชการ", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], 4,
     "2025-10-01", "2026-09-30"),
    ("อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์",
     "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค\nงานพัสดุ", "ม.ค. ๒๕๖๙", "๐.๐๐", "๙๒.๕๐",
     "แล้วเสร็จ (ผู้เข้าอบรม ๑๔๘ คน)", "อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์",
     [O(org="กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค"), O(org="งานพัสดุ")], None, "2026-01-01", "2026-01-31"),
    ("สำรวจความพึงพอใจของผู้รับบริการต่อการสื่อสารของโรงพยาบาล (ตัวชี้วัดที่ ๗)",
     "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์", "เม.ย. – มิ.ย. ๒๕๖๙", "-", "-",
     "ยังไม่ถึงกำหนด", "สำรวจความพึงพอใจของผู้รับบริการต่อการสื่อสารของโรงพยาบาล",
     [O(org="กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")], 7, "2026-04-01", "2026-06-30"),
]


def v3():
    doc = tight(new_doc("Umpush", 15, landscape=True, margin=1.6), after=2)
    i, e, o = V3_TOOLS["IIT"], V3_TOOLS["EIT"], V3_TOOLS["OIT"]
    ov = weighted(i, e, o)
    ov67 = 88.70
    centre(doc, "รายงานผลการดำเนินงานตามมาตรการยกระดับคุณธรรมและความโปร่งใส (ITA) รอบ ๖ เดือน "
                "ปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=17)
    centre(doc, f"{V3_UNIT} อำเภอบ้านแพง จังหวัดนครพนม", bold=True, size=16)
    centre(doc, "(ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๙)", size=14)
    _para(doc, "๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True)
    body(doc, th(f"{V3_UNIT}ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ "
                 f"พ.ศ. 2568 ผลการประเมินได้ร้อยละ {ov:.2f} อยู่ในระดับดีมาก เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 "
                 f"ซึ่งได้ร้อยละ {ov67:.2f} (ระดับดี) และผ่านเกณฑ์ค่าเป้าหมายของกระทรวงสาธารณสุข (ร้อยละ 85) "
                 "โดยแยกผลตามเครื่องมือการประเมิน ดังนี้"), first=1.5)
    for k, v in V3_TOOLS.items():
        p = _para(doc, th(f"-  {k} ร้อยละ {v:.2f}"))
        p.paragraph_format.left_indent = Cm(2.5)
    _para(doc, "๒. ความก้าวหน้าการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ร้อยละความสำเร็จ\nไตรมาส ๑", "ร้อยละความสำเร็จ\nไตรมาส ๒",
             "สถานะ"]]
    rows += [[th(str(k)), r[0], r[1], r[2], r[3], r[4], r[5]] for k, r in enumerate(V3_ROWS, 1)]
    rows.append(["เฉลี่ยร้อยละความสำเร็จ", "", "", "", "๒๗.๐๐", "๖๕.๕๐", ""])
    t = table(doc, rows, [1.0, 8.0, 5.0, 3.2, 2.6, 2.6, 4.0], centre_cols=(0, 3, 4, 5), fill="E2EFDA")
    last = len(rows) - 1
    a = t.rows[last].cells[0].merge(t.rows[last].cells[3])
    _cell_text(a, "เฉลี่ยร้อยละความสำเร็จ", bold=True)
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_row(t, last)
    size_all(t, 14)
    keep_rows(t)
    _para(doc, "")
    _para(doc, "๓. ปัญหาอุปสรรค", bold=True)
    body(doc, "การสำรวจความพึงพอใจ (มาตรการที่ ๕) ยังไม่ถึงกำหนดดำเนินการ และการตรวจสอบการใช้รถ (มาตรการที่ ๓) ต้อง"
              "ดำเนินการต่อเนื่องจนสิ้นปีงบประมาณ จะรายงานผลในรอบ ๑๒ เดือน (ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๙)",
         first=1.5)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้รายงาน", "(นางสาวกมลทิพย์ วงศ์คำ)", "นักจัดการงานทั่วไปชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้รับรอง", "(นายแพทย์ธีรพงษ์ แสงจันทร์)",
                     f"ผู้อำนวยการ{V3_UNIT}"]], [12.0, 12.0])
    measures = [M(r[6], r[7], ind=r[8], start=r[9], end=r[10]) for r in V3_ROWS]
    facts = {
        "notes": f"Six-month progress report of a community hospital, landscape. Scores (section ๑, ITA 2568): the "
                 f"result is written as a percentage, 'ผลการประเมินได้ร้อยละ {ov:.2f} อยู่ในระดับดีมาก', and per tool "
                 f"'IIT ร้อยละ {i:.2f}', 'EIT ร้อยละ {e:.2f}', 'OIT ร้อยละ {o:.2f}'. These ARE ITA scores: ITA is "
                 f"scored out of 100 and 'ร้อยละ' here is only another way of writing the same points (0.3/0.3/0.4 of "
                 f"the tools gives {ov:.2f}); overall 2568 {ov:.2f} with the rating in Thai words as printed "
                 f"('ดีมาก', as 'ผ่าน' / 'ต้องปรับปรุง' in earlier gold), tools IIT/EIT/OIT 2568, and overall 2567 "
                 f"'ร้อยละ {ov67:.2f} (ระดับดี)' rating 'ดี'. NOT scores: 'ร้อยละ 85' (the ministry's target), the "
                 "two 'ร้อยละความสำเร็จ ไตรมาส ๑ / ไตรมาส ๒' columns (progress of each measure, even where they "
                 "look like scores, e.g. ๙๒.๕๐ / ๘๕.๐๐), the 'เฉลี่ยร้อยละความสำเร็จ' row (๒๗.๐๐ / ๖๕.๕๐), "
                 "'๑๔๘ คน', '๑๕ วัน', 'รอบ ๖/๑๒ เดือน'. Measures: the five rows of the progress table; title = the "
                 "มาตรการ cell without a trailing '(ตัวชี้วัดที่ n ...)' tag; the average row is a total. "
                 "indicator_no: row ๓ '(ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ)' 4; row ๕ '(ตัวชี้วัดที่ ๗)' 7; row ๑ "
                 "names the OIT tool, not an indicator: null. Periods: 'ต.ค. ๖๘ – มี.ค. ๖๙' 2025-10-01..2026-03-31; "
                 "'พ.ย. ๖๘ – ก.พ. ๖๙' 2025-11-01..2026-02-28; 'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; "
                 "'ม.ค. ๒๕๖๙' 2026-01-01..2026-01-31; 'เม.ย. – มิ.ย. ๒๕๖๙' 2026-04-01..2026-06-30. Not periods: "
                 "'ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๙' and '๓๐ กันยายน ๒๕๖๙' (reporting cut-offs), the quarters of the "
                 "progress columns, 'ภายใน ๑๕ วัน' (part of the title). Status words (แล้วเสร็จ, อยู่ระหว่าง"
                 "ดำเนินการ ...) are progress. Owners: 'งานสารสนเทศ กลุ่มงานบริหารทั่วไป' one org unit (section "
                 "within group); 'นางสาวศศิธร พันธ์ดี' over 'นิติกรปฏิบัติการ' one person (น.ส.); 'หัวหน้ากลุ่มงาน"
                 "บริหารทั่วไป' a position; 'กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค' over 'งานพัสดุ' two org units; "
                 "'กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์' one org unit (the MOPH name of one group, "
                 "not two). People: ผู้รายงาน and ผู้รับรอง side by side (roles after the dots); 'นายแพทย์' -> rank "
                 "นพ., นางสาว -> น.ส.",
        "scores": [S("overall", ov, 2568, rating="ดีมาก"), S("overall", ov67, 2567, rating="ดี")]
                  + [S("tool", v, 2568, k) for k, v in V3_TOOLS.items()],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "กมลทิพย์ วงศ์คำ", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้รับรอง", "นพ.", "ธีรพงษ์ แสงจันทร์", f"ผู้อำนวยการ{V3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": V3_UNIT, "unit_type": "hospital", "province": "นครพนม", "fiscal_year": 2569, "doc_type": "kpi_report",
        "title": "รายงานผลการดำเนินงานตามมาตรการยกระดับคุณธรรมและความโปร่งใส (ITA) รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Six-month progress report (data as of ๓๑ มี.ค. ๒๕๖๙) on the FY 2569 measures, quoting the ITA 2568 "
                 "result: fiscal_year 2569, the year of the measures and of the round (as blind11 l3). doc_type "
                 "kpi_report (progress; 'measures' acceptable). Title = the first heading line (the second names "
                 "unit, district and province; the bracketed date line is a cut-off). Province from the heading.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ v4

V4_UNIT = "ที่ว่าการอำเภอนาโยงเหนือ"
V4_SAO = "องค์การบริหารส่วนตำบลช่องลมทอง"
V4_D = {"IIT": 90.45, "EIT": 87.60, "OIT": 93.00}
V4_S = {"IIT": 86.10, "EIT": 80.25, "OIT": 71.50}


def _band(v):
    return "AA" if v >= 95 else "A" if v >= 85 else "B" if v >= 75 else "C" if v >= 65 else "D"


def v4():
    doc = tight(new_doc("Kinnari", 15, landscape=False, margin=2.0), after=0)
    dov = weighted(*V4_D.values())
    sov = weighted(*V4_S.values())
    p = _para(doc, "บันทึกข้อความ", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in p.runs:
        r.font.size = Pt(24)
    for lab, txt in (("ส่วนราชการ", "ที่ทำการปกครองอำเภอนาโยงเหนือ กลุ่มงานบริหารงานปกครอง โทร. 0 7529 9123"),
                     ("ที่", "ตง 0318/1456\t\tวันที่  9  ธันวาคม  2568"),
                     ("เรื่อง", f"รายงานเปรียบเทียบผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ระหว่าง{V4_UNIT}"
                                f"กับ{V4_SAO}")):
        p = _para(doc, "")
        r = p.add_run(lab + "  ")
        r.bold = True
        p.add_run(txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
    _para(doc, "เรียน  นายอำเภอนาโยงเหนือ").paragraph_format.space_before = Pt(6)
    body(doc, "ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              f"(ITA) ประจำปีงบประมาณ พ.ศ. 2568 แล้ว นั้น กลุ่มงานบริหารงานปกครองได้รวบรวมผลการประเมินของ{V4_UNIT} "
              f"และของ{V4_SAO} ซึ่งเป็นองค์กรปกครองส่วนท้องถิ่นในพื้นที่ เพื่อเปรียบเทียบและใช้ประกอบการกำกับ"
              "ดูแล ดังนี้", first=2.5).paragraph_format.space_before = Pt(6)
    rows = [["ประเด็นการประเมิน", V4_UNIT, V4_SAO, "ผลต่าง"]]
    for k in ("IIT", "EIT", "OIT"):
        rows.append([k, f"{V4_D[k]:.2f}", f"{V4_S[k]:.2f}", f"+{V4_D[k] - V4_S[k]:.2f}"])
    rows.append(["คะแนนรวม", f"{dov:.2f}", f"{sov:.2f}", f"+{dov - sov:.2f}"])
    rows.append(["ระดับผลการประเมิน", _band(dov), _band(sov), "-"])
    t = table(doc, rows, [4.2, 4.4, 4.8, 2.4], centre_cols=(1, 2, 3), fill="FFF2CC")
    bold_row(t, 4)
    size_all(t, 14)
    keep_rows(t)
    body(doc, f"เมื่อเปรียบเทียบแล้ว {V4_UNIT}มีคะแนนสูงกว่าทุกเครื่องมือ โดยเฉพาะ OIT ซึ่ง{V4_SAO}ได้คะแนนต่ำกว่า "
              f"{V4_D['OIT'] - V4_S['OIT']:.2f} คะแนน ทั้งนี้ ปีงบประมาณ พ.ศ. 2567 อำเภอได้คะแนนรวม 88.20 คะแนน "
              "ส่วนองค์การบริหารส่วนตำบลช่องลมทองได้ 74.90 คะแนน อำเภอจะแจ้งให้องค์การบริหารส่วนตำบลช่องลมทองพิจารณา"
              "ปรับปรุงการเปิดเผยข้อมูลตามแนวทางของกรมส่งเสริมการปกครองท้องถิ่นต่อไป",
         first=2.5).paragraph_format.space_before = Pt(6)
    body(doc, f"สำหรับ{V4_UNIT} เห็นควรกำหนดมาตรการยกระดับผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2569 ดังนี้",
         first=2.5)
    for txt in ("(1) จัดทำแบบสำรวจความคิดเห็นผู้รับบริการ ณ จุดบริการงานทะเบียนและบัตร เพื่อยกระดับคะแนน EIT  "
                "ผู้รับผิดชอบ: ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร  ระยะเวลา: ม.ค. – มี.ค. 2569",
                "(2) ทบทวนคู่มือการให้บริการประชาชนและเผยแพร่บนเว็บไซต์อำเภอ (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)  "
                "ผู้รับผิดชอบ: กลุ่มงานบริหารงานปกครอง  ระยะเวลา: ภายใน 31 ธ.ค. 2568",
                "(3) อบรมข้าราชการ ลูกจ้าง และอาสาสมัครรักษาดินแดนเรื่องการป้องกันผลประโยชน์ทับซ้อน  "
                "ผู้รับผิดชอบ: นายศุภชัย แก้วประดิษฐ์ ปลัดอำเภอ  ระยะเวลา: ก.พ. 2569"):
        body(doc, txt, first=0, left=2.5).alignment = WD_ALIGN_PARAGRAPH.LEFT
    body(doc, "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาเห็นชอบมาตรการดังกล่าว", first=2.5)
    _para(doc, "")
    for ln in ("ลงชื่อ " + DOTS[:24] + " ผู้รายงาน", "(นายอนุชา ทองสุข)", "ปลัดอำเภอ หัวหน้ากลุ่มงานบริหารงานปกครอง"):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(7.5)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "")
    for ln in ("- ทราบ", "- เห็นชอบ ดำเนินการตามเสนอ", "", "ลงชื่อ " + DOTS[:24] + " ผู้เห็นชอบ",
               "(นายปกรณ์ ศรีสวัสดิ์)", "นายอำเภอนาโยงเหนือ"):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(7.5)
        if ln.startswith("ลงชื่อ") or ln.startswith("(") or ln.startswith("นาย"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    measures = [
        M("จัดทำแบบสำรวจความคิดเห็นผู้รับบริการ ณ จุดบริการงานทะเบียนและบัตร",
          [O(pos="ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร")], start="2026-01-01", end="2026-03-31"),
        M("ทบทวนคู่มือการให้บริการประชาชนและเผยแพร่บนเว็บไซต์อำเภอ", [O(org="กลุ่มงานบริหารงานปกครอง")], ind=9,
          end="2025-12-31"),
        M("อบรมข้าราชการ ลูกจ้าง และอาสาสมัครรักษาดินแดนเรื่องการป้องกันผลประโยชน์ทับซ้อน",
          [O("นาย", "ศุภชัย แก้วประดิษฐ์", "ปลัดอำเภอ")], start="2026-02-01", end="2026-02-28"),
    ]
    facts = {
        "notes": f"Memo comparing TWO units' ITA 2568 results side by side (columns '{V4_UNIT} | {V4_SAO} | ผลต่าง'). "
                 f"Gold scores are ONLY the reporting unit's ({V4_UNIT}, who wrote the memo and whose document this "
                 f"is): tools IIT {V4_D['IIT']:.2f}, EIT {V4_D['EIT']:.2f}, OIT {V4_D['OIT']:.2f}, overall "
                 f"{dov:.2f} with rating {_band(dov)} (ระดับผลการประเมิน row), all 2568; and its 2567 overall 88.20 "
                 f"from the paragraph under the table ('อำเภอได้คะแนนรวม 88.20'). The {V4_SAO} column (IIT "
                 f"{V4_S['IIT']:.2f}, EIT {V4_S['EIT']:.2f}, OIT {V4_S['OIT']:.2f}, overall {sov:.2f}, {_band(sov)}) "
                 "and its 2567 74.90 belong to another unit, which a per-unit store cannot hold under this report's "
                 "unit: not gold (a reader emitting them is wrong, attributing them to the district). Not scores: "
                 "the ผลต่าง column and the '21.50 คะแนน' gap in the text, the document number 'ตง 0318/1456', the "
                 "phone. Measures: only the three numbered '(1)-(3)' items for the district office; the sentence "
                 "that the district will tell the อบต. to improve its disclosure is a follow-up for another unit "
                 "with no owner or period: not a measure. Title = the text before 'ผู้รับผิดชอบ:' (for (1) without "
                 "the 'เพื่อยกระดับคะแนน EIT' purpose clause; for (2) without the '(ตัวชี้วัดที่ 9 ...)' tag: gold is "
                 "a prefix). indicator_no: (2) 9; (1) names only the EIT tool: null; (3) null. Owners after "
                 "'ผู้รับผิดชอบ:': 'ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร' a position (as blind17 t4); "
                 "'กลุ่มงานบริหารงานปกครอง' an org unit; 'นายศุภชัย แก้วประดิษฐ์ ปลัดอำเภอ' one person. Periods "
                 "after 'ระยะเวลา:': 'ม.ค. – มี.ค. 2569' 2026-01-01..2026-03-31; 'ภายใน 31 ธ.ค. 2568' end 2025-12-31 "
                 "only; 'ก.พ. 2569' 2026-02-01..2026-02-28. The memo date (9 ธ.ค. 2568) is not a period. People: "
                 "the reporter (role ผู้รายงาน after the dots, position 'ปลัดอำเภอ หัวหน้ากลุ่มงานบริหารงานปกครอง') "
                 "and the district chief who endorses (role ผู้เห็นชอบ after the dots; the '- ทราบ' / '- เห็นชอบ "
                 "ดำเนินการตามเสนอ' lines above are his order, not a role). The addressee 'นายอำเภอนาโยงเหนือ' in "
                 "เรียน is not a person.",
        "scores": [S("tool", v, 2568, k) for k, v in V4_D.items()]
                  + [S("overall", dov, 2568, rating=_band(dov)), S("overall", 88.20, 2567)],
        "measures": measures,
        "people": [P("ผู้รายงาน", "นาย", "อนุชา ทองสุข", "ปลัดอำเภอ หัวหน้ากลุ่มงานบริหารงานปกครอง"),
                   P("ผู้เห็นชอบ", "นาย", "ปกรณ์ ศรีสวัสดิ์", "นายอำเภอนาโยงเหนือ")],
        "findings": [],
    }
    document = {
        "unit": V4_UNIT, "unit_type": "district_office", "province": "ตรัง", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": f"รายงานเปรียบเทียบผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ระหว่าง{V4_UNIT}กับ{V4_SAO}",
        "notes": "Internal memo (บันทึกข้อความ) of 9 ธ.ค. 2568 comparing the ITA 2568 results of the district office "
                 "and a sub-district administrative organisation, with FY 2569 measures for the district office: "
                 "fiscal_year 2568 (the results compared). The unit is the district office, which writes the memo "
                 "(ส่วนราชการ: ที่ทำการปกครองอำเภอนาโยงเหนือ, its administration section, the same unit as blind17 "
                 "t4) — not the อบต. in the second column. Title = the เรื่อง line. doc_type analysis. Province "
                 "ตรัง: only from 'ตง' in the document number (the province's code); arguably null.",
    }
    return doc, facts, document


REPORTS = {
    "v1_slide_deck_bullets_arrow_bar_provincial_office_phang_nga_tai": v1,
    "v2_owner_period_one_column_priority_acting_signers_na_dun": v2,
    "v3_hospital_percent_scores_progress_percent_columns_ban_phaeng": v3,
    "v4_district_vs_subdistrict_side_by_side_scores_na_yong_nuea": v4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
