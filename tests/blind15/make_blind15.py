#!/usr/bin/env python3
"""Build the blind-15 reports (tests/blind15/q*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind13/make_blind13.py (which
takes them from tests/layouts/write.py, tests/blind7/make_blind7.py and tests/blind11/make_blind11.py).
Units, people and figures are invented.

  q1  สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๓   measures announcement written as paragraphs, no numbering:
                                              a bold heading line per measure, วัตถุประสงค์ / แนวทางปฏิบัติ
                                              paragraphs, and ONE closing sentence giving owner and period
                                              ('โดยให้ ... เป็นผู้รับผิดชอบ ดำเนินการระหว่าง ...'); Norasi 15,
                                              Thai digits, portrait
  q2  โรงพยาบาลศรีบุญเรืองทอง (หนองบัวลำภู)       transposed measures table: the header is the FIRST COLUMN
                                              (มาตรการ / วิธีดำเนินการ / ผู้รับผิดชอบ / ระยะเวลา / ตัวชี้วัด) and
                                              each of three measures is a column; landscape, Loma 12, Arabic
                                              digits; two signatures side by side
  q3  องค์การบริหารส่วนตำบลโพนงามใหม่ (ยโสธร)     two fiscal years' measures in two tables under headings naming
                                              the year: FY 2568 done (ผลการดำเนินการ column, short years and
                                              quarters without a year) and FY 2569 planned (ตัวชี้วัด column);
                                              Umpush 14, Thai digits in prose, Arabic in tables
  q4  สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดชัยนาท   ITA score chart-table: tools as COLUMNS (IIT | EIT |
                                              OIT | คะแนนรวม), years as ROWS (2566-2568), each value row followed
                                              by a 'ระดับ' row of ratings; a sentence on the 2568 target; signed by
                                              the head; Laksaman 14, Thai digits

    uv run python tests/blind15/make_blind15.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, _band, body, build_reports, centre, shade, sig_table,  # noqa: E402
                          table, th, tight)



def labelled(doc, label, text, first=1.25):
    """A body paragraph opening with a bold label run ('วัตถุประสงค์ ...')."""
    p = body(doc, "", first=first)
    r = p.add_run(label + "  ")
    r.bold = True
    p.add_run(text)
    return p


def bold_col(t, c):
    for row in t.rows:
        for p in row.cells[c].paragraphs:
            for run in p.runs:
                run.bold = True


# ------------------------------------------------------------------------------------------ q1

Q1_UNIT = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๓"
Q1_DIR = f"ผู้อำนวยการ{Q1_UNIT}"
Q1_MEASURES = [  # heading, objective, practice, closing sentence, indicator, owners, start, end
    ("มาตรการป้องกันการรับสินบน",
     "เพื่อป้องกันมิให้บุคลากรในสังกัดเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ "
     "อันเป็นการแลกเปลี่ยนกับการปฏิบัติหรือละเว้นการปฏิบัติหน้าที่",
     "ให้ผู้บริหารและบุคลากรทุกคนลงนามรับทราบแนวทางการไม่รับสินบน จัดทำช่องทางแจ้งเบาะแสการเรียกรับสินบน "
     "และกำชับให้ผู้บังคับบัญชาทุกระดับกำกับดูแลผู้ใต้บังคับบัญชาอย่างใกล้ชิด หากพบการกระทำผิดให้ดำเนินการทางวินัยทันที",
     "โดยให้กลุ่มบริหารงานบุคคลเป็นผู้รับผิดชอบ ดำเนินการระหว่างเดือนตุลาคม ๒๕๖๘ ถึงเดือนกันยายน ๒๕๖๙",
     None, [O(org="กลุ่มบริหารงานบุคคล")], "2025-10-01", "2026-09-30"),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อน",
     "เพื่อให้บุคลากรสามารถแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวมได้ และไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์ให้ตนเองหรือผู้อื่น",
     "จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนของสำนักงาน ให้คณะกรรมการจัดซื้อจัดจ้างทุกคณะลงนามในแบบแสดงความ"
     "บริสุทธิ์ใจก่อนปฏิบัติหน้าที่ และเผยแพร่กรณีศึกษาผ่านหนังสือเวียนให้โรงเรียนในสังกัดทราบ",
     "โดยให้กลุ่มกฎหมายและคดี ร่วมกับหน่วยตรวจสอบภายใน เป็นผู้รับผิดชอบ ดำเนินการให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘",
     None, [O(org="กลุ่มกฎหมายและคดี"), O(org="หน่วยตรวจสอบภายใน")], None, "2025-12-31"),
    ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
     "เพื่อยกระดับผลการประเมินตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ให้ประชาชนและผู้มีส่วนได้ส่วนเสียเข้าถึงข้อมูลของสำนักงาน"
     "ได้สะดวก ครบถ้วน และเป็นปัจจุบัน",
     "ให้ทุกกลุ่มงานส่งข้อมูลที่ต้องเผยแพร่ตามแบบตรวจ OIT ภายในวันที่ ๕ ของทุกเดือน ผู้ดูแลเว็บไซต์ตรวจสอบความถูกต้อง"
     "ก่อนนำขึ้นเว็บไซต์ และรายงานผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทราบทุกไตรมาส",
     "โดยให้นายสมเกียรติ อินทรวงศ์ นักวิชาการคอมพิวเตอร์ชำนาญการ เป็นผู้รับผิดชอบ ดำเนินการตั้งแต่วันที่ ๑ พฤศจิกายน "
     "๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙",
     9, [O("นาย", "สมเกียรติ อินทรวงศ์", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], "2025-11-01", "2026-03-31"),
    ("มาตรการการใช้ทรัพย์สินของราชการ",
     "เพื่อป้องกันการนำทรัพย์สินของทางราชการไปใช้เพื่อประโยชน์ส่วนตนหรือพวกพ้อง",
     "กำหนดขั้นตอนการขออนุญาตยืมพัสดุ ครุภัณฑ์ และยานพาหนะของทางราชการเป็นลายลักษณ์อักษร จัดทำทะเบียนคุมการยืม"
     "และตรวจสอบการส่งคืนให้เป็นไปตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐",
     "โดยให้ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์เป็นผู้รับผิดชอบ ดำเนินการในไตรมาสที่ ๒ ของปีงบประมาณ "
     "พ.ศ. ๒๕๖๙ (มกราคม - มีนาคม ๒๕๖๙)",
     None, [O(pos="ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์")], "2026-01-01", "2026-03-31"),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "เพื่อให้การรับและจัดการเรื่องร้องเรียนเป็นไปอย่างรวดเร็ว เป็นธรรม และคุ้มครองผู้ร้องเรียน",
     "รับเรื่องร้องเรียนผ่านช่องทางตู้รับเรื่องร้องเรียน เว็บไซต์ และโทรศัพท์ ลงทะเบียนรับเรื่องภายใน ๑ วันทำการ "
     "แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วันทำการ และเก็บข้อมูลของผู้ร้องเรียนเป็นความลับ",
     "โดยให้กลุ่มอำนวยการเป็นผู้รับผิดชอบ ดำเนินการตลอดปีงบประมาณ พ.ศ. ๒๕๖๙",
     None, [O(org="กลุ่มอำนวยการ")], "2025-10-01", "2026-09-30"),
]


def q1():
    doc = tight(new_doc("Norasi", 15, landscape=False, margin=2.0), after=1)
    centre(doc, f"ประกาศ{Q1_UNIT}", bold=True, size=18)
    centre(doc, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    centre(doc, "------------------------------------")
    body(doc, f"ตามที่{Q1_UNIT} ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๙๒.๔๘ คะแนน อยู่ในระดับ A และได้วิเคราะห์ผลการประเมินเพื่อกำหนด"
              "แนวทางการยกระดับในปีถัดไปแล้วนั้น")
    body(doc, "เพื่อให้การบริหารราชการเป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ และเพื่อให้ผลการประเมิน "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ไม่ต่ำกว่า ๙๕ คะแนน จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
              "ดังนี้")
    for head, obj, prac, close, *_ in Q1_MEASURES:
        h = _para(doc, head, bold=True)
        h.paragraph_format.space_before = Pt(8)
        labelled(doc, "วัตถุประสงค์", obj)
        labelled(doc, "แนวทางปฏิบัติ", prac)
        body(doc, close)
    _para(doc, "")
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    _para(doc, "                              ประกาศ ณ วันที่ ๑๐ ตุลาคม พ.ศ. ๒๕๖๘")
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:28], "(นายประเสริฐ ไชยวงศ์)", Q1_DIR]], [13])
    measures = [M(h, owners, ind=ind, start=s, end=e) for h, _, _, _, ind, owners, s, e in Q1_MEASURES]
    facts = {
        "notes": "Only score: ITA 2568 overall 92.48 (A) in the preamble; 'ไม่ต่ำกว่า ๙๕ คะแนน' is the FY 2569 target. "
                 "Measures: the five unnumbered bold heading lines, each followed by วัตถุประสงค์ and แนวทางปฏิบัติ "
                 "paragraphs (detail, not measures) and one closing sentence holding owner and period. Title = the "
                 "heading line. indicator_no: only มาตรการเผยแพร่ข้อมูลต่อสาธารณะ is tied to an indicator, by its "
                 "วัตถุประสงค์ ('เพื่อยกระดับผลการประเมินตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'): 9; the others name none "
                 "(null; OIT in its แนวทางปฏิบัติ is a tool/checklist, not an indicator). Owners from 'โดยให้ <owner> "
                 "เป็นผู้รับผิดชอบ': 'กลุ่มบริหารงานบุคคล', 'กลุ่มอำนวยการ' org units; 'กลุ่มกฎหมายและคดี ร่วมกับ"
                 "หน่วยตรวจสอบภายใน' two org units; 'นายสมเกียรติ อินทรวงศ์ นักวิชาการคอมพิวเตอร์ชำนาญการ' rank/"
                 "name/position; 'ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์' a position (a post, not the section). "
                 "Periods in the same sentence: 'ระหว่างเดือนตุลาคม ๒๕๖๘ ถึงเดือนกันยายน ๒๕๖๙' and 'ตลอดปีงบประมาณ "
                 "พ.ศ. ๒๕๖๙' = 2025-10-01..2026-09-30; 'ให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๘' a deadline (end "
                 "2025-12-31 only); 'ตั้งแต่วันที่ ๑ พฤศจิกายน ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙' 2025-11-01..2026-03-31; "
                 "'ไตรมาสที่ ๒ ของปีงบประมาณ พ.ศ. ๒๕๖๙ (มกราคม - มีนาคม ๒๕๖๙)' 2026-01-01..2026-03-31. Not periods "
                 "or scores: 'ภายในวันที่ ๕ ของทุกเดือน', 'ทุกไตรมาส', '๑ วันทำการ', '๑๕ วันทำการ', 'พ.ศ. ๒๕๖๐' (a "
                 "regulation's year), the announcement date. People: the director who signs (no role printed: "
                 "ผู้ลงนาม).",
        "scores": [S("overall", 92.48, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาย", "ประเสริฐ ไชยวงศ์", Q1_DIR)],
        "findings": [],
    }
    document = {
        "unit": Q1_UNIT, "unit_type": "other", "province": "น่าน", "fiscal_year": 2569, "doc_type": "measures",
        "title": f"ประกาศ{Q1_UNIT} เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Announcement of FY 2569 measures dated ๑๐ ต.ค. ๒๕๖๘ (FY 2569). Title = the two centred heading lines "
                 "(the เรื่อง line alone is acceptable). unit_type: an educational service area office (สพป.) has no "
                 "type of its own in earlier gold: 'other' ('department' arguable). Province from the unit's name "
                 "(น่าน).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ q2

Q2_UNIT = "โรงพยาบาลศรีบุญเรืองทอง"
Q2_DIR = f"ผู้อำนวยการ{Q2_UNIT}"
Q2_COLS = [  # มาตรการ, วิธีดำเนินการ, ผู้รับผิดชอบ cell, ระยะเวลา, ตัวชี้วัด
    ("มาตรการเพิ่มช่องทางการสื่อสารและรับฟังความคิดเห็นของผู้รับบริการ",
     "1) ติดตั้ง QR Code แบบสอบถามความพึงพอใจที่จุดบริการผู้ป่วยนอก\n2) ตอบข้อร้องเรียนทางเพจ Facebook "
     "ของโรงพยาบาลภายใน 3 วันทำการ",
     "กลุ่มงานบริหารทั่วไป\nงานประชาสัมพันธ์", "ต.ค. 2568 - ก.ย. 2569", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร"),
    ("มาตรการควบคุมการยืมและใช้ทรัพย์สินของโรงพยาบาล",
     "1) จัดทำแบบฟอร์มขออนุญาตยืมครุภัณฑ์และรถราชการ\n2) ตรวจสอบทะเบียนคุมการยืมทุกสิ้นเดือน",
     "นางสาวอรพรรณ ศรีสุวรรณ\nนักวิชาการพัสดุชำนาญการ", "1 ธ.ค. 2568 - 31 มี.ค. 2569",
     "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ"),
    ("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ",
     "1) เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์\n2) รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน",
     "หัวหน้ากลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์", "ภายใน 31 ม.ค. 2569",
     "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"),
]


def q2():
    doc = tight(new_doc("Loma", 12, landscape=True, margin=1.3), after=1)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=16)
    centre(doc, f"{Q2_UNIT} อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู", bold=True, size=14)
    _para(doc, "")
    body(doc, f"จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              f"{Q2_UNIT} ได้คะแนนรวม 88.76 คะแนน ระดับ A โดยตัวชี้วัดที่ได้คะแนนต่ำที่สุดคือ ตัวชี้วัดที่ 7 "
              "ประสิทธิภาพการสื่อสาร ได้ 81.20 คะแนน รองลงมาคือ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้ 83.45 คะแนน "
              "คณะกรรมการจริยธรรมของโรงพยาบาลจึงกำหนดมาตรการ 3 มาตรการ ดังนี้")
    rows = [["รายการ", "มาตรการที่ 1", "มาตรการที่ 2", "มาตรการที่ 3"]]
    for k, label in enumerate(["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ตัวชี้วัด"]):
        rows.append([label] + [c[k] for c in Q2_COLS])
    t = table(doc, rows, [3.0, 8.0, 8.0, 8.0], fill="DDEBF7")
    for r in range(1, len(rows)):
        shade(t.rows[r].cells[0], "DDEBF7")
        for c in (1, 2, 3):
            if r in (3, 4):
                for p in t.rows[r].cells[c].paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bold_col(t, 0)
    for c in (1, 2, 3):
        for p in t.rows[1].cells[c].paragraphs:
            for run in p.runs:
                run.bold = True
    keep_rows(t)
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จัดทำ", "(นายวีรยุทธ แก้วกาหลง)", "นักจัดการงานทั่วไปชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติ", "(นายแพทย์ธีรพงษ์ คำมูล)", Q2_DIR]], [12.5, 12.5])
    owners = [[O(org="กลุ่มงานบริหารทั่วไป"), O(org="งานประชาสัมพันธ์")],
              [O("น.ส.", "อรพรรณ ศรีสุวรรณ", "นักวิชาการพัสดุชำนาญการ")],
              [O(pos="หัวหน้ากลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")]]
    dates = [("2025-10-01", "2026-09-30"), ("2025-12-01", "2026-03-31"), (None, "2026-01-31")]
    measures = [M(c[0], owners[i], ind=(7, 4, 9)[i], start=dates[i][0], end=dates[i][1])
                for i, c in enumerate(Q2_COLS)]
    facts = {
        "notes": "Transposed table: the first column holds the row labels (มาตรการ / วิธีดำเนินการ / ผู้รับผิดชอบ / "
                 "ระยะเวลา / ตัวชี้วัด) and each measure is a column under 'มาตรการที่ n'. Measures: the three "
                 "columns; title = the มาตรการ cell; the numbered 1) 2) lines of the วิธีดำเนินการ row are steps "
                 "(detail), not measures. indicator_no from the ตัวชี้วัด row ('ตัวชี้วัดที่ n ...': 7, 4, 9). "
                 "Periods: 'ต.ค. 2568 - ก.ย. 2569' = 2025-10-01..2026-09-30; '1 ธ.ค. 2568 - 31 มี.ค. 2569' = "
                 "2025-12-01..2026-03-31; 'ภายใน 31 ม.ค. 2569' a deadline (end only). Owners: column 1 two lines = "
                 "two org units (กลุ่มงานบริหารทั่วไป, งานประชาสัมพันธ์); column 2 name over post in one cell = one "
                 "person (นางสาว -> น.ส.); column 3 a post ('หัวหน้ากลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศ"
                 "ทางการแพทย์', the space is inside the section's name). Scores (FY 2568): overall 88.76 (A), "
                 "indicator 7 (EIT) 81.20 and indicator 4 (IIT) 83.45 in the preamble. '3 วันทำการ', 'รอบ 6 เดือน' "
                 "and '3 มาตรการ' are not scores or periods. People: ผู้จัดทำ and ผู้อนุมัติ side by side, role after "
                 "the dots ('นายแพทย์' -> rank นพ.).",
        "scores": [S("overall", 88.76, 2568, rating="A"), S("indicator", 81.20, 2568, "EIT", 7),
                   S("indicator", 83.45, 2568, "IIT", 4)],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "นาย", "วีรยุทธ แก้วกาหลง", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้อนุมัติ", "นพ.", "ธีรพงษ์ คำมูล", Q2_DIR)],
        "findings": [],
    }
    document = {
        "unit": Q2_UNIT, "unit_type": "hospital", "province": "หนองบัวลำภู", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Undated FY 2569 measures of a community hospital. Title = the first heading line (the second names "
                 "the unit, district and province, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ q3

Q3_UNIT = "องค์การบริหารส่วนตำบลโพนงามใหม่"
Q3_PALAD = f"ปลัด{Q3_UNIT}"
Q3_DONE = [  # title, owner cell, period, result, owners, start, end
    ("จัดทำและเผยแพร่ประกาศเจตนารมณ์การป้องกันการทุจริตของผู้บริหาร", "นายกองค์การบริหารส่วนตำบล",
     "ภายใน ธ.ค. 67", "ดำเนินการแล้วเสร็จ ประกาศเมื่อวันที่ 2 ธันวาคม 2567",
     [O(pos="นายกองค์การบริหารส่วนตำบล")], None, "2024-12-31"),
    ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", "กองคลัง",
     "ต.ค. 67 - ก.ย. 68", "ดำเนินการแล้ว เผยแพร่ครบ 12 เดือน (ร้อยละ 100)",
     [O(org="กองคลัง")], "2024-10-01", "2025-09-30"),
    ("อบรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานส่วนตำบลและพนักงานจ้าง", "สำนักปลัด",
     "ม.ค. - มี.ค. 68", "ดำเนินการแล้ว มีผู้เข้าร่วม 38 คน จากทั้งหมด 42 คน",
     [O(org="สำนักปลัด")], "2025-01-01", "2025-03-31"),
    ("ติดตั้งกล่องรับเรื่องร้องเรียนและป้าย QR Code แจ้งเบาะแสการทุจริต", "กองช่าง, สำนักปลัด",
     "ไตรมาส 3", "อยู่ระหว่างดำเนินการ (ติดตั้งแล้ว 1 จาก 3 จุด)",
     [O(org="กองช่าง"), O(org="สำนักปลัด")], "2025-04-01", "2025-06-30"),
]
Q3_NEW = [  # title, indicator cell, owner cell, period, ind, owners, start, end
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบันตามเกณฑ์การประเมิน", "ตัวชี้วัดที่ 9",
     "นางสาวสุภาพร ดวงแก้ว\nนักจัดการงานทั่วไปชำนาญการ", "ต.ค. 68 - ก.ย. 69",
     9, [O("น.ส.", "สุภาพร ดวงแก้ว", "นักจัดการงานทั่วไปชำนาญการ")], "2025-10-01", "2026-09-30"),
    ("ประชาสัมพันธ์ช่องทางการแสดงความคิดเห็นผ่านไลน์ OA และหอกระจายข่าวหมู่บ้าน", "ตัวชี้วัดที่ 7",
     "สำนักปลัด", "พ.ย. - ธ.ค. 68", 7, [O(org="สำนักปลัด")], "2025-11-01", "2025-12-31"),
    ("ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy) จากการปฏิบัติหน้าที่", "-",
     "ปลัดองค์การบริหารส่วนตำบล", "ภายใน 31 มี.ค. 69", None, [O(pos="ปลัดองค์การบริหารส่วนตำบล")], None, "2026-03-31"),
    ("จัดทำทะเบียนคุมการยืมคืนพัสดุ ครุภัณฑ์ และรถยนต์ส่วนกลาง", "ตัวชี้วัดที่ 4",
     "กองคลัง", "ไตรมาส 2", 4, [O(org="กองคลัง")], "2026-01-01", "2026-03-31"),
]


def q3():
    doc = tight(new_doc("Umpush", 14, landscape=False, margin=1.6), after=1)
    centre(doc, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=17)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    centre(doc, f"{Q3_UNIT} อำเภอป่าติ้ว จังหวัดยโสธร", bold=True)
    centre(doc, "**************************")
    body(doc, f"{Q3_UNIT}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๕.๙๔ คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ "
              "ที่ได้ ๘๒.๓๐ คะแนน ระดับ B จึงขอรายงานผลการดำเนินการตามมาตรการของปีที่ผ่านมา และกำหนดมาตรการสำหรับ"
              "ปีงบประมาณ พ.ศ. ๒๕๖๙ ดังนี้")
    _para(doc, "ส่วนที่ ๑ ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True)
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"]]
    rows += [[str(i), a, b, c, d] for i, (a, b, c, d, *_) in enumerate(Q3_DONE, 1)]
    t = table(doc, rows, [0.9, 6.2, 3.2, 3.1, 4.4], centre_cols=(0, 3), fill="FFF2CC")
    keep_rows(t)
    _para(doc, "")
    _para(doc, "ส่วนที่ ๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    rows = [["ที่", "มาตรการ", "ตัวชี้วัดที่เกี่ยวข้อง", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    rows += [[str(i), a, b, c, d] for i, (a, b, c, d, *_) in enumerate(Q3_NEW, 1)]
    t = table(doc, rows, [0.9, 7.0, 2.4, 4.3, 3.2], centre_cols=(0, 2, 4), fill="E2EFD9")
    keep_rows(t)
    _para(doc, "")
    body(doc, "ทั้งนี้ ให้ผู้รับผิดชอบรายงานผลการดำเนินการตามมาตรการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ทุก ๖ เดือน")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:20] + " ผู้รายงาน", "(นางสาวสุภาพร ดวงแก้ว)", "นักจัดการงานทั่วไปชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:20] + " ผู้เห็นชอบ", "(นายสมชาย พรมวัง)", Q3_PALAD]], [8.6, 8.6])
    _para(doc, "วันที่ ๒๐ ตุลาคม ๒๕๖๘").alignment = WD_ALIGN_PARAGRAPH.CENTER
    measures = [M(a, owners, start=s, end=e) for a, _, _, _, owners, s, e in Q3_DONE]
    measures += [M(a, owners, ind=ind, start=s, end=e) for a, _, _, _, ind, owners, s, e in Q3_NEW]
    facts = {
        "notes": "Two measure tables under headings that name the fiscal year: ส่วนที่ ๑ (FY 2568, done, with a "
                 "ผลการดำเนินการ column) and ส่วนที่ ๒ (FY 2569, planned). Only the FY 2569 ones are new, but both "
                 "tables are measures with owners and periods, so all eight rows are gold, each with the period its "
                 "own table's year gives. FY 2568 table (no indicator column: indicator_no null): 'ภายใน ธ.ค. 67' end "
                 "2024-12-31; 'ต.ค. 67 - ก.ย. 68' 2024-10-01..2025-09-30; 'ม.ค. - มี.ค. 68' 2025-01-01..2025-03-31; "
                 "'ไตรมาส 3' (no year printed: the heading's FY 2568) 2025-04-01..2025-06-30. FY 2569 table: "
                 "indicator_no from the ตัวชี้วัดที่เกี่ยวข้อง column (9, 7, '-' = null, 4); 'ต.ค. 68 - ก.ย. 69' "
                 "2025-10-01..2026-09-30; 'พ.ย. - ธ.ค. 68' 2025-11-01..2025-12-31; 'ภายใน 31 มี.ค. 69' end "
                 "2026-03-31; 'ไตรมาส 2' (FY 2569) 2026-01-01..2026-03-31. The ผลการดำเนินการ cells (dates of "
                 "completion, 12 เดือน, ร้อยละ 100, 38/42 คน, 1 จาก 3 จุด) are results, not scores or periods. Owners: "
                 "'นายกองค์การบริหารส่วนตำบล' and 'ปลัดองค์การบริหารส่วนตำบล' positions; กองคลัง, สำนักปลัด org "
                 "units; 'กองช่าง, สำนักปลัด' two org units; 'นางสาวสุภาพร ดวงแก้ว' over 'นักจัดการงานทั่วไป"
                 "ชำนาญการ' one person (น.ส.). Scores: ITA 2568 overall 85.94 (A) and 2567 overall 82.30 (B) in the "
                 "opening paragraph. 'ทุก ๖ เดือน' is the reporting cycle. People: ผู้รายงาน and ผู้เห็นชอบ (roles "
                 "after the dots).",
        "scores": [S("overall", 85.94, 2568, rating="A"), S("overall", 82.30, 2567, rating="B")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "สุภาพร ดวงแก้ว", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้เห็นชอบ", "นาย", "สมชาย พรมวัง", Q3_PALAD)],
        "findings": [],
    }
    document = {
        "unit": Q3_UNIT, "unit_type": "subdistrict_admin", "province": "ยโสธร", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                 "๒๕๖๘ และมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Dated ๒๐ ต.ค. ๒๕๖๘ (FY 2569); it reports FY 2568 measures and sets FY 2569 ones, so fiscal_year 2569 "
                 "(the newest year it plans for and the year it is dated in; 2568 is arguable). doc_type measures "
                 "('kpi_report' arguable for its progress half). Title = the first two heading lines; the third names "
                 "the unit, district and province (ยโสธร).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ q4

Q4_UNIT = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดชัยนาท"
Q4_HEAD = "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดชัยนาท"
Q4_YEARS = {2566: (88.40, 80.20, 78.50), 2567: (91.20, 84.30, 90.75), 2568: (93.80, 88.20, 95.50)}


def _q4_overall(y):
    i, e, o = Q4_YEARS[y]
    return round(0.3 * i + 0.3 * e + 0.4 * o + 1e-9, 2)


def q4():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=1.8), after=2)
    centre(doc, "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True, size=17)
    centre(doc, "ย้อนหลัง ๓ ปี (ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๖๘)", bold=True, size=17)
    centre(doc, Q4_UNIT, bold=True)
    _para(doc, "")
    body(doc, f"{Q4_UNIT} สังกัดสำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้เข้ารับการประเมินคุณธรรม"
              "และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) อย่างต่อเนื่อง โดยมีผลคะแนนแยกตามเครื่องมือการประเมิน "
              "ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) "
              "และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ดังนี้")
    rows = [["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม"]]
    ratings = {}
    for y, vals in Q4_YEARS.items():
        ov = _q4_overall(y)
        allv = list(vals) + [ov]
        rows.append([th(f"พ.ศ. {y}")] + [th(f"{v:.2f}") for v in allv])
        ratings[y] = [_band(v) for v in allv]
        rows.append(["ระดับ"] + ratings[y])
    t = table(doc, rows, [3.6, 3.0, 3.0, 3.0, 3.4], centre_cols=(0, 1, 2, 3, 4), fill="D9E2F3")
    for r in range(1, len(rows)):
        if r % 2 == 0:
            for c in t.rows[r].cells:
                shade(c, "F2F2F2")
                for p in c.paragraphs:
                    for run in p.runs:
                        run.italic = True
                        run.font.size = Pt(14)
        else:
            for p in t.rows[r].cells[4].paragraphs:
                for run in p.runs:
                    run.bold = True
    keep_rows(t)
    ov68, ov67, ov66 = _q4_overall(2568), _q4_overall(2567), _q4_overall(2566)
    _para(doc, "")
    body(doc, th(f"สำหรับปีงบประมาณ พ.ศ. 2568 สำนักงานได้ตั้งเป้าหมายผลการประเมินไว้ไม่ต่ำกว่า 90 คะแนน ผลการประเมินที่ได้รับ"
                 f"สูงกว่าเป้าหมายที่ตั้งไว้ {ov68 - 90:.2f} คะแนน และเพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 จำนวน "
                 f"{ov68 - ov67:.2f} คะแนน โดยแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) มีพัฒนาการมากที่สุด "
                 "สำนักงานจะนำผลการประเมินไปวิเคราะห์และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                 "ประจำปีงบประมาณ พ.ศ. 2569 ต่อไป"))
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:26], "(นางรัตนาภรณ์ ศรีประเสริฐ)", Q4_HEAD,
                     "๓๐ กันยายน ๒๕๖๘"]], [14])
    _para(doc, "")
    scores = []
    for y, vals in Q4_YEARS.items():
        for tool, v, rt in zip(("IIT", "EIT", "OIT"), vals, ratings[y]):
            scores.append(S("tool", v, y, tool, rating=rt))
        scores.append(S("overall", _q4_overall(y), y, rating=ratings[y][3]))
    facts = {
        "notes": f"Chart-like score table with the tools as COLUMNS (IIT | EIT | OIT | คะแนนรวม) and the years as ROWS "
                 f"(พ.ศ. 2566, 2567, 2568), each value row followed by a 'ระดับ' row giving the rating of each value "
                 f"below it. Scores: per year the three tool scores and the overall (คะแนนรวม; 0.3/0.3/0.4 of the tools: "
                 f"2566 {ov66:.2f}, 2567 {ov67:.2f}, 2568 {ov68:.2f}); rating = the cell of the ระดับ row under the "
                 "value (tools carry a printed rating too, recorded on their scores). Not scores: the 2568 target "
                 f"'ไม่ต่ำกว่า ๙๐ คะแนน', the differences '{th(f'{ov68 - 90:.2f}')}' (over the target) and "
                 f"'{th(f'{ov68 - ov67:.2f}')}' (over 2567), the range 'พ.ศ. ๒๕๖๖ - ๒๕๖๘'. Measures: none (the closing "
                 "sentence only says measures for 2569 will be drawn up). People: the head of the office who signs "
                 "(no role printed: ผู้ลงนาม; her post is the provincial head's title 'พัฒนาสังคมและความมั่นคงของ"
                 "มนุษย์จังหวัดชัยนาท').",
        "scores": scores,
        "measures": [],
        "people": [P("ผู้ลงนาม", "นาง", "รัตนาภรณ์ ศรีประเสริฐ", Q4_HEAD)],
        "findings": [],
    }
    document = {
        "unit": Q4_UNIT, "unit_type": "other", "province": "ชัยนาท", "fiscal_year": 2568, "doc_type": "analysis",
        "title": "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ย้อนหลัง ๓ ปี "
                 "(ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๖๘)",
        "notes": "Three-year score report signed ๓๐ ก.ย. ๒๕๖๘ (FY 2568); its newest result is 2568: fiscal_year 2568. "
                 "unit_type other (a provincial office of a ministry's permanent secretary, as the provincial "
                 "agriculture office of blind12 m3; 'province' or 'department' arguable). doc_type analysis (a score "
                 "report; 'other' arguable). Title = the first two heading lines; the third is the unit. Province from "
                 "the unit's name.",
    }
    return doc, facts, document


REPORTS = {
    "q1_paragraph_measures_one_sentence_owner_period_nan3": q1,
    "q2_transposed_measures_columns_hospital_si_bun_rueang": q2,
    "q3_two_fiscal_years_measure_tables_sao_phon_ngam": q3,
    "q4_score_chart_tools_columns_rating_rows_chainat_msdhs": q4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
