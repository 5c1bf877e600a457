#!/usr/bin/env python3
"""Build the blind-30 reports (tests/blind30/k30_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice, gold records) are imported from tests/layouts/write.py,
tests/blind7, tests/blind11, tests/blind19 and tests/blind23 (`_cs_sizes`), as blind24/blind29 do.

This set MIRRORS REAL UNITS' PAGES: each report reproduces the structure, wording, numbering and digits of a
page that a Thai unit published on its ITA web pages (stored copies found with the search tool's 'pages'
corpus; the addresses are in each gold's notes). The unit's name is replaced by an invented one (the province
and district are real), people's names by invented ones, figures adjusted so that they stay consistent.

  k30_1  เทศบาลตำบลบ้านแอ่นทอง (เชียงใหม่)        a municipality's web announcement 'การประกาศผลการประเมิน ITA
                                              ประจำปี 2564': the unit's RANK in its district and among the
                                              province's 211 local bodies, the score 'จากคะแนนเต็ม 100
                                              คะแนน', level A with the NACC's stock meaning of the level
                                              ('ราวร้อยละ 5-15 ของตัวชี้วัด'), then a two-column indicator
                                              table; Garuda 14, Arabic digits, no signature
  k30_2  องค์การบริหารส่วนตำบลโพธิ์ม่วงพันทอง (อ่างทอง)  the local bodies' four-year anti-corruption plan (the DLA/NACC
                                              template): 'ส่วนที่ ๒ โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณ
                                              ที่ดำเนินการ 4 ปี (พ.ศ. 2561 – 2564) โดยแยกตามมิติ ๔ มิติ', one
                                              table per มิติ 'ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี ๒๕๖๑
                                              ... ปี ๒๕๖๔ (งบประมาณ (บาท)) | หมายเหตุ', the ภารกิจ cell
                                              ('๑.๑ ... 1.1.1 ...') merged down over its projects '๑)', '๒)';
                                              no owner column; MIXED Thai and Arabic digits as on the page;
                                              the mayor's name and post above the section; Norasi 11-15,
                                              landscape
  k30_3  สำนักงานคณะกรรมการสุขภาวะชุมชน (นนทบุรี)  a public organisation's web page 'สขช. No Gift Policy':
                                              'นโยบายงดรับ-งดให้ของขวัญ “NO GIFT POLICY”', '1. แนวปฏิบัติ
                                              ขององค์กร' bullets (two organisational actions and a bullet of
                                              EXCEPTIONS with sub-bullets), '2. แนวปฏิบัติของบุคลากร' (rules
                                              of conduct), '3. การกำกับติดตาม'; the page's title bar, skip
                                              link and address footer; Loma 13, Arabic digits; no year
  k30_4  โรงพยาบาลวังสามหมอเหนือ (อุดรธานี)         a community hospital's MOPH ITA evidence INDEX page: a table
                                              'ลำดับ | รายการ ITA 2566 | EB | ไฟล์' with running row numbers
                                              (322 ...), indicator rows, 'ข้อ MOIT n ...' rows, numbered
                                              evidence items and '--1.1 มีบันทึกข้อความ ...' sub-items with
                                              'link' cells, above it the 'ประกาศเจตนารมณ์' list; a precision
                                              test: no score, no measure, no person; Waree 10-14

    .venv/bin/python tests/blind30/make_blind30.py
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
from make_blind11 import M, O, P, S, body, build_reports, centre, table, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized, weighted  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind23"))
from make_blind23 import _cs_sizes  # noqa: E402


URL_1 = "https://www.thadueamuedka.go.th/2015-05-20-04-22-08/869-ita2564.html"
URL_2A = "http://bpn.go.th/data_3976"
URL_2B = "https://www.slideshare.net/slideshow/036-248306800/248306800"
URL_3 = "https://www.nationalhealth.or.th/th/node/3172"
URL_4A = "http://wanghos.go.th/index_ita.php"
URL_4B = "http://203.157.230.14/ITA2567.php"
URL_4C = "http://www.tro.moph.go.th/ITA2566.php"


# ------------------------------------------------------------------------------------------ k30_1

K1_UNIT = "เทศบาลตำบลบ้านแอ่นทอง"
K1_IND = [  # (no, name, score)
    (1, "การปฏิบัติหน้าที่", 95.12), (2, "การใช้งบประมาณ", 88.46), (3, "การใช้อำนาจ", 91.05),
    (4, "การใช้ทรัพย์สินของราชการ", 89.37), (5, "การแก้ไขปัญหาการทุจริต", 90.40),
    (6, "คุณภาพการดำเนินงาน", 90.85), (7, "ประสิทธิภาพการสื่อสาร", 86.27), (8, "การปรับปรุงการทำงาน", 85.78),
    (9, "การเปิดเผยข้อมูล", 91.80), (10, "การป้องกันการทุจริต", 80.63),
]
K1_TOOL = {n: ("IIT" if n <= 5 else "EIT" if n <= 8 else "OIT") for n in range(1, 11)}


def _k1_overall() -> float:
    v = {n: s for n, _, s in K1_IND}
    i = sum(v[n] for n in range(1, 6)) / 5
    e = sum(v[n] for n in range(6, 9)) / 3
    o = sum(v[n] for n in range(9, 11)) / 2
    return weighted(i, e, o)


K1_OVERALL = _k1_overall()  # 0.3*90.88 + 0.3*87.633 + 0.4*86.215 = 88.04


def k1():
    doc = tight(new_doc("Garuda", 14, landscape=False, margin=2.0), after=4)
    sized(doc, "การประกาศผลการประเมิน ITA ประจำปี 2564", 18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
          after=10)
    body(doc, f"{K1_UNIT} ได้ผลการประเมิน ITA ประจำปี 2564 ลำดับที่ 3 ของอำเภอดอยเต่า และลำดับที่ 81 จาก 211 แห่ง "
              "ของ อปท.จังหวัดเชียงใหม่", first=2.5)
    body(doc, f"{K1_UNIT} ได้ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2564 "
              f"จำนวน {K1_OVERALL:.2f} คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ A หมายถึง {K1_UNIT} "
              "สามารถดำเนินการได้ค่อนข้างครบถ้วน และมีแนวปฏิบัติที่ดีในการดำเนินการตามตัวชี้วัดและหลักเกณฑ์การประเมิน "
              "ITA  โดยมีบางส่วนที่ต้องปรับปรุงหรือเปิดเผยข้อมูลราวร้อยละ 5-15 ของตัวชี้วัดหรือข้อคำถามทั้งหมด ดังนั้น "
              f"{K1_UNIT}พึงพิจารณาผลประเมินเพื่อนำไปสู่การพัฒนาในจุดที่ยังคงเป็นปัญหา โดยหากมีการวางแผนและ"
              "ดำเนินการอย่างต่อเนื่อง ก็จะสามารถยกระดับผลการประเมินให้สูงขึ้นได้ในปีต่อไป", first=2.5)
    sized(doc, "ผลคะแนนการประเมินรายตัวชี้วัด", 14, bold=True, before=8, after=4)
    rows = [["ตัวชี้วัด", "คะแนน"]]
    for n, name, s in K1_IND:
        rows.append([f"ตัวชี้วัดที่ {n} {name}", f"{s:.2f}"])
    rows.append(["คะแนนรวม", f"{K1_OVERALL:.2f}"])
    t = table(doc, rows, [10.0, 3.0], centre_cols=(1,), fill="DDEBF7")
    bold_row(t, len(rows) - 1)
    size_all(t, 13)
    keep_rows(t)
    scores = [S("indicator", s, 2564, K1_TOOL[n], n) for n, _, s in K1_IND]
    scores.append(S("overall", K1_OVERALL, 2564, rating="A"))
    facts = {
        "notes": f"SOURCE: {URL_1} (a เทศบาลตำบล in อำเภอดอยเต่า, เชียงใหม่: 'การประกาศผลการประเมิน ITA ประจำปี "
                 "2564'). Reproduced: the heading, the rank sentence (district rank and 'ลำดับที่ ... จาก 211 แห่ง ของ "
                 "อปท.จังหวัดเชียงใหม่'), the score sentence with 'จากคะแนนเต็ม 100 คะแนน' and the NACC's stock "
                 "explanation of level A, word for word with the unit's name replaced, Arabic digits; the page's "
                 "sentence is cut in the stored copy after 'โดยหากมีการวางแผนแ', completed here in the same stock "
                 "style; the indicator table is ADDED in the form of the ITAS result sheet (the stored copy shows no "
                 "figures besides the overall). Figures changed (page: rank 2, rank 76, 88.37). Web announcement, "
                 "Garuda 13-18, no signature, no date. Scores (ITA 2564): the ten indicators from the table (number "
                 "from 'ตัวชี้วัดที่ n', tool by the NACC numbering 1-5 IIT, 6-8 EIT, 9-10 OIT) and the overall "
                 f"{K1_OVERALL:.2f} (A) -- printed in the paragraph and in the table's 'คะแนนรวม' row: one score, "
                 "counted once (0.3/0.3/0.4 of the tool means 90.88 / 87.63 / 86.22 gives 88.04; the tool means are "
                 "not printed: no tool rows). Not scores: the ranks 'ลำดับที่ 3' and 'ลำดับที่ 81 จาก 211 แห่ง' (a "
                 "position among units, as the rank of blind24 a2 / blind28 g28_2), 'คะแนนเต็ม 100' (the maximum), "
                 "'ร้อยละ 5-15' (the NACC's definition of level A, a band, not this unit's figure), 'ประจำปี 2564'. "
                 "Measures: NONE -- 'พึงพิจารณาผลประเมินเพื่อนำไปสู่การพัฒนา...' and 'หากมีการวางแผนและดำเนินการ"
                 "อย่างต่อเนื่อง...' are the NACC's stock advice attached to the level (no action, owner or period; "
                 "as blind24 a3's closing intention). People: none (an unsigned web announcement).",
        "scores": scores,
        "measures": [],
        "people": [],
        "findings": [],
    }
    document = {
        "unit": K1_UNIT, "unit_type": "municipality", "province": "เชียงใหม่", "fiscal_year": 2564,
        "doc_type": "analysis",
        "title": "การประกาศผลการประเมิน ITA ประจำปี 2564",
        "notes": f"SOURCE: {URL_1}. Undated web announcement of the ITA 2564 result of a sub-district municipality: "
                 "fiscal_year 2564, the result it reports. doc_type analysis (a result report, as blind28 g28_2). "
                 "Title = the heading. Province เชียงใหม่ from 'อปท.จังหวัดเชียงใหม่' in the rank sentence (the "
                 "district อำเภอดอยเต่า is named too; the unit's own name is invented).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k30_2

K2_UNIT = "องค์การบริหารส่วนตำบลโพธิ์ม่วงพันทอง"
K2_MAYOR = ("นาย", "ประเสริฐ ศรีสุวรรณ")
K2_YEARS = ("๒๕๖๑", "๒๕๖๒", "๒๕๖๓", "๒๕๖๔")
NB = "ไม่ใช้งบประมาณ"
# (dimension heading, [(task cell, [(item no, title, budget per year or None, remark)])])
K2_DIMS = [
    ("มิติที่ 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต", [
        ("๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภา"
         "ท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น\n1.1.1 สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการ"
         "ตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น", [
             ("๑)", "โครงการความรู้คู่คุณธรรม", "20,000", ""),
             ("๒)", "โครงการส่งเสริมคุณธรรมและจริยธรรมในการป้องกันการทุจริต", "30,000", ""),
         ]),
        ("1.1.2 สร้างจิตสำนึกและความตระหนักในการประพฤติตามประมวลจริยธรรม", [
            ("๓)", "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบล", None, NB),
        ]),
        ("๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น", [
            ("๔)", "โครงการปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน", "10,000", ""),
        ]),
        ("๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน", [
            ("๕)", "โครงการโตไปไม่โกง", "15,000", ""),
        ]),
    ]),
    ("มิติที่ 2. การบริหารราชการเพื่อป้องกันการทุจริต", [
        ("๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร", [
            ("๑)", "กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหารองค์การบริหารส่วนตำบล", None, NB),
        ]),
        ("๒.๒ มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ", [
            ("๒)", "มาตรการออกคำสั่งมอบหมายของนายกองค์การบริหารส่วนตำบล ปลัด และหัวหน้าส่วนราชการ", None, NB),
            ("๓)", "กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี", None, NB),
        ]),
    ]),
    ("มิติที่ 3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", [
        ("๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน", [
            ("๑)", "มาตรการเผยแพร่ข้อมูลข่าวสารด้านการเงิน การคลัง พัสดุ และทรัพย์สินขององค์การบริหารส่วนตำบล",
             None, NB),
        ]),
        ("๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน", [
            ("๒)", "โครงการ อบต.เคลื่อนที่", "15,000", ""),
            ("๓)", "มาตรการกำหนดขั้นตอน/กระบวนการเรื่องร้องเรียน", None, NB),
        ]),
    ]),
    ("มิติที่ 4. การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น", [
        ("๔.๑ มีการจัดวางระบบและรายงานการควบคุมภายใน", [
            ("๑)", "โครงการจัดทำรายงานการควบคุมภายใน", None, NB),
        ]),
        ("๔.๓ การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น", [
            ("๒)", "โครงการอบรมให้ความรู้ด้านระเบียบ กฎหมายท้องถิ่นแก่ผู้บริหารและสมาชิกสภาท้องถิ่น", "20,000", ""),
        ]),
    ]),
]


def _k2_table(doc, tasks):
    rows = [["ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ"] + [f"ปี {y}" for y in K2_YEARS] + ["หมายเหตุ"],
            ["", ""] + ["งบประมาณ\n(บาท)"] * 4 + [""]]
    spans = []
    for task, items in tasks:
        first = len(rows)
        for no, title, budget, remark in items:
            cells = [budget or "-"] * 4
            rows.append(["", f"{no} {title}"] + cells + [remark])
        spans.append((first, len(rows) - 1, task))
    t = table(doc, rows, [6.6, 7.4, 2.2, 2.2, 2.2, 2.2, 3.2], header_rows=2, centre_cols=(2, 3, 4, 5, 6),
              fill="E2EFDA")
    for c in (0, 1, 6):
        cell = t.cell(0, c).merge(t.cell(1, c))
        _cell_text(cell, rows[0][c], bold=True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for first, last, task in spans:
        cell = t.cell(first, 0)
        if last > first:
            cell = cell.merge(t.cell(last, 0))
        _cell_text(cell, task)
    size_all(t, 12)
    keep_rows(t)
    return t


def k2():
    doc = tight(new_doc("Norasi", 14, landscape=True, margin=1.5), after=2)
    centre(doc, "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 – 2564)", bold=True, size=18)
    centre(doc, K2_UNIT, bold=True, size=16)
    centre(doc, "อำเภอสามโก้  จังหวัดอ่างทอง", bold=True, size=16)
    _para(doc, "")
    centre(doc, "ส่วนที่ 1", bold=True, size=16)
    centre(doc, "บทนำ", bold=True, size=16)
    sized(doc, "1.  การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กรปกครองส่วนท้องถิ่น", 14, bold=True, before=4)
    body(doc, "การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กรปกครองส่วนท้องถิ่น มีวัตถุประสงค์เพื่อบ่งชี้ความเสี่ยง"
              "ของการทุจริตที่มีอยู่ในองค์กร โดยการประเมินโอกาสของการทุจริตที่อาจเกิดขึ้น ตลอดจนบุคคลหรือหน่วยงาน"
              "ที่อาจเกี่ยวข้องกับการกระทำทุจริต เพื่อพิจารณาว่าการควบคุมและการป้องกันการทุจริตที่มีอยู่ในปัจจุบันมี"
              "ประสิทธิภาพและประสิทธิผลหรือไม่")
    body(doc, "การทุจริตในระดับท้องถิ่น พบว่าปัจจัยที่มีผลต่อการขยายตัวของการทุจริตในระดับท้องถิ่น ได้แก่ การกระจาย"
              "อำนาจลงสู่องค์กรปกครองส่วนท้องถิ่น แม้ว่าโดยหลักการแล้วการกระจายอำนาจมีวัตถุประสงค์สำคัญเพื่อให้บริการ"
              f"ต่าง ๆ ของรัฐสามารถตอบสนองต่อความต้องการของชุมชนได้ดีขึ้น {K2_UNIT}จึงได้จัดทำแผนปฏิบัติการป้องกัน"
              "การทุจริต 4 ปี (พ.ศ. 2561 – 2564) เพื่อขับเคลื่อนการป้องกันการทุจริตในองค์กรให้เป็นรูปธรรม")
    _para(doc, "")
    for ln in (f"{K2_MAYOR[0]}{K2_MAYOR[1]}", f"นายก{K2_UNIT}"):
        p = sized(doc, ln, 15, align=WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.left_indent = Cm(12)
    sized(doc, "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", 15, bold=True, before=6)
    doc.add_page_break()
    centre(doc, "ส่วนที่  ๒", bold=True, size=16)
    lead = body(doc, "โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ 4 ปี (พ.ศ. 2561 – 2564) \nโดยแยกตามมิติ "
                     "๔ มิติ ดังนี้", first=0, bold=True)
    lead.alignment = WD_ALIGN_PARAGRAPH.LEFT
    measures = []
    total = [0, 0, 0, 0]
    count = 0
    for k, (heading, tasks) in enumerate(K2_DIMS):
        sized(doc, heading, 14, bold=True, before=6, after=2)
        _k2_table(doc, tasks)
        for _task, items in tasks:
            for _no, title, budget, _rem in items:
                count += 1
                if budget:
                    total = [x + int(budget.replace(",", "")) for x in total]
                measures.append(M(title, [], None, "2017-10-01", "2021-09-30"))
    sized(doc, f"รวม {count} โครงการ/กิจกรรม/มาตรการ  งบประมาณ ปี ๒๕๖๑ {total[0]:,} บาท  ปี ๒๕๖๒ {total[1]:,} บาท  "
               f"ปี ๒๕๖๓ {total[2]:,} บาท  ปี ๒๕๖๔ {total[3]:,} บาท", 14, bold=True, before=6)
    facts = {
        "notes": f"SOURCES: {URL_2A} (เทศบาลตำบลบ้านเป้า, 'ส่วนที่ ๒' of its four-year anti-corruption plan: the "
                 "mayor's name and post, the heading 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 'ส่วนที่  ๒', "
                 "'โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ 4 ปี (พ.ศ. 2561 – 2564) โดยแยกตามมิติ ๔ มิติ "
                 "ดังนี้', 'มิติที่ 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต', the header 'ภารกิจตามมิติ | โครงการ/กิจกรรม/"
                 "มาตรการ | ปี ๒๕๖๑ ... ปี ๒๕๖๔ | หมายเหตุ' with 'งบประมาณ (บาท)' under each year, the task cell "
                 "'๑.๑ ... 1.1.1 ...' and the items '๑) โครงการความรู้คู่คุณธรรม', '๒) โครงการส่งเสริมคุณธรรมและจริยธรรม"
                 f"ใน...') and {URL_2B} (อบต.ทุ่งท่าช้าง's plan of the same template: 'ส่วนที่ 1 บทนำ 1. การวิเคราะห์"
                 "ความเสี่ยง...'). The unit KIND follows the second source (an อบต.), the table the first; both "
                 "pages use the same national template and MIX Thai and Arabic digits ('ส่วนที่ ๒' but '4 ปี (พ.ศ. "
                 "2561 – 2564)', '๑.๑' but '1.1.1', 'มิติที่ 1.' but '๔ มิติ'), kept as printed. The items after the "
                 "two on the page follow the template's own item names. Landscape, Norasi 12-18. Measures: the "
                 "thirteen numbered items '๑)', '๒)' ... of the โครงการ/กิจกรรม/มาตรการ column (numbering restarts in "
                 "each มิติ); title = the item without its '๑)' number. The ภารกิจตามมิติ cells ('๑.๑ ...', '1.1.1 "
                 "...', '๒.๑ ...'), merged down over their items, and the มิติ headings are group headings of the "
                 "template, not measures ('มิติที่ 1.'-'4.', '๑.๑', '1.1.2' are NOT ITA indicator numbers): "
                 "indicator_no null for every item (the plan names no ITA indicator). Periods: no item has a period "
                 "column; the year columns hold BUDGETS, every item is planned in all four years (an amount in each "
                 "year, or '-' with 'ไม่ใช้งบประมาณ' in หมายเหตุ: carried out without budget, not skipped). The "
                 "lead-in 'ที่ดำเนินการ 4 ปี (พ.ศ. 2561 – 2564)' governs the whole list (as the lead-in period of "
                 "blind16 s4): each item's period is FY 2561-2564 = 2017-10-01..2021-09-30. Owners: NONE printed (the "
                 "template has no owner column): owners [] everywhere. Not scores: the budgets (20,000 ... and the "
                 f"yearly totals {total[0]:,} baht), 'รวม {count} โครงการ', '4 ปี', the years. Scores: none. People: "
                 "the mayor whose name and post stand ABOVE the section heading (as on the source page: the close of "
                 "ส่วนที่ 1, no 'ลงชื่อ' and no role printed: ผู้ลงนาม; rank นาย split off the name).",
        "scores": [],
        "measures": measures,
        "people": [P("ผู้ลงนาม", K2_MAYOR[0], K2_MAYOR[1], f"นายก{K2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": K2_UNIT, "unit_type": "subdistrict_admin", "province": "อ่างทอง", "fiscal_year": 2561,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 – 2564)",
        "notes": f"SOURCES: {URL_2A}; {URL_2B}. Undated four-year plan FY 2561-2564: fiscal_year 2561, its first "
                 "year (as blind17 t1's two-year plan). doc_type measures. Title = the first heading line (the next "
                 "two name the unit, district and province อ่างทอง; อำเภอสามโก้ is real, the อบต.'s name invented).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k30_3

K3_UNIT = "สำนักงานคณะกรรมการสุขภาวะชุมชน"
K3_ABBR = "สขช."


def _bullet(doc, text, level=0, size=13, mark="•"):
    p = sized(doc, f"{mark}  {text}", size)
    p.paragraph_format.left_indent = Cm(1.2 + 1.0 * level)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(3)
    return p


def k3():
    doc = tight(new_doc("Loma", 13, landscape=False, margin=1.8), after=2)
    sized(doc, f"นโยบายป้องกันการทุจริต ผลประโยชน์ทับซ้อน และจริยธรรมคุณธรรมในการดำเนินงาน | {K3_UNIT} "
               "ข้ามไปยังเนื้อหาหลัก", 10, colour="595959", after=8)
    sized(doc, f"{K3_ABBR} No Gift Policy", 20, bold=True, after=6)
    sized(doc, "นโยบายงดรับ-งดให้ของขวัญ “NO GIFT POLICY”", 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
          after=6)
    sized(doc, "1. แนวปฏิบัติขององค์กร", 14, bold=True, before=4, after=3)
    org1 = f"ประกาศนโยบายงดรับ-งดให้ของขวัญ เพื่อให้บุคลากร {K3_ABBR} ทราบ และถือปฏิบัติ"
    org2 = ("จัดทำสื่อและดำเนินการสื่อสารให้หน่วยงาน/องค์กร/ผู้มีส่วนได้เสีย/รับทราบนโยบาย งดรับ-งดให้ของขวัญ "
            "ให้ทุกคนถือปฏิบัติ")
    _bullet(doc, org1)
    _bullet(doc, org2)
    _bullet(doc, "นโยบายการให้หรือรับของขวัญ จะยกเว้นในกรณีดังต่อไปนี้")
    _bullet(doc, "การให้หรือรับของขวัญในช่วงเทศกาลเพื่อสร้างความสัมพันธ์ภาคีเครือข่ายและหน่วยงานภาคี โดยของที่จะให้"
                 "หรือรับต้องเป็นสิ่งของที่สื่อสารอัตลักษณ์องค์กร ขององค์กรผู้ให้และผู้รับ เช่น การ์ด ปฏิทิน สมุดปากกา "
                 "สมุดบันทึก เป็นต้น", level=1, mark="◦")
    _bullet(doc, "การแสดงความยินดีกับภาคีเครือข่ายในโอกาสสำคัญ ให้ใช้การ์ดอวยพร หรือการลงนามในสมุดอวยพร แทนการให้"
                 "ของขวัญหรือกระเช้า", level=1, mark="◦")
    sized(doc, "2. แนวปฏิบัติของผู้บริหารและบุคลากร", 14, bold=True, before=6, after=3)
    _bullet(doc, "ผู้บริหารและบุคลากรทุกระดับ ไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใด จากผู้ที่เกี่ยวข้องกับการปฏิบัติ"
                 "หน้าที่ ทั้งในช่วงเทศกาลและในโอกาสอื่นใด")
    _bullet(doc, "ผู้บริหารและบุคลากรทุกระดับ ไม่ให้ของขวัญแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา "
                 "ในโอกาสต่าง ๆ")
    _bullet(doc, "กรณีจำเป็นต้องรับของขวัญตามประเพณีนิยมที่มีมูลค่าเกิน 3,000 บาท ให้รายงานผู้บังคับบัญชาภายใน 30 วัน "
                 "นับแต่วันที่ได้รับ")
    sized(doc, "3. การกำกับติดตาม", 14, bold=True, before=6, after=3)
    mon = "ติดตามและรายงานผลการดำเนินการตามนโยบายงดรับ-งดให้ของขวัญต่อเลขาธิการ"
    _bullet(doc, f"ให้สำนักบริหารกลาง {mon} ปีละ 2 ครั้ง")
    _para(doc, "")
    sized(doc, f"{K3_UNIT} ({K3_ABBR})  อาคารสุขภาวะ ชั้น 4  ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมืองนนทบุรี "
               "จังหวัดนนทบุรี 11000  โทรศัพท์ 0 2832 9100", 10, colour="595959", before=10)
    measures = [M(org1), M(org2), M(mon, [O(org="สำนักบริหารกลาง")])]
    facts = {
        "notes": f"SOURCE: {URL_3} (a public organisation's page 'สช. No Gift Policy'). Reproduced: the page's "
                 "title bar 'นโยบายป้องกันการทุจริต ผลประโยชน์ทับซ้อน และจริยธรรมคุณธรรมในการดำเนินงาน | <office>' "
                 "with the skip link 'ข้ามไปยังเนื้อหาหลัก', the heading '<abbr> No Gift Policy', 'นโยบายงดรับ-งดให้"
                 "ของขวัญ “NO GIFT POLICY”', '1. แนวปฏิบัติขององค์กร' with its three bullets word for word (the "
                 "organisation's abbreviation replaced) and the first exception sub-bullet; the stored copy stops in "
                 "the second sub-bullet ('การแสดงความยินดีกับภาคีเครือข่า...'), completed here, and sections 2 and 3 "
                 "and the address footer are added in the page's style. Loma 10-20, Arabic digits, no date, no "
                 "signature. Measures judgement: the two ORGANISATIONAL actions of section 1 (announce the policy to "
                 "staff; make media and communicate it to units/organisations/stakeholders) are measures -- things "
                 "the office itself does to carry the policy out, as the 'แนวทางการขับเคลื่อนนโยบาย' activities of "
                 "blind26 d26_4 and the owner- and date-less proposed actions of blind24 a2 -- with owners [] and no "
                 "period; title = the bullet text. The third bullet 'นโยบายการให้หรือรับของขวัญ จะยกเว้นในกรณี"
                 "ดังต่อไปนี้' and its two sub-bullets are EXCEPTIONS to the rule, not actions; section 2's three "
                 "bullets are rules of conduct binding every staff member ('ไม่รับ ...', 'ไม่ให้ ...', 'ให้รายงาน"
                 "ผู้บังคับบัญชาภายใน 30 วัน') -- NOT measures (as the six policy clauses of blind26 d26_4 and the "
                 "pledges of blind16 s1). Section 3 assigns a follow-up task to a named office: one measure, title "
                 "'ติดตามและรายงานผลการดำเนินการตามนโยบายงดรับ-งดให้ของขวัญต่อเลขาธิการ' (without the owner in front "
                 "and the frequency 'ปีละ 2 ครั้ง' behind; a frequency, not a period: start/end null), owner org unit "
                 "'สำนักบริหารกลาง'. indicator_no null for all (No Gift Policy is a policy, not an indicator). Not "
                 "scores: '3,000 บาท', '30 วัน', '2 ครั้ง', the postcode 11000, the phone. Scores: none. People: "
                 "none (no one is named; 'เลขาธิการ' and 'ผู้บังคับบัญชา' are posts without names).",
        "scores": [],
        "measures": measures,
        "people": [],
        "findings": [],
    }
    document = {
        "unit": K3_UNIT, "unit_type": "other", "province": "นนทบุรี", "fiscal_year": None,
        "doc_type": "other",
        "title": "นโยบายงดรับ-งดให้ของขวัญ “NO GIFT POLICY”",
        "notes": f"SOURCE: {URL_3}. A public organisation (องค์การมหาชน-like office under a national committee; "
                 "unit_type other, as the สพป./สพม. of blind15 q1 / blind21 x2). No year is printed anywhere: "
                 "fiscal_year null (a reader guessing one is wrong). doc_type other: a policy page (as blind26 "
                 "d26_4; its three organisational actions make 'measures' arguable). Title = the centred policy "
                 "heading ('สขช. No Gift Policy' above it is the page heading and acceptable; the grey title bar is "
                 "the site's). Province นนทบุรี from the address footer.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ k30_4

K4_UNIT = "โรงพยาบาลวังสามหมอเหนือ"
K4_ROWS = [  # (number, text, EB, file)
    ("322", "ตัวชี้วัดที่ 1 การเปิดเผยข้อมูล", "ตัวชี้วัดที่ 1", ""),
    ("323", "ข้อ MOIT 1 หน่วยงานมีการวางระบบโดยการกำหนดมาตรการเผยแพร่ ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
     "MOIT 1", ""),
    ("324", "1.คำสั่ง/ประกาศ ที่ระบุกรอบแนวทาง", "MOIT 1", ""),
    ("325", "--1.1 มีบันทึกข้อความ ที่ผู้บริหารลงนามในคำสั่ง/ประกาศ และมีการขออนุญาตนำไปเผยแพร่บนเว็บไซต์ของหน่วยงาน",
     "MOIT 1", "link"),
    ("326", "--1.2 มีคำสั่ง/ประกาศ  โดยผู้บริหารสูงสุดของหน่วยงาน", "MOIT 1", "link"),
    ("327", "--1.3 มีกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน  รายละเอียดเนื้อหาในข้อมูลประกอบ"
     "ข้อคำถามข้อ 2. (ข้อ 2.1 ถึงข้อ 2.2)", "MOIT 1", "link"),
    ("328", "--1.4 มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", "MOIT 1", "link"),
    ("329", "2.รายงานผลการกำกับติดตามการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็ปไซต์ของหน่วยงานในปีที่ผ่านมา (ปีงบประมาณ "
     "พ.ศ. 2565)", "MOIT 1", ""),
    ("330", "--2.1 มีบันทึกข้อความลงนามรับทราบ ที่ผู้บริหารลงนามรับทราบรายงานฯ และมีการขออนุญาตนำเผยแพร่บนเว็บไซต์"
     "ของหน่วยงาน", "MOIT 1", "link"),
    ("331", "--2.2 มีรายงานผลการกำกับติดตามการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ในปีงบประมาณ พ.ศ. 2565",
     "MOIT 1", "link"),
    ("332", "ข้อ MOIT 2 หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน", "MOIT 2", ""),
    ("333", "--2.1 ข้อมูลพื้นฐาน (โครงสร้าง ข้อมูลผู้บริหาร อำนาจหน้าที่ ข้อมูลการติดต่อ)", "MOIT 2", "link"),
    ("334", "--2.2 ข่าวประชาสัมพันธ์", "MOIT 2", "link"),
    ("335", "--2.3 แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2566", "MOIT 2", "link"),
    ("336", "--2.4 รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ 6 เดือน", "MOIT 2", "link"),
]
K4_NOTICES = [
    "ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)\n"
    "ประจำปีงบประมาณ พ.ศ. 2566",
    "ประกาศเจตนารมณ์การต่อต้านการทุจริต “กระทรวงสาธารณสุขใสสะอาด ร่วมต้านทุจริต\n"
    "(MOPH Together Against Corruption)” ประจำปีงบประมาณ พ.ศ. 2566",
]


def k4():
    doc = tight(new_doc("Waree", 11, landscape=False, margin=1.6), after=2)
    sized(doc, K4_UNIT, 16, bold=True, colour="1F4E79")
    sized(doc, "อำเภอวังสามหมอ จังหวัดอุดรธานี", 11, colour="1F4E79", after=6)
    sized(doc, "MOPH ITA 2023", 18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    sized(doc, "ประกาศเจตนารมณ์", 13, bold=True, after=2)
    for k, text in enumerate(K4_NOTICES, 1):
        p = sized(doc, f"{k}.\n{text}", 11)
        p.paragraph_format.left_indent = Cm(0.6)
    _para(doc, "")
    rows = [["ลำดับ", "รายการ ITA 2566", "EB", "ไฟล์"]] + [list(r) for r in K4_ROWS]
    t = table(doc, rows, [1.5, 12.0, 2.4, 1.6], centre_cols=(0, 2, 3), fill="D9E1F2")
    for r, row in enumerate(K4_ROWS, 1):
        if row[1].startswith("ตัวชี้วัด") or row[1].startswith("ข้อ MOIT"):
            bold_row(t, r)
    size_all(t, 10)
    facts = {
        "notes": f"SOURCES: {URL_4A} (a community hospital's ITA index 'ลำดับ | รายการ ITA 2566 | EB | ไฟล์': "
                 "running row numbers from 322, 'ตัวชี้วัดที่ 1 การเปิดเผยข้อมูล | ตัวชี้วัดที่ 1', 'ข้อ MOIT 1 "
                 "หน่วยงานมีการวางระบบ...', '1.คำสั่ง/ประกาศ ที่ระบุกรอบแนวทาง', '--1.1 มีบันทึกข้อความ ...' with "
                 f"'link' in the file column, '2.รายงานผลการกำกับติดตาม ... (ปีงบประมาณ พ.ศ. 2565)', '--2.1 ...'), "
                 f"{URL_4B} (the 'ประกาศเจตนารมณ์' list above the table: No Gift Policy and 'กระทรวงสาธารณสุข"
                 f"ใสสะอาด ร่วมต้านทุจริต (MOPH Together Against Corruption)', there for 2567, here 2566) and "
                 f"{URL_4C} (the heading 'MOPH ITA 2023'). Rows 331-336 (the rest of MOIT 1 and the start of MOIT 2) "
                 "follow the MOPH ITA 2566 evidence list in the same style. Waree 10-18, Arabic digits. PRECISION "
                 "TEST -- gold is EMPTY: Scores: none (322-336 are row numbers; 'ตัวชี้วัดที่ 1', 'MOIT 1', 'MOIT 2' "
                 "name the MINISTRY's MOPH ITA criteria, whose numbering is not the NACC's; '2.1 ถึงข้อ 2.2', 'รอบ 6 "
                 "เดือน', the years are not scores). Measures: none -- every row is an evidence REQUIREMENT of the "
                 "assessment ('มีบันทึกข้อความ ...', 'มีคำสั่ง/ประกาศ ...', 'มีแบบฟอร์ม ...') or the name of a "
                 "posted document, with a link; 'ข้อ MOIT 1 หน่วยงานมีการวางระบบโดยการกำหนดมาตรการเผยแพร่...' is a "
                 "criterion's wording, not the hospital's measure; the two 'ประกาศเจตนารมณ์' lines are titles of "
                 "posted declarations, not measures (no action, owner or period is stated on this page). People: "
                 "none. A reader emitting MOIT rows as measures or row numbers as scores scores extras.",
        "scores": [],
        "measures": [],
        "people": [],
        "findings": [],
    }
    document = {
        "unit": K4_UNIT, "unit_type": "hospital", "province": "อุดรธานี", "fiscal_year": 2566,
        "doc_type": "other",
        "title": "MOPH ITA 2023",
        "notes": f"SOURCES: {URL_4A}; {URL_4B}; {URL_4C}. A community hospital's evidence index for the MOPH ITA "
                 "of FY 2566 ('รายการ ITA 2566', 'ประจำปีงบประมาณ พ.ศ. 2566'; 'MOPH ITA 2023' is the same year in "
                 "CE): fiscal_year 2566. doc_type other (an index of evidence links, neither plan nor analysis). "
                 "Title = the page heading 'MOPH ITA 2023'. Province อุดรธานี from the line under the site name "
                 "(อำเภอวังสามหมอ is real, the hospital's name invented).",
    }
    return doc, facts, document


REPORTS = {
    "k30_1_municipal_web_announcement_rank_full_mark_level_meaning_indicator_table_ban_aen_thong": k1,
    "k30_2_sao_four_year_plan_dimension_tables_year_budget_columns_mixed_digits_pho_muang_phan_thong": k2,
    "k30_3_public_org_no_gift_web_page_org_actions_exceptions_staff_rules_sukhawa_chumchon": k3,
    "k30_4_hospital_moph_ita_evidence_index_moit_rows_links_empty_gold_wang_sam_mo_nuea": k4,
}


def main() -> None:
    build_reports(HERE, REPORTS, prepare=_cs_sizes)


if __name__ == "__main__":
    main()
