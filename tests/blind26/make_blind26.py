#!/usr/bin/env python3
"""Build the blind-26 reports (tests/blind26/d26_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py, tests/blind19/make_blind19.py and
tests/blind23/make_blind23.py (`_cs_sizes`, so that LibreOffice sizes and bolds the Thai runs), as
tests/blind24/make_blind24.py does. Units, people and figures are invented (provinces and districts are real).

  d26_1  ที่ว่าการอำเภอภูหลวงเหนือ (เลย)          five-year ITA history: table with one ROW per fiscal year
                                              (๒๕๖๔ ... ๒๕๖๘) and columns IIT | EIT | OIT | คะแนนรวม | ระดับ,
                                              a line chart (a picture without text) with its caption repeating
                                              the lowest and highest overall, a paragraph comparing the last
                                              year with the first ('เพิ่มขึ้น ๖.๒๕ คะแนน') and with the
                                              province's district average (not the unit's score), then three
                                              numbered measures in running text 'โดยมอบหมายให้<owner>
                                              ดำเนินการ<period>'; Laksaman 14-16, Thai digits, portrait
  d26_2  เทศบาลเมืองท่าบ่อเหนือ (หนองคาย)           complaints-centre statistics of FY 2568: channels, types (with
                                              ร้อยละแล้วเสร็จ and average days) and a twelve-month table, a
                                              satisfaction survey '๔.๓๘ จาก ๕ คะแนน', year-on-year change; ONE
                                              ITA figure (indicator 5, 2568) near the end and two improvement
                                              measures with 'ผู้รับผิดชอบ' / deadline lines; precision test;
                                              Waree 10-12, Arabic digits, portrait
  d26_3  องค์การบริหารส่วนตำบลศาลาลัยใต้ (ประจวบคีรีขันธ์) form 'แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการ
                                              ทุจริต ... (รอบ ๖ เดือน)': a 2-column key/value header table
                                              (ชื่อหน่วยงาน | ..., ผู้ประสานงาน | name / post / phone / e-mail in
                                              one cell), then the plan table 'ที่ | โครงการ/กิจกรรม | งบประมาณ
                                              ที่ได้รับ | งบประมาณที่ใช้ไป | ผลการดำเนินงาน (three narrow ✓
                                              columns) | ระยะเวลา | หมายเหตุ' with merged 'มิติที่ n' rows and a
                                              รวม row; the owner only in some หมายเหตุ cells ('กองคลัง
                                              รับผิดชอบ'); Garuda 10-13, Arabic digits, landscape
  d26_4  โรงพยาบาลท่าแซะเหนือ (ชุมพร)              'ประกาศ ... เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการ
                                              ปฏิบัติหน้าที่ (No Gift Policy)': six numbered policy clauses
                                              (rules of conduct, not measures), signed by the director; page 2
                                              an attached table 'แนวทางการขับเคลื่อนนโยบาย' with four
                                              activities, each with owner (กลุ่มงาน) and period; Kinnari 13-16,
                                              Thai digits, portrait

    .venv/bin/python tests/blind26/make_blind26.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, body, build_reports, centre, merge_row, shade,  # noqa: E402,F401
                          sig_table, table, th, tight)

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized, weighted  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind23"))
from make_blind23 import _band, _centre_cell, _cs_sizes  # noqa: E402,F401



def _centre_cols(t, cols, rows_from=0):
    for r, row in enumerate(t.rows):
        if r < rows_from:
            continue
        for c in cols:
            for p in row.cells[c].paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------------------------------------ d26_1

D1_UNIT = "ที่ว่าการอำเภอภูหลวงเหนือ"
# year: (IIT, EIT, OIT)
D1_YEARS = {2564: (84.30, 80.10, 81.25), 2565: (85.10, 80.47, 81.50), 2566: (86.72, 79.85, 77.00),
            2567: (88.36, 83.60, 86.50), 2568: (91.24, 85.66, 87.50)}
D1_OVERALL = {y: weighted(*v) for y, v in D1_YEARS.items()}   # 81.82 82.27 80.77 86.19 88.07
D1_PROV_AVG = 88.92   # average of the province's district offices -- not this unit's score
# printed item, gold title, owners, ind, start, end
D1_MEASURES = [
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของอำเภอให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT (ตัวชี้วัดที่ 9 "
     "การเปิดเผยข้อมูล) โดยมอบหมายให้ฝ่ายบริหารงานทั่วไปดำเนินการระหว่างเดือนตุลาคม – ธันวาคม 2568",
     "ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของอำเภอให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT",
     [O(org="ฝ่ายบริหารงานทั่วไป")], 9, "2025-10-01", "2025-12-31"),
    ("สำรวจความคิดเห็นของผู้มารับบริการ ณ ศูนย์บริการร่วมของอำเภอทุกไตรมาส และนำผลมาปรับปรุงการสื่อสารและ"
     "ขั้นตอนการให้บริการ เพื่อยกระดับคะแนน EIT โดยมอบหมายให้กลุ่มงานทะเบียนและบัตรร่วมกับศูนย์ดำรงธรรม"
     "อำเภอภูหลวงเหนือดำเนินการตลอดปีงบประมาณ พ.ศ. 2569",
     "สำรวจความคิดเห็นของผู้มารับบริการ ณ ศูนย์บริการร่วมของอำเภอทุกไตรมาส และนำผลมาปรับปรุงการสื่อสารและ"
     "ขั้นตอนการให้บริการ",
     [O(org="กลุ่มงานทะเบียนและบัตร"), O(org="ศูนย์ดำรงธรรมอำเภอภูหลวงเหนือ")], None, "2025-10-01", "2026-09-30"),
    ("จัดอบรมข้าราชการและลูกจ้างเรื่องการป้องกันผลประโยชน์ทับซ้อนและการใช้ทรัพย์สินของราชการอย่างถูกต้อง "
     "(ตัวชี้วัดที่ 4) โดยมอบหมายให้นางสาวกัญญารัตน์ สีดา เจ้าพนักงานปกครองชำนาญการ ดำเนินการให้แล้วเสร็จ"
     "ภายในวันที่ 31 มีนาคม 2569",
     "จัดอบรมข้าราชการและลูกจ้างเรื่องการป้องกันผลประโยชน์ทับซ้อนและการใช้ทรัพย์สินของราชการอย่างถูกต้อง",
     [O("น.ส.", "กัญญารัตน์ สีดา", "เจ้าพนักงานปกครองชำนาญการ")], 4, None, "2026-03-31"),
]


def _d1_chart() -> io.BytesIO:
    """A line chart of the five overall scores, drawn WITHOUT any text (no labels, ticks or legend): the
    figures are in the table and the caption, the picture only shows the trend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.0, 2.1), dpi=110)
    xs = list(D1_OVERALL)
    ax.plot(xs, [D1_OVERALL[x] for x in xs], marker="o", color="#1F4E79", linewidth=2)
    for k, tool in enumerate(("IIT", "EIT", "OIT")):
        ax.plot(xs, [D1_YEARS[x][k] for x in xs], marker=".", linestyle="--", linewidth=1,
                color=("#70AD47", "#ED7D31", "#A5A5A5")[k])
    ax.set_ylim(70, 100)
    ax.grid(True, axis="y", color="#DDDDDD")
    ax.set_xticks(xs)
    ax.set_xticklabels([])
    ax.set_yticklabels([])
    ax.tick_params(length=0)
    for s in ("top", "right"):
        ax.spines[s].set_visible(False)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    buf.seek(0)
    return buf


def d1():
    doc = tight(new_doc("Laksaman", 15, landscape=False, margin=2.0), after=1)
    centre(doc, th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ย้อนหลัง 5 ปี"),
           bold=True, size=16)
    centre(doc, th("(ปีงบประมาณ พ.ศ. 2564 – 2568)"), bold=True, size=16)
    centre(doc, f"{D1_UNIT} จังหวัดเลย", bold=True, size=15)
    body(doc, th(f"{D1_UNIT}ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ตามที่สำนักงาน ป.ป.ช. กำหนดอย่างต่อเนื่องตั้งแต่ปีงบประมาณ พ.ศ. 2564 เป็นต้นมา เพื่อให้เห็น"
                 "แนวโน้มของผลการประเมินและนำไปใช้ปรับปรุงการดำเนินงาน จึงสรุปผลการประเมินย้อนหลัง 5 ปี ดังนี้"))
    sized(doc, th("ตารางที่ 1  ผลการประเมิน ITA รายเครื่องมือและภาพรวม ปีงบประมาณ พ.ศ. 2564 – 2568"), 14, bold=True,
          before=4, after=2)
    rows = [["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"]]
    for y, (i, e, o) in D1_YEARS.items():
        rows.append([th(str(y)), th(f"{i:.2f}"), th(f"{e:.2f}"), th(f"{o:.2f}"), th(f"{D1_OVERALL[y]:.2f}"),
                     _band(D1_OVERALL[y])])
    t = table(doc, rows, [3.4, 2.4, 2.4, 2.4, 2.9, 1.9], centre_cols=(0, 1, 2, 3, 4, 5), fill="DDEBF7")
    size_all(t, 14)
    keep_rows(t)
    sized(doc, th("หมายเหตุ  คะแนนรวม = IIT × 0.30 + EIT × 0.30 + OIT × 0.40 (ผ่านเกณฑ์ที่ 85 คะแนนขึ้นไป)"), 12,
          before=2, after=6)
    doc.add_picture(_d1_chart(), width=Cm(12.5))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sized(doc, th(f"แผนภูมิที่ 1  แนวโน้มผลคะแนน ITA ของ{D1_UNIT} ปีงบประมาณ พ.ศ. 2564 – 2568 "
                  f"(ต่ำสุดปี 2566 = {D1_OVERALL[2566]:.2f} คะแนน, สูงสุดปี 2568 = {D1_OVERALL[2568]:.2f} คะแนน)"),
          12, align=WD_ALIGN_PARAGRAPH.CENTER, before=2, after=6)
    diff = D1_OVERALL[2568] - D1_OVERALL[2564]
    body(doc, th(f"จากตารางที่ 1 และแผนภูมิที่ 1 ผลการประเมินของอำเภอในปีงบประมาณ พ.ศ. 2568 ได้ "
                 f"{D1_OVERALL[2568]:.2f} คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2564 ซึ่งเป็นปีแรกของ"
                 f"การเปรียบเทียบ {diff:.2f} คะแนน และเพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 "
                 f"{D1_OVERALL[2568] - D1_OVERALL[2567]:.2f} คะแนน โดยผ่านเกณฑ์ 85 คะแนนติดต่อกันเป็นปีที่สอง "
                 f"ทั้งนี้ ปีงบประมาณ พ.ศ. 2566 คะแนน OIT ลดลงเหลือ {D1_YEARS[2566][2]:.2f} คะแนน เนื่องจาก"
                 "เว็บไซต์ของอำเภอขัดข้องในช่วงการตรวจประเมิน"))
    body(doc, th(f"อย่างไรก็ดี เมื่อเทียบกับค่าเฉลี่ยของที่ว่าการอำเภอในจังหวัดเลย (14 อำเภอ) ปีงบประมาณ "
                 f"พ.ศ. 2568 ซึ่งเท่ากับ {D1_PROV_AVG:.2f} คะแนน อำเภอยังต่ำกว่าค่าเฉลี่ยจังหวัด "
                 f"{D1_PROV_AVG - D1_OVERALL[2568]:.2f} คะแนน และคะแนน EIT ({D1_YEARS[2568][1]:.2f} คะแนน) "
                 "ยังต่ำที่สุดในสามเครื่องมือ"))
    body(doc, th("เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 ให้ไม่ต่ำกว่า 90 คะแนน อำเภอจึงกำหนดมาตรการ "
                 "3 ประการ ดังนี้"))
    for k, (text, *_rest) in enumerate(D1_MEASURES, 1):
        body(doc, th(f"({k}) {text}"), first=1.25)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้รายงาน", "(นายพงศกร ศรีบุญเรือง)",
                     "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้รับรอง", "(นายวิโรจน์ ทองมา)", f"นายอำเภอภูหลวงเหนือ"]], [8.5, 8.5])
    scores = []
    for y, (i, e, o) in D1_YEARS.items():
        scores += [S("tool", i, y, "IIT"), S("tool", e, y, "EIT"), S("tool", o, y, "OIT"),
                   S("overall", D1_OVERALL[y], y, rating=_band(D1_OVERALL[y]))]
    measures = [M(th(g), owners, ind=ind, start=s, end=e) for _, g, owners, ind, s, e in D1_MEASURES]
    facts = {
        "notes": "Five-year ITA history of a district office (Laksaman 12-16, Thai digits, portrait). Table 1 has "
                 "one ROW per fiscal year (๒๕๖๔ ... ๒๕๖๘, the year in the first cell) and columns IIT | EIT | OIT | "
                 "คะแนนรวม | ระดับ: each row gives three tool scores and the overall with its rating, all for THAT "
                 "row's fiscal year: 5 x 4 = 20 scores (overall 81.82 B, 82.27 B, 80.77 B, 86.19 A, 88.07 A; "
                 "0.3/0.3/0.4 of the tools, as the หมายเหตุ line under the table says). Repeats, counted ONCE: the "
                 "chart caption's 'ต่ำสุดปี ๒๕๖๖ = ๘๐.๗๗' and 'สูงสุดปี ๒๕๖๘ = ๘๘.๐๗', the paragraph's 2568 "
                 "overall ๘๘.๐๗ (A), the 2566 OIT ๗๗.๐๐ and the 2568 EIT ๘๕.๖๖. The chart itself is a picture "
                 "with no text. Not scores: the differences 'เพิ่มขึ้น ... ๖.๒๕ คะแนน' (2568 minus 2564) and "
                 "'๑.๘๘ คะแนน' (2568 minus 2567) and 'ต่ำกว่าค่าเฉลี่ยจังหวัด ๐.๘๕ คะแนน'; the province's "
                 "average '๘๘.๙๒' is an average over OTHER units (the ๑๔ district offices of เลย, as blind24 a3's "
                 "province/national averages and blind14 p1's sub-unit average): not this unit's score; the "
                 "weights ๐.๓๐/๐.๓๐/๐.๔๐, the pass mark '๘๕ คะแนน', the FY 2569 target 'ไม่ต่ำกว่า ๙๐ คะแนน', the "
                 "counts '๕ ปี', '๑๔ อำเภอ', '๓ ประการ', the numbers of 'ตารางที่ ๑' / 'แผนภูมิที่ ๑'. Measures: the three numbered '(๑)-(๓)' paragraphs after "
                 "'อำเภอจึงกำหนดมาตรการ ๓ ประการ ดังนี้', each ONE sentence 'action ... โดยมอบหมายให้<owner>"
                 "ดำเนินการ<period>'. Title = the action before 'โดยมอบหมายให้', without the bracketed indicator "
                 "tag and (for (๒)) without the purpose clause 'เพื่อยกระดับคะแนน EIT' (gold is a prefix of the "
                 "printed text). indicator_no: (๑) '(ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)' 9; (๒) names only the EIT "
                 "tool: null; (๓) '(ตัวชี้วัดที่ ๔)' 4. Owners (between 'โดยมอบหมายให้' and 'ดำเนินการ'): "
                 "'ฝ่ายบริหารงานทั่วไป' an org unit; 'กลุ่มงานทะเบียนและบัตรร่วมกับศูนย์ดำรงธรรมอำเภอภูหลวงเหนือ' "
                 "two org units joined by 'ร่วมกับ' (as blind7 h1); 'นางสาวกัญญารัตน์ สีดา เจ้าพนักงานปกครอง"
                 "ชำนาญการ' one person (น.ส./name/position). Periods (FY 2569): 'ระหว่างเดือนตุลาคม – ธันวาคม "
                 "๒๕๖๘' 2025-10-01..2025-12-31; 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' 2025-10-01..2026-09-30 ('ทุกไตรมาส' in "
                 "that title is a frequency); 'ให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙' a deadline (end 2026-03-31 "
                 "only). People: ผู้รายงาน and ผู้รับรอง side by side (role after the dots); the ผู้รายงาน's "
                 "position is the whole line 'ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)'.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้รายงาน", "นาย", "พงศกร ศรีบุญเรือง", "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)"),
                   P("ผู้รับรอง", "นาย", "วิโรจน์ ทองมา", "นายอำเภอภูหลวงเหนือ")],
        "findings": [],
    }
    document = {
        "unit": D1_UNIT, "unit_type": "district_office", "province": "เลย", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ย้อนหลัง 5 ปี "
                    "(ปีงบประมาณ พ.ศ. 2564 – 2568)"),
        "notes": "Undated five-year history of a district office's ITA results, the latest being 2568: fiscal_year "
                 "2568, the latest result it reports (as blind23 z1, a three-year table of a 2568 analysis); the "
                 "measures at the end run in FY 2569. doc_type analysis (scores over years with comparison). Title "
                 "= the first two heading lines; the third names the unit and the province (เลย).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ d26_2

D2_UNIT = "เทศบาลเมืองท่าบ่อเหนือ"
D2_CENTRE = "ศูนย์รับเรื่องราวร้องทุกข์เทศบาลเมืองท่าบ่อเหนือ"
D2_CHANNELS = [("ยื่นด้วยตนเอง ณ ศูนย์ฯ", 64), ("โทรศัพท์ 0 4243 1187", 83), ("LINE Official Account", 97),
               ("เฟซบุ๊กเทศบาล", 31), ("เว็บไซต์เทศบาล (ระบบ e-Service)", 18),
               ("ส่งต่อจากศูนย์ดำรงธรรมจังหวัด/อำเภอ", 19)]
# type, received, done, average days to close
D2_TYPES = [("ไฟฟ้าสาธารณะชำรุด/ขัดข้อง", 96, 94, 3.2), ("ถนน ทางเท้า และท่อระบายน้ำชำรุด", 71, 63, 12.6),
            ("ขยะมูลฝอยและความสะอาด", 54, 54, 1.8), ("เหตุเดือดร้อนรำคาญ (เสียง กลิ่น ควัน)", 38, 35, 9.4),
            ("สัตว์จรจัดและสัตว์มีพิษ", 22, 22, 2.5), ("การให้บริการของเจ้าหน้าที่", 17, 16, 6.1),
            ("การทุจริตและประพฤติมิชอบของเจ้าหน้าที่", 4, 3, 28.0), ("อื่น ๆ", 10, 10, 4.0)]
D2_MONTHS = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68",
             "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]
D2_RECV = [21, 18, 17, 19, 22, 24, 27, 31, 36, 34, 33, 30]
D2_PEND = [0, 0, 0, 0, 0, 1, 0, 1, 2, 3, 4, 4]
D2_IND5 = 82.46
D2_MEASURES = [
    ("จัดทำแนวปฏิบัติการคุ้มครองผู้ร้องเรียนและการรักษาความลับของข้อมูลผู้ร้อง และเผยแพร่ให้บุคลากรและ"
     "ประชาชนทราบ", "ผู้รับผิดชอบ: งานนิติการ สำนักปลัดเทศบาล", "กำหนดแล้วเสร็จ: ภายในวันที่ 31 มกราคม 2569",
     [O(org="งานนิติการ สำนักปลัดเทศบาล")], None, "2026-01-31"),
    ("พัฒนาระบบติดตามสถานะเรื่องร้องเรียนผ่าน LINE Official Account ให้ผู้ร้องตรวจสอบความคืบหน้าได้ด้วยตนเอง "
     "และแจ้งผลการดำเนินการให้ผู้ร้องทราบทุกราย",
     "ผู้รับผิดชอบ: นายธนวัฒน์ แก้วกาญจนา นักวิชาการคอมพิวเตอร์ชำนาญการ",
     "ระยะเวลา: กุมภาพันธ์ – มิถุนายน 2569",
     [O("นาย", "ธนวัฒน์ แก้วกาญจนา", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], "2026-02-01", "2026-06-30"),
]


def d2():
    doc = tight(new_doc("Waree", 11, landscape=False, margin=1.8), after=1)
    centre(doc, "รายงานสรุปสถิติการรับเรื่องร้องเรียน/ร้องทุกข์", bold=True, size=15)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 – 30 กันยายน 2568)", bold=True, size=14)
    centre(doc, f"{D2_CENTRE} จังหวัดหนองคาย", bold=True, size=13)
    total = sum(D2_RECV)
    done = total - sum(D2_PEND)
    body(doc, f"{D2_CENTRE} ได้รวบรวมสถิติการรับและการดำเนินการแก้ไขเรื่องร้องเรียน/ร้องทุกข์ของประชาชน "
              f"ประจำปีงบประมาณ พ.ศ. 2568 เพื่อใช้ในการวางแผนปรับปรุงการให้บริการ โดยในรอบปีได้รับเรื่องทั้งสิ้น "
              f"{total} เรื่อง ดำเนินการแล้วเสร็จ {done} เรื่อง คิดเป็นร้อยละ {100 * done / total:.2f} "
              f"และอยู่ระหว่างดำเนินการ {total - done} เรื่อง รายละเอียดดังนี้")
    sized(doc, "1. ช่องทางการรับเรื่อง", 12, bold=True, before=4, after=2)
    rows = [["ช่องทาง", "จำนวน (เรื่อง)", "ร้อยละ"]]
    for name, n in D2_CHANNELS:
        rows.append([name, str(n), f"{100 * n / total:.2f}"])
    rows.append(["รวม", str(total), "100.00"])
    t = table(doc, rows, [8.6, 3.0, 3.0], centre_cols=(1, 2), fill="E2EFDA")
    size_all(t, 11)
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    sized(doc, "2. ประเภทเรื่องร้องเรียนและผลการดำเนินการ", 12, bold=True, before=6, after=2)
    rows = [["ประเภทเรื่อง", "รับเรื่อง", "แล้วเสร็จ", "อยู่ระหว่าง\nดำเนินการ", "ร้อยละ\nแล้วเสร็จ",
             "ระยะเวลาเฉลี่ย\n(วัน)"]]
    for name, n, d, days in D2_TYPES:
        rows.append([name, str(n), str(d), str(n - d), f"{100 * d / n:.2f}", f"{days:.1f}"])
    avg = sum(d * days for _, _, d, days in D2_TYPES) / done
    rows.append(["รวม", str(total), str(done), str(total - done), f"{100 * done / total:.2f}", f"{avg:.2f}"])
    t = table(doc, rows, [6.4, 1.8, 1.8, 2.2, 2.0, 2.6], centre_cols=(1, 2, 3, 4, 5), fill="E2EFDA")
    size_all(t, 11)
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    sized(doc, "3. จำนวนเรื่องร้องเรียนรายเดือน", 12, bold=True, before=6, after=2).paragraph_format.keep_with_next = True
    rows = [["รายการ"] + [m.replace(" ", "\n") for m in D2_MONTHS] + ["รวม"],
            ["รับเรื่อง"] + [str(n) for n in D2_RECV] + [str(total)],
            ["แล้วเสร็จ"] + [str(n - p) for n, p in zip(D2_RECV, D2_PEND)] + [str(done)],
            ["คงค้าง"] + [str(p) if p else "-" for p in D2_PEND] + [str(total - done)]]
    t = table(doc, rows, [1.7] + [1.19] * 12 + [1.2], centre_cols=tuple(range(1, 14)), fill="E2EFDA")
    size_all(t, 9)
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(8)
    keep_rows(t)
    sized(doc, "4. ความพึงพอใจและการเปรียบเทียบกับปีที่ผ่านมา", 12, bold=True, before=6, after=2)
    body(doc, "ศูนย์ฯ สำรวจความพึงพอใจของผู้ร้องต่อการแก้ไขปัญหา มีผู้ตอบแบบสำรวจ 186 ราย ได้คะแนนเฉลี่ย "
              "4.38 จาก 5 คะแนน คิดเป็นร้อยละ 87.60 ซึ่งสูงกว่าเป้าหมายของเทศบาล (ร้อยละ 85) และสามารถแจ้งผล"
              "เบื้องต้นให้ผู้ร้องทราบภายใน 15 วันทำการได้ 291 เรื่อง คิดเป็นร้อยละ 93.27")
    body(doc, "เมื่อเปรียบเทียบกับปีงบประมาณ พ.ศ. 2567 ซึ่งได้รับเรื่อง 268 เรื่อง จำนวนเรื่องร้องเรียนเพิ่มขึ้น "
              "44 เรื่อง (ร้อยละ 16.42) ส่วนใหญ่เป็นเรื่องไฟฟ้าสาธารณะและถนนชำรุดในช่วงฤดูฝน (มิถุนายน – "
              "สิงหาคม 2568) และเรื่องที่ใช้เวลาดำเนินการนานที่สุดคือเรื่องการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ "
              "เฉลี่ย 28 วัน เนื่องจากต้องแต่งตั้งคณะกรรมการสอบข้อเท็จจริง")
    sized(doc, "5. การนำผลไปปรับปรุงการดำเนินงาน", 12, bold=True, before=6, after=2)
    body(doc, "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
              f"2568 เทศบาลได้คะแนนตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต {D2_IND5:.2f} คะแนน ซึ่งต่ำกว่าเกณฑ์ 85 "
              "คะแนน โดยบุคลากรยังไม่มั่นใจในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและการคุ้มครองผู้ร้อง "
              "เพื่อยกระดับตัวชี้วัดที่ 5 ศูนย์ฯ จึงกำหนดมาตรการปรับปรุง 2 มาตรการ ดังนี้")
    for k, (title, own, when, *_r) in enumerate(D2_MEASURES, 1):
        body(doc, f"{k}) {title}", first=0, left=1.25)
        body(doc, own, first=0, left=1.9)
        body(doc, when, first=0, left=1.9)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:24] + "ผู้รายงาน", "(นางวรรณภา ศรีสุวรรณ)", "นักจัดการงานทั่วไปชำนาญการ",
                     "หัวหน้าศูนย์รับเรื่องราวร้องทุกข์"],
                    ["ลงชื่อ" + DOTS[:24] + "ผู้รับรอง", "(นายสุรพล มีชัย)", f"ปลัด{D2_UNIT}", ""]], [8.6, 8.6])
    facts = {
        "notes": "Statistics of a municipality's complaints centre for FY 2568 (Waree 8-15, Arabic digits, "
                 "portrait), a PRECISION test: almost every figure is a count, a percentage or a number of days. "
                 "Scores: ONE -- the section 5 paragraph: ITA 2568 indicator 5 (การแก้ไขปัญหาการทุจริต, tool IIT by the NACC "
                 "numbering) 82.46. Not scores: the channel counts and their ร้อยละ (20.51, 26.60, 31.09 ...), the "
                 "type table (รับเรื่อง/แล้วเสร็จ/อยู่ระหว่าง counts, 'ร้อยละแล้วเสร็จ' 97.92 ... 95.19 -- resolved "
                 "shares, not scores, even where they look like ITA figures -- and 'ระยะเวลาเฉลี่ย (วัน)' 3.2 ... "
                 "6.05), the twelve-month table (month columns ต.ค. 67 ... ก.ย. 68 are months of the statistics, "
                 "not a plan: no measures and no periods there), the satisfaction survey '4.38 จาก 5 คะแนน' and "
                 "'ร้อยละ 87.60' (a survey of complainants, not ITA, although it says คะแนน), the target 'ร้อยละ "
                 "85', '291 เรื่อง ... ร้อยละ 93.27', the year-on-year '268 เรื่อง', '44 เรื่อง (ร้อยละ 16.42)', "
                 "'28 วัน', the ITA pass mark '85 คะแนน', the phone in a channel name, the section numbers 1.-5. (sections, "
                 "not indicators). Measures: the two numbered items '1)' '2)' under section 5, introduced by 'เพื่อยกระดับตัวชี้วัดที่ 5 ศูนย์ฯ จึงกำหนดมาตรการปรับปรุง "
                 "2 มาตรการ ดังนี้': the lead-in names the indicator for both (as a group heading does, blind21 "
                 "x3): indicator_no 5 for each. Title = the item line without its number. Owners from the "
                 "'ผู้รับผิดชอบ:' lines: 'งานนิติการ สำนักปลัดเทศบาล' one org unit (section within office, as "
                 "blind8 i2); 'นายธนวัฒน์ แก้วกาญจนา นักวิชาการคอมพิวเตอร์ชำนาญการ' one person. Periods: "
                 "'กำหนดแล้วเสร็จ: ภายในวันที่ 31 มกราคม 2569' a deadline (end 2026-01-31 only); 'ระยะเวลา: "
                 "กุมภาพันธ์ – มิถุนายน 2569' 2026-02-01..2026-06-30. The statistics year (1 ต.ค. 2567 – 30 ก.ย. "
                 "2568) and 'มิถุนายน – สิงหาคม 2568' (the rainy season in the comparison) are not periods of "
                 "measures. People: ผู้รายงาน (position = her post line; the line below, 'หัวหน้าศูนย์รับเรื่องราว"
                 "ร้องทุกข์', is her function and may be appended) and ผู้รับรอง side by side, role after the dots.",
        "scores": [S("indicator", D2_IND5, 2568, "IIT", 5)],
        "measures": [M(title, owners, ind=5, start=s, end=e) for title, _, _, owners, s, e in D2_MEASURES],
        "people": [P("ผู้รายงาน", "นาง", "วรรณภา ศรีสุวรรณ", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้รับรอง", "นาย", "สุรพล มีชัย", f"ปลัด{D2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": D2_UNIT, "unit_type": "municipality", "province": "หนองคาย", "fiscal_year": 2568,
        "doc_type": "other",
        "title": "รายงานสรุปสถิติการรับเรื่องร้องเรียน/ร้องทุกข์ ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 – 30 "
                 "กันยายน 2568)",
        "notes": "Complaints statistics of FY 2568 (1 ต.ค. 2567 – 30 ก.ย. 2568): fiscal_year 2568. The centre is a "
                 "part of the town municipality (เทศบาลเมือง), which is the unit (the ITA figure quoted is the "
                 "municipality's). doc_type other: a statistics report, neither an ITA analysis nor a measures plan "
                 "(its one ITA figure and two measures are a small closing section; kpi_report arguable). Title = "
                 "the first two heading lines; the third names the centre and the province (หนองคาย).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ d26_3

D3_UNIT = "องค์การบริหารส่วนตำบลศาลาลัยใต้"
# group heading, or (no, title, budget, used, status 0/1/2, period, note, owners, start, end)
D3_ROWS = [
    "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    ("1", "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับบุคลากร", "25,000", "23,850", 0,
     "ม.ค. 69", "สำนักปลัด รับผิดชอบ", [O(org="สำนักปลัด")], "2026-01-01", "2026-01-31"),
    ("2", "กิจกรรมประกาศเจตจำนงสุจริตในการบริหารงานของผู้บริหาร", "-", "-", 0, "ต.ค. 68", "", [],
     "2025-10-01", "2025-10-31"),
    ("3", "โครงการเยาวชนรุ่นใหม่ร่วมใจต้านทุจริต", "15,000", "0", 2, "มิ.ย. – ก.ค. 69",
     "กองการศึกษา ศาสนาและวัฒนธรรม รับผิดชอบ", [O(org="กองการศึกษา ศาสนาและวัฒนธรรม")], "2026-06-01",
     "2026-07-31"),
    "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
    ("4", "มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)", "-", "-", 1,
     "ต.ค. 68 – ก.ย. 69", "กองคลัง รับผิดชอบ", [O(org="กองคลัง")], "2025-10-01", "2026-09-30"),
    ("5", "กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี", "-", "-", 1, "ต.ค. 68 – ก.ย. 69",
     "", [], "2025-10-01", "2026-09-30"),
    ("6", "มาตรการตรวจสอบการใช้รถส่วนกลางและการยืม-คืนพัสดุครุภัณฑ์", "-", "-", 1, "ทุกเดือน",
     "กองคลัง และกองช่าง รับผิดชอบ", [O(org="กองคลัง"), O(org="กองช่าง")], None, None),
    "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
    ("7", "โครงการ อบต.เคลื่อนที่พบประชาชนเพื่อรับฟังความคิดเห็นและข้อร้องเรียน", "30,000", "18,400", 1,
     "ธ.ค. 68 – พ.ค. 69", "ดำเนินการแล้ว 4 จาก 7 หมู่บ้าน", [], "2025-12-01", "2026-05-31"),
    ("8", "กิจกรรมปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบภายใน 15 วัน", "5,000",
     "4,500", 0, "ภายใน 31 ธ.ค. 68", "งานนิติการ สำนักปลัด รับผิดชอบ", [O(org="งานนิติการ สำนักปลัด")], None,
     "2025-12-31"),
    "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ",
    ("9", "กิจกรรมจัดทำรายงานการควบคุมภายในและการบริหารความเสี่ยงการทุจริต", "-", "-", 2, "ไตรมาส 3 – 4",
     "หน่วยตรวจสอบภายใน รับผิดชอบ", [O(org="หน่วยตรวจสอบภายใน")], "2026-04-01", "2026-09-30"),
    ("10", "โครงการอบรมสมาชิกสภา อบต. เรื่องบทบาทการตรวจสอบการปฏิบัติงานของฝ่ายบริหาร", "20,000", "0", 2,
     "ก.ค. 69", "รอการจัดสรรงบประมาณ", [], "2026-07-01", "2026-07-31"),
]
D3_COORD = ("นางสาวชุติมา บุญประเสริฐ", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "089-217-4465",
            "plan.salalaitai@gmail.com")


def d3():
    doc = tight(new_doc("Garuda", 11, landscape=True, margin=1.5), after=0)
    centre(doc, "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 6 เดือน)",
           bold=True, size=13)
    sized(doc, "", 6)
    kv = [["ชื่อหน่วยงาน", f"{D3_UNIT} อำเภอสามร้อยยอด จังหวัดประจวบคีรีขันธ์"],
          ["สังกัด", "กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย"],
          ["รอบการรายงาน", "รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)"],
          ["ผู้ประสานงาน", f"{D3_COORD[0]}\nตำแหน่ง {D3_COORD[1]}\nโทร. 032-688-214 ต่อ 12  มือถือ {D3_COORD[2]}\n"
                           f"E-mail: {D3_COORD[3]}"]]
    t = table(doc, kv, [4.5, 14.0], header_rows=0)
    for row in t.rows:
        for p in row.cells[0].paragraphs:
            for r in p.runs:
                r.bold = True
        shade(row.cells[0], "F2F2F2")
    size_all(t, 11)
    keep_rows(t)
    sized(doc, "", 6)
    head = ["ที่", "โครงการ/กิจกรรม", "งบประมาณ\nที่ได้รับ\n(บาท)", "งบประมาณ\nที่ใช้ไป\n(บาท)", "ผลการดำเนินงาน",
            "", "", "ระยะเวลา", "หมายเหตุ"]
    sub = ["", "", "", "", "ดำเนินการ\nแล้ว", "อยู่ระหว่าง\nดำเนินการ", "ยังไม่\nดำเนินการ", "", ""]
    rows = [head, sub]
    groups = []
    for r in D3_ROWS:
        if isinstance(r, str):
            groups.append(len(rows))
            rows.append([r] + [""] * 8)
            continue
        no, title, budget, used, status, period, note, *_ = r
        marks = ["✓" if status == k else "" for k in range(3)]
        rows.append([no, title, budget, used, *marks, period, note])
    rows.append(["", "รวม", "95,000", "46,750", "3", "4", "3", "", ""])
    t = table(doc, rows, [1.0, 9.2, 2.2, 2.2, 1.7, 1.9, 1.7, 2.6, 4.2], header_rows=2,
              centre_cols=(0, 2, 3, 4, 5, 6, 7), fill="FCE4D6")
    top, bot = t.rows[0].cells, t.rows[1].cells
    for c in (0, 1, 2, 3, 7, 8):
        m = top[c].merge(bot[c])
        _centre_cell(m, head[c], bold=True)
    m = top[4].merge(top[6])
    _centre_cell(m, "ผลการดำเนินงาน", bold=True)
    for g in groups:
        merge_row(t, g, rows[g][0], fill="F2F2F2")
    bold_row(t, len(rows) - 1)
    size_all(t, 10)
    for el in list(t._tbl.iter(qn("w:tblHeader"))):   # LibreOffice mis-paginates a repeated 2-row header
        el.getparent().remove(el)
    for r in range(2, len(rows) - 1):
        for c in (4, 5, 6):
            for p in t.rows[r].cells[c].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)
    keep_rows(t)
    sized(doc, "สรุปผลการดำเนินงาน: ดำเนินการแล้ว 3 โครงการ/กิจกรรม (ร้อยละ 30.00) อยู่ระหว่างดำเนินการ 4 โครงการ/"
               "กิจกรรม (ร้อยละ 40.00) ยังไม่ดำเนินการ 3 โครงการ/กิจกรรม (ร้อยละ 30.00) เบิกจ่ายงบประมาณแล้ว "
               "46,750 บาท จาก 95,000 บาท (ร้อยละ 49.21)", 11, before=4, after=2)
    sized(doc, "ปัญหา/อุปสรรค: โครงการที่ 10 ยังไม่ได้รับการจัดสรรงบประมาณ และโครงการที่ 3 ต้องรอช่วงปิดภาคเรียน "
               "จึงจะดำเนินการได้", 11, after=6)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้รายงาน", "(นายเอกชัย ทองสุก)", "หัวหน้าสำนักปลัด",
                     "วันที่ 8 เมษายน 2569"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้รับรองข้อมูล", "(นายประวิทย์ แสงอรุณ)", f"ปลัด{D3_UNIT}",
                     "วันที่ 8 เมษายน 2569"]], [12.5, 12.5])
    measures = [M(r[1], r[7], ind=None, start=r[8], end=r[9]) for r in D3_ROWS if not isinstance(r, str)]
    facts = {
        "notes": "Six-month report form of a sub-district administrative organisation's anti-corruption plan "
                 "(landscape, Garuda 10-13, Arabic digits). Header: a 2-column key/value table (ชื่อหน่วยงาน, สังกัด, "
                 "รอบการรายงาน, ผู้ประสานงาน); the ผู้ประสานงาน cell holds name, 'ตำแหน่ง ...', 'โทร. ... มือถือ "
                 "...' and 'E-mail: ...' on four lines = ONE person (role ผู้ประสานงาน, as blind b2 / blind20 w1; "
                 "phone = the mobile, her own line, as digits; the office number with 'ต่อ 12' also acceptable). "
                 "Plan table: two header rows ('ผลการดำเนินงาน' merged over the three narrow status columns "
                 "ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ | ยังไม่ดำเนินการ, a ✓ in one of them per row), four merged "
                 "'มิติที่ n ...' group rows (the LAO plan's dimensions: headings, not measures and not indicators) "
                 "and a รวม row (budget totals 95,000 / 46,750 and the ✓ counts 3/4/3: not a measure). Measures: "
                 "the ten numbered rows, whatever their status (as blind22 y1); title = the โครงการ/กิจกรรม cell. "
                 "No ITA indicator is named anywhere: indicator_no null throughout ('มิติที่ n' numbers are plan "
                 "dimensions; '(แบบ สขร.1)' and '15 วัน' are parts of titles). Periods from the ระยะเวลา column "
                 "(FY 2569, two-digit Buddhist years; Oct-Dec = 2025): 'ม.ค. 69' 2026-01-01..2026-01-31; 'ต.ค. "
                 "68' 2025-10-01..2025-10-31; 'มิ.ย. – ก.ค. 69' 2026-06-01..2026-07-31; 'ต.ค. 68 – ก.ย. 69' "
                 "2025-10-01..2026-09-30 (rows 4 and 5); 'ทุกเดือน' no dates; 'ธ.ค. 68 – พ.ค. 69' "
                 "2025-12-01..2026-05-31; 'ภายใน 31 ธ.ค. 68' a deadline (end 2025-12-31 only); 'ไตรมาส 3 – 4' "
                 "fiscal quarters of FY 2569 = 2026-04-01..2026-09-30 (as blind14 p4); 'ก.ค. 69' "
                 "2026-07-01..2026-07-31. Unlike blind24 a1 / blind16 s2 the ✓ columns are progress but the form "
                 "DOES print each project's planned period in its own column, so periods are kept. The report "
                 "round (1 ต.ค. 2568 – 31 มี.ค. 2569) and the signing date (8 เม.ย. 2569) are not periods. Owners: "
                 "ONLY from the หมายเหตุ cells of the form '<unit> รับผิดชอบ' (the unit before 'รับผิดชอบ'): row 1 "
                 "'สำนักปลัด'; row 3 'กองการศึกษา ศาสนาและวัฒนธรรม' (one org unit, the space inside its name); "
                 "row 4 'กองคลัง'; row 6 'กองคลัง และกองช่าง' two org units; row 8 'งานนิติการ สำนักปลัด' one org "
                 "unit (section within office); row 9 'หน่วยตรวจสอบภายใน'. Rows 2, 5, 7 and 10 have NO owner: "
                 "their หมายเหตุ is empty or a note ('ดำเนินการแล้ว 4 จาก 7 หมู่บ้าน' a progress note, 'รอการจัด"
                 "สรรงบประมาณ' a status) -- owners [] (a reader must not take the note, the previous row's owner or "
                 "the coordinator as owner). 7 owners. Scores: NONE -- the form quotes no ITA result; not scores: "
                 "the budgets, the summary 'ร้อยละ 30.00/40.00/30.00' and 'ร้อยละ 49.21' (progress and "
                 "disbursement), '4 จาก 7 หมู่บ้าน', the phones. People: the coordinator in the header and the "
                 "two signatures side by side (ผู้รายงาน, ผู้รับรองข้อมูล; role after the dots; the วันที่ lines "
                 "are dates).",
        "scores": [],
        "measures": measures,
        "people": [P("ผู้ประสานงาน", "น.ส.", "ชุติมา บุญประเสริฐ", D3_COORD[1], "0892174465"),
                   P("ผู้รายงาน", "นาย", "เอกชัย ทองสุก", "หัวหน้าสำนักปลัด"),
                   P("ผู้รับรองข้อมูล", "นาย", "ประวิทย์ แสงอรุณ", f"ปลัด{D3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": D3_UNIT, "unit_type": "subdistrict_admin", "province": "ประจวบคีรีขันธ์", "fiscal_year": 2569,
        "doc_type": "kpi_report",
        "title": "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 6 เดือน)",
        "notes": "Six-month progress form (round 1 ต.ค. 2568 – 31 มี.ค. 2569, signed 8 เม.ย. 2569) on the FY 2569 "
                 "plan: fiscal_year 2569. doc_type kpi_report (a progress report, as blind24 a1; 'measures' "
                 "acceptable, as blind14 p2). Title = the heading line. Unit and province from the ชื่อหน่วยงาน "
                 "row of the header table (อำเภอสามร้อยยอด จังหวัดประจวบคีรีขันธ์).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ d26_4

D4_UNIT = "โรงพยาบาลท่าแซะเหนือ"
D4_CLAUSES = [
    "ผู้บริหารและบุคลากรของโรงพยาบาลทุกคนต้องไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใด จากผู้รับบริการ "
    "ผู้มาติดต่อ บริษัทยาและเวชภัณฑ์ หรือผู้มีส่วนได้ส่วนเสีย",
    "ผู้บริหารและบุคลากรต้องไม่ให้ของขวัญหรือของกำนัลแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา "
    "นอกเหนือจากกรณีปกติตามประเพณีนิยม",
    "กรณีมีความจำเป็นต้องรับของขวัญเนื่องจากไม่อาจปฏิเสธได้ ให้รับได้เฉพาะของที่มีราคาหรือมูลค่าไม่เกิน 3,000 บาท "
    "และให้รายงานผู้บังคับบัญชาตามแบบรายงานการรับของขวัญภายใน 30 วัน นับแต่วันที่ได้รับ",
    "ให้แสดงความยินดีหรือความปรารถนาดีด้วยการ์ดอวยพร การลงนามในสมุดอวยพร หรือการแสดงความยินดีผ่านสื่อออนไลน์ "
    "แทนการให้ของขวัญ",
    "ห้ามบุคลากรเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด เพื่อกระทำการหรือไม่กระทำการอย่างใดในตำแหน่ง"
    "หน้าที่ ไม่ว่าการนั้นจะชอบหรือมิชอบด้วยหน้าที่",
    "ให้หัวหน้ากลุ่มงานทุกกลุ่มงานกำกับดูแลบุคลากรในสังกัดให้ปฏิบัติตามนโยบายนี้อย่างเคร่งครัด หากผู้ใดฝ่าฝืน"
    "จะพิจารณาดำเนินการทางวินัยตามระเบียบต่อไป",
]
# activity, owner cell, period, output, owners, ind, start, end, gold title
D4_ACTS = [
    ("ประชาสัมพันธ์ประกาศนโยบาย No Gift Policy ผ่านเว็บไซต์และเฟซบุ๊กของโรงพยาบาล และติดป้าย ณ จุดบริการ"
     "ผู้ป่วยนอกและหอผู้ป่วย", "งานประชาสัมพันธ์\nกลุ่มงานบริหารทั่วไป", "1 – 31 ต.ค. 2568", "ป้าย 6 จุด",
     [O(org="งานประชาสัมพันธ์ กลุ่มงานบริหารทั่วไป")], None, "2025-10-01", "2025-10-31", None),
    ("ชี้แจงแนวปฏิบัติตามนโยบายแก่บุคลากรทุกกลุ่มงานในการประชุมประจำเดือน และในการปฐมนิเทศบุคลากรใหม่",
     "กลุ่มงานบริหารทั่วไป\nกลุ่มงานทรัพยากรบุคคล", "พ.ย. 2568 – ม.ค. 2569", "บุคลากรรับทราบร้อยละ 100",
     [O(org="กลุ่มงานบริหารทั่วไป"), O(org="กลุ่มงานทรัพยากรบุคคล")], None, "2025-11-01", "2026-01-31", None),
    ("จัดทำทะเบียนคุมและรวบรวมแบบรายงานการรับของขวัญของบุคลากร เสนอผู้อำนวยการทุกไตรมาส",
     "งานนิติการ\nกลุ่มงานบริหารทั่วไป", "ตลอดปีงบประมาณ พ.ศ. 2569", "รายงาน 4 ครั้ง",
     [O(org="งานนิติการ กลุ่มงานบริหารทั่วไป")], None, "2025-10-01", "2026-09-30", None),
    ("สรุปผลการดำเนินการตามนโยบายและเผยแพร่บนเว็บไซต์โรงพยาบาล เพื่อประกอบการประเมิน ITA "
     "(ตัวชี้วัดที่ 10 การป้องกันการทุจริต)", "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์",
     "ไตรมาสที่ 2 และไตรมาสที่ 4", "2 ครั้ง",
     [O(org="กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")], 10, "2026-01-01", "2026-09-30",
     "สรุปผลการดำเนินการตามนโยบายและเผยแพร่บนเว็บไซต์โรงพยาบาล"),
]


def d4():
    doc = tight(new_doc("Kinnari", 13, landscape=False, margin=1.8), after=0)
    centre(doc, f"ประกาศ{D4_UNIT}", bold=True, size=16)
    centre(doc, "เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่", bold=True, size=15)
    centre(doc, th("(No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=15)
    centre(doc, "-------------------------------------", size=10).paragraph_format.space_after = Pt(2)
    body(doc, th("ตามที่คณะรัฐมนตรีมีมติให้หน่วยงานภาครัฐถือปฏิบัติตามนโยบายไม่รับของขวัญ"
                 "และของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประกอบกับประกาศคณะกรรมการป้องกันและ"
                 "ปราบปรามการทุจริตแห่งชาติ เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของ"
                 "เจ้าหน้าที่ของรัฐ พ.ศ. 2563 นั้น"), first=2.0)
    body(doc, th(f"{D4_UNIT} อำเภอท่าแซะ จังหวัดชุมพร ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.84 คะแนน อยู่ในระดับ A โดยตัวชี้วัดที่ 10 การป้องกันการทุจริต "
                 "ได้ 83.50 คะแนน เพื่อเสริมสร้างวัฒนธรรมองค์กรที่โปร่งใสและป้องกัน"
                 "ผลประโยชน์ทับซ้อน โรงพยาบาลจึงประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                 "ดังนี้"), first=2.0)
    for k, text in enumerate(D4_CLAUSES, 1):
        body(doc, th(f"{k}. {text}"), first=2.0)
    body(doc, "ทั้งนี้ ให้กลุ่มงานที่เกี่ยวข้องดำเนินการตามแนวทางการขับเคลื่อนนโยบายแนบท้ายประกาศนี้ "
              "ตั้งแต่บัดนี้เป็นต้นไป", first=2.0)
    p = _para(doc, th("ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2568"))
    p.paragraph_format.left_indent = Cm(5.5)
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(4)
    for line in ("(นายแพทย์ศุภกร วิเศษศักดิ์)", f"ผู้อำนวยการ{D4_UNIT}"):
        p = _para(doc, line)
        p.paragraph_format.left_indent = Cm(7.0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = centre(doc, "แนวทางการขับเคลื่อนนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
               bold=True, size=16)
    p.paragraph_format.page_break_before = True   # the annex starts on page 2
    centre(doc, th(f"แนบท้ายประกาศ{D4_UNIT} ลงวันที่ 1 ตุลาคม 2568"), bold=True, size=15)
    sized(doc, "", 8)
    rows = [["ที่", "กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ตัวชี้วัดความสำเร็จ"]]
    for k, (act, own, period, out, *_r) in enumerate(D4_ACTS, 1):
        rows.append([th(str(k)), th(act), own, th(period), th(out)])
    t = table(doc, rows, [0.9, 6.1, 4.9, 2.9, 2.2], centre_cols=(0, 3), fill="DEEAF6")
    size_all(t, 13)
    keep_rows(t)
    measures = [M(th(g or act), owners, ind=ind, start=s, end=e)
                for act, _, _, _, owners, ind, s, e, g in D4_ACTS]
    facts = {
        "notes": "A hospital director's announcement of the No Gift Policy (Kinnari 13-16, Thai digits, portrait). "
                 "Page 1: preamble, six numbered policy clauses, 'ทั้งนี้ ... ตั้งแต่บัดนี้เป็นต้นไป', 'ประกาศ ณ "
                 "วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘' and the director's signature. Measures judgement: the six clauses are "
                 "NOT measures. They are rules of conduct binding every staff member ('ต้องไม่รับ ...', 'ต้องไม่ให้ "
                 "...', 'ให้รับได้เฉพาะ ... ไม่เกิน ๓,๐๐๐ บาท และให้รายงาน ...', 'ให้แสดงความยินดี ... แทน', "
                 "'ห้าม ...', 'ให้หัวหน้ากลุ่มงานทุกกลุ่มงานกำกับดูแล ...'), with no activity, owner or period -- "
                 "like the pledges of blind16 s1, and unlike the clauses of blind8 i2, an announcement of "
                 "MEASURES whose clauses were titled actions with owners and dates. The document itself separates "
                 "the policy from what will be DONE to carry it out: the attached 'แนวทางการขับเคลื่อนนโยบาย' "
                 "(page 2), to which the closing sentence refers. A reader that turns the clauses into measures "
                 "scores six extras; clause ๖'s 'หัวหน้ากลุ่มงานทุกกลุ่มงาน' is a standing duty, not an owner of a "
                 "measure. Measures: the four rows of the attached table 'ที่ | กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา"
                 "ดำเนินการ | ตัวชี้วัดความสำเร็จ'; title = the กิจกรรม cell (row ๔ without the purpose clause "
                 "'เพื่อประกอบการประเมิน ITA (ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต)': gold is a prefix). "
                 "indicator_no: row ๔ names 'ตัวชี้วัดที่ ๑๐': 10; the others null (No Gift Policy is a policy, "
                 "not an indicator). Periods (FY 2569): '๑ – ๓๑ ต.ค. ๒๕๖๘' 2025-10-01..2025-10-31; 'พ.ย. ๒๕๖๘ – "
                 "ม.ค. ๒๕๖๙' 2025-11-01..2026-01-31; 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' 2025-10-01..2026-09-30 ('ทุก"
                 "ไตรมาส' in that title is a frequency); 'ไตรมาสที่ ๒ และไตรมาสที่ ๔' fiscal quarters of FY 2569, "
                 "not contiguous: the span 2026-01-01..2026-09-30 (blind8 i4 / blind14 p4 convention). Owners: "
                 "'งานประชาสัมพันธ์' over 'กลุ่มงานบริหารทั่วไป' ONE org unit (a section and the group it belongs "
                 "to, kept whole as 'งานประชาสัมพันธ์ กลุ่มงานบริหารทั่วไป', as blind24 a1's 'งานพัสดุ กองคลัง'); "
                 "'กลุ่มงานบริหารทั่วไป' over 'กลุ่มงานทรัพยากรบุคคล' TWO org units (two groups, one per line); "
                 "'งานนิติการ' over 'กลุ่มงานบริหารทั่วไป' one org unit (section within group); 'กลุ่มงานประกัน"
                 "สุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์' one org unit (the space is inside the group's name, as "
                 "blind16 s2). 5 owners. Scores (ITA 2568) in the preamble: overall 90.84 (A) and indicator 10 "
                 "(OIT by the NACC numbering, การป้องกันการทุจริต) 83.50. Not scores: '๓,๐๐๐ บาท', '๓๐ วัน', "
                 "'พ.ศ. ๒๕๖๓' (the NACC notice's year), the targets 'ป้าย ๖ จุด', 'ร้อยละ ๑๐๐', '๔ ครั้ง', '๒ "
                 "ครั้ง'. People: the director who signs (no ลงชื่อ line and no role printed: ผู้ลงนาม; "
                 "'นายแพทย์' -> rank นพ.). The annex is unsigned.",
        "scores": [S("overall", 90.84, 2568, rating="A"), S("indicator", 83.50, 2568, "OIT", 10)],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นพ.", "ศุภกร วิเศษศักดิ์", f"ผู้อำนวยการ{D4_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": D4_UNIT, "unit_type": "hospital", "province": "ชุมพร", "fiscal_year": 2569,
        "doc_type": "other",
        "title": th("ประกาศโรงพยาบาลท่าแซะเหนือ เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                    "(No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "No Gift Policy announcement dated ๑ ต.ค. ๒๕๖๘ for FY 2569 ('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙' in the "
                 "heading): fiscal_year 2569. doc_type other: a policy announcement (as blind16 s1's pledge); its "
                 "attached four-activity table makes 'measures' arguable. Title = the three heading lines (the "
                 "เรื่อง line alone is acceptable). Province from the second preamble paragraph ('อำเภอท่าแซะ "
                 "จังหวัดชุมพร').",
    }
    return doc, facts, document


REPORTS = {
    "d26_1_five_year_history_year_rows_chart_caption_province_average_district_phu_luang_nuea": d1,
    "d26_2_complaints_centre_statistics_one_indicator_two_measures_municipality_tha_bo_nuea": d2,
    "d26_3_plan_report_form_key_value_header_check_columns_owner_in_remarks_sao_sala_lai_tai": d3,
    "d26_4_no_gift_policy_clauses_not_measures_annex_activities_hospital_tha_sae_nuea": d4,
}


def main() -> None:
    build_reports(HERE, REPORTS, prepare=_cs_sizes)


if __name__ == "__main__":
    main()
