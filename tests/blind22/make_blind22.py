#!/usr/bin/env python3
"""Build the blind-22 reports (tests/blind22/y*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind21/make_blind21.py (taken from
tests/layouts/write.py, tests/blind7/make_blind7.py, tests/blind11/make_blind11.py and
tests/blind19/make_blind19.py). Wording follows real units' ITA pages found with the search tool ("pages"
corpus): sasukklonghoykhong.com/ita-2566-ไตรมาส-1 ("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการ... รอบ 6 เดือน"),
bpn.go.th/data_3976 and data_3978 (แผนปฏิบัติการป้องกันการทุจริต of a เทศบาลตำบล: 'มิติ/ยุทธศาสตร์' group rows,
'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ (บาท)'), and the Thai minutes form (ผู้มาประชุม / ผู้ไม่มาประชุม /
ผู้เข้าร่วมประชุม / ระเบียบวาระที่ / มติที่ประชุม). Units, people and figures are invented; ITA scores follow
the 0.3/0.3/0.4 weighting of the tool means (IIT = indicators 1-5, EIT = 6-8, OIT = 9-10).

  y1  โรงพยาบาลโนนสะอาดทอง (อุดรธานี)          six-month progress FORM: a reporting-round line with checkboxes, one
                                              ITA 2568 score in the intro, then a landscape table ที่ | มาตรการ/
                                              กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา | สถานะ (three ☑/☐ lines per row)
                                              | ผลการดำเนินงาน, the results full of counts, baht and percentages
                                              that are not scores (ร้อยละ 84.85, 95.35, 92.50 ...); Garuda 12-14,
                                              Arabic digits
  y2  เทศบาลตำบลบ้านแฮดทอง (ขอนแก่น)            minutes of the monthly executives' meeting, five ระเบียบวาระ; only
                                              วาระ 4 is about ITA: all ten indicator scores in one running
                                              paragraph ('ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๒.๕๐ คะแนน ...'),
                                              a มติ assigning four measures (กอง/ฝ่าย, deadlines); the other
                                              agendas hold festival dates, budget transfers, disbursement
                                              percentages, a road project with a deadline; attendee lists with
                                              tab-separated posts; Norasi 14, Thai digits, portrait
  y3  องค์การบริหารส่วนตำบลดอนตะโกทอง (ราชบุรี)   action plan, landscape, header 'ที่ | โครงการ/กิจกรรม | วัตถุประสงค์ |
                                              ตัวชี้วัดความสำเร็จ/เป้าหมาย | งบประมาณ (บาท) | ระยะเวลาดำเนินการ |
                                              หน่วยงานรับผิดชอบ', merged 'ยุทธศาสตร์ที่ ๑-๓' rows spanning the
                                              table, budgets '๒๐,๐๐๐' / 'ไม่ใช้งบประมาณ', periods 'ไตรมาส ๒-๓',
                                              'ม.ค. - มี.ค. ๖๙', a total row; Waree 12, Thai digits
  y4  ที่ว่าการอำเภอนาหว้าทอง (นครพนม)            score analysis naming indicators ONLY by their Thai names: tool
                                              scores in prose, a table of the ten indicators sorted by score
                                              (ลำดับ = rank, not the indicator number), 'ตัวชี้วัดที่ได้คะแนน
                                              ต่ำสุด ๓ อันดับ' repeating three, four improvement measures with
                                              owner/period lines; Purisa 14, Arabic digits, portrait

    uv run python tests/blind22/make_blind22.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, body, build_reports, centre, merge_row, sig_table, table,  # noqa: E402
                          th, tight)

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized, weighted  # noqa: E402,F401


IND_NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
             5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
             8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}


def tool_of(n: int) -> str:
    return "IIT" if n <= 5 else "EIT" if n <= 8 else "OIT"


def tool_means(ind: dict) -> dict:
    out = {}
    for t, ns in (("IIT", range(1, 6)), ("EIT", range(6, 9)), ("OIT", range(9, 11))):
        out[t] = sum(ind[n] for n in ns) / len(ns)
    return out


def band(v):
    for lim, r in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if v >= lim:
            return r
    return "F"


def f2(v: float) -> str:
    return f"{v:.2f}"


# ------------------------------------------------------------------------------------------ y1

Y1_UNIT = "โรงพยาบาลโนนสะอาดทอง"
Y1_DIR = "ผู้อำนวยการโรงพยาบาลโนนสะอาดทอง"
Y1_2568 = 91.47
DONE, DOING, NOT = 0, 1, 2
# title cell, gold title, owner cell, owners, period cell, start, end, ind, status, result
Y1_ROWS = [
    ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล (ตัวชี้วัดที่ 9)",
     "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล",
     "งานเทคโนโลยีสารสนเทศ กลุ่มงานบริหารทั่วไป", [O(org="งานเทคโนโลยีสารสนเทศ กลุ่มงานบริหารทั่วไป")],
     "ต.ค. 68 – ก.ย. 69", "2025-10-01", "2026-09-30", 9, DOING,
     "เผยแพร่ข้อมูลบนเว็บไซต์แล้ว 28 รายการ จากทั้งหมด 33 รายการ (ร้อยละ 84.85) ส่วนที่เหลือจะนำเข้าภายในไตรมาส 3"),
    ("มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
     "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
     "หัวหน้ากลุ่มงานบริหารทั่วไป", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")],
     "1 – 31 ต.ค. 68", "2025-10-01", "2025-10-31", None, DONE,
     "ประกาศนโยบายเมื่อวันที่ 20 ตุลาคม 2568 บุคลากรลงนามรับทราบ 246 คน จาก 258 คน คิดเป็นร้อยละ 95.35"),
    ("โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน",
     "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน",
     "นางสาวสุนิสา พรหมมา\nนักทรัพยากรบุคคลชำนาญการ", [O("น.ส.", "สุนิสา พรหมมา", "นักทรัพยากรบุคคลชำนาญการ")],
     "ม.ค. – มี.ค. 69", "2026-01-01", "2026-03-31", None, DONE,
     "จัดอบรมเมื่อวันที่ 12 กุมภาพันธ์ 2569 ผู้เข้าร่วม 132 คน ใช้งบประมาณ 18,500 บาท จากที่ได้รับจัดสรร "
     "20,000 บาท (เบิกจ่ายร้อยละ 92.50) คะแนนทดสอบหลังอบรมเฉลี่ย 17.6 จาก 20 คะแนน"),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ตัวชี้วัดที่ 5)",
     "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "ศูนย์รับเรื่องร้องเรียนโรงพยาบาลโนนสะอาดทอง", [O(org="ศูนย์รับเรื่องร้องเรียนโรงพยาบาลโนนสะอาดทอง")],
     "ทุกเดือน", None, None, 5, DONE,
     "มีเรื่องร้องเรียน 3 เรื่อง ดำเนินการแล้วเสร็จ 2 เรื่อง อยู่ระหว่างตรวจสอบข้อเท็จจริง 1 เรื่อง "
     "แจ้งผลให้ผู้ร้องทราบภายใน 15 วันทำการทุกเรื่อง"),
    ("มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
     "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
     "งานพัสดุ", [O(org="งานพัสดุ")], "ภายในวันที่ 10\nของทุกเดือน", None, None, None, DONE,
     "เผยแพร่ครบ 6 เดือน (ต.ค. 68 – มี.ค. 69) รวม 87 รายการ มูลค่ารวม 4,356,780 บาท"),
    ("มาตรการสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ",
     "มาตรการสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ",
     "กลุ่มงานการพยาบาล\nและกลุ่มงานประกันสุขภาพ", [O(org="กลุ่มงานการพยาบาล"), O(org="กลุ่มงานประกันสุขภาพ")],
     "เม.ย. – มิ.ย. 69", "2026-04-01", "2026-06-30", None, NOT,
     "ยังไม่ถึงกำหนด (วางแผนสำรวจกลุ่มตัวอย่าง 400 ราย)"),
    ("มาตรการกำกับการใช้รถยนต์ราชการและทรัพย์สินของทางราชการ (ตัวชี้วัดที่ 4)",
     "มาตรการกำกับการใช้รถยนต์ราชการและทรัพย์สินของทางราชการ",
     "นายวิทยา ศรีสมบูรณ์\nหัวหน้างานยานพาหนะ", [O("นาย", "วิทยา ศรีสมบูรณ์", "หัวหน้างานยานพาหนะ")],
     "ธ.ค. 68 – มี.ค. 69", "2025-12-01", "2026-03-31", 4, DONE,
     "ตรวจสมุดบันทึกการใช้รถยนต์ 4 คัน ทุกเดือน ไม่พบการใช้ผิดวัตถุประสงค์ ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ 12.40 "
     "เมื่อเทียบกับช่วงเดียวกันของปีก่อน"),
]
Y1_STATUS = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]


def _boxes(k):
    return "\n".join(("☑ " if i == k else "☐ ") + s for i, s in enumerate(Y1_STATUS))


def y1():
    doc = tight(new_doc("Garuda", 13, landscape=True, margin=1.5), after=1)
    centre(doc, "แบบรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=15)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=15)
    _para(doc, "")
    _para(doc, f"ชื่อหน่วยงาน   {Y1_UNIT}  อำเภอโนนสะอาด  จังหวัดอุดรธานี")
    _para(doc, "รอบการรายงาน   ☑ รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)      "
               "☐ รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569)")
    body(doc, f"ตามที่{Y1_UNIT}ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ "
              "พ.ศ. 2569 เมื่อวันที่ 15 ตุลาคม 2568 โดยนำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
              f"ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งโรงพยาบาลได้ {f2(Y1_2568)} คะแนน อยู่ในระดับ A "
              "มาวิเคราะห์และกำหนดมาตรการจำนวน 7 มาตรการ บัดนี้ครบรอบการรายงาน 6 เดือนแล้ว จึงขอรายงานผลการดำเนินงาน "
              "ดังนี้")
    rows = [["ที่", "มาตรการ / กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะการดำเนินงาน", "ผลการดำเนินงาน"]]
    for i, r in enumerate(Y1_ROWS, 1):
        rows.append([str(i), r[0], r[2], r[4], _boxes(r[8]), r[9]])
    t = table(doc, rows, [1.0, 6.0, 4.6, 2.8, 5.0, 7.3], centre_cols=(0, 3), fill="D9E1F2")
    size_all(t, 12)
    keep_rows(t)
    sized(doc, "สรุป  ดำเนินการแล้ว 5 มาตรการ  อยู่ระหว่างดำเนินการ 1 มาตรการ  ยังไม่ดำเนินการ 1 มาตรการ  "
               "(ดำเนินการแล้วร้อยละ 71.43 ของมาตรการทั้งหมด)", 13, bold=True, before=6, after=2)
    _para(doc, "ปัญหา/อุปสรรค   ข้อมูลบางรายการต้องรอเอกสารจากสำนักงานสาธารณสุขจังหวัดอุดรธานี จึงยังเผยแพร่ไม่ครบ")
    _para(doc, "ข้อเสนอแนะ   ให้ทุกกลุ่มงานส่งข้อมูลที่ต้องเผยแพร่ให้งานเทคโนโลยีสารสนเทศภายในวันที่ 5 ของทุกเดือน")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:30] + "ผู้รายงาน", "(นางสาวสุนิสา พรหมมา)", "นักทรัพยากรบุคคลชำนาญการ",
                     "วันที่ 3 เมษายน 2569"],
                    ["ลงชื่อ" + DOTS[:30] + "ผู้รับรอง", "(นายแพทย์ธนวัฒน์ ชัยมงคล)", Y1_DIR,
                     "วันที่ 3 เมษายน 2569"]], [13, 13])
    measures = [M(r[1], r[3], ind=r[7], start=r[5], end=r[6]) for r in Y1_ROWS]
    facts = {
        "notes": "Six-month progress form, landscape, Garuda 12-13, Arabic digits. Scores: ONLY ITA 2568 overall "
                 "91.47 (A) in the intro paragraph. Not scores (all in the ผลการดำเนินงาน column or the summary): "
                 "'28 รายการ จากทั้งหมด 33 รายการ (ร้อยละ 84.85)', '246 คน จาก 258 คน ... ร้อยละ 95.35', "
                 "'18,500 บาท ... 20,000 บาท (เบิกจ่ายร้อยละ 92.50)', 'คะแนนทดสอบหลังอบรมเฉลี่ย 17.6 จาก 20 คะแนน' "
                 "(a training test, not ITA), '3/2/1 เรื่อง', '15 วันทำการ', '87 รายการ มูลค่า 4,356,780 บาท', "
                 "'400 ราย', '4 คัน', 'ร้อยละ 12.40', the summary '5/1/1 มาตรการ ... ร้อยละ 71.43', and '7 มาตรการ' "
                 "in the intro. Measures: the seven table rows, whatever their status (☑ ดำเนินการแล้ว / "
                 "☑ อยู่ระหว่างดำเนินการ / ☑ ยังไม่ดำเนินการ: the ticked box is the status, the unticked lines are "
                 "form text, not content); title = the มาตรการ / กิจกรรม cell without the '(ตัวชี้วัดที่ n)' tag "
                 "(a title keeping it matches by prefix), which gives indicator_no (rows 1, 4, 7 = 9, 5, 4; the "
                 "others name no indicator: null, although row 5 is about procurement data and row 2 about "
                 "bribery). The results text is the result, not a measure or a period. Periods (FY 2569, "
                 "two-digit Buddhist years): 'ต.ค. 68 – ก.ย. 69' 2025-10-01..2026-09-30; '1 – 31 ต.ค. 68' "
                 "2025-10-01..2025-10-31; 'ม.ค. – มี.ค. 69' 2026-01-01..2026-03-31; 'ทุกเดือน' no dates; "
                 "'ภายในวันที่ 10 ของทุกเดือน' a monthly rule, no dates; 'เม.ย. – มิ.ย. 69' 2026-04-01..2026-06-30; "
                 "'ธ.ค. 68 – มี.ค. 69' 2025-12-01..2026-03-31. The reporting rounds on the 'รอบการรายงาน' line "
                 "(one ticked, one not), the announcement date 15 ต.ค. 2568, dates inside results (20 ต.ค. 2568, "
                 "12 ก.พ. 2569) and the signing dates are not periods. Owners: 'งานเทคโนโลยีสารสนเทศ "
                 "กลุ่มงานบริหารทั่วไป' one org unit (section within group); 'หัวหน้ากลุ่มงานบริหารทั่วไป' a "
                 "position; 'นางสาวสุนิสา พรหมมา' over 'นักทรัพยากรบุคคลชำนาญการ' one person (น.ส.); "
                 "'ศูนย์รับเรื่องร้องเรียนโรงพยาบาลโนนสะอาดทอง' and 'งานพัสดุ' org units; 'กลุ่มงานการพยาบาล' over "
                 "'และกลุ่มงานประกันสุขภาพ' two org units; 'นายวิทยา ศรีสมบูรณ์' over 'หัวหน้างานยานพาหนะ' one "
                 "person. People: ผู้รายงาน and ผู้รับรอง side by side (role after the dots); นายแพทย์ -> นพ.; "
                 "the ผู้รายงาน is also row 3's owner. The ปัญหา/อุปสรรค and ข้อเสนอแนะ lines are not measures "
                 "('ภายในวันที่ 5 ของทุกเดือน' there is a rule for all groups, no owner of its own).",
        "scores": [S("overall", Y1_2568, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "สุนิสา พรหมมา", "นักทรัพยากรบุคคลชำนาญการ"),
                   P("ผู้รับรอง", "นพ.", "ธนวัฒน์ ชัยมงคล", Y1_DIR)],
        "findings": [],
    }
    document = {
        "unit": Y1_UNIT, "unit_type": "hospital", "province": "อุดรธานี", "fiscal_year": 2569, "doc_type": "measures",
        "title": "แบบรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                 "ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Six-month progress report (round 1 ต.ค. 2568 – 31 มี.ค. 2569, signed 3 เม.ย. 2569) on the FY 2569 "
                 "measures of a community hospital: fiscal_year 2569 (the year reported on; the ITA 2568 score in the "
                 "intro is background). doc_type measures (a progress report on measures, as blind7 h3 and blind9 "
                 "j3). Title = the two centred heading lines (the 'ชื่อหน่วยงาน' field line names unit, district and "
                 "province, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ y2

Y2_UNIT = "เทศบาลตำบลบ้านแฮดทอง"
Y2_IND = {1: 92.50, 2: 88.14, 3: 90.27, 4: 86.75, 5: 89.60, 6: 88.92, 7: 80.15, 8: 85.48, 9: 78.50, 10: 93.75}
Y2_2567 = 84.10
# (name with rank as printed, post, reason)
Y2_PRESENT = [
    ("นายบุญเลิศ ศรีแก้ว", "นายกเทศมนตรีตำบลบ้านแฮดทอง"),
    ("นายสมบัติ ภูผาลา", "รองนายกเทศมนตรี"),
    ("นางวิไลพร ทองสุข", "รองนายกเทศมนตรี"),
    ("นายประเสริฐ แสนคำ", "ปลัดเทศบาล"),
    ("นางสาวจิราภรณ์ ชาญประโคน", "หัวหน้าสำนักปลัดเทศบาล"),
    ("นายเกียรติศักดิ์ บุตรดี", "ผู้อำนวยการกองคลัง"),
    ("นายอดิศร วงศ์ทอง", "ผู้อำนวยการกองช่าง"),
    ("นางกาญจนา พิมพ์ทอง", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"),
]
Y2_ABSENT = [("นายชัยวัฒน์ สีหา", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "ลาพักผ่อน")]
Y2_JOINED = [("นางสาวปิยะธิดา คำมุงคุณ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
             ("นายธนากร ศรีสุวรรณ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")]


def _split(name):
    for full, short in (("นางสาว", "น.ส."), ("นาย", "นาย"), ("นาง", "นาง")):
        if name.startswith(full):
            return short, name[len(full):]
    raise ValueError(name)


def _tabbed(doc, text, stop=7.8, left=1.0):
    p = _para(doc, th(text))
    p.paragraph_format.left_indent = Cm(left)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(stop), WD_TAB_ALIGNMENT.LEFT)
    return p


def _agenda(doc, text):
    p = _para(doc, th(text), bold=True)
    p.paragraph_format.space_before = Pt(6)
    return p


def _speaker(doc, who, text):
    body(doc, th(f"{who}  {text}"), first=1.25)


def y2():
    ind = Y2_IND
    tm = tool_means(ind)
    ov = weighted(tm["IIT"], tm["EIT"], tm["OIT"])
    doc = tight(new_doc("Norasi", 14, landscape=False, margin=2.2), after=1)

    def B(text, **kw):
        return body(doc, th(text), **kw)

    centre(doc, "รายงานการประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ", bold=True, size=17)
    centre(doc, Y2_UNIT, bold=True, size=17)
    centre(doc, th("ครั้งที่ 2/2569"), bold=True)
    centre(doc, th("วันพฤหัสบดีที่ 4 ธันวาคม 2568 เวลา 09.30 น."))
    centre(doc, f"ณ ห้องประชุม{Y2_UNIT} อำเภอบ้านแฮด จังหวัดขอนแก่น")
    centre(doc, "-" * 40)
    _para(doc, "ผู้มาประชุม", bold=True)
    for i, (n, post) in enumerate(Y2_PRESENT, 1):
        _tabbed(doc, f"{i}. {n}\t{post}")
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    for i, (n, post, why) in enumerate(Y2_ABSENT, 1):
        _tabbed(doc, f"{i}. {n}\t{post} ({why})")
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    for i, (n, post) in enumerate(Y2_JOINED, 1):
        _tabbed(doc, f"{i}. {n}\t{post}")
    _para(doc, th("เริ่มประชุมเวลา 09.30 น."), bold=True).paragraph_format.space_before = Pt(6)
    B("เมื่อที่ประชุมพร้อมแล้ว นายบุญเลิศ ศรีแก้ว นายกเทศมนตรีตำบลบ้านแฮดทอง ประธานในที่ประชุม "
              "กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้")

    _agenda(doc, "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
    _speaker(doc, "ประธาน", "1.1 อำเภอบ้านแฮดกำหนดจัดงานเทศกาลส่งท้ายปีเก่าต้อนรับปีใหม่ ในวันที่ 31 ธันวาคม 2568 "
                            "ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ สนามหน้าที่ว่าการอำเภอบ้านแฮด ขอเชิญคณะผู้บริหาร "
                            "และพนักงานเทศบาลร่วมงานโดยพร้อมเพรียงกัน")
    B(th("1.2 เทศบาลจะจัดงานประเพณีบุญบั้งไฟ ประจำปี 2569 ระหว่างวันที่ 16 – 17 พฤษภาคม 2569 "
                 "ซึ่งจะนำรายละเอียดเข้าหารือในการประชุมครั้งต่อไป"), first=1.25)
    B("มติที่ประชุม  รับทราบ", first=1.25, bold=True)

    _agenda(doc, "ระเบียบวาระที่ 2  เรื่องรับรองรายงานการประชุม ครั้งที่ 1/2569 เมื่อวันที่ 6 พฤศจิกายน 2568")
    B("ประธาน  ให้ที่ประชุมตรวจสอบรายงานการประชุมครั้งที่แล้ว หากมีข้อแก้ไขขอให้แจ้งฝ่ายเลขานุการ", first=1.25)
    B("มติที่ประชุม  รับรองรายงานการประชุมโดยไม่มีการแก้ไข", first=1.25, bold=True)

    _agenda(doc, "ระเบียบวาระที่ 3  เรื่องเพื่อทราบ")
    B("3.1 ผลการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569", first=1.25, bold=True)
    _speaker(doc, "ผู้อำนวยการกองคลัง", "รายงานว่า ณ วันที่ 30 พฤศจิกายน 2568 เทศบาลเบิกจ่ายงบประมาณแล้ว "
                                        "12,485,600 บาท จากงบประมาณรายจ่ายทั้งสิ้น 45,800,000 บาท คิดเป็นร้อยละ "
                                        "27.26 สูงกว่าเป้าหมายการเบิกจ่ายไตรมาสที่ 1 ที่กำหนดไว้ร้อยละ 25")
    B("3.2 การโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ครั้งที่ 1", first=1.25, bold=True)
    _speaker(doc, "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
             "รายงานว่า นายกเทศมนตรีได้อนุมัติโอนงบประมาณ จำนวน 2 รายการ รวม 85,000 บาท ไปตั้งจ่ายเป็น"
             "รายการใหม่ ได้แก่ ค่าจัดซื้อเครื่องคอมพิวเตอร์ จำนวน 2 เครื่อง เป็นเงิน 60,000 บาท และค่าจัดซื้อ"
             "เครื่องพิมพ์ชนิดเลเซอร์ จำนวน 5 เครื่อง เป็นเงิน 25,000 บาท")
    B("มติที่ประชุม  รับทราบ", first=1.25, bold=True)

    _agenda(doc, "ระเบียบวาระที่ 4  เรื่องเพื่อพิจารณา")
    B("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              "และแนวทางการยกระดับผลการประเมิน", first=1.25, bold=True)
    parts = "  ".join(f"ตัวชี้วัดที่ {n} {IND_NAMES[n]} ได้ {f2(v)} คะแนน" for n, v in ind.items())
    _speaker(doc, "นางกาญจนา พิมพ์ทอง (เลขานุการคณะทำงาน ITA)",
             f"ชี้แจงว่า สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 แล้ว {Y2_UNIT}"
             f"ได้คะแนนรวม {f2(ov)} คะแนน อยู่ในระดับ {band(ov)} เพิ่มขึ้นจากปี 2567 ซึ่งได้ {f2(Y2_2567)} คะแนน "
             f"(ระดับ {band(Y2_2567)}) โดยมีผลคะแนนรายตัวชี้วัด ดังนี้  {parts}  ทั้งนี้ ตัวชี้วัดที่ได้คะแนนต่ำกว่า "
             f"85 คะแนน ได้แก่ ตัวชี้วัดที่ 7 ({f2(ind[7])} คะแนน) และตัวชี้วัดที่ 9 ({f2(ind[9])} คะแนน) "
             "ฝ่ายเลขานุการจึงขอเสนอแนวทางการยกระดับผลการประเมินให้ที่ประชุมพิจารณา")
    _speaker(doc, "ปลัดเทศบาล", "ตั้งข้อสังเกตว่า ข้อมูลบางรายการบนเว็บไซต์ของเทศบาลยังไม่เป็นปัจจุบัน "
                                "และประชาชนบางส่วนยังไม่ทราบช่องทางการแจ้งเรื่องร้องเรียน")
    B("มติที่ประชุม  เห็นชอบแนวทางการยกระดับผลการประเมิน และมอบหมายผู้รับผิดชอบ ดังนี้", first=1.25, bold=True)
    y2m = [
        ("(1) ให้กองยุทธศาสตร์และงบประมาณ ร่วมกับนายธนากร ศรีสุวรรณ นักวิชาการคอมพิวเตอร์ปฏิบัติการ "
         "ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ 9) "
         "ให้แล้วเสร็จภายในวันที่ 31 มกราคม 2569",
         M("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบัน",
           [O(org="กองยุทธศาสตร์และงบประมาณ"), O("นาย", "ธนากร ศรีสุวรรณ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")],
           ind=9, end="2026-01-31")),
        ("(2) ให้งานประชาสัมพันธ์ สำนักปลัดเทศบาล จัดทำช่องทางสื่อสารและรับฟังความคิดเห็นของประชาชนผ่าน "
         "LINE OA และหอกระจายข่าวประจำหมู่บ้าน (ตัวชี้วัดที่ 7) ภายในเดือนธันวาคม 2568",
         M("จัดทำช่องทางสื่อสารและรับฟังความคิดเห็นของประชาชนผ่าน LINE OA และหอกระจายข่าวประจำหมู่บ้าน",
           [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")], ind=7, end="2025-12-31")),
        ("(3) ให้กองคลัง เผยแพร่รายงานผลการจัดซื้อจัดจ้างและความก้าวหน้าการใช้จ่ายงบประมาณเป็นรายไตรมาส "
         "ระหว่างเดือนมกราคม – กันยายน 2569",
         M("เผยแพร่รายงานผลการจัดซื้อจัดจ้างและความก้าวหน้าการใช้จ่ายงบประมาณเป็นรายไตรมาส",
           [O(org="กองคลัง")], start="2026-01-01", end="2026-09-30")),
        ("(4) ให้หัวหน้าสำนักปลัดเทศบาล จัดอบรมพนักงานเทศบาลและพนักงานจ้างเรื่องประมวลจริยธรรมและการป้องกัน"
         "ผลประโยชน์ทับซ้อน ในช่วงเดือนกุมภาพันธ์ 2569",
         M("จัดอบรมพนักงานเทศบาลและพนักงานจ้างเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน",
           [O(pos="หัวหน้าสำนักปลัดเทศบาล")], start="2026-02-01", end="2026-02-28")),
    ]
    for text, _ in y2m:
        B(th(text), first=0, left=1.25)
    B("ทั้งนี้ ให้รายงานความก้าวหน้าต่อที่ประชุมประจำเดือนทุกครั้ง", first=1.25)

    _agenda(doc, "ระเบียบวาระที่ 5  เรื่องอื่น ๆ")
    _speaker(doc, "ผู้อำนวยการกองช่าง", "แจ้งว่าโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 ระยะทาง 350 เมตร "
                                       "งบประมาณ 987,000 บาท จะแล้วเสร็จภายในวันที่ 15 มกราคม 2569")
    _speaker(doc, "ประธาน", "แจ้งกำหนดการประชุมครั้งต่อไป ในวันพฤหัสบดีที่ 8 มกราคม 2569 เวลา 09.30 น.")
    B("มติที่ประชุม  รับทราบ", first=1.25, bold=True)
    _para(doc, th("เลิกประชุมเวลา 12.00 น."), bold=True).paragraph_format.space_before = Pt(6)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:16] + "ผู้จดรายงานการประชุม", "(นางสาวปิยะธิดา คำมุงคุณ)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:16] + "ผู้ตรวจรายงานการประชุม", "(นายประเสริฐ แสนคำ)",
                     f"ปลัด{Y2_UNIT}"]], [8.4, 8.4])

    scores = [S("indicator", v, 2568, tool_of(n), n) for n, v in ind.items()]
    scores += [S("overall", ov, 2568, rating=band(ov)), S("overall", Y2_2567, 2567, rating=band(Y2_2567))]
    people = []
    for n, post in Y2_PRESENT:
        people.append(P("ผู้มาประชุม", *_split(n), post))
    for n, post, _ in Y2_ABSENT:
        people.append(P("ผู้ไม่มาประชุม", *_split(n), post))
    for n, post in Y2_JOINED:
        people.append(P("ผู้เข้าร่วมประชุม", *_split(n), post))
    people += [P("ผู้จดรายงานการประชุม", "น.ส.", "ปิยะธิดา คำมุงคุณ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
               P("ผู้ตรวจรายงานการประชุม", "นาย", "ประเสริฐ แสนคำ", f"ปลัด{Y2_UNIT}")]
    measures = [m for _, m in y2m]
    for m in measures:
        m["title"] = th(m["title"])
    facts = {
        "notes": "Minutes of an executives' monthly meeting, portrait, Norasi 14, Thai digits, five agendas; only "
                 "ระเบียบวาระที่ ๔ concerns ITA. Scores (all in the secretary's ONE running paragraph of วาระ ๔): "
                 f"2568 overall {f2(ov)} (A), 2567 overall {f2(Y2_2567)} (B), and the ten indicators of 2568, each "
                 "'ตัวชี้วัดที่ n <name> ได้ x คะแนน' (tool by NACC numbering: 1-5 IIT, 6-8 EIT, 9-10 OIT). The "
                 "following sentence repeats indicators ๗ and ๙ in brackets (same scores, counted once); '๘๕ "
                 "คะแนน' there is a threshold. The overall is 0.3/0.3/0.4 of the tool means (no tool scores "
                 "printed). Not scores (other agendas): festival dates (๓๑ ธ.ค. ๒๕๖๘, ๑๖ – ๑๗ พ.ค. ๒๕๖๙), times, "
                 "meeting numbers ๑/๒๕๖๙ and ๒/๒๕๖๙, disbursement '๑๒,๔๘๕,๖๐๐ บาท ... ๔๕,๘๐๐,๐๐๐ บาท ... ร้อยละ "
                 "๒๗.๒๖', the target 'ร้อยละ ๒๕', the budget transfer '๘๕,๐๐๐ บาท' (not the threshold; ๖๐,๐๐๐ + "
                 "๒๕,๐๐๐), '๒/๕ เครื่อง', 'หมู่ที่ ๔ ระยะทาง ๓๕๐ เมตร งบประมาณ ๙๘๗,๐๐๐ บาท'. Measures: the four "
                 "numbered assignments '(๑)'-'(๔)' of the มติ of วาระ ๔, each 'ให้ <party> <task> <deadline>'; title = "
                 "the task, without the party, the '(ตัวชี้วัดที่ n)' tag (which gives indicator_no: (๑) 9, (๒) 7; "
                 "(๓) and (๔) name none: null) and the deadline. Periods: 'ให้แล้วเสร็จภายในวันที่ ๓๑ มกราคม ๒๕๖๙' "
                 "end 2026-01-31; 'ภายในเดือนธันวาคม ๒๕๖๘' end 2025-12-31; 'ระหว่างเดือนมกราคม – กันยายน ๒๕๖๙' "
                 "2026-01-01..2026-09-30 ('เป็นรายไตรมาส' inside the task is its rhythm); 'ในช่วงเดือนกุมภาพันธ์ "
                 "๒๕๖๙' the month 2026-02-01..2026-02-28. Not measures: 'ทั้งนี้ ให้รายงานความก้าวหน้า...ทุกครั้ง' "
                 "(a reporting rule, no owner), the ปลัด's observation, the road project of วาระ ๕ (a construction "
                 "report with a completion date, not an ITA measure), the festivals and the next meeting. "
                 "Owners: (๑) 'กองยุทธศาสตร์และงบประมาณ' an org unit AND 'นายธนากร ศรีสุวรรณ "
                 "นักวิชาการคอมพิวเตอร์ปฏิบัติการ' a person ('ร่วมกับ' joins two owners); (๒) 'งานประชาสัมพันธ์ "
                 "สำนักปลัดเทศบาล' one org unit (section within office); (๓) 'กองคลัง' an org unit; (๔) "
                 "'หัวหน้าสำนักปลัดเทศบาล' a position. People (as blind13 n2, no committee-role column): the eight "
                 "ผู้มาประชุม (role = the heading; position = the text after the tab), the absent member "
                 "(ผู้ไม่มาประชุม; '(ลาพักผ่อน)' is the reason, not part of the post), the two ผู้เข้าร่วมประชุม, "
                 "and recorder and checker side by side (roles after the dots); นางสาว -> น.ส. The recorder is "
                 "also a ผู้เข้าร่วมประชุม and the checker a ผู้มาประชุม (listed again with the signing role; the "
                 "checker's post printed in full 'ปลัดเทศบาลตำบลบ้านแฮดทอง'). Speakers named only by post "
                 "('ผู้อำนวยการกองคลัง') are not extra people. 13 people.",
        "scores": scores,
        "measures": measures,
        "people": people,
        "findings": [],
    }
    document = {
        "unit": Y2_UNIT, "unit_type": "municipality", "province": "ขอนแก่น", "fiscal_year": 2569,
        "doc_type": "minutes",
        "title": th("รายงานการประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ เทศบาลตำบลบ้านแฮดทอง ครั้งที่ 2/2569"),
        "notes": "Minutes of meeting ๒/๒๕๖๙ held ๔ ธ.ค. ๒๕๖๘ (2025-12-04, in FY 2569) that reviews the ITA 2568 "
                 "result among other business and assigns FY 2569 work: fiscal_year 2569 (as blind13 n2 and blind17 "
                 "t2). doc_type minutes although most agendas are not about ITA. Title = the first three centred "
                 "lines (date and venue lines excluded). Province from the venue line (อำเภอบ้านแฮด จังหวัดขอนแก่น).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ y3

Y3_UNIT = "องค์การบริหารส่วนตำบลดอนตะโกทอง"
Y3_2568 = 85.90
Y3_GROUPS = [
    ("ยุทธศาสตร์ที่ 1  สร้างสังคมที่ไม่ทนต่อการทุจริต", [
        ("โครงการอบรมคุณธรรม จริยธรรม แก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และพนักงานจ้าง",
         "เพื่อสร้างจิตสำนึกในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต", "ร้อยละ 80 ของบุคลากรเข้าร่วมอบรม",
         "20,000", "ไตรมาส 2-3", "งานการเจ้าหน้าที่ สำนักปลัด",
         [O(org="งานการเจ้าหน้าที่ สำนักปลัด")], None, "2026-01-01", "2026-06-30"),
        ("กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร", "เพื่อแสดงเจตนารมณ์ในการบริหารงานด้วยความโปร่งใส",
         "ประกาศ 1 ฉบับ และเผยแพร่ทางเว็บไซต์", "ไม่ใช้งบประมาณ", "ต.ค. 68", "สำนักปลัด",
         [O(org="สำนักปลัด")], None, "2025-10-01", "2025-10-31"),
        ("โครงการเด็กและเยาวชนดอนตะโกทองรู้ทันการทุจริต", "เพื่อปลูกฝังค่านิยมความซื่อสัตย์แก่เด็กและเยาวชน",
         "เด็กและเยาวชนเข้าร่วมไม่น้อยกว่า 50 คน", "15,000", "ม.ค. - มี.ค. 69",
         "กองการศึกษา ศาสนาและวัฒนธรรม", [O(org="กองการศึกษา ศาสนาและวัฒนธรรม")], None,
         "2026-01-01", "2026-03-31"),
    ]),
    ("ยุทธศาสตร์ที่ 2  การบริหารราชการเพื่อป้องกันการทุจริต", [
        ("มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง",
         "เพื่อให้การจัดซื้อจัดจ้างเป็นไปอย่างโปร่งใส ตรวจสอบได้", "ไม่มีเรื่องร้องเรียนเรื่องผลประโยชน์ทับซ้อน",
         "ไม่ใช้งบประมาณ", "ตลอดปีงบประมาณ 2569", "งานพัสดุ กองคลัง", [O(org="งานพัสดุ กองคลัง")], None,
         "2025-10-01", "2026-09-30"),
        ("กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณบนเว็บไซต์ (ตัวชี้วัดที่ 9)",
         "เพื่อให้ประชาชนเข้าถึงข้อมูลการใช้จ่ายงบประมาณ", "เผยแพร่ครบทุกเดือน ร้อยละ 100", "ไม่ใช้งบประมาณ",
         "ต.ค. 68 - ก.ย. 69", "กองคลัง / สำนักปลัด", [O(org="กองคลัง"), O(org="สำนักปลัด")], 9,
         "2025-10-01", "2026-09-30"),
        ("โครงการจัดทำคู่มือการปฏิบัติงานและลดขั้นตอนการให้บริการประชาชน",
         "เพื่อให้ประชาชนได้รับบริการที่สะดวก รวดเร็ว และเป็นธรรม",
         "คู่มือ 5 กระบวนงาน / ผู้รับบริการพึงพอใจร้อยละ 85", "8,500", "ไตรมาส 1", "สำนักปลัด และกองช่าง",
         [O(org="สำนักปลัด"), O(org="กองช่าง")], None, "2025-10-01", "2025-12-31"),
    ]),
    ("ยุทธศาสตร์ที่ 3  ส่งเสริมบทบาทภาคประชาชนในการตรวจสอบการปฏิบัติราชการ", [
        ("โครงการแต่งตั้งตัวแทนประชาคมร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้าง",
         "เพื่อให้ประชาชนมีส่วนร่วมตรวจสอบการใช้งบประมาณ",
         "ทุกโครงการก่อสร้างมีตัวแทนประชาคม ร้อยละ 100", "ไม่ใช้งบประมาณ", "ตามห้วงเวลาของแต่ละโครงการ", "กองช่าง",
         [O(org="กองช่าง")], None, None, None),
        ("กิจกรรมพัฒนาช่องทางรับเรื่องร้องเรียนการทุจริต (กล่องรับความคิดเห็น QR Code และ LINE OA)",
         "เพื่อเพิ่มช่องทางการแจ้งเบาะแสการทุจริต", "แจ้งผลให้ผู้ร้องทราบภายใน 15 วัน", "5,000",
         "พ.ย. 68 - ม.ค. 69", "นางสาวอรวรรณ ทองดี\nนักจัดการงานทั่วไปชำนาญการ",
         [O("น.ส.", "อรวรรณ ทองดี", "นักจัดการงานทั่วไปชำนาญการ")], None, "2025-11-01", "2026-01-31"),
    ]),
]


def y3():
    doc = tight(new_doc("Waree", 12, landscape=True, margin=1.3), after=1)
    centre(doc, th("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=16)
    centre(doc, f"{Y3_UNIT} อำเภอเมืองราชบุรี จังหวัดราชบุรี", bold=True, size=14)
    body(doc, th(f"{Y3_UNIT}ได้จัดทำแผนปฏิบัติการป้องกันการทุจริตฉบับนี้ให้สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกัน"
                 "และปราบปรามการทุจริต และแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) โดยนำผลการประเมินคุณธรรมและ"
                 "ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งได้ "
                 f"{f2(Y3_2568)} คะแนน อยู่ในระดับ A มาประกอบการกำหนดโครงการ/กิจกรรม รายละเอียดดังนี้"))
    header = ["ที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "ตัวชี้วัดความสำเร็จ/เป้าหมาย", "งบประมาณ\n(บาท)",
              "ระยะเวลา\nดำเนินการ", "หน่วยงานรับผิดชอบ"]
    rows, group_rows, k, total = [header], [], 0, 0
    measures = []
    for heading, items in Y3_GROUPS:
        group_rows.append(len(rows))
        rows.append([heading] + [""] * 6)
        for it in items:
            k += 1
            rows.append([str(k)] + list(it[:6]))
            if it[3][0].isdigit():
                total += int(it[3].replace(",", ""))
            title = it[0].replace(" (ตัวชี้วัดที่ 9)", "")
            measures.append(M(th(title), it[6], ind=it[7], start=it[8], end=it[9]))
    rows.append(["", "รวมทั้งสิ้น 8 โครงการ/กิจกรรม", "", "", f"{total:,}", "", ""])
    rows = [[th(c) for c in r] for r in rows]
    t = table(doc, rows, [1.0, 6.3, 5.0, 4.5, 2.2, 2.8, 5.3], centre_cols=(0, 4, 5), fill="E2EFDA")
    for r in group_rows:
        merge_row(t, r, rows[r][0], fill="F2F2F2")
    bold_row(t, len(rows) - 1)
    size_all(t, 11)
    keep_rows(t)
    sized(doc, th("หมายเหตุ  ไตรมาส 1 = ต.ค. – ธ.ค. 68  ไตรมาส 2 = ม.ค. – มี.ค. 69  ไตรมาส 3 = เม.ย. – มิ.ย. 69  "
                  "ไตรมาส 4 = ก.ค. – ก.ย. 69"), 11, before=4, after=6)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำแผน", "(นางสาวกมลวรรณ ทับทิมทอง)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้เห็นชอบแผน", "(นายสุรชัย มีชัย)", "ปลัดองค์การบริหารส่วนตำบล"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติแผน", "(นายวีระ จันทร์หอม)", f"นายก{Y3_UNIT}"]],
              [8.8, 8.8, 8.8])
    facts = {
        "notes": "Action plan, landscape, Waree 11-12, Thai digits. Header in an unusual order: 'ที่ | "
                 "โครงการ/กิจกรรม | วัตถุประสงค์ | ตัวชี้วัดความสำเร็จ/เป้าหมาย | งบประมาณ (บาท) | ระยะเวลา"
                 "ดำเนินการ | หน่วยงานรับผิดชอบ'. Three 'ยุทธศาสตร์ที่ ๑-๓' rows merged across the table are group "
                 "headings, NOT measures (and name no ITA indicator); the bold 'รวมทั้งสิ้น ๘ โครงการ/กิจกรรม ... "
                 "๔๘,๕๐๐' row is a total, not a measure. Measures: the eight numbered rows ๑-๘ (numbering runs "
                 "through the groups); title = the โครงการ/กิจกรรม cell; row ๕'s '(ตัวชี้วัดที่ ๙)' tag gives "
                 "indicator 9 (title without the tag; prefix match); every other row null. The "
                 "ตัวชี้วัดความสำเร็จ/เป้าหมาย column holds targets ('ร้อยละ ๘๐ ของบุคลากรเข้าร่วมอบรม', 'ร้อยละ "
                 "๑๐๐', 'พึงพอใจร้อยละ ๘๕', '๕๐ คน', '๑๕ วัน'): not ITA indicators, not scores. Budgets "
                 "(๒๐,๐๐๐, ๑๕,๐๐๐, ๘,๕๐๐, ๕,๐๐๐, 'ไม่ใช้งบประมาณ') are not scores. Periods (FY 2569; quarters "
                 "explained by the footnote, FY quarters as in blind19 v1): 'ไตรมาส ๒-๓' 2026-01-01..2026-06-30; "
                 "'ต.ค. ๖๘' the month 2025-10-01..2025-10-31; 'ม.ค. - มี.ค. ๖๙' 2026-01-01..2026-03-31; "
                 "'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; 'ต.ค. ๖๘ - ก.ย. ๖๙' 2025-10-01..2026-09-30; "
                 "'ไตรมาส ๑' 2025-10-01..2025-12-31; 'ตามห้วงเวลาของแต่ละโครงการ' no dates; 'พ.ย. ๖๘ - ม.ค. ๖๙' "
                 "2025-11-01..2026-01-31. 'แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐)' in the intro is not a period. "
                 "Owners (หน่วยงานรับผิดชอบ): 'งานการเจ้าหน้าที่ สำนักปลัด' and 'งานพัสดุ กองคลัง' one org unit "
                 "each (section within office/division); 'สำนักปลัด', 'กองการศึกษา ศาสนาและวัฒนธรรม' (one "
                 "division; the space is inside its name) and 'กองช่าง' org units; 'กองคลัง / สำนักปลัด' and "
                 "'สำนักปลัด และกองช่าง' two org units each; row ๘ a person over her post (น.ส.). Scores: only "
                 "ITA 2568 overall 85.90 (A) in the intro. People: three signers side by side (ผู้จัดทำแผน, "
                 "ผู้เห็นชอบแผน, ผู้อนุมัติแผน; role after the dots).",
        "scores": [S("overall", Y3_2568, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "น.ส.", "กมลวรรณ ทับทิมทอง", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบแผน", "นาย", "สุรชัย มีชัย", "ปลัดองค์การบริหารส่วนตำบล"),
                   P("ผู้อนุมัติแผน", "นาย", "วีระ จันทร์หอม", f"นายก{Y3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": Y3_UNIT, "unit_type": "subdistrict_admin", "province": "ราชบุรี", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 anti-corruption action plan of a sub-district administrative organisation. "
                 "doc_type measures (a plan of projects/measures, as the other แผนปฏิบัติการ gold). Title = the first "
                 "heading line (the second names unit, district and province, which gives the province).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ y4

Y4_UNIT = "ที่ว่าการอำเภอนาหว้าทอง"
Y4_IND = {1: 94.38, 2: 88.45, 3: 93.20, 4: 90.05, 5: 91.67, 6: 89.12, 7: 80.12, 8: 84.03, 9: 100.00, 10: 82.50}
Y4_2567 = 86.71
Y4_LOW = [7, 10, 8]


def _rating(v):
    return "ผ่าน" if v >= 85 else "ต้องปรับปรุง"


def y4():
    ind = Y4_IND
    tm = {t: round(v + 1e-9, 2) for t, v in tool_means(ind).items()}
    ov = weighted(*tool_means(ind).values())
    doc = tight(new_doc("Purisa", 14, landscape=False, margin=2.0), after=2)
    centre(doc, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", bold=True, size=15)
    centre(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=15)
    centre(doc, f"{Y4_UNIT} จังหวัดนครพนม", bold=True)
    _para(doc, "")
    _para(doc, "1. ผลการประเมินในภาพรวม", bold=True)
    body(doc, f"{Y4_UNIT}ได้คะแนนผลการประเมิน {f2(ov)} คะแนน อยู่ในระดับ {band(ov)} สูงกว่าผลการประเมินประจำปี"
              f"งบประมาณ พ.ศ. 2567 ซึ่งได้ {f2(Y4_2567)} คะแนน เพิ่มขึ้น {f2(ov - Y4_2567)} คะแนน และผ่านเกณฑ์"
              "ที่กระทรวงมหาดไทยกำหนดไว้ 85 คะแนน เมื่อพิจารณาตามเครื่องมือการประเมิน พบว่า แบบวัดการรับรู้ของผู้มีส่วน"
              f"ได้ส่วนเสียภายใน (IIT) ได้ {f2(tm['IIT'])} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) "
              f"ได้ {f2(tm['EIT'])} คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ {f2(tm['OIT'])} คะแนน")
    _para(doc, "2. ผลการประเมินรายตัวชี้วัด", bold=True)
    body(doc, f"ตัวชี้วัดที่ได้คะแนนสูงสุด คือ การเปิดเผยข้อมูล {ind[9]:.0f} คะแนน รองลงมาคือ การปฏิบัติหน้าที่ "
              f"{f2(ind[1])} คะแนน และการใช้อำนาจ {f2(ind[3])} คะแนน ส่วนการใช้งบประมาณ ได้ {f2(ind[2])} คะแนน "
              "ซึ่งผ่านเกณฑ์แต่ยังต่ำกว่าค่าเฉลี่ยของอำเภอในจังหวัด รายละเอียดเรียงตามคะแนนจากมากไปน้อย ดังตาราง")
    order = sorted(ind, key=lambda n: -ind[n])
    rows = [["ลำดับ", "ตัวชี้วัด", "คะแนน", "ผลการประเมิน"]]
    for r, n in enumerate(order, 1):
        rows.append([str(r), IND_NAMES[n], f2(ind[n]), _rating(ind[n])])
    t = table(doc, rows, [1.6, 7.2, 2.6, 4.4], centre_cols=(0, 2, 3), fill="FFF2CC")
    size_all(t, 13)
    keep_rows(t)
    sized(doc, "หมายเหตุ  เกณฑ์ผ่าน 85 คะแนนขึ้นไป", 12, before=2, after=6)
    _para(doc, "3. ตัวชี้วัดที่ได้คะแนนต่ำสุด 3 อันดับ", bold=True)
    why = {7: "ผู้รับบริการเห็นว่าการประชาสัมพันธ์ข้อมูลข่าวสารของอำเภอยังไม่ทั่วถึง และช่องทางรับฟังความคิดเห็นมีน้อย",
           10: "การดำเนินการตามมาตรการป้องกันการรับสินบนและการบริหารความเสี่ยงการทุจริตยังเผยแพร่ผลไม่ครบถ้วน",
           8: "ผู้รับบริการยังเห็นการปรับปรุงขั้นตอนและระยะเวลาการให้บริการไม่ชัดเจน"}
    for r, n in enumerate(Y4_LOW, 1):
        body(doc, f"{r}) {IND_NAMES[n]}  {f2(ind[n])} คะแนน : {why[n]}", first=0, left=1.0)
    _para(doc, "4. แนวทาง/มาตรการในการพัฒนา", bold=True)
    y4m = [
        ("ยกระดับประสิทธิภาพการสื่อสาร",
         "จัดทำช่องทางสื่อสารกับประชาชนผ่าน LINE OA ของอำเภอ และประชาสัมพันธ์ผลการดำเนินงานทุกเดือน",
         "ฝ่ายบริหารงานปกครอง", "ม.ค. – มี.ค. 2569", [O(org="ฝ่ายบริหารงานปกครอง")], 7, "2026-01-01", "2026-03-31"),
        ("ยกระดับการป้องกันการทุจริต",
         "ทบทวนมาตรการป้องกันการรับสินบนและจัดทำแผนบริหารความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
         "นางสาวพรทิพย์ แสนสุข เจ้าพนักงานปกครองชำนาญงาน", "ภายใน 31 ธันวาคม 2568",
         [O("น.ส.", "พรทิพย์ แสนสุข", "เจ้าพนักงานปกครองชำนาญงาน")], 10, None, "2025-12-31"),
        ("ยกระดับการปรับปรุงการทำงาน",
         "ปรับลดขั้นตอนการให้บริการงานทะเบียนและบัตร และประกาศระยะเวลาการให้บริการให้ประชาชนทราบ",
         "ปลัดอำเภอหัวหน้างานทะเบียนและบัตร", "ไตรมาส 2 – 3 ปีงบประมาณ 2569",
         [O(pos="ปลัดอำเภอหัวหน้างานทะเบียนและบัตร")], 8, "2026-01-01", "2026-06-30"),
        ("ภาพรวม", "ประชุมชี้แจงข้าราชการและเจ้าหน้าที่ทุกคนเกี่ยวกับหลักเกณฑ์การประเมิน ITA ประจำปี 2569",
         "คณะทำงานขับเคลื่อนการประเมิน ITA อำเภอนาหว้าทอง", "พฤศจิกายน 2568",
         [O(org="คณะทำงานขับเคลื่อนการประเมิน ITA อำเภอนาหว้าทอง")], None, "2025-11-01", "2025-11-30"),
    ]
    for i, (head, act, owner, period, *_r) in enumerate(y4m, 1):
        body(doc, f"4.{i} {head} : {act}", first=0, left=1.0)
        for ln in (f"ผู้รับผิดชอบ  {owner}", f"ระยะเวลา  {period}"):
            p = _para(doc, ln)
            p.paragraph_format.left_indent = Cm(2.0)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำ", "(ว่าที่ร้อยตรีอนุชา ไชยเดช)",
                     "ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง)"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้เห็นชอบ", "(นายสุริยา พลอาษา)", "นายอำเภอนาหว้าทอง"]], [8.5, 8.5])
    scores = [S("indicator", v, 2568, tool_of(n), n, rating=_rating(v)) for n, v in ind.items()]
    scores += [S("tool", tm[t], 2568, t) for t in ("IIT", "EIT", "OIT")]
    scores += [S("overall", ov, 2568, rating=band(ov)), S("overall", Y4_2567, 2567)]
    measures = [M(act, owners, ind=i, start=s, end=e) for _h, act, _o, _p, owners, i, s, e in y4m]
    facts = {
        "notes": "Score analysis, portrait, Purisa 14, Arabic digits; indicators are named ONLY by their Thai "
                 "names, never by number, mapped by the NACC names (การปฏิบัติหน้าที่ 1, การใช้งบประมาณ 2, "
                 "การใช้อำนาจ 3, การใช้ทรัพย์สินของราชการ 4, การแก้ไขปัญหาการทุจริต 5, คุณภาพการดำเนินงาน 6, "
                 "ประสิทธิภาพการสื่อสาร 7, การปรับปรุงการทำงาน 8, การเปิดเผยข้อมูล 9, การป้องกันการทุจริต 10; "
                 "tool by NACC numbering 1-5 IIT, 6-8 EIT, 9-10 OIT). Scores: 2568 overall "
                 f"{f2(ov)} (A) and 2567 overall {f2(Y4_2567)} (no rating printed for it; 'เพิ่มขึ้น {f2(ov - Y4_2567)}' is a difference, "
                 "'85 คะแนน' the ministry's threshold); tools 2568 in prose IIT "
                 f"{f2(tm['IIT'])}, EIT {f2(tm['EIT'])}, OIT {f2(tm['OIT'])} (the means of their indicators; the "
                 "overall is 0.3/0.3/0.4 of them); the ten indicators of 2568 from the table 'ลำดับ | ตัวชี้วัด | "
                 "คะแนน | ผลการประเมิน', sorted by score, NOT in indicator order: the ลำดับ column is the rank "
                 "(rank 1 = การเปิดเผยข้อมูล = indicator 9, rank 10 = ประสิทธิภาพการสื่อสาร = indicator 7), never "
                 "an indicator number; rating = the ผลการประเมิน cell (ผ่าน / ต้องปรับปรุง). Repeats counted once: "
                 "the section 2 paragraph (การเปิดเผยข้อมูล '100', การปฏิบัติหน้าที่, การใช้อำนาจ, การใช้งบประมาณ) "
                 "and the 'ตัวชี้วัดที่ได้คะแนนต่ำสุด 3 อันดับ' list '1) ประสิทธิภาพการสื่อสาร 80.12 2) "
                 "การป้องกันการทุจริต 82.50 3) การปรับปรุงการทำงาน 84.03' (1)-3) are ranks, not indicators). Measures: "
                 "the four items 4.1-4.4 of section 4; title = the text after the colon (the 'ยกระดับ<indicator name>' "
                 "before it is a heading naming the indicator: 4.1 7, 4.2 10, 4.3 8; 4.4 'ภาพรวม' null; "
                 "'ประจำปีงบประมาณ พ.ศ. 2569' inside 4.2's title is not its period); the section 3 reasons are "
                 "diagnoses, not measures. Periods: 'ม.ค. – มี.ค. 2569' 2026-01-01..2026-03-31; 'ภายใน 31 ธันวาคม "
                 "2568' end 2025-12-31 only; 'ไตรมาส 2 – 3 ปีงบประมาณ 2569' 2026-01-01..2026-06-30; 'พฤศจิกายน "
                 "2568' the month. Owners: 'ฝ่ายบริหารงานปกครอง' an org unit; 'นางสาวพรทิพย์ แสนสุข "
                 "เจ้าพนักงานปกครองชำนาญงาน' one person; 'ปลัดอำเภอหัวหน้างานทะเบียนและบัตร' a position; "
                 "'คณะทำงานขับเคลื่อนการประเมิน ITA อำเภอนาหว้าทอง' an org unit (a working group). The three "
                 "indicators under 85 each have a measure: no finding. People: ผู้จัดทำ (ว่าที่ร้อยตรี -> ว่าที่ "
                 "ร.ต.; position = the post line as printed) and ผู้เห็นชอบ side by side (roles after the dots).",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้จัดทำ", "ว่าที่ ร.ต.", "อนุชา ไชยเดช", "ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง)"),
                   P("ผู้เห็นชอบ", "นาย", "สุริยา พลอาษา", "นายอำเภอนาหว้าทอง")],
        "findings": [],
    }
    document = {
        "unit": Y4_UNIT, "unit_type": "district_office", "province": "นครพนม", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. 2568",
        "notes": "Undated analysis of the ITA 2568 result of a district office (ที่ว่าการอำเภอ): fiscal_year 2568, the "
                 "assessed year (its measures run in FY 2569; as the other analysis gold). Title = the first two "
                 "centred lines (the third names unit and province, which gives the province).",
    }
    return doc, facts, document


REPORTS = {
    "y1_progress_form_status_checkboxes_results_numbers_hospital_non_sa_at_thong": y1,
    "y2_executives_minutes_five_agendas_ita_running_text_ban_haet_thong": y2,
    "y3_action_plan_objective_kpi_budget_columns_strategy_rows_sao_don_tako_thong": y3,
    "y4_indicator_names_only_sorted_score_table_lowest_three_district_na_wa_thong": y4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
