#!/usr/bin/env python3
"""Build the blind-23 reports (tests/blind23/z*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py and tests/blind19/make_blind19.py, as
tests/blind21/make_blind21.py does. Units, people and figures are invented.

  z1  โรงพยาบาลคำเขื่อนแก้วทอง (ยโสธร)             analysis: score table with one ROW per tool, named only by its
                                              Thai name ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน' ...),
                                              columns ปี 2566 | ปี 2567 | ปี 2568 | เพิ่มขึ้น/ลดลง (signed
                                              differences), a คะแนนรวม row and a ระดับ row; strengths /
                                              weaknesses paragraphs with indicator scores; measures table
                                              'ประเด็นที่ต้องพัฒนา | แนวทาง/มาตรการ | ผู้รับผิดชอบ | ระยะเวลา'
                                              with one ประเด็น cell merged over two rows and one owner a
                                              named nurse over her post; Umpush 11-14, Arabic digits, portrait
  z2  เทศบาลตำบลบ้านโคกทอง (สุพรรณบุรี)           OIT publication list 'ข้อ | รายการข้อมูล | ผู้รับผิดชอบ |
                                              กำหนดเผยแพร่' (O1-O20, NOT measures), then a measures section in
                                              paragraphs: group headings '๑. มาตรการ... (ตัวชี้วัดที่ n)' and
                                              sub-items '๑.๑ ... (period) – owner' with the owner after a dash
                                              at the end of the line; Tlwg Typo 11-14, Thai digits, portrait
  z3  องค์การบริหารส่วนตำบลโนนสำราญทอง (ศรีสะเกษ)  one-page announcement 'ประกาศ ... เรื่อง มาตรการป้องกันการ
                                              รับสินบน': six numbered paragraphs with no owner or period of
                                              their own, a closing sentence 'ให้สำนักปลัดเป็นผู้รับผิดชอบ
                                              ดำเนินการตามมาตรการข้างต้น', 'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป',
                                              'ประกาศ ณ วันที่ ...', signed by the นายก อบต.; Garuda 12-14,
                                              Arabic digits, portrait
  z4  โรงเรียนบ้านดงเย็นทอง (อุดรธานี)            quarterly progress table, landscape: merged header
                                              'ผลการดำเนินงาน' over 'ไตรมาส ๑ ... ไตรมาส ๔', cells '๑๐๐%',
                                              '๕๐%', '-', the indicator in brackets after each measure's title,
                                              an average row; ผู้รายงาน and ผู้รับรองข้อมูล side by side;
                                              Purisa 9-14, Thai digits

    uv run python tests/blind23/make_blind23.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized, weighted  # noqa: E402,F401



def _band(v: float) -> str:
    for lo, r in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if v >= lo:
            return r
    return "F"


def _cs_sizes(doc):
    """Copy every run's explicit size and bold to their complex-script twins (w:szCs, w:bCs): Thai text is
    complex script, and LibreOffice sizes and bolds it by those, which python-docx's run.font leaves alone."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def runs():
        for p in doc.paragraphs:
            yield from p.runs
        for t in doc.tables:
            for row in t.rows:
                for c in row.cells:
                    for p in c.paragraphs:
                        yield from p.runs

    for r in runs():
        if r.bold:
            rpr = r._r.get_or_add_rPr()
            if rpr.find(qn("w:bCs")) is None:
                rpr.append(OxmlElement("w:bCs"))
        if r.font.size is None:
            continue
        rpr = r._r.get_or_add_rPr()
        el = rpr.find(qn("w:szCs"))
        if el is None:
            el = OxmlElement("w:szCs")
            rpr.append(el)
        el.set(qn("w:val"), str(int(round(r.font.size.pt * 2))))
    return doc


def _centre_cell(cell, text, bold=False, size=None):
    _cell_text(cell, text, bold=bold)
    for p in cell.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if size:
            for r in p.runs:
                r.font.size = Pt(size)


# ------------------------------------------------------------------------------------------ z1

Z1_UNIT = "โรงพยาบาลคำเขื่อนแก้วทอง"
Z1_YEARS = (2566, 2567, 2568)
Z1_TOOLS = [  # Thai name as printed, tool, scores per year
    ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "IIT", (88.42, 90.15, 92.30)),
    ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "EIT", (85.10, 87.62, 86.75)),
    ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "OIT", (80.50, 84.38, 90.63)),
]
Z1_OVERALL = tuple(weighted(*(t[2][k] for t in Z1_TOOLS)) for k in range(3))  # 84.26, 87.08, 89.97
Z1_NURSE = ("นางสาวอรุณี แสงทอง", "น.ส.", "อรุณี แสงทอง", "พยาบาลวิชาชีพชำนาญการ")
# issue cell (None = merged with the row above), measure, owner cell, period cell, owners, ind, start, end
Z1_ROWS = [
    ("ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน",
     "ปรับปรุงขั้นตอนการรับบริการผู้ป่วยนอกเพื่อลดระยะเวลารอคอย และประกาศขั้นตอนให้ผู้รับบริการทราบ",
     f"{Z1_NURSE[0]}\n{Z1_NURSE[3]}", "ไตรมาส 2 ปีงบประมาณ 2569",
     [O(Z1_NURSE[1], Z1_NURSE[2], Z1_NURSE[3])], 8, "2026-01-01", "2026-03-31"),
    (None,
     "สำรวจความพึงพอใจของผู้รับบริการ และนำข้อเสนอแนะมาปรับปรุงการให้บริการ",
     "กลุ่มงานการพยาบาล", "ม.ค. – มิ.ย. 2569", [O(org="กลุ่มงานการพยาบาล")], 8, "2026-01-01", "2026-06-30"),
    ("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
     "พัฒนาช่องทางสื่อสารข้อมูลการให้บริการผ่าน LINE OA ของโรงพยาบาล และตอบข้อซักถามภายใน 1 วันทำการ",
     "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์", "พ.ย. 2568 – ม.ค. 2569",
     [O(org="กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")], 7, "2025-11-01", "2026-01-31"),
    ("ตัวชี้วัดที่ 2 การใช้งบประมาณ",
     "เผยแพร่รายงานผลการใช้จ่ายงบประมาณรายไตรมาสบนเว็บไซต์ของโรงพยาบาล",
     "กลุ่มงานบริหารทั่วไป", "ภายใน 15 วันหลังสิ้นไตรมาส", [O(org="กลุ่มงานบริหารทั่วไป")], 2, None, None),
    ("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
     "จัดทำแนวปฏิบัติการยืมครุภัณฑ์การแพทย์และรถพยาบาล พร้อมทะเบียนคุมการยืม-คืน",
     "หัวหน้ากลุ่มงานบริหารทั่วไป", "ต.ค. 2568 – ก.ย. 2569", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], 4,
     "2025-10-01", "2026-09-30"),
    ("การป้องกันผลประโยชน์ทับซ้อน",
     "อบรมเจ้าหน้าที่เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม",
     "กลุ่มงานบริหารทั่วไป\nกลุ่มงานทรัพยากรบุคคล", "ภายใน 31 มี.ค. 2569",
     [O(org="กลุ่มงานบริหารทั่วไป"), O(org="กลุ่มงานทรัพยากรบุคคล")], None, None, "2026-03-31"),
]


def _signed(v: float) -> str:
    return f"+{v:.2f}" if v > 0 else f"{v:.2f}"


def z1():
    doc = tight(new_doc("Umpush", 12, landscape=False, margin=1.8), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.2)
    centre(doc, "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", bold=True, size=14)
    centre(doc, "(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=13)
    centre(doc, f"{Z1_UNIT} อำเภอคำเขื่อนแก้ว จังหวัดยโสธร", bold=True)
    _para(doc, "1. ผลการประเมิน", bold=True)
    o = Z1_OVERALL
    body(doc, "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประกาศผลการประเมิน"
              f"คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 {Z1_UNIT}"
              f"ได้คะแนนรวม {o[2]:.2f} คะแนน อยู่ในระดับ {_band(o[2])} ผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) "
              "เมื่อเปรียบเทียบผลคะแนนย้อนหลัง 3 ปี แยกตามเครื่องมือการประเมิน ได้ดังนี้")
    sized(doc, "ตารางที่ 1 ผลคะแนนแยกตามเครื่องมือการประเมิน ปีงบประมาณ พ.ศ. 2566 – 2568", 12, bold=True,
          before=4, after=2)
    rows = [["เครื่องมือการประเมิน", "ปี 2566", "ปี 2567", "ปี 2568", "เพิ่มขึ้น/ลดลง"]]
    for name, _tool, v in Z1_TOOLS:
        rows.append([name] + [f"{x:.2f}" for x in v] + [_signed(round(v[2] - v[1], 2))])
    rows.append(["คะแนนรวม (ITA)"] + [f"{x:.2f}" for x in o] + [_signed(round(o[2] - o[1], 2))])
    rows.append(["ระดับผลการประเมิน"] + [_band(x) for x in o] + ["–"])
    t = table(doc, rows, [7.6, 2.2, 2.2, 2.2, 3.0], centre_cols=(1, 2, 3, 4), fill="DEEAF6")
    bold_row(t, len(rows) - 2)
    size_all(t, 12)
    keep_rows(t)
    sized(doc, "หมายเหตุ  คะแนนรวม = IIT ร้อยละ 30 + EIT ร้อยละ 30 + OIT ร้อยละ 40", 12, before=2, after=4)

    _para(doc, "2. การวิเคราะห์ผลการประเมิน", bold=True)
    _para(doc, "2.1 จุดแข็ง", bold=True).paragraph_format.left_indent = Cm(0.6)
    body(doc, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้คะแนนสูงที่สุดในสามเครื่องมือ โดยเฉพาะตัวชี้วัดที่ 1 "
              "การปฏิบัติหน้าที่ ได้ 96.48 คะแนน แสดงว่าบุคลากรรับรู้ว่าการปฏิบัติงานของโรงพยาบาลเป็นไปตามมาตรฐาน "
              "โปร่งใส และเท่าเทียม ส่วนแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) เพิ่มขึ้นจากปีที่ผ่านมา 6.25 คะแนน "
              "เนื่องจากมีการมอบหมายผู้รับผิดชอบข้อมูลเป็นรายข้อและตรวจสอบก่อนเผยแพร่ทุกเดือน")
    p = _para(doc, "2.2 จุดที่ควรพัฒนา", bold=True)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.keep_with_next = True
    body(doc, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ลดลง 0.87 คะแนน โดยตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร "
              "ได้ 82.16 คะแนน และตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 83.40 คะแนน ซึ่งต่ำกว่าเกณฑ์ 85 คะแนน "
              "ผู้รับบริการสะท้อนว่าการเข้าถึงข้อมูลขั้นตอนการรับบริการยังไม่สะดวก และระยะเวลารอคอยที่แผนกผู้ป่วยนอก"
              "ยังนาน นอกจากนี้ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้ 88.25 คะแนน ต่ำที่สุดในแบบวัด IIT บุคลากรบางส่วน"
              "ยังไม่ทราบข้อมูลการใช้จ่ายงบประมาณของโรงพยาบาล")
    _para(doc, "3. แนวทาง/มาตรการพัฒนา ประจำปีงบประมาณ พ.ศ. 2569", bold=True)
    rows = [["ประเด็นที่ต้องพัฒนา", "แนวทาง/มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    for r in Z1_ROWS:
        rows.append([r[0] or "", r[1], r[2], r[3]])
    t = table(doc, rows, [3.4, 6.6, 4.6, 2.8], centre_cols=(3,), fill="DEEAF6")
    merged = t.cell(1, 0).merge(t.cell(2, 0))
    _cell_text(merged, Z1_ROWS[0][0])
    size_all(t, 11.5)
    keep_rows(t)
    sized(doc, "", 4)
    sig_table(doc, [["ลงชื่อ" + DOTS[:28] + "ผู้วิเคราะห์", "(นางสาวสุพัตรา บุญญาศิริ)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:28] + "ผู้เห็นชอบ", "(นายแพทย์ณัฐพล วงศ์คำจันทร์)",
                     f"ผู้อำนวยการ{Z1_UNIT}"]], [8.7, 8.7])
    size_all(doc.tables[-1], 11)

    scores = []
    for k, year in enumerate(Z1_YEARS):
        scores.append(S("overall", o[k], year, rating=_band(o[k])))
        for _name, tool, v in Z1_TOOLS:
            scores.append(S("tool", v[k], year, tool))
    scores += [S("indicator", 96.48, 2568, "IIT", 1), S("indicator", 88.25, 2568, "IIT", 2),
               S("indicator", 82.16, 2568, "EIT", 7), S("indicator", 83.40, 2568, "EIT", 8)]
    facts = {
        "notes": "Analysis of the ITA 2568 result of a community hospital, Umpush 11-14, Arabic digits, portrait. "
                 "Score table (ตารางที่ 1): one ROW per tool, each named ONLY by its official Thai name "
                 "('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน' = IIT, '...ภายนอก' = EIT, 'แบบตรวจการเปิดเผย"
                 "ข้อมูลสาธารณะ' = OIT; the codes appear only in the analysis paragraphs), columns ปี 2566 | ปี 2567 | "
                 "ปี 2568 = the fiscal year of each score; the 'คะแนนรวม (ITA)' row = overall per year (84.26, 87.08, "
                 "89.97; 0.3/0.3/0.4 of the tools as the footnote says) with the rating from the 'ระดับผลการประเมิน' "
                 "row below (B, A, A). 9 tool scores + 3 overall. The 'เพิ่มขึ้น/ลดลง' column holds SIGNED "
                 "DIFFERENCES 2568-2567 (+2.15, -0.87, +6.25, +2.89), not scores (as blind11 l2, blind7 h4). The "
                 "prose repeats the 2568 overall 89.97 (A) (same score, once) and the differences '6.25' and '0.87' "
                 "(not scores). Indicator scores (2568) from the analysis paragraphs, tool by the NACC numbering: "
                 "1 (IIT) 96.48, 2 (IIT) 88.25, 7 (EIT) 82.16, 8 (EIT) 83.40. Not scores: the pass mark '85 คะแนน' "
                 "(twice), the weights 30/30/40, 'ย้อนหลัง 3 ปี', '1 วันทำการ', '15 วัน'. Measures: the six rows of "
                 "the section-3 table; title = the แนวทาง/มาตรการ cell; indicator_no from the ประเด็นที่ต้องพัฒนา "
                 "cell ('ตัวชี้วัดที่ 8 ...' 8 for BOTH rows 1 and 2, the cell being merged "
                 "down over them; 7; 2; 4); row 6 'การป้องกันผลประโยชน์ทับซ้อน' is not an ITA indicator: null. "
                 "Periods (FY 2569): 'ไตรมาส 2 ปีงบประมาณ 2569' 2026-01-01..2026-03-31; 'ม.ค. – มิ.ย. 2569' "
                 "2026-01-01..2026-06-30; 'พ.ย. 2568 – ม.ค. 2569' 2025-11-01..2026-01-31; 'ภายใน 15 วันหลังสิ้นไตรมาส' "
                 "a recurring deadline, no dates; 'ต.ค. 2568 – ก.ย. 2569' 2025-10-01..2026-09-30; 'ภายใน 31 มี.ค. "
                 "2569' a deadline (end 2026-03-31 only). Owners: 'นางสาวอรุณี แสงทอง' over 'พยาบาลวิชาชีพชำนาญการ' one "
                 "person (น.ส./name/position); 'กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์' ONE org "
                 "unit (the space is inside the section's name, as blind16 s2); 'กลุ่มงานการพยาบาล', "
                 "'กลุ่มงานบริหารทั่วไป' org units; 'หัวหน้ากลุ่มงานบริหารทั่วไป' a position; 'กลุ่มงานบริหารทั่วไป' "
                 "over 'กลุ่มงานทรัพยากรบุคคล' two org units. People: ผู้วิเคราะห์ and ผู้เห็นชอบ side by side (role "
                 "after the dots; นางสาว -> น.ส., นายแพทย์ -> นพ.).",
        "scores": scores,
        "measures": [M(r[1], r[4], ind=r[5], start=r[6], end=r[7]) for r in Z1_ROWS],
        "people": [P("ผู้วิเคราะห์", "น.ส.", "สุพัตรา บุญญาศิริ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบ", "นพ.", "ณัฐพล วงศ์คำจันทร์", f"ผู้อำนวยการ{Z1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": Z1_UNIT, "unit_type": "hospital", "province": "ยโสธร", "fiscal_year": 2568, "doc_type": "analysis",
        "title": "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and "
                 "Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "Undated analysis of the ITA 2568 result (its measures run in FY 2569): fiscal_year 2568, as blind13 "
                 "n1. Title = the first two heading lines; the third names the hospital, district and province "
                 "(ยโสธร).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ z2

Z2_UNIT = "เทศบาลตำบลบ้านโคกทอง"
Z2_OIT = [
    ("O1", "โครงสร้าง", "สำนักปลัดเทศบาล", "ภายใน ต.ค. 68"),
    ("O2", "ข้อมูลผู้บริหาร", "สำนักปลัดเทศบาล", "ภายใน ต.ค. 68"),
    ("O3", "อำนาจหน้าที่", "งานนิติการ สำนักปลัดเทศบาล", "ภายใน ต.ค. 68"),
    ("O4", "แผนพัฒนาท้องถิ่น", "กองยุทธศาสตร์และงบประมาณ", "ภายใน พ.ย. 68"),
    ("O5", "ข้อมูลการติดต่อ", "งานประชาสัมพันธ์", "ตลอดปี"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "งานนิติการ สำนักปลัดเทศบาล", "ตลอดปี"),
    ("O7", "ข่าวประชาสัมพันธ์", "งานประชาสัมพันธ์", "ทุกเดือน"),
    ("O8", "Q&A", "งานประชาสัมพันธ์", "ตลอดปี"),
    ("O9", "Social Network", "งานประชาสัมพันธ์", "ตลอดปี"),
    ("O10", "แผนดำเนินงานและการใช้งบประมาณประจำปี", "กองยุทธศาสตร์และงบประมาณ", "ภายใน 31 ต.ค. 68"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน", "กองยุทธศาสตร์และงบประมาณ",
     "ภายใน 30 เม.ย. 69"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "กองยุทธศาสตร์และงบประมาณ", "ภายใน 31 ต.ค. 68"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "ทุกกอง", "ภายใน ธ.ค. 68"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "ทุกกอง", "ภายใน ธ.ค. 68"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "ทุกกอง", "ทุกไตรมาส"),
    ("O16", "E-Service", "งานประชาสัมพันธ์", "ตลอดปี"),
    ("O17", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "กองคลัง", "ภายใน ต.ค. 68"),
    ("O18", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "กองคลัง", "ทุกครั้งที่มีประกาศ"),
    ("O19", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "กองคลัง", "ภายในวันที่ 10 ของเดือนถัดไป"),
    ("O20", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "กองคลัง", "ภายใน 31 ต.ค. 68"),
]
Z2_CLERK = ("นางสาวสุนิสา พึ่งทอง", "น.ส.", "สุนิสา พึ่งทอง", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")
# group heading, ind, [(number, title, period text or None, owner text, owners, start, end)]
Z2_GROUPS = [
    ("๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ 9)", 9, [
        ("๑.๑", "แต่งตั้งผู้ดูแลข้อมูลประจำกองและผู้ตรวจสอบความถูกต้องของข้อมูลก่อนนำขึ้นเว็บไซต์", "ต.ค. 2568",
         "สำนักปลัดเทศบาล", [O(org="สำนักปลัดเทศบาล")], "2025-10-01", "2025-10-31"),
        ("๑.๒", "ตรวจสอบความครบถ้วนของข้อมูลตามแบบ OIT ทุกไตรมาส และรายงานผลต่อปลัดเทศบาล", None,
         f"{Z2_CLERK[0]} {Z2_CLERK[3]}", [O(Z2_CLERK[1], Z2_CLERK[2], Z2_CLERK[3])], None, None),
        ("๑.๓", "ปรับปรุงหน้าเว็บไซต์ “ITA” ให้แยกหมวดหมู่ตามรายการ O1 – O20 และเชื่อมโยงถึงข้อมูลได้โดยตรง",
         "ม.ค. – มี.ค. 2569", "งานประชาสัมพันธ์ สำนักปลัดเทศบาล", [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")],
         "2026-01-01", "2026-03-31"),
    ]),
    ("๒. มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ 2)", 2, [
        ("๒.๑", "จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนในรูปแบบตารางเดียวกันทุกเดือน", "ตลอดปีงบประมาณ 2569",
         "กองคลัง", [O(org="กองคลัง")], "2025-10-01", "2026-09-30"),
        ("๒.๒", "ประกาศรายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือนบนเว็บไซต์และบอร์ดประชาสัมพันธ์ของเทศบาล",
         "ภายใน 30 เม.ย. 2569", "กองคลัง และกองยุทธศาสตร์และงบประมาณ",
         [O(org="กองคลัง"), O(org="กองยุทธศาสตร์และงบประมาณ")], None, "2026-04-30"),
    ]),
    ("๓. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ 4)", 4, [
        ("๓.๑", "จัดทำทะเบียนคุมการยืม-คืนพัสดุ เครื่องจักรกล และรถยนต์ส่วนกลางของเทศบาล", "พ.ย. 2568",
         "ผู้อำนวยการกองช่าง", [O(pos="ผู้อำนวยการกองช่าง")], "2025-11-01", "2025-11-30"),
        ("๓.๒", "ประชาสัมพันธ์แนวปฏิบัติการใช้ทรัพย์สินของราชการให้บุคลากรทุกคนทราบ",
         "ธ.ค. 2568 – ม.ค. 2569", "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล",
         [O(org="งานการเจ้าหน้าที่ สำนักปลัดเทศบาล")], "2025-12-01", "2026-01-31"),
    ]),
]


def z2():
    doc = tight(new_doc("Tlwg Typo", 12, landscape=False, margin=1.8), after=1)
    centre(doc, "แผนการเผยแพร่ข้อมูลต่อสาธารณะและมาตรการเพื่อขับเคลื่อนการเปิดเผยข้อมูล", bold=True, size=14)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=14)
    centre(doc, f"{Z2_UNIT} อำเภอหนองหญ้าไซ จังหวัดสุพรรณบุรี", bold=True)
    _para(doc, "")
    body(doc, th(f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
                 f"{Z2_UNIT}ได้ 82.64 คะแนน อยู่ในระดับ B โดยแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 76.25 คะแนน "
                 "ต่ำที่สุดในสามเครื่องมือ เนื่องจากไม่พบข้อมูลข้อ O11 และ O15 บนเว็บไซต์ภายในเวลาที่กำหนด "
                 "เทศบาลจึงกำหนดรายการข้อมูลที่ต้องเผยแพร่ ผู้รับผิดชอบ และกำหนดเวลาเผยแพร่ ดังนี้"))
    _para(doc, th("๑. รายการข้อมูลที่ต้องเปิดเผยตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"), bold=True)
    rows = [["ข้อ", "รายการข้อมูล", "ผู้รับผิดชอบ", "กำหนดเผยแพร่"]]
    for i, (code, name, who, when) in enumerate(Z2_OIT, 1):
        rows.append([th(str(i)), f"{code} {th(name)}", who, th(when)])
    t = table(doc, rows, [1.0, 7.4, 4.6, 4.4], centre_cols=(0,), fill="E2EFDA")
    size_all(t, 11)
    keep_rows(t)
    _para(doc, "")
    _para(doc, th("๒. มาตรการเพื่อขับเคลื่อนการเปิดเผยข้อมูลและการป้องกันการทุจริต"), bold=True)
    body(doc, th("เพื่อให้การเปิดเผยข้อมูลตามข้อ ๑ เป็นไปอย่างครบถ้วนและเป็นปัจจุบัน เทศบาลกำหนดมาตรการ ดังนี้"))
    measures = []
    for heading, ind, items in Z2_GROUPS:
        p = _para(doc, th(heading), bold=True)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_before = Pt(3)
        for num, title, period, owner, owners, start, end in items:
            text = f"{num} {title}" + (f" ({period})" if period else "") + f" – {owner}"
            q = _para(doc, th(text))
            q.paragraph_format.left_indent = Cm(2.2)
            q.paragraph_format.first_line_indent = Cm(-0.9)
            measures.append(M(th(title), owners, ind=ind, start=start, end=end))
    _para(doc, "")
    body(doc, th("ให้ผู้รับผิดชอบรายงานผลการดำเนินงานต่อนายกเทศมนตรีทุก 3 เดือน ผ่านสำนักปลัดเทศบาล"))
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:18] + "ผู้จัดทำ", f"({Z2_CLERK[0]})", Z2_CLERK[3]],
                    ["ลงชื่อ" + DOTS[:18] + "ผู้อนุมัติ", "(นายประเสริฐ อ่อนละมัย)", f"นายกเทศมนตรีตำบลบ้านโคกทอง"]],
              [8.7, 8.7])
    facts = {
        "notes": "A municipality's OIT publication list followed by measures, Tlwg Typo 11-14 (a typewriter face), "
                 "Thai digits (item codes O1-O20 keep Latin digits), portrait. Scores: the opening paragraph's ITA "
                 "2568 overall 82.64 (B) and the OIT tool 76.25 (no rating printed for it). Not scores: the item "
                 "codes O1-O20 (items named without figures; 'O11 และ O15' are the missing items), 'รอบ ๖ เดือน', "
                 "'ทุก ๓ เดือน', the row numbers ๑-๒๐. Measure judgement for section ๑ (the table 'ข้อ | รายการข้อมูล "
                 "| ผู้รับผิดชอบ | กำหนดเผยแพร่'): NONE of its twenty rows is a measure -- each row names an OIT "
                 "DATA ITEM (a noun: 'โครงสร้าง', 'ข้อมูลผู้บริหาร', 'E-Service'...), the unit that keeps it and "
                 "when it goes on the website; it is the evidence checklist (as the blind18 u2 self-assessment "
                 "and the blind11 l4 audit table, whose ผู้รับผิดชอบ columns name keepers, not owners of "
                 "measures), and its กำหนดเผยแพร่ cells (ภายใน ต.ค. ๖๘, ทุกเดือน, ภายในวันที่ ๑๐ ของเดือนถัดไป...) "
                 "are publication deadlines of items, not periods of measures. A reader turning the rows into "
                 "measures scores twenty extras (and their owners). Measures: the seven numbered sub-items "
                 "'๑.๑'...'๓.๒' of section ๒; the three bold group headings '๑. มาตรการ... (ตัวชี้วัดที่ n)' are "
                 "groups (as the merged มาตรการ cells of blind13 n3), not measures; indicator_no from the group's "
                 "tag (9 for ๑.๑-๑.๓, 2 for ๒.๑-๒.๒, 4 for ๓.๑-๓.๒). Each line is '<number> <title> (<period>) – "
                 "<owner>': title = the text between the number and the bracketed period (or, for ๑.๒ which has no "
                 "period, before the dash); the owner is what follows the LAST ' – ' of the line (the en dash in "
                 "'(ม.ค. – มี.ค. ๒๕๖๙)' and '(ธ.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙)' is a range inside the period, and the hyphen "
                 "of 'ยืม-คืน' is inside a title; 'O1 – O20' inside ๑.๓'s title is an item range). Periods: 'ต.ค. "
                 "๒๕๖๘' 2025-10-01..2025-10-31; ๑.๒ none ('ทุกไตรมาส' in its title is a rhythm); 'ม.ค. – มี.ค. "
                 "๒๕๖๙' 2026-01-01..2026-03-31; 'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; 'ภายใน ๓๐ เม.ย. "
                 "๒๕๖๙' a deadline (end 2026-04-30 only); 'พ.ย. ๒๕๖๘' 2025-11-01..2025-11-30; 'ธ.ค. ๒๕๖๘ – ม.ค. "
                 "๒๕๖๙' 2025-12-01..2026-01-31. The lead-in of section ๒ gives no period. Owners: 'สำนักปลัดเทศบาล', "
                 "'กองคลัง' org units; 'นางสาวสุนิสา พึ่งทอง นักวิชาการคอมพิวเตอร์ปฏิบัติการ' one person (น.ส./name/"
                 "position); 'งานประชาสัมพันธ์ สำนักปลัดเทศบาล' and 'งานการเจ้าหน้าที่ สำนักปลัดเทศบาล' one org unit "
                 "each (section within office, as blind8 i2); 'กองคลัง และกองยุทธศาสตร์และงบประมาณ' TWO org units "
                 "(the first 'และ' after the space separates; the second is inside the division's name); "
                 "'ผู้อำนวยการกองช่าง' a position. The closing sentence (report to the mayor every ๓ months) is "
                 "monitoring, not a measure. People: ผู้จัดทำ and ผู้อนุมัติ side by side (role after the dots); "
                 "the ผู้จัดทำ is also ๑.๒'s owner.",
        "scores": [S("overall", 82.64, 2568, rating="B"), S("tool", 76.25, 2568, "OIT")],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "น.ส.", Z2_CLERK[2], Z2_CLERK[3]),
                   P("ผู้อนุมัติ", "นาย", "ประเสริฐ อ่อนละมัย", "นายกเทศมนตรีตำบลบ้านโคกทอง")],
        "findings": [],
    }
    document = {
        "unit": Z2_UNIT, "unit_type": "municipality", "province": "สุพรรณบุรี", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("แผนการเผยแพร่ข้อมูลต่อสาธารณะและมาตรการเพื่อขับเคลื่อนการเปิดเผยข้อมูล ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 publication list and measures of a subdistrict municipality. Title = the first two "
                 "heading lines; the third names the unit, district and province (สุพรรณบุรี). doc_type measures "
                 "(its records are the section-๒ measures; the OIT list is a plan of publication, 'other' arguable).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ z3

Z3_UNIT = "องค์การบริหารส่วนตำบลโนนสำราญทอง"
Z3_ITEMS = [  # text, indicator
    ("จัดทำแนวทางปฏิบัติการไม่รับสินบน ของขวัญ และประโยชน์อื่นใด แจ้งเวียนให้บุคลากรทุกคนลงนามรับทราบ", None),
    ("กำชับให้บุคลากรทุกระดับไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ "
     "ทั้งก่อนและหลังการปฏิบัติหน้าที่", None),
    ("จัดให้มีช่องทางแจ้งเบาะแสการเรียกรับสินบน ได้แก่ กล่องรับความคิดเห็น โทรศัพท์หมายเลข 0 4581 6234 "
     "เว็บไซต์ และเฟซบุ๊กขององค์การบริหารส่วนตำบล พร้อมคุ้มครองผู้แจ้งเบาะแสมิให้ได้รับความเดือดร้อน", None),
    ("กำหนดให้งานบริการที่มีความเสี่ยง ได้แก่ การขออนุญาตก่อสร้างอาคาร การชำระภาษีที่ดินและสิ่งปลูกสร้าง "
     "และการจัดซื้อจัดจ้าง ต้องมีผู้ตรวจสอบอย่างน้อย 2 คนในทุกขั้นตอน", None),
    ("เผยแพร่ขั้นตอน ระยะเวลา และค่าธรรมเนียมการให้บริการ ณ จุดให้บริการและบนเว็บไซต์ "
     "ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", 9),
    ("ประเมินความเสี่ยงการรับสินบนในกระบวนงานที่ให้บริการ และรายงานผลการดำเนินงานตามมาตรการนี้ต่อ"
     "นายกองค์การบริหารส่วนตำบลทุก 6 เดือน", None),
]


def z3():
    doc = tight(new_doc("Garuda", 12, landscape=False, margin=1.6), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.3)
    centre(doc, f"ประกาศ{Z3_UNIT}", bold=True, size=14)
    centre(doc, "เรื่อง มาตรการป้องกันการรับสินบน", bold=True, size=14)
    centre(doc, "---------------------------------------")
    body(doc, "ตามพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128 ห้ามมิให้"
              "เจ้าหน้าที่ของรัฐรับทรัพย์สินหรือประโยชน์อื่นใดจากบุคคลนอกเหนือจากที่กฎหมายกำหนด ประกอบกับผลการ"
              f"ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 {Z3_UNIT} "
              "อำเภอกันทรลักษ์ จังหวัดศรีสะเกษ ได้ 86.42 คะแนน อยู่ในระดับ A แต่แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้เพียง 81.20 คะแนน "
              "ซึ่งสะท้อนว่าบุคลากรบางส่วนยังรับรู้ถึงความเสี่ยงในการเรียกรับประโยชน์จากผู้มาติดต่อ")
    body(doc, f"เพื่อป้องกันมิให้บุคลากรของ{Z3_UNIT}เรียก รับ หรือยอมจะรับสินบนไม่ว่ารูปแบบใด "
              "จึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้")
    for i, (text, _ind) in enumerate(Z3_ITEMS, 1):
        body(doc, f"{i}. {text}", first=0, left=1.25).paragraph_format.first_line_indent = Cm(0)
    body(doc, "ให้สำนักปลัดเป็นผู้รับผิดชอบดำเนินการตามมาตรการข้างต้น และกำกับติดตามให้บุคลากรทุกกองถือปฏิบัติ"
              "โดยเคร่งครัด")
    body(doc, "จึงประกาศให้ทราบโดยทั่วกัน")
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    p = _para(doc, "ประกาศ ณ วันที่ 3 พฤศจิกายน พ.ศ. 2568")
    p.paragraph_format.left_indent = Cm(5.5)
    p.paragraph_format.space_before = Pt(4)
    _para(doc, "")
    sig_table(doc, [[], ["(นายสมบูรณ์ ทองมาก)", f"นายก{Z3_UNIT}"]], [5.0, 11.6])
    owner = [O(org="สำนักปลัด")]
    measures = [M(text, owner, ind=ind) for text, ind in Z3_ITEMS]
    facts = {
        "notes": "One-page announcement (ประกาศ ... เรื่อง มาตรการป้องกันการรับสินบน), Garuda 12-14, Arabic digits. "
                 "Scores: ITA 2568 overall 86.42 (A) and the IIT tool 81.20 (2568, no rating) in the preamble. Not "
                 "scores: 'พ.ศ. 2561 มาตรา 128' (an act and its section), the phone 0 4581 6234, '2 คน', 'ทุก 6 "
                 "เดือน', the date. Measures: the six numbered paragraphs (the document announces them as the "
                 "มาตรการ; as the clauses of the blind8 i2 announcement, where the bribery clause that only binds "
                 "staff is still a measure); title = the paragraph without its number; only ๕ names an indicator "
                 "('ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล': 9, the phrase kept in the title); the others null ('IIT' in "
                 "the preamble is a tool and ties no measure). Owner judgement: no paragraph names an owner, but "
                 "the closing sentence 'ให้สำนักปลัดเป็นผู้รับผิดชอบดำเนินการตามมาตรการข้างต้น' assigns ALL of them "
                 "to one office; like a lead-in period that governs the whole list (blind16 s4) or an owner cell "
                 "merged over all rows (blind13 n3), it is each measure's owner: org unit 'สำนักปลัด' on every one "
                 "of the six (six owners in the multiset). Its second half ('กำกับติดตามให้บุคลากรทุกกองถือปฏิบัติ') "
                 "is supervision, not another measure, and 'บุคลากรทุกกอง' is not an owner. The นายก อบต. in ๖ is "
                 "whom reports go to, not an owner. Periods: NONE -- no paragraph has one; 'ทั้งนี้ ตั้งแต่บัดนี้"
                 "เป็นต้นไป' is the announcement's effective date and 'ประกาศ ณ วันที่ 3 พฤศจิกายน พ.ศ. 2568' its "
                 "date (as blind8 i2: the effective date is not a measure period), 'ทุก 6 เดือน' a reporting rhythm: "
                 "start and end null throughout. People: the นายก อบต. who signs (no ลงชื่อ line and no role printed: "
                 "ผู้ลงนาม; position = the line under the name).",
        "scores": [S("overall", 86.42, 2568, rating="A"), S("tool", 81.20, 2568, "IIT")],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาย", "สมบูรณ์ ทองมาก", f"นายก{Z3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": Z3_UNIT, "unit_type": "subdistrict_admin", "province": "ศรีสะเกษ", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": f"ประกาศ{Z3_UNIT} เรื่อง มาตรการป้องกันการรับสินบน",
        "notes": "Announcement dated 3 พ.ย. 2568 (FY 2569). Title = the two centred heading lines (the เรื่อง line "
                 "alone is acceptable). doc_type measures (an announcement of measures, as blind8 i2 / blind13 n3). "
                 "Province from the preamble ('... อำเภอกันทรลักษ์ จังหวัดศรีสะเกษ ได้ 86.42 คะแนน'), the only place "
                 "it is written.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ z4

Z4_UNIT = "โรงเรียนบ้านดงเย็นทอง"
Z4_TEACHER = ("นางสาวกนกพร ศรีประเสริฐ", "น.ส.", "กนกพร ศรีประเสริฐ", "ครูชำนาญการ")
# title, indicator tag or None, target, owner cell, owners, quarters, remark
Z4_ROWS = [
    ("มาตรการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์โรงเรียน", 9, "(ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)",
     "ข้อมูลครบถ้วนร้อยละ 100", f"{Z4_TEACHER[0]}\n{Z4_TEACHER[3]}", [O(Z4_TEACHER[1], Z4_TEACHER[2], Z4_TEACHER[3])],
     ("100%", "100%", "80%", "-"), "ปรับปรุงหน้าเว็บไซต์ใหม่"),
    ("มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)", None, None,
     "บุคลากรลงนามรับทราบครบทุกคน", "ผู้อำนวยการโรงเรียน", [O(pos="ผู้อำนวยการโรงเรียน")],
     ("100%", "100%", "100%", "-"), "แล้วเสร็จ"),
    ("กิจกรรมโรงเรียนสุจริต ค่ายเยาวชนคนดีมีวินัย", 1, "(ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่)",
     "นักเรียนเข้าร่วม 120 คน", "กลุ่มบริหารงานวิชาการ", [O(org="กลุ่มบริหารงานวิชาการ")],
     ("-", "50%", "100%", "-"), "จัดค่าย 12–13 ก.พ. 69"),
    ("มาตรการควบคุมการยืมพัสดุและการใช้ทรัพย์สินของทางราชการ", 4, "(ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ)",
     "ตรวจสอบทะเบียน 4 ครั้ง/ปี", "งานพัสดุ กลุ่มบริหารงานงบประมาณ", [O(org="งานพัสดุ กลุ่มบริหารงานงบประมาณ")],
     ("25%", "50%", "75%", "-"), ""),
    ("มาตรการเปิดเผยการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้าง", 2, "(ตัวชี้วัดที่ 2 การใช้งบประมาณ)",
     "เผยแพร่ 12 ครั้ง/ปี", "กลุ่มบริหารงานงบประมาณ", [O(org="กลุ่มบริหารงานงบประมาณ")],
     ("25%", "50%", "75%", "-"), ""),
    ("มาตรการรับฟังความคิดเห็นของผู้ปกครองและปรับปรุงการให้บริการ", 8, "(ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน)",
     "ความพึงพอใจร้อยละ 85", "รองผู้อำนวยการโรงเรียน\nกลุ่มบริหารงานทั่วไป",
     [O(pos="รองผู้อำนวยการโรงเรียน"), O(org="กลุ่มบริหารงานทั่วไป")], ("-", "-", "50%", "-"),
     "สำรวจรอบที่ 1 แล้ว"),
]


def z4():
    doc = tight(new_doc("Purisa", 12, landscape=True, margin=1.3), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.0)
    centre(doc, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา", bold=True, size=14)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 9 เดือน ข้อมูล ณ วันที่ 30 มิถุนายน 2569)"), bold=True, size=13)
    centre(doc, th(f"{Z4_UNIT} สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 3"), size=12)
    centre(doc, th("(ผลการประเมิน ITA ของโรงเรียน ปีงบประมาณ พ.ศ. 2568 ได้ 89.75 คะแนน ระดับ A)"), size=11)
    qs = ["ไตรมาส 1\n(ต.ค.–ธ.ค. 68)", "ไตรมาส 2\n(ม.ค.–มี.ค. 69)", "ไตรมาส 3\n(เม.ย.–มิ.ย. 69)",
          "ไตรมาส 4\n(ก.ค.–ก.ย. 69)"]
    head0 = ["ที่", "มาตรการ/กิจกรรม", "ค่าเป้าหมาย", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "", "", "",
             "หมายเหตุ"]
    head1 = ["", "", "", ""] + qs + [""]
    rows = [[th(c) for c in head0], [th(c) for c in head1]]
    for i, r in enumerate(Z4_ROWS, 1):
        title = r[0] + (f" {r[2]}" if r[2] else "")
        rows.append([th(str(i)), th(title), th(r[3]), r[4]] + [th(q) for q in r[6]] + [th(r[7])])
    n = len(Z4_ROWS)
    avg = []
    for k in range(4):
        vals = [float(r[6][k].rstrip("%")) if r[6][k] != "-" else 0.0 for r in Z4_ROWS]
        avg.append("-" if all(r[6][k] == "-" for r in Z4_ROWS) else f"{sum(vals) / n:.2f}%")
    rows.append(["ร้อยละความสำเร็จเฉลี่ย", "", "", ""] + [th(a) for a in avg] + [""])
    widths = [0.8, 6.9, 2.9, 3.8, 2.5, 2.5, 2.5, 2.5, 2.3]
    t = table(doc, rows, widths, header_rows=2, centre_cols=(0, 4, 5, 6, 7), fill="FFF2CC")
    # merged header: 'ผลการดำเนินงาน' over the four quarters, the other header cells merged down
    a = t.cell(0, 4).merge(t.cell(0, 7))
    _centre_cell(a, "ผลการดำเนินงาน", bold=True)
    for c in (0, 1, 2, 3, 8):
        m = t.cell(0, c).merge(t.cell(1, c))
        _centre_cell(m, th(head0[c]), bold=True)
    last = len(rows) - 1
    s = t.cell(last, 0).merge(t.cell(last, 3))
    _centre_cell(s, "ร้อยละความสำเร็จเฉลี่ย", bold=True)
    size_all(t, 9.5)
    for c in range(4, 8):
        for p in t.cell(1, c).paragraphs:
            for r in p.runs:
                r.font.size = Pt(9)
    keep_rows(t)
    sized(doc, th("หมายเหตุ  ร้อยละในแต่ละไตรมาสคือความก้าวหน้าสะสมของการดำเนินงาน  เครื่องหมาย - หมายถึงยังไม่มีการดำเนินงาน"
                  "หรือยังไม่ถึงรอบรายงาน"), 10, before=3, after=2)
    sized(doc, th("สรุป ดำเนินการแล้วเสร็จ 2 มาตรการ อยู่ระหว่างดำเนินการ 4 มาตรการ"), 10, after=2)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้รายงาน", f"({Z4_TEACHER[0]})", Z4_TEACHER[3],
                     th("วันที่ 8 กรกฎาคม 2569")],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้รับรองข้อมูล", "(นายอุดม ภูผาทอง)", f"ผู้อำนวยการ{Z4_UNIT}",
                     th("วันที่ 8 กรกฎาคม 2569")]], [13.3, 13.3])
    size_all(doc.tables[-1], 10)
    measures = [M(th(r[0]), r[5], ind=r[1]) for r in Z4_ROWS]
    facts = {
        "notes": "Quarterly progress table of a primary school, landscape, Purisa 9-14, Thai digits. Header on TWO "
                 "rows: 'ผลการดำเนินงาน' merged across four columns over 'ไตรมาส ๑ (ต.ค.–ธ.ค. ๖๘)' ... 'ไตรมาส ๔ "
                 "(ก.ค.–ก.ย. ๖๙)'; ที่ / มาตรการ/กิจกรรม / ค่าเป้าหมาย / ผู้รับผิดชอบ / หมายเหตุ merged down over "
                 "both rows. Measures: the six numbered rows (the last row 'ร้อยละความสำเร็จเฉลี่ย' is a total). "
                 "Title = the มาตรการ/กิจกรรม cell WITHOUT the trailing bracketed indicator tag '(ตัวชี้วัดที่ n "
                 "<name>)' (a title keeping it matches by prefix); the tag gives indicator_no: 9, null (No Gift "
                 "Policy names none), 1, 4, 2, 8. Period judgement: the quarter cells hold PROGRESS percentages "
                 "('๑๐๐%', '๕๐%', '๒๕%') or '-' under a header that says ผลการดำเนินงาน, and the footnote says '-' "
                 "means not done yet or not reported yet (the report is as of ๓๐ มิ.ย. ๒๕๖๙, so ไตรมาส ๔ is '-' "
                 "everywhere); as blind16 s2 (status cells) and blind19 v3 (percentage cells), progress is not the "
                 "plan and gives no period: start and end null for all six. The quarter month ranges in the header, "
                 "the reporting round 'รอบ ๙ เดือน ข้อมูล ณ วันที่ ๓๐ มิถุนายน ๒๕๖๙', the camp date 'จัดค่าย ๑๒–๑๓ "
                 "ก.พ. ๖๙' in a หมายเหตุ cell (a result) and the signature dates are not measure periods. Owners: "
                 "'นางสาวกนกพร ศรีประเสริฐ' over 'ครูชำนาญการ' one person (น.ส.); 'ผู้อำนวยการโรงเรียน' a position; "
                 "'กลุ่มบริหารงานวิชาการ', 'กลุ่มบริหารงานงบประมาณ' org units; 'งานพัสดุ กลุ่มบริหารงานงบประมาณ' "
                 "one org unit (section within group, as blind8 i2); 'รองผู้อำนวยการโรงเรียน' over 'กลุ่มบริหาร"
                 "งานทั่วไป' a position and an org unit. Scores: only ITA 2568 overall 89.75 (A) in the bracketed "
                 "line under the heading. NOT scores: the quarter percentages, the average row (๔๑.๖๗%, ๕๘.๓๓%, "
                 "๘๐.๐๐%), the targets (ร้อยละ ๑๐๐ / ๘๕, ๑๒๐ คน, ๔ และ ๑๒ ครั้ง/ปี), the summary counts (๒ / ๔ "
                 "มาตรการ), 'เขต ๓'. People: ผู้รายงาน and ผู้รับรองข้อมูล side by side (role after the dots; the "
                 "ผู้รายงาน is also row ๑'s owner).",
        "scores": [S("overall", 89.75, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", Z4_TEACHER[2], Z4_TEACHER[3]),
                   P("ผู้รับรองข้อมูล", "นาย", "อุดม ภูผาทอง", f"ผู้อำนวยการ{Z4_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": Z4_UNIT, "unit_type": "school", "province": "อุดรธานี", "fiscal_year": 2569, "doc_type": "measures",
        "title": th("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา ประจำปีงบประมาณ "
                    "พ.ศ. 2569"),
        "notes": "Nine-month progress report (data as of 30 มิ.ย. 2569) on FY 2569 measures, signed 8 ก.ค. 2569. "
                 "Title = the first heading line and the year part of the second (the bracketed round / data date "
                 "is not part of it; the first line alone is acceptable), as blind16 s2. doc_type measures (a "
                 "progress report on measures; kpi_report arguable). Province from the parent office named in the "
                 "third line (สพป.อุดรธานี เขต ๓).",
    }
    return doc, facts, document


REPORTS = {
    "z1_hospital_analysis_tool_rows_three_years_signed_diff_kham_khuean_kaeo_thong": z1,
    "z2_oit_publication_list_then_dash_owner_subitems_ban_khok_thong": z2,
    "z3_bribery_announcement_closing_owner_sentence_non_samran_thong": z3,
    "z4_school_quarter_percent_progress_merged_header_dong_yen_thong": z4,
}


def main() -> None:
    build_reports(HERE, REPORTS, prepare=_cs_sizes)


if __name__ == "__main__":
    main()
