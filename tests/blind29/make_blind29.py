#!/usr/bin/env python3
"""Build the blind-29 reports (tests/blind29/h29_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py, tests/blind19/make_blind19.py and
tests/blind23/make_blind23.py (`_cs_sizes`, so that LibreOffice sizes and bolds the Thai runs), as
tests/blind24/make_blind24.py does. Units, people and figures are invented (provinces and districts are real).

  h29_1  เทศบาลตำบลนาเชือกทอง (มหาสารคาม)        minutes written AS A TABLE 'ระเบียบวาระ | เรื่อง/สาระสำคัญ |
                                              มติที่ประชุม | ผู้รับผิดชอบ/กำหนดเสร็จ': only the วาระ ๔ rows
                                              resolve tasks, the owner and deadline in one cell ('กองคลัง /
                                              ภายใน ๓๑ ม.ค. ๒๕๖๙'), one row with two numbered resolutions and
                                              two numbered owner lines; other rows 'รับทราบ'; the ITA scores
                                              inside the สาระสำคัญ cell of วาระ ๓.๑; attendees in tabbed
                                              lines above the table; Kinnari 11-16, Thai digits, portrait
  h29_2  โรงพยาบาลบ้านแพงทอง (นครพนม)            corruption-risk management plan, landscape: ความเสี่ยง | โอกาส
                                              | ผลกระทบ | ระดับความเสี่ยง (number and สูง/กลาง/ต่ำ) | มาตรการ
                                              ควบคุม/ป้องกัน | ผู้รับผิดชอบ | ระยะเวลา, a criteria line and a
                                              risk-count summary; Loma 11-15, Arabic digits
  h29_3  จังหวัดพิจิตร                            provincial order appointing an ITA committee whose advisers
                                              and most members are given by POST ONLY ('รองผู้ว่าราชการ
                                              จังหวัดพิจิตร (ที่ได้รับมอบหมาย)  ประธานกรรมการ'), four members
                                              with names, numbered duties, signed by the governor; Laksaman
                                              13-16, Thai digits, portrait
  h29_4  สำนักงานสาธารณสุขอำเภอเชียงคานทอง (เลย)   IIT question-level table 'รหัส | ประเด็นคำถาม | ค่าคะแนน'
                                              i1-i15 (the 2568 IIT: three questions per indicator), a merged
                                              row per indicator 1-5 with its total, a closing IIT row; a
                                              paragraph naming the three weakest questions by code (repeats)
                                              and three measures in running text; Waree 11-13, Arabic digits,
                                              portrait

    .venv/bin/python tests/blind29/make_blind29.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, shade, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized, weighted  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind23"))
from make_blind23 import _cs_sizes  # noqa: E402



def _tabbed(doc, text, stops, size=None, left=0.0):
    """A line whose fields are separated by tabs at the given stops (cm)."""
    p = _para(doc, text)
    for x in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(x))
    if left:
        p.paragraph_format.left_indent = Cm(left)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


# ------------------------------------------------------------------------------------------ h29_1

H1_UNIT = "เทศบาลตำบลนาเชือกทอง"
H1_TOOLS = {"IIT": 89.32, "EIT": 86.15, "OIT": 82.18}
H1_OVERALL = weighted(H1_TOOLS["IIT"], H1_TOOLS["EIT"], H1_TOOLS["OIT"])  # 85.51
# attendees: (rank, printed name, name, post, committee role)
H1_PRESENT = [
    ("นาย", "นายวิเชียร ศรีบุญเรือง", "วิเชียร ศรีบุญเรือง", f"นายกเทศมนตรีตำบลนาเชือกทอง", "ประธานคณะทำงาน"),
    ("น.ส.", "นางสาวอรวรรณ พิมพ์ศรี", "อรวรรณ พิมพ์ศรี", "ปลัดเทศบาล", "รองประธานคณะทำงาน"),
    ("นาย", "นายสุรเชษฐ์ คำภูษา", "สุรเชษฐ์ คำภูษา", "ผู้อำนวยการกองคลัง", "คณะทำงาน"),
    ("นาง", "นางพรรณี ทองปาน", "พรรณี ทองปาน", "ผู้อำนวยการกองช่าง", "คณะทำงาน"),
    ("นาย", "นายณัฐพล ภูมิสถาน", "ณัฐพล ภูมิสถาน", "ผู้อำนวยการกองการศึกษา", "คณะทำงาน"),
    ("น.ส.", "นางสาวจันทร์จิรา มูลสาร", "จันทร์จิรา มูลสาร", "หัวหน้าสำนักปลัดเทศบาล", "คณะทำงานและเลขานุการ"),
]
H1_ABSENT = ("นาย", "นายสมหมาย นามวงศ์", "สมหมาย นามวงศ์", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "ติดราชการ")
H1_GUESTS = [
    ("นาย", "นายธีรศักดิ์ ไชยโคตร", "ธีรศักดิ์ ไชยโคตร", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
    ("น.ส.", "นางสาวศิริลักษณ์ บุญประคม", "ศิริลักษณ์ บุญประคม", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
]
# table rows: (agenda cell, matter cell, resolution cell, owner/deadline cell)
H1_ROWS = [
    ("ระเบียบวาระที่ 1\nเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
     "ประธานแจ้งว่า จังหวัดมหาสารคามกำหนดเป้าหมายให้องค์กรปกครองส่วนท้องถิ่นทุกแห่งมีผลการประเมิน ITA "
     "ประจำปีงบประมาณ พ.ศ. 2569 ไม่ต่ำกว่า 85 คะแนน และขอให้ทุกกองให้ความร่วมมือในการจัดเตรียมข้อมูล",
     "รับทราบ", "–"),
    ("ระเบียบวาระที่ 2\nรับรองรายงานการประชุม ครั้งที่ 4/2568",
     "เลขานุการเสนอรายงานการประชุม ครั้งที่ 4/2568 เมื่อวันที่ 25 กันยายน 2568 ให้ที่ประชุมพิจารณา",
     "รับรองรายงานการประชุมโดยไม่มีการแก้ไข", "–"),
    ("ระเบียบวาระที่ 3\nเรื่องเพื่อทราบ\n3.1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
     "เลขานุการรายงานว่า สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินแล้ว เทศบาลได้คะแนนรวม "
     f"{H1_OVERALL:.2f} คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปี 2567 ซึ่งได้ 82.10 คะแนน (ระดับ B) แยกเป็น "
     f"แบบวัด IIT {H1_TOOLS['IIT']:.2f} คะแนน แบบวัด EIT {H1_TOOLS['EIT']:.2f} คะแนน และแบบตรวจ OIT "
     f"{H1_TOOLS['OIT']:.2f} คะแนน ตัวชี้วัดที่ได้คะแนนต่ำ ได้แก่ ตัวชี้วัดที่ 10 การป้องกันการทุจริต 75.00 "
     "คะแนน และตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร 80.45 คะแนน",
     "รับทราบ", "–"),
    ("3.2 ผลการเบิกจ่ายงบประมาณไตรมาสที่ 1",
     "ผู้อำนวยการกองคลังรายงานผลการเบิกจ่ายงบประมาณ ณ วันที่ 30 พฤศจิกายน 2568 เบิกจ่ายแล้ว "
     "4,215,300 บาท คิดเป็นร้อยละ 14.36 ของงบประมาณรายจ่ายทั้งหมด",
     "รับทราบ", "–"),
    ("ระเบียบวาระที่ 4\nเรื่องเพื่อพิจารณา\n4.1 การปรับปรุงการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ 9)",
     "ผลการตรวจ OIT ปี 2568 พบว่าข้อมูลบางรายการไม่เป็นปัจจุบัน ได้แก่ รายงานการกำกับติดตามการใช้จ่าย"
     "งบประมาณ และข้อมูลเชิงสถิติการให้บริการ",
     "เห็นชอบให้ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT "
     "ประจำปี 2569",
     "สำนักปลัดเทศบาล / ภายใน 31 ม.ค. 2569"),
    ("4.2 แผนปฏิบัติการป้องกันการทุจริต (ตัวชี้วัดที่ 10)",
     "ตัวชี้วัดที่ 10 ได้คะแนนต่ำสุด เนื่องจากแผนปฏิบัติการป้องกันการทุจริตปี 2568 ไม่มีรายงานผลการ"
     "ดำเนินงานรอบ 6 เดือน",
     "มอบหมายให้จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 เสนอนายกเทศมนตรีลงนาม",
     "นางสาวศิริลักษณ์ บุญประคม\nนักวิเคราะห์นโยบายและแผนชำนาญการ\nภายใน 30 ธ.ค. 2568"),
    ("4.3 การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ 2)",
     "ผู้อำนวยการกองคลังเสนอให้เพิ่มช่องทางการเผยแพร่ข้อมูลงบประมาณให้บุคลากรและประชาชนรับทราบ",
     "เห็นชอบ ดังนี้\n1) เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2569 ทางเว็บไซต์และบอร์ดประชาสัมพันธ์\n"
     "2) รายงานผลการจัดซื้อจัดจ้างรายเดือนต่อที่ประชุมพนักงานเทศบาล",
     "1) กองคลัง / ภายใน 31 ม.ค. 2569\n2) งานพัสดุ กองคลัง / ม.ค. – ก.ย. 2569"),
    ("4.4 การพัฒนาช่องทางการสื่อสารกับประชาชน (ตัวชี้วัดที่ 7)",
     "ที่ประชุมอภิปรายว่าประชาชนส่วนใหญ่ติดตามข่าวสารทางโทรศัพท์มือถือ",
     "เห็นชอบให้เปิดใช้ LINE Official Account ของเทศบาลเพื่อประชาสัมพันธ์ข่าวสารและรับฟังความคิดเห็นของ"
     "ประชาชน",
     "นายธีรศักดิ์ ไชยโคตร\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ / ม.ค. – มี.ค. 2569"),
    ("4.5 การเสริมสร้างคุณธรรมของบุคลากร",
     "หัวหน้าสำนักปลัดเสนอให้จัดอบรมร่วมกับเทศบาลใกล้เคียงเพื่อประหยัดงบประมาณ",
     "เห็นชอบให้จัดอบรมพนักงานเทศบาลและพนักงานจ้างเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน",
     "หัวหน้าสำนักปลัดเทศบาล / ก.พ. 2569"),
    ("ระเบียบวาระที่ 5\nเรื่องอื่น ๆ",
     "ประธานแจ้งกำหนดการประชุมครั้งต่อไปในเดือนมีนาคม 2569 และขอบคุณคณะทำงานทุกท่าน",
     "รับทราบ", "–"),
]
# gold measures: title, owners, ind, start, end
H1_MEASURES = [
    ("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT ประจำปี 2569",
     [O(org="สำนักปลัดเทศบาล")], 9, None, "2026-01-31"),
    ("จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
     [O("น.ส.", "ศิริลักษณ์ บุญประคม", "นักวิเคราะห์นโยบายและแผนชำนาญการ")], 10, None, "2025-12-30"),
    ("เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2569 ทางเว็บไซต์และบอร์ดประชาสัมพันธ์",
     [O(org="กองคลัง")], 2, None, "2026-01-31"),
    ("รายงานผลการจัดซื้อจัดจ้างรายเดือนต่อที่ประชุมพนักงานเทศบาล",
     [O(org="งานพัสดุ กองคลัง")], 2, "2026-01-01", "2026-09-30"),
    ("เปิดใช้ LINE Official Account ของเทศบาลเพื่อประชาสัมพันธ์ข่าวสารและรับฟังความคิดเห็นของประชาชน",
     [O("นาย", "ธีรศักดิ์ ไชยโคตร", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 7, "2026-01-01", "2026-03-31"),
    ("จัดอบรมพนักงานเทศบาลและพนักงานจ้างเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน",
     [O(pos="หัวหน้าสำนักปลัดเทศบาล")], None, "2026-02-01", "2026-02-28"),
]


def h1():
    doc = tight(new_doc("Kinnari", 13, landscape=False, margin=1.8), after=1)
    centre(doc, "รายงานการประชุม", bold=True, size=16)
    centre(doc, "คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
           bold=True, size=15)
    centre(doc, th(f"{H1_UNIT} ครั้งที่ 1/2569"), bold=True, size=15)
    centre(doc, th("วันพฤหัสบดีที่ 18 ธันวาคม 2568 เวลา 09.30 น."))
    centre(doc, th(f"ณ ห้องประชุมสภา{H1_UNIT} อำเภอนาเชือก จังหวัดมหาสารคาม"))
    centre(doc, "-" * 50)
    stops = [0.8, 5.8, 12.6]
    _para(doc, "ผู้มาประชุม", bold=True)
    for i, (_, printed, _, post, role) in enumerate(H1_PRESENT, 1):
        _tabbed(doc, th(f"{i}.\t{printed}\t{post}\t{role}"), stops, size=12)
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    _tabbed(doc, th(f"1.\t{H1_ABSENT[1]}\t{H1_ABSENT[3]}\t({H1_ABSENT[4]})"), stops, size=12)
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    for i, (_, printed, _, post) in enumerate(H1_GUESTS, 1):
        _tabbed(doc, th(f"{i}.\t{printed}\t{post}"), stops, size=12)
    p = body(doc, th("เริ่มประชุมเวลา 09.30 น. เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดการประชุมและดำเนินการประชุม"
                     "ตามระเบียบวาระ โดยสรุปสาระสำคัญและมติที่ประชุม ดังนี้"), first=1.25)
    p.paragraph_format.space_before = Pt(4)
    rows = [["ระเบียบวาระ", "เรื่อง/สาระสำคัญ", "มติที่ประชุม", "ผู้รับผิดชอบ/\nกำหนดเสร็จ"]]
    for r in H1_ROWS:
        rows.append([th(x) for x in r])
    t = table(doc, rows, [3.3, 6.5, 4.8, 3.8], centre_cols=(), fill="E2EFDA")
    size_all(t, 11)
    for r in range(1, len(rows)):
        if rows[r][3] == "–":
            for pp in t.rows[r].cells[3].paragraphs:
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    keep_rows(t)
    p = body(doc, th("ปิดประชุมเวลา 11.40 น."), first=0)
    p.paragraph_format.space_before = Pt(6)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:18] + "ผู้จดรายงานการประชุม", "(นางสาวศิริลักษณ์ บุญประคม)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:18] + "ผู้ตรวจรายงานการประชุม", "(นางสาวอรวรรณ พิมพ์ศรี)",
                     "ปลัดเทศบาลตำบลนาเชือกทอง"]], [8.7, 8.7])
    people = [P(role, rank, name, post) for rank, _, name, post, role in H1_PRESENT]
    people.append(P("ผู้ไม่มาประชุม", H1_ABSENT[0], H1_ABSENT[2], H1_ABSENT[3]))
    people += [P("ผู้เข้าร่วมประชุม", rank, name, post) for rank, _, name, post in H1_GUESTS]
    people += [P("ผู้จดรายงานการประชุม", "น.ส.", "ศิริลักษณ์ บุญประคม", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
               P("ผู้ตรวจรายงานการประชุม", "น.ส.", "อรวรรณ พิมพ์ศรี", "ปลัดเทศบาลตำบลนาเชือกทอง")]
    facts = {
        "notes": "Minutes of the ITA working group written AS A TABLE (portrait, Kinnari 11-16, Thai digits): "
                 "'ระเบียบวาระ | เรื่อง/สาระสำคัญ | มติที่ประชุม | ผู้รับผิดชอบ/กำหนดเสร็จ', one row per agenda "
                 "item. Scores: all in the สาระสำคัญ cell of row ๓.๑: ITA 2568 overall 85.51 (A; 0.3/0.3/0.4 of "
                 "the tools gives 85.513), the 2567 overall 82.10 (B), tools IIT 89.32 / EIT 86.15 / OIT 82.18, "
                 "indicator 10 (OIT, การป้องกันการทุจริต) 75.00 and indicator 7 (EIT, ประสิทธิภาพการสื่อสาร) 80.45. "
                 "Not scores: the province's target 'ไม่ต่ำกว่า ๘๕ คะแนน' (row ๑), the meeting numbers "
                 "๔/๒๕๖๘ and ๑/๒๕๖๙, times, the disbursement '๔,๒๑๕,๓๐๐ บาท ... ร้อยละ ๑๔.๓๖' (row ๓.๒, a budget "
                 "figure), 'รอบ ๖ เดือน'. Measures: only the rows of ระเบียบวาระที่ ๔ whose มติ cell resolves a "
                 "task and whose last cell names who does it by when (as the มติ assignments of blind13 n2, "
                 "blind17 t2 and blind22 y2, here in table cells): ๔.๑, ๔.๒, ๔.๓ (TWO numbered resolutions '๑)' "
                 "'๒)' with two numbered owner/deadline lines, paired by number), ๔.๔, ๔.๕ = SIX measures. Rows "
                 "whose มติ is 'รับทราบ' / 'รับรองรายงานการประชุม...' with '–' in the last column are no measures, "
                 "nor the next meeting (row ๕) nor the proposals quoted in the สาระสำคัญ cells (the ผู้อำนวยการ"
                 "กองคลัง's and หัวหน้าสำนักปลัด's suggestions are discussion; the มติ is what was decided). Title = "
                 "the task in the มติ cell without the lead-in 'เห็นชอบให้' / 'มอบหมายให้' / 'เห็นชอบ ดังนี้' and "
                 "without the item number (๔.๒ also without the trailing 'เสนอนายกเทศมนตรีลงนาม': gold is a prefix). "
                 "indicator_no from the '(ตัวชี้วัดที่ n)' tag of the row's agenda heading: ๔.๑ 9, ๔.๒ 10, ๔.๓ 2 "
                 "(both its resolutions), ๔.๔ 7, ๔.๕ none (null); 'แบบตรวจ OIT' in ๔.๑'s task names the tool. "
                 "Periods (FY 2569): 'ภายใน ๓๑ ม.ค. ๒๕๖๙' end 2026-01-31; 'ภายใน ๓๐ ธ.ค. ๒๕๖๘' end 2025-12-30; "
                 "'ม.ค. – ก.ย. ๒๕๖๙' 2026-01-01..2026-09-30; 'ม.ค. – มี.ค. ๒๕๖๙' 2026-01-01..2026-03-31; 'ก.พ. "
                 "๒๕๖๙' the month 2026-02-01..2026-02-28; 'ประจำปี ๒๕๖๙' inside ๔.๑'s task and 'ประจำปีงบประมาณ "
                 "พ.ศ. ๒๕๖๙' inside ๔.๒'s title are part of the titles, not periods; 'รายเดือน' a rhythm. Owners "
                 "(the part before ' / ' or the lines above the deadline): 'สำนักปลัดเทศบาล' an org unit; "
                 "'นางสาวศิริลักษณ์ บุญประคม' / 'นักวิเคราะห์นโยบายและแผนชำนาญการ' one person; 'กองคลัง' an org "
                 "unit; 'งานพัสดุ กองคลัง' one org unit (section within division, kept whole); 'นายธีรศักดิ์ "
                 "ไชยโคตร' / 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ' one person; 'หัวหน้าสำนักปลัดเทศบาล' a position. "
                 "People (as blind17 t2: numbered tabbed lines name, post, committee role; role = the committee "
                 "role): the six ผู้มาประชุม with their committee roles, the absent member (ผู้ไม่มาประชุม; "
                 "'(ติดราชการ)' is the reason), the two ผู้เข้าร่วมประชุม (no committee role: role = the heading), "
                 "and recorder and checker side by side (roles after the dots; the recorder is also a "
                 "ผู้เข้าร่วมประชุม and the checker the รองประธาน, listed again with the signing role; the checker's "
                 "post printed in full 'ปลัดเทศบาลตำบลนาเชือกทอง'); นางสาว -> น.ส. 11 people.",
        "scores": [S("overall", H1_OVERALL, 2568, rating="A"), S("overall", 82.10, 2567, rating="B"),
                   S("tool", H1_TOOLS["IIT"], 2568, "IIT"), S("tool", H1_TOOLS["EIT"], 2568, "EIT"),
                   S("tool", H1_TOOLS["OIT"], 2568, "OIT"), S("indicator", 75.00, 2568, "OIT", 10),
                   S("indicator", 80.45, 2568, "EIT", 7)],
        "measures": [M(th(t), o, ind=i, start=s, end=e) for t, o, i, s, e in H1_MEASURES],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": H1_UNIT, "unit_type": "municipality", "province": "มหาสารคาม", "fiscal_year": 2569,
        "doc_type": "minutes",
        "title": th(f"รายงานการประชุม คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                    f"ภาครัฐ (ITA) {H1_UNIT} ครั้งที่ 1/2569"),
        "notes": "Minutes of meeting ๑/๒๕๖๙ held ๑๘ ธ.ค. ๒๕๖๘ (2025-12-18, in FY 2569); it reviews the ITA 2568 "
                 "result and assigns FY 2569 work: fiscal_year 2569 (as blind13 n2, blind17 t2, blind22 y2). Title = "
                 "the first three centred lines (date and venue lines excluded). Province from the venue line "
                 "(อำเภอนาเชือก จังหวัดมหาสารคาม).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ h29_2

H2_UNIT = "โรงพยาบาลบ้านแพงทอง"


def _lvl(n):
    return "สูง" if n >= 13 else ("กลาง" if n >= 6 else "ต่ำ")


# risk cell, L, I, measure cell (= gold title), owner cell, period cell, owners, ind, start, end
H2_ROWS = [
    ("การกำหนดคุณลักษณะเฉพาะของยาและเวชภัณฑ์มิใช่ยาเอื้อประโยชน์ให้ผู้ขายบางราย", 3, 4,
     "แต่งตั้งคณะกรรมการกำหนดคุณลักษณะเฉพาะจากหลายกลุ่มงาน และให้กรรมการลงนามรับรองการไม่มีส่วนได้เสียกับ"
     "ผู้เสนอราคาทุกครั้ง",
     "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค\nงานพัสดุ กลุ่มงานบริหารทั่วไป", "ต.ค. 2568 – ก.ย. 2569",
     [O(org="กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค"), O(org="งานพัสดุ กลุ่มงานบริหารทั่วไป")], None,
     "2025-10-01", "2026-09-30"),
    ("การเบิกค่าตอบแทนการปฏิบัติงานนอกเวลาราชการไม่ตรงกับการปฏิบัติงานจริง", 4, 4,
     "ใช้ระบบสแกนใบหน้าบันทึกเวลาปฏิบัติงานนอกเวลาราชการ และให้หัวหน้ากลุ่มงานตรวจสอบก่อนส่งเบิกทุกเดือน",
     "นางสาวปวีณา แสนสุข\nนักวิชาการเงินและบัญชีชำนาญการ", "1 ม.ค. – 30 ก.ย. 2569",
     [O("น.ส.", "ปวีณา แสนสุข", "นักวิชาการเงินและบัญชีชำนาญการ")], None, "2026-01-01", "2026-09-30"),
    ("การนำรถยนต์ราชการและรถพยาบาลไปใช้ประโยชน์ส่วนตัว\n(ITA ตัวชี้วัดที่ 4)", 2, 3,
     "ติดตั้งระบบ GPS ติดตามรถยนต์ราชการทุกคัน และจัดทำทะเบียนคุมการขออนุญาตใช้รถที่ผู้อำนวยการอนุมัติก่อน"
     "การใช้ทุกครั้ง",
     "งานยานพาหนะ กลุ่มงานบริหารทั่วไป", "ม.ค. – มี.ค. 2569",
     [O(org="งานยานพาหนะ กลุ่มงานบริหารทั่วไป")], 4, "2026-01-01", "2026-03-31"),
    ("การรับของขวัญหรือประโยชน์อื่นใดจากผู้แทนบริษัทยาและเวชภัณฑ์", 2, 4,
     "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และกำหนดให้ผู้แทนบริษัทยาพบเจ้าหน้าที่ได้เฉพาะวันและเวลาที่"
     "โรงพยาบาลกำหนด",
     "ผู้อำนวยการโรงพยาบาล\nหัวหน้ากลุ่มงานเภสัชกรรมฯ", "ภายใน 31 ต.ค. 2568",
     [O(pos="ผู้อำนวยการโรงพยาบาล"), O(pos="หัวหน้ากลุ่มงานเภสัชกรรมฯ")], None, None, "2025-10-31"),
    ("การออกใบรับรองแพทย์โดยใช้ดุลยพินิจไม่เป็นไปตามแนวทาง", 3, 3,
     "จัดทำแนวปฏิบัติการออกใบรับรองแพทย์และทะเบียนคุมเลขที่ใบรับรองแพทย์ ให้แพทย์ผู้ตรวจลงนามในทะเบียนทุกฉบับ",
     "กลุ่มงานการแพทย์", "ทุกครั้งที่ออกใบรับรองแพทย์",
     [O(org="กลุ่มงานการแพทย์")], None, None, None),
    ("การลัดคิวหรือเรียกรับเงินเพื่ออำนวยความสะดวกในการรับบริการผู้ป่วยนอก", 2, 2,
     "ใช้ระบบบัตรคิวอัตโนมัติ และประกาศขั้นตอนและระยะเวลาการรับบริการ ณ จุดบริการผู้ป่วยนอก",
     "กลุ่มงานการพยาบาล", "ต.ค. – ธ.ค. 2568",
     [O(org="กลุ่มงานการพยาบาล")], None, "2025-10-01", "2025-12-31"),
]


def h2():
    doc = tight(new_doc("Loma", 12, landscape=True, margin=1.5), after=1)
    centre(doc, "แผนบริหารความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=15)
    centre(doc, f"{H2_UNIT} อำเภอบ้านแพง จังหวัดนครพนม", bold=True, size=13)
    body(doc, "ตามที่สำนักงาน ป.ป.ช. กำหนดให้หน่วยงานภาครัฐมีการประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุม"
              f"ความเสี่ยง ประกอบกับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของ{H2_UNIT} ได้ 91.47 คะแนน อยู่ใน"
              "ระดับ A โดยตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 87.50 คะแนน คณะทำงานบริหารความเสี่ยงจึงได้ระบุ"
              "ความเสี่ยงการทุจริต ประเมินโอกาสและผลกระทบ และกำหนดมาตรการควบคุม ดังนี้")
    sized(doc, "เกณฑ์: ระดับความเสี่ยง = โอกาส (1-5) x ผลกระทบ (1-5)   ต่ำ = 1-5   กลาง = 6-12   สูง = 13-25",
          11, before=2, after=3)
    rows = [["ที่", "ความเสี่ยงการทุจริต", "โอกาส\n(1-5)", "ผลกระทบ\n(1-5)", "ระดับ\nความเสี่ยง",
             "มาตรการควบคุม/ป้องกัน", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    for i, r in enumerate(H2_ROWS, 1):
        n = r[1] * r[2]
        rows.append([str(i), r[0], str(r[1]), str(r[2]), f"{n}\n{_lvl(n)}", r[3], r[4], r[5]])
    t = table(doc, rows, [0.8, 4.8, 1.6, 1.9, 1.6, 6.6, 5.3, 3.2], centre_cols=(0, 2, 3, 4, 7), fill="FCE4D6")
    size_all(t, 11)
    keep_rows(t)
    counts = {"สูง": 0, "กลาง": 0, "ต่ำ": 0}
    for r in H2_ROWS:
        counts[_lvl(r[1] * r[2])] += 1
    sized(doc, f"สรุป ความเสี่ยงระดับสูง {counts['สูง']} เรื่อง ระดับกลาง {counts['กลาง']} เรื่อง ระดับต่ำ "
               f"{counts['ต่ำ']} เรื่อง ให้ผู้รับผิดชอบรายงานผลการดำเนินงานตามมาตรการต่อคณะกรรมการบริหารโรงพยาบาล"
               "ทุก 6 เดือน", 12, before=4, after=6)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำแผน", "(นายอนุวัฒน์ พรหมสาขา)",
                     "หัวหน้ากลุ่มงานบริหารทั่วไป"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติแผน", "(นายแพทย์กฤษดา วงศ์ไชยา)",
                     f"ผู้อำนวยการ{H2_UNIT}"]], [13, 13])
    facts = {
        "notes": "Corruption-risk management plan (แผนบริหารความเสี่ยงการทุจริต) of a community hospital, landscape, "
                 "Loma 11-15, Arabic digits. Table ที่ | ความเสี่ยงการทุจริต | โอกาส (1-5) | ผลกระทบ (1-5) | ระดับ"
                 "ความเสี่ยง | มาตรการควบคุม/ป้องกัน | ผู้รับผิดชอบ | ระยะเวลา. Scores: only ITA 2568 overall 91.47 "
                 "(A) and indicator 10 (OIT, การป้องกันการทุจริต) 87.50 in the opening paragraph. NOT scores: the "
                 "โอกาส and ผลกระทบ ratings (1-5), the risk levels 12/16/6/8/9/4 with their words (สูง/กลาง/ต่ำ), "
                 "the band limits of the เกณฑ์ line (1-5, 6-12, 13-25) and the summary counts (1/4/1 เรื่อง, ทุก 6 "
                 "เดือน) -- internal to the risk assessment, as blind9 j1. Measures (as blind9 j1, a risk "
                 "assessment whose rows carry control measures with owners and periods): the six rows; title = the "
                 "มาตรการควบคุม/ป้องกัน cell (the risk cell is the problem, not the measure). indicator_no: row 3's "
                 "risk cell carries '(ITA ตัวชี้วัดที่ 4)', so its measure is on indicator 4 (the row names it, as the "
                 "ข้อคำถาม cell of blind12 m4); the other rows name none: null (indicator 10 in the paragraph is "
                 "background; 'No Gift Policy' is a policy). Periods (FY 2569): 'ต.ค. 2568 – ก.ย. 2569' "
                 "2025-10-01..2026-09-30; '1 ม.ค. – 30 ก.ย. 2569' 2026-01-01..2026-09-30; 'ม.ค. – มี.ค. 2569' "
                 "2026-01-01..2026-03-31; 'ภายใน 31 ต.ค. 2568' a deadline (end 2025-10-31 only); 'ทุกครั้งที่ออก"
                 "ใบรับรองแพทย์' no dates; 'ต.ค. – ธ.ค. 2568' 2025-10-01..2025-12-31. 'ทุกเดือน' / 'ทุกครั้ง' inside "
                 "titles are rhythms. Owners: row 1 two lines = two org units 'กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค' "
                 "and 'งานพัสดุ กลุ่มงานบริหารทั่วไป' (a section within a group, kept whole); row 2 name over post "
                 "= one person (นางสาว -> น.ส.); row 3 'งานยานพาหนะ กลุ่มงานบริหารทั่วไป' (one paragraph, wrapped by the narrow cell) = ONE org unit, "
                 "the section and the group it belongs to (as row 1's second line); row 4 two positions "
                 "'ผู้อำนวยการโรงพยาบาล' and 'หัวหน้ากลุ่มงานเภสัชกรรมฯ' (trailing ฯ dropped in matching); rows 5 "
                 "and 6 one org unit each. People: ผู้จัดทำแผน and ผู้อนุมัติแผน side by side (roles after the "
                 "dots); 'นายแพทย์' -> rank นพ.",
        "scores": [S("overall", 91.47, 2568, rating="A"), S("indicator", 87.50, 2568, "OIT", 10)],
        "measures": [M(r[3], r[6], ind=r[7], start=r[8], end=r[9]) for r in H2_ROWS],
        "people": [P("ผู้จัดทำแผน", "นาย", "อนุวัฒน์ พรหมสาขา", "หัวหน้ากลุ่มงานบริหารทั่วไป"),
                   P("ผู้อนุมัติแผน", "นพ.", "กฤษดา วงศ์ไชยา", f"ผู้อำนวยการ{H2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": H2_UNIT, "unit_type": "hospital", "province": "นครพนม", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "แผนบริหารความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Undated FY 2569 corruption-risk management plan quoting the ITA 2568 result: fiscal_year 2569, "
                 "the plan's year. doc_type measures (as blind9 j1: its substance is the control measures with "
                 "owners and periods; the risk levels are not ITA scores). Title = the first heading line; the "
                 "second names the hospital, district and province (นครพนม).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ h29_3

H3_UNIT = "จังหวัดพิจิตร"
# (printed line, committee role, person or None)
H3_ADVISERS = ["ผู้ว่าราชการจังหวัดพิจิตร",
               "ผู้อำนวยการสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติประจำจังหวัดพิจิตร"]
H3_MEMBERS = [
    ("รองผู้ว่าราชการจังหวัดพิจิตร (ที่ได้รับมอบหมาย)", "ประธานกรรมการ", None),
    ("ปลัดจังหวัดพิจิตร", "รองประธานกรรมการ", None),
    ("หัวหน้าสำนักงานจังหวัดพิจิตร", "กรรมการ", None),
    ("คลังจังหวัดพิจิตร", "กรรมการ", None),
    ("ท้องถิ่นจังหวัดพิจิตร", "กรรมการ", None),
    ("พัฒนาการจังหวัดพิจิตร", "กรรมการ", None),
    ("นายอำเภอเมืองพิจิตร", "กรรมการ", None),
    ("หัวหน้าศูนย์ดำรงธรรมจังหวัดพิจิตร", "กรรมการ", None),
    ("นายวีระศักดิ์ ทองเนียม\nประธานหอการค้าจังหวัดพิจิตร", "กรรมการ (ผู้แทนภาคเอกชน)",
     ("นาย", "วีระศักดิ์ ทองเนียม", "ประธานหอการค้าจังหวัดพิจิตร")),
    ("นางสาววรัญญา ทองอ่อน\nหัวหน้ากลุ่มงานอำนวยการ", "กรรมการและเลขานุการ",
     ("น.ส.", "วรัญญา ทองอ่อน", "หัวหน้ากลุ่มงานอำนวยการ")),
    ("นายภาณุพงศ์ อินทร์แก้ว\nนักจัดการงานทั่วไปชำนาญการ", "กรรมการและผู้ช่วยเลขานุการ",
     ("นาย", "ภาณุพงศ์ อินทร์แก้ว", "นักจัดการงานทั่วไปชำนาญการ")),
    ("นางสาวณัฐริกา พรมสุข\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ", "กรรมการและผู้ช่วยเลขานุการ",
     ("น.ส.", "ณัฐริกา พรมสุข", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")),
]
H3_DUTIES = [
    "กำหนดแนวทางการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของจังหวัด"
    "พิจิตร ประจำปีงบประมาณ พ.ศ. 2569",
    "วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน"
    "หน่วยงาน เสนอผู้ว่าราชการจังหวัดพิจิตร",
    "กำกับ ติดตาม และตรวจสอบการเปิดเผยข้อมูลสาธารณะ (OIT) ของจังหวัดให้ครบถ้วนและเป็นปัจจุบันก่อนนำเข้าระบบ ITAS",
    "ประชาสัมพันธ์และประสานให้ผู้มีส่วนได้ส่วนเสียภายในและภายนอกตอบแบบวัดการรับรู้ (IIT และ EIT) ให้ครบตาม"
    "จำนวนที่กำหนด",
    "รายงานความก้าวหน้าการดำเนินงานต่อผู้ว่าราชการจังหวัดพิจิตรทุกไตรมาส",
    "ปฏิบัติหน้าที่อื่นตามที่ผู้ว่าราชการจังหวัดพิจิตรมอบหมาย",
]


def h3():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=2.0), after=1)
    centre(doc, f"คำสั่ง{H3_UNIT}", bold=True, size=16)
    centre(doc, th("ที่ 3187/2568"), bold=True)
    centre(doc, "เรื่อง แต่งตั้งคณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส", bold=True)
    centre(doc, th(f"ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) {H3_UNIT} ประจำปีงบประมาณ พ.ศ. 2569"), bold=True)
    centre(doc, "-" * 36)
    body(doc, th("ด้วยสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) กำหนดให้จังหวัด"
                 "เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) เป็นประจำทุกปี ซึ่งผล"
                 f"การประเมินประจำปีงบประมาณ พ.ศ. 2568 {H3_UNIT}ได้ 89.64 คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปี 2567 "
                 "ซึ่งได้ 87.02 คะแนน แต่ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้เพียง 81.25 คะแนน และอยู่ในลำดับที่ 41 "
                 "จาก 76 จังหวัด"), first=2.0)
    body(doc, th("เพื่อให้การขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 เป็นไปอย่างมีประสิทธิภาพ และบรรลุ"
                 "เป้าหมายไม่ต่ำกว่า 92 คะแนน อาศัยอำนาจตามความในมาตรา 57 แห่งพระราชบัญญัติระเบียบบริหารราชการ"
                 "แผ่นดิน พ.ศ. 2534 จึงแต่งตั้งคณะกรรมการขับเคลื่อนการประเมิน ITA ของจังหวัดพิจิตร ดังนี้"), first=2.0)
    body(doc, th("1. ที่ปรึกษา"), first=2.0, bold=True)
    for i, a in enumerate(H3_ADVISERS, 1):
        p = _para(doc, th(f"1.{i}  {a}"))
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-1.0)
    body(doc, th("2. คณะกรรมการ ประกอบด้วย"), first=2.0, bold=True)
    # the members as a borderless grid (number | post, or name over post | committee role)
    t = doc.add_table(rows=len(H3_MEMBERS), cols=4)
    _no_borders(t)
    for r, (line, role, _) in enumerate(H3_MEMBERS):
        for c, text in enumerate(("", th(f"2.{r + 1}"), th(line), role)):
            _cell_text(t.rows[r].cells[c], text)
    fix_widths(t, [0.6, 1.5, 9.0, 5.9])
    size_all(t, 13)
    body(doc, "ให้คณะกรรมการมีหน้าที่ ดังนี้", first=2.0, bold=True)
    for i, d in enumerate(H3_DUTIES, 1):
        p = body(doc, th(f"{i}) {d}"), first=-0.6, left=2.6)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", first=2.0)
    p = centre(doc, th("สั่ง ณ วันที่ 24 ตุลาคม พ.ศ. 2568"))
    p.paragraph_format.space_before = Pt(6)
    _para(doc, "")
    _para(doc, "")
    sig_table(doc, [[""], ["(นายธนวัฒน์ รัตนสุวรรณ)", f"ผู้ว่าราชการ{H3_UNIT}"]], [6.0, 11.0])
    people = [P(role, *who) for _, role, who in H3_MEMBERS if who]
    people.append(P("ผู้ลงนาม", "นาย", "ธนวัฒน์ รัตนสุวรรณ", f"ผู้ว่าราชการ{H3_UNIT}"))
    facts = {
        "notes": "Provincial order (คำสั่งจังหวัดพิจิตร ที่ ๓๑๘๗/๒๕๖๘ of ๒๔ ต.ค. ๒๕๖๘) appointing the province's ITA "
                 "committee; portrait, Laksaman 13-16, Thai digits; the members in a borderless grid (number | post, or name over post | committee role). Scores (preamble): ITA 2568 overall 89.64 (A), "
                 "the 2567 overall 87.02 (no rating printed for it) and indicator 9 (OIT, การเปิดเผยข้อมูล) 81.25. "
                 "Not scores: the rank 'ลำดับที่ ๔๑ จาก ๗๖ จังหวัด', the target 'ไม่ต่ำกว่า ๙๒ คะแนน', 'มาตรา ๕๗' "
                 "and 'พ.ศ. ๒๕๓๔' (legal basis), the order number. Measures: NONE -- the six numbered duties "
                 "(หน้าที่) are the committee's terms of reference with no owner of their own and no period ('ทุก"
                 "ไตรมาส' is a reporting rhythm), as the blind11 l1 and blind21 x1 directives. People judgement: "
                 "the advisers (๑.๑ ผู้ว่าราชการจังหวัดพิจิตร, ๑.๒ ผู้อำนวยการสำนักงาน ป.ป.ช. ประจำจังหวัด) and "
                 "members ๒.๑-๒.๘ are given BY POST ONLY ('รองผู้ว่าราชการจังหวัดพิจิตร (ที่ได้รับมอบหมาย) | "
                 "ประธานกรรมการ', 'ปลัดจังหวัดพิจิตร | รองประธานกรรมการ', 'คลังจังหวัดพิจิตร | กรรมการ' ...): they "
                 "appoint whoever holds the office, not a named person, so they are NOT people records. Earlier "
                 "gold never records a person without a printed name (no gold people entry has a null "
                 "person_name; the people key is (role, rank, person_name)): blind19 v2 'the mayor is not a person "
                 "here (no name printed for him)', blind22 y2 'speakers named only by post are not extra "
                 "people'. A reader emitting post-only members (name null, or the post put in person_name) scores "
                 "extras. The four members printed WITH a name are people, role = the printed committee role "
                 "in the last cell (as blind11 l1): ๒.๙ 'นายวีระศักดิ์ ทองเนียม' กรรมการ (ผู้แทนภาคเอกชน) -- a role "
                 "keeping or dropping the bracket matches by prefix; ๒.๑๐ 'นางสาววรัญญา ทองอ่อน' กรรมการและ"
                 "เลขานุการ; ๒.๑๑ 'นายภาณุพงศ์ อินทร์แก้ว' and ๒.๑๒ 'นางสาวณัฐริกา พรมสุข' กรรมการและผู้ช่วย"
                 "เลขานุการ; position = the line under the name in the middle cell; นางสาว -> "
                 "น.ส. The governor signs (name in brackets, post below, no role printed: ผู้ลงนาม, as blind11 "
                 "l1); his office also appears post-only as adviser ๑.๑ -- not a second record. 5 people.",
        "scores": [S("overall", 89.64, 2568, rating="A"), S("overall", 87.02, 2567),
                   S("indicator", 81.25, 2568, "OIT", 9)],
        "measures": [],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": H3_UNIT, "unit_type": "province", "province": "พิจิตร", "fiscal_year": 2569,
        "doc_type": "other",
        "title": th(f"คำสั่ง{H3_UNIT} ที่ 3187/2568 เรื่อง แต่งตั้งคณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความ"
                    f"โปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) {H3_UNIT} ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Order of ๒๔ ต.ค. ๒๕๖๘ organising the ITA 2569 assessment: fiscal_year 2569 (as blind21 x1). "
                 "doc_type other: a directive (as blind11 l1, blind21 x1). Unit = the province as an assessed unit "
                 "(the governor's provincial administration, 'จังหวัดพิจิตร', as samples s004 จังหวัดสมุทรปราการ); "
                 "unit_type province. Title = the four centred heading lines (order name, number, subject over "
                 "two lines).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ h29_4

H4_UNIT = "สำนักงานสาธารณสุขอำเภอเชียงคานทอง"
H4_IND = [
    (1, "การปฏิบัติหน้าที่", [
        ("i1", "บุคลากรในหน่วยงานของท่าน ปฏิบัติงานตามมาตรฐาน ขั้นตอน และระยะเวลาที่กำหนด มากน้อยเพียงใด", 95.24),
        ("i2", "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติอย่างไม่เป็นธรรม ต่อผู้ที่มาติดต่อหรือผู้รับบริการ "
               "มากน้อยเพียงใด", 90.48),
        ("i3", "บุคลากรในหน่วยงานของท่าน มีการเรียกรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใด เพื่อแลกกับการปฏิบัติ"
               "หน้าที่ มากน้อยเพียงใด", 100.00)]),
    (2, "การใช้งบประมาณ", [
        ("i4", "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด", 88.10),
        ("i5", "หน่วยงานของท่าน ใช้จ่ายงบประมาณเพื่อประโยชน์ส่วนตัว กลุ่ม หรือพวกพ้อง มากน้อยเพียงใด", 97.62),
        ("i6", "หน่วยงานของท่าน เปิดโอกาสให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง "
               "มากน้อยเพียงใด", 71.43)]),
    (3, "การใช้อำนาจ", [
        ("i7", "ผู้บังคับบัญชาของท่าน มอบหมายงานและประเมินผลการปฏิบัติงานอย่างเป็นธรรม มากน้อยเพียงใด", 85.71),
        ("i8", "ท่านเคยถูกผู้บังคับบัญชาสั่งการให้ทำธุระส่วนตัวของผู้บังคับบัญชา มากน้อยเพียงใด", 92.86),
        ("i9", "ท่านเคยถูกผู้บังคับบัญชาของท่านสั่งให้ทำในสิ่งที่เป็นการทุจริตหรือประพฤติมิชอบ มากน้อยเพียงใด",
         100.00)]),
    (4, "การใช้ทรัพย์สินของราชการ", [
        ("i10", "เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงาน อย่างถูกต้องตามขั้นตอน/"
                "แนวปฏิบัติ มากน้อยเพียงใด", 64.29),
        ("i11", "บุคลากรในหน่วยงานของท่าน นำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัวหรือให้ผู้อื่นนำไปใช้ "
                "มากน้อยเพียงใด", 95.24),
        ("i12", "หน่วยงานของท่าน มีการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ มากน้อยเพียงใด", 83.33)]),
    (5, "การแก้ไขปัญหาการทุจริต", [
        ("i13", "ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการต่อต้านการทุจริตอย่างจริงจัง มากน้อยเพียงใด",
         90.48),
        ("i14", "หน่วยงานของท่าน มีการดำเนินการเพื่อป้องกันการทุจริตอย่างเหมาะสม มากน้อยเพียงใด", 85.71),
        ("i15", "ท่านเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบภายในหน่วยงานของท่าน "
                "มากน้อยเพียงใด", 76.19)]),
]
H4_IND_SCORE = {n: round(sum(q[2] for q in qs) / 3 + 1e-9, 2) for n, _, qs in H4_IND}  # 95.24 85.72 92.86 80.95 84.13
H4_IIT = round(sum(H4_IND_SCORE.values()) / 5 + 1e-9, 2)  # 87.78
H4_EIT, H4_OIT = 88.40, 84.50
H4_OVERALL = weighted(H4_IIT, H4_EIT, H4_OIT)  # 86.65


def h4():
    doc = tight(new_doc("Waree", 12, landscape=False, margin=2.0), after=1)
    centre(doc, "รายงานผลการวิเคราะห์แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) รายข้อคำถาม", bold=True,
           size=13)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=14)
    centre(doc, f"{H4_UNIT} อำเภอเชียงคาน จังหวัดเลย", bold=True, size=13)
    body(doc, f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              f"{H4_UNIT}ได้คะแนนภาพรวม {H4_OVERALL:.2f} คะแนน อยู่ในระดับ A แยกเป็นแบบวัด IIT {H4_IIT:.2f} "
              f"คะแนน แบบวัด EIT {H4_EIT:.2f} คะแนน และแบบตรวจ OIT {H4_OIT:.2f} คะแนน ผู้ตอบแบบวัด IIT มีจำนวน "
              "21 คน จากบุคลากรทั้งหมด 24 คน รายละเอียดคะแนนรายข้อคำถามของแบบวัด IIT ปรากฏดังตาราง")
    rows = [["รหัส", "ประเด็นคำถาม", "ค่าคะแนน"]]
    group_rows, total_row = [], None
    for n, name, qs in H4_IND:
        group_rows.append(len(rows))
        rows.append([f"ตัวชี้วัดที่ {n} {name}", "", f"{H4_IND_SCORE[n]:.2f}"])
        for code, text, v in qs:
            rows.append([code, text, f"{v:.2f}"])
    total_row = len(rows)
    rows.append(["คะแนนรวมแบบวัด IIT", "", f"{H4_IIT:.2f}"])
    t = table(doc, rows, [1.6, 12.4, 2.4], centre_cols=(0, 2), fill="DDEBF7")
    for r in group_rows + [total_row]:
        a = t.cell(r, 0).merge(t.cell(r, 1))
        _cell_text(a, rows[r][0], bold=True)
        shade(a, "F2F2F2" if r != total_row else "D9D9D9")
        shade(t.cell(r, 2), "F2F2F2" if r != total_row else "D9D9D9")
        bold_row(t, r)
    size_all(t, 11)
    keep_rows(t)
    weak = sorted((q for _, _, qs in H4_IND for q in qs), key=lambda q: q[2])[:3]
    p = body(doc, "จากตาราง ข้อคำถามที่ได้คะแนนต่ำที่สุด 3 ลำดับ ได้แก่ "
                  f"{weak[0][0]} การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน ({weak[0][2]:.2f} "
                  f"คะแนน) {weak[1][0]} การเปิดโอกาสให้บุคลากรมีส่วนร่วมตรวจสอบการใช้จ่ายงบประมาณ ({weak[1][2]:.2f} "
                  f"คะแนน) และ {weak[2][0]} ความเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียน ({weak[2][2]:.2f} คะแนน) "
                  "ซึ่งต่ำกว่าเกณฑ์ 85 คะแนน แสดงให้เห็นว่าบุคลากรยังไม่ทราบแนวปฏิบัติการยืมพัสดุครุภัณฑ์ ไม่มีส่วนร่วม"
                  "ในการตรวจสอบการใช้งบประมาณ และไม่มั่นใจว่าการร้องเรียนจะได้รับการคุ้มครอง")
    p.paragraph_format.space_before = Pt(4)
    body(doc, "เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 สำนักงานสาธารณสุขอำเภอจึงกำหนดแนวทางการพัฒนา "
              "โดยประการแรก ให้จัดทำแนวปฏิบัติการขอยืมพัสดุครุภัณฑ์ของสำนักงานพร้อมแบบฟอร์มขออนุญาต และชี้แจงให้"
              "บุคลากรทุกคนทราบในการประชุมประจำเดือน (ตัวชี้วัดที่ 4) โดยมีนางสุภาพร แก้วบุญเรือง เจ้าพนักงานพัสดุ"
              "ชำนาญงาน เป็นผู้รับผิดชอบ ดำเนินการให้แล้วเสร็จภายในวันที่ 31 ธันวาคม 2568 ประการที่สอง ให้แต่งตั้ง"
              "ผู้แทนบุคลากรร่วมเป็นคณะกรรมการตรวจรับพัสดุและเผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาสให้บุคลากร"
              "ทราบ ในประเด็นการใช้งบประมาณ (ข้อ i6) โดยกลุ่มงานบริหารทั่วไปรับผิดชอบ ระหว่างเดือนมกราคม – "
              "กันยายน 2569 และประการที่สาม ให้จัดทำช่องทางร้องเรียนการทุจริตที่ไม่ต้องระบุตัวตนผ่าน Google Form "
              "พร้อมประกาศมาตรการคุ้มครองผู้ร้องเรียน (ตัวชี้วัดที่ 5) โดยนายชยพล ศรีเชียงคาน นักวิชาการสาธารณสุข"
              "ชำนาญการ เป็นผู้รับผิดชอบ ในช่วงเดือนกุมภาพันธ์ 2569")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:24] + "ผู้จัดทำ", "(นายชยพล ศรีเชียงคาน)", "นักวิชาการสาธารณสุขชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:24] + "ผู้รับรอง", "(นายประยุทธ อุ่นคำ)", "สาธารณสุขอำเภอเชียงคานทอง"]],
              [8.2, 8.2])
    scores = [S("overall", H4_OVERALL, 2568, rating="A"), S("tool", H4_IIT, 2568, "IIT"),
              S("tool", H4_EIT, 2568, "EIT"), S("tool", H4_OIT, 2568, "OIT")]
    for n, _, qs in H4_IND:
        scores.append(S("indicator", H4_IND_SCORE[n], 2568, "IIT", n))
        for code, text, v in qs:
            scores.append(S("question", v, 2568, "IIT", n, q=code.upper(), label=text))
    measures = [
        M("จัดทำแนวปฏิบัติการขอยืมพัสดุครุภัณฑ์ของสำนักงานพร้อมแบบฟอร์มขออนุญาต และชี้แจงให้บุคลากรทุกคนทราบใน"
          "การประชุมประจำเดือน", [O("นาง", "สุภาพร แก้วบุญเรือง", "เจ้าพนักงานพัสดุชำนาญงาน")], ind=4,
          end="2025-12-31"),
        M("แต่งตั้งผู้แทนบุคลากรร่วมเป็นคณะกรรมการตรวจรับพัสดุและเผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาสให้"
          "บุคลากรทราบ", [O(org="กลุ่มงานบริหารทั่วไป")], ind=2, start="2026-01-01", end="2026-09-30"),
        M("จัดทำช่องทางร้องเรียนการทุจริตที่ไม่ต้องระบุตัวตนผ่าน Google Form พร้อมประกาศมาตรการคุ้มครองผู้ร้องเรียน",
          [O("นาย", "ชยพล ศรีเชียงคาน", "นักวิชาการสาธารณสุขชำนาญการ")], ind=5, start="2026-02-01",
          end="2026-02-28"),
    ]
    facts = {
        "notes": "IIT question-level report of a district health office (portrait, Waree 11-13, Arabic digits). "
                 "Table 'รหัส | ประเด็นคำถาม | ค่าคะแนน': the ITA 2568 IIT has FIFTEEN questions, three per "
                 "indicator (as the real 2568 document seed 002: i๒ under ตัวชี้วัดที่ ๑, i๔ under ๒, i๑๐ under ๔, "
                 "i๑๕ under ๕) -- NOT the 30-question form of 2566-2567 (i1-i6 indicator 1 ... i25-i30 indicator 5) "
                 "that older gold uses. A merged row 'ตัวชี้วัดที่ n <name>' opens each group with the indicator's "
                 "score in the ค่าคะแนน cell, and a closing merged row 'คะแนนรวมแบบวัด IIT' gives the tool score. "
                 "Scores: 15 question scores (level question, tool IIT, question_code upper-case I1..I15 as blind9 "
                 "j2 / blind12 m4, indicator_no FROM THE GROUP ROW ABOVE -- i4 is indicator 2, i10 indicator 4; a "
                 "reader mapping codes by the 30-question numbering puts i4-i6 under indicator 1 and misses; label = "
                 "the question text; 100.00 for i3 and i9 is a score), 5 indicator scores (the mean of their three "
                 "questions: 95.24, 85.72, 92.86, 80.95, 84.13), the IIT tool 87.78 (table's last row = the mean of "
                 "the five indicators, repeated in the paragraph: one row), EIT 88.40, OIT 84.50 and the overall "
                 "86.65 (A; 0.3/0.3/0.4 gives 86.654) from the opening paragraph. The weakness paragraph repeats "
                 "i10 64.29, i6 71.43 and i15 76.19 by code (same scores, counted once); '85 คะแนน' there is a "
                 "threshold; '21 คน จากบุคลากรทั้งหมด 24 คน' counts. 24 scores (4 + 5 + 15). Measures: the three actions of "
                 "the running paragraph ('ประการแรก ... ประการที่สอง ... ประการที่สาม', each 'ให้<task> ... โดย <owner> "
                 "เป็นผู้รับผิดชอบ/รับผิดชอบ <period>'); title = the task without 'ให้', the tag and the owner/period "
                 "clauses. indicator_no: first '(ตัวชี้วัดที่ 4)' 4; second names the indicator by its own name and "
                 "question 'ในประเด็นการใช้งบประมาณ (ข้อ i6)' = 2 (as blind17 t2 3.3); third '(ตัวชี้วัดที่ 5)' 5. "
                 "Periods: 'ภายในวันที่ 31 ธันวาคม 2568' end 2025-12-31 only; 'ระหว่างเดือนมกราคม – กันยายน 2569' "
                 "2026-01-01..2026-09-30; 'ในช่วงเดือนกุมภาพันธ์ 2569' the month 2026-02-01..2026-02-28 (as blind13 n2). 'รายไตรมาส' "
                 "and 'ประจำเดือน' are rhythms. Owners: 'นางสุภาพร แก้วบุญเรือง เจ้าพนักงานพัสดุชำนาญงาน' and "
                 "'นายชยพล ศรีเชียงคาน นักวิชาการสาธารณสุขชำนาญการ' rank/name/position; 'กลุ่มงานบริหารทั่วไป' an "
                 "org unit. People: ผู้จัดทำ (also the third measure's owner) and ผู้รับรอง side by side (roles "
                 "after the dots).",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้จัดทำ", "นาย", "ชยพล ศรีเชียงคาน", "นักวิชาการสาธารณสุขชำนาญการ"),
                   P("ผู้รับรอง", "นาย", "ประยุทธ อุ่นคำ", "สาธารณสุขอำเภอเชียงคานทอง")],
        "findings": [],
    }
    document = {
        "unit": H4_UNIT, "unit_type": "health_office", "province": "เลย", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานผลการวิเคราะห์แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) รายข้อคำถาม ประจำปีงบประมาณ "
                 "พ.ศ. 2568",
        "notes": "Undated analysis of the ITA 2568 IIT result with improvement actions for FY 2569: fiscal_year 2568, "
                 "the result it analyses (as blind24 a3 / blind12 m4). doc_type analysis. Title = the first two "
                 "heading lines; the third names the unit, district and province (เลย).",
    }
    return doc, facts, document


REPORTS = {
    "h29_1_minutes_as_table_resolution_owner_deadline_cell_na_chueak_thong": h1,
    "h29_2_corruption_risk_plan_likelihood_impact_controls_hospital_ban_phaeng_thong": h2,
    "h29_3_provincial_order_post_only_committee_members_phichit": h3,
    "h29_4_iit_question_table_fifteen_items_indicator_groups_health_office_chiang_khan_thong": h4,
}


def main() -> None:
    build_reports(HERE, REPORTS, prepare=_cs_sizes)


if __name__ == "__main__":
    main()
