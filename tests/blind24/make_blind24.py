#!/usr/bin/env python3
"""Build the blind-24 reports (tests/blind24/a*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py and tests/blind19/make_blind19.py, as
tests/blind21/make_blind21.py does. Units, people and figures are invented (provinces and districts are real).

  a1  เทศบาลตำบลป่าตันทอง (ลำปาง)               six-month follow-up table 'ที่ | มาตรการ | ผลการดำเนินงาน |
                                              ปัญหา/อุปสรรค | ข้อเสนอแนะ | ผู้รับผิดชอบ' with NO period column;
                                              long result texts holding event dates ('เมื่อวันที่ ๑๒ ม.ค.
                                              ๒๕๖๙ ผู้เข้าร่วม ๔๕ คน') that are not periods; owner cells with
                                              name, post and 'โทร. ๐๘๑-...'; landscape, Norasi 13, Thai digits
  a2  โรงพยาบาลศรีธาตุพัฒนา (อุดรธานี)             บันทึกข้อความ of the ITA working group to the director: dash
                                              bullets per tool ('- IIT ได้ ๘๘.๑๒ คะแนน'), overall with level,
                                              numbered 'ควร...' suggestions with no owner or date, 'จึงเรียนมา
                                              เพื่อโปรดพิจารณา ... หากเห็นชอบ โปรดลงนาม', director's 'ทราบ/อนุมัติ'
                                              block; Tlwg Typo 14, Thai digits, portrait
  a3  องค์การบริหารส่วนตำบลแม่กาษาเหนือ (ตาก)      score table 'ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ | ผลการ
                                              ประเมิน (ผ่าน/ไม่ผ่าน)' (คะแนนเต็ม 100 on every row, ร้อยละ = the
                                              score) and a comparison table unit / ค่าเฉลี่ยจังหวัด / ค่าเฉลี่ย
                                              ระดับประเทศ; Purisa 13, Arabic digits, portrait
  a4  สถานีตำรวจภูธรบ้านค่ายเหนือ (ระยอง)          action plan: measure rows followed by activity sub-rows 1.1,
                                              1.2 ... each with its own period and budget, the owner cell merged
                                              down over the measure's rows, police ranks, a 'รวมงบประมาณทั้งสิ้น'
                                              row; landscape, Umpush 12, Arabic digits

    uv run python tests/blind24/make_blind24.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized  # noqa: E402,F401



# ------------------------------------------------------------------------------------------ a1

A1_UNIT = "เทศบาลตำบลป่าตันทอง"
# title cell, result, problem, suggestion, owner cell, gold title, owners, ind
A1_ROWS = [
    ("มาตรการเผยแพร่ข้อมูลสาธารณะผ่านเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ 9)",
     "ปรับปรุงหน้าเว็บไซต์ ITA ของเทศบาลแล้วเสร็จเมื่อวันที่ 20 พ.ย. 2568 เผยแพร่ข้อมูลตามแบบตรวจ OIT แล้ว "
     "30 จาก 33 รายการ (ร้อยละ 90.91) และเผยแพร่สรุปผลการจัดซื้อจัดจ้างประจำเดือน ต.ค. 2568 – ก.พ. 2569 "
     "ครบทุกเดือน ภายในวันที่ 10 ของเดือนถัดไป",
     "เจ้าหน้าที่ผู้ดูแลเว็บไซต์มีเพียง 1 คน และบางกองส่งข้อมูลล่าช้า",
     "ควรกำหนดให้ทุกกองส่งข้อมูลภายในวันที่ 5 ของทุกเดือน",
     "นายอนุชา ปันแก้ว\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ\nโทร. 081-234-5678",
     "มาตรการเผยแพร่ข้อมูลสาธารณะผ่านเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบัน",
     [O("นาย", "อนุชา ปันแก้ว", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 9),
    ("มาตรการส่งเสริมคุณธรรมและจริยธรรมของบุคลากร",
     "จัดอบรมโครงการส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนเมื่อวันที่ 12 ม.ค. 2569 "
     "ณ ห้องประชุมเทศบาลตำบลป่าตันทอง ผู้เข้าร่วม 45 คน จากเป้าหมาย 50 คน (ร้อยละ 90) "
     "ผลการทดสอบหลังอบรมเฉลี่ยร้อยละ 86.50",
     "บุคลากรบางส่วนติดภารกิจลงพื้นที่ในวันอบรม",
     "ควรจัดอบรมแบบออนไลน์เพิ่มเติมสำหรับผู้ที่ไม่ได้เข้าร่วม",
     "นางสาวกนกพร ใจปิน\nนักทรัพยากรบุคคลชำนาญการ\nโทร. 089-441-2036",
     "มาตรการส่งเสริมคุณธรรมและจริยธรรมของบุคลากร",
     [O("น.ส.", "กนกพร ใจปิน", "นักทรัพยากรบุคคลชำนาญการ")], None),
    ("มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
     "นายกเทศมนตรีลงนามประกาศนโยบายไม่รับของขวัญเมื่อวันที่ 1 ต.ค. 2568 และประชาสัมพันธ์ผ่านเฟซบุ๊กเทศบาล"
     "และบอร์ดหน้าสำนักงานช่วงเทศกาลปีใหม่ (25 ธ.ค. 2568 – 5 ม.ค. 2569) ไม่พบการรับของขวัญหรือของกำนัล",
     "–",
     "ควรรายงานผลการดำเนินการต่อผู้บริหารทุกไตรมาส",
     "สำนักปลัดเทศบาล\nโทร. 054-336-112 ต่อ 101",
     "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
     [O(org="สำนักปลัดเทศบาล")], None),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ตัวชี้วัดที่ 5)",
     "ได้รับเรื่องร้องเรียน 2 เรื่อง (วันที่ 8 ธ.ค. 2568 และวันที่ 3 ก.พ. 2569) ดำเนินการแล้วเสร็จ 1 เรื่อง "
     "และแจ้งผลให้ผู้ร้องทราบภายใน 15 วันทำการ อีก 1 เรื่องอยู่ระหว่างการสอบข้อเท็จจริง",
     "ผู้ร้องบางรายไม่ระบุชื่อและที่อยู่ ทำให้ไม่สามารถแจ้งผลได้",
     "ควรเพิ่มช่องทางร้องเรียนผ่าน LINE OA ที่ผู้ร้องติดตามสถานะได้เอง",
     "นายสมพงษ์ ศรีวงศ์ษา\nนิติกรชำนาญการ\nโทร. 086-712-3304",
     "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     [O("นาย", "สมพงษ์ ศรีวงศ์ษา", "นิติกรชำนาญการ")], 5),
    ("มาตรการควบคุมการใช้รถยนต์ส่วนกลางและการยืมพัสดุครุภัณฑ์",
     "จัดทำทะเบียนคุมการใช้รถยนต์ส่วนกลางครบ 4 คัน ตรวจสอบสมุดบันทึกการใช้รถประจำเดือน ต.ค. 2568 – "
     "มี.ค. 2569 ไม่พบการใช้รถนอกภารกิจ มีการยืม-คืนพัสดุครุภัณฑ์ 18 ครั้ง คืนครบทุกรายการ",
     "แบบขออนุญาตใช้รถยังเป็นกระดาษ ตรวจสอบย้อนหลังได้ยาก",
     "ควรพัฒนาระบบขออนุญาตใช้รถผ่านแบบฟอร์มออนไลน์",
     "งานพัสดุ กองคลัง\nนางปราณี สุริยะ\nเจ้าพนักงานพัสดุชำนาญงาน\nโทร. 084-617-9025",
     "มาตรการควบคุมการใช้รถยนต์ส่วนกลางและการยืมพัสดุครุภัณฑ์",
     [O(org="งานพัสดุ กองคลัง"), O("นาง", "ปราณี สุริยะ", "เจ้าพนักงานพัสดุชำนาญงาน")], None),
    ("มาตรการเสริมสร้างการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน (ตัวชี้วัดที่ 8)",
     "จัดประชุมประชาคมตำบลเพื่อรับฟังความคิดเห็นต่อการปรับปรุงการให้บริการเมื่อวันที่ 19 ก.พ. 2569 "
     "ผู้เข้าร่วม 126 คน จาก 11 หมู่บ้าน และแต่งตั้งผู้แทนประชาชนร่วมเป็นคณะกรรมการตรวจรับพัสดุ 3 โครงการ",
     "ประชาชนบางส่วนไม่สะดวกเข้าร่วมในวันทำการ",
     "ควรจัดเวทีรับฟังความคิดเห็นในวันหยุดหรือช่วงเย็น",
     "นางสาวพรทิพย์ คำปัน\nนักวิเคราะห์นโยบายและแผนชำนาญการ\nโทร. 081-905-4427",
     "มาตรการเสริมสร้างการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน",
     [O("น.ส.", "พรทิพย์ คำปัน", "นักวิเคราะห์นโยบายและแผนชำนาญการ")], 8),
]


def a1():
    doc = tight(new_doc("Norasi", 13, landscape=True, margin=1.5), after=1)
    centre(doc, "รายงานการติดตามผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True,
           size=16)
    centre(doc, th("รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569) ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=16)
    centre(doc, f"{A1_UNIT} อำเภอแม่ทะ จังหวัดลำปาง", bold=True, size=14)
    body(doc, th(f"ตามที่{A1_UNIT}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. 2568 ได้ 86.72 คะแนน อยู่ในระดับ A และได้ประกาศมาตรการส่งเสริมคุณธรรมและ"
                 "ความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 6 มาตรการ นั้น บัดนี้ครบรอบการติดตาม"
                 "ผลการดำเนินงาน 6 เดือน จึงขอรายงานผลการดำเนินงาน ดังนี้"))
    rows = [["ที่", "มาตรการ", "ผลการดำเนินงาน", "ปัญหา/อุปสรรค", "ข้อเสนอแนะ", "ผู้รับผิดชอบ"]]
    for i, r in enumerate(A1_ROWS, 1):
        rows.append([th(str(i)), th(r[0]), th(r[1]), th(r[2]), th(r[3]), th(r[4])])
    t = table(doc, rows, [0.9, 4.9, 7.9, 3.9, 3.9, 5.2], centre_cols=(0,), fill="FFF2CC")
    size_all(t, 12)
    keep_rows(t)
    sized(doc, th("สรุป ดำเนินการแล้วเสร็จ 4 มาตรการ อยู่ระหว่างดำเนินการ 2 มาตรการ (ร้อยละ 66.67 ของมาตรการทั้งหมด) "
                  "ข้อมูล ณ วันที่ 31 มีนาคม 2569"), 12, before=4, after=6)
    sig_table(doc, [["ลงชื่อ" + DOTS[:28] + "ผู้รายงาน", "(นางสาวพรทิพย์ คำปัน)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ", th("โทร. 081-905-4427")],
                    ["ลงชื่อ" + DOTS[:28] + "ผู้รับรอง", "(นายเกรียงไกร อินต๊ะวงศ์)",
                     f"ปลัด{A1_UNIT}", ""]], [12.5, 12.5])
    measures = [M(r[5], r[6], ind=r[7]) for r in A1_ROWS]
    facts = {
        "notes": "Six-month follow-up table (landscape, Norasi 12-13, Thai digits) with columns ที่ | มาตรการ | "
                 "ผลการดำเนินงาน | ปัญหา/อุปสรรค | ข้อเสนอแนะ | ผู้รับผิดชอบ and NO period column. Scores: only ITA "
                 "2568 overall 86.72 (A) in the opening paragraph. Not scores: '๓๐ จาก ๓๓ รายการ (ร้อยละ ๙๐.๙๑)', "
                 "'๔๕ คน จากเป้าหมาย ๕๐ คน (ร้อยละ ๙๐)', the post-test 'ร้อยละ ๘๖.๕๐' (a training result, not ITA), "
                 "the counts (๒ เรื่อง, ๔ คัน, ๑๘ ครั้ง, ๑๒๖ คน, ๑๑ หมู่บ้าน, ๓ โครงการ, ๖ มาตรการ), the summary "
                 "'ร้อยละ ๖๖.๖๗', phone numbers. Measures: the six rows; title = the มาตรการ cell without a trailing "
                 "'(ตัวชี้วัดที่ n)' tag (a title keeping it matches by prefix); indicator_no from that tag: row ๑ "
                 "9, row ๔ 5, row ๖ 8, others null (No Gift Policy is not an indicator; 'แบบตรวจ OIT' in a result "
                 "names a tool). Periods: NONE printed -- start and end null for every row. The report round 'รอบ ๖ "
                 "เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)' is the reporting period, not the measures' (as blind11 l3, "
                 "blind14 p2), and the dates inside the ผลการดำเนินงาน cells are dates of EVENTS already held "
                 "('แล้วเสร็จเมื่อวันที่ ๒๐ พ.ย. ๒๕๖๘', 'เมื่อวันที่ ๑๒ ม.ค. ๒๕๖๙', 'เมื่อวันที่ ๑ ต.ค. ๒๕๖๘', "
                 "'(๒๕ ธ.ค. ๒๕๖๘ – ๕ ม.ค. ๒๕๖๙)', 'วันที่ ๘ ธ.ค. ๒๕๖๘ และวันที่ ๓ ก.พ. ๒๕๖๙', 'เมื่อวันที่ ๑๙ ก.พ. "
                 "๒๕๖๙') or the months a result covers ('ประจำเดือน ต.ค. ๒๕๖๘ – ก.พ. ๒๕๖๙', 'ต.ค. ๒๕๖๘ – มี.ค. "
                 "๒๕๖๙'), not the measure's planned period (as the No Gift announcement date in blind9 j3). "
                 "'ภายในวันที่ ๑๐/๕ ของ(ทุก)เดือน', 'ทุกไตรมาส', '๑๕ วันทำการ' are rules. The ปัญหา/อุปสรรค and "
                 "ข้อเสนอแนะ cells are attributes of their row (its problems and the reporter's advice on carrying "
                 "the SAME measure on), not separate measures -- a table row is one record and its other cells are "
                 "detail (as the ขั้นตอน/วิธีการ cells of blind7 h2); contrast a2, where the suggestions are the "
                 "document's own list of proposed actions. Owners: name, post and 'โทร. ...' stacked in one cell = "
                 "one person (rank/name/position; the phone is not part of the owner); 'สำนักปลัดเทศบาล' over a "
                 "phone line = one org unit; row ๕ 'งานพัสดุ กองคลัง' over 'นางปราณี สุริยะ' / "
                 "'เจ้าพนักงานพัสดุชำนาญงาน' = an org unit (section within division, kept whole) and a person. "
                 "People: ผู้รายงาน (with her phone; she is also row ๖'s owner) and ผู้รับรอง side by side, role "
                 "after the dots; นางสาว -> น.ส.",
        "scores": [S("overall", 86.72, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "พรทิพย์ คำปัน", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0819054427"),
                   P("ผู้รับรอง", "นาย", "เกรียงไกร อินต๊ะวงศ์", f"ปลัด{A1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": A1_UNIT, "unit_type": "municipality", "province": "ลำปาง", "fiscal_year": 2569,
        "doc_type": "kpi_report",
        "title": th("รายงานการติดตามผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ 6 เดือน "
                    "(1 ตุลาคม 2568 – 31 มีนาคม 2569) ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Six-month follow-up (data as of ๓๑ มี.ค. ๒๕๖๙) of the FY 2569 measures of a sub-district "
                 "municipality (เทศบาลตำบล), quoting the ITA 2568 result: fiscal_year 2569, the year of the measures "
                 "and of the round (as blind11 l3 / blind19 v3). doc_type kpi_report (a progress report; 'measures' "
                 "acceptable, as blind9 j3). Title = the first two heading lines; the third names unit, district "
                 "and province (ลำปาง).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ a2

A2_UNIT = "โรงพยาบาลศรีธาตุพัฒนา"
A2_TOOLS = [("IIT", 88.12, ""), ("EIT", 85.40, " (ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้คะแนนต่ำสุด 81.20 คะแนน)"),
            ("OIT", 92.50, "")]
A2_OVERALL = 89.06  # 0.3*88.12 + 0.3*85.40 + 0.4*92.50 = 89.056
# printed suggestion, gold title, ind
A2_SUGG = [
    ("ควรเพิ่มช่องทางการสื่อสารและประชาสัมพันธ์ข้อมูลการให้บริการผ่าน LINE Official Account ของโรงพยาบาล และ"
     "จอประชาสัมพันธ์ ณ จุดบริการผู้ป่วยนอก เพื่อยกระดับตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
     "เพิ่มช่องทางการสื่อสารและประชาสัมพันธ์ข้อมูลการให้บริการผ่าน LINE Official Account ของโรงพยาบาล และ"
     "จอประชาสัมพันธ์ ณ จุดบริการผู้ป่วยนอก", 7),
    ("ควรทบทวนขั้นตอนและระยะเวลาการให้บริการของแต่ละจุดบริการ และประกาศให้ผู้รับบริการทราบอย่างชัดเจน",
     "ทบทวนขั้นตอนและระยะเวลาการให้บริการของแต่ละจุดบริการ และประกาศให้ผู้รับบริการทราบอย่างชัดเจน", None),
    ("ควรจัดทำแนวปฏิบัติการขอยืมและการใช้รถราชการและครุภัณฑ์ของโรงพยาบาล และชี้แจงให้บุคลากรทุกกลุ่มงาน"
     "รับทราบ (ตัวชี้วัดที่ 4)",
     "จัดทำแนวปฏิบัติการขอยืมและการใช้รถราชการและครุภัณฑ์ของโรงพยาบาล และชี้แจงให้บุคลากรทุกกลุ่มงานรับทราบ", 4),
    ("ควรตรวจสอบความครบถ้วนและความเป็นปัจจุบันของข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลเป็นประจำทุกเดือน",
     "ตรวจสอบความครบถ้วนและความเป็นปัจจุบันของข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลเป็นประจำทุกเดือน", None),
    ("ควรสร้างการรับรู้แก่ผู้รับบริการและผู้มีส่วนได้ส่วนเสียเรื่องช่องทางการร้องเรียนการทุจริตและการแจ้งผล"
     "การดำเนินการให้ผู้ร้องทราบ",
     "สร้างการรับรู้แก่ผู้รับบริการและผู้มีส่วนได้ส่วนเสียเรื่องช่องทางการร้องเรียนการทุจริตและการแจ้งผล"
     "การดำเนินการให้ผู้ร้องทราบ", None),
]


def _memo_field(doc, label, text, size=14, label_plus=2):
    """A memo's header line: the bold label ("ส่วนราชการ", "ที่", "เรื่อง") `label_plus` points larger than its text."""
    p = _para(doc, "")
    r = p.add_run(label + "  ")
    r.bold = True
    r.font.size = Pt(size + label_plus)
    r2 = p.add_run(text)
    r2.font.size = Pt(size)
    return p


def a2():
    doc = tight(new_doc("Tlwg Typo", 13, landscape=False, margin=2.0), after=1)
    p = centre(doc, "บันทึกข้อความ", bold=True, size=22)
    p.paragraph_format.space_after = Pt(6)
    _memo_field(doc, "ส่วนราชการ", th(f"คณะทำงานขับเคลื่อนการประเมิน ITA {A2_UNIT}  โทร. 0 4218 5012 ต่อ 112"), 13)
    _memo_field(doc, "ที่", th("อด 0033.308/412") + "                    " + th("วันที่  22 ตุลาคม 2568"), 13)
    _memo_field(doc, "เรื่อง", th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                                  "ประจำปีงบประมาณ พ.ศ. 2568"), 13)
    _para(doc, "-" * 60)
    _para(doc, f"เรียน  ผู้อำนวยการ{A2_UNIT}")
    body(doc, th(f"ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 f"(ITA) ประจำปีงบประมาณ พ.ศ. 2568 ผ่านระบบ ITAS แล้ว นั้น คณะทำงานขับเคลื่อนการประเมิน ITA "
                 f"{A2_UNIT} อำเภอศรีธาตุ จังหวัดอุดรธานี ได้ตรวจสอบและสรุปผลการประเมินของโรงพยาบาล ดังนี้"),
         first=2.5)
    body(doc, th("1. ผลการประเมินแยกตามเครื่องมือ"), first=2.5, bold=True)
    for tool, v, extra in A2_TOOLS:
        body(doc, th(f"- {tool} ได้ {v:.2f} คะแนน{extra}"), first=0, left=3.0)
    body(doc, th(f"- คะแนนรวม ITA ได้ {A2_OVERALL:.2f} คะแนน อยู่ในระดับ A (ผ่านเกณฑ์ 85 คะแนน) เพิ่มขึ้นจาก"
                 "ปีงบประมาณ พ.ศ. 2567 ซึ่งได้ 86.41 คะแนน จำนวน 2.65 คะแนน และอยู่ในลำดับที่ 3 จาก 18 "
                 "โรงพยาบาลในจังหวัดอุดรธานี"), first=0, left=3.0)
    body(doc, th("2. ข้อเสนอแนะ"), first=2.5, bold=True)
    body(doc, th("เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 ให้ได้ไม่ต่ำกว่า 92 คะแนน คณะทำงานฯ "
                 "มีข้อเสนอแนะ ดังนี้"), first=2.5)
    for i, (text, _, _) in enumerate(A2_SUGG, 1):
        p = body(doc, th(f"{i}) {text}"), first=-0.6, left=3.6)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    body(doc, "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบ โปรดลงนามอนุมัติให้กลุ่มงานที่เกี่ยวข้องดำเนินการตามข้อเสนอแนะ"
              "ดังกล่าวต่อไป", first=2.5)
    _para(doc, "")
    sig_table(doc, [[""], ["ลงชื่อ" + DOTS[:30], "(นางสาวอรอุมา ศรีภูธร)",
                           "หัวหน้ากลุ่มงานยุทธศาสตร์และแผนงานโครงการ"]], [5.0, 12.0])
    _para(doc, "")
    t = sig_table(doc, [["ทราบ/อนุมัติ", "", "(ลงชื่อ)" + DOTS[:22], "(นายแพทย์ธนากร วงศ์สุวรรณ)",
                         f"ผู้อำนวยการ{A2_UNIT}", th("วันที่ 27 ตุลาคม 2568")], [""]], [11.0, 6.0])
    measures = [M(th(g), [], ind=ind) for _, g, ind in A2_SUGG]
    facts = {
        "notes": "บันทึกข้อความ from a community hospital's ITA working group to its director (Tlwg Typo 13, Thai "
                 "digits). Scores (ITA 2568) as dash bullets under '๑. ผลการประเมินแยกตามเครื่องมือ': tools IIT 88.12, "
                 "EIT 85.40, OIT 92.50; indicator 7 (EIT, ประสิทธิภาพการสื่อสาร) 81.20 in the EIT bullet's bracket; "
                 "overall 89.06 (A) in the 'คะแนนรวม ITA' bullet (0.3/0.3/0.4 of the tools gives 89.056), and the "
                 "2567 overall 86.41 in the same bullet (no rating). Not scores: the difference '๒.๖๕', the rank "
                 "'ลำดับที่ ๓ จาก ๑๘', the pass mark '๘๕ คะแนน', the FY 2569 target 'ไม่ต่ำกว่า ๙๒ คะแนน', the "
                 "document number, the phone. Measures judgement: the five numbered 'ควร...' items under "
                 "'๒. ข้อเสนอแนะ' ARE measures although none names an owner or a date. They are improvement actions "
                 "proposed for this hospital itself, and the memo asks the director to approve that the sections "
                 "concerned carry them out ('โปรดลงนามอนุมัติให้กลุ่มงานที่เกี่ยวข้องดำเนินการตามข้อเสนอแนะ'), "
                 "which he does. Earlier gold records the same kind of item as measures: blind11 l2 (ข้อเสนอแนะ "
                 "bullets), blind10 k4 (แนวทางพัฒนา lines without dates), blind9 j2 ('เห็นควร ...' actions; title "
                 "without 'เห็นควร'), and blind6 g3/g4 (measures with no owner and no period). They are unlike the "
                 "items earlier gold rejects: weaknesses ('จุดที่ควรพัฒนา', findings, blind18 u4), pledges (blind16 "
                 "s1), terms of reference (blind11 l1) and follow-ups for ANOTHER unit (blind19 v4). So: five "
                 "measures, owners [] and start/end null; title = the item without its number and the leading "
                 "'ควร' (a title keeping 'ควร' still matches fuzzily); item ๑ also without the purpose clause "
                 "'เพื่อยกระดับตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร' (gold is a prefix), which gives indicator_no 7; "
                 "item ๓ without its '(ตัวชี้วัดที่ ๔)' tag, indicator_no 4; the others null. 'เป็นประจำทุกเดือน' "
                 "(item ๔) is a frequency, not a period. People: the head of the strategy group who signs the memo "
                 "(no role printed under her name: ผู้ลงนาม, as blind14 p3; นางสาว -> น.ส.) and the director who "
                 "signs under 'ทราบ/อนุมัติ' (role ผู้อนุมัติ, as the district chief under 'อนุมัติ' in blind9 j4; "
                 "'นายแพทย์' -> rank นพ.). The addressee in 'เรียน' is the same director, not a separate person.",
        "scores": [S("tool", 88.12, 2568, "IIT"), S("tool", 85.40, 2568, "EIT"), S("tool", 92.50, 2568, "OIT"),
                   S("indicator", 81.20, 2568, "EIT", 7), S("overall", A2_OVERALL, 2568, rating="A"),
                   S("overall", 86.41, 2567)],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "น.ส.", "อรอุมา ศรีภูธร", "หัวหน้ากลุ่มงานยุทธศาสตร์และแผนงานโครงการ"),
                   P("ผู้อนุมัติ", "นพ.", "ธนากร วงศ์สุวรรณ", f"ผู้อำนวยการ{A2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": A2_UNIT, "unit_type": "hospital", "province": "อุดรธานี", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                    "ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Memo dated ๒๒ ต.ค. ๒๕๖๘ (in FY 2569) reporting the ITA 2568 result: fiscal_year 2568, the result it "
                 "reports (as blind18 u4 / blind7 h1); its suggestions run in FY 2569. doc_type analysis (scores "
                 "weighed with proposed improvements, as the blind7 h1 memo). Title = the เรื่อง line. Province "
                 "อุดรธานี from the body ('อำเภอศรีธาตุ จังหวัดอุดรธานี') and the document code อด.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ a3

A3_UNIT = "องค์การบริหารส่วนตำบลแม่กาษาเหนือ"
A3_IND = [(1, "การปฏิบัติหน้าที่", 94.52), (2, "การใช้งบประมาณ", 86.37), (3, "การใช้อำนาจ", 91.08),
          (4, "การใช้ทรัพย์สินของราชการ", 88.64), (5, "การแก้ไขปัญหาการทุจริต", 90.13),
          (6, "คุณภาพการดำเนินงาน", 89.40), (7, "ประสิทธิภาพการสื่อสาร", 82.15), (8, "การปรับปรุงการทำงาน", 84.20),
          (9, "การเปิดเผยข้อมูล", 83.33), (10, "การป้องกันการทุจริต", 75.00)]
A3_TOOL_OF = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}
A3_TOOLS = {"IIT": 90.15, "EIT": 85.25, "OIT": 79.17}  # means of 1-5, 6-8, 9-10 (90.148, 85.25, 79.165)
A3_OVERALL = 84.29  # 0.3*90.148 + 0.3*85.25 + 0.4*79.165 = 84.285
A3_PROV = {"IIT": 88.72, "EIT": 86.10, "OIT": 84.66, "ITA": 86.31}
A3_NAT = {"IIT": 89.05, "EIT": 87.34, "OIT": 85.90, "ITA": 87.28}


def a3():
    doc = tight(new_doc("Purisa", 12, landscape=False, margin=1.8), after=1)
    centre(doc, "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True, size=14)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2568", bold=True, size=14)
    centre(doc, f"{A3_UNIT} อำเภอแม่สอด จังหวัดตาก", bold=True, size=13)
    body(doc, f"สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 แล้ว {A3_UNIT} "
              "ได้สรุปผลการประเมินรายตัวชี้วัด โดยเทียบกับเกณฑ์ผ่านที่ 85 คะแนน ดังนี้")
    sized(doc, "ตารางที่ 1  ผลการประเมินรายตัวชี้วัด", 12, bold=True, before=4, after=2)
    rows = [["ตัวชี้วัด", "คะแนนเต็ม", "คะแนนที่ได้", "ร้อยละ", "ผลการประเมิน\n(ผ่าน/ไม่ผ่าน)"]]
    for n, name, v in A3_IND:
        rows.append([f"{n}. {name}", "100", f"{v:.2f}", f"{v:.2f}", "ผ่าน" if v >= 85 else "ไม่ผ่าน"])
    rows.append(["ผลการประเมินภาพรวม (ITA)", "100", f"{A3_OVERALL:.2f}", f"{A3_OVERALL:.2f}", "ไม่ผ่าน"])
    t = table(doc, rows, [6.8, 2.2, 2.6, 2.2, 3.6], centre_cols=(1, 2, 3, 4), fill="D9E1F2")
    size_all(t, 11)
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    sized(doc, "ตารางที่ 2  เปรียบเทียบผลการประเมินกับค่าเฉลี่ยจังหวัดและค่าเฉลี่ยระดับประเทศ", 12, bold=True,
          before=8, after=2)
    rows2 = [["เครื่องมือการประเมิน", "อบต.แม่กาษาเหนือ", "ค่าเฉลี่ยจังหวัดตาก\n(อปท. 66 แห่ง)",
              "ค่าเฉลี่ยระดับประเทศ\n(อปท.)", "ผลต่างจาก\nค่าเฉลี่ยจังหวัด"]]
    for k, label in (("IIT", "IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"),
                     ("EIT", "EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"), ("OIT", "OIT การเปิดเผยข้อมูลสาธารณะ")):
        own = A3_TOOLS[k]
        rows2.append([label, f"{own:.2f}", f"{A3_PROV[k]:.2f}", f"{A3_NAT[k]:.2f}", f"{own - A3_PROV[k]:+.2f}"])
    rows2.append(["คะแนนรวม (ITA)", f"{A3_OVERALL:.2f}", f"{A3_PROV['ITA']:.2f}", f"{A3_NAT['ITA']:.2f}",
                  f"{A3_OVERALL - A3_PROV['ITA']:+.2f}"])
    t2 = table(doc, rows2, [5.4, 2.8, 3.4, 3.4, 2.4], centre_cols=(1, 2, 3, 4), fill="E2EFDA")
    size_all(t2, 10)
    bold_row(t2, len(rows2) - 1)
    keep_rows(t2)
    body(doc, f"ในภาพรวม {A3_UNIT} ได้ {A3_OVERALL:.2f} คะแนน อยู่ในระดับ B เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 "
              "ซึ่งได้ 80.92 คะแนน (ระดับ B) แต่ยังต่ำกว่าค่าเฉลี่ยจังหวัดตาก 2.02 คะแนน โดยมีตัวชี้วัดที่ไม่ผ่าน"
              "เกณฑ์ 4 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 7, 8, 9 และ 10 ซึ่งองค์การบริหารส่วนตำบลจะนำไปวิเคราะห์และ"
              "จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 ต่อไป")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:18] + "ผู้จัดทำ", "(นางสาวสุดารัตน์ ปัญญาดี)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:18] + "ผู้เห็นชอบ", "(นายวีรพงษ์ จันทร์หอม)",
                     "ปลัดองค์การบริหารส่วนตำบลแม่กาษาเหนือ"]], [8.5, 8.5])
    scores = [S("indicator", v, 2568, A3_TOOL_OF[n], n, rating="ผ่าน" if v >= 85 else "ไม่ผ่าน")
              for n, _, v in A3_IND]
    scores += [S("tool", v, 2568, k) for k, v in A3_TOOLS.items()]
    scores += [S("overall", A3_OVERALL, 2568, rating="B"), S("overall", 80.92, 2567, rating="B")]
    facts = {
        "notes": "Score summary of a sub-district administrative organisation (Purisa 10-12, Arabic digits, "
                 "portrait). Table 1 'ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ | ผลการประเมิน (ผ่าน/ไม่ผ่าน)': the "
                 "ten indicators of ITA 2568 (number from the '1.'-'10.' prefix, tool by NACC numbering 1-5 IIT, "
                 "6-8 EIT, 9-10 OIT) and the 'ผลการประเมินภาพรวม (ITA)' row = overall 84.29. The คะแนนเต็ม column is "
                 "the constant maximum 100 on every row -- NOT a score (a reader emitting eleven 100.00 scores is "
                 "wrong); the ร้อยละ column repeats คะแนนที่ได้ (out of 100 the percentage is the same number, as "
                 "blind19 v3): the same score, counted ONCE per row, not twice. ผ่าน/ไม่ผ่าน is the verdict against "
                 "the 85 pass mark, kept as the indicator's rating as printed (as blind5 f2; ratings are not part "
                 "of the match key); the overall's rating is the level 'B' from the paragraph (its table cell says "
                 "ไม่ผ่าน). Table 2 compares the unit with 'ค่าเฉลี่ยจังหวัดตาก (อปท. 66 แห่ง)' and 'ค่าเฉลี่ยระดับ"
                 "ประเทศ (อปท.)': only the unit's own column is this unit's: tools IIT 90.15 / EIT 85.25 / OIT "
                 "79.17 (the means of indicators 1-5, 6-8, 9-10) -- new rows -- and the ITA row 84.29, which "
                 "repeats table 1's overall (one row). The province and national averages are averages over OTHER "
                 "units (as the 'คะแนนเฉลี่ยหน่วยงานในสังกัด' row of blind14 p1 and the other unit's column of "
                 "blind19 v4): not gold, a reader emitting them as this unit's scores is wrong. The ผลต่าง column "
                 "(+1.43, -0.85, -5.49, -2.02) holds differences. Paragraph: overall 84.29 (B) repeated (one row) "
                 "and the 2567 overall 80.92 (B), a new row; '2.02 คะแนน' is a difference, '85 คะแนน' the pass "
                 "mark, '66 แห่ง' and '4 ตัวชี้วัด' counts, 'ตัวชี้วัดที่ 7, 8, 9 และ 10' named without figures. "
                 "0.3/0.3/0.4 of the exact tool means gives 84.285. Measures: NONE -- the closing sentence only says "
                 "the organisation will analyse the result and draw up FY 2569 measures later (an intention, no "
                 "action, owner or period). People: ผู้จัดทำ and ผู้เห็นชอบ side by side (role after the dots; "
                 "นางสาว -> น.ส.).",
        "scores": scores,
        "measures": [],
        "people": [P("ผู้จัดทำ", "น.ส.", "สุดารัตน์ ปัญญาดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบ", "นาย", "วีรพงษ์ จันทร์หอม", "ปลัดองค์การบริหารส่วนตำบลแม่กาษาเหนือ")],
        "findings": [],
    }
    document = {
        "unit": A3_UNIT, "unit_type": "subdistrict_admin", "province": "ตาก", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ "
                 "พ.ศ. 2568",
        "notes": "Undated summary of the ITA 2568 result: fiscal_year 2568. doc_type analysis (a score report with "
                 "comparison, as blind20 w3 / blind14 p3). Title = the first two heading lines; the third names the "
                 "unit, district and province (ตาก).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ a4

A4_UNIT = "สถานีตำรวจภูธรบ้านค่ายเหนือ"
A4_OWN = {
    "T": ("พ.ต.ท.ธวัชชัย ศรีประเสริฐ\nสว.อก.สภ.บ้านค่ายเหนือ", [O("พ.ต.ท.", "ธวัชชัย ศรีประเสริฐ", "สว.อก.สภ.บ้านค่ายเหนือ")]),
    "S": ("พ.ต.ท.สมชาย ใจดี\nรอง ผกก.ป.สภ.บ้านค่ายเหนือ", [O("พ.ต.ท.", "สมชาย ใจดี", "รอง ผกก.ป.สภ.บ้านค่ายเหนือ")]),
    "K": ("ร.ต.อ.หญิง กนกวรรณ ทองสุข\nรอง สว.อก.สภ.บ้านค่ายเหนือ",
          [O("ร.ต.อ.หญิง", "กนกวรรณ ทองสุข", "รอง สว.อก.สภ.บ้านค่ายเหนือ")]),
    "A": ("พ.ต.ต.อนุชา แสงทอง\nสว.(สอบสวน) สภ.บ้านค่ายเหนือ\nงานอำนวยการ",
          [O("พ.ต.ต.", "อนุชา แสงทอง", "สว.(สอบสวน) สภ.บ้านค่ายเหนือ"), O(org="งานอำนวยการ")]),
}
# (no, measure title printed, gold title or None, ind, owner key, [(sub no, title, period, budget, kpi, start, end)])
# a measure with no sub-rows carries its own period/budget/kpi in (period, budget, kpi, start, end)
A4_MEASURES = [
    ("1", "มาตรการเปิดเผยข้อมูลสาธารณะของสถานีตำรวจ (ตัวชี้วัดที่ 9)", 9, "T", [
        ("1.1", "ปรับปรุงเว็บไซต์และเพจเฟซบุ๊กของสถานีให้มีข้อมูลครบตามแบบตรวจ OIT", "ต.ค. – ธ.ค. 2568", "5,000",
         "ข้อมูลครบร้อยละ 100", "2025-10-01", "2025-12-31"),
        ("1.2", "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของสถานี", "ต.ค. 2568 – ก.ย. 2569", "-",
         "12 เดือน", "2025-10-01", "2026-09-30"),
        ("1.3", "ตรวจสอบความครบถ้วนของข้อมูลก่อนส่งเข้าระบบ ITAS", "ภายใน 31 มี.ค. 2569", "-", "1 ครั้ง", None,
         "2026-03-31"),
    ]),
    ("2", "มาตรการป้องกันการรับสินบนและการเรียกรับผลประโยชน์ (ตัวชี้วัดที่ 10)", 10, "S", [
        ("2.1", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และติดป้ายประชาสัมพันธ์ ณ จุดบริการประชาชน",
         "1 – 31 ต.ค. 2568", "3,500", "ป้าย 4 จุด", "2025-10-01", "2025-10-31"),
        ("2.2", "ติดตั้งกล้องวงจรปิดบริเวณห้องร้อยเวรและจุดรับแจ้งความ", "ม.ค. – มี.ค. 2569", "45,000",
         "กล้อง 6 ตัว", "2026-01-01", "2026-03-31"),
        ("2.3", "สุ่มตรวจการปฏิบัติงานของเจ้าหน้าที่ตำรวจจราจรและจุดตรวจ", "ไตรมาส 2 – 4 (ม.ค. – ก.ย. 2569)", "-",
         "เดือนละ 2 ครั้ง", "2026-01-01", "2026-09-30"),
    ]),
    ("3", "มาตรการจัดการเรื่องร้องเรียนของประชาชนและแจ้งผลให้ผู้ร้องทราบภายใน 15 วัน (ตัวชี้วัดที่ 5)", 5, "A",
     ("ต.ค. 2568 – ก.ย. 2569", "2,000", "แจ้งผลครบร้อยละ 100", "2025-10-01", "2026-09-30")),
    ("4", "มาตรการเสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรมจริยธรรม", None, "K", [
        ("4.1", "อบรมข้าราชการตำรวจเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "ก.พ. 2569", "20,000",
         "ผู้เข้าอบรม 80 นาย", "2026-02-01", "2026-02-28"),
        ("4.2", "คัดเลือกข้าราชการตำรวจต้นแบบด้านคุณธรรมของสถานี", "พ.ค. – มิ.ย. 2569", "6,000", "3 นาย",
         "2026-05-01", "2026-06-30"),
    ]),
]


def a4():
    doc = tight(new_doc("Umpush", 11, landscape=True, margin=1.2), after=0)
    centre(doc, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=15)
    centre(doc, f"{A4_UNIT} ตำรวจภูธรจังหวัดระยอง", bold=True, size=13)
    body(doc, "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              f"ของ{A4_UNIT} ได้ 93.27 คะแนน อยู่ในระดับ A สถานีจึงกำหนดเป้าหมายปีงบประมาณ พ.ศ. 2569 ไว้ไม่น้อยกว่า "
              "95 คะแนน (ระดับ AA) และจัดทำแผนปฏิบัติการ ดังนี้")
    rows = [["ที่", "มาตรการ / กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "ตัวชี้วัดความสำเร็จ",
             "ผู้รับผิดชอบ"]]
    spans = []   # (first row, last row, owner text)
    bold_rows = []
    measures = []
    for no, title, ind, okey, subs in A4_MEASURES:
        otext, owners = A4_OWN[okey]
        first = len(rows)
        gold_title = title.rsplit(" (ตัวชี้วัดที่", 1)[0]
        if isinstance(subs, tuple):
            period, budget, kpi, start, end = subs
            rows.append([no, title, period, budget, kpi, otext])
            measures.append(M(gold_title, owners, ind=ind, start=start, end=end))
        else:
            rows.append([no, title, "", "", "", ""])
            bold_rows.append(first)
            for sno, stitle, period, budget, kpi, start, end in subs:
                rows.append([sno, stitle, period, budget, kpi, ""])
                measures.append(M(stitle, owners, ind=ind, start=start, end=end))
        spans.append((first, len(rows) - 1, otext))
    rows.append(["", "รวมงบประมาณทั้งสิ้น", "", "81,500", "", ""])
    t = table(doc, rows, [1.0, 11.4, 4.4, 2.1, 3.2, 5.2], centre_cols=(0, 2, 3), fill="DEEAF6")
    for first, last, otext in spans:
        cell = t.cell(first, 5)
        if last > first:
            cell = cell.merge(t.cell(last, 5))
        _cell_text(cell, otext)
    for r in bold_rows:
        bold_row(t, r)
    bold_row(t, len(rows) - 1)
    size_all(t, 10)
    keep_rows(t)
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) พ.ต.ท. " + DOTS[:26] + " ผู้เสนอแผน", "( ธวัชชัย ศรีประเสริฐ )",
                     "สว.อก.สภ.บ้านค่ายเหนือ"],
                    ["(ลงชื่อ) พ.ต.อ. " + DOTS[:26] + " ผู้อนุมัติแผน", "( ณรงค์ศักดิ์ พิทักษ์ธรรม )",
                     "ผกก.สภ.บ้านค่ายเหนือ"]], [13, 13])
    facts = {
        "notes": "Police station action plan, landscape, Umpush 10-11, Arabic digits. Table ที่ | มาตรการ / กิจกรรม | "
                 "ระยะเวลาดำเนินการ | งบประมาณ (บาท) | ตัวชี้วัดความสำเร็จ | ผู้รับผิดชอบ. Measures 1, 2 and 4 are a bold "
                 "measure row ('1', '2', '4': title only, no period, budget or target) followed by activity sub-rows "
                 "numbered 1.1, 1.2 ... in the ที่ column, EACH with its own period, budget and target; measure 3 is "
                 "a single row with its own period and budget. Judgement (as blind13 n3, where the activity rows "
                 "under a measure are the records and the measure is their heading, and blind10 k3's sub-numbered "
                 "project rows): the records are the eight activity sub-rows plus measure 3's own row = NINE "
                 "measures; the three bold measure rows with sub-rows are group headings (they have no period of "
                 "their own; a reader that also emits them scores extras), the 'รวมงบประมาณทั้งสิ้น' row is a "
                 "total. Title = the activity cell (its number is in the ที่ column); measure 3's title = its cell "
                 "without the '(ตัวชี้วัดที่ 5)' tag (prefix match). indicator_no: an activity takes the tag of its "
                 "measure row ('(ตัวชี้วัดที่ 9)' for 1.1-1.3, '(ตัวชี้วัดที่ 10)' for 2.1-2.3, none for 4.x: null; "
                 "'แบบตรวจ OIT' and 'ระบบ ITAS' are a tool and a system, 'No Gift Policy' a policy); measure 3: 5. "
                 "Periods (FY 2569; Oct-Dec = 2025): 'ต.ค. – ธ.ค. 2568' 2025-10-01..2025-12-31; 'ต.ค. 2568 – ก.ย. "
                 "2569' 2025-10-01..2026-09-30; 'ภายใน 31 มี.ค. 2569' a deadline (end only); '1 – 31 ต.ค. 2568' "
                 "2025-10-01..2025-10-31; 'ม.ค. – มี.ค. 2569' 2026-01-01..2026-03-31; 'ไตรมาส 2 – 4 (ม.ค. – ก.ย. "
                 "2569)' 2026-01-01..2026-09-30; 'ก.พ. 2569' 2026-02-01..2026-02-28; 'พ.ค. – มิ.ย. 2569' "
                 "2026-05-01..2026-06-30. '15 วัน' in measure 3's title is part of it. Owners: the ผู้รับผิดชอบ cell "
                 "is merged DOWN over a measure's row and all its sub-rows and written once; it is the owner of "
                 "every activity under it (repeated per activity, as blind13 n3): 'พ.ต.ท.ธวัชชัย ศรีประเสริฐ' / "
                 "'สว.อก.สภ.บ้านค่ายเหนือ' for 1.1-1.3 (x3), 'พ.ต.ท.สมชาย ใจดี' / 'รอง ผกก.ป.สภ.บ้านค่ายเหนือ' for "
                 "2.1-2.3 (x3), 'ร.ต.อ.หญิง กนกวรรณ ทองสุข' / 'รอง สว.อก.สภ.บ้านค่ายเหนือ' for 4.1-4.2 (x2); rank "
                 "glued to the name, post on the next line, kept abbreviated as printed. Measure 3's cell = a "
                 "person ('พ.ต.ต.อนุชา แสงทอง' / 'สว.(สอบสวน) สภ.บ้านค่ายเหนือ') and an org unit ('งานอำนวยการ') on "
                 "the third line. 10 owners (3 + 3 + 2 + 2). Scores: only ITA 2568 overall 93.27 (A) in the opening paragraph; "
                 "'ไม่น้อยกว่า 95 คะแนน (ระดับ AA)' is the FY 2569 target. Not scores: the budgets (5,000 ... total "
                 "81,500 baht), the targets (ร้อยละ 100, 12 เดือน, 1 ครั้ง, 4 จุด, 6 ตัว, 80 นาย, 3 นาย, เดือนละ 2 "
                 "ครั้ง). People: two police-style signatures side by side, rank before the dots, name in brackets, "
                 "post below, role after the dots: ผู้เสนอแผน (also measure 1's owner) and ผู้อนุมัติแผน.",
        "scores": [S("overall", 93.27, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้เสนอแผน", "พ.ต.ท.", "ธวัชชัย ศรีประเสริฐ", "สว.อก.สภ.บ้านค่ายเหนือ"),
                   P("ผู้อนุมัติแผน", "พ.ต.อ.", "ณรงค์ศักดิ์ พิทักษ์ธรรม", "ผกก.สภ.บ้านค่ายเหนือ")],
        "findings": [],
    }
    document = {
        "unit": A4_UNIT, "unit_type": "police_station", "province": "ระยอง", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Undated FY 2569 action plan of a provincial police station. Title = the first heading line (the "
                 "second names the station and its parent command ตำรวจภูธรจังหวัดระยอง, which gives the province). "
                 "doc_type measures.",
    }
    return doc, facts, document


REPORTS = {
    "a1_six_month_followup_no_period_column_event_dates_phone_owners_pa_tan_thong": a1,
    "a2_hospital_memo_tool_dash_bullets_suggestions_director_approval_si_that_phatthana": a2,
    "a3_full_mark_percent_columns_province_national_average_mae_kasa_nuea": a3,
    "a4_police_plan_activity_subrows_merged_owner_budget_total_ban_khai_nuea": a4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
