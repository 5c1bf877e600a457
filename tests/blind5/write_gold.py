#!/usr/bin/env python3
"""Write the hand-made gold for the blind-5 reports (tests/blind5/gold/*.json).

Every fact is taken from the text written in make_blind5.py, as a careful Thai reader records it,
never from the pipeline's output. Conventions as samples/gold: ranks/titles in short form, fiscal_year BE,
dates ISO CE, "ตลอดปีงบประมาณ" = the whole fiscal year, a bare deadline gives end only.

    uv run python tests/blind5/write_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
FY69 = ("2025-10-01", "2026-09-30")
FY68 = ("2024-10-01", "2025-09-30")


def S(level, value, fy, tool=None, ind=None, q=None, rating=None, label=None):
    return {"level": level, "tool": tool, "indicator_no": ind, "question_code": q, "fiscal_year": fy,
            "value": value, "rating": rating, "label": label}


def O(rank=None, name=None, pos=None, org=None):
    return {"rank": rank, "person_name": name, "position": pos, "org_unit": org}


def M(ind, title, start, end, period, fy, owners, monitoring=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "period_text": period,
            "monitoring": monitoring, "fiscal_year": fy, "owner_text": None, "owners": owners}


def P(role, rank, name, pos=None, phone=None):
    return {"role": role, "rank": rank, "person_name": name, "position": pos, "phone": phone}


TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}

REPORTS = {}

# ---------------------------------------------------------------- f1
sp = O(org="สำนักปลัด")
REPORTS["f1_measures_plan_tha_kham_sao"] = (
    {"unit": "องค์การบริหารส่วนตำบลท่าข้าม", "unit_type": "subdistrict_admin", "province": "ราชบุรี",
     "fiscal_year": 2569, "doc_type": "measures",
     "title": "แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
     "notes": "Cover: two title lines, then the unit 'องค์การบริหารส่วนตำบลท่าข้าม / อำเภอปากท่อ จังหวัดราชบุรี' "
              "(not part of the title). A FY 2569 plan of measures (doc_type measures)."},
    {"notes": "ITA 2568 results in prose (overall 87.45 A, IIT/EIT/OIT, indicators 7 and 10); 'ไม่ต่ำกว่า ๘๕' is a "
              "target. Measures: each numbered row of the plan table, indicator from the group row above it "
              "(group rows '...ราชกาล' and 'ประสิทธภาพ' are typos for indicators 4 and 7). Budgets are not "
              "fields. Periods: month ranges give first/last day; 'ตลอดปีงบประมาณ' and 'ต.ค. 68 - ก.ย. 69' = FY 2569; "
              "'ภายใน ...' is a deadline (end only); a single month 'ก.ย. ๒๕๖๙' spans that month; '๙ ธ.ค. ๒๕๖๘' is one day. "
              "Row 15 is written 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๖๙' (end before start): recorded as written, finding "
              "period_reversed. Owners split on '/'. People: the two signatories.",
     "scores": [
         S("overall", 87.45, 2568, rating="A"),
         S("tool", 91.20, 2568, tool="IIT"), S("tool", 84.75, 2568, tool="EIT"), S("tool", 86.67, 2568, tool="OIT"),
         S("indicator", 81.02, 2568, tool="EIT", ind=7), S("indicator", 75.00, 2568, tool="OIT", ind=10),
     ],
     "measures": [
         M(1, "จัดทำคู่มือการให้บริการประชาชนและเผยแพร่ทางเว็บไซต์ของ อบต.", "2025-10-01", "2025-12-31",
           "ต.ค. ๒๕๖๘ – ธ.ค. ๒๕๖๘", 2569, [sp]),
         M(1, "โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล", "2026-03-01", "2026-04-30",
           "มี.ค. – เม.ย. ๒๕๖๙", 2569, [sp]),
         M(2, "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณรายไตรมาส", *FY69,
           "ตลอดปีงบประมาณ", 2569, [O(org="กองคลัง")]),
         M(2, "เปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้าง โดยแต่งตั้งผู้แทนชุมชนร่วมเป็นคณะกรรมการตรวจรับพัสดุ",
           *FY69, "ต.ค. 68 - ก.ย. 69", 2569, [O(org="กองคลัง"), O(org="กองช่าง")]),
         M(4, "จัดทำแนวปฏิบัติการยืมพัสดุและครุภัณฑ์ของทางราชการ พร้อมแบบฟอร์มการขออนุญาต", None, "2025-12-31",
           "ภายใน ๓๑ ธ.ค. ๒๕๖๘", 2569, [O(org="กองคลัง")]),
         M(4, "ตรวจสอบพัสดุประจำปี และติดตามการคืนทรัพย์สินที่ยืมไปใช้", "2026-09-01", "2026-09-30", "ก.ย. ๒๕๖๙", 2569,
           [O("นาย", "สมชาย ทองดี", "เจ้าพนักงานพัสดุ")]),
         M(5, "กิจกรรมประกาศเจตนารมณ์การต่อต้านการทุจริตของผู้บริหารและพนักงานส่วนตำบล", "2025-12-09", "2025-12-09",
           "๙ ธ.ค. ๒๕๖๘", 2569, [sp]),
         M(5, "จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปี และรายงานผลการดำเนินงานรอบ ๖ เดือน", "2025-10-01",
           "2026-03-31", "ต.ค. 2568 – มี.ค. 2569", 2569, [sp]),
         M(7, "ปรับปรุงเว็บไซต์และเพจ Facebook ของ อบต. ให้เป็นปัจจุบัน โดยเผยแพร่ข่าวสารอย่างน้อยสัปดาห์ละ ๑ ครั้ง",
           *FY69, "ตลอดปีงบประมาณ", 2569, [O(org="งานประชาสัมพันธ์ สำนักปลัด")]),
         M(7, "จัดให้มีช่องทางรับเรื่องร้องเรียนออนไลน์ และแจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วัน", *FY69,
           "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙", 2569, [sp]),
         M(8, "โครงการ อบต.เคลื่อนที่ ให้บริการประชาชนนอกสถานที่ (Mobile Service)", "2026-01-01", "2026-08-31",
           "ม.ค. – ส.ค. ๒๕๖๙", 2569, [sp, O(org="กองคลัง"), O(org="กองช่าง")]),
         M(8, "สำรวจความพึงพอใจของผู้รับบริการ และนำผลมาปรับปรุงขั้นตอนการให้บริการ", "2026-07-01", "2026-09-30",
           "ก.ค. – ก.ย. 2569", 2569, [O(pos="หัวหน้าสำนักปลัด")]),
         M(9, "ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ให้ครบถ้วนตามเกณฑ์ OIT", None, "2026-04-30", "ภายในเดือน เม.ย. ๒๕๖๙",
           2569, [O("น.ส.", "กัญญารัตน์ ศรีสุข", "นักวิชาการคอมพิวเตอร์")]),
         M(10, "จัดทำรายงานการวิเคราะห์ความเสี่ยงการทุจริตและมาตรการป้องกันความเสี่ยง", "2025-11-01", "2026-01-31",
           "พ.ย. ๒๕๖๘ – ม.ค. ๒๕๖๙", 2569, [sp]),
         M(10, "โครงการส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานส่วนตำบล", "2026-10-01", "2026-09-30",
           "ต.ค. ๒๕๖๙ – ก.ย. ๒๕๖๙", 2569, [sp]),
     ],
     "people": [
         P("ผู้เสนอแผน", "จ.อ.", "วิทยา ศรีทอง", "ปลัดองค์การบริหารส่วนตำบลท่าข้าม"),
         P("ผู้อนุมัติแผน", "นาย", "ประเสริฐ วงศ์ใหญ่", "นายกองค์การบริหารส่วนตำบลท่าข้าม"),
     ],
     "findings": ["period_reversed"]},
)

# ---------------------------------------------------------------- f2
ind_scores = {1: 92.50, 2: 84.10, 3: 91.76, 4: 86.33, 5: 95.91, 6: 88.40, 7: 79.85, 8: 82.10, 9: 96.00, 10: 78.50}
weak = {2, 7, 8, 10}
f2_owner_ind2 = [O(org="กลุ่มงานบริหารทั่วไป")]
f2_owner_ind7 = [O(org="กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข"), O(org="งานประชาสัมพันธ์")]
f2_owner_ind8 = [O(org="กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข")]
f2_owner_ind10 = [O("นาย", "ธนากร พรหมมา", "นักวิเคราะห์นโยบายและแผนชำนาญการ")]
p2 = "ธันวาคม ๒๕๖๘ – กันยายน ๒๕๖๙"
p7 = "ตลอดปีงบประมาณ ๒๕๖๙"
p8 = "มกราคม – มิถุนายน ๒๕๖๙"
p10 = "ภายในวันที่ ๓๐ เมษายน ๒๕๖๙"
REPORTS["f2_analysis_phayao_health_office"] = (
    {"unit": "สำนักงานสาธารณสุขจังหวัดพะเยา", "unit_type": "health_office", "province": "พะเยา",
     "fiscal_year": 2568, "doc_type": "analysis",
     "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
     "notes": "Title = the two title lines; the third line is the unit. Analysis of the FY 2568 assessment; "
              "the measures derived from it run in FY 2569."},
    {"notes": "FY 2568: overall 86.97 (A; prose and the table's คะแนนรวม row = one row), tools in prose, all 10 "
              "indicators in the table (ratings ผ่าน / ต้องปรับปรุง), headings repeat the weak indicators' scores "
              "(same rows). FY 2567 overall 85.12; '๑.๘๕' is a difference and 'ต่ำกว่า ๘๕' a threshold. Question "
              "rows: 'ข้อ i๘' etc. (lower-case, Thai digits) -> I8, I10 (ind 2), E6, E8 (ind 7), E12 (ind 8); "
              "'ข้อ o๓๒' has no figure (no row). Measures: each bullet under a weak indicator; the indicator's "
              "ผู้รับผิดชอบ and ระยะเวลาดำเนินการ lines apply to all its bullets; FY 2569.",
     "scores": [S("overall", 86.97, 2568, rating="A"), S("overall", 85.12, 2567),
                S("tool", 90.12, 2568, tool="IIT"), S("tool", 83.45, 2568, tool="EIT"),
                S("tool", 87.25, 2568, tool="OIT")]
               + [S("indicator", v, 2568, tool=TOOL[i], ind=i, rating="ต้องปรับปรุง" if i in weak else "ผ่าน")
                  for i, v in ind_scores.items()]
               + [S("question", 78.60, 2568, tool="IIT", ind=2, q="I8"),
                  S("question", 80.25, 2568, tool="IIT", ind=2, q="I10"),
                  S("question", 75.40, 2568, tool="EIT", ind=7, q="E6"),
                  S("question", 77.15, 2568, tool="EIT", ind=7, q="E8"),
                  S("question", 80.90, 2568, tool="EIT", ind=8, q="E12")],
     "measures": [
         M(2, "จัดทำแผนการใช้จ่ายงบประมาณประจำปี และเผยแพร่ให้บุคลากรทราบผ่านระบบสารบรรณอิเล็กทรอนิกส์",
           "2025-12-01", "2026-09-30", p2, 2569, f2_owner_ind2),
         M(2, "เปิดโอกาสให้บุคลากรสอบถาม ทักท้วง หรือร้องเรียนการใช้จ่ายงบประมาณผ่านกล่องรับความคิดเห็น",
           "2025-12-01", "2026-09-30", p2, 2569, f2_owner_ind2),
         M(7, "ประชาสัมพันธ์ข้อมูลการให้บริการผ่าน Facebook Page และ LINE OA ของ สสจ.พะเยา อย่างน้อยเดือนละ ๒ ครั้ง",
           *FY69, p7, 2569, f2_owner_ind7),
         M(7, "จัดทำ QR Code รับฟังความคิดเห็น ติดตั้งที่จุดให้บริการทุกกลุ่มงาน", *FY69, p7, 2569, f2_owner_ind7),
         M(7, "แจ้งผลการดำเนินการเรื่องร้องเรียนให้ผู้ร้องทราบภายใน ๑๕ วันทำการ", *FY69, p7, 2569, f2_owner_ind7),
         M(8, "ปรับลดขั้นตอนการขออนุญาตประกอบกิจการสถานพยาบาลและร้านขายยา โดยนำระบบยื่นคำขอออนไลน์มาใช้",
           "2026-01-01", "2026-06-30", p8, 2569, f2_owner_ind8),
         M(8, "สำรวจความพึงพอใจผู้รับบริการรายไตรมาส และนำผลมาปรับปรุงการให้บริการ", "2026-01-01", "2026-06-30",
           p8, 2569, f2_owner_ind8),
         M(10, "จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส และเผยแพร่บนเว็บไซต์ของหน่วยงาน",
           None, "2026-04-30", p10, 2569, f2_owner_ind10),
         M(10, "แต่งตั้งผู้รับผิดชอบตรวจสอบความครบถ้วนของข้อมูล OIT ก่อนวันปิดระบบ", None, "2026-04-30", p10, 2569,
           f2_owner_ind10),
     ],
     "people": [
         P("ผู้รายงาน", "น.ส.", "พิมพ์ชนก อินต๊ะวงศ์", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ"),
         P("ผู้เห็นชอบ", "นพ.", "วิชัย ศรีประเสริฐ", "นายแพทย์สาธารณสุขจังหวัดพะเยา"),
     ],
     "findings": []},
)

# ---------------------------------------------------------------- f3
siriporn = O("ร.ต.อ.หญิง", "ศิริพร แก้วมณี", "รอง สว.(สอบสวน)")
REPORTS["f3_measures_report_police_pracha_chuen"] = (
    {"unit": "สถานีตำรวจนครบาลประชาชื่น", "unit_type": "police_station", "province": "กรุงเทพมหานคร",
     "fiscal_year": 2568, "doc_type": "measures",
     "title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน",
     "notes": "Title = two title lines; the third line (สน.ประชาชื่น กองบังคับการตำรวจนครบาล ๒) names the unit. "
              "Report on the unit's own FY 2568 integrity measures (doc_type measures: it reports on the "
              "มาตรการ, not a KPI agreement). Bangkok station: province กรุงเทพมหานคร."},
    {"notes": "The only score: ITA 2567 overall 93.40 (A). Counts (๘ of ๑๐, ร้อยละ ๘๐), ๑๒๔ นาย, ๒๑๘ โพสต์, "
              "3,450 คน are not scores. Measures: each row of the status table (numbered ๑.-๑๐.), indicator "
              "from the vertically merged ตัวชี้วัด cell; no period is given per measure (๑ ต.ค. ๒๕๖๗ – "
              "๓๐ ก.ย. ๒๕๖๘ is the reporting round), so dates are null. Owners: one per line/person; rank "
              "ร.ต.อ.หญิง kept; จ.ส.ต.ธีรภัทร in row ๘ has no position there. People: ผู้รายงาน and ผู้รับรอง.",
     "scores": [S("overall", 93.40, 2567, rating="A")],
     "measures": [
         M(1, "มาตรการให้บริการประชาชนตามลำดับก่อน-หลัง ไม่เลือกปฏิบัติ", None, None, None, 2568, [siriporn]),
         M(1, "มาตรการตรวจสอบการปฏิบัติหน้าที่ของสายตรวจ", None, None, None, 2568,
           [O("พ.ต.ท.", "ชยพล อินทรสุวรรณ", "สว.ป.")]),
         M(3, "มาตรการป้องกันการเรียกรับสินบนในงานจราจร", None, None, None, 2568,
           [O("พ.ต.ต.", "ณัฐวุฒิ รักษ์ไทย", "สว.จร.")]),
         M(4, "มาตรการควบคุมการใช้รถยนต์และรถจักรยานยนต์ของทางราชการ", None, None, None, 2568,
           [O("ด.ต.", "สมบัติ พูลผล", "ผบ.หมู่ฯ")]),
         M(4, "มาตรการการยืมทรัพย์สินของราชการไปใช้ (ต้องทำบันทึกขออนุญาตก่อนยืมทุกครั้ง)", None, None, None, 2568,
           [O(org="งานอำนวยการ")]),
         M(5, "มาตรการสร้างจิตสำนึกและค่านิยมต่อต้านการทุจริต (กิจกรรม \"ตำรวจน้ำดี ไม่รับส่วย ไม่รับสินบน\")",
           None, None, None, 2568, [O("พ.ต.อ.", "วีรยุทธ เดชาวัฒน์", "ผกก.สน.ประชาชื่น")]),
         M(7, "มาตรการเผยแพร่ข้อมูลข่าวสารผ่านเพจ Facebook \"สน.ประชาชื่น\"", None, None, None, 2568,
           [O("จ.ส.ต.", "ธีรภัทร บุญยืน", "ผบ.หมู่")]),
         M(9, "มาตรการตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์สถานีให้เป็นปัจจุบัน (O1 – O36)", None, None, None, 2568,
           [siriporn, O("จ.ส.ต.", "ธีรภัทร บุญยืน")]),
         M(10, "มาตรการจัดทำแผนบริหารความเสี่ยงการทุจริตของสถานี", None, None, None, 2568, [O(pos="รอง ผกก.ป.")]),
         M(10, "มาตรการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ต่อผู้บังคับบัญชา", None, None, None, 2568,
           [siriporn]),
     ],
     "people": [
         P("ผู้รายงาน", "ร.ต.อ.หญิง", "ศิริพร แก้วมณี", "รอง สว.(สอบสวน) สน.ประชาชื่น"),
         P("ผู้รับรอง", "พ.ต.อ.", "วีรยุทธ เดชาวัฒน์", "ผกก.สน.ประชาชื่น"),
     ],
     "findings": []},
)

# ---------------------------------------------------------------- f4
REPORTS["f4_minutes_sericulture_dept"] = (
    {"unit": "กรมหม่อนไหม", "unit_type": "department", "province": None, "fiscal_year": 2569,
     "doc_type": "minutes",
     "title": "รายงานการประชุม คณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              "(ITA) กรมหม่อนไหม ครั้งที่ ๑/๒๕๖๙",
     "notes": "Minutes of meeting ๑/๒๕๖๙ held ๑๘ พ.ย. ๒๕๖๘ (in FY 2569); it reviews the FY 2568 result and "
              "assigns FY 2569 work, so fiscal_year 2569. Title = the three title lines (date/place lines are not "
              "title). A central department: no province."},
    {"notes": "Scores: ITA 2568 overall 90.55 (A), 2567 overall 88.10 (A), tools IIT 88.40 / EIT 86.10 / OIT 95.50 "
              "(0.3/0.3/0.4 weighting gives 90.55), indicators 7 (82.30) and 8 (84.15); '๙๕ คะแนนขึ้นไป' is the AA "
              "threshold. Measures: resolutions ๑)-๖), indicator from the agenda sub-item (๔.๑ -> 7, ๔.๒ -> 8, "
              "๔.๓ 'ตัวชี้วัดที่ ๙' -> 9); title is the action without 'มอบหมายให้/ให้ <owner>' and without the "
              "deadline; 'ภายในวันที่ ...' is end only; 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' is the whole FY. People: the "
              "attendance table (the absent member is still a member), the minute-taker and the checker.",
     "scores": [S("overall", 90.55, 2568, rating="A"), S("overall", 88.10, 2567, rating="A"),
                S("tool", 88.40, 2568, tool="IIT"), S("tool", 86.10, 2568, tool="EIT"),
                S("tool", 95.50, 2568, tool="OIT"),
                S("indicator", 82.30, 2568, tool="EIT", ind=7), S("indicator", 84.15, 2568, tool="EIT", ind=8)],
     "measures": [
         M(7, "ปรับปรุงช่องทางการสื่อสารบนเว็บไซต์และ Facebook ของกรมให้ทันสมัย รองรับการใช้งานผ่านโทรศัพท์มือถือ",
           None, "2026-01-31", "ภายในวันที่ ๓๑ มกราคม ๒๕๖๙", 2569,
           [O(org="กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม")]),
         M(7, "เผยแพร่ผลการดำเนินงานและข่าวสารให้ผู้รับบริการทราบอย่างน้อยเดือนละ ๑ ครั้ง", *FY69,
           "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", 2569, [O(org="ทุกหน่วยงานในสังกัด")]),
         M(8, "พัฒนาระบบขอรับบริการออนไลน์ (e-Service) สำหรับการขอรับพันธุ์หม่อนและไข่ไหม", None, "2026-03-31",
           "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๙", 2569, [O(org="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")]),
         M(8, "สำรวจความพึงพอใจของผู้รับบริการ และสรุปผลเสนอคณะทำงาน", None, "2026-06-30",
           "ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙", 2569, [O(org="กองแผนงาน")]),
         M(9, "จัดส่งข้อมูลตามแบบ OIT พร้อมลิงก์ข้อมูลให้กองแผนงานตรวจสอบ", None, "2026-02-28",
           "ภายในวันที่ ๒๘ ก.พ. ๖๙", 2569, [O(org="ทุกกอง/สำนัก")]),
         M(9, "ตรวจสอบความครบถ้วนของข้อมูล OIT ก่อนนำเข้าระบบ ITAS", None, "2026-03-20",
           "ภายในวันที่ ๒๐ มีนาคม ๒๕๖๙", 2569, [O(org="กลุ่มตรวจสอบภายใน")]),
     ],
     "people": [
         P("ประธานคณะทำงาน", "นาย", "สุรชัย วงศ์ประเสริฐ", "รองอธิบดีกรมหม่อนไหม"),
         P("คณะทำงาน", "นาง", "วิไลวรรณ ทองมา", "ผู้อำนวยการกองแผนงาน"),
         P("คณะทำงาน", "นาย", "อนุชา แสงอรุณ", "ผู้อำนวยการกองคลัง"),
         P("คณะทำงาน", "ว่าที่ ร.ต.", "กิตติพงษ์ มั่นคง", "นักวิชาการคอมพิวเตอร์ชำนาญการพิเศษ"),
         P("คณะทำงาน", "ดร.", "ปริญญา นาคสุข", "ผู้อำนวยการกองวิจัยและพัฒนาหม่อนไหม"),
         P("คณะทำงาน", "น.ส.", "ชุติมา บุญญาศิริ", "ผู้อำนวยการกลุ่มตรวจสอบภายใน"),
         P("คณะทำงานและเลขานุการ", "น.ส.", "อรอุมา เพชรรัตน์", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
         P("คณะทำงานและผู้ช่วยเลขานุการ", "นาย", "ภาณุวัฒน์ จันทร์หอม", "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"),
         P("คณะทำงาน", "นาย", "เอกชัย ศรีสุข", "ผู้อำนวยการสำนักงานเลขานุการกรม"),
         P("ผู้จดรายงานการประชุม", "น.ส.", "อรอุมา เพชรรัตน์"),
         P("ผู้ตรวจรายงานการประชุม", "นาง", "วิไลวรรณ ทองมา"),
     ],
     "findings": []},
)


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for stem, (doc, facts) in REPORTS.items():
        (GOLD / f"{stem}.document.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
        (GOLD / f"{stem}.facts.json").write_text(json.dumps({"stem": stem, **facts}, ensure_ascii=False, indent=1)
                                                 + "\n", encoding="utf-8")
        print(stem, len(facts["scores"]), "scores", len(facts["measures"]), "measures",
              sum(len(m["owners"]) for m in facts["measures"]), "owners", len(facts["people"]), "people")


if __name__ == "__main__":
    main()
