#!/usr/bin/env python3
"""Build the blind-14 reports (tests/blind14/p*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/) or their output.
Helpers (docx building, PDF export through LibreOffice) are those of tests/blind11/make_blind11.py (which
takes them from tests/layouts/write.py and tests/blind7/make_blind7.py), as blind12/blind13 use them.
Wording follows Thai units' ITA pages where the search tool ("pages" corpus) helped (e.g. the มิติ grouping
'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต' of a เทศบาลตำบล's anti-corruption plan); otherwise Thai
official-document conventions. Units, people and figures are invented; ITA tool scores follow the
0.3/0.3/0.4 weighting.

  p1  สำนักงานสาธารณสุขจังหวัดยโสธร        provincial summary: ONE table of nine sub-units (โรงพยาบาล...,
                                          สสอ....) with each unit's ITA 2568 score, rating and ผ่าน/ไม่ผ่าน,
                                          an average row; then a paragraph with the office's OWN score and
                                          tools, two follow-up actions, two signatures; Loma 14, Arabic
                                          digits in the table, Thai digits in the prose
  p2  เทศบาลตำบลดงมะไฟทอง (สกลนคร)          รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต: table
                                          โครงการ/กิจกรรม | งบประมาณ (บาท) | ผลการดำเนินงาน | ร้อยละความสำเร็จ |
                                          ผู้รับผิดชอบ under merged 'มิติที่ n' rows, amounts '๒๐,๐๐๐', a รวม row;
                                          ผู้รายงาน / ผู้รับรอง in a borderless two-column table; Kinnari 15,
                                          Thai digits
  p3  สถานีตำรวจภูธรโคกศรีทอง (ขอนแก่น)     บันทึกข้อความ reporting only scores: overall, three tools and ten
                                          indicators as '•' lines with dot-leader tab stops; police ranks;
                                          signed by the ผกก.; no measures; Laksaman 16, Thai digits
  p4  องค์การบริหารส่วนจังหวัดสตูล           landscape action plan: รหัส (ITA-01 ...) | มาตรการ/กิจกรรม | ตัวชี้วัด/
                                          ค่าเป้าหมาย | งบประมาณ | ระยะเวลา ('ไตรมาส ๑-๒') | ผู้รับผิดชอบ* as
                                          abbreviations (สป. / กค. / กอง สธ. ...), explained in a footnote under
                                          the table; Umpush 14, Thai digits (codes in Latin)

    uv run python tests/blind14/make_blind14.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import (DOTS, M, O, P, S, _band, body, build_reports, centre, merge_row, shade,  # noqa: E402
                          sig_table, table, th, tight)


TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}
IND_NAME = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
            5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
            8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}


def weighted(tools: dict[str, float]) -> float:
    return round(0.3 * tools["IIT"] + 0.3 * tools["EIT"] + 0.4 * tools["OIT"], 2)


def tool_means(vals: dict[int, float]) -> dict[str, float]:
    by: dict[str, list[float]] = {}
    for n, v in vals.items():
        by.setdefault(TOOL[n], []).append(v)
    return {t: round(sum(v) / len(v), 2) for t, v in by.items()}


def bold_row(t, r):
    for c in t.rows[r].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def small(p, size):
    for r in p.runs:
        r.font.size = Pt(size)
    return p


# ------------------------------------------------------------------------------------------ p1

P1_UNIT = "สำนักงานสาธารณสุขจังหวัดยโสธร"
P1_SUBS = [  # name, score 2568
    ("โรงพยาบาลยโสธรพัฒนา", 94.36),
    ("โรงพยาบาลคำเขื่อนทอง", 91.08),
    ("โรงพยาบาลป่าติ้วศรี", 86.42),
    ("โรงพยาบาลโนนกุดชุม", 79.85),
    ("โรงพยาบาลทรายมูลทอง", 95.40),
    ("สำนักงานสาธารณสุขอำเภอเมืองยโสธร", 89.17),
    ("สำนักงานสาธารณสุขอำเภอคำเขื่อนทอง", 83.64),
    ("สำนักงานสาธารณสุขอำเภอป่าติ้วศรี", 92.75),
    ("สำนักงานสาธารณสุขอำเภอโนนกุดชุม", 87.30),
]
P1_TOOLS = {"IIT": 95.62, "EIT": 90.40, "OIT": 93.75}


def p1():
    doc = tight(new_doc("Loma", 13, landscape=False, margin=2.0), after=1)
    o68 = weighted(P1_TOOLS)
    tt = {k: th(f"{v:.2f}") for k, v in P1_TOOLS.items()}
    centre(doc, "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", bold=True)
    centre(doc, "(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True)
    centre(doc, f"ของหน่วยงานในสังกัด{P1_UNIT}", bold=True)
    centre(doc, "-------------------------------------")
    body(doc, f"ตามที่สำนักงานปลัดกระทรวงสาธารณสุขกำหนดให้หน่วยงานในสังกัดทุกแห่งเข้ารับการประเมินคุณธรรมและความโปร่งใส"
              "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ผ่านระบบ ITAS ของสำนักงาน ป.ป.ช. "
              f"บัดนี้ สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินแล้ว {P1_UNIT}จึงขอสรุปผลการประเมินของโรงพยาบาลชุมชน"
              "และสำนักงานสาธารณสุขอำเภอในสังกัด จำนวน ๙ แห่ง ดังนี้")
    rows = [["ที่", "หน่วยงาน", "คะแนน ITA ปี 2568", "ระดับผลการประเมิน", "ผลการประเมิน\n(เกณฑ์ 85 คะแนน)"]]
    for i, (name, v) in enumerate(P1_SUBS, 1):
        rows.append([str(i), name, f"{v:.2f}", _band(v), "ผ่าน" if v >= 85 else "ไม่ผ่าน"])
    avg = round(sum(v for _, v in P1_SUBS) / len(P1_SUBS), 2)
    rows.append(["", "คะแนนเฉลี่ยหน่วยงานในสังกัด", f"{avg:.2f}", _band(avg), ""])
    t = table(doc, rows, [1.0, 8.6, 2.5, 2.5, 2.4], centre_cols=(0, 2, 3, 4), fill="D9E2F3")
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    n_pass = sum(v >= 85 for _, v in P1_SUBS)
    _para(doc, "")
    body(doc, f"จากตารางข้างต้น หน่วยงานในสังกัดผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป) จำนวน {th(str(n_pass))} แห่ง "
              f"ไม่ผ่านเกณฑ์ จำนวน {th(str(len(P1_SUBS) - n_pass))} แห่ง คะแนนเฉลี่ยของหน่วยงานในสังกัดเท่ากับ "
              f"{th(f'{avg:.2f}')} คะแนน")
    body(doc, f"สำหรับผลการประเมินของ{P1_UNIT}เอง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน {th(f'{o68:.2f}')} คะแนน "
              f"อยู่ในระดับ {_band(o68)} เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ที่ได้ ๙๐.๒๕ คะแนน โดยแบบวัดการรับรู้ของ"
              f"ผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ {tt['IIT']} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้"
              f"ส่วนเสียภายนอก (EIT) ได้ {tt['EIT']} คะแนน และแบบตรวจการเปิดเผยข้อมูลต่อสาธารณะ "
              f"(OIT) ได้ {tt['OIT']} คะแนน")
    _para(doc, "การดำเนินการต่อไป", bold=True)
    acts = [
        ("จัดประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ แก่ผู้รับผิดชอบงานของหน่วยงานในสังกัดทุกแห่ง",
         "กลุ่มงานนิติการ", "ภายในวันที่ ๓๑ มกราคม ๒๕๖๙"),
        ("ติดตามและให้คำปรึกษาหน่วยงานในสังกัดที่ไม่ผ่านเกณฑ์ในการจัดทำมาตรการยกระดับผลการประเมิน",
         "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", "ระหว่างเดือนมกราคม – มีนาคม ๒๕๖๙"),
    ]
    for i, (a, o, d) in enumerate(acts, 1):
        body(doc, f"{th(str(i))}. {a} (ผู้รับผิดชอบ: {o}) {d}", first=0, left=1.0)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:24] + " ผู้สรุปรายงาน", "(นางสาวสุภาวดี พรหมสาขา)",
                     "นิติกรชำนาญการ"],
                    ["ลงชื่อ " + DOTS[:24] + " ผู้รับรอง", "(นายแพทย์ชยพล ศรีวงศ์ทอง)",
                     "นายแพทย์สาธารณสุขจังหวัดยโสธร"]], [8.5, 8.5])
    _para(doc, "")
    p = _para(doc, "ข้อมูล ณ วันที่ ๑๕ ธันวาคม ๒๕๖๘")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small(p, 12)
    scores = [S("overall", o68, 2568, rating=_band(o68)), S("overall", 90.25, 2567),
              S("tool", P1_TOOLS["IIT"], 2568, "IIT"), S("tool", P1_TOOLS["EIT"], 2568, "EIT"),
              S("tool", P1_TOOLS["OIT"], 2568, "OIT")]
    measures = [M(acts[0][0], [O(org=acts[0][1])], end="2026-01-31"),
                M(acts[1][0], [O(org=acts[1][1])], start="2026-01-01", end="2026-03-31")]
    facts = {
        "notes": f"A provincial summary about NINE OTHER units plus the reporting office. Scores recorded are only the "
                 f"reporting unit's own ({P1_UNIT}), from the paragraph after the table: ITA 2568 overall "
                 f"{o68:.2f} ({_band(o68)}), tools IIT {P1_TOOLS['IIT']:.2f} / EIT {P1_TOOLS['EIT']:.2f} / OIT "
                 f"{P1_TOOLS['OIT']:.2f} (0.3/0.3/0.4 gives {o68:.2f}), and 2567 overall 90.25 (no rating printed). "
                 "The table's nine rows are the scores of the sub-units (community hospitals and district health "
                 "offices), each a separately assessed unit: they are not this unit's scores, and a score record "
                 "has no field for the unit it belongs to (label is for question/KPI text), so they are left out "
                 "-- a reader that stores them as this unit's overall scores scores nine extras. The "
                 f"'คะแนนเฉลี่ยหน่วยงานในสังกัด' row ({avg:.2f}) is an average over other units (also left out), "
                 "'๘๕ คะแนน' the pass threshold, the counts of passing/failing units are counts; the ระดับ and "
                 "ผ่าน/ไม่ผ่าน columns belong to the sub-units. Measures: the two numbered follow-up actions "
                 "under 'การดำเนินการต่อไป'; title = the action before '(ผู้รับผิดชอบ:'; no indicator named: null. "
                 "Periods: 'ภายในวันที่ ๓๑ มกราคม ๒๕๖๙' a deadline (end 2026-01-31); 'ระหว่างเดือนมกราคม – มีนาคม "
                 "๒๕๖๙' 2026-01-01..2026-03-31. Owners: the office's own sections (กลุ่มงานนิติการ, "
                 "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข) as org units. People: ผู้สรุปรายงาน and ผู้รับรอง side by side "
                 "(role after the dots; นางสาว -> น.ส., นายแพทย์ -> นพ.). 'ข้อมูล ณ วันที่' is the data date.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้สรุปรายงาน", "น.ส.", "สุภาวดี พรหมสาขา", "นิติกรชำนาญการ"),
                   P("ผู้รับรอง", "นพ.", "ชยพล ศรีวงศ์ทอง", "นายแพทย์สาธารณสุขจังหวัดยโสธร")],
        "findings": [],
    }
    document = {
        "unit": P1_UNIT, "unit_type": "health_office", "province": "ยโสธร", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 "(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                 f"ของหน่วยงานในสังกัด{P1_UNIT}",
        "notes": "The reporting unit is the provincial health office that compiles the summary (it signs and its own "
                 "score is given separately); the nine sub-units in the table are not the document's unit. Data as of "
                 "15 ธ.ค. 2568 (in FY 2569) but the subject is the ITA 2568 result: fiscal_year 2568 (the latest "
                 "result's year, as blind11 l2 / blind13 n1). doc_type analysis (a result summary with follow-up "
                 "actions). Title = the three centred heading lines joined (the first two alone acceptable). Province from the unit's name.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ p2

P2_UNIT = "เทศบาลตำบลดงมะไฟทอง"
P2_ROWS = [  # group heading, [(title, budget, result, pct, owner cell, owners gold, indicator)]
    ("มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต", [
        ("โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาลและพนักงานจ้าง", "๒๐,๐๐๐",
         "จัดอบรมเมื่อวันที่ ๑๘ – ๑๙ มีนาคม ๒๕๖๘ มีผู้เข้าร่วม ๖๒ คน", "๑๐๐", "สำนักปลัดเทศบาล",
         [O(org="สำนักปลัดเทศบาล")], None),
        ("กิจกรรมประกาศเจตจำนงสุจริตในการบริหารงานของนายกเทศมนตรี", "-",
         "ประกาศเจตจำนงแล้ว และเผยแพร่ทางเว็บไซต์", "๑๐๐", "นายกเทศมนตรีตำบลดงมะไฟทอง",
         [O(pos="นายกเทศมนตรีตำบลดงมะไฟทอง")], None),
        ("โครงการเด็กและเยาวชนดงมะไฟทองรู้ทันการทุจริต", "๑๕,๕๐๐",
         "ดำเนินการในโรงเรียน ๓ แห่ง จากเป้าหมาย ๔ แห่ง", "๗๕", "กองการศึกษา",
         [O(org="กองการศึกษา")], None),
    ]),
    ("มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต", [
        ("มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง", "-",
         "จัดทำคู่มือและแบบแสดงความบริสุทธิ์ใจของคณะกรรมการจัดซื้อจัดจ้างครบทุกโครงการ", "๑๐๐",
         "กองคลัง\nกองช่าง", [O(org="กองคลัง"), O(org="กองช่าง")], None),
        ("กิจกรรมการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "-",
         "ได้รับเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จ ๒ เรื่อง", "๑๐๐", "งานนิติการ สำนักปลัดเทศบาล",
         [O(org="งานนิติการ สำนักปลัดเทศบาล")], None),
    ]),
    ("มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", [
        ("กิจกรรมเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของเทศบาล (ตัวชี้วัดที่ ๙)", "๘,๐๐๐",
         "ปรับปรุงข้อมูลแล้ว ๓๐ รายการ จาก ๓๓ รายการ", "๙๐.๙๑", "นายสมพร แก้วประเสริฐ\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ",
         [O("นาย", "สมพร แก้วประเสริฐ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 9),
        ("โครงการประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น", "๑๒,๐๐๐",
         "จัดประชุมประชาคมครบ ๑๑ หมู่บ้าน", "๑๐๐", "ปลัดเทศบาล", [O(pos="ปลัดเทศบาล")], None),
    ]),
]


def p2():
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=1.8), after=0)
    centre(doc, "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", bold=True, size=18)
    centre(doc, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘)", bold=True)
    centre(doc, f"{P2_UNIT} อำเภอพังโคน จังหวัดสกลนคร", bold=True)
    centre(doc, "******************")
    body(doc, f"{P2_UNIT}ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อเป็นกรอบในการดำเนินงาน"
              "ด้านการป้องกันและปราบปรามการทุจริต และยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ"
              "หน่วยงานภาครัฐ (ITA) ซึ่งในปีงบประมาณ พ.ศ. ๒๕๖๘ เทศบาลได้คะแนน ๘๗.๙๒ คะแนน ระดับ A "
              "จึงขอรายงานผลการดำเนินงานตามแผน ดังนี้")
    n_rows = 1 + sum(1 + len(r) for _, r in P2_ROWS) + 1
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = ["โครงการ/กิจกรรม", "งบประมาณ\n(บาท)", "ผลการดำเนินงาน", "ร้อยละ\nความสำเร็จ", "ผู้รับผิดชอบ"]
    for c, h in enumerate(head):
        _cell_text(t.cell(0, c), h, bold=True)
        t.cell(0, c).paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for p in t.cell(0, c).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(t.cell(0, c), "FFF2CC")
    r = 1
    k = 0
    total = 0
    for heading, items in P2_ROWS:
        merge_row(t, r, heading, fill="F2F2F2")
        r += 1
        for title, budget, result, pct, owner, _, _ in items:
            k += 1
            vals = [f"{th(str(k))}. {title}", budget, result, pct, owner]
            for c, v in enumerate(vals):
                _cell_text(t.cell(r, c), v)
                if c in (1, 3):
                    for p in t.cell(r, c).paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if budget != "-":
                total += int(budget.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
            r += 1
    a = t.cell(r, 0)
    _cell_text(a, "รวมงบประมาณทั้งสิ้น", bold=True)
    _cell_text(t.cell(r, 1), th(f"{total:,}"), bold=True)
    t.cell(r, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fix_widths(t, [5.3, 2.3, 4.6, 1.8, 3.4])
    _para(doc, "")
    body(doc, "สรุปผลการดำเนินงาน โครงการ/กิจกรรมตามแผนทั้งหมด ๗ โครงการ/กิจกรรม ดำเนินการแล้วเสร็จ ๕ โครงการ/กิจกรรม "
              "อยู่ระหว่างดำเนินการ ๒ โครงการ/กิจกรรม คิดเป็นร้อยละ ๘๗.๕๐ ของแผน "
              "ส่วนที่ยังไม่แล้วเสร็จจะดำเนินการต่อในปีงบประมาณ พ.ศ. ๒๕๖๙")
    _para(doc, "")
    t2 = doc.add_table(rows=1, cols=2)
    _no_borders(t2)
    blocks = [["ลงชื่อ" + DOTS[:26] + "ผู้รายงาน", "(นางสาวรัตนาภรณ์ ศรีบุญเรือง)",
               "นักวิเคราะห์นโยบายและแผนชำนาญการ", "วันที่ ๒๐ ตุลาคม ๒๕๖๘"],
              ["ลงชื่อ" + DOTS[:26] + "ผู้รับรอง", "(นายประเสริฐ ทองนาค)", "ปลัดเทศบาลตำบลดงมะไฟทอง",
               "วันที่ ๒๐ ตุลาคม ๒๕๖๘"]]
    for c, lines in enumerate(blocks):
        _cell_text(t2.rows[0].cells[c], "\n".join(lines))
        for p in t2.rows[0].cells[c].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fix_widths(t2, [9.0, 9.0])
    keep_rows(t2)
    measures = []
    for _, items in P2_ROWS:
        for title, _, _, _, _, owners, ind in items:
            title = title.replace(" (ตัวชี้วัดที่ ๙)", "")
            measures.append(M(title, owners, ind=ind))
    facts = {
        "notes": "Only score: ITA 2568 overall 87.92 (A) in the opening paragraph. The ร้อยละความสำเร็จ column (๑๐๐, "
                 "๗๕, ๙๐.๙๑) and the summary's 'ร้อยละ ๘๗.๕๐ ของแผน' are progress, NOT ITA scores; the งบประมาณ "
                 f"column (๒๐,๐๐๐ ... '-' = no budget) and the รวม row ({total:,} baht) are amounts; counts in the "
                 "results (๖๒ คน, ๓ จาก ๔ แห่ง, ๒ เรื่อง, ๓๐ จาก ๓๓ รายการ, ๑๑ หมู่บ้าน, ๗/๕/๒ โครงการ) are not "
                 "scores. Measures: the seven numbered project/activity rows; the three merged 'มิติที่ n' rows are "
                 "group headings and the รวม row a total. Title = the โครงการ/กิจกรรม cell without its number and "
                 "without the '(ตัวชี้วัดที่ ๙)' tag, which gives indicator_no 9 for that row; the other rows name "
                 "no indicator: null. No row has a period: the report's round 'รอบ ๑๒ เดือน ตุลาคม ๒๕๖๗ – กันยายน "
                 "๒๕๖๘' is the reporting period, not a measure's, and dates inside results (อบรมเมื่อวันที่ ๑๘ – ๑๙ "
                 "มีนาคม ๒๕๖๘) are results (as blind9 j3): start and end null throughout. Owners: office names "
                 "(สำนักปลัดเทศบาล, กองการศึกษา) org units; 'กองคลัง' over 'กองช่าง' in one cell = two org units; "
                 "'งานนิติการ สำนักปลัดเทศบาล' one org unit (section within office, as blind8 i2); "
                 "'นายกเทศมนตรีตำบลดงมะไฟทอง' and 'ปลัดเทศบาล' positions; 'นายสมพร แก้วประเสริฐ' over "
                 "'นักวิชาการคอมพิวเตอร์ปฏิบัติการ' one person (rank/name/position). People: ผู้รายงาน and ผู้รับรอง "
                 "in a borderless two-column table (role after the dots; นางสาว -> น.ส.); the วันที่ lines are dates.",
        "scores": [S("overall", 87.92, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "รัตนาภรณ์ ศรีบุญเรือง", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้รับรอง", "นาย", "ประเสริฐ ทองนาค", "ปลัดเทศบาลตำบลดงมะไฟทอง")],
        "findings": [],
    }
    document = {
        "unit": P2_UNIT, "unit_type": "municipality", "province": "สกลนคร", "fiscal_year": 2568,
        "doc_type": "measures",
        "title": "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                 "(รอบ ๑๒ เดือน ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘)",
        "notes": "Twelve-month report on the FY 2568 anti-corruption plan, signed 20 ต.ค. 2568 (just after FY 2568 "
                 "ends; the report is FY 2568's). Title = the first two centred lines (the first alone is acceptable); "
                 "the third names the unit, district and province. doc_type measures (a progress report on measures, "
                 "as blind7 h3; kpi_report arguable).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ p3

P3_UNIT = "สถานีตำรวจภูธรโคกศรีทอง"
P3_IND = {1: 96.80, 2: 90.15, 3: 94.40, 4: 92.50, 5: 93.65, 6: 89.72, 7: 86.30, 8: 84.58, 9: 91.00, 10: 97.50}


def leader_line(doc, text, value, indent=1.5, stop=16.9):
    """'•<tab>text<dot-leader tab>value' with a right tab stop filled with dots."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-0.6)
    pf.tab_stops.add_tab_stop(Cm(indent), WD_TAB_ALIGNMENT.LEFT)
    pf.tab_stops.add_tab_stop(Cm(stop), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run("•\t" + text + " \t" + value)
    return p


def p3():
    doc = tight(new_doc("Laksaman", 15, landscape=False, margin=2.0), after=0)
    tools = tool_means(P3_IND)
    o68 = weighted(tools)
    p = _para(doc, "บันทึกข้อความ", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    small(p, 24)
    _para(doc, f"ส่วนราชการ  {P3_UNIT} อำเภอโคกศรีทอง จังหวัดขอนแก่น  โทร. ๐ ๔๓๒๑ ๙๘๗๖")
    _para(doc, "ที่  ขก ๐๐๒๐(๒๘).๑๑/๔๕๒               วันที่  ๑๐  พฤศจิกายน  ๒๕๖๘")
    _para(doc, "เรื่อง  รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    _para(doc, "เรียน  ผบก.ภ.จว.ขอนแก่น")
    body(doc, f"ตามที่ สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              f"(ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ แล้ว นั้น {P3_UNIT} ขอรายงานผลการประเมิน ดังนี้", first=2.5)
    body(doc, f"๑. ผลคะแนนภาพรวม ได้ {th(f'{o68:.2f}')} คะแนน อยู่ในระดับ {_band(o68)} "
              f"(ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๘.๑๒ คะแนน)", first=2.5)
    body(doc, "๒. ผลคะแนนตามเครื่องมือการประเมิน", first=2.5)
    for t, name in (("IIT", "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"),
                    ("EIT", "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"),
                    ("OIT", "การเปิดเผยข้อมูลต่อสาธารณะ (OIT)")):
        leader_line(doc, name, th(f"{tools[t]:.2f}") + " คะแนน", indent=2.6)
    body(doc, "๓. ผลคะแนนรายตัวชี้วัด", first=2.5)
    for n, v in P3_IND.items():
        leader_line(doc, f"ตัวชี้วัดที่ {th(str(n))} {IND_NAME[n]}", th(f"{v:.2f}") + " คะแนน", indent=2.6)
    body(doc, "ทั้งนี้ ผลคะแนนภาพรวมของสถานีฯ อยู่ในลำดับที่ ๕ จาก ๒๖ สถานีในสังกัด ภ.จว.ขอนแก่น แต่ยังต่ำกว่าเป้าหมาย"
              "ของ ภ.จว.ขอนแก่น ที่กำหนดไว้ไม่ต่ำกว่า ๙๒ คะแนน", first=2.5)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบ", first=2.5)
    _para(doc, "")
    sig_table(doc, [["พ.ต.อ. " + DOTS[:28], "( ธนวัฒน์  ศักดิ์สิทธิ์ )", "ผกก.สภ.โคกศรีทอง"]], [7.0])
    doc.tables[-1].alignment = WD_TABLE_ALIGNMENT.RIGHT
    scores = [S("overall", o68, 2568, rating=_band(o68)), S("overall", 88.12, 2567)]
    scores += [S("tool", tools[t], 2568, t) for t in ("IIT", "EIT", "OIT")]
    scores += [S("indicator", v, 2568, TOOL[n], n) for n, v in P3_IND.items()]
    facts = {
        "notes": f"Memo (บันทึกข้อความ) reporting scores only. ITA 2568 overall {o68:.2f} ({_band(o68)}) and 2567 "
                 "overall 88.12 (in brackets, no rating); the three tools (IIT/EIT/OIT, each the mean of its "
                 "indicators; 0.3/0.3/0.4 gives the overall) and the ten indicators of 2568 as '•' lines whose value "
                 "follows a dot-leader tab ('ตัวชี้วัดที่ n <name> ........ xx.xx คะแนน'); tool by NACC numbering "
                 "(1-5 IIT, 6-8 EIT, 9-10 OIT). Not scores: the rank 'ลำดับที่ ๕ จาก ๒๖ สถานี', the target "
                 "'ไม่ต่ำกว่า ๙๒ คะแนน', the document number 'ขก ๐๐๒๐(๒๘).๑๑/๔๕๒', the office phone. Measures: "
                 "none. People: the superintendent who signs (police style: rank พ.ต.อ. before the dots, name in "
                 "brackets below, post 'ผกก.สภ.โคกศรีทอง'); no role printed: ผู้ลงนาม (ผู้รายงาน arguable). The "
                 "addressee ผบก.ภ.จว.ขอนแก่น is not a person in the document.",
        "scores": scores,
        "measures": [],
        "people": [P("ผู้ลงนาม", "พ.ต.อ.", "ธนวัฒน์ ศักดิ์สิทธิ์", "ผกก.สภ.โคกศรีทอง")],
        "findings": [],
    }
    document = {
        "unit": P3_UNIT, "unit_type": "police_station", "province": "ขอนแก่น", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "notes": "Memo dated 10 พ.ย. 2568 (FY 2569) reporting the ITA 2568 result: fiscal_year 2568 (the result's "
                 "year). Title = the เรื่อง line. Province from the ส่วนราชการ line. doc_type analysis (a score "
                 "report, as the blind7 h1 memo; 'other' arguable since it weighs nothing).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ p4

P4_UNIT = "องค์การบริหารส่วนจังหวัดสตูล"
P4_ABBR = [("สป.", "สำนักปลัดองค์การบริหารส่วนจังหวัด"), ("กค.", "กองคลัง"), ("กช.", "กองช่าง"),
           ("กจ.", "กองการเจ้าหน้าที่"), ("กยผ.", "กองยุทธศาสตร์และงบประมาณ"), ("กอง สธ.", "กองสาธารณสุข"),
           ("ตสน.", "หน่วยตรวจสอบภายใน")]
P4_Q = {"๑": ("2025-10-01", "2025-12-31"), "๒": ("2026-01-01", "2026-03-31"), "๓": ("2026-04-01", "2026-06-30"),
        "๔": ("2026-07-01", "2026-09-30")}
P4_ROWS = [  # code, measure cell, indicator, kpi, budget, period text, (start, end), owner cell, owner codes
    ("ITA-01", "ปรับปรุงข้อมูลการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ อบจ. ให้ครบถ้วนและเป็นปัจจุบัน (ตัวชี้วัดที่ ๙)", 9,
     "ข้อมูลครบ ๓๓ รายการ\n(ร้อยละ ๑๐๐)", "๑๐,๐๐๐", "ไตรมาส ๑-๒", ("๑", "๒"), "กยผ.", ["กยผ."]),
    ("ITA-02", "ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy) และประชาสัมพันธ์ให้บุคลากรทราบ", None,
     "ประกาศ ๑ ฉบับ", "-", "ไตรมาส ๑", ("๑", "๑"), "สป.", ["สป."]),
    ("ITA-03", "จัดทำคู่มือและแนวปฏิบัติการใช้รถราชการและทรัพย์สินของ อบจ. (ตัวชี้วัดที่ ๔)", 4,
     "คู่มือ ๑ ฉบับ\nบุคลากรรับรู้ร้อยละ ๘๐", "๕,๐๐๐", "ไตรมาส ๒", ("๒", "๒"), "สป. / กค.", ["สป.", "กค."]),
    ("ITA-04", "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างรายเดือน", None,
     "เผยแพร่ครบ ๑๒ เดือน", "-", "ไตรมาส ๑-๔", ("๑", "๔"), "กค.", ["กค."]),
    ("ITA-05", "อบรมเสริมสร้างความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร อบจ. และบุคลากรสถานีอนามัยที่ถ่ายโอน",
     None, "ผู้ผ่านการอบรมร้อยละ ๙๐", "๔๕,๐๐๐", "ไตรมาส ๒-๓", ("๒", "๓"), "กจ. / กอง สธ.", ["กจ.", "กอง สธ."]),
    ("ITA-06", "สำรวจความพึงพอใจและความคิดเห็นของผู้รับบริการต่อการให้บริการของ อบจ. (ตัวชี้วัดที่ ๘)", 8,
     "ผู้ตอบแบบสำรวจ ๔๐๐ ราย", "๒๐,๐๐๐", "ไตรมาส ๓", ("๓", "๓"), "กยผ.", ["กยผ."]),
    ("ITA-07", "ตรวจสอบภายในการเบิกจ่ายงบประมาณและการจัดซื้อจัดจ้าง และรายงานผลต่อนายก อบจ.", None,
     "รายงาน ๒ ครั้ง/ปี", "-", "ไตรมาส ๒, ๔", ("๒", "๔"), "ตสน.", ["ตสน."]),
]


def p4():
    doc = tight(new_doc("Umpush", 14, landscape=True, margin=1.5), after=0)
    centre(doc, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)", bold=True, size=17)
    centre(doc, f"{P4_UNIT} ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True, size=17)
    _para(doc, "")
    body(doc, f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
              f"{P4_UNIT}ได้คะแนน ๘๘.๖๔ คะแนน อยู่ในระดับ A ทั้งนี้ ได้กำหนดเป้าหมายในปีงบประมาณ พ.ศ. ๒๕๖๙ "
              "ให้ได้คะแนนไม่ต่ำกว่า ๙๐ คะแนน จึงได้จัดทำแผนปฏิบัติการ ดังนี้")
    rows = [["รหัส\nโครงการ", "มาตรการ/กิจกรรม", "ตัวชี้วัด/ค่าเป้าหมาย (KPI)", "งบประมาณ\n(บาท)", "ระยะเวลา",
             "ผู้รับผิดชอบ*"]]
    total = 0
    for code, title, _, kpi, budget, period, _, owner, _ in P4_ROWS:
        rows.append([code, title, kpi, budget, period, owner])
        if budget != "-":
            total += int(budget.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    rows.append(["", "รวม", "", th(f"{total:,}"), "", ""])
    t = table(doc, rows, [2.4, 10.6, 4.0, 2.4, 3.7, 3.6], centre_cols=(0, 3, 4, 5), fill="E2EFD9")
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    p = _para(doc, "* อักษรย่อหน่วยงานผู้รับผิดชอบ: " + "  ".join(f"{a} = {b}" for a, b in P4_ABBR))
    small(p, 11)
    p.paragraph_format.space_before = Pt(3)
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ " + DOTS[:22] + " ผู้เสนอแผน", "(นายอับดุลเลาะ หมัดหลี)",
                     "ปลัดองค์การบริหารส่วนจังหวัดสตูล"],
                    ["ลงชื่อ " + DOTS[:22] + " ผู้อนุมัติแผน", "(นางสาวฮาลีมะห์ สาและ)",
                     "นายกองค์การบริหารส่วนจังหวัดสตูล"]], [12.0, 12.0])
    measures = []
    for _, title, ind, _, _, _, (q1, q2), _, owners in P4_ROWS:
        for tag in (" (ตัวชี้วัดที่ ๙)", " (ตัวชี้วัดที่ ๔)", " (ตัวชี้วัดที่ ๘)"):
            title = title.replace(tag, "")
        measures.append(M(title, [O(org=o) for o in owners], ind=ind, start=P4_Q[q1][0], end=P4_Q[q2][1]))
    facts = {
        "notes": "Only score: ITA 2568 overall 88.64 (A) in the opening paragraph; 'ไม่ต่ำกว่า ๙๐ คะแนน' is the FY "
                 "2569 target. The KPI column (๓๓ รายการ, ร้อยละ ๑๐๐ / ๘๐ / ๙๐, ๔๐๐ ราย, ๑ ฉบับ, ๒ ครั้ง/ปี) holds "
                 f"targets, the งบประมาณ column and the รวม row ({total:,}) amounts, the codes ITA-01 ... ITA-07 "
                 "project codes: none is a score. Measures: the seven coded rows; title = the มาตรการ/กิจกรรม cell "
                 "without the '(ตัวชี้วัดที่ n)' tag, which gives indicator_no (rows 01: 9, 03: 4, 06: 8; the others "
                 "null -- No Gift Policy names no number). The code is not part of the title. Periods are fiscal "
                 "quarters of FY 2569 (Q1 Oct-Dec 2025, Q2 Jan-Mar 2026, Q3 Apr-Jun 2026, Q4 Jul-Sep 2026), first "
                 "day of the first to last day of the last: 'ไตรมาส ๑-๒' 2025-10-01..2026-03-31, 'ไตรมาส ๑' "
                 "2025-10-01..2025-12-31, 'ไตรมาส ๒' 2026-01-01..2026-03-31, 'ไตรมาส ๑-๔' the whole FY, "
                 "'ไตรมาส ๒-๓' 2026-01-01..2026-06-30, 'ไตรมาส ๓' 2026-04-01..2026-06-30; 'ไตรมาส ๒, ๔' is not "
                 "contiguous: the span 2026-01-01..2026-09-30 (blind8 i4 / blind10 k3 convention). Owners: as "
                 "PRINTED, the abbreviations as org units ('สป. / กค.' and 'กจ. / กอง สธ.' two each); the footnote "
                 "under the table ('* อักษรย่อหน่วยงานผู้รับผิดชอบ') gives their meaning: สป. = "
                 "สำนักปลัดองค์การบริหารส่วนจังหวัด, กค. = กองคลัง, กช. = กองช่าง (listed but owning no row), กจ. = "
                 "กองการเจ้าหน้าที่, กยผ. = กองยุทธศาสตร์และงบประมาณ, กอง สธ. = กองสาธารณสุข, ตสน. = "
                 "หน่วยตรวจสอบภายใน (a reader expanding them is semantically right but does not match the gold keys; "
                 "the gold keeps the printed form). People: ผู้เสนอแผน and ผู้อนุมัติแผน side by side (role after the "
                 "dots; นางสาว -> น.ส.).",
        "scores": [S("overall", 88.64, 2568, rating="A")],
        "measures": measures,
        "people": [P("ผู้เสนอแผน", "นาย", "อับดุลเลาะ หมัดหลี", "ปลัดองค์การบริหารส่วนจังหวัดสตูล"),
                   P("ผู้อนุมัติแผน", "น.ส.", "ฮาลีมะห์ สาและ", "นายกองค์การบริหารส่วนจังหวัดสตูล")],
        "findings": [],
    }
    document = {
        "unit": P4_UNIT, "unit_type": "provincial_admin", "province": "สตูล", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": f"แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) {P4_UNIT} ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "notes": "Undated FY 2569 action plan (title). Title = the two centred heading lines joined. Province from "
                 "the unit's name. doc_type measures.",
    }
    return doc, facts, document


REPORTS = {
    "p1_provincial_summary_subunits_table_yasothon_health": p1,
    "p2_anticorruption_plan_results_budget_pct_dong_mafai_thong": p2,
    "p3_police_memo_dot_leader_scores_khok_si_thong": p3,
    "p4_pao_action_plan_codes_quarters_abbrev_owners_satun": p4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
