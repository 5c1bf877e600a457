#!/usr/bin/env python3
"""Build the blind-13 reports (tests/blind13/n*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind11/make_blind11.py (which
takes them from tests/layouts/write.py and tests/blind7/make_blind7.py). Units, people and figures are invented.

  n1  โรงเรียนบ้านโนนสว่างวิทยา (สพป.ขอนแก่น เขต ๔)  analysis report: 10-indicator table with the columns
                                              คะแนน ๒๕๖๘ BEFORE คะแนน ๒๕๖๗ and ผลต่าง, จุดแข็ง / จุดอ่อน
                                              paragraphs, then a แนวทางการพัฒนา table whose FIRST column is
                                              ผู้รับผิดชอบ (ผู้รับผิดชอบ | ประเด็น | แนวทาง/มาตรการ | ระยะเวลา);
                                              Kinnari 16, Thai digits
  n2  เทศบาลเมืองนาดีพัฒนา (อุดรธานี)              meeting minutes: ITA result as running text in ระเบียบวาระที่ ๓,
                                              มติที่ประชุม assigning three actions with deadlines, attendance
                                              table, recorder/checker at the end; Laksaman 16, Thai digits
  n3  รพ.สต.บ้านหนองเม็ก (มหาสารคาม)              landscape measures announcement: two-row header with merged
                                              cells, each มาตรการ spans several activity rows (rowspan) and its
                                              owner cell is merged over them; short Buddhist years
                                              ('ต.ค. 68 - ก.ย. 69'); Umpush 14, Arabic digits
  n4  สำนักงานที่ดินจังหวัดอำนาจเจริญ               one-page form with dot-leader tab stops (no table) filled in
                                              'by hand' (another font, italic), a 3-row measures table with a
                                              single กำหนดเสร็จ date, ผู้รายงาน with phone; Garuda 13 / Sawasdee 15,
                                              Arabic digits

    uv run python tests/blind13/make_blind13.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, _band, body, build_reports, centre, shade, sig_table,  # noqa: E402
                          table, th, tight)


TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}


def weighted(vals: dict[int, float]) -> float:
    by: dict[str, list[float]] = {}
    for n, v in vals.items():
        by.setdefault(TOOL[n], []).append(v)
    mean = {t: sum(v) / len(v) for t, v in by.items()}
    return round(0.3 * mean["IIT"] + 0.3 * mean["EIT"] + 0.4 * mean["OIT"], 2)


def bold_row(t, r):
    for c in t.rows[r].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ------------------------------------------------------------------------------------------ n1

N1_UNIT = "โรงเรียนบ้านโนนสว่างวิทยา"
N1_IND = [  # n, name, 2568, 2567
    (1, "การปฏิบัติหน้าที่", 96.42, 94.10),
    (2, "การใช้งบประมาณ", 91.35, 88.72),
    (3, "การใช้อำนาจ", 94.80, 93.55),
    (4, "การใช้ทรัพย์สินของราชการ", 89.64, 90.12),
    (5, "การแก้ไขปัญหาการทุจริต", 92.18, 89.40),
    (6, "คุณภาพการดำเนินงาน", 90.25, 87.66),
    (7, "ประสิทธิภาพการสื่อสาร", 82.37, 80.95),
    (8, "การปรับปรุงการทำงาน", 84.10, 83.28),
    (9, "การเปิดเผยข้อมูล", 88.00, 75.50),
    (10, "การป้องกันการทุจริต", 100.00, 87.50),
]


def n1():
    doc = tight(new_doc("Kinnari", 16, landscape=False, margin=1.8), after=0)
    o68 = weighted({n: a for n, _, a, _ in N1_IND})
    o67 = weighted({n: b for n, _, _, b in N1_IND})
    centre(doc, "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา", bold=True, size=18)
    centre(doc, th("(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    centre(doc, th(f"{N1_UNIT} สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 4"), bold=True)
    centre(doc, "*****************************")
    _para(doc, "๑. ผลการประเมิน", bold=True)
    body(doc, th(f"ตามที่{N1_UNIT}ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 "ประจำปีงบประมาณ พ.ศ. 2568 ผ่านระบบ ITAS ของสำนักงาน ป.ป.ช. บัดนี้ได้รับแจ้งผลการประเมินแล้ว "
                 "โรงเรียนจึงได้นำผลคะแนนรายตัวชี้วัดมาเปรียบเทียบกับปีที่ผ่านมา ดังนี้"))
    rows = [["ตัวชี้วัด", th("คะแนน ปี 2568"), th("คะแนน ปี 2567"), "ผลต่าง"]]
    for n, name, a, b in N1_IND:
        d = round(a - b, 2)
        rows.append([th(f"{n}. {name}"), th(f"{a:.2f}"), th(f"{b:.2f}"), th(f"{'+' if d >= 0 else '-'}{abs(d):.2f}")])
    d = round(o68 - o67, 2)
    rows.append(["คะแนนเฉลี่ยรวม (ระดับ)", th(f"{o68:.2f} ({_band(o68)})"), th(f"{o67:.2f} ({_band(o67)})"),
                 th(f"{'+' if d >= 0 else '-'}{abs(d):.2f}")])
    t = table(doc, rows, [7.8, 3.4, 3.4, 2.8], centre_cols=(1, 2, 3), fill="DEEAF6")
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    _para(doc, "")
    _para(doc, "๒. จุดแข็ง", bold=True)
    body(doc, th("ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนนเต็ม เนื่องจากโรงเรียนมีการประกาศเจตจำนงสุจริตของผู้บริหาร "
                 "และจัดทำแผนปฏิบัติการป้องกันการทุจริตครบถ้วน ส่วนตัวชี้วัดด้านการรับรู้ของบุคลากรภายใน (ตัวชี้วัดที่ 1 - 5) "
                 "ได้คะแนนสูงกว่าเกณฑ์ 85 คะแนนทุกตัวชี้วัด แสดงให้เห็นว่าบุคลากรมีความเข้าใจและปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต"))
    _para(doc, "๓. จุดอ่อน / จุดที่ควรพัฒนา", bold=True)
    body(doc, th("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร และตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ยังได้คะแนนต่ำกว่าเกณฑ์ "
                 "เนื่องจากผู้ปกครองและผู้มาติดต่อยังไม่ทราบช่องทางการร้องเรียนและการแสดงความคิดเห็น "
                 "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ มีคะแนนลดลงจากปีที่ผ่านมาเล็กน้อย "
                 "และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล แม้คะแนนจะเพิ่มขึ้นมาก แต่ยังขาดข้อมูลบางรายการ (O12 และ O28)"))
    _para(doc, "๔. แนวทางการพัฒนา ปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    dev = [
        ("นางสาวปิยะนุช แสงอรุณ\nครูชำนาญการ", "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
         "จัดทำป้ายและสื่อประชาสัมพันธ์ช่องทางร้องเรียนและแสดงความคิดเห็นผ่าน QR Code ทางเว็บไซต์และเพจโรงเรียน",
         "พ.ย. 2568 – ม.ค. 2569"),
        ("กลุ่มบริหารงานทั่วไป", "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน",
         "ทบทวนขั้นตอนการให้บริการรับนักเรียนและการขอเอกสารทางการศึกษาให้สั้นลง และประกาศให้ผู้ปกครองทราบ",
         "ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569)"),
        ("รองผู้อำนวยการโรงเรียน", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
         "จัดทำแนวปฏิบัติการยืมพัสดุและครุภัณฑ์ของโรงเรียน และชี้แจงครูและบุคลากรทุกคน",
         "ภายใน 31 ธ.ค. 2568"),
        ("งานพัสดุ", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
         "เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือนและรายงานผลการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์โรงเรียน",
         "ตลอดปีงบประมาณ 2569"),
    ]
    rows = [["ผู้รับผิดชอบ", "ประเด็นที่ต้องพัฒนา", "แนวทาง/มาตรการ", "ระยะเวลา"]]
    rows += [[th(a), th(b), th(c), th(d)] for a, b, c, d in dev]
    t = table(doc, rows, [3.4, 3.6, 7.2, 3.2], centre_cols=(3,), fill="DEEAF6")
    keep_rows(t)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:18] + " ผู้วิเคราะห์", "(นางสาวปิยะนุช แสงอรุณ)", "ครูชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:18] + " ผู้เห็นชอบ", "(นายสุริยันต์ พลเยี่ยม)",
                     f"ผู้อำนวยการ{N1_UNIT}"]], [8.7, 8.7])
    scores = []
    for n, _, a, b in N1_IND:
        scores += [S("indicator", b, 2567, TOOL[n], n), S("indicator", a, 2568, TOOL[n], n)]
    scores += [S("overall", o67, 2567, rating=_band(o67)), S("overall", o68, 2568, rating=_band(o68))]
    measures = [
        M(dev[0][2], [O("น.ส.", "ปิยะนุช แสงอรุณ", "ครูชำนาญการ")], ind=7, start="2025-11-01", end="2026-01-31"),
        M(dev[1][2], [O(org="กลุ่มบริหารงานทั่วไป")], ind=8, start="2026-01-01", end="2026-03-31"),
        M(dev[2][2], [O(pos="รองผู้อำนวยการโรงเรียน")], ind=4, end="2025-12-31"),
        M(dev[3][2], [O(org="งานพัสดุ")], ind=9, start="2025-10-01", end="2026-09-30"),
    ]
    facts = {
        "notes": f"Scores: the table's ten indicators for 2568 (second column) and 2567 (third column: the years are in "
                 f"reverse order), tool by NACC numbering (1-5 IIT, 6-8 EIT, 9-10 OIT), and the คะแนนเฉลี่ยรวม row: "
                 f"overall 2568 {o68:.2f} ({_band(o68)}) and 2567 {o67:.2f} ({_band(o67)}) (0.3/0.3/0.4 of the tool means; "
                 "no tool totals printed). The ผลต่าง column holds differences; '85 คะแนน' is a threshold; "
                 "'ตัวชี้วัดที่ 1 - 5' is a range; O12/O28 are named without figures; the strength/weakness "
                 "paragraphs repeat no figures. Measures: the four rows of the แนวทางการพัฒนา table (owner column "
                 "FIRST, then ประเด็น, then the measure); title = the แนวทาง/มาตรการ cell; indicator_no from the "
                 "ประเด็นที่ต้องพัฒนา cell. Periods (FY 2569): 'พ.ย. ๒๕๖๘ – ม.ค. ๒๕๖๙' = 2025-11-01..2026-01-31; "
                 "'ไตรมาสที่ ๒ (ม.ค. – มี.ค. ๒๕๖๙)' = 2026-01-01..2026-03-31; 'ภายใน ๓๑ ธ.ค. ๒๕๖๘' a deadline (end "
                 "only); 'ตลอดปีงบประมาณ ๒๕๖๙' = 2025-10-01..2026-09-30. Owners: a named teacher over her post in one "
                 "cell (one owner, นางสาว -> น.ส.); 'กลุ่มบริหารงานทั่วไป' and 'งานพัสดุ' org units; "
                 "'รองผู้อำนวยการโรงเรียน' a position. People: ผู้วิเคราะห์ and ผู้เห็นชอบ side by side.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้วิเคราะห์", "น.ส.", "ปิยะนุช แสงอรุณ", "ครูชำนาญการ"),
                   P("ผู้เห็นชอบ", "นาย", "สุริยันต์ พลเยี่ยม", f"ผู้อำนวยการ{N1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": N1_UNIT, "unit_type": "school", "province": "ขอนแก่น", "fiscal_year": 2568, "doc_type": "analysis",
        "title": th("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา "
                    "(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Undated analysis of the ITA 2568 result (its development lines run in FY 2569): fiscal_year 2568. "
                 "Title = the first two heading lines; the third names the school and its parent office "
                 "(สพป.ขอนแก่น เขต ๔, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ n2

N2_UNIT = "เทศบาลเมืองนาดีพัฒนา"
N2_PRESENT = [  # rank, full, name, position
    ("นาย", "นายประสิทธิ์ วงศ์ใหญ่", "ประสิทธิ์ วงศ์ใหญ่", "นายกเทศมนตรีเมืองนาดีพัฒนา"),
    ("นาง", "นางอัมพร สีหานาม", "อัมพร สีหานาม", "ปลัดเทศบาล"),
    ("นาย", "นายชาตรี บุญเรือง", "ชาตรี บุญเรือง", "รองปลัดเทศบาล"),
    ("น.ส.", "นางสาวศศิธร คำภูแสน", "ศศิธร คำภูแสน", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
    ("นาย", "นายเอกชัย ทองมา", "เอกชัย ทองมา", "ผู้อำนวยการกองคลัง"),
    ("นาง", "นางจันทร์เพ็ญ ศรีสุข", "จันทร์เพ็ญ ศรีสุข", "หัวหน้าสำนักปลัดเทศบาล"),
    ("น.ส.", "นางสาวณัฐธิดา พลราช", "ณัฐธิดา พลราช", "นักทรัพยากรบุคคลชำนาญการ"),
]


def n2():
    doc = tight(new_doc("Laksaman", 16, landscape=False, margin=2.0), after=0)
    centre(doc, "รายงานการประชุม", bold=True, size=18)
    centre(doc, "คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True)
    centre(doc, th("ครั้งที่ 1/2569"), bold=True)
    centre(doc, th("วันพุธที่ 12 พฤศจิกายน 2568 เวลา 09.30 น."))
    centre(doc, th(f"ณ ห้องประชุมสภา{N2_UNIT} อำเภอนาดี จังหวัดอุดรธานี"))
    centre(doc, "--------------------------------")
    _para(doc, "ผู้มาประชุม", bold=True)
    rows = [["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "ลายมือชื่อ"]]
    for i, (_, full, _, pos) in enumerate(N2_PRESENT[:6], 1):
        rows.append([th(str(i)), full, pos, ""])
    t = table(doc, rows, [1.0, 6.4, 7.2, 2.4], centre_cols=(0,), fill="EDEDED")
    keep_rows(t)
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    _para(doc, "     ๑. นายอนันต์ ไชยมงคล       ผู้อำนวยการกองช่าง          ติดราชการ")
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    _para(doc, "     ๑. นางสาวณัฐธิดา พลราช      นักทรัพยากรบุคคลชำนาญการ")
    _para(doc, th("เริ่มประชุมเวลา 09.30 น."), bold=True)
    _para(doc, "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", bold=True)
    body(doc, "ประธานแจ้งว่า สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ แล้ว "
              "จึงเรียกประชุมคณะทำงานเพื่อพิจารณาแนวทางการยกระดับผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๙")
    body(doc, "มติที่ประชุม  รับทราบ", first=0)
    _para(doc, "ระเบียบวาระที่ ๒  รับรองรายงานการประชุมครั้งที่แล้ว", bold=True)
    body(doc, "มติที่ประชุม  รับรองรายงานการประชุมครั้งที่ ๔/๒๕๖๘ เมื่อวันที่ ๒๕ กันยายน ๒๕๖๘ โดยไม่มีการแก้ไข", first=0)
    _para(doc, "ระเบียบวาระที่ ๓  เรื่องเพื่อพิจารณา ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True)
    body(doc, "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ ในฐานะเลขานุการ ชี้แจงว่า ในปีงบประมาณ พ.ศ. ๒๕๖๘ "
              f"{N2_UNIT}ได้คะแนนรวม ๘๖.๒๗ คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ที่ได้ ๘๓.๔๐ คะแนน "
              "แต่ยังไม่ถึงเป้าหมายของจังหวัดที่กำหนดไว้ ๙๐ คะแนน เมื่อพิจารณารายตัวชี้วัดพบว่า ตัวชี้วัดที่ ๑ "
              "การปฏิบัติหน้าที่ ได้คะแนนสูงสุด ๙๕.๑๒ คะแนน ในขณะที่ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๗๘.๕๐ คะแนน "
              "เนื่องจากข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน และตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๘๐.๑๕ คะแนน "
              "โดยผู้รับบริการ ๗๘ คน ให้ความเห็นว่าไม่ทราบช่องทางการแสดงความคิดเห็น")
    body(doc, "ที่ประชุมได้อภิปรายอย่างกว้างขวาง ปลัดเทศบาลเสนอให้เร่งแก้ไขตัวชี้วัดที่มีคะแนนต่ำก่อน "
              "และให้รายงานความก้าวหน้าในการประชุมครั้งต่อไป")
    body(doc, "มติที่ประชุม  เห็นชอบ และมอบหมายให้กองยุทธศาสตร์และงบประมาณ ดำเนินการปรับปรุงข้อมูลสาธารณะบนเว็บไซต์"
              "ของเทศบาลให้ครบถ้วนและเป็นปัจจุบันตามตัวชี้วัดที่ ๙ ภายในเดือนธันวาคม ๒๕๖๘ มอบหมายให้สำนักปลัดเทศบาล "
              "จัดทำช่องทางรับฟังความคิดเห็นของประชาชนผ่านไลน์ OA และกล่องรับความคิดเห็นตามตัวชี้วัดที่ ๗ "
              "ภายในวันที่ ๓๑ มกราคม ๒๕๖๙ และมอบหมายให้นางสาวณัฐธิดา พลราช นักทรัพยากรบุคคลชำนาญการ "
              "จัดอบรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาลและพนักงานจ้าง "
              "ในช่วงเดือนกุมภาพันธ์ ๒๕๖๙", first=0)
    _para(doc, "ระเบียบวาระที่ ๔  เรื่องอื่น ๆ", bold=True)
    body(doc, "ประธานแจ้งกำหนดการประชุมครั้งต่อไปในเดือนมีนาคม ๒๕๖๙ โดยฝ่ายเลขานุการจะแจ้งวันเวลาให้ทราบอีกครั้ง")
    body(doc, "มติที่ประชุม  รับทราบ", first=0)
    _para(doc, "ปิดประชุมเวลา ๑๑.๔๕ น.", bold=True)
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:16], "ผู้จดรายงานการประชุม", "(นางสาวศศิธร คำภูแสน)",
                     "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"],
                    ["(ลงชื่อ) " + DOTS[:16], "ผู้ตรวจรายงานการประชุม", "(นางอัมพร สีหานาม)", "ปลัดเทศบาล"]],
              [8.5, 8.5])
    scores = [S("overall", 86.27, 2568, rating="A"), S("overall", 83.40, 2567),
              S("indicator", 95.12, 2568, "IIT", 1), S("indicator", 78.50, 2568, "OIT", 9),
              S("indicator", 80.15, 2568, "EIT", 7)]
    measures = [
        M("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบัน",
          [O(org="กองยุทธศาสตร์และงบประมาณ")], ind=9, end="2025-12-31"),
        M("จัดทำช่องทางรับฟังความคิดเห็นของประชาชนผ่านไลน์ OA และกล่องรับความคิดเห็น",
          [O(org="สำนักปลัดเทศบาล")], ind=7, end="2026-01-31"),
        M("จัดอบรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาลและพนักงานจ้าง",
          [O("น.ส.", "ณัฐธิดา พลราช", "นักทรัพยากรบุคคลชำนาญการ")], start="2026-02-01", end="2026-02-28"),
    ]
    people = [P("ผู้มาประชุม", r, n, pos) for r, _, n, pos in N2_PRESENT[:6]]
    people += [P("ผู้ไม่มาประชุม", "นาย", "อนันต์ ไชยมงคล", "ผู้อำนวยการกองช่าง"),
               P("ผู้เข้าร่วมประชุม", "น.ส.", "ณัฐธิดา พลราช", "นักทรัพยากรบุคคลชำนาญการ"),
               P("ผู้จดรายงานการประชุม", "น.ส.", "ศศิธร คำภูแสน", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
               P("ผู้ตรวจรายงานการประชุม", "นาง", "อัมพร สีหานาม", "ปลัดเทศบาล")]
    facts = {
        "notes": "Scores in the secretary's running text (agenda ๓): ITA 2568 overall 86.27 (A), 2567 overall 83.40 "
                 "(no rating printed for it); indicators of 2568: 1 (IIT) 95.12, 9 (OIT) 78.50, 7 (EIT) 80.15, each "
                 "'ตัวชี้วัดที่ n <name> ได้ ... คะแนน' inside a sentence. No tool scores are printed. '๙๐ คะแนน' is "
                 "the province's target; '๗๘ คน' respondents; meeting numbers ๑/๒๕๖๙ and ๔/๒๕๖๘, times ๐๙.๓๐/๑๑.๔๕ "
                 "are not scores. Measures: the three actions assigned in the one มติที่ประชุม of agenda ๓ (running "
                 "text, 'มอบหมายให้ <owner> <action> <deadline>'); title = the action, without the assignee, the "
                 "'ตามตัวชี้วัดที่ n' tag (which gives indicator_no) and the deadline; the third names no indicator "
                 "(null). Periods: 'ภายในเดือนธันวาคม ๒๕๖๘' end 2025-12-31; 'ภายในวันที่ ๓๑ มกราคม ๒๕๖๙' end "
                 "2026-01-31; 'ในช่วงเดือนกุมภาพันธ์ ๒๕๖๙' spans the month (2026-02-01..2026-02-28). The next meeting "
                 "in มีนาคม ๒๕๖๙ (agenda ๔) and the ปลัด's proposal in the discussion are not measures. Owners: "
                 "'กองยุทธศาสตร์และงบประมาณ' and 'สำนักปลัดเทศบาล' org units; 'นางสาวณัฐธิดา พลราช "
                 "นักทรัพยากรบุคคลชำนาญการ' rank/name/position. People: the six rows of the ผู้มาประชุม table (no "
                 "committee-role column: role = the section heading 'ผู้มาประชุม', position = the ตำแหน่ง cell), the "
                 "absent member (ผู้ไม่มาประชุม; 'ติดราชการ' is the reason), the invited clerk (ผู้เข้าร่วมประชุม), "
                 "and the recorder and checker signing side by side; นางสาว -> น.ส.",
        "scores": scores,
        "measures": measures,
        "people": people,
        "findings": [],
    }
    document = {
        "unit": N2_UNIT, "unit_type": "municipality", "province": "อุดรธานี", "fiscal_year": 2569,
        "doc_type": "minutes",
        "title": "รายงานการประชุม คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 "(ITA) ครั้งที่ ๑/๒๕๖๙",
        "notes": "Minutes of meeting ๑/๒๕๖๙ held ๑๒ พ.ย. ๒๕๖๘ (2025-11-12, in FY 2569); it reviews the FY 2568 result "
                 "and assigns FY 2569 work, so fiscal_year 2569 (as the กรมหม่อนไหม minutes gold). Title = the first "
                 "three centred lines (date and venue lines excluded). Province from the venue line (อำเภอนาดี "
                 "จังหวัดอุดรธานี).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ n3

N3_UNIT = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเม็ก"
N3_DIR = f"ผู้อำนวยการ{N3_UNIT}"
N3_MEASURES = [  # heading, indicator, owner cell, owner gold, activities [(title, period text, start, end, kpi)]
    ("1. มาตรการเปิดเผยข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ 9)", 9,
     "นายธนกร ศรีวิชัย\nนักวิชาการสาธารณสุขชำนาญการ", O("นาย", "ธนกร ศรีวิชัย", "นักวิชาการสาธารณสุขชำนาญการ"),
     [("ปรับปรุงข้อมูลพื้นฐานและข้อมูลการให้บริการบนเว็บไซต์ของ รพ.สต. ให้เป็นปัจจุบัน", "ต.ค. 68 - ก.ย. 69",
       "2025-10-01", "2026-09-30", "ข้อมูลครบถ้วนร้อยละ 100"),
      ("เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน", "ทุกเดือน", None, None,
       "เผยแพร่ครบ 12 เดือน"),
      ("รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ 6 เดือน", "เม.ย. 69", "2026-04-01", "2026-04-30",
       "รายงาน 1 ฉบับ")]),
    ("2. มาตรการงดรับของขวัญและของกำนัล (No Gift Policy)", None, N3_DIR, O(pos=N3_DIR),
     [("ประกาศนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่", "ต.ค. 68", "2025-10-01", "2025-10-31",
       "ประกาศ 1 ฉบับ"),
      ("ประชาสัมพันธ์นโยบายผ่านบอร์ดหน้า รพ.สต. และกลุ่มไลน์ อสม.", "พ.ย. 68 - ธ.ค. 68", "2025-11-01",
       "2025-12-31", "ผู้รับบริการรับรู้ร้อยละ 80")]),
    ("3. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ 4)", 4,
     "งานบริหารทั่วไป", O(org="งานบริหารทั่วไป"),
     [("จัดทำแนวปฏิบัติและแบบฟอร์มการยืมคืนพัสดุ ครุภัณฑ์ และรถราชการ", "ภายใน 31 ธ.ค. 68", None, "2025-12-31",
       "แนวปฏิบัติ 1 ฉบับ"),
      ("ตรวจสอบทะเบียนการยืมคืนทรัพย์สินของราชการ", "ม.ค. 69 - มี.ค. 69", "2026-01-01", "2026-03-31",
       "ตรวจสอบ 1 ครั้ง/ไตรมาส")]),
]


def n3():
    doc = tight(new_doc("Umpush", 14, landscape=True, margin=1.6))
    centre(doc, f"ประกาศ{N3_UNIT}", bold=True, size=16)
    centre(doc, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569", bold=True)
    centre(doc, "-------------------------")
    body(doc, f"ตามที่{N3_UNIT} อำเภอบรบือ จังหวัดมหาสารคาม ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
              "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 90.35 คะแนน ระดับ A นั้น "
              "เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 ให้ได้ไม่ต่ำกว่า 95 คะแนน จึงประกาศมาตรการ "
              "ดังต่อไปนี้")
    n_rows = 2 + sum(len(m[4]) for m in N3_MEASURES)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(t, [6.4, 8.2, 3.4, 4.6, 4.0])
    # two-row header: มาตรการ | การดำเนินงาน (กิจกรรม/โครงการ, ระยะเวลา) | ผู้รับผิดชอบ | ตัวชี้วัด (ความสำเร็จ)
    for c in (0, 3, 4):
        a = t.cell(0, c).merge(t.cell(1, c))
        _cell_text(a, {0: "มาตรการ", 3: "ผู้รับผิดชอบ", 4: "ตัวชี้วัด\n(ค่าเป้าหมาย)"}[c], bold=True)
    a = t.cell(0, 1).merge(t.cell(0, 2))
    _cell_text(a, "การดำเนินงาน", bold=True)
    _cell_text(t.cell(1, 1), "กิจกรรม/โครงการ", bold=True)
    _cell_text(t.cell(1, 2), "ระยะเวลา", bold=True)
    for r in (0, 1):
        for c in range(5):
            for p in t.cell(r, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cell in t.rows[r].cells:
            shade(cell, "FCE4D6")
    r = 2
    for head, _, owner, _, acts in N3_MEASURES:
        r0 = r
        for k, (title, period, _, _, kpi) in enumerate(acts, 1):
            _cell_text(t.cell(r, 1), f"{k}) {title}")
            _cell_text(t.cell(r, 2), period)
            _cell_text(t.cell(r, 4), kpi)
            t.cell(r, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r += 1
        a = t.cell(r0, 0).merge(t.cell(r - 1, 0))
        _cell_text(a, head, bold=True)
        b = t.cell(r0, 3).merge(t.cell(r - 1, 3))
        _cell_text(b, owner)
    _para(doc, "")
    body(doc, "ทั้งนี้ ให้บุคลากรทุกคนถือปฏิบัติ และให้ผู้รับผิดชอบรายงานผลการดำเนินงานทุกไตรมาส")
    _para(doc, "                    ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2568")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30], "(นางวรรณภา ภูมิสะอาด)", N3_DIR]], [12])
    measures = []
    for _, ind, _, owner, acts in N3_MEASURES:
        for title, _, start, end, _ in acts:
            measures.append(M(title, [owner], ind=ind, start=start, end=end))
    facts = {
        "notes": "Only score: ITA 2568 overall 90.35 (A) in the preamble; 'ไม่ต่ำกว่า 95 คะแนน' is a target; the "
                 "ตัวชี้วัด (ค่าเป้าหมาย) column holds success targets (ร้อยละ 100, 12 เดือน, ร้อยละ 80, 1 ฉบับ, 1 "
                 "ครั้ง/ไตรมาส), not ITA indicators or scores. Measures: the seven activity rows (numbered 1)-3) "
                 "within each measure) are the records, as activities under a measure heading in earlier gold; the "
                 "three มาตรการ cells merged down over their activity rows are group headings, not records. Title = "
                 "the กิจกรรม/โครงการ cell without its number; indicator_no from the '(ตัวชี้วัดที่ n)' tag of the "
                 "merged มาตรการ cell (measure 2, No Gift Policy, names none: null). Owner = the ผู้รับผิดชอบ cell "
                 "merged over the measure's rows, repeated on each activity: 'นายธนกร ศรีวิชัย / "
                 "นักวิชาการสาธารณสุขชำนาญการ' one person (name over post in one cell); the director's post a "
                 "position; 'งานบริหารทั่วไป' an org unit. Periods with short Buddhist years: 'ต.ค. 68 - ก.ย. 69' = FY "
                 "2569 (2025-10-01..2026-09-30); 'ทุกเดือน' no dates; a single month ('เม.ย. 69', 'ต.ค. 68') spans the "
                 "month; 'พ.ย. 68 - ธ.ค. 68' and 'ม.ค. 69 - มี.ค. 69' month spans; 'ภายใน 31 ธ.ค. 68' a deadline (end "
                 "only). 'ทุกไตรมาส' in the closing sentence is the reporting rhythm. People: the director who signs "
                 "the announcement (ผู้ลงนาม).",
        "scores": [S("overall", 90.35, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาง", "วรรณภา ภูมิสะอาด", N3_DIR)],
        "findings": [],
    }
    document = {
        "unit": N3_UNIT, "unit_type": "hospital", "province": "มหาสารคาม", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "ประกาศโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองเม็ก เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน"
                 "หน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Announcement of FY 2569 measures dated 20 ต.ค. 2568 (FY 2569). Title = the two centred heading lines "
                 "(the เรื่อง line alone is an acceptable alternative). unit_type hospital (a รพ.สต., as the "
                 "ดอนแก้ว gold). Province from the preamble (อำเภอบรบือ จังหวัดมหาสารคาม).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ n4

N4_UNIT = "สำนักงานที่ดินจังหวัดอำนาจเจริญ"
HAND = "Sawasdee"


def field(doc, parts, stops, indent=0.0):
    """One form line: printed labels and 'hand-written' values (another font, italic); each None in parts is a
    tab to the next stop in stops (cm), filled with a dot leader, as on a printed form filled in later."""
    p = doc.add_paragraph()
    for x in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(x), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    for part in parts:
        if part is None:
            p.add_run("\t")
            continue
        text, hand = part
        run = p.add_run((" " + text + " ") if hand else text)
        if hand:
            run.font.name = HAND
            run.italic = True
            run.font.size = Pt(15)
    p.paragraph_format.space_after = Pt(6)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def n4():
    doc = tight(new_doc("Garuda", 13, landscape=False, margin=1.8), after=0)
    p = _para(doc, "แบบ ทด.ITA-2")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    centre(doc, "แบบฟอร์มรายงานผลการประเมินและมาตรการยกระดับคุณธรรมและความโปร่งใส", bold=True, size=15)
    centre(doc, "(ITA) ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=15)
    _para(doc, "")
    field(doc, [("ชื่อหน่วยงาน", False), None, (N4_UNIT, True), None], [3.2, 17.0])
    field(doc, [("สังกัด", False), None, ("กรมที่ดิน กระทรวงมหาดไทย", True), None], [3.2, 17.0])
    field(doc, [("ผลคะแนน ITA ปี 2568", False), None, ("88.91", True), None, ("คะแนน   ระดับ", False), None,
                ("A", True), None], [5.4, 8.6, 12.4, 17.0])
    field(doc, [("ตัวชี้วัดที่ได้คะแนนต่ำสุด", False), None, ("ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน", True), None],
          [5.4, 17.0])
    field(doc, [("ได้คะแนน", False), None, ("79.25", True), None, ("คะแนน", False)], [5.4, 8.6])
    field(doc, [("ประเด็นที่ต้องเร่งพัฒนา", False), None, ("ผู้มาติดต่อรอคิวนาน และไม่ทราบช่องทางร้องเรียน", True),
                None], [5.4, 17.0])
    _para(doc, "")
    _para(doc, "มาตรการที่จะดำเนินการ", bold=True)
    rows = [["ที่", "มาตรการ / การดำเนินการ", "ผู้รับผิดชอบ", "กำหนดเสร็จ"],
            ["1", "ติดตั้งระบบบัตรคิวอัตโนมัติและประกาศระยะเวลาให้บริการแต่ละประเภทงานจดทะเบียน",
             "ฝ่ายอำนวยการ", "31 ธ.ค. 2568"],
            ["2", "จัดทำคู่มือประชาชนการขอรังวัดและการจดทะเบียนสิทธิ และเผยแพร่ทางเว็บไซต์และเฟซบุ๊ก",
             "นายวิชัย คำสุข\nเจ้าพนักงานที่ดินชำนาญการ", "28 ก.พ. 2569"],
            ["3", "ประชุมชี้แจงแนวทางการป้องกันการรับสินบนแก่ข้าราชการและลูกจ้างทุกฝ่าย",
             "เจ้าพนักงานที่ดินจังหวัด", "30 มิ.ย. 2569"]]
    t = table(doc, rows, [1.0, 9.0, 4.4, 2.6], centre_cols=(0, 3), fill="E2EFD9")
    for r in range(1, 4):
        for c in (1, 2, 3):
            for p in t.rows[r].cells[c].paragraphs:
                for run in p.runs:
                    run.font.name = HAND
                    run.italic = True
    keep_rows(t)
    _para(doc, "")
    for label, value in (("ผู้รายงาน", "นางสาวกาญจนา ทองดี"), ("ตำแหน่ง", "นักวิชาการที่ดินปฏิบัติการ"),
                         ("โทรศัพท์", "08 1234 5678"), ("วันที่รายงาน", "15 ตุลาคม 2568")):
        field(doc, [(label, False), None, (value, True), None], [10.0, 17.0], indent=7.5)
    measures = [
        M(rows[1][1], [O(org="ฝ่ายอำนวยการ")], end="2025-12-31"),
        M(rows[2][1], [O("นาย", "วิชัย คำสุข", "เจ้าพนักงานที่ดินชำนาญการ")], end="2026-02-28"),
        M(rows[3][1], [O(pos="เจ้าพนักงานที่ดินจังหวัด")], end="2026-06-30"),
    ]
    facts = {
        "notes": "Scores from the dot-leader fields: ITA 2568 overall 88.91 (A), and indicator 8 (EIT, "
                 "การปรับปรุงการทำงาน) 79.25 (the indicator is named in the 'ตัวชี้วัดที่ได้คะแนนต่ำสุด' field, its value in the next field "
                 "'ได้คะแนน ... 79.25 ... คะแนน'). Measures: the three rows of the table; title = the มาตรการ cell; no "
                 "indicator is named in the rows (the weak indicator 8 field is background, not tied to a row): "
                 "indicator_no null. The กำหนดเสร็จ column is a single completion date: end only (2025-12-31, "
                 "2026-02-28, 2026-06-30), start null. Owners: 'ฝ่ายอำนวยการ' an org unit; 'นายวิชัย คำสุข' over "
                 "'เจ้าพนักงานที่ดินชำนาญการ' in one cell = one person; 'เจ้าพนักงานที่ดินจังหวัด' a position. "
                 "People: ผู้รายงาน with position and phone from the fields below the table (นางสาว -> น.ส.). The "
                 "form code 'แบบ ทด.ITA-2' and the report date are not scores.",
        "scores": [S("overall", 88.91, 2568, rating="A"), S("indicator", 79.25, 2568, "EIT", 8)],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "กาญจนา ทองดี", "นักวิชาการที่ดินปฏิบัติการ", "08 1234 5678")],
        "findings": [],
    }
    document = {
        "unit": N4_UNIT, "unit_type": "other", "province": "อำนาจเจริญ", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "แบบฟอร์มรายงานผลการประเมินและมาตรการยกระดับคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "A one-page form with dot-leader fields (tab stops, not a table); unit from the ชื่อหน่วยงาน field, "
                 "province from the unit's name. Fiscal year 2568 as titled (the result year; the measures run in FY "
                 "2569, reported 15 ต.ค. 2568). unit_type: a provincial land office of กรมที่ดิน has no type of its own "
                 "in earlier gold ('other'; 'department' is arguable for a branch of a department). doc_type analysis "
                 "(score, weak indicator and measures, as the blind9 form gold). Title = the two title lines; the form "
                 "code 'แบบ ทด.ITA-2' is not part of it.",
    }
    return doc, facts, document


REPORTS = {
    "n1_analysis_reversed_years_owner_first_school_non_sawang": n1,
    "n2_minutes_agenda3_running_text_na_di_phatthana": n2,
    "n3_announcement_rowspan_measures_rhs_nong_mek": n3,
    "n4_form_dot_leaders_land_office_amnat_charoen": n4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
