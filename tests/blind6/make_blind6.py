#!/usr/bin/env python3
"""Build the blind-6 reports (tests/blind6/g*.docx + .pdf) and their hand-made gold.

Written from the wording of real units' ITA pages (search tool, "pages" corpus), never from
the readers' output:
  - bpn.go.th/data_3976 (เทศบาลตำบลบ้านเป้า): a 4-year anti-corruption plan "โครงการ/กิจกรรม/มาตรการ
    และจำนวนงบประมาณที่ดำเนินการ 4 ปี", grouped by "มิติที่ 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    columns "ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี ๒๕๖๑ ... ปี ๒๕๖๔ (งบประมาณ (บาท) under each) |
    หมายเหตุ", tasks "๑.๑ การสร้างจิตสำนึก..." over numbered projects "๑) โครงการความรู้คู่คุณธรรม";
  - sasukklonghoykhong.com (สสอ.คลองหอยโข่ง): "แผนปฏิบัติการส่งเสริมคุณธรรมของชมรมจริยธรรมของหน่วยงาน",
    "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรมจริยธรรม รอบ 6 เดือน";
  - sasukmp2559.com MOIT 13 and 61.19.34.18 eb12: "รายงานสรุปผลการกำกับติดตามมาตรการการป้องกันการรับสินบน",
    "มาตรการป้องกันการรับสินบนในกระบวนการจัดซื้อจัดจ้าง", "...ประเด็นการเงินบริจาค และทรัพย์สินบริจาค",
    "มาตรการการจัดสวัสดิการภายในของสถานพยาบาล".
Units, people and figures are invented.

  g1  เทศบาลตำบลวังทอง (พิษณุโลก)          4-year plan by มิติ, year columns with งบประมาณ (บาท) under them
  g2  โรงพยาบาลหนองบุญมาก (นครราชสีมา)      ethics-club action plan, strategy rows, side-by-side signatures
  g3  สำนักงานสาธารณสุขอำเภอบางระกำ         6-month progress report, ☑/☐ status column, ปฏิบัติราชการแทน
  g4  โรงพยาบาลบางกระทุ่ม (พิษณุโลก)        bribery-measures monitoring summary, no owner/period column

    uv run python tests/blind6/make_blind6.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para, _set_font, convert_to_pdf  # noqa: E402

GOLD = HERE / "gold"


def O(rank=None, name=None, pos=None, org=None):
    return {"rank": rank, "person_name": name, "position": pos, "org_unit": org}


def M(title, owners=(), ind=None, start=None, end=None):
    return {"indicator_no": ind, "title": title, "start_date": start, "end_date": end, "owners": list(owners)}


def P(role, rank, name, pos):
    return {"role": role, "rank": rank, "person_name": name, "position": pos, "phone": None}


def new_doc(font: str, landscape: bool):
    doc = Document()
    _set_font(doc, font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    return doc


def table(doc, rows, widths=None, merge_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, bold=r == 0)
    for r in merge_rows:
        cells = t.rows[r].cells
        text = rows[r][0]
        m = cells[0].merge(cells[-1])
        _cell_text(m, text, bold=True)
    if widths:
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Cm(w)
    return t


def signatures_side_by_side(doc, left: list[str], right: list[str]):
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _cell_text(t.rows[0].cells[0], "\n".join(left))
    _cell_text(t.rows[0].cells[1], "\n".join(right))
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------------------------------------ g1

def g1():
    doc = new_doc("Sawasdee", landscape=True)
    _para(doc, "แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๙)", bold=True, center=True)
    _para(doc, "เทศบาลตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก", center=True)
    _para(doc, "ส่วนที่ ๒")
    _para(doc, "โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ ๔ ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๙) โดยแยกตามมิติ ๔ มิติ ดังนี้")
    head = ["ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "ปี ๒๕๖๖", "ปี ๒๕๖๗", "ปี ๒๕๖๘", "ปี ๒๕๖๙", "หมายเหตุ"]
    sub = ["", "", "งบประมาณ (บาท)", "งบประมาณ (บาท)", "งบประมาณ (บาท)", "งบประมาณ (บาท)", ""]
    rows = [head, sub,
            ["มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต"] * 7,
            ["๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งฝ่ายการเมืองและฝ่ายประจำ",
             "๑) โครงการความรู้คู่คุณธรรม", "๒๐,๐๐๐", "๒๐,๐๐๐", "๒๐,๐๐๐", "๒๐,๐๐๐", ""],
            ["", "๒) โครงการส่งเสริมคุณธรรมและจริยธรรมในการป้องกันการทุจริต", "๑๕,๐๐๐", "๑๕,๐๐๐", "-", "๑๕,๐๐๐", ""],
            ["๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น",
             "๓) กิจกรรมปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน", "๕,๐๐๐", "๕,๐๐๐", "๕,๐๐๐", "๕,๐๐๐", ""],
            ["มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต"] * 7,
            ["๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร",
             "๑) กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร", "-", "-", "-", "-", "ไม่ใช้งบประมาณ"],
            ["๒.๒ มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ",
             "๒) มาตรการออกคำสั่งมอบหมายของนายกเทศมนตรี ปลัดเทศบาล และหัวหน้าส่วนราชการ", "-", "-", "-", "-",
             "ไม่ใช้งบประมาณ"],
            ["", "๓) กิจกรรมการจัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง", "-", "๑๐,๐๐๐", "-", "-", ""],
            ["มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"] * 7,
            ["๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน",
             "๑) โครงการปรับปรุงศูนย์ข้อมูลข่าวสารของเทศบาล", "๓๐,๐๐๐", "-", "-", "๓๐,๐๐๐", ""],
            ["", "๒) กิจกรรมการเผยแพร่ข้อมูลข่าวสารด้านการเงิน การคลัง พัสดุ และทรัพย์สินของเทศบาล", "-", "-",
             "-", "-", "ไม่ใช้งบประมาณ"],
            ["รวม", "", "๗๐,๐๐๐", "๕๐,๐๐๐", "๒๕,๐๐๐", "๗๐,๐๐๐", ""]]
    table(doc, rows, widths=[6.5, 8.0, 2.1, 2.1, 2.1, 2.1, 3.0], merge_rows=(2, 6, 10))
    _para(doc, "")
    for ln in ("(ลงชื่อ)", "(นายสุเมธ แก้วประเสริฐ)", "นายกเทศมนตรีตำบลวังทอง"):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(14)
    gold_measures = [
        M("โครงการความรู้คู่คุณธรรม"),
        M("โครงการส่งเสริมคุณธรรมและจริยธรรมในการป้องกันการทุจริต"),
        M("กิจกรรมปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน"),
        M("กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร"),
        M("มาตรการออกคำสั่งมอบหมายของนายกเทศมนตรี ปลัดเทศบาล และหัวหน้าส่วนราชการ"),
        M("กิจกรรมการจัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง"),
        M("โครงการปรับปรุงศูนย์ข้อมูลข่าวสารของเทศบาล"),
        M("กิจกรรมการเผยแพร่ข้อมูลข่าวสารด้านการเงิน การคลัง พัสดุ และทรัพย์สินของเทศบาล"),
    ]
    people = [P("ผู้ลงนาม", "นาย", "สุเมธ แก้วประเสริฐ", "นายกเทศมนตรีตำบลวังทอง")]
    document = {"unit": "เทศบาลตำบลวังทอง", "unit_type": "municipality", "province": "พิษณุโลก",
                "fiscal_year": 2566, "doc_type": "measures",
                "title": "แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๙)",
                "notes": "A 4-year plan: its fiscal year is the first year it covers (2566)."}
    notes = ("Each numbered project under a ภารกิจ is a measure (the ภารกิจ cell is a task heading, merged down). "
             "มิติ rows and the รวม row are not measures. No indicator is tied; no owner or period column. "
             "People: the mayor who signs (no signing role printed: ผู้ลงนาม).")
    return doc, {"notes": notes, "scores": [], "measures": gold_measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ g2

def g2():
    doc = new_doc("Garuda", landscape=True)
    _para(doc, "แผนปฏิบัติการส่งเสริมคุณธรรมของชมรมจริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True)
    _para(doc, "โรงพยาบาลในสังกัดสำนักงานปลัดกระทรวงสาธารณสุข", center=True)
    _para(doc, "หน่วยงาน โรงพยาบาลหนองบุญมาก อำเภอหนองบุญมาก จังหวัดนครราชสีมา", center=True)
    head = ["ลำดับ", "โครงการ/กิจกรรม", "วัตถุประสงค์", "กลุ่มเป้าหมาย", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ"]
    rows = [head,
            ["ยุทธศาสตร์ที่ ๑ ปลูกฝังคุณธรรมตามหลักพอเพียง วินัย สุจริต จิตอาสา"] * 7,
            ["๑", "กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริตของบุคลากร", "เพื่อแสดงเจตนารมณ์ต่อต้านการทุจริต",
             "ผู้บริหาร และบุคลากรทุกคน จำนวน ๑๘๕ คน", "ต.ค. – ธ.ค. ๒๕๖๖", "-", "ชมรมจริยธรรม"],
            ["๒", "โครงการจิตอาสาพัฒนาโรงพยาบาล", "เพื่อปลูกฝังจิตอาสาและการทำความดี",
             "บุคลากร ๑๐๐ คน", "มี.ค. ๒๕๖๗", "๑๒,๐๐๐", "กลุ่มงานบริหารทั่วไป"],
            ["ยุทธศาสตร์ที่ ๒ สร้างวัฒนธรรมองค์กรสุจริต"] * 7,
            ["๓", "กิจกรรม No Gift Policy งดให้ งดรับของขวัญในเทศกาลปีใหม่", "เพื่อสร้างวัฒนธรรมไม่รับของขวัญ",
             "บุคลากรทุกคน", "ธ.ค. ๒๕๖๖ – ม.ค. ๒๕๖๗", "-", "ชมรมจริยธรรม / กลุ่มงานทรัพยากรบุคคล"],
            ["๔", "อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่พัสดุ", "เพื่อป้องกันผลประโยชน์ทับซ้อน",
             "เจ้าหน้าที่พัสดุ จำนวน ๑๒ คน", "พ.ค. ๒๕๖๗", "๘,๕๐๐", "งานพัสดุ"],
            ["๕", "ยกย่องเชิดชูบุคลากรต้นแบบด้านคุณธรรม", "เพื่อสร้างขวัญกำลังใจ", "บุคลากรต้นแบบ ๕ คน",
             "ภายใน ๓๐ ก.ย. ๒๕๖๗", "๓,๐๐๐", "นางสาวปิยนุช ทองสุข\nหัวหน้ากลุ่มงานทรัพยากรบุคคล"]]
    table(doc, rows, widths=[1.2, 7.0, 4.5, 4.0, 3.2, 2.2, 4.5], merge_rows=(1, 4))
    _para(doc, "")
    signatures_side_by_side(doc,
                            ["ลงชื่อ ...................................... ผู้เสนอแผน", "(นายชาญวิทย์ ศรีสว่าง)",
                             "ตำแหน่ง ประธานชมรมจริยธรรมโรงพยาบาลหนองบุญมาก"],
                            ["ลงชื่อ ...................................... ผู้อนุมัติแผน", "(นายแพทย์ธีรวัฒน์ มณีวงศ์)",
                             "ตำแหน่ง ผู้อำนวยการโรงพยาบาลหนองบุญมาก"])
    gold_measures = [
        M("กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริตของบุคลากร", [O(org="ชมรมจริยธรรม")], None,
          "2023-10-01", "2023-12-31"),
        M("โครงการจิตอาสาพัฒนาโรงพยาบาล", [O(org="กลุ่มงานบริหารทั่วไป")], None, "2024-03-01", "2024-03-31"),
        M("กิจกรรม No Gift Policy งดให้ งดรับของขวัญในเทศกาลปีใหม่",
          [O(org="ชมรมจริยธรรม"), O(org="กลุ่มงานทรัพยากรบุคคล")], None, "2023-12-01", "2024-01-31"),
        M("อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่พัสดุ", [O(org="งานพัสดุ")], None,
          "2024-05-01", "2024-05-31"),
        M("ยกย่องเชิดชูบุคลากรต้นแบบด้านคุณธรรม",
          [O("น.ส.", "ปิยนุช ทองสุข", "หัวหน้ากลุ่มงานทรัพยากรบุคคล")], None, None, "2024-09-30"),
    ]
    people = [P("ผู้เสนอแผน", "นาย", "ชาญวิทย์ ศรีสว่าง", "ประธานชมรมจริยธรรมโรงพยาบาลหนองบุญมาก"),
              P("ผู้อนุมัติแผน", "นพ.", "ธีรวัฒน์ มณีวงศ์", "ผู้อำนวยการโรงพยาบาลหนองบุญมาก")]
    document = {"unit": "โรงพยาบาลหนองบุญมาก", "unit_type": "hospital", "province": "นครราชสีมา",
                "fiscal_year": 2567, "doc_type": "measures",
                "title": "แผนปฏิบัติการส่งเสริมคุณธรรมของชมรมจริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                "notes": "The labelled 'หน่วยงาน' hospital, not the parent ministry office on the line above."}
    notes = ("Five numbered activities; strategy rows are groups. 'No Gift' is named but no indicator is tied "
             "(no indicator column or heading), so indicator_no is null. The target group column is detail, "
             "not a period. 'ภายใน ๓๐ ก.ย. ๒๕๖๗' is a deadline (end only). People: two signature blocks "
             "side by side; rank นายแพทย์ is written นพ.")
    return doc, {"notes": notes, "scores": [], "measures": gold_measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ g3

def g3():
    doc = new_doc("Loma", landscape=False)
    _para(doc, "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรมจริยธรรม รอบ ๖ เดือน", bold=True, center=True)
    _para(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True)
    _para(doc, "ชื่อหน่วยงาน : สำนักงานสาธารณสุขอำเภอบางระกำ จังหวัดพิษณุโลก")
    _para(doc, "รอบการรายงาน : ๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘")
    box = {0: "☑ ดำเนินการแล้ว\n☐ อยู่ระหว่างดำเนินการ\n☐ ยังไม่ดำเนินการ",
           1: "☐ ดำเนินการแล้ว\n☑ อยู่ระหว่างดำเนินการ\n☐ ยังไม่ดำเนินการ",
           2: "☐ ดำเนินการแล้ว\n☐ อยู่ระหว่างดำเนินการ\n☑ ยังไม่ดำเนินการ"}
    rows = [["ที่", "กิจกรรม", "ผลการดำเนินงาน", "สถานะ", "ปัญหา/อุปสรรค"],
            ["๑", "ประชุมชี้แจงแผนปฏิบัติการชมรมจริยธรรมแก่บุคลากร", "จัดประชุมเมื่อวันที่ ๑๕ พ.ย. ๒๕๖๗ ผู้เข้าร่วม ๔๒ คน",
             box[0], "-"],
            ["๒", "กิจกรรมทำบุญตักบาตรเนื่องในวันสำคัญทางศาสนา", "ดำเนินการ ๒ ครั้ง", box[0], "-"],
            ["๓", "จัดทำสื่อประชาสัมพันธ์ต่อต้านการทุจริตบนเว็บไซต์", "อยู่ระหว่างจัดทำอินโฟกราฟิก", box[1],
             "บุคลากรด้านสื่อมีจำกัด"],
            ["๔", "ประเมินความพึงพอใจต่อการให้บริการของหน่วยงาน", "จะดำเนินการในไตรมาสที่ ๓", box[2], "-"],
            ["๕", "สรุปผลและรายงานผู้บริหาร", "-", box[2], "ดำเนินการเมื่อสิ้นปีงบประมาณ"]]
    table(doc, rows, widths=[1.0, 5.5, 4.5, 3.6, 3.0])
    _para(doc, "")
    for ln in ("ลงชื่อ ...................................... ผู้รายงาน", "(นางสาวรัชนี บุญเรือง)",
               "ตำแหน่ง นักวิชาการสาธารณสุขชำนาญการ", "",
               "ลงชื่อ ...................................... ผู้รับรอง", "(นายอำนาจ สุขประเสริฐ)",
               "สาธารณสุขอำเภอบางระกำ", "ปฏิบัติราชการแทน นายแพทย์สาธารณสุขจังหวัดพิษณุโลก"):
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(7)
    gold_measures = [
        M("ประชุมชี้แจงแผนปฏิบัติการชมรมจริยธรรมแก่บุคลากร"),
        M("กิจกรรมทำบุญตักบาตรเนื่องในวันสำคัญทางศาสนา"),
        M("จัดทำสื่อประชาสัมพันธ์ต่อต้านการทุจริตบนเว็บไซต์"),
        M("ประเมินความพึงพอใจต่อการให้บริการของหน่วยงาน"),
        M("สรุปผลและรายงานผู้บริหาร"),
    ]
    people = [P("ผู้รายงาน", "น.ส.", "รัชนี บุญเรือง", "นักวิชาการสาธารณสุขชำนาญการ"),
              P("ผู้รับรอง", "นาย", "อำนาจ สุขประเสริฐ",
                "สาธารณสุขอำเภอบางระกำ ปฏิบัติราชการแทน นายแพทย์สาธารณสุขจังหวัดพิษณุโลก")]
    document = {"unit": "สำนักงานสาธารณสุขอำเภอบางระกำ", "unit_type": "health_office", "province": "พิษณุโลก",
                "fiscal_year": 2568, "doc_type": "measures",
                "title": "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรมจริยธรรม รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "notes": "A progress report on an action plan: doc_type measures."}
    notes = ("Five activities with ticked status (ดำเนินการแล้ว x2, อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ x2); "
             "no period per activity (the reporting round is not one), no owner column, no indicator. "
             "'ประเมินความพึงพอใจต่อการให้บริการ' paraphrases indicator 6 only loosely: not tied (null).")
    return doc, {"notes": notes, "scores": [], "measures": gold_measures, "people": people, "findings": []}, document


# ------------------------------------------------------------------------------------------ g4

def g4():
    doc = new_doc("Norasi", landscape=False)
    _para(doc, "รายงานสรุปผลการกำกับติดตามมาตรการการป้องกันการรับสินบน", bold=True, center=True)
    _para(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True)
    _para(doc, "หน่วยงาน : โรงพยาบาลบางกระทุ่ม จังหวัดพิษณุโลก")
    _para(doc, "ตามที่โรงพยาบาลบางกระทุ่มได้ประกาศมาตรการการป้องกันการรับสินบนทุกรูปแบบ ลงวันที่ ๒๕ ธันวาคม ๒๕๖๗ "
               "และกำหนดกลไกการกำกับติดตาม นั้น คณะทำงานได้กำกับติดตามผลตามมาตรการ ดังนี้")
    rows = [["มาตรการ", "แนวทางการดำเนินงาน", "ผลการกำกับติดตาม", "หมายเหตุ"],
            ["๒.๑ มาตรการป้องกันการรับสินบนในการปฏิบัติหน้าที่", "ห้ามเรียกรับเงินหรือประโยชน์อื่นใดจากผู้รับบริการ",
             "ไม่พบการเรียกรับสินบน", "-"],
            ["๒.๒ มาตรการป้องกันการรับสินบนในกระบวนการจัดซื้อจัดจ้าง", "เจ้าหน้าที่พัสดุลงนามแบบแสดงความบริสุทธิ์ใจทุกโครงการ",
             "ลงนามครบทุกโครงการ จำนวน ๓๔ โครงการ", "-"],
            ["๒.๓ มาตรการป้องกันการรับสินบนประเด็นการเงินบริจาค และทรัพย์สินบริจาค",
             "ออกใบอนุโมทนาบัตรและรายงานการรับบริจาคทุกเดือน", "รับบริจาค ๑๒ ราย ออกใบอนุโมทนาบัตรครบ", "-"],
            ["๒.๔ มาตรการการจัดสวัสดิการภายในของสถานพยาบาล", "จัดสวัสดิการตามระเบียบที่คณะกรรมการกำหนด",
             "ไม่พบการจัดสวัสดิการในลักษณะเชิงธุรกิจ", "-"]]
    table(doc, rows, widths=[5.0, 5.0, 4.4, 2.0])
    _para(doc, "")
    signatures_side_by_side(doc,
                            ["ลงชื่อ ...................................... ผู้รายงาน", "(นางวาสนา ชื่นใจ)",
                             "ตำแหน่ง นักจัดการงานทั่วไปชำนาญการ"],
                            ["ลงชื่อ ...................................... ผู้เห็นชอบ", "(นายแพทย์กิตติพงษ์ เรืองศรี)",
                             "ตำแหน่ง ผู้อำนวยการโรงพยาบาลบางกระทุ่ม"])
    gold_measures = [
        M("มาตรการป้องกันการรับสินบนในการปฏิบัติหน้าที่"),
        M("มาตรการป้องกันการรับสินบนในกระบวนการจัดซื้อจัดจ้าง"),
        M("มาตรการป้องกันการรับสินบนประเด็นการเงินบริจาค และทรัพย์สินบริจาค"),
        M("มาตรการการจัดสวัสดิการภายในของสถานพยาบาล"),
    ]
    people = [P("ผู้รายงาน", "นาง", "วาสนา ชื่นใจ", "นักจัดการงานทั่วไปชำนาญการ"),
              P("ผู้เห็นชอบ", "นพ.", "กิตติพงษ์ เรืองศรี", "ผู้อำนวยการโรงพยาบาลบางกระทุ่ม")]
    document = {"unit": "โรงพยาบาลบางกระทุ่ม", "unit_type": "hospital", "province": "พิษณุโลก",
                "fiscal_year": 2568, "doc_type": "measures",
                "title": "รายงานสรุปผลการกำกับติดตามมาตรการการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "notes": "A monitoring report on measures: doc_type measures."}
    notes = ("Four measures monitored, no owner or period column; 'ปฏิบัติหน้าที่' inside measure 2.1's title is "
             "not the indicator's name (การปฏิบัติหน้าที่ is, but here it is 'ในการปฏิบัติหน้าที่' of a bribery "
             "measure): the document ties no indicator, all null.")
    return doc, {"notes": notes, "scores": [], "measures": gold_measures, "people": people, "findings": []}, document


REPORTS = {"g1_plan_4years_wang_thong": g1, "g2_ethics_club_plan_nong_bun_mak": g2,
           "g3_progress_6months_bang_rakam": g3, "g4_bribery_monitoring_bang_krathum": g4}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    docs = []
    for stem, make in REPORTS.items():
        doc, facts, document = make()
        path = HERE / f"{stem}.docx"
        doc.save(path)
        docs.append(path)
        (GOLD / f"{stem}.facts.json").write_text(json.dumps({"stem": stem, **facts}, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        (GOLD / f"{stem}.document.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                                    encoding="utf-8")
    convert_to_pdf(docs, HERE)


if __name__ == "__main__":
    main()
