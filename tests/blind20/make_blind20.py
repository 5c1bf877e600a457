#!/usr/bin/env python3
"""Build the blind-20 reports (tests/blind20/w*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind19/make_blind19.py and
tests/blind17/make_blind17.py (which take them from tests/layouts/write.py, tests/blind7/make_blind7.py and
tests/blind11/make_blind11.py). Units, people and figures are invented.

  w1  สำนักงานสาธารณสุขจังหวัดลำพูน (ลำพูน)        หนังสือภายใน (ที่ ลพ ๐๐๓๓.๐๐๕/ว ...) to all hospitals: the
                                              office's OWN ITA 2568 result as a numbered list '๑) คะแนน
                                              ภาพรวม ... ๒) IIT ... ๓) EIT ... ๔) OIT ...' and a request
                                              that each hospital send its measures by a deadline; NO measures
                                              of its own (precision test); signed 'ปฏิบัติราชการแทน', a
                                              coordinator at the foot; Laksaman 16, Thai digits
  w2  องค์การบริหารส่วนตำบลห้วยยางคำ (กาฬสินธุ์)     plan table whose มาตรการ / กิจกรรม cell holds the measure's
                                              name in BOLD on its first line and its activities as '- ...'
                                              lines in the same cell (one owner, one period per row; some
                                              activities carry their own dates); Loma 13, Arabic digits
  w3  สถานีตำรวจภูธรบ้านนาเหนือ (นครนายก)         analysis report: indicators as rows and TWO columns per year
                                              (คะแนน | ระดับ) for 2567 and 2568 under merged year headers;
                                              then one paragraph of three measures, each line 'มาตรการที่ ๑:
                                              ... ผู้รับผิดชอบ: ...   กำหนดเวลา: ...' (labels on one line,
                                              spaces between); police ranks; Waree 14, Thai digits
  w4  สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสระแก้ว   one-page infographic exported to Word: a big overall
                                              score line, a 2x2 table of coloured boxes 'IIT\\n93.40' (the
                                              fourth box a TARGET, not a score), three '✔ ...' lines as the
                                              measures with owners in brackets; Purisa headings, Sawasdee
                                              body, Arabic digits; no signature

    uv run python tests/blind20/make_blind20.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, body, build_reports, centre, shade, sig_table, table, th,  # noqa: E402
                          tight)

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import _band, bold_row, size_all, sized, weighted  # noqa: E402



def size_cs(t, size):
    """size_all for Thai too: python-docx's font.size sets w:sz only, Thai runs take w:szCs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    size_all(t, size)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    rpr = run._r.get_or_add_rPr()
                    el = rpr.find(qn("w:szCs"))
                    if el is None:
                        el = OxmlElement("w:szCs")
                        rpr.append(el)
                    el.set(qn("w:val"), str(2 * size))


def labelled(doc, label, text, size=None):
    p = _para(doc, "")
    r = p.add_run(label + "  ")
    r.bold = True
    p.add_run(text)
    if size:
        for run in p.runs:
            run.font.size = Pt(size)
    return p


# ------------------------------------------------------------------------------------------ w1

W1_UNIT = "สำนักงานสาธารณสุขจังหวัดลำพูน"
W1_TOOLS = {"IIT": 94.20, "EIT": 86.55, "OIT": 93.75}
W1_GLOSS = {"IIT": "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "EIT": "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
            "OIT": "การเปิดเผยข้อมูลสาธารณะ"}
W1_OV67 = 88.60


def w1():
    doc = tight(new_doc("Laksaman", 16, landscape=False, margin=2.0), after=0)
    i, e, o = W1_TOOLS["IIT"], W1_TOOLS["EIT"], W1_TOOLS["OIT"]
    ov = weighted(i, e, o)
    # head: number left, office and address right (หนังสือภายใน: no Garuda)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], th("ที่ ลพ 0033.005/ว 2417"))
    _cell_text(t.rows[0].cells[1], th(f"{W1_UNIT}\nถนนวังขวา ตำบลในเมือง\nอำเภอเมืองลำพูน ลำพูน 51000"))
    fix_widths(t, [8.5, 8.5])
    p = _para(doc, th("15  ธันวาคม  2568"))
    p.paragraph_format.left_indent = Cm(8.0)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(8)
    labelled(doc, "เรื่อง", th("แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี"
                              "งบประมาณ พ.ศ. 2568 และขอให้จัดส่งมาตรการส่งเสริมคุณธรรมและความโปร่งใส"))
    p = labelled(doc, "เรียน", "ผู้อำนวยการโรงพยาบาลทุกแห่ง")
    p.paragraph_format.space_before = Pt(6)
    p = labelled(doc, "สิ่งที่ส่งมาด้วย", th("แบบรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                                          "ปีงบประมาณ พ.ศ. 2569  จำนวน 1 ชุด"))
    p.paragraph_format.space_before = Pt(6)
    body(doc, th("ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประกาศผลการประเมิน"
                 "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 เมื่อวันที่ "
                 f"28 พฤศจิกายน 2568 นั้น {W1_UNIT} ขอแจ้งผลการประเมินของสำนักงานสาธารณสุขจังหวัดลำพูน ดังนี้"),
         first=2.5).paragraph_format.space_before = Pt(8)
    lines = [f"1) คะแนนภาพรวม {ov:.2f} คะแนน อยู่ในระดับ A (ปีงบประมาณ พ.ศ. 2567 ได้ {W1_OV67:.2f} คะแนน)"]
    lines += [f"{n}) {k} {W1_GLOSS[k]} {v:.2f} คะแนน" for n, (k, v) in enumerate(W1_TOOLS.items(), 2)]
    for ln in lines:
        p = _para(doc, th(ln))
        p.paragraph_format.left_indent = Cm(3.0)
    body(doc, th("ทั้งนี้ กระทรวงสาธารณสุขกำหนดค่าเป้าหมายให้หน่วยงานในสังกัดมีผลการประเมินไม่ต่ำกว่า 92 คะแนน "
                 "ในปีงบประมาณ พ.ศ. 2569 ซึ่งในปีงบประมาณ พ.ศ. 2568 มีโรงพยาบาลในสังกัดผ่านเกณฑ์ 85 คะแนน จำนวน 6 แห่ง "
                 "จากทั้งหมด 8 แห่ง"), first=2.5)
    body(doc, th("ในการนี้ เพื่อให้การยกระดับผลการประเมินของหน่วยงานในสังกัดเป็นไปในทิศทางเดียวกัน จึงขอให้โรงพยาบาล"
                 "ทุกแห่งจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 โดยระบุ "
                 "(1) มาตรการ/กิจกรรม (2) ผู้รับผิดชอบ และ (3) ระยะเวลาดำเนินการ ตามแบบที่ส่งมาด้วย แล้วส่งให้"
                 f"กลุ่มงานกฎหมาย {W1_UNIT} ภายในวันที่ 16 มกราคม 2569 ทางไปรษณีย์อิเล็กทรอนิกส์ "
                 "ita.lamphun@moph.go.th และนำมาตรการดังกล่าวเผยแพร่บนเว็บไซต์ของโรงพยาบาลภายในวันที่ 30 มกราคม 2569"),
         first=2.5)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบและดำเนินการต่อไป", first=2.5)
    for k, ln in enumerate(("ขอแสดงความนับถือ", "", "", "(นายแพทย์ธนกฤต วงศ์ไชย)",
                            "รองนายแพทย์สาธารณสุขจังหวัดลำพูน ปฏิบัติราชการแทน", "นายแพทย์สาธารณสุขจังหวัดลำพูน")):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(7.0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k == 0:
            p.paragraph_format.space_before = Pt(10)
    _para(doc, "")
    for ln in ("กลุ่มงานกฎหมาย", th("โทร. 0 5356 2018 ต่อ 112"),
               "ผู้ประสานงาน  นางสาวปิยธิดา คำมูล  นิติกรชำนาญการ"):
        p = _para(doc, ln)
        for r in p.runs:
            r.font.size = Pt(14)
    scores = [S("overall", ov, 2568, rating="A"), S("overall", W1_OV67, 2567)] + \
             [S("tool", v, 2568, k) for k, v in W1_TOOLS.items()]
    facts = {
        "notes": f"หนังสือภายใน of a provincial health office to all its hospitals, a PRECISION test for measures. "
                 f"Scores: the office's OWN ITA 2568 result in the numbered list '๑) คะแนนภาพรวม {ov:.2f} คะแนน อยู่ใน"
                 f"ระดับ A (ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ {W1_OV67:.2f} คะแนน)' = overall 2568 rating A and overall 2567 "
                 f"(no rating printed); '๒) IIT ... {i:.2f}', '๓) EIT ... {e:.2f}', '๔) OIT ... {o:.2f}' tools 2568 "
                 "(the Thai gloss after the code is the tool's name; 0.3/0.3/0.4 of the tools gives the overall). "
                 "The list markers ๑)-๔) are list numbers, NOT indicator numbers. Not scores: the ministry's target "
                 "'ไม่ต่ำกว่า ๙๒ คะแนน' (FY 2569), the pass mark '๘๕ คะแนน', the counts '๖ แห่ง จากทั้งหมด ๘ แห่ง', "
                 "the document number 'ลพ ๐๐๓๓.๐๐๕/ว ๒๔๑๗', the postcode and phone. Measures: NONE. The letter asks "
                 "EACH HOSPITAL to draw up its own measures and send them to the office's กลุ่มงานกฎหมาย by ๑๖ ม.ค. "
                 "๒๕๖๙ and publish them by ๓๐ ม.ค. ๒๕๖๙: these are instructions to other units (deadlines of a "
                 "submission), not measures of this office; '(๑) มาตรการ/กิจกรรม (๒) ผู้รับผิดชอบ (๓) ระยะเวลา"
                 "ดำเนินการ' names the columns of the form to fill in; the enclosure is a blank form. A reader that "
                 "makes any of these a measure scores extras. People: the signer (no role printed under the "
                 "signature: ผู้ลงนาม; 'นายแพทย์' -> rank นพ.; acting: position = the two lines under the name "
                 "joined with a space, 'ปฏิบัติราชการแทน' kept, as blind17 t4) and the coordinator at the foot "
                 "('ผู้ประสานงาน  นางสาวปิยธิดา คำมูล  นิติกรชำนาญการ': role ผู้ประสานงาน, น.ส., phone from the "
                 "โทร. line above, the section's number, as blind b2). The addressee 'ผู้อำนวยการโรงพยาบาลทุกแห่ง' "
                 "is not a person.",
        "scores": scores,
        "measures": [],
        "people": [P("ผู้ลงนาม", "นพ.", "ธนกฤต วงศ์ไชย",
                     "รองนายแพทย์สาธารณสุขจังหวัดลำพูน ปฏิบัติราชการแทน นายแพทย์สาธารณสุขจังหวัดลำพูน"),
                   P("ผู้ประสานงาน", "น.ส.", "ปิยธิดา คำมูล", "นิติกรชำนาญการ", "053562018 ต่อ 112")],
        "findings": [],
    }
    document = {
        "unit": W1_UNIT, "unit_type": "health_office", "province": "ลำพูน", "fiscal_year": 2568, "doc_type": "other",
        "title": "แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
                 "๒๕๖๘ และขอให้จัดส่งมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        "notes": "Internal letter (หนังสือภายใน: number and sender's address at the top, no Garuda, ขอแสดงความนับถือ) "
                 "dated ๑๕ ธ.ค. ๒๕๖๘ from the provincial health office to its hospitals. The unit is the SENDER "
                 "(its result is reported; the hospitals are addressees). fiscal_year 2568, the result it "
                 "announces (the measures it asks for are FY 2569 but none of its own is listed). doc_type other "
                 "(a covering letter; 'analysis' arguable). Title = the เรื่อง line. Province from the unit's name "
                 "and the address.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ w2

W2_UNIT = "องค์การบริหารส่วนตำบลห้วยยางคำ"
# name (bold), activities, KPI, budget, owner cell, period cell, gold title, owners, ind, start, end
W2_ROWS = [
    ("มาตรการยกระดับการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ 9)",
     ["ตรวจสอบรายการข้อมูล OIT ทั้ง 33 รายการ ทุกเดือน", "ปรับปรุงหน้าเว็บไซต์ให้เข้าถึงข้อมูลได้จากหน้าแรก",
      "รายงานผลต่อคณะผู้บริหาร ภายใน 31 มี.ค. 2569"],
     "เผยแพร่ครบร้อยละ 100", "-", "นางสาวสุดารัตน์ ผิวขำ\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ", "ต.ค. 2568 – มี.ค. 2569",
     "มาตรการยกระดับการเปิดเผยข้อมูลสาธารณะ", [O("น.ส.", "สุดารัตน์ ผิวขำ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 9,
     "2025-10-01", "2026-03-31"),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง",
     ["จัดทำแบบแสดงความไม่มีส่วนได้เสียของคณะกรรมการทุกโครงการ", "สุ่มตรวจเอกสารการจัดซื้อจัดจ้างไตรมาสละ 5 โครงการ"],
     "ไม่พบเรื่องร้องเรียน", "5,000", "งานพัสดุ กองคลัง", "ตลอดปีงบประมาณ 2569",
     "มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง", [O(org="งานพัสดุ กองคลัง")], None,
     "2025-10-01", "2026-09-30"),
    ("มาตรการควบคุมการยืมและการใช้รถยนต์ส่วนกลาง",
     ["ทบทวนคำสั่งและแนวปฏิบัติการขออนุญาตใช้รถยนต์ส่วนกลาง", "จัดทำทะเบียนคุมการยืมพัสดุครุภัณฑ์แบบออนไลน์"],
     "ทะเบียนคุมครบถ้วน 1 ระบบ", "-", "ปลัดองค์การบริหารส่วนตำบล", "ม.ค. – มี.ค. 2569",
     "มาตรการควบคุมการยืมและการใช้รถยนต์ส่วนกลาง", [O(pos="ปลัดองค์การบริหารส่วนตำบล")], None,
     "2026-01-01", "2026-03-31"),
    ("มาตรการเสริมสร้างวัฒนธรรมองค์กร “อบต.ห้วยยางคำ ไม่รับ ไม่ให้”",
     ["ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
      "จัดกิจกรรมรณรงค์วันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2568"],
     "บุคลากรเข้าร่วมร้อยละ 90", "15,000", "สำนักปลัด, กองการศึกษา ศาสนาและวัฒนธรรม", "ไตรมาส 1 – 2",
     "มาตรการเสริมสร้างวัฒนธรรมองค์กร “อบต.ห้วยยางคำ ไม่รับ ไม่ให้”",
     [O(org="สำนักปลัด"), O(org="กองการศึกษา ศาสนาและวัฒนธรรม")], None, "2025-10-01", "2026-03-31"),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริต (ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต)",
     ["เปิดรับเรื่องร้องเรียนผ่าน LINE OA และกล่องรับความคิดเห็นหน้าสำนักงาน",
      "แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการ"],
     "แจ้งผลได้ทุกเรื่อง", "-", "หัวหน้าสำนักปลัด", "เม.ย. – ก.ย. 2569",
     "มาตรการจัดการเรื่องร้องเรียนการทุจริต", [O(pos="หัวหน้าสำนักปลัด")], 5, "2026-04-01", "2026-09-30"),
    ("มาตรการพัฒนาคุณภาพการให้บริการประชาชน",
     ["จัดทำคู่มือขั้นตอนการขออนุญาตก่อสร้างอาคาร", "สำรวจความพึงพอใจผู้รับบริการ ปีละ 2 ครั้ง"],
     "ความพึงพอใจไม่ต่ำกว่าร้อยละ 85", "10,000", "ผู้อำนวยการกองช่าง", "ภายใน 30 มิ.ย. 2569",
     "มาตรการพัฒนาคุณภาพการให้บริการประชาชน", [O(pos="ผู้อำนวยการกองช่าง")], None, None, "2026-06-30"),
]


def w2():
    doc = tight(new_doc("Loma", 14, landscape=True, margin=1.5), after=0)
    centre(doc, "แผนปฏิบัติการป้องกันการทุจริตและยกระดับผลการประเมิน ITA", bold=True, size=17)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. 2569", bold=True, size=16)
    centre(doc, f"{W2_UNIT} อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์", bold=True, size=15)
    _para(doc, "")
    body(doc, f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
              f"ของ{W2_UNIT} ได้ 84.36 คะแนน อยู่ในระดับ B ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน โดยเครื่องมือ EIT ได้ 78.90 "
              "คะแนน ต่ำที่สุด องค์การบริหารส่วนตำบลจึงกำหนดแผนปฏิบัติการฉบับนี้ โดยตั้งเป้าหมายให้ผลการประเมิน "
              "ปี 2569 ไม่ต่ำกว่า 90 คะแนน รายละเอียดดังนี้", first=1.5)
    _para(doc, "")
    rows = [["ที่", "มาตรการ / กิจกรรม", "ตัวชี้วัดความสำเร็จ", "งบประมาณ\n(บาท)", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    rows += [[str(k), "", r[2], r[3], r[4], r[5]] for k, r in enumerate(W2_ROWS, 1)]
    t = table(doc, rows, [0.8, 11.8, 3.6, 2.4, 4.8, 3.3], centre_cols=(0, 3, 5), fill="FCE4D6")
    for k, r in enumerate(W2_ROWS, 1):
        cell = t.rows[k].cells[1]
        cell.text = ""
        p = cell.paragraphs[0]
        p.add_run(r[0]).bold = True
        for act in r[1]:
            q = cell.add_paragraph()
            q.add_run("- " + act)
            q.paragraph_format.left_indent = Cm(0.3)
    size_cs(t, 12)
    keep_rows(t)
    p = _para(doc, "หมายเหตุ  ไตรมาส 1 = ต.ค. – ธ.ค. 2568  ไตรมาส 2 = ม.ค. – มี.ค. 2569  ไตรมาส 3 = เม.ย. – มิ.ย. 2569  "
                   "ไตรมาส 4 = ก.ค. – ก.ย. 2569")
    for r in p.runs:
        r.font.size = Pt(12)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จัดทำแผน", "(นางสาวจันทร์เพ็ญ ศรีภูธร)",
                           "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                          ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติแผน", "(นายบุญเลิศ ทองดี)",
                           f"นายก{W2_UNIT}"]], [12.0, 12.0])
    size_all(sig, 14)
    measures = [M(r[6], r[7], ind=r[8], start=r[9], end=r[10]) for r in W2_ROWS]
    facts = {
        "notes": "Plan table, landscape, Loma 12-14, Arabic digits. Scores: only the opening paragraph, ITA 2568 "
                 "overall 84.36 rating B and the EIT tool 78.90 (2568; 'ต่ำที่สุด' is a comment, no rating for it). "
                 "Not scores: the pass mark '85 คะแนน', the 2569 target 'ไม่ต่ำกว่า 90 คะแนน', the ตัวชี้วัดความสำเร็จ "
                 "targets (ร้อยละ 100/90/85, 1 ระบบ), the budgets (5,000 / 15,000 / 10,000 baht), '33 รายการ', "
                 "'5 โครงการ', '15 วันทำการ', 'ปีละ 2 ครั้ง'. Measures: the six rows, ONE measure per row. The "
                 "มาตรการ / กิจกรรม cell holds the measure's name in BOLD on its first line and its activities as "
                 "'- ...' lines under it in the same cell: the dash lines are steps of that measure (as blind15 s4), "
                 "not measures and not part of the title. Title = the bold first line without a trailing "
                 "'(ตัวชี้วัดที่ n ...)' tag (a reader keeping the tag still matches by prefix); the quoted slogan "
                 "'“อบต.ห้วยยางคำ ไม่รับ ไม่ให้”' is part of row 4's title. indicator_no: row 1 '(ตัวชี้วัดที่ 9)' "
                 "9; row 5 '(ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต)' 5; 'OIT' in an activity of row 1 is a tool "
                 "and No Gift Policy is not an indicator: the others null. Periods from the ระยะเวลา column only "
                 "(FY 2569): 'ต.ค. 2568 – มี.ค. 2569' 2025-10-01..2026-03-31; 'ตลอดปีงบประมาณ 2569' "
                 "2025-10-01..2026-09-30; 'ม.ค. – มี.ค. 2569' 2026-01-01..2026-03-31; 'ไตรมาส 1 – 2' (fiscal "
                 "quarters of FY 2569, as the หมายเหตุ gives) 2025-10-01..2026-03-31; 'เม.ย. – ก.ย. 2569' "
                 "2026-04-01..2026-09-30; 'ภายใน 30 มิ.ย. 2569' a deadline, end 2026-06-30 only. Dates INSIDE the "
                 "activity lines are dates of steps, not of the measure: 'ภายใน 31 มี.ค. 2569' (row 1), "
                 "'9 ธันวาคม 2568' (row 4, anti-corruption day), 'ทุกเดือน', 'ไตรมาสละ', 'ปีละ 2 ครั้ง'. The "
                 "หมายเหตุ quarter key is a legend, not a period. Owners (ผู้รับผิดชอบ column): row 1 name over post "
                 "in one cell = one person (นางสาว -> น.ส.); 'งานพัสดุ กองคลัง' one org unit (section within "
                 "division); 'ปลัดองค์การบริหารส่วนตำบล', 'หัวหน้าสำนักปลัด', 'ผู้อำนวยการกองช่าง' positions; "
                 "'สำนักปลัด, กองการศึกษา ศาสนาและวัฒนธรรม' two org units (the comma separates units; 'ศาสนาและ"
                 "วัฒนธรรม' belongs to the one division's name). People: ผู้จัดทำแผน and ผู้อนุมัติแผน side by "
                 "side (roles after the dots).",
        "scores": [S("overall", 84.36, 2568, rating="B"), S("tool", 78.90, 2568, "EIT")],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "น.ส.", "จันทร์เพ็ญ ศรีภูธร", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติแผน", "นาย", "บุญเลิศ ทองดี", f"นายก{W2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": W2_UNIT, "unit_type": "subdistrict_admin", "province": "กาฬสินธุ์", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": "แผนปฏิบัติการป้องกันการทุจริตและยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569",
        "notes": "Undated FY 2569 action plan of a sub-district administrative organisation built on its ITA 2568 "
                 "result: fiscal_year 2569 (the plan's year). Title = the first two heading lines (the third names "
                 "unit, district and province). Province from the heading (อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ w3

W3_UNIT = "สถานีตำรวจภูธรบ้านนาเหนือ"
W3_IND = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
          "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล",
          "การป้องกันการทุจริต"]
W3_67 = [92.50, 90.10, 91.35, 88.40, 86.75, 84.20, 80.15, 78.60, 72.45, 70.00]
W3_68 = [95.40, 93.25, 94.10, 90.85, 89.60, 87.30, 83.45, 82.10, 80.50, 76.25]


def _tool_of(n):
    return "IIT" if n <= 5 else "EIT" if n <= 8 else "OIT"


def _overall_of(vals):
    iit = sum(vals[0:5]) / 5
    eit = sum(vals[5:8]) / 3
    oit = sum(vals[8:10]) / 2
    return round(0.3 * iit + 0.3 * eit + 0.4 * oit + 1e-9, 2)


W3_MEASURES = [
    ("มาตรการที่ 1: เพิ่มช่องทางแจ้งเบาะแสและร้องเรียนการทุจริตทางออนไลน์ เพื่อยกระดับตัวชี้วัดที่ 10 การป้องกัน"
     "การทุจริต  ผู้รับผิดชอบ: งานป้องกันปราบปราม   กำหนดเวลา: ม.ค. 2569",
     "เพิ่มช่องทางแจ้งเบาะแสและร้องเรียนการทุจริตทางออนไลน์", [O(org="งานป้องกันปราบปราม")], 10,
     "2026-01-01", "2026-01-31"),
    ("มาตรการที่ 2: ประชุมชี้แจงข้าราชการตำรวจเรื่องการให้บริการประชาชนอย่างเท่าเทียมและไม่เรียกรับผลประโยชน์  "
     "ผู้รับผิดชอบ: รองผู้กำกับการป้องกันปราบปราม   กำหนดเวลา: ทุกวันพุธแรกของเดือน",
     "ประชุมชี้แจงข้าราชการตำรวจเรื่องการให้บริการประชาชนอย่างเท่าเทียมและไม่เรียกรับผลประโยชน์",
     [O(pos="รองผู้กำกับการป้องกันปราบปราม")], None, None, None),
    ("มาตรการที่ 3: ปรับปรุงหน้าเว็บไซต์สถานีให้เปิดเผยข้อมูลการจัดซื้อจัดจ้างและงบประมาณครบถ้วน (ตัวชี้วัดที่ 9)  "
     "ผู้รับผิดชอบ: ร.ต.อ.สมคิด ใจซื่อ รองสารวัตรอำนวยการ   กำหนดเวลา: ภายใน 28 ก.พ. 2569",
     "ปรับปรุงหน้าเว็บไซต์สถานีให้เปิดเผยข้อมูลการจัดซื้อจัดจ้างและงบประมาณครบถ้วน",
     [O("ร.ต.อ.", "สมคิด ใจซื่อ", "รองสารวัตรอำนวยการ")], 9, None, "2026-02-28"),
]


def w3():
    doc = tight(new_doc("Waree", 14, landscape=False, margin=2.0), after=2)
    ov67, ov68 = _overall_of(W3_67), _overall_of(W3_68)
    centre(doc, th("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"),
           bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568"), bold=True, size=16)
    centre(doc, f"{W3_UNIT} อำเภอบ้านนา จังหวัดนครนายก", bold=True, size=15)
    _para(doc, th("1. ผลการประเมินรายตัวชี้วัด เปรียบเทียบปีงบประมาณ พ.ศ. 2567 และ 2568"), bold=True)
    rows = [["ตัวชี้วัด", th("ปี 2567"), "", th("ปี 2568"), ""], ["", "คะแนน", "ระดับ", "คะแนน", "ระดับ"]]
    for n, (a, b) in enumerate(zip(W3_67, W3_68), 1):
        rows.append([th(f"{n}. {W3_IND[n - 1]}"), th(f"{a:.2f}"), _band(a), th(f"{b:.2f}"), _band(b)])
    rows.append(["ผลการประเมินภาพรวม", th(f"{ov67:.2f}"), _band(ov67), th(f"{ov68:.2f}"), _band(ov68)])
    t = table(doc, rows, [7.0, 2.5, 1.9, 2.5, 1.9], header_rows=2, centre_cols=(1, 2, 3, 4), fill="DDEBF7")
    a = t.cell(0, 0).merge(t.cell(1, 0))
    _cell_text(a, "ตัวชี้วัด", bold=True)
    for c in (1, 3):
        m = t.cell(0, c).merge(t.cell(0, c + 1))
        _cell_text(m, rows[0][c], bold=True)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    bold_row(t, len(rows) - 1)
    size_all(t, 13)
    keep_rows(t)
    _para(doc, "")
    _para(doc, th("2. สรุปผลการวิเคราะห์"), bold=True)
    body(doc, th(f"ผลการประเมินภาพรวมปี 2568 ได้ {ov68:.2f} คะแนน เพิ่มขึ้นจากปี 2567 จำนวน {ov68 - ov67:.2f} คะแนน "
                 "ทุกตัวชี้วัดมีคะแนนสูงขึ้น แต่ตัวชี้วัดที่ 10 การป้องกันการทุจริต ยังได้คะแนนต่ำที่สุด (76.25 คะแนน) "
                 "รองลงมาคือตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ซึ่งต่ำกว่าค่าเป้าหมายของสำนักงานตำรวจแห่งชาติ (85 คะแนน) "
                 "ทั้งสองตัวชี้วัด สถานีจึงกำหนดมาตรการเพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2569 ดังนี้"),
         first=1.25)
    p = _para(doc, th("\n".join(m[0] for m in W3_MEASURES)))
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(6)
    body(doc, th("ทั้งนี้ ให้งานอำนวยการรวบรวมผลการดำเนินงานตามมาตรการรายงานผู้กำกับการทุกสิ้นไตรมาส"), first=1.25)
    _para(doc, "")
    sig = sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้จัดทำ", "(ด.ต.หญิง วิภาวรรณ ปัญญาดี)",
                           "ผู้บังคับหมู่ (ธุรการ) " + W3_UNIT],
                          ["ลงชื่อ " + DOTS[:22] + " ผู้รับรอง", "(พ.ต.อ.ชาญชัย แสงเพชร)",
                           "ผู้กำกับการ" + W3_UNIT]], [8.5, 8.5])
    size_all(sig, 14)
    scores = []
    for n, (a, b) in enumerate(zip(W3_67, W3_68), 1):
        scores.append(S("indicator", a, 2567, _tool_of(n), n, rating=_band(a)))
        scores.append(S("indicator", b, 2568, _tool_of(n), n, rating=_band(b)))
    scores += [S("overall", ov67, 2567, rating=_band(ov67)), S("overall", ov68, 2568, rating=_band(ov68))]
    measures = [M(m[1], m[2], ind=m[3], start=m[4], end=m[5]) for m in W3_MEASURES]
    facts = {
        "notes": "Analysis report of a police station, Waree 13-14, Thai digits. Score table: indicators as ROWS "
                 "('๑. การปฏิบัติหน้าที่' ... '๑๐. การป้องกันการทุจริต', number from the prefix, tool by NACC "
                 "numbering 1-5 IIT, 6-8 EIT, 9-10 OIT) and TWO columns per year under merged year headers "
                 "('ปี ๒๕๖๗' over 'คะแนน | ระดับ', 'ปี ๒๕๖๘' over 'คะแนน | ระดับ'); the first column is merged down "
                 "over both header rows. Each indicator gives two scores (2567 and 2568) with the rating of the "
                 "ระดับ cell next to its คะแนน cell (the rating belongs to the score on its left, NOT a separate "
                 f"value); the 'ผลการประเมินภาพรวม' row = overall 2567 {ov67:.2f} ({_band(ov67)}) and 2568 "
                 f"{ov68:.2f} ({_band(ov68)}) (0.3/0.3/0.4 of the tool means). No tool totals printed: no tool "
                 "scores. 22 scores. The analysis paragraph repeats indicator 10's 2568 score '(๗๖.๒๕ คะแนน)' and the "
                 f"2568 overall (same scores, counted once); its 'เพิ่มขึ้น ... {ov68 - ov67:.2f} คะแนน' is a "
                 "difference and '(๘๕ คะแนน)' the police's target: not scores. Measures: the three lines "
                 "'มาตรการที่ n: <title>  ผู้รับผิดชอบ: <owner>   กำหนดเวลา: <period>' (one paragraph, line "
                 "breaks between them; labels on the same line separated by spaces). Title = the text after "
                 "'มาตรการที่ n:' up to 'ผู้รับผิดชอบ:', for ๑ without the purpose clause 'เพื่อยกระดับตัวชี้วัดที่ "
                 "๑๐ การป้องกันการทุจริต' and for ๓ without the '(ตัวชี้วัดที่ ๙)' tag (prefix: a reader keeping "
                 "them matches). indicator_no: ๑ 10 (tied by number and name in its purpose clause), ๓ 9, ๒ null. "
                 "Periods after 'กำหนดเวลา:': 'ม.ค. ๒๕๖๙' 2026-01-01..2026-01-31; 'ทุกวันพุธแรกของเดือน' a recurrence, "
                 "no dates; 'ภายใน ๒๘ ก.พ. ๒๕๖๙' end 2026-02-28 only. Owners after 'ผู้รับผิดชอบ:': "
                 "'งานป้องกันปราบปราม' an org unit; 'รองผู้กำกับการป้องกันปราบปราม' a position; 'ร.ต.อ.สมคิด "
                 "ใจซื่อ รองสารวัตรอำนวยการ' one person (police rank ร.ต.อ. glued to the name). The closing sentence "
                 "(งานอำนวยการ reports every quarter-end) is monitoring, not a measure. People: ผู้จัดทำ and ผู้รับรอง "
                 "side by side (roles after the dots); ranks 'ด.ต.หญิง' and 'พ.ต.อ.' as printed; position = the line "
                 "under the name ('ผู้บังคับหมู่ (ธุรการ) สถานีตำรวจภูธรบ้านนาเหนือ').",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้จัดทำ", "ด.ต.หญิง", "วิภาวรรณ ปัญญาดี", f"ผู้บังคับหมู่ (ธุรการ) {W3_UNIT}"),
                   P("ผู้รับรอง", "พ.ต.อ.", "ชาญชัย แสงเพชร", f"ผู้กำกับการ{W3_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": W3_UNIT, "unit_type": "police_station", "province": "นครนายก", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "Undated analysis of the ITA 2568 result (compared with 2567) with three FY 2569 measures: "
                 "fiscal_year 2568 (the result analysed). Title = the first two heading lines (the third names "
                 "unit, district and province). doc_type analysis. Province from the heading.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ w4

W4_UNIT = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสระแก้ว"
W4_TOOLS = {"IIT": 93.40, "EIT": 87.25, "OIT": 91.50}
W4_CHECKS = [
    ("ปรับปรุงช่องทางสื่อสารและตอบคำถามผู้รับบริการผ่าน Facebook Page ภายใน 24 ชั่วโมง (กลุ่มงานบริหารทั่วไป)",
     "ปรับปรุงช่องทางสื่อสารและตอบคำถามผู้รับบริการผ่าน Facebook Page ภายใน 24 ชั่วโมง",
     [O(org="กลุ่มงานบริหารทั่วไป")], None, None, None),
    ("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล "
     "(นางสาวกัญญารัตน์ บุญประเสริฐ เจ้าพนักงานพัสดุชำนาญงาน)",
     "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", [O("น.ส.", "กัญญารัตน์ บุญประเสริฐ",
                                                          "เจ้าพนักงานพัสดุชำนาญงาน")], 9, None, None),
    ("อบรมเจ้าหน้าที่เรื่องการป้องกันผลประโยชน์ทับซ้อน ภายในเดือนมีนาคม 2569 (ผู้อำนวยการกลุ่มงานบริหารทั่วไป)",
     "อบรมเจ้าหน้าที่เรื่องการป้องกันผลประโยชน์ทับซ้อน", [O(pos="ผู้อำนวยการกลุ่มงานบริหารทั่วไป")], None, None,
     "2026-03-31"),
]


def _box(cell, label, value, fill, size_label=18, size_value=30):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(size_label)
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = cell.add_paragraph()
    r = q.add_run(value)
    r.bold = True
    r.font.size = Pt(size_value)
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(cell, fill)


def w4():
    doc = tight(new_doc("Sawasdee", 15, landscape=False, margin=1.8), after=0)
    i, e, o = W4_TOOLS["IIT"], W4_TOOLS["EIT"], W4_TOOLS["OIT"]
    ov = weighted(i, e, o)
    ov67 = 88.45
    for txt, size, colour in (("สรุปผลการประเมิน ITA ประจำปี 2568", 26, "2E7D32"), (W4_UNIT, 17, "404040")):
        p = sized(doc, txt, size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, colour=colour)
        for r in p.runs:
            r.font.name = "Purisa"
    sized(doc, "คะแนนรวม", 18, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, colour="595959")
    p = sized(doc, f"{ov:.2f}", 60, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, colour="2E7D32")
    for r in p.runs:
        r.font.name = "Purisa"
    sized(doc, f"ระดับ A   ▲ {ov - ov67:.2f} คะแนน จากปี 2567   |   อันดับที่ 12 จาก 76 จังหวัด", 16,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=12, colour="404040")
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(t)
    _box(t.cell(0, 0), "IIT", f"{i:.2f}", "1F77B4")
    _box(t.cell(0, 1), "EIT", f"{e:.2f}", "FF7F0E")
    _box(t.cell(1, 0), "OIT", f"{o:.2f}", "2CA02C")
    _box(t.cell(1, 1), "เป้าหมายปี 2569", "≥ 92.00", "7F7F7F")
    fix_widths(t, [7.5, 7.5])
    keep_rows(t)
    p = sized(doc, "มาตรการเร่งด่วน ปีงบประมาณ 2569", 20, bold=True, before=14, after=6, colour="2E7D32")
    for r in p.runs:
        r.font.name = "Purisa"
    for c in W4_CHECKS:
        p = sized(doc, "✔  " + c[0], 16, after=6)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
    sized(doc, "ที่มา: ระบบ ITAS สำนักงาน ป.ป.ช. (ข้อมูล ณ 28 พ.ย. 2568)   |   จัดทำโดย กลุ่มงานบริหารทั่วไป "
               "ทสจ.สระแก้ว", 11, align=WD_ALIGN_PARAGRAPH.CENTER, before=16, colour="7F7F7F")
    measures = [M(c[1], c[2], ind=c[3], start=c[4], end=c[5]) for c in W4_CHECKS]
    facts = {
        "notes": f"One-page infographic exported to Word (Purisa headings, Sawasdee body, Arabic digits). Scores "
                 f"(ITA 2568): the big '{ov:.2f}' under 'คะแนนรวม' = overall 2568, rating A from the line under it; "
                 f"the 2x2 box table: 'IIT / {i:.2f}', 'EIT / {e:.2f}', 'OIT / {o:.2f}' tool scores 2568 (label and "
                 "value are two paragraphs of one cell; 0.3/0.3/0.4 gives the overall). The FOURTH box "
                 "'เป้าหมายปี 2569 / ≥ 92.00' looks like the others but is a TARGET: not a score. Not scores either: "
                 f"'▲ {ov - ov67:.2f} คะแนน จากปี 2567' (a difference; the 2567 overall itself is not printed, so no "
                 "2567 score even though it could be computed), 'อันดับที่ 12 จาก 76 จังหวัด' (a rank), '24 ชั่วโมง', "
                 "the data date. Measures: the three '✔ ...' lines under 'มาตรการเร่งด่วน ปีงบประมาณ 2569', the "
                 "owner in the trailing brackets. Title = the text before the owner bracket, and for ✔3 before its "
                 "deadline clause, for ✔2 before 'ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล' (a reader keeping either "
                 "matches by prefix). 'ภายใน 24 ชั่วโมง' in ✔1 is a service standard, part of the title, not a "
                 "period. indicator_no: ✔2 9; others null. Periods: ✔3 'ภายในเดือนมีนาคม 2569' a deadline, end "
                 "2026-03-31 only; ✔1 and ✔2 none printed (the heading's FY 2569 alone gives no period, as in "
                 "earlier gold). Owners (brackets): 'กลุ่มงานบริหารทั่วไป' an org unit; 'นางสาวกัญญารัตน์ "
                 "บุญประเสริฐ เจ้าพนักงานพัสดุชำนาญงาน' one person (น.ส.); 'ผู้อำนวยการกลุ่มงานบริหารทั่วไป' a "
                 "position. People: none (no signature; 'จัดทำโดย กลุ่มงานบริหารทั่วไป' in the footer is a "
                 "section, not a person).",
        "scores": [S("overall", ov, 2568, rating="A")] + [S("tool", v, 2568, k) for k, v in W4_TOOLS.items()],
        "measures": measures,
        "people": [],
        "findings": [],
    }
    document = {
        "unit": W4_UNIT, "unit_type": "other", "province": "สระแก้ว", "fiscal_year": 2568, "doc_type": "analysis",
        "title": "สรุปผลการประเมิน ITA ประจำปี 2568",
        "notes": "Undated one-page infographic of a provincial office of the Ministry of Natural Resources and "
                 "Environment (ทสจ.), summarising the ITA 2568 result with three urgent FY 2569 measures: "
                 "fiscal_year 2568 (the result summarised). unit_type other (a ministry's provincial office, as "
                 "earlier 'other' gold). doc_type analysis ('other' arguable). Title = the first heading line. "
                 "Province from the unit's name.",
    }
    return doc, facts, document


REPORTS = {
    "w1_health_office_memo_numbered_scores_no_measures_lamphun": w1,
    "w2_plan_bold_measure_dash_activities_one_cell_huai_yang_kham": w2,
    "w3_indicator_rows_score_level_pairs_two_years_police_ban_na_nuea": w3,
    "w4_infographic_tool_boxes_checkmark_measures_sa_kaeo_natural_resources": w4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
