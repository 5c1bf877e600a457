#!/usr/bin/env python3
"""Build the blind-21 reports (tests/blind21/x*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind19/make_blind19.py and
tests/blind17/make_blind17.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  x1  สถานีตำรวจภูธรโพนทองเหนือ (ร้อยเอ็ด)          คำสั่ง appointing persons responsible for each ITA indicator:
                                              table 'ตัวชี้วัด | ผู้รับผิดชอบหลัก | ผู้ช่วย', police ranks
                                              glued to names (พ.ต.ท./ร.ต.อ.หญิง/ด.ต./จ.ส.ต./ส.ต.อ.), post on the
                                              next line, people repeated over rows, one cell holding two
                                              people, one an org unit; duties list; no measures; Laksaman 15,
                                              Arabic digits
  x2  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาฬสินธุ์ใต้  measures table, every period a Buddhist date range with full
                                              month names and two-digit days ('๐๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม
                                              ๒๕๖๙'), owners posts with 'ฯ' abbreviations ('หัวหน้าฝ่ายอำนวย
                                              การฯ'); landscape, Kinnari 14, Thai digits
  x3  สำนักงานสาธารณสุขอำเภอท่าศาลาทอง (นครศรีธรรมราช) measures numbered 'ก.' 'ข.' 'ค.' under 'ด้าน...' headings
                                              that name the indicator ('(ตัวชี้วัดที่ ๙)'), each followed by
                                              indented 'ผู้รับผิดชอบ ...' / 'ระยะเวลา ...' lines; Loma 14, Thai
                                              digits
  x4  องค์การบริหารส่วนตำบลบางกระเจ็ดทอง (ฉะเชิงเทรา) transposed calendar: landscape table, one ROW per month
                                              (ต.ค. 68 ... ก.ย. 69) and one COLUMN per measure (title and owner
                                              in the header), the month's activities in the cells, '–' for
                                              none, plus a หมายเหตุ column; Sawasdee 10.5-11, Arabic digits

    uv run python tests/blind21/make_blind21.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import size_all, sized  # noqa: E402



# ------------------------------------------------------------------------------------------ x1

X1_UNIT = "สถานีตำรวจภูธรโพนทองเหนือ"
# key: (rank, name, printed post, cell text)
X1_PEOPLE = {
    "M1": ("พ.ต.ท.", "ชาญวิทย์ พลศรี", "รอง ผกก.ป."),
    "M2": ("พ.ต.ท.", "อภิรักษ์ มณีวงศ์", "สว.อก."),
    "M3": ("ร.ต.อ.", "ธีรภัทร สิงห์คำ", "รอง สว.(สอบสวน)"),
    "M4": ("ร.ต.อ.หญิง", "กมลชนก ศรีบุญ", "รอง สว.อก."),
    "A1": ("ด.ต.", "สมศักดิ์ บุญยืน", "ผบ.หมู่ (ป.)"),
    "A2": ("ด.ต.", "ประยูร คำมา", "ผบ.หมู่ (ธุรการ)"),
    "A3": ("จ.ส.ต.", "วีรยุทธ ทองดี", "ผบ.หมู่ (สอบสวน)"),
    "A5": ("ส.ต.อ.", "ณัฐวุฒิ จันทร์แก้ว", "ผบ.หมู่ (ป.)"),
}
X1_IND = [
    (1, "การปฏิบัติหน้าที่", ["M1"], ["A1"]),
    (2, "การใช้งบประมาณ", ["M2"], ["A2"]),
    (3, "การใช้อำนาจ", ["M1"], ["A1"]),
    (4, "การใช้ทรัพย์สินของราชการ", ["M2"], ["A2"]),
    (5, "การแก้ไขปัญหาการทุจริต", ["M3"], ["A1"]),
    (6, "คุณภาพการดำเนินงาน", ["M3"], ["A3"]),
    (7, "ประสิทธิภาพการสื่อสาร", ["M4"], ["A3"]),
    (8, "การปรับปรุงการทำงาน", ["M4"], ["A3"]),
    (9, "การเปิดเผยข้อมูล", ["M2"], ["A2", "A5"]),
    (10, "การป้องกันการทุจริต", ["M2"], ["งานอำนวยการ (ทุกนาย)"]),
]
X1_DUTIES = [
    "ศึกษาหลักเกณฑ์และแนวทางการประเมินตามตัวชี้วัดที่ได้รับมอบหมาย และชี้แจงให้ข้าราชการตำรวจในสถานีทราบ",
    "รวบรวมข้อมูลและหลักฐานตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ในส่วนที่เกี่ยวข้อง "
    "ส่งให้งานอำนวยการภายในวันที่ 15 ของทุกเดือน",
    "ประสานการตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) และภายนอก (EIT) ให้ครบตามจำนวนที่กำหนด",
    "รายงานผลการดำเนินงานต่อผู้กำกับการสถานีตำรวจภูธรโพนทองเหนือทุกเดือน",
]


def _x1_cell(keys):
    out = []
    for k in keys:
        if k in X1_PEOPLE:
            rank, name, post = X1_PEOPLE[k]
            out.append(f"{rank}{name}\n{post}")
        else:
            out.append(k)
    return "\n".join(out)


def x1():
    doc = tight(new_doc("Laksaman", 15, landscape=False, margin=2.0), after=1)
    centre(doc, f"คำสั่ง{X1_UNIT}", bold=True, size=18)
    centre(doc, "ที่ 214/2568", bold=True)
    centre(doc, "เรื่อง แต่งตั้งผู้รับผิดชอบตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส", bold=True)
    centre(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569", bold=True)
    centre(doc, "----------------------------------")
    body(doc, f"ตามที่ตำรวจภูธรจังหวัดร้อยเอ็ดได้กำหนดให้สถานีตำรวจในสังกัดเข้ารับการประเมินคุณธรรมและความโปร่งใส"
              f"ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 ซึ่งผลการประเมินของ{X1_UNIT} "
              "ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 91.36 คะแนน อยู่ในระดับ A และกำหนดเป้าหมายปี 2569 "
              "ไว้ไม่น้อยกว่า 95 คะแนน นั้น")
    body(doc, "เพื่อให้การขับเคลื่อนการประเมินเป็นไปอย่างมีประสิทธิภาพ จึงแต่งตั้งข้าราชการตำรวจเป็นผู้รับผิดชอบ"
              "ตัวชี้วัดการประเมิน ITA ทั้ง 10 ตัวชี้วัด ดังนี้")
    rows = [["ตัวชี้วัด", "ผู้รับผิดชอบหลัก", "ผู้ช่วย"]]
    for n, name, main, assist in X1_IND:
        rows.append([f"{n}. {name}", _x1_cell(main), _x1_cell(assist)])
    t = table(doc, rows, [5.4, 6.0, 5.6], fill="E2EFDA")
    size_all(t, 13)
    keep_rows(t)
    body(doc, "ให้ผู้รับผิดชอบหลักและผู้ช่วยมีหน้าที่ ดังนี้", first=1.25)
    for i, d in enumerate(X1_DUTIES, 1):
        body(doc, f"{i}. {d}", first=0, left=1.25)
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    centre(doc, "สั่ง ณ วันที่ 20 ตุลาคม พ.ศ. 2568")
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) พ.ต.อ. " + DOTS[:30], "( ไพโรจน์ ศักดิ์สิทธิ์ )", f"ผกก.สภ.โพนทองเหนือ"]], [12])
    # people: each appointee once, role from the column he/she is listed in
    people, seen = [], set()
    for col, role in ((2, "ผู้รับผิดชอบหลัก"), (3, "ผู้ช่วย")):
        for row in X1_IND:
            for k in row[col]:
                if k in X1_PEOPLE and k not in seen:
                    seen.add(k)
                    rank, name, post = X1_PEOPLE[k]
                    people.append(P(role, rank, name, post))
    people.append(P("ผู้ลงนาม", "พ.ต.อ.", "ไพโรจน์ ศักดิ์สิทธิ์", "ผกก.สภ.โพนทองเหนือ"))
    facts = {
        "notes": "Directive (คำสั่ง) ที่ 214/2568 of 20 ต.ค. 2568 (FY 2569) of a police station appointing, per ITA "
                 "indicator, a main responsible officer and assistants (table 'ตัวชี้วัด | ผู้รับผิดชอบหลัก | "
                 "ผู้ช่วย'). Scores: only ITA 2568 overall 91.36 (A) in the preamble; 'ไม่น้อยกว่า 95 คะแนน' is the "
                 "2569 target; 'ทั้ง 10 ตัวชี้วัด', the order number and 'วันที่ 15 ของทุกเดือน' are not scores. "
                 "Measures: NONE -- the ten table rows are assignments of people to indicators (no activity, no "
                 "period) and the four numbered duties (หน้าที่) are the appointees' terms of reference with no "
                 "owner of their own and no period (as the blind11 l1 directive); 'ภายในวันที่ 15 ของทุกเดือน' is a "
                 "reporting rule. A reader turning rows or duties into measures scores extras. People judgement "
                 "(following blind11 l1, where the directive's members are people with their printed committee "
                 "roles): the appointees are people, role = the header of the column they are listed in "
                 "('ผู้รับผิดชอบหลัก' or 'ผู้ช่วย'; a role carrying the indicator, e.g. 'ผู้รับผิดชอบหลักตัวชี้วัดที่ "
                 "1', still matches by prefix); each person ONCE although several are listed in two to four rows "
                 "(พ.ต.ท.อภิรักษ์ is main for 2, 4, 9 and 10); no one is in both columns. Cells: rank glued to the "
                 "name on the first line, post on the next (rank/person_name/position: 'ร.ต.อ.หญิง กมลชนก ศรีบุญ' "
                 "rank ร.ต.อ.หญิง; positions as printed, abbreviated, e.g. 'รอง ผกก.ป.', 'ผบ.หมู่ (ธุรการ)'); the "
                 "ผู้ช่วย cell of indicator 9 holds TWO people (ด.ต.ประยูร คำมา and ส.ต.อ.ณัฐวุฒิ จันทร์แก้ว); the "
                 "ผู้ช่วย cell of indicator 10 'งานอำนวยการ (ทุกนาย)' is a section, not a person. The signer: "
                 "police-style signature, rank before the dots, name in brackets, post below; no role printed: "
                 "ผู้ลงนาม. 8 appointees + signer = 9 people.",
        "scores": [S("overall", 91.36, 2568, rating="A")],
        "measures": [],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": X1_UNIT, "unit_type": "police_station", "province": "ร้อยเอ็ด", "fiscal_year": 2569,
        "doc_type": "other",
        "title": f"คำสั่ง{X1_UNIT} ที่ 214/2568 เรื่อง แต่งตั้งผู้รับผิดชอบตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส"
                 "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Directive of 20 ต.ค. 2568 for the ITA 2569 assessment: fiscal_year 2569 (the year it organises and "
                 "is dated in). doc_type other: a directive, neither plan nor analysis (as blind11 l1). Title = the "
                 "three centred heading lines (as blind11 l1). Province ร้อยเอ็ด from 'ตำรวจภูธรจังหวัดร้อยเอ็ด' in "
                 "the preamble (the station's parent command).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ x2

X2_UNIT = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาฬสินธุ์ใต้"
X2_DIR = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาฬสินธุ์ใต้"
# title, ind cell, KPI, owner cell, period cell, owners, ind, start, end
X2_ROWS = [
    ("มาตรการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์สำนักงานเขตพื้นที่การศึกษาให้ครบถ้วนและเป็นปัจจุบัน",
     "ตัวชี้วัดที่ 9", "ข้อมูลครบ 33 รายการ", "หัวหน้าฝ่ายอำนวยการฯ\nนางสาวศิริพร วงศ์ใหญ่\nนักวิชาการคอมพิวเตอร์ชำนาญการ",
     "01 ตุลาคม 2568 – 31 มีนาคม 2569",
     [O(pos="หัวหน้าฝ่ายอำนวยการฯ"), O("น.ส.", "ศิริพร วงศ์ใหญ่", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], 9,
     "2025-10-01", "2026-03-31"),
    ("มาตรการจัดทำช่องทางแจ้งเบาะแสการทุจริตและติดตามผลการดำเนินการเรื่องร้องเรียน", "ตัวชี้วัดที่ 5",
     "แจ้งผลผู้ร้องภายใน 15 วันทำการ ร้อยละ 100", "ผอ.กลุ่มกฎหมายและคดี",
     "01 พฤศจิกายน 2568 – 30 กันยายน 2569", [O(pos="ผอ.กลุ่มกฎหมายและคดี")], 5, "2025-11-01", "2026-09-30"),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างของโรงเรียนในสังกัด", "ตัวชี้วัดที่ 10",
     "โรงเรียนในสังกัดร้อยละ 100", "ผอ.กลุ่มบริหารงานการเงินฯ\nหัวหน้าหน่วยตรวจสอบภายในฯ",
     "15 ตุลาคม 2568 – 15 มกราคม 2569",
     [O(pos="ผอ.กลุ่มบริหารงานการเงินฯ"), O(pos="หัวหน้าหน่วยตรวจสอบภายในฯ")], 10, "2025-10-15", "2026-01-15"),
    ("กิจกรรมอบรมบุคลากรเรื่องประมวลจริยธรรมและการปฏิบัติงานด้วยความซื่อสัตย์สุจริต", "ตัวชี้วัดที่ 1",
     "ผู้เข้าอบรมร้อยละ 90", "ผอ.กลุ่มพัฒนาครูและบุคลากรทางการศึกษาฯ", "02 กุมภาพันธ์ 2569 – 27 กุมภาพันธ์ 2569",
     [O(pos="ผอ.กลุ่มพัฒนาครูและบุคลากรทางการศึกษาฯ")], 1, "2026-02-02", "2026-02-27"),
    ("มาตรการสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ", "–", "ความพึงพอใจร้อยละ 85",
     "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "01 เมษายน 2569 – 30 มิถุนายน 2569",
     [O(org="กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา")], None, "2026-04-01", "2026-06-30"),
    ("มาตรการ “สพม.กาฬสินธุ์ใต้ ไม่รับของขวัญ” (No Gift Policy)", "–", "ไม่มีเรื่องร้องเรียน",
     "หัวหน้าฝ่ายอำนวยการฯ", "01 ตุลาคม 2568 – 30 กันยายน 2569", [O(pos="หัวหน้าฝ่ายอำนวยการฯ")], None,
     "2025-10-01", "2026-09-30"),
]


def x2():
    doc = tight(new_doc("Kinnari", 14, landscape=True, margin=1.6), after=1)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=17)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=17)
    centre(doc, f"{X2_UNIT} จังหวัดกาฬสินธุ์", bold=True)
    body(doc, th(f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
                 f"{X2_UNIT}ได้ 94.12 คะแนน อยู่ในระดับ A โดยตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ได้คะแนนต่ำสุด "
                 "87.25 คะแนน จึงกำหนดมาตรการเพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 ดังนี้"))
    rows = [["ที่", "มาตรการ / กิจกรรม", "ตัวชี้วัด ITA", "ตัวชี้วัดความสำเร็จ", "ผู้รับผิดชอบ",
             "ระยะเวลาดำเนินการ"]]
    for i, r in enumerate(X2_ROWS, 1):
        rows.append([th(str(i)), th(r[0]), th(r[1]), th(r[2]), th(r[3]), th(r[4])])
    t = table(doc, rows, [1.0, 7.6, 2.6, 3.7, 6.4, 5.2], centre_cols=(0, 2), fill="FCE4D6")
    size_all(t, 13)
    keep_rows(t)
    sized(doc, th("หมายเหตุ  รายงานผลการดำเนินงานรอบ 6 เดือน ภายใน 30 เมษายน 2569 และรอบ 12 เดือน ภายใน "
                  "15 ตุลาคม 2569"), 12, before=4, after=8)
    sig_table(doc, [["ลงชื่อ" + DOTS[:28] + "ผู้เสนอ", "(นางวิภาวรรณ ศรีสมบัติ)",
                     "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "มัธยมศึกษากาฬสินธุ์ใต้"],
                    ["ลงชื่อ" + DOTS[:28] + "ผู้อนุมัติ", "(นายประพันธ์ ชัยสิทธิ์)",
                     "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "มัธยมศึกษากาฬสินธุ์ใต้"]], [12.5, 12.5])
    measures = [M(r[0], r[5], ind=r[6], start=r[7], end=r[8]) for r in X2_ROWS]
    facts = {
        "notes": "Measures table, landscape, Kinnari 13-14, Thai digits. Scores (FY 2568) in the opening paragraph: "
                 "overall 94.12 (A) and indicator 5 (IIT, การแก้ไขปัญหาการทุจริต) 87.25. Not scores: the "
                 "ตัวชี้วัดความสำเร็จ targets (๓๓ รายการ, ๑๕ วันทำการ, ร้อยละ ๑๐๐/๙๐/๘๕), the row numbers. Measures: "
                 "the six rows; title = the มาตรการ / กิจกรรม cell. indicator_no from the ตัวชี้วัด ITA column "
                 "('ตัวชี้วัดที่ ๙/๕/๑๐/๑' = 9, 5, 10, 1; '–' null; No Gift Policy is not an indicator). Periods: "
                 "every cell is a Buddhist date range with full month names and two-digit days, taken day for day: "
                 "'๐๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙' 2025-10-01..2026-03-31; '๐๑ พฤศจิกายน ๒๕๖๘ – ๓๐ กันยายน "
                 "๒๕๖๙' 2025-11-01..2026-09-30; '๑๕ ตุลาคม ๒๕๖๘ – ๑๕ มกราคม ๒๕๖๙' 2025-10-15..2026-01-15; '๐๒ "
                 "กุมภาพันธ์ ๒๕๖๙ – ๒๗ กุมภาพันธ์ ๒๕๖๙' 2026-02-02..2026-02-27 (NOT the whole month); '๐๑ เมษายน "
                 "๒๕๖๙ – ๓๐ มิถุนายน ๒๕๖๙' 2026-04-01..2026-06-30; '๐๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙' "
                 "2025-10-01..2026-09-30. The หมายเหตุ reporting deadlines (๓๐ เมษายน / ๑๕ ตุลาคม ๒๕๖๙) are not "
                 "periods. Owners: posts abbreviated with a trailing 'ฯ' are positions, kept as printed with the ฯ "
                 "(the comparison drops a trailing ฯ, so a reader dropping it matches too): 'หัวหน้าฝ่ายอำนวยการฯ' "
                 "(rows ๑ and ๖), 'ผอ.กลุ่มบริหารงานการเงินฯ' and 'หัวหน้าหน่วยตรวจสอบภายในฯ' (row ๓, two "
                 "positions, one per line), 'ผอ.กลุ่มพัฒนาครูและบุคลากรทางการศึกษาฯ'; 'ผอ.กลุ่มกฎหมายและคดี' a "
                 "position (no ฯ); row ๑ also names a person over two lines ('นางสาวศิริพร วงศ์ใหญ่' over "
                 "'นักวิชาการคอมพิวเตอร์ชำนาญการ' = one person, น.ส.), so row ๑ has two owners; 'กลุ่มนิเทศ "
                 "ติดตามและประเมินผลการจัดการศึกษา' one org unit (the space and 'และ' are inside the group's name). "
                 "People: ผู้เสนอ and ผู้อนุมัติ side by side (role after the dots); position = the two lines under "
                 "the name joined (the unit's name wraps after 'การศึกษา').",
        "scores": [S("overall", 94.12, 2568, rating="A"), S("indicator", 87.25, 2568, "IIT", 5)],
        "measures": measures,
        "people": [P("ผู้เสนอ", "นาง", "วิภาวรรณ ศรีสมบัติ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"
                     "มัธยมศึกษากาฬสินธุ์ใต้"),
                   P("ผู้อนุมัติ", "นาย", "ประพันธ์ ชัยสิทธิ์", X2_DIR)],
        "findings": [],
    }
    for m in facts["measures"]:
        m["title"] = th(m["title"])
    document = {
        "unit": X2_UNIT, "unit_type": "other", "province": "กาฬสินธุ์", "fiscal_year": 2569, "doc_type": "measures",
        "title": th("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 measures of a secondary educational service area office (สพม.). unit_type other "
                 "(as the สพป. of blind15 q1; 'department' arguable). Title = the first two heading lines (the "
                 "third names the unit and province). Province กาฬสินธุ์ from the third heading line (the unit's "
                 "name 'กาฬสินธุ์ใต้' is invented).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ x3

X3_UNIT = "สำนักงานสาธารณสุขอำเภอท่าศาลาทอง"
X3_SSA = "สาธารณสุขอำเภอท่าศาลาทอง"
# heading, [(letter, title, owner text, period text, kpi or None, owners, start, end)], ind
X3_GROUPS = [
    ("๑. ด้านการเปิดเผยข้อมูล (ตัวชี้วัดที่ 9)", 9, [
        ("ก.", "ปรับปรุงเว็บไซต์ของสำนักงานให้มีข้อมูลพื้นฐานและข้อมูลการบริหารงานครบถ้วนตามแบบตรวจ OIT",
         "งานบริหารทั่วไป", "ตุลาคม 2568 – กันยายน 2569", "ข้อมูลครบถ้วนร้อยละ 100",
         [O(org="งานบริหารทั่วไป")], "2025-10-01", "2026-09-30"),
        ("ข.", "เผยแพร่สรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1) ภายในวันที่ 10 ของเดือนถัดไป",
         "นางสาวมณีรัตน์ ทองคำ เจ้าพนักงานพัสดุชำนาญงาน", "ทุกเดือน", None,
         [O("น.ส.", "มณีรัตน์ ทองคำ", "เจ้าพนักงานพัสดุชำนาญงาน")], None, None),
    ]),
    ("๒. ด้านการป้องกันการทุจริต (ตัวชี้วัดที่ 10)", 10, [
        ("ก.", "จัดทำแผนบริหารความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569", X3_SSA,
         "ภายในเดือนธันวาคม 2568", "แผน 1 ฉบับ", [O(pos=X3_SSA)], None, "2025-12-31"),
        ("ข.", "ประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ให้บุคลากรทุกคนรับทราบ",
         "งานบริหารทั่วไป และงานยุทธศาสตร์", "1 – 31 ตุลาคม 2568", None,
         [O(org="งานบริหารทั่วไป"), O(org="งานยุทธศาสตร์")], "2025-10-01", "2025-10-31"),
        ("ค.", "ทบทวนแนวปฏิบัติการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง",
         "นายธนพล ศรีทอง นักวิชาการสาธารณสุขชำนาญการ", "ไตรมาสที่ 2 (มกราคม – มีนาคม 2569)", None,
         [O("นาย", "ธนพล ศรีทอง", "นักวิชาการสาธารณสุขชำนาญการ")], "2026-01-01", "2026-03-31"),
    ]),
    ("๓. ด้านการใช้ทรัพย์สินของราชการ", 4, [
        ("ก.", "จัดทำทะเบียนคุมการยืมคืนครุภัณฑ์และรถยนต์ราชการ และตรวจสอบทุกไตรมาส",
         "ผู้ช่วยสาธารณสุขอำเภอ (ด้านบริหาร)", "พฤศจิกายน 2568", None,
         [O(pos="ผู้ช่วยสาธารณสุขอำเภอ (ด้านบริหาร)")], "2025-11-01", "2025-11-30"),
    ]),
    ("๔. ด้านวัฒนธรรมองค์กร", None, [
        ("ก.", "รณรงค์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
         "งานบริหารทั่วไป", "ธันวาคม 2568 – มกราคม 2569", "บุคลากรลงนามรับทราบร้อยละ 100",
         [O(org="งานบริหารทั่วไป")], "2025-12-01", "2026-01-31"),
    ]),
]


def x3():
    doc = tight(new_doc("Loma", 14, landscape=False, margin=2.2), after=1)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=16)
    centre(doc, f"{X3_UNIT} จังหวัดนครศรีธรรมราช", bold=True)
    centre(doc, "*************")
    body(doc, th(f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของ{X3_UNIT} ได้คะแนนรวม 88.16 คะแนน (ระดับ A) "
                 "โดยตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 80.00 คะแนน และตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ "
                 "78.75 คะแนน ซึ่งต่ำกว่าเป้าหมายที่กำหนดไว้ 85 คะแนน สำนักงานจึงกำหนดมาตรการแยกตามประเด็น ดังนี้"))
    measures = []
    for heading, ind, items in X3_GROUPS:
        p = _para(doc, th(heading), bold=True)
        p.paragraph_format.space_before = Pt(6)
        for letter, title, owner, period, kpi, owners, start, end in items:
            p = _para(doc, th(f"{letter}  {title}"))
            p.paragraph_format.left_indent = Cm(1.6)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            lines = [f"ผู้รับผิดชอบ  {owner}", f"ระยะเวลา  {period}"]
            if kpi:
                lines.append(f"ตัวชี้วัดความสำเร็จ  {kpi}")
            for ln in lines:
                q = _para(doc, th(ln))
                q.paragraph_format.left_indent = Cm(2.4)
            measures.append(M(th(title), owners, ind=ind, start=start, end=end))
    _para(doc, "")
    body(doc, th("ให้ผู้รับผิดชอบรายงานผลการดำเนินงานต่อสาธารณสุขอำเภอทุก 3 เดือน"))
    _para(doc, "")
    sig = [["ลงชื่อ" + DOTS[:30] + "ผู้จัดทำ", "(นายธนพล ศรีทอง)", "นักวิชาการสาธารณสุขชำนาญการ"],
           ["ลงชื่อ" + DOTS[:30] + "ผู้อนุมัติ", "(นายวิโรจน์ แก้วมณี)", X3_SSA]]
    for block in sig:
        sig_table(doc, [block], [11])
        _para(doc, "")
    facts = {
        "notes": "Measures in running text, Loma 14, Thai digits. Four 'ด้าน...' group headings; under each, measures "
                 "enumerated with Thai letters 'ก.' 'ข.' 'ค.' (restarting in each group), each followed by indented "
                 "'ผู้รับผิดชอบ ...' and 'ระยะเวลา ...' lines (and sometimes 'ตัวชี้วัดความสำเร็จ ...', a target). "
                 "Measures: the seven lettered items; title = the item text without its letter. indicator_no from "
                 "the group heading above: '(ตัวชี้วัดที่ ๙)' 9 for both items of group ๑; '(ตัวชี้วัดที่ ๑๐)' 10 "
                 "for the three of group ๒; group ๓ 'ด้านการใช้ทรัพย์สินของราชการ' names the indicator by its own "
                 "name without the number = 4; group ๔ 'ด้านวัฒนธรรมองค์กร' is no ITA indicator's name: null. The "
                 "heading numbers ๑.-๔. are group numbers, not indicators; 'แบบตรวจ OIT' in a title names a "
                 "tool. Periods: 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙' 2025-10-01..2026-09-30; 'ทุกเดือน' no dates "
                 "('ภายในวันที่ ๑๐ ของเดือนถัดไป' inside that title is a rule, not its period); 'ภายในเดือนธันวาคม "
                 "๒๕๖๘' a deadline (end 2025-12-31 only; 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙' in that title is not its "
                 "period); '๑ – ๓๑ ตุลาคม ๒๕๖๘' 2025-10-01..2025-10-31; 'ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๙)' "
                 "2026-01-01..2026-03-31; 'พฤศจิกายน ๒๕๖๘' the month 2025-11-01..2025-11-30; 'ธันวาคม ๒๕๖๘ – "
                 "มกราคม ๒๕๖๙' 2025-12-01..2026-01-31. 'ทุก ๓ เดือน' in the closing sentence is the reporting "
                 "cycle. Owners: 'งานบริหารทั่วไป' an org unit (three items); 'นางสาวมณีรัตน์ ทองคำ "
                 "เจ้าพนักงานพัสดุชำนาญงาน' and 'นายธนพล ศรีทอง นักวิชาการสาธารณสุขชำนาญการ' one person each "
                 "(rank/name/position); 'สาธารณสุขอำเภอท่าศาลาทอง' a position (the head's title); 'งานบริหารทั่วไป "
                 "และงานยุทธศาสตร์' two org units; 'ผู้ช่วยสาธารณสุขอำเภอ (ด้านบริหาร)' a position. Scores (FY "
                 "2568) in the opening paragraph: overall 88.16 (A), indicator 9 (OIT) 80.00, indicator 10 (OIT) "
                 "78.75; '๘๕ คะแนน' is a target. Not scores: the targets (ร้อยละ ๑๐๐, ๑ ฉบับ). People: ผู้จัดทำ "
                 "and ผู้อนุมัติ in two stacked signature blocks (role after the dots).",
        "scores": [S("overall", 88.16, 2568, rating="A"), S("indicator", 80.00, 2568, "OIT", 9),
                   S("indicator", 78.75, 2568, "OIT", 10)],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "นาย", "ธนพล ศรีทอง", "นักวิชาการสาธารณสุขชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "วิโรจน์ แก้วมณี", X3_SSA)],
        "findings": [],
    }
    document = {
        "unit": X3_UNIT, "unit_type": "health_office", "province": "นครศรีธรรมราช", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 measures of a district health office (สำนักงานสาธารณสุขอำเภอ; unit_type "
                 "health_office as the earlier สสอ./สสจ. gold). Title = the first two heading lines (the third names "
                 "the unit and province, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ x4

X4_UNIT = "องค์การบริหารส่วนตำบลบางกระเจ็ดทอง"
X4_MONTHS = ["ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69", "พ.ค. 69",
             "มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69"]
X4_M = [
    ("มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง (ตัวชี้วัดที่ 9)", "งานพัสดุ กองคลัง",
     {0: "จัดทำแผนจัดซื้อจัดจ้างประจำปีและประกาศเผยแพร่", 2: "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 1 (สขร.1)",
      5: "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 2", 8: "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 3"}),
    ("มาตรการลดขั้นตอนการให้บริการและสำรวจความพึงพอใจผู้รับบริการ",
     "นางสาวปวีณา ใจงาม\nนักวิเคราะห์นโยบายและแผนชำนาญการ",
     {3: "ทบทวนคู่มือการให้บริการประชาชน", 4: "ประกาศลดขั้นตอนและระยะเวลาการให้บริการ",
      6: "สำรวจความพึงพอใจ ครั้งที่ 1", 9: "สำรวจความพึงพอใจ ครั้งที่ 2 และสรุปผล"}),
    ("มาตรการส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญ (No Gift Policy)",
     "ปลัดองค์การบริหารส่วนตำบล\nสำนักปลัด",
     {1: "ประกาศนโยบาย No Gift Policy", 2: "ประชาสัมพันธ์ช่วงเทศกาลปีใหม่", 11: "รายงานผลต่อนายก อบต."}),
]
X4_NOTE = {5: "รายงานผลรอบ 6 เดือน", 11: "รายงานผลรอบ 12 เดือน"}


def x4():
    doc = tight(new_doc("Sawasdee", 11, landscape=True, margin=1.2), after=0)
    centre(doc, "ปฏิทินการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569", bold=True,
           size=15)
    centre(doc, f"{X4_UNIT} อำเภอบางคล้า จังหวัดฉะเชิงเทรา", bold=True, size=13)
    centre(doc, "(ผลการประเมิน ITA ปี 2568 ได้ 83.55 คะแนน ระดับ B  /  ปี 2567 ได้ 79.40 คะแนน ระดับ B)", size=11)
    rows = [["เดือน"] + [f"มาตรการที่ {i}\n{m[0]}" for i, m in enumerate(X4_M, 1)] + ["หมายเหตุ"],
            ["ผู้รับผิดชอบ"] + [m[1] for m in X4_M] + [""]]
    for k, mon in enumerate(X4_MONTHS):
        rows.append([mon] + [m[2].get(k, "–") for m in X4_M] + [X4_NOTE.get(k, "")])
    t = table(doc, rows, [2.6, 7.2, 7.2, 7.2, 3.1], header_rows=2, centre_cols=(0,), fill="DDEBF7")
    size_all(t, 10.5)
    keep_rows(t)
    sized(doc, "หมายเหตุ: เครื่องหมาย – หมายถึงไม่มีกิจกรรมตามแผนในเดือนนั้น", 10, before=3, after=4)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำ", "(นางสาวปวีณา ใจงาม)", "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติ", "(นายสมหมาย ทองเจริญ)", f"นายก{X4_UNIT}"]], [13, 13])
    measures = [
        M("มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", [O(org="งานพัสดุ กองคลัง")], ind=9, start="2025-10-01",
          end="2026-06-30"),
        M("มาตรการลดขั้นตอนการให้บริการและสำรวจความพึงพอใจผู้รับบริการ",
          [O("น.ส.", "ปวีณา ใจงาม", "นักวิเคราะห์นโยบายและแผนชำนาญการ")], start="2026-01-01", end="2026-07-31"),
        M("มาตรการส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญ (No Gift Policy)",
          [O(pos="ปลัดองค์การบริหารส่วนตำบล"), O(org="สำนักปลัด")], start="2025-11-01", end="2026-09-30"),
    ]
    facts = {
        "notes": "Transposed calendar, landscape, Sawasdee 10.5-11, Arabic digits: one ROW per month (ต.ค. 68 ... ก.ย. 69, "
                 "FY 2569: Oct-Dec = 2025, Jan-Sep = 2026) and one COLUMN per measure; header row 1 "
                 "'มาตรการที่ n' + the measure's name, header row 2 'ผู้รับผิดชอบ' + the owner; cells hold the "
                 "activities planned in that month, '–' for none (the footnote says so). Measures: the three "
                 "columns (NOT the 21 month cells, which are steps of their column's measure, and not the หมายเหตุ "
                 "column, whose 'รายงานผลรอบ 6/12 เดือน' are reporting rounds). Title = the header name after "
                 "'มาตรการที่ n' without the '(ตัวชี้วัดที่ 9)' tag (a title keeping it matches by prefix). "
                 "indicator_no: column 1 '(ตัวชี้วัดที่ 9)' 9; columns 2 and 3 name none (No Gift Policy is not an "
                 "indicator): null. Period judgement: the table is the PLAN (its title is ปฏิทินการดำเนินงาน, and "
                 "the cells name planned activities, not progress/status as in blind16 s2), so like the Gantt plans "
                 "(blind12 m2, blind8 i4 convention) a measure's period = span of the months in which its column "
                 "has text, first day of the first month to last day of the last, gaps ignored: column 1 ต.ค., "
                 "ธ.ค., มี.ค., มิ.ย. = 2025-10-01..2026-06-30; column 2 ม.ค., ก.พ., เม.ย., ก.ค. = "
                 "2026-01-01..2026-07-31; column 3 พ.ย., ธ.ค., ก.ย. = 2025-11-01..2026-09-30. Owners: 'งานพัสดุ "
                 "กองคลัง' one org unit (section within division); 'นางสาวปวีณา ใจงาม' over "
                 "'นักวิเคราะห์นโยบายและแผนชำนาญการ' one person (น.ส.); 'ปลัดองค์การบริหารส่วนตำบล' over "
                 "'สำนักปลัด' a position and an org unit. Scores: ITA 2568 overall 83.55 (B) and 2567 overall 79.40 "
                 "(B) in the bracketed line under the heading. Not scores: 'ไตรมาส 1/2/3', 'สขร.1', 'ครั้งที่ 1/2', "
                 "'รอบ 6/12 เดือน'. People: ผู้จัดทำ and ผู้อนุมัติ side by side (role after the dots); the ผู้จัดทำ "
                 "is also column 2's owner (an owner there, a person here).",
        "scores": [S("overall", 83.55, 2568, rating="B"), S("overall", 79.40, 2567, rating="B")],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "น.ส.", "ปวีณา ใจงาม", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "สมหมาย ทองเจริญ", f"นายก{X4_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": X4_UNIT, "unit_type": "subdistrict_admin", "province": "ฉะเชิงเทรา", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "ปฏิทินการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Undated FY 2569 calendar of measures of a sub-district administrative organisation. Title = the "
                 "first heading line (the second names unit, district and province, which gives the province; the "
                 "bracketed score line is a note). doc_type measures (a plan of measures laid out by month).",
    }
    return doc, facts, document


REPORTS = {
    "x1_police_order_indicator_owners_main_assistant_phon_thong_nuea": x1,
    "x2_full_month_day_ranges_abbrev_posts_secondary_area_kalasin_tai": x2,
    "x3_thai_letter_items_indicator_headings_health_office_tha_sala_thong": x3,
    "x4_month_rows_measure_columns_calendar_sao_bang_krachet_thong": x4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
