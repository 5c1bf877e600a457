#!/usr/bin/env python3
"""Write the hand-made gold facts of the blind-4 reports (tests/blind4/gold/*.json).

Everything below was read off the texts written in make_blind4.py by a careful
Thai reader, never from the pipeline's output. Conventions as samples/gold:
ranks/titles short (นางสาว -> น.ส., พันตำรวจเอก -> พ.ต.อ.), fiscal_year BE,
dates ISO CE, fiscal quarters of the measure's fiscal year (Q1 = Oct-Dec),
"ตลอดปีงบประมาณ" = the whole fiscal year, a bare deadline gives end only, a
month range runs from the first to the last day of the months.

    uv run python tests/blind4/write_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"


def S(level, value, fy, tool=None, ind=None, q=None, rating=None, label=None, weight=None, points=None):
    d = {"level": level, "tool": tool, "indicator_no": ind, "question_code": q, "fiscal_year": fy,
         "value": value, "rating": rating, "label": label}
    if level == "kpi":
        d["weight"], d["points"] = weight, points
    return d


def O(rank=None, name=None, position=None, org=None):
    return {"rank": rank, "person_name": name, "position": position, "org_unit": org}


def M(ind, title, start, end, period, fy, owners, monitoring=None, owner_text=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "period_text": period,
            "monitoring": monitoring, "fiscal_year": fy, "owner_text": owner_text, "owners": owners}


def P(role, rank, name, position=None, phone=None):
    return {"role": role, "rank": rank, "person_name": name, "position": position, "phone": phone}


REPORTS = {}

# ------------------------------------------------------------------ e1
_fy1 = 2568
_ind1 = [(1, "IIT", 93.12), (2, "IIT", 88.40), (3, "IIT", 92.75), (4, "IIT", 86.91), (5, "IIT", 95.07),
         (6, "EIT", 87.30), (7, "EIT", 82.45), (8, "EIT", 82.76), (9, "OIT", 91.00), (10, "OIT", 82.00)]
_own_e1_budget = [O(org="กองคลัง"), O(org="ฝ่ายพัสดุและทรัพย์สิน")]
_own_e1_pr = [O(org="ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล")]
_own_e1_all = [O(org="ทุกกอง/สำนัก")]
REPORTS["e1_analysis_lampang_city_municipality"] = (
    {
        "unit": "เทศบาลนครลำปาง",
        "unit_type": "municipality",
        "province": "ลำปาง",
        "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "Cover: three title lines (joined with spaces), then 'เทศบาลนครลำปาง / อำเภอเมืองลำปาง จังหวัดลำปาง'. "
                 "Analysis of the FY 2568 ITA results; the measures section plans FY 2569.",
    },
    {
        "notes": "FY 2568 results: overall 87.23 (A), 2567 overall 82.10 (B) quoted for comparison; tool table "
                 "(weights 30/30/40 and 'คะแนนรวม 100' are not scores; 87.23 repeats the overall); ten indicators "
                 "in prose (indicator 4 and 7 names misspelt; 9 and 10 named without numbers in one sentence); "
                 "five weak questions with codes (E codes in Thai digits); the measures table repeats I9/I21/E7/"
                 "E12/E14 scores (one row each). Thresholds 85 are not scores. Measures: each numbered item in "
                 "the มาตรการ cell is one measure; row 4 is split in two sub-rows with merged indicator/owner/"
                 "period cells. Periods: 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙' = 2025-10-01..2026-09-30; 'ภายใน ธ.ค. ๖๘' "
                 "end 2025-12-31; 'ม.ค.–มี.ค. ๒๕๖๙' = 2026-01-01..2026-03-31; 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' whole "
                 "FY 2569; 'ภายใน ๓๐ เม.ย. ๒๕๖๙' end 2026-04-30. Owners: 'กองคลัง, ฝ่ายพัสดุและทรัพย์สิน' "
                 "is two offices (each on both measures of the row). People: the two signatories.",
        "scores": [
            S("overall", 87.23, _fy1, rating="A"),
            S("overall", 82.10, 2567, rating="B"),
            S("tool", 91.25, _fy1, tool="IIT"),
            S("tool", 84.17, _fy1, tool="EIT"),
            S("tool", 86.50, _fy1, tool="OIT"),
            *[S("indicator", v, _fy1, tool=t, ind=i) for i, t, v in _ind1],
            S("question", 80.35, _fy1, tool="IIT", ind=2, q="I9",
              label="หน่วยงานของท่าน มีการจัดซื้อจัดจ้าง/การจัดหาพัสดุ และการตรวจรับพัสดุ อย่างโปร่งใส ตรวจสอบได้ "
                    "มากน้อยเพียงใด"),
            S("question", 79.80, _fy1, tool="IIT", ind=4, q="I21",
              label="ท่านรู้ แนวปฏิบัติของหน่วยงานเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง มากน้อยเพียงใด"),
            S("question", 76.92, _fy1, tool="EIT", ind=7, q="E7",
              label="หน่วยงานที่ท่านติดต่อ มีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการ "
                    "หรือไม่"),
            S("question", 80.14, _fy1, tool="EIT", ind=8, q="E12",
              label="หน่วยงานที่ท่านติดต่อ มีการปรับปรุงวิธีการและขั้นตอนการดำเนินงาน/การให้บริการให้ดีขึ้น "
                    "มากน้อยเพียงใด"),
            S("question", 78.33, _fy1, tool="EIT", ind=8, q="E14",
              label="หน่วยงานที่ท่านติดต่อ เปิดโอกาสให้ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย "
                    "เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน/การให้บริการ ให้ดีขึ้น มากน้อยเพียงใด"),
        ],
        "measures": [
            M(2, "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาสผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์",
              "2025-10-01", "2026-09-30", "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙", 2569, _own_e1_budget),
            M(2, "จัดประชุมชี้แจงขั้นตอนการจัดซื้อจัดจ้างให้บุคลากรทุกระดับทราบ",
              "2025-10-01", "2026-09-30", "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙", 2569, _own_e1_budget),
            M(4, "จัดทำคู่มือการยืม-คืนพัสดุและทรัพย์สินของราชการ พร้อมแบบฟอร์มขออนุญาต และเผยแพร่ให้บุคลากรทราบ",
              None, "2025-12-31", "ภายใน ธ.ค. ๖๘", 2569,
              [O("นาย", "ธนากร ศรีวงศ์", "ผู้อำนวยการกองคลัง")]),
            M(7, "เพิ่มช่องทางรับฟังความคิดเห็นผ่าน LINE Official Account ของเทศบาล และ QR Code ณ จุดบริการ",
              "2026-01-01", "2026-03-31", "ม.ค.–มี.ค. ๒๕๖๙", 2569, _own_e1_pr),
            M(7, "ประชาสัมพันธ์ช่องทางร้องเรียน/ร้องทุกข์ผ่านสถานีวิทยุชุมชนและเสียงตามสาย",
              "2026-01-01", "2026-03-31", "ม.ค.–มี.ค. ๒๕๖๙", 2569, _own_e1_pr),
            M(8, "ปรับลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร โดยนำระบบ e-Service มาใช้",
              "2025-10-01", "2026-09-30", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", 2569, _own_e1_all),
            M(8, "จัดเวทีประชาคมให้ผู้มีส่วนได้ส่วนเสียร่วมเสนอแนะการปรับปรุงการให้บริการ ปีละ ๒ ครั้ง",
              "2025-10-01", "2026-09-30", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", 2569, _own_e1_all),
            M(10, "จัดทำรายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตรอบ ๖ เดือน และเผยแพร่บนเว็บไซต์",
              None, "2026-04-30", "ภายใน ๓๐ เม.ย. ๒๕๖๙", 2569,
              [O("น.ส.", "พิมพ์ชนก แก้วมณี", "นักวิเคราะห์นโยบายและแผนชำนาญการ")]),
        ],
        "people": [
            P("ผู้รายงาน", "น.ส.", "พิมพ์ชนก แก้วมณี", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
            P("ผู้เห็นชอบ", "นาย", "วิชัย ตั้งมั่นคง", "นายกเทศมนตรีนครลำปาง"),
        ],
        "findings": [],
    },
)

# ------------------------------------------------------------------ e2
_fy2 = 2567
REPORTS["e2_measures_land_development_dept"] = (
    {
        "unit": "กรมพัฒนาที่ดิน",
        "unit_type": "department",
        "province": None,
        "fiscal_year": 2567,
        "doc_type": "measures",
        "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "notes": "A department announcement ('ประกาศกรมพัฒนาที่ดิน' is the instrument header above the title; "
                 "the title proper is the two lines below it). Central department of กระทรวงเกษตรและสหกรณ์: no "
                 "province. FY 2567 measures based on the FY 2566 results; signed ๑๕ ธันวาคม ๒๕๖๖ (FY 2567).",
    },
    {
        "notes": "Scores are the quoted FY 2566 results: overall 90.11 (A), IIT/EIT/OIT, indicator 7 (84.12), 9 "
                 "(77.00) and 10 (100). 'ต่ำกว่า 85' and the 2567 target 'ไม่ต่ำกว่า 92' are not scores. Measures: "
                 "each x.y item; the group heading names the indicator (own numbering 1-4 = canonical 7, 9, 4, 10; "
                 "'ประสิทธิภาพการสือสาร' misspelt; 'การใช้ทรัพย์สินของทางราชการ'). Quarters are fiscal quarters of "
                 "FY 2567 (Q1 ends 2023-12-31, Q2 2024-03-31, Q3 2024-06-30, Q4 2024-09-30); 'ภายในไตรมาสที่ n' "
                 "gives end only; 'ไตรมาสที่ ๒ - ๓' = 2024-01-01..2024-06-30; 'ตลอดปีงบประมาณ' = whole FY 2567. "
                 "Owners: offices (two where 'ร่วมกับ' or a comma joins them). People: the ITA coordinator named in "
                 "section 4 and the signing director-general.",
        "scores": [
            S("overall", 90.11, 2566, rating="A"),
            S("tool", 93.40, 2566, tool="IIT"),
            S("tool", 88.95, 2566, tool="EIT"),
            S("tool", 88.50, 2566, tool="OIT"),
            S("indicator", 84.12, 2566, tool="EIT", ind=7),
            S("indicator", 77.00, 2566, tool="OIT", ind=9),
            S("indicator", 100.0, 2566, tool="OIT", ind=10),
        ],
        "measures": [
            M(7, "ปรับปรุงหน้าเว็บไซต์กรมให้ค้นหาข้อมูลการให้บริการได้ง่าย และแสดงช่องทางติดต่อสอบถามไว้ที่หน้าแรก",
              None, "2024-03-31", "ภายในไตรมาสที่ ๒", _fy2, [O(org="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")]),
            M(7, "จัดทำอินโฟกราฟิกสรุปขั้นตอนการขอรับบริการตรวจวิเคราะห์ดิน เผยแพร่ทาง Facebook และ LINE ของกรม",
              None, "2024-06-30", "ภายในไตรมาสที่ ๓", _fy2,
              [O(org="สำนักงานเลขานุการกรม (ฝ่ายประชาสัมพันธ์)"), O(org="กองวิเคราะห์ดิน")]),
            M(9, "ตรวจสอบความครบถ้วนของข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ทุกข้อ ก่อนเผยแพร่บนเว็บไซต์",
              "2024-01-01", "2024-06-30", "ไตรมาสที่ ๒ - ๓", _fy2,
              [O(org="กองแผนงาน"), O(org="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")]),
            M(9, "เผยแพร่รายงานผลการใช้จ่ายงบประมาณประจำปี และรายงานผลการจัดซื้อจัดจ้างรายเดือน",
              "2023-10-01", "2024-09-30", "ตลอดปีงบประมาณ", _fy2, [O(org="กองคลัง")]),
            M(4, "ออกประกาศกรมพัฒนาที่ดิน เรื่อง แนวทางปฏิบัติการใช้รถราชการและทรัพย์สินของราชการ",
              None, "2023-12-31", "ภายในไตรมาสที่ 1", _fy2, [O(org="สำนักงานเลขานุการกรม")]),
            M(4, "สุ่มตรวจทะเบียนคุมการยืมพัสดุของสำนักงานพัฒนาที่ดินเขต 1-12 อย่างน้อยปีละ 2 ครั้ง",
              None, "2024-09-30", "ภายในไตรมาสที่ 4", _fy2, [O(org="กลุ่มตรวจสอบภายใน")]),
            M(10, "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน และสื่อสารให้บุคลากรทุกระดับรับทราบ",
              None, "2023-12-31", "ภายในไตรมาสที่ 1", _fy2, [O(org="กลุ่มงานคุ้มครองจริยธรรม")]),
            M(10, "จัดอบรมหลักสูตรต้านทุจริตศึกษา (STRONG) ให้แก่ข้าราชการบรรจุใหม่",
              None, "2024-06-30", "ภายในไตรมาสที่ 3", _fy2,
              [O(org="กองการเจ้าหน้าที่"), O(org="ศูนย์ปฏิบัติการต่อต้านการทุจริต")]),
            M(10, "จัดทำรายงานผลการดำเนินงานตามแผนป้องกันการทุจริตรอบ 6 เดือน และรอบ 12 เดือน เสนออธิบดี",
              None, "2024-09-30", "ภายใน 30 ก.ย. 2567", _fy2, [O(org="ศูนย์ปฏิบัติการต่อต้านการทุจริต")]),
        ],
        "people": [
            P("ผู้ประสานงาน ITA", "น.ส.", "ศิริพร มั่นคง", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ",
              "025790111 ต่อ 1234"),
            P("ผู้ลงนาม", "นาย", "สมศักดิ์ ทองประเสริฐ", "อธิบดีกรมพัฒนาที่ดิน"),
        ],
        "findings": [],
    },
)

# ------------------------------------------------------------------ e3
_fy3 = 2567
REPORTS["e3_kpi_report_police_kalasin"] = (
    {
        "unit": "ตำรวจภูธรจังหวัดกาฬสินธุ์",
        "unit_type": "provincial_police",
        "province": "กาฬสินธุ์",
        "fiscal_year": 2567,
        "doc_type": "kpi_report",
        "title": "รายงานผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน",
        "notes": "'หน่วยงาน : ตำรวจภูธรจังหวัดกาฬสินธุ์ (ภ.จว.กาฬสินธุ์)'. Title = the first printed line; the KPI "
                 "group line is a subtitle. FY 2567, 6-month round (๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗).",
    },
    {
        "notes": "Scorecard: five KPI rows (value = ผลการดำเนินงาน, weight = น้ำหนัก, points = ค่าคะแนนที่ได้; "
                 "KPI 2's result 'ระดับ 5' is 5, KPI 5's '๓ ครั้ง' is 3) and the total row's weighted score "
                 "3.95 recorded as a kpi row 'รวม' (weight 100). Per-row weighted scores (1.20 ...), targets, the "
                 "60-100 criteria and counts (14 of 16 stations, 4 of 6 complaints) are not scores. Measures: the "
                 "ก.-ง. items under มาตรการ/กิจกรรมที่ได้ดำเนินการ, no ITA indicator, no period. People: "
                 "supervisor (rank written in full), three data collectors (one in full), the reporter line "
                 "and the certifying commander.",
        "scores": [
            S("kpi", 87.50, _fy3, weight=30.0, points=4.0,
              label="ร้อยละของสถานีตำรวจในสังกัดที่ผ่านเกณฑ์การประเมิน ITA (๘๕ คะแนนขึ้นไป)"),
            S("kpi", 5.0, _fy3, weight=20.0, points=5.0,
              label="ระดับความสำเร็จของการเปิดเผยข้อมูลสาธารณะ (OIT) บนเว็บไซต์ของสถานีตำรวจ"),
            S("kpi", 88.74, _fy3, weight=20.0, points=5.0, label="ร้อยละของความพึงพอใจของผู้รับบริกร (EIT)"),
            S("kpi", 66.67, _fy3, weight=15.0, points=2.0,
              label="ร้อยละของเรื่องร้องเรียนการทุจริตที่ดำเนินการแล้วเสร็จภายในกำหนด"),
            S("kpi", 3.0, _fy3, weight=15.0, points=3.0,
              label="จำนวนครั้งของการจัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กรสุจริต"),
            S("kpi", 3.95, _fy3, weight=100.0, points=None, label="รวม"),
        ],
        "measures": [
            M(None, "จัดประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ให้แก่ผู้รับผิดชอบของสถานีตำรวจในสังกัด",
              None, None, None, _fy3, []),
            M(None, "เปิดคลินิก ITA (Clinic Police ITA) ให้คำปรึกษาการจัดทำข้อมูลเผยแพร่บนเว็บไซต์แก่สถานีตำรวจในสังกัด "
                    "ทุกวันพุธ", None, None, None, _fy3, []),
            M(None, "ตรวจติดตามความครบถ้วนของข้อมูลบนเว็บไซต์ของสถานีตำรวจในสังกัดเป็นประจำทุกเดือน และแจ้งผลให้สถานีแก้ไข",
              None, None, None, _fy3, []),
            M(None, "ประชาสัมพันธ์ QR Code แบบวัดความพึงพอใจของผู้รับบริการ ณ จุดบริการประชาชนของทุกสถานี",
              None, None, None, _fy3, []),
        ],
        "people": [
            P("ผู้กำกับดูแลตัวชี้วัด", "พ.ต.อ.", "ประเสริฐ วงศ์สุวรรณ", "รอง ผบก.ภ.จว.กาฬสินธุ์", "043811223 ต่อ 201"),
            P("ผู้จัดเก็บข้อมูล", "พ.ต.ท.หญิง", "อรอุมา ชัยมงคล", "สว.ฝอ.ภ.จว.กาฬสินธุ์", "0812345678"),
            P("ผู้จัดเก็บข้อมูล", "ร.ต.อ.", "ณัฐวุฒิ พลราช", "รอง สว.ฝอ.ภ.จว.กาฬสินธุ์", "0987654321"),
            P("ผู้จัดเก็บข้อมูล", "ส.ต.อ.", "กิตติพงษ์ ภูมิสิทธิ์", "ผบ.หมู่ ฝอ.ภ.จว.กาฬสินธุ์"),
            P("ผู้รายงาน", "พ.ต.อ.", "ประเสริฐ วงศ์สุวรรณ"),
            P("ผู้รับรองข้อมูล", "พล.ต.ต.", "วิรัช สมบูรณ์ศักดิ์", "ผบก.ภ.จว.กาฬสินธุ์"),
        ],
        "findings": [],
    },
)

# ------------------------------------------------------------------ e4
REPORTS["e4_minutes_rpst_don_kaeo"] = (
    {
        "unit": "โรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว",
        "unit_type": "hospital",
        "province": "เชียงใหม่",
        "fiscal_year": 2567,
        "doc_type": "minutes",
        "title": "สรุปผลการประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ครั้งที่ ๓/๒๕๖๗",
        "notes": "Meeting no. ๓/๒๕๖๗ on ๒๕ ก.ย. ๒๕๖๗ (FY 2567) reviewing the FY 2567 ITA result; the unit line "
                 "'โรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่'. The action items prepare "
                 "FY 2568.",
    },
    {
        "notes": "Scores: FY 2567 overall 89.07 (A), FY 2566 overall 81.57 (B), IIT/EIT/OIT 2567, indicators 9 "
                 "(82.50) and 10 (95.00) named without numbers, question E4 (indicator 6) 79.17. 'เพิ่มขึ้น ๗.๕๐' "
                 "is a difference. Measures: action-item rows, indicator from the merged header rows; deadlines "
                 "'๓๑ ต.ค. ๖๗' / '15 ต.ค. 2567' / 'ภายในเดือนพฤศจิกายน ๒๕๖๗' give end only, '๑-๓๑ ต.ค. ๒๕๖๗' a "
                 "range, 'ภายในวันที่ ๑๐ ของทุกเดือน' no date. Owners are as written in the cell (names without "
                 "positions; 'ผอ.รพ.สต.' a position). People: the attendee table (role = หน้าที่), the absent "
                 "member, the minute-taker and the checker. Finding: E4 (indicator 6) is under 85 and no action "
                 "item addresses indicator 6.",
        "scores": [
            S("overall", 89.07, 2567, rating="A"),
            S("overall", 81.57, 2566, rating="B"),
            S("tool", 92.10, 2567, tool="IIT"),
            S("tool", 86.45, 2567, tool="EIT"),
            S("tool", 88.75, 2567, tool="OIT"),
            S("indicator", 82.50, 2567, tool="OIT", ind=9),
            S("indicator", 95.00, 2567, tool="OIT", ind=10),
            S("question", 79.17, 2567, tool="EIT", ind=6, q="E4",
              label="เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการดำเนินงาน/ให้บริการอย่างชัดเจน"),
        ],
        "measures": [
            M(9, "ปรับปรุงข้อมูลพื้นฐานและโครงสร้างหน่วยงานบนเว็บไซต์ให้เป็นปัจจุบัน", None, "2024-10-31",
              "๓๑ ต.ค. ๖๗", 2568, [O("นาย", "พงศกร คำมา")]),
            M(9, "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ให้ครบทุกเดือน", None, None,
              "ภายในวันที่ ๑๐ ของทุกเดือน", 2568, [O("นาง", "รัตนา สมใจ")]),
            M(7, "ติดป้ายประชาสัมพันธ์ช่องทางร้องเรียนและ QR Code แบบสอบถาม EIT ที่จุดคัดกรองและห้องจ่ายยา", None,
              "2024-10-15", "15 ต.ค. 2567", 2568, [O("น.ส.", "กมลวรรณ อินต๊ะ")]),
            M(10, "จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๘ เสนอสาธารณสุขอำเภอแม่ริม", None,
              "2024-11-30", "ภายในเดือนพฤศจิกายน ๒๕๖๗", 2568,
              [O("นาย", "อนุชา ปัญญาดี"), O("นาง", "สุนันทา ใจดี")]),
            M(10, "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy)", "2024-10-01", "2024-10-31",
              "๑-๓๑ ต.ค. ๒๕๖๗", 2568, [O(position="ผอ.รพ.สต.")]),
        ],
        "people": [
            P("ประธาน", "นาง", "สุนันทา ใจดี", "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว"),
            P("ที่ปรึกษา", "นาย", "เอกชัย บุญมา", "สาธารณสุขอำเภอแม่ริม"),
            P("คณะทำงาน", "นาย", "อนุชา ปัญญาดี", "นักวิชาการสาธารณสุขชำนาญการ"),
            P("คณะทำงาน", "น.ส.", "กมลวรรณ อินต๊ะ", "พยาบาลวิชาชีพชำนาญการ"),
            P("คณะทำงาน", "นาย", "พงศกร คำมา", "เจ้าพนักงานสาธารณสุข"),
            P("คณะทำงานและเลขานุการ", "นาง", "รัตนา สมใจ", "เจ้าพนักงานธุรการ"),
            P("ผู้ไม่มาประชุม", "นาย", "วีระพงษ์ ทาแก้ว", "นักวิชาการสาธารณสุขปฏิบัติการ"),
            P("ผู้จดรายงานการประชุม", "นาง", "รัตนา สมใจ"),
            P("ผู้ตรวจรายงานการประชุม", "นาง", "สุนันทา ใจดี"),
        ],
        "findings": ["low_score_no_measure"],
    },
)


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for stem, (doc, facts) in REPORTS.items():
        (GOLD / f"{stem}.document.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
        facts = {"stem": stem, **facts}
        (GOLD / f"{stem}.facts.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        print(stem, {k: len(v) for k, v in facts.items() if isinstance(v, list)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
