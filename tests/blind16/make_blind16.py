#!/usr/bin/env python3
"""Build the blind-16 reports (tests/blind16/s*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind15/make_blind15.py and
tests/blind13/make_blind13.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  s1  เทศบาลนครแสนสุขทอง (ชลบุรี)                integrity pledge (ประกาศเจตจำนงสุจริตในการบริหารงาน): seven
                                              numbered pledges '๑. จะ...' with no owner and no date (NOT
                                              measures), the ITA 2568 score and a 2569 target in the preamble;
                                              signed by the mayor; Kinnari 16, Thai digits, portrait. A precision
                                              test: gold has zero measures
  s2  โรงพยาบาลพระยืนทอง (ขอนแก่น)               quarterly monitoring report: two-row header มาตรการ | ผลการ
                                              ดำเนินงาน (ไตรมาส 1-4, each with its months) | ผู้รับผิดชอบ, the
                                              quarter cells holding STATUS text (ดำเนินการแล้ว / อยู่ระหว่าง
                                              ดำเนินการ / -); landscape, Sawasdee 13, Arabic digits
  s3  ศูนย์ปฏิบัติการต่อต้านการทุจริต กรมส่งเสริมวิสาหกิจชุมชน   anti-corruption centre plan: ประเด็น |
                                              มาตรการ/แนวทาง | ผู้รับผิดชอบ | ระยะเวลา, the ประเด็น cell an
                                              indicator's NAME without number (การใช้อำนาจ ...) merged over its
                                              rows, one ประเด็น not an indicator; owners กอง/สำนัก of the กรม;
                                              Garuda 12, Thai digits, portrait
  s4  เทศบาลตำบลบ้านดู่ทอง (เชียงราย)             numbered measures in running text, each ending '(owner)', some
                                              with '-' sub-steps; ONE period for the whole list in the lead-in
                                              ('ดำเนินการตลอดปีงบประมาณ พ.ศ. 2569'), one item with its own
                                              deadline; Laksaman 16, Arabic digits, portrait; two stacked
                                              signatures

    uv run python tests/blind16/make_blind16.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, body, build_reports, centre, shade, sig_table,  # noqa: E402
                          table, th, tight)

FY69 = ("2025-10-01", "2026-09-30")


# ------------------------------------------------------------------------------------------ s1

S1_UNIT = "เทศบาลนครแสนสุขทอง"
S1_MAYOR = "นายกเทศมนตรีนครแสนสุขทอง"
S1_PLEDGES = [
    "จะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต มีคุณธรรม โปร่งใส และยึดถือประโยชน์ส่วนรวมของประชาชนเป็นที่ตั้ง",
    "จะบริหารงานตามหลักธรรมาภิบาล โดยยึดหลักนิติธรรม หลักคุณธรรม หลักความโปร่งใส หลักการมีส่วนร่วม "
    "หลักความรับผิดชอบ และหลักความคุ้มค่า",
    "จะไม่ใช้อำนาจหน้าที่ในตำแหน่งแสวงหาประโยชน์ให้แก่ตนเองหรือผู้อื่นโดยมิชอบ และจะไม่เรียก รับ หรือยอมจะรับ"
    "ทรัพย์สินหรือประโยชน์อื่นใดอันเกี่ยวเนื่องกับการปฏิบัติหน้าที่",
    "จะเปิดเผยข้อมูลข่าวสารของเทศบาลต่อสาธารณะอย่างครบถ้วน ถูกต้อง และเป็นปัจจุบัน เพื่อให้ประชาชนสามารถ"
    "เข้าถึงและตรวจสอบการดำเนินงานได้",
    "จะบริหารงานบุคคล การจัดซื้อจัดจ้าง และการใช้จ่ายงบประมาณด้วยความเป็นธรรม คุ้มค่า และตรวจสอบได้ "
    "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐",
    "จะเปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการแสดงความคิดเห็น ติดตาม และตรวจสอบการบริหารงาน"
    "ของเทศบาล",
    "จะไม่ทนต่อการทุจริตและประพฤติมิชอบทุกรูปแบบ และจะดำเนินการกับผู้กระทำผิดอย่างจริงจังและเด็ดขาด "
    "โดยให้ความคุ้มครองแก่ผู้แจ้งเบาะแส",
]


def s1():
    doc = tight(new_doc("Kinnari", 16, landscape=False, margin=2.2), after=2)
    centre(doc, f"ประกาศ{S1_UNIT}", bold=True, size=20)
    centre(doc, "เรื่อง ประกาศเจตจำนงสุจริตในการบริหารงาน", bold=True, size=18)
    centre(doc, "--------------------------------")
    body(doc, f"ด้วย{S1_UNIT} อำเภอเมืองชลบุรี จังหวัดชลบุรี ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
              "ของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
              "ได้คะแนน ๙๓.๑๗ คะแนน อยู่ในระดับ A และมุ่งมั่นที่จะยกระดับผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๙ "
              "ให้ได้ไม่ต่ำกว่า ๙๕ คะแนน")
    body(doc, "ข้าพเจ้า นายวรวุฒิ ศักดิ์สิทธิ์ธนา นายกเทศมนตรีนครแสนสุขทอง ในฐานะผู้บริหารสูงสุดของเทศบาล "
              "ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และเป็นธรรม ตลอดระยะเวลาการดำรงตำแหน่ง "
              "เพื่อเป็นแบบอย่างแก่คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ลูกจ้าง และพนักงานจ้างทุกคน ดังนี้")
    for i, text in enumerate(S1_PLEDGES, 1):
        p = body(doc, th(f"{i}. ") + text, first=0.0, left=1.25)
        p.paragraph_format.first_line_indent = Cm(-0.75)
        p.paragraph_format.left_indent = Cm(2.0)
    body(doc, "ทั้งนี้ ขอให้คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ลูกจ้าง และพนักงานจ้างทุกคน ร่วมกันยึดถือ"
              "และปฏิบัติตามเจตจำนงนี้โดยเคร่งครัด")
    _para(doc, "")
    _para(doc, "                        ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘")
    _para(doc, "")
    _para(doc, "")
    sig_table(doc, [["(นายวรวุฒิ ศักดิ์สิทธิ์ธนา)", S1_MAYOR]], [15])
    facts = {
        "notes": "An integrity pledge (ประกาศเจตจำนงสุจริตในการบริหารงาน). Only score: ITA 2568 overall 93.17 (A) in "
                 "the preamble; 'ไม่ต่ำกว่า ๙๕ คะแนน' is the FY 2569 target. Measures: NONE -- the seven numbered "
                 "items '๑. จะ...' are pledges of the mayor (what he promises to do), with no owner, no period and "
                 "no activity; they are not measures even though some echo indicator themes (การใช้อำนาจ, การเปิดเผย"
                 "ข้อมูล, จัดซื้อจัดจ้าง). A reader that turns them into measures scores seven extras. 'ตลอดระยะเวลา"
                 "การดำรงตำแหน่ง' is the term of office, 'พ.ศ. ๒๕๖๐' the procurement act's year, the announcement "
                 "date not a period. People: the mayor who signs (no ลงชื่อ line and no role printed under the "
                 "signature: ผู้ลงนาม); his name also appears in the body ('ข้าพเจ้า นายวรวุฒิ ...') as the same "
                 "person, not a second one.",
        "scores": [S("overall", 93.17, 2568, rating="A")],
        "measures": [],
        "people": [P("ผู้ลงนาม", "นาย", "วรวุฒิ ศักดิ์สิทธิ์ธนา", S1_MAYOR)],
        "findings": [],
    }
    document = {
        "unit": S1_UNIT, "unit_type": "municipality", "province": "ชลบุรี", "fiscal_year": 2569, "doc_type": "other",
        "title": f"ประกาศ{S1_UNIT} เรื่อง ประกาศเจตจำนงสุจริตในการบริหารงาน",
        "notes": "Integrity pledge of a city municipality (เทศบาลนคร), dated ๑๕ ต.ค. ๒๕๖๘ (FY 2569). Title = the two "
                 "centred heading lines (the เรื่อง line alone is acceptable). doc_type other: a pledge, neither a "
                 "plan of measures nor an analysis (as the blind11 l1 directive). Province from the preamble "
                 "(อำเภอเมืองชลบุรี จังหวัดชลบุรี).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ s2

S2_UNIT = "โรงพยาบาลพระยืนทอง"
S2_DIR = f"ผู้อำนวยการ{S2_UNIT}"
D, W, N = "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "-"
S2_ROWS = [  # title printed, gold title, ind, Q1..Q4 status, owner cell, owners
    ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล (ตัวชี้วัดที่ 9)",
     "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล", 9, (D, D, N, N),
     "นางสาวกัญญารัตน์ พรมมา\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ",
     [O("น.ส.", "กัญญารัตน์ พรมมา", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")]),
    ("มาตรการป้องกันการรับสินบนและประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     "มาตรการป้องกันการรับสินบนและประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", None, (D, N, N, N),
     "ผู้อำนวยการโรงพยาบาล", [O(pos="ผู้อำนวยการโรงพยาบาล")]),
    ("มาตรการควบคุมการยืมพัสดุ ครุภัณฑ์ และรถราชการ (ตัวชี้วัดที่ 4)",
     "มาตรการควบคุมการยืมพัสดุ ครุภัณฑ์ และรถราชการ", 4, (W, D, N, N),
     "งานพัสดุ\nงานยานพาหนะ", [O(org="งานพัสดุ"), O(org="งานยานพาหนะ")]),
    ("มาตรการรับฟังความคิดเห็นและตอบข้อร้องเรียนของผู้รับบริการภายใน 3 วันทำการ",
     "มาตรการรับฟังความคิดเห็นและตอบข้อร้องเรียนของผู้รับบริการภายใน 3 วันทำการ", None, (N, W, N, N),
     "กลุ่มงานบริหารทั่วไป", [O(org="กลุ่มงานบริหารทั่วไป")]),
    ("มาตรการส่งเสริมให้บุคลากรจัดทำแบบแสดงความบริสุทธิ์ใจในการจัดซื้อจัดจ้าง",
     "มาตรการส่งเสริมให้บุคลากรจัดทำแบบแสดงความบริสุทธิ์ใจในการจัดซื้อจัดจ้าง", None, (W, W, N, N),
     "หัวหน้ากลุ่มงานการพยาบาล\nงานพัสดุ", [O(pos="หัวหน้ากลุ่มงานการพยาบาล"), O(org="งานพัสดุ")]),
    ("มาตรการประเมินความพึงพอใจของผู้รับบริการต่อคุณภาพการดำเนินงาน (ตัวชี้วัดที่ 6)",
     "มาตรการประเมินความพึงพอใจของผู้รับบริการต่อคุณภาพการดำเนินงาน", 6, (N, N, N, N),
     "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์",
     [O(org="กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์")]),
]


def s2():
    doc = tight(new_doc("Sawasdee", 13, landscape=True, margin=1.4), after=1)
    centre(doc, "รายงานการกำกับติดตามการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รายไตรมาส",
           bold=True, size=16)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2569 (รอบไตรมาสที่ 2 ข้อมูล ณ วันที่ 31 มีนาคม 2569)", bold=True, size=15)
    centre(doc, f"{S2_UNIT} อำเภอพระยืน จังหวัดขอนแก่น", bold=True, size=15)
    body(doc, f"ตามที่{S2_UNIT}ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 "
              "โดยนำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              "ซึ่งได้คะแนน 89.52 คะแนน ระดับ A มาวิเคราะห์และกำหนดมาตรการ นั้น คณะทำงานได้กำกับติดตามผลการดำเนินงาน"
              "ในแต่ละไตรมาส รายละเอียดดังนี้")
    t = doc.add_table(rows=2 + len(S2_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(t, [8.7, 3.0, 3.0, 3.0, 3.0, 6.2])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    _cell_text(a, "มาตรการ", bold=True)
    a = t.cell(0, 5).merge(t.cell(1, 5))
    _cell_text(a, "ผู้รับผิดชอบ", bold=True)
    a = t.cell(0, 1).merge(t.cell(0, 4))
    _cell_text(a, "ผลการดำเนินงาน", bold=True)
    for c, q in enumerate(["ไตรมาส 1\n(ต.ค. - ธ.ค. 68)", "ไตรมาส 2\n(ม.ค. - มี.ค. 69)", "ไตรมาส 3\n(เม.ย. - มิ.ย. 69)",
                           "ไตรมาส 4\n(ก.ค. - ก.ย. 69)"], 1):
        _cell_text(t.cell(1, c), q, bold=True)
    for r in (0, 1):
        for cell in t.rows[r].cells:
            shade(cell, "E2EFD9")
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r, (printed, _, _, qs, owner, _) in enumerate(S2_ROWS, 2):
        _cell_text(t.cell(r, 0), f"{r - 1}. {printed}")
        for c, st in enumerate(qs, 1):
            _cell_text(t.cell(r, c), st)
            t.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _cell_text(t.cell(r, 5), owner)
    keep_rows(t)
    _para(doc, "")
    body(doc, "สรุปผล ณ สิ้นไตรมาสที่ 2 มาตรการที่ดำเนินการแล้ว 3 มาตรการ อยู่ระหว่างดำเนินการ 2 มาตรการ และยังไม่ได้"
              "ดำเนินการ 1 มาตรการ (มาตรการที่ 6 จะดำเนินการในไตรมาสที่ 3) คิดเป็นร้อยละ 50.00 ของมาตรการทั้งหมด "
              "ทั้งนี้ จะรายงานผลรอบถัดไปภายในวันที่ 15 กรกฎาคม 2569")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:24] + " ผู้รายงาน", "(นางสาวกัญญารัตน์ พรมมา)",
                     "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"],
                    ["ลงชื่อ " + DOTS[:24] + " ผู้รับรอง", "(นายแพทย์อนุสรณ์ ทองมา)", S2_DIR]], [12.5, 12.5])
    measures = [M(title, owners, ind=ind) for _, title, ind, _, _, owners in S2_ROWS]
    facts = {
        "notes": "Quarterly monitoring table: มาตรการ | ผลการดำเนินงาน (ไตรมาส 1 ... ไตรมาส 4, each header naming its "
                 "months) | ผู้รับผิดชอบ, the quarter cells holding STATUS words (ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ "
                 "/ '-'). Judgement: status cells are PROGRESS, not the plan -- the merged header says ผลการดำเนินงาน, "
                 "'-' in Q3/Q4 means 'not reported yet' (the report is as of 31 มี.ค. 2569), and row 6 is all '-' "
                 "though the summary says it runs in Q3; deriving a period from the non-'-' quarters would give "
                 "periods that change with each report. So no measure's period is printed: start and end null "
                 "throughout (as blind11 l3 / blind14 p2, progress reports with no period column). The reporting "
                 "round 'รอบไตรมาสที่ 2 ข้อมูล ณ วันที่ 31 มีนาคม 2569', the quarter month ranges in the header and "
                 "the next report date '15 กรกฎาคม 2569' are not measure periods. Measures: the six numbered rows; "
                 "title = the cell without its number and without the '(ตัวชี้วัดที่ n)' tag, which gives indicator_no "
                 "(rows 1: 9, 3: 4, 6: 6; the others null -- No Gift Policy names no number). '3 วันทำการ' is part "
                 "of a title. Owners: name over post in one cell = one person (นางสาว -> น.ส.); 'ผู้อำนวยการ"
                 "โรงพยาบาล' a position; 'งานพัสดุ' over 'งานยานพาหนะ' = two org units; 'หัวหน้ากลุ่มงานการพยาบาล' "
                 "over 'งานพัสดุ' = a position and an org unit; 'กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์' "
                 "one org unit (the space is inside the section's name). Scores: only ITA 2568 overall 89.52 (A) in "
                 "the opening paragraph; the summary counts (3/2/1 มาตรการ) and 'ร้อยละ 50.00' are progress, not "
                 "scores. People: ผู้รายงาน and ผู้รับรอง side by side (role after the dots; นายแพทย์ -> นพ.).",
        "scores": [S("overall", 89.52, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "กัญญารัตน์ พรมมา", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
                   P("ผู้รับรอง", "นพ.", "อนุสรณ์ ทองมา", S2_DIR)],
        "findings": [],
    }
    document = {
        "unit": S2_UNIT, "unit_type": "hospital", "province": "ขอนแก่น", "fiscal_year": 2569, "doc_type": "measures",
        "title": "รายงานการกำกับติดตามการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รายไตรมาส "
                 "ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Quarterly (Q2) monitoring report on FY 2569 measures, data as of 31 มี.ค. 2569. Title = the first "
                 "heading line and the year part of the second (the bracketed round/data date is not part of it; the "
                 "first line alone is acceptable). doc_type measures (a progress report on measures, as blind7 h3; "
                 "kpi_report arguable). Province from the third heading line (อำเภอพระยืน จังหวัดขอนแก่น).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ s3

S3_DEPT = "กรมส่งเสริมวิสาหกิจชุมชน"
S3_CENTRE = f"ศูนย์ปฏิบัติการต่อต้านการทุจริต {S3_DEPT}"
S3_GROUPS = [  # ประเด็น cell, indicator_no, rows: (measure, owner cell, period cell, owners, start, end)
    ("การใช้อำนาจ", 3, [
        ("กำหนดหลักเกณฑ์การมอบหมายงานและการประเมินผลการปฏิบัติราชการที่เป็นธรรม และเผยแพร่ให้บุคลากรทราบ",
         "กองการเจ้าหน้าที่", "ธ.ค. ๒๕๖๘", [O(org="กองการเจ้าหน้าที่")], "2025-12-01", "2025-12-31"),
        ("จัดช่องทางให้บุคลากรแจ้งกรณีผู้บังคับบัญชาสั่งการโดยมิชอบ และคุ้มครองผู้แจ้ง",
         "ศูนย์ปฏิบัติการต่อต้านการทุจริต\nกองการเจ้าหน้าที่", "ต.ค. ๖๘ – ก.ย. ๖๙",
         [O(org="ศูนย์ปฏิบัติการต่อต้านการทุจริต"), O(org="กองการเจ้าหน้าที่")], *FY69),
    ]),
    ("การใช้ทรัพย์สินของราชการ", 4, [
        ("ปรับปรุงคู่มือการยืม-คืนพัสดุและยานพาหนะของทางราชการ และจัดทำทะเบียนคุมแบบอิเล็กทรอนิกส์",
         "กองคลัง", "ภายใน ๓๑ ม.ค. ๒๕๖๙", [O(org="กองคลัง")], None, "2026-01-31"),
        ("สุ่มตรวจการใช้ทรัพย์สินของราชการในสำนักงานส่วนกลางและสำนักงานส่งเสริมวิสาหกิจชุมชนเขต",
         "ผู้อำนวยการกลุ่มตรวจสอบภายใน", "ไตรมาส ๒ – ๓", [O(pos="ผู้อำนวยการกลุ่มตรวจสอบภายใน")],
         "2026-01-01", "2026-06-30"),
    ]),
    ("การเปิดเผยข้อมูล", 9, [
        ("เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของกรม",
         "กองคลัง\nศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ต.ค. ๖๘ – ก.ย. ๖๙",
         [O(org="กองคลัง"), O(org="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")], *FY69),
        ("ปรับปรุงหน้าเว็บไซต์ 'การเปิดเผยข้อมูลสาธารณะ' ให้ครบถ้วนตามแบบตรวจ OIT",
         "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "พ.ย. ๖๘ – ก.พ. ๖๙",
         [O(org="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")], "2025-11-01", "2026-02-28"),
        ("รายงานผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีต่อสาธารณะ",
         "กองยุทธศาสตร์และแผนงาน", "ทุกไตรมาส", [O(org="กองยุทธศาสตร์และแผนงาน")], None, None),
    ]),
    ("การเสริมสร้างวัฒนธรรมองค์กร", None, [
        ("จัดกิจกรรม 'ค่านิยมสุจริต' และยกย่องบุคลากรต้นแบบด้านคุณธรรมจริยธรรม",
         "สำนักงานเลขานุการกรม", "มี.ค. ๒๕๖๙", [O(org="สำนักงานเลขานุการกรม")], "2026-03-01", "2026-03-31"),
    ]),
    ("การป้องกันการทุจริต", 10, [
        ("จัดทำแผนบริหารความเสี่ยงการทุจริตของกรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ และติดตามผลรอบ ๖ เดือน",
         "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต", "ไตรมาส ๑",
         [O(pos="ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต")], "2025-10-01", "2025-12-31"),
        ("ทบทวนมาตรการป้องกันผลประโยชน์ทับซ้อน และให้คณะกรรมการจัดซื้อจัดจ้างลงนามแสดงความบริสุทธิ์ใจ",
         "กองกฎหมาย", "ภายใน ๓๑ มี.ค. ๒๕๖๙", [O(org="กองกฎหมาย")], None, "2026-03-31"),
    ]),
]


def s3():
    doc = tight(new_doc("Garuda", 12, landscape=False, margin=1.7), after=1)
    centre(doc, "แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ", bold=True, size=15)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=15)
    centre(doc, S3_CENTRE, bold=True, size=14)
    centre(doc, "----------------------------")
    body(doc, f"ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) {S3_DEPT} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการ"
              "ดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งกรมได้คะแนน ๙๔.๓๖ คะแนน ระดับ A "
              "โดยตัวชี้วัดที่ ๓ การใช้อำนาจ ได้ ๘๖.๔๐ คะแนน และตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๘๘.๗๕ คะแนน "
              "ต่ำกว่าตัวชี้วัดอื่น จึงจัดทำแผนปฏิบัติการฉบับนี้ โดยกำหนดประเด็นการพัฒนา มาตรการ/แนวทาง "
              "หน่วยงานผู้รับผิดชอบ และระยะเวลาดำเนินการ ดังนี้")
    n = sum(len(g[2]) for g in S3_GROUPS)
    rows = [["ประเด็น", "มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    for issue, _, items in S3_GROUPS:
        for k, (title, owner, period, *_) in enumerate(items):
            rows.append([issue if k == 0 else "", th(title), owner, period])
    t = table(doc, rows, [3.2, 8.2, 4.4, 2.6], centre_cols=(3,), fill="DEEAF6")
    r = 1
    for issue, _, items in S3_GROUPS:
        if len(items) > 1:
            a = t.cell(r, 0).merge(t.cell(r + len(items) - 1, 0))
            _cell_text(a, issue, bold=True)
        else:
            _cell_text(t.cell(r, 0), issue, bold=True)
        r += len(items)
    assert r == n + 1
    keep_rows(t)
    _para(doc, "")
    body(doc, "หมายเหตุ  ไตรมาส หมายถึง ไตรมาสของปีงบประมาณ พ.ศ. ๒๕๖๙ ให้หน่วยงานผู้รับผิดชอบรายงานผลการดำเนินงาน"
              "ต่อศูนย์ปฏิบัติการต่อต้านการทุจริตภายใน ๑๕ วันนับจากวันสิ้นไตรมาส", first=0.0)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้เสนอ", "(นางศศิธร วงศ์ประเสริฐ)",
                     "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติ", "(นายชยพล อัครวิทยากุล)", f"อธิบดี{S3_DEPT}"]],
              [8.8, 8.8])
    measures = []
    for _, ind, items in S3_GROUPS:
        for title, _, _, owners, start, end in items:
            measures.append(M(th(title), owners, ind=ind, start=start, end=end))
    facts = {
        "notes": "Plan of a department's anti-corruption centre (ศปท.). Table ประเด็น | มาตรการ/แนวทาง | ผู้รับผิดชอบ | "
                 "ระยะเวลา; the ประเด็น cell is merged down over its measure rows and holds an indicator's NAME "
                 "without its number: การใช้อำนาจ = 3, การใช้ทรัพย์สินของราชการ = 4, การเปิดเผยข้อมูล = 9, "
                 "การป้องกันการทุจริต = 10 (NACC names, as blind7 h2), repeated on every row under it; "
                 "'การเสริมสร้างวัฒนธรรมองค์กร' is no ITA indicator's name: null. Measures: the ten rows; title = "
                 "the มาตรการ/แนวทาง cell. 'แบบตรวจ OIT' in a title names a tool, not an indicator. Periods (FY "
                 "2569, per the หมายเหตุ for quarters): 'ธ.ค. ๒๕๖๘' and 'มี.ค. ๒๕๖๙' span the month; 'ต.ค. ๖๘ – ก.ย. "
                 "๖๙' = 2025-10-01..2026-09-30; 'ภายใน ๓๑ ม.ค. ๒๕๖๙' and 'ภายใน ๓๑ มี.ค. ๒๕๖๙' deadlines (end "
                 "only); 'ไตรมาส ๒ – ๓' = 2026-01-01..2026-06-30; 'พ.ย. ๖๘ – ก.พ. ๖๙' = 2025-11-01..2026-02-28; "
                 "'ไตรมาส ๑' = 2025-10-01..2025-12-31; 'ทุกไตรมาส' no dates. 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙' and "
                 "'รอบ ๖ เดือน' inside a title are not its period; '๑๕ วันนับจากวันสิ้นไตรมาส' is the reporting "
                 "rule. Owners: กอง/สำนัก/ศูนย์ of the department as org units, one per line ('ศูนย์ปฏิบัติการต่อต้าน"
                 "การทุจริต' over 'กองการเจ้าหน้าที่' = two; 'กองคลัง' over 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร' = "
                 "two); 'ผู้อำนวยการกลุ่มตรวจสอบภายใน' and 'ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต' positions "
                 "(posts). Scores (FY 2568): overall 94.36 (A), indicator 3 (IIT) 86.40 and indicator 9 (OIT) "
                 "88.75 in the preamble. People: ผู้เสนอ (the centre's director) and ผู้อนุมัติ (the director-"
                 "general), role after the dots.",
        "scores": [S("overall", 94.36, 2568, rating="A"), S("indicator", 86.40, 2568, "IIT", 3),
                   S("indicator", 88.75, 2568, "OIT", 9)],
        "measures": measures,
        "people": [P("ผู้เสนอ", "นาง", "ศศิธร วงศ์ประเสริฐ", "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต"),
                   P("ผู้อนุมัติ", "นาย", "ชยพล อัครวิทยากุล", f"อธิบดี{S3_DEPT}")],
        "findings": [],
    }
    document = {
        "unit": S3_DEPT, "unit_type": "department", "province": None, "fiscal_year": 2569, "doc_type": "measures",
        "title": "แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Undated FY 2569 plan drawn up by the department's anti-corruption centre and approved by the "
                 "director-general. Unit = the department (the ศปท. is its internal centre; the score quoted is the "
                 "department's; 'ศูนย์ปฏิบัติการต่อต้านการทุจริต กรมส่งเสริมวิสาหกิจชุมชน' as unit is arguable). "
                 "Central department: no province (null), unit_type department (as กรมพัฒนาที่ดิน in blind4). Title = "
                 "the first two heading lines; the third names the centre and department.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ s4

S4_UNIT = "เทศบาลตำบลบ้านดู่ทอง"
S4_ITEMS = [  # text, owner text, steps, gold title, ind, owners, start, end
    ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และเผยแพร่ให้"
     "ประชาชนทราบ", "สำนักปลัดเทศบาล",
     [],
     None, [O(org="สำนักปลัดเทศบาล")], *FY69),
    ("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบัน ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
     "นางสาวพรทิพย์ คำดี นักจัดการงานทั่วไปชำนาญการ",
     ["รวบรวมข้อมูลจากทุกกอง/สำนัก ภายในวันที่ 5 ของทุกเดือน",
      "ตรวจสอบความถูกต้องและนำขึ้นเว็บไซต์",
      "รายงานผลต่อปลัดเทศบาลทุกไตรมาส"],
     9, [O("น.ส.", "พรทิพย์ คำดี", "นักจัดการงานทั่วไปชำนาญการ")], *FY69),
    ("ควบคุมการใช้รถราชการและเครื่องจักรกลของเทศบาล โดยให้มีการขออนุญาตและบันทึกการใช้ทุกครั้ง",
     "กองช่าง",
     ["จัดทำแบบขออนุญาตใช้รถราชการ",
      "จัดทำสมุดบันทึกการใช้รถและเครื่องจักรกลประจำคัน"],
     None, [O(org="กองช่าง")], *FY69),
    ("เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ให้แล้วเสร็จภายในเดือน"
     "ธันวาคม 2568", "กองคลัง และกองช่าง",
     [],
     None, [O(org="กองคลัง"), O(org="กองช่าง")], None, "2025-12-31"),
    ("จัดอบรมให้ความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาลและพนักงานจ้าง",
     "ปลัดเทศบาล",
     ["สำรวจความต้องการและกำหนดหัวข้อการอบรม",
      "จัดอบรมอย่างน้อย 1 ครั้ง กลุ่มเป้าหมาย 60 คน",
      "ประเมินผลการอบรม (ผู้ผ่านการทดสอบไม่น้อยกว่าร้อยละ 80)"],
     None, [O(pos="ปลัดเทศบาล")], *FY69),
    ("จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตและตอบกลับผู้ร้องเรียนภายใน 15 วันทำการ",
     "งานนิติการ สำนักปลัดเทศบาล",
     [],
     None, [O(org="งานนิติการ สำนักปลัดเทศบาล")], *FY69),
]


def s4():
    doc = tight(new_doc("Laksaman", 16, landscape=False, margin=2.0), after=2)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=18)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=18)
    centre(doc, f"{S4_UNIT} อำเภอเมืองเชียงราย จังหวัดเชียงราย", bold=True)
    _para(doc, "")
    body(doc, f"ตามที่{S4_UNIT}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              "ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 84.12 คะแนน อยู่ในระดับ B ซึ่งยังไม่ผ่านเกณฑ์ 85 คะแนน "
              "เทศบาลจึงได้วิเคราะห์ผลการประเมินและกำหนดมาตรการเพื่อยกระดับผลการประเมิน โดยดำเนินการตลอดปีงบประมาณ "
              "พ.ศ. 2569 ดังนี้")
    for i, (text, owner, steps, *_) in enumerate(S4_ITEMS, 1):
        p = body(doc, f"{i}. {text} ({owner})", first=0.0)
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.first_line_indent = Cm(-0.65)
        for st in steps:
            q = _para(doc, f"- {st}")
            q.paragraph_format.left_indent = Cm(2.6)
    _para(doc, "")
    body(doc, "ทั้งนี้ ให้หน่วยงานผู้รับผิดชอบรายงานผลการดำเนินงานตามมาตรการต่อปลัดเทศบาลทุก 6 เดือน "
              "เพื่อรายงานนายกเทศมนตรีทราบต่อไป")
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:26] + " ผู้เสนอ", "(นายธนากร อินต๊ะวงศ์)", "ปลัดเทศบาลตำบลบ้านดู่ทอง"]],
              [11])
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:26] + " ผู้อนุมัติ", "(นายสุริยา ปัญญาดี)", "นายกเทศมนตรีตำบลบ้านดู่ทอง",
                     "วันที่ 3 พฤศจิกายน 2568"]], [11])
    measures = [M(text.split(" ให้แล้วเสร็จ")[0], owners, ind=ind, start=s, end=e)
                for text, _, _, ind, owners, s, e in S4_ITEMS]
    facts = {
        "notes": "Measures in running text, no table: six numbered items '1. ... (owner)', each ending with its owner "
                 "in parentheses; items 2, 3 and 5 have '-' sub-bullets that are STEPS of the measure above (not "
                 "measures; a reader that records them scores extras). Title = the item text without its number and "
                 "without the trailing '(owner)' (item 4 also without its deadline clause 'ให้แล้วเสร็จภายในเดือนธันวาคม 2568'; a title keeping it still matches by prefix); the '(No Gift Policy)' and '(แบบ สขร.1)' brackets inside titles are "
                 "kept (they are not owners). indicator_no: only item 2 names one ('ตามตัวชี้วัดที่ 9 การเปิดเผย"
                 "ข้อมูล'): 9, the phrase kept in its title; the others null. Period judgement: the lead-in gives ONE "
                 "period for the whole list ('กำหนดมาตรการ ... โดยดำเนินการตลอดปีงบประมาณ พ.ศ. 2569 ดังนี้'), which "
                 "governs every item below it as a merged period cell would, so each item takes 2025-10-01.."
                 "2026-09-30; item 4 states its own deadline ('ให้แล้วเสร็จภายในเดือนธันวาคม 2568'), which overrides "
                 "the lead-in: end 2025-12-31, start null (deadline convention). Not periods: 'ภายในวันที่ 5 ของทุก"
                 "เดือน', 'ทุกไตรมาส', 'ทุก 6 เดือน', '15 วันทำการ' (in a title). Owners: 'สำนักปลัดเทศบาล', "
                 "'กองช่าง' org units; 'นางสาวพรทิพย์ คำดี นักจัดการงานทั่วไปชำนาญการ' = น.ส./name/position; 'กองคลัง "
                 "และกองช่าง' two org units; 'ปลัดเทศบาล' a position; 'งานนิติการ สำนักปลัดเทศบาล' one org unit "
                 "(section within office, as blind8 i2). Scores: only ITA 2568 overall 84.12 (B); '85 คะแนน' is the "
                 "pass threshold; the step figures (1 ครั้ง, 60 คน, ร้อยละ 80) are targets. People: ผู้เสนอ and "
                 "ผู้อนุมัติ in two stacked signature blocks (role after the dots).",
        "scores": [S("overall", 84.12, 2568, rating="B")],
        "measures": measures,
        "people": [P("ผู้เสนอ", "นาย", "ธนากร อินต๊ะวงศ์", "ปลัดเทศบาลตำบลบ้านดู่ทอง"),
                   P("ผู้อนุมัติ", "นาย", "สุริยา ปัญญาดี", "นายกเทศมนตรีตำบลบ้านดู่ทอง")],
        "findings": [],
    }
    document = {
        "unit": S4_UNIT, "unit_type": "municipality", "province": "เชียงราย", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "FY 2569 measures of a subdistrict municipality, approved 3 พ.ย. 2568 (FY 2569). Title = the first two "
                 "heading lines; the third names the unit, district and province (เชียงราย).",
    }
    return doc, facts, document


REPORTS = {
    "s1_integrity_pledge_no_measures_nakhon_saen_suk_thong": s1,
    "s2_quarterly_status_cells_hospital_phra_yuen_thong": s2,
    "s3_acoc_plan_indicator_names_merged_dept_community_enterprise": s3,
    "s4_numbered_running_text_owner_parens_substeps_ban_du_thong": s4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
