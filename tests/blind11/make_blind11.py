#!/usr/bin/env python3
"""Build the blind-11 reports (tests/blind11/l*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind10/make_blind10.py.
Forms follow Thai official-document conventions (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ: คำสั่ง with
"สั่ง ณ วันที่", บันทึก/รายงาน with signature blocks). Units, people and figures are invented.

  l1  องค์การบริหารส่วนตำบลหนองไผ่ล้อม (ชัยภูมิ)  directive คำสั่ง ที่ ๑๒/๒๕๖๘ appointing the ITA working group:
                                              members in a borderless name/position/role table, numbered
                                              duties with no owner or date; Garuda 16, Thai digits; no measures
  l2  เทศบาลเมืองท่าข้ามทอง (สุราษฎร์ธานี)        comparison table ITA 2567 vs 2568 by indicator with the change,
                                              Thai digits, Norasi 15; then ข้อเสนอแนะ bullets
                                              "— ผู้รับผิดชอบ: ... (ภายใน ...)"; one signature
  l3  โรงพยาบาลโคกกลางพัฒนา (นครราชสีมา)        progress report; table ลำดับ | ประเด็น/มาตรการ | ค่าเป้าหมาย |
                                              ผล (ร้อยละ) | ผู้รับผิดชอบ | หมายเหตุ, merged bold rows
                                              "ตัวชี้วัดที่ ..."; one row holds sub-activities (๑) and (๒);
                                              landscape, Sawasdee 14; two signatures
  l4  สำนักงานสาธารณสุขอำเภอลำทับทอง (กระบี่)    internal-audit memo (บันทึกข้อความ) on OIT items: table
                                              ข้อ | รายการข้อมูล | สถานะ (มี/ไม่มี) | ลิงก์ | ผู้รับผิดชอบ for
                                              O1-O10; only the two missing items get an action with a
                                              deadline in the closing paragraph; Umpush 15, Thai digits

    uv run python tests/blind11/make_blind11.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402


# the gold and docx helpers are blind-10's, the same code
sys.path.insert(0, str(HERE.parent / "blind10"))
from make_blind10 import (DOTS, M, O, P, S, body, build_reports, centre, merge_row, save_reports,  # noqa: E402,F401
                          shade, sig_table, table, th, tight)


# ------------------------------------------------------------------------------------------ l1

L1_UNIT = "องค์การบริหารส่วนตำบลหนองไผ่ล้อม"
L1_MEMBERS = [
    ("นาย", "นายสมพงษ์ ทองประเสริฐ", "สมพงษ์ ทองประเสริฐ", "ปลัดองค์การบริหารส่วนตำบล", "ประธานคณะทำงาน"),
    ("นาง", "นางรัชนี แก้วมณี", "รัชนี แก้วมณี", "รองปลัดองค์การบริหารส่วนตำบล", "รองประธานคณะทำงาน"),
    ("นาย", "นายวีระพล ศรีสุข", "วีระพล ศรีสุข", "ผู้อำนวยการกองคลัง", "คณะทำงาน"),
    ("น.ส.", "นางสาวพิมพ์ชนก บุญมา", "พิมพ์ชนก บุญมา", "ผู้อำนวยการกองช่าง", "คณะทำงาน"),
    ("นาย", "นายธีรวัฒน์ คำแสน", "ธีรวัฒน์ คำแสน", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "คณะทำงาน"),
    ("น.ส.", "นางสาวอรุณี ชัยมงคล", "อรุณี ชัยมงคล", "หัวหน้าสำนักปลัด", "คณะทำงานและเลขานุการ"),
    ("น.ส.", "นางสาวกนกวรรณ พรหมวงศ์", "กนกวรรณ พรหมวงศ์", "นักทรัพยากรบุคคลชำนาญการ",
     "คณะทำงานและผู้ช่วยเลขานุการ"),
]
L1_DUTIES = [
    "ศึกษาหลักเกณฑ์และแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
    "ประจำปีงบประมาณ พ.ศ. 2568 และชี้แจงให้บุคลากรทุกส่วนราชการทราบ",
    "วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 และกำหนดแนวทางการยกระดับผลการประเมิน",
    "รวบรวมและตรวจสอบข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ก่อนนำเผยแพร่บนเว็บไซต์ขององค์การบริหารส่วนตำบล",
    "ประสานและติดตามการตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายในและภายนอกให้ครบตามจำนวนที่กำหนด",
    "ติดตามความก้าวหน้าและรายงานผลการดำเนินงานต่อนายกองค์การบริหารส่วนตำบลหนองไผ่ล้อมเป็นระยะ",
    "ปฏิบัติงานอื่นที่เกี่ยวข้องตามที่ได้รับมอบหมาย",
]


def l1():
    doc = tight(new_doc("Garuda", 14, landscape=False, margin=2.0))
    centre(doc, f"คำสั่ง{L1_UNIT}", bold=True, size=18)
    centre(doc, th("ที่ 12/2568"), bold=True)
    centre(doc, "เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส", bold=True)
    centre(doc, th("ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    centre(doc, "---------------------------------")
    body(doc, th("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้กำหนดให้"
                 "หน่วยงานภาครัฐเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งผลการประเมินของ" + L1_UNIT + " ประจำปีงบประมาณ พ.ศ. 2567 "
                 "ได้คะแนน 82.46 คะแนน อยู่ในระดับ B นั้น"))
    body(doc, th("เพื่อให้การขับเคลื่อนการประเมิน ITA เป็นไปอย่างมีประสิทธิภาพ อาศัยอำนาจตามความในมาตรา 59 "
                 "แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม "
                 "จึงแต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ประกอบด้วย"))
    t = doc.add_table(rows=len(L1_MEMBERS), cols=3)
    _no_borders(t)
    for r, (_, full, _, pos, role) in enumerate(L1_MEMBERS):
        _cell_text(t.rows[r].cells[0], th(f"{r + 1}. {full}"))
        _cell_text(t.rows[r].cells[1], pos)
        _cell_text(t.rows[r].cells[2], role)
    fix_widths(t, [6.9, 5.9, 4.2])
    body(doc, "ให้คณะทำงานมีหน้าที่ ดังนี้", first=1.25)
    for i, d in enumerate(L1_DUTIES, 1):
        body(doc, th(f"{i}. {d}"), first=0, left=1.25)
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    centre(doc, th("สั่ง ณ วันที่ 15 เดือน พฤศจิกายน พ.ศ. 2567"))
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30], "(นายบุญเลิศ ศรีชัยภูมิ)", "นายกองค์การบริหารส่วนตำบลหนองไผ่ล้อม"]],
              [12])
    people = [P(role, rank, name, pos) for rank, _, name, pos, role in L1_MEMBERS]
    people.append(P("ผู้ลงนาม", "นาย", "บุญเลิศ ศรีชัยภูมิ", "นายกองค์การบริหารส่วนตำบลหนองไผ่ล้อม"))
    facts = {
        "notes": "Directive (คำสั่ง) ที่ ๑๒/๒๕๖๘ of 15 พ.ย. 2567 (FY 2568) appointing the ITA working group. "
                 "Only score: ITA 2567 overall 82.46 (B) in the preamble. Measures: none -- the six duties "
                 "(หน้าที่) are numbered items that name no owner and no date; they are the group's terms of "
                 "reference, not measures (a reader that takes them as measures with the whole group or no "
                 "owner scores extras). 'มาตรา ๕๙' and 'พ.ศ. ๒๕๓๗' are the legal basis. People: the seven members "
                 "with their printed roles (ประธานคณะทำงาน, รองประธานคณะทำงาน, คณะทำงาน x3, "
                 "คณะทำงานและเลขานุการ, คณะทำงานและผู้ช่วยเลขานุการ) and positions; นางสาว -> rank น.ส.; the "
                 "signer (no role printed: ผู้ลงนาม).",
        "scores": [S("overall", 82.46, 2567, rating="B")],
        "measures": [],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": L1_UNIT, "unit_type": "subdistrict_admin", "province": None, "fiscal_year": 2568,
        "doc_type": "other",
        "title": th("คำสั่งองค์การบริหารส่วนตำบลหนองไผ่ล้อม ที่ 12/2568 เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน"
                    "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Province: none printed (null). "
                 "doc_type other: a directive, neither plan nor analysis. Title = the three centred heading lines.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ l2

L2_UNIT = "เทศบาลเมืองท่าข้ามทอง"
L2_IND = [
    (1, "IIT", "การปฏิบัติหน้าที่", 88.52, 91.20),
    (2, "IIT", "การใช้งบประมาณ", 80.14, 84.66),
    (3, "IIT", "การใช้อำนาจ", 85.37, 86.05),
    (4, "IIT", "การใช้ทรัพย์สินของราชการ", 82.96, 87.41),
    (5, "IIT", "การแก้ไขปัญหาการทุจริต", 79.40, 83.18),
    (6, "EIT", "คุณภาพการดำเนินงาน", 86.73, 88.94),
    (7, "EIT", "ประสิทธิภาพการสื่อสาร", 81.25, 85.30),
    (8, "EIT", "การปรับปรุงการทำงาน", 83.08, 82.47),
    (9, "OIT", "การเปิดเผยข้อมูล", 72.50, 90.00),
    (10, "OIT", "การป้องกันการทุจริต", 75.00, 87.50),
]


def _overall(k):
    by = {}
    for _, tool, _, a, b in L2_IND:
        by.setdefault(tool, []).append((a, b)[k])
    mean = {t: sum(v) / len(v) for t, v in by.items()}
    return round(0.3 * mean["IIT"] + 0.3 * mean["EIT"] + 0.4 * mean["OIT"], 2)


def _band(v):
    for lim, r in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if v >= lim:
            return r
    return "F"


def l2():
    doc = tight(new_doc("Norasi", 15, landscape=False, margin=2.0))
    o67, o68 = _overall(0), _overall(1)
    centre(doc, "การเปรียบเทียบผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
           bold=True, size=16)
    centre(doc, th(f"{L2_UNIT} อำเภอท่าข้าม จังหวัดสุราษฎร์ธานี"), bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2567 และ พ.ศ. 2568"), bold=True, size=16)
    body(doc, th(f"{L2_UNIT}ได้นำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ที่สำนักงาน ป.ป.ช. แจ้งผลผ่านระบบ "
                 "ITAS มาเปรียบเทียบกับผลการประเมินประจำปีงบประมาณ พ.ศ. 2567 รายตัวชี้วัด ดังนี้"))
    rows = [["ตัวชี้วัด", th("ผลการประเมินปี 2567"), th("ผลการประเมินปี 2568"), "เพิ่มขึ้น / ลดลง"]]
    for n, _, name, a, b in L2_IND:
        d = round(b - a, 2)
        rows.append([th(f"ตัวชี้วัดที่ {n} {name}"), th(f"{a:.2f}"), th(f"{b:.2f}"),
                     th(f"{'+' if d >= 0 else '-'}{abs(d):.2f}")])
    d = round(o68 - o67, 2)
    rows.append(["คะแนนรวม", th(f"{o67:.2f} ({_band(o67)})"), th(f"{o68:.2f} ({_band(o68)})"),
                 th(f"{'+' if d >= 0 else '-'}{abs(d):.2f}")])
    t = table(doc, rows, [7.4, 3.3, 3.3, 3.0], centre_cols=(1, 2, 3))
    for c in t.rows[-1].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    _para(doc, "")
    body(doc, th("จากตารางพบว่า ผลคะแนนรวมเพิ่มขึ้น ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล เพิ่มขึ้นมากที่สุด "
                 "ส่วนตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ลดลงเล็กน้อย"))
    _para(doc, "ข้อเสนอแนะ", bold=True)
    body(doc, th("เพื่อรักษาระดับและยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 เห็นควรดำเนินการ ดังนี้"))
    bullets = [
        ("ทบทวนขั้นตอนการให้บริการและเปิดช่องทางให้ประชาชนเสนอความเห็นต่อการปรับปรุงการทำงานผ่านระบบออนไลน์",
         "กองยุทธศาสตร์และงบประมาณ", "ภายใน 31 ธันวาคม 2568"),
        ("ตรวจสอบความครบถ้วนของข้อมูลสาธารณะบนเว็บไซต์เทศบาลทุกไตรมาสและแก้ไขรายการที่ไม่เป็นปัจจุบัน",
         "นางสาวสุนิสา แก้วประดิษฐ์ นักวิชาการคอมพิวเตอร์ชำนาญการ", "ภายในเดือนพฤศจิกายน 2568"),
        ("จัดอบรมบุคลากรเรื่องการใช้ทรัพย์สินของราชการและการป้องกันผลประโยชน์ทับซ้อน",
         "หัวหน้าสำนักปลัดเทศบาล", "ภายใน 31 มีนาคม 2569"),
    ]
    for title, owner, when in bullets:
        body(doc, th(f"• {title} — ผู้รับผิดชอบ: {owner} ({when})"), first=0, left=1.0)
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30] + " ผู้รายงาน", "(นายอดิศร เพชรรัตน์)",
                     "ปลัดเทศบาลเมืองท่าข้ามทอง", th("30 กันยายน 2568")]], [10])
    scores = []
    for n, tool, _, a, b in L2_IND:
        scores.append(S("indicator", a, 2567, tool=tool, ind=n))
        scores.append(S("indicator", b, 2568, tool=tool, ind=n))
    scores += [S("overall", o67, 2567, rating=_band(o67)), S("overall", o68, 2568, rating=_band(o68))]
    measures = [
        M(bullets[0][0], [O(org="กองยุทธศาสตร์และงบประมาณ")], end="2025-12-31"),
        M(bullets[1][0], [O("น.ส.", "สุนิสา แก้วประดิษฐ์", "นักวิชาการคอมพิวเตอร์ชำนาญการ")], end="2025-11-30"),
        M(bullets[2][0], [O(pos="หัวหน้าสำนักปลัดเทศบาล")], end="2026-03-31"),
    ]
    facts = {
        "notes": f"Scores: the table's ten indicators for 2567 and for 2568 (tool by the NACC's indicator numbering: "
                 f"1-5 IIT, 6-8 EIT, 9-10 OIT) and the คะแนนรวม row, overall {o67} ({_band(o67)}) for 2567 and "
                 f"{o68} ({_band(o68)}) for 2568 (0.3/0.3/0.4 of the tool means; no tool totals are printed). "
                 "The เพิ่มขึ้น / ลดลง column holds differences (+/-), not scores. Measures: the three ข้อเสนอแนะ "
                 "bullets; title = text before '— ผู้รับผิดชอบ:'; no indicator named: indicator_no null. Deadlines "
                 "end only: 'ภายใน ๓๑ ธันวาคม ๒๕๖๘' 2025-12-31, 'ภายในเดือนพฤศจิกายน ๒๕๖๘' 2025-11-30, "
                 "'ภายใน ๓๑ มีนาคม ๒๕๖๙' 2026-03-31. Owners: an org unit; a person (น.ส. / name / position); a "
                 "position. People: the reporting clerk (ผู้รายงาน). 'ปีงบประมาณ พ.ศ. ๒๕๖๙' is the target year.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้รายงาน", "นาย", "อดิศร เพชรรัตน์", "ปลัดเทศบาลเมืองท่าข้ามทอง")],
        "findings": [],
    }
    document = {
        "unit": L2_UNIT, "unit_type": "municipality", "province": "สุราษฎร์ธานี", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("การเปรียบเทียบผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                    f"{L2_UNIT} อำเภอท่าข้าม จังหวัดสุราษฎร์ธานี ประจำปีงบประมาณ พ.ศ. 2567 และ พ.ศ. 2568"),
        "notes": "Signed 30 ก.ย. 2568 (last day of FY 2568); it compares the 2567 and 2568 results, so the "
                 "document's fiscal year is the latest result's, 2568 (its recommendations run into FY 2569). "
                 "doc_type analysis (a score comparison with recommendations).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ l3

L3_UNIT = "โรงพยาบาลโคกกลางพัฒนา"


def l3():
    doc = tight(new_doc("Sawasdee", 14, landscape=True, margin=1.8))
    centre(doc, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=16)
    centre(doc, th(f"{L3_UNIT} ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน ตุลาคม 2567 - มีนาคม 2568)"),
           bold=True, size=16)
    body(doc, th(f"ตามที่{L3_UNIT}ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 88.34 คะแนน "
                 "ระดับ A และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ "
                 "พ.ศ. 2568 ไว้แล้ว บัดนี้ ขอรายงานผลการดำเนินงานรอบ 6 เดือน ดังนี้"))
    header = ["ลำดับ", "ประเด็น/มาตรการ", "ค่าเป้าหมาย", "ผล (ร้อยละ)", "ผู้รับผิดชอบ", "หมายเหตุ"]
    groups = [
        ("ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต", [
            ("1", "ประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ให้บุคลากรทุกคนทราบ", "1 ครั้ง", "100",
             "ผู้อำนวยการโรงพยาบาลโคกกลางพัฒนา", "ดำเนินการแล้ว"),
            ("2", "กิจกรรมส่งเสริมคุณธรรมของบุคลากร\n(1) อบรมให้ความรู้เรื่องประมวลจริยธรรมแก่บุคลากรบรรจุใหม่\n"
                  "(2) คัดเลือกหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส", "(1) ร้อยละ 100\n(2) 1 หน่วยงาน",
             "(1) 85.00\n(2) 0.00", "กลุ่มงานบริหารทั่วไป", "(2) กำหนดจัดในรอบ 12 เดือน"),
        ]),
        ("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", [
            ("3", "ประชาสัมพันธ์ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตผ่านเว็บไซต์และไลน์ OA ของโรงพยาบาล",
             "4 ครั้ง", "50.00", "งานประชาสัมพันธ์", "อยู่ระหว่างดำเนินการ"),
        ]),
        ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", [
            ("4", "ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลตามเกณฑ์ OIT ให้ครบถ้วนและเป็นปัจจุบัน",
             "ร้อยละ 100", "90.00", "นายณัฐพล สุขประเสริฐ\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ", "-"),
            ("5", "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) บนเว็บไซต์", "12 ครั้ง", "50.00",
             "งานพัสดุ", "เผยแพร่แล้ว 6 เดือน"),
        ]),
        ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
            ("6", "จัดทำแผนปฏิบัติการป้องกันการทุจริตของโรงพยาบาล", "1 ฉบับ", "100",
             "หัวหน้ากลุ่มงานบริหารทั่วไป", "ดำเนินการแล้ว"),
            ("7", "ประเมินความเสี่ยงการทุจริตและกำหนดมาตรการควบคุมความเสี่ยง", "1 ครั้ง", "100",
             "กลุ่มงานพัฒนาคุณภาพบริการ", "ดำเนินการแล้ว"),
        ]),
    ]
    rows = [header]
    merged = []
    for g, items in groups:
        merged.append(len(rows))
        rows.append([g] + [""] * 5)
        for it in items:
            rows.append([th(x) for x in it])
    t = table(doc, rows, [1.5, 10.0, 3.2, 2.6, 5.2, 3.6], centre_cols=(0, 2, 3))
    for r, (g, _) in zip(merged, groups):
        merge_row(t, r, th(g), bold=True)
    keep_rows(t)
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30] + " ผู้รายงาน", "(นางสาววราภรณ์ ศรีบุญเรือง)",
                     "นักจัดการงานทั่วไปชำนาญการ"],
                    ["(ลงชื่อ) " + DOTS[:30] + " ผู้รับรองข้อมูล", "(นายแพทย์ชยพล อินทรสุวรรณ)",
                     "ผู้อำนวยการโรงพยาบาลโคกกลางพัฒนา"]], [12, 12])
    measures = [
        M("ประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ให้บุคลากรทุกคนทราบ",
          [O(pos="ผู้อำนวยการโรงพยาบาลโคกกลางพัฒนา")], ind=5),
        M("อบรมให้ความรู้เรื่องประมวลจริยธรรมแก่บุคลากรบรรจุใหม่", [O(org="กลุ่มงานบริหารทั่วไป")], ind=5),
        M("คัดเลือกหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส", [O(org="กลุ่มงานบริหารทั่วไป")], ind=5),
        M("ประชาสัมพันธ์ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตผ่านเว็บไซต์และไลน์ OA ของโรงพยาบาล",
          [O(org="งานประชาสัมพันธ์")], ind=7),
        M("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลตามเกณฑ์ OIT ให้ครบถ้วนและเป็นปัจจุบัน",
          [O("นาย", "ณัฐพล สุขประเสริฐ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], ind=9),
        M("เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) บนเว็บไซต์", [O(org="งานพัสดุ")], ind=9),
        M("จัดทำแผนปฏิบัติการป้องกันการทุจริตของโรงพยาบาล", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], ind=10),
        M("ประเมินความเสี่ยงการทุจริตและกำหนดมาตรการควบคุมความเสี่ยง", [O(org="กลุ่มงานพัฒนาคุณภาพบริการ")],
          ind=10),
    ]
    facts = {
        "notes": "Only score: ITA 2567 overall 88.34 (A) in the opening paragraph. The ผล (ร้อยละ) column (100, 85.00, "
                 "0.00, 50.00, 90.00) is progress, not ITA scores; targets (1 ครั้ง, ร้อยละ 100, 12 ครั้ง ...) are "
                 "not scores. Measures: the table rows under the merged bold 'ตัวชี้วัดที่ n' rows, indicator_no "
                 "from the group; row 2 'กิจกรรมส่งเสริมคุณธรรมของบุคลากร' holds two numbered sub-activities (๑) and "
                 "(๒), recorded as two measures titled by the sub-activity text (the umbrella line is a heading, "
                 "not a measure), each with the row's owner. No period is printed for any measure (the report's "
                 "'รอบ ๖ เดือน ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘' is the reporting period, not the measures'): start and end "
                 "null. Owners: 'ผู้อำนวยการโรงพยาบาลโคกกลางพัฒนา' and 'หัวหน้ากลุ่มงานบริหารทั่วไป' positions; "
                 "name over position in one cell = one owner; the rest org units (row 2's owner counted once per "
                 "sub-activity). People: ผู้รายงาน and ผู้รับรองข้อมูล ('นายแพทย์' -> rank นพ.).",
        "scores": [S("overall", 88.34, 2567, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "วราภรณ์ ศรีบุญเรือง", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้รับรองข้อมูล", "นพ.", "ชยพล อินทรสุวรรณ", "ผู้อำนวยการโรงพยาบาลโคกกลางพัฒนา")],
        "findings": [],
    }
    document = {
        "unit": L3_UNIT, "unit_type": "hospital", "province": None, "fiscal_year": 2568,
        "doc_type": "kpi_report",
        "title": th("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                    f"{L3_UNIT} ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน ตุลาคม 2567 - มีนาคม 2568)"),
        "notes": "Six-month progress report of FY 2568 measures. No province is printed (null). doc_type kpi_report "
                 "(progress against targets; 'measures' is an acceptable alternative).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ l4

L4_UNIT = "สำนักงานสาธารณสุขอำเภอลำทับทอง"
L4_ITEMS = [
    ("O1", "โครงสร้าง", True, "งานบริหารทั่วไป"),
    ("O2", "ข้อมูลผู้บริหาร", True, "งานบริหารทั่วไป"),
    ("O3", "อำนาจหน้าที่", True, "งานบริหารทั่วไป"),
    ("O4", "ข้อมูลการติดต่อ", True, "งานบริหารทั่วไป"),
    ("O5", "ข่าวประชาสัมพันธ์", True, "งานประชาสัมพันธ์"),
    ("O6", "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี", True, "งานแผนงานและสารสนเทศ"),
    ("O7", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน", False,
     "งานแผนงานและสารสนเทศ"),
    ("O8", "รายงานผลการดำเนินงานประจำปี", True, "งานแผนงานและสารสนเทศ"),
    ("O9", "คู่มือหรือมาตรฐานการปฏิบัติงาน", False, "งานบริหารทั่วไป"),
    ("O10", "คู่มือหรือมาตรฐานการให้บริการ", True, "งานส่งเสริมสุขภาพ"),
]


def l4():
    doc = tight(new_doc("Umpush", 14, landscape=False, margin=2.0))
    centre(doc, "บันทึกข้อความ", bold=True, size=20)
    _para(doc, th(f"ส่วนราชการ  หน่วยตรวจสอบภายใน {L4_UNIT} อำเภอลำทับ จังหวัดกระบี่  โทร. 0 7569 1234"))
    _para(doc, th("ที่  กบ 0233.01/147                    วันที่  20 มกราคม 2568"))
    _para(doc, th("เรื่อง  บันทึกผลการตรวจสอบภายใน การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568"))
    _para(doc, "เรียน  สาธารณสุขอำเภอลำทับทอง")
    body(doc, th("ตามที่หน่วยตรวจสอบภายในได้รับมอบหมายให้ตรวจสอบการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน "
                 "ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ข้อ O1 - O10 "
                 "ระหว่างวันที่ 13 - 17 มกราคม 2568 บัดนี้ การตรวจสอบเสร็จสิ้นแล้ว ผลการตรวจสอบปรากฏดังนี้"))
    rows = [["ข้อ", "รายการข้อมูล", "สถานะ\n(มี/ไม่มี)", "ลิงก์", "ผู้รับผิดชอบ"]]
    for code, name, ok, owner in L4_ITEMS:
        link = f"lamthapthong.go.th/ita/{code.lower()}" if ok else "-"
        rows.append([code, th(name), "มี" if ok else "ไม่มี", link, owner])
    t = table(doc, rows, [1.5, 4.9, 2.0, 5.1, 3.5], centre_cols=(0, 2))
    keep_rows(t)
    _para(doc, "")
    body(doc, th("จากการตรวจสอบพบว่า ข้อมูลครบถ้วน 8 รายการ และยังไม่มีการเผยแพร่ 2 รายการ ได้แก่ ข้อ O7 และ O9 "
                 "จึงเห็นควรให้งานแผนงานและสารสนเทศจัดทำและเผยแพร่รายงานการกำกับติดตามการดำเนินงานและการใช้จ่าย"
                 "งบประมาณ ประจำปี รอบ 6 เดือน (O7) ภายในวันที่ 15 เมษายน 2568 และให้งานบริหารทั่วไปจัดทำคู่มือ"
                 "การปฏิบัติงานของหน่วยงานและเผยแพร่บนเว็บไซต์ (O9) ภายในวันที่ 28 กุมภาพันธ์ 2568"))
    body(doc, "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ")
    _para(doc, "")
    sig_table(doc, [["(ลงชื่อ) " + DOTS[:30] + " ผู้ตรวจสอบ", "(นางสุภาวดี ราชสีห์)",
                     "นักวิชาการสาธารณสุขชำนาญการ"]], [14])
    measures = [
        M("จัดทำและเผยแพร่รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน",
          [O(org="งานแผนงานและสารสนเทศ")], ind=9, end="2025-04-15"),
        M("จัดทำคู่มือการปฏิบัติงานของหน่วยงานและเผยแพร่บนเว็บไซต์", [O(org="งานบริหารทั่วไป")], ind=9,
          end="2025-02-28"),
    ]
    facts = {
        "notes": "Internal-audit note (บันทึกข้อความ) of 20 ม.ค. 2568 (FY 2568) on OIT items O1-O10 of indicator 9. "
                 "No scores (O codes are items, not question scores; 8/2 are counts). Measures: only the two "
                 "actions in the closing paragraph for the missing items O7 and O9 -- the table's eight 'มี' rows "
                 "and its two 'ไม่มี' rows are audit status, not measures (their ผู้รับผิดชอบ column names who keeps "
                 "each item). Title = the action without the trailing '(O7)'/'(O9)'; indicator_no 9 (the intro names "
                 "ตัวชี้วัดที่ ๙ for O1-O10). Deadlines end only: 'ภายในวันที่ ๑๕ เมษายน ๒๕๖๘' 2025-04-15, "
                 "'ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๘' 2025-02-28. Owners: the org units named in the paragraph (the "
                 "same as the table's owner cells). '๑๓ - ๑๗ มกราคม ๒๕๖๘' is the audit period, not a measure's. "
                 "People: the auditor who signs (ผู้ตรวจสอบ); the โทร. in the ส่วนราชการ line is the office's, "
                 "not a person's.",
        "scores": [],
        "measures": measures,
        "people": [P("ผู้ตรวจสอบ", "นาง", "สุภาวดี ราชสีห์", "นักวิชาการสาธารณสุขชำนาญการ")],
        "findings": [],
    }
    document = {
        "unit": L4_UNIT, "unit_type": "health_office", "province": "กระบี่", "fiscal_year": 2568,
        "doc_type": "other",
        "title": th("บันทึกผลการตรวจสอบภายใน การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Title = the เรื่อง line. Province from the ส่วนราชการ line (อำเภอลำทับ จังหวัดกระบี่). doc_type "
                 "other (an audit memo; 'measures' would be arguable for its two actions).",
    }
    return doc, facts, document


REPORTS = {
    "l1_directive_ita_working_group_nong_phai_lom": l1,
    "l2_comparison_2567_2568_tha_kham_thong": l2,
    "l3_progress_measures_khok_klang_phatthana_hospital": l3,
    "l4_audit_note_oit_lam_thap_thong_health_office": l4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
