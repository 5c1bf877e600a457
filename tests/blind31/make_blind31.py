#!/usr/bin/env python3
"""Build the blind-31 reports (tests/blind31/m31_*.docx + SCANNED .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py, tests/blind19/make_blind19.py and
tests/blind23/make_blind23.py (`_cs_sizes`), as tests/blind24/make_blind24.py does. Units, people and figures
are invented (provinces and districts are real).

Every .pdf here is a SCAN: the LibreOffice PDF of the .docx is printed to page images, signed by hand (pen
scribbles drawn over the dotted signature lines, ticks in the approval boxes, a receipt stamp), degraded as an
office scanner would (tools/scanlib.py: blur, skew, grain, JPEG) and stored as an image-only PDF with NO text
layer. The gold is what the document says, not what OCR reads; one gold serves both files.

  m31_1  สำนักงานสาธารณสุขอำเภอวังน้ำเย็นทอง (สระแก้ว)  signed บันทึกข้อความ: ITA 2569 overall, the three tools and
                                              two indicators in running text, a request to approve three
                                              measures with owners and deadlines, the สาธารณสุขอำเภอ's
                                              'ทราบ/อนุมัติ' box ticked by hand, a receipt stamp; Laksaman 14,
                                              Thai digits; scan 300 dpi, light noise
  m31_2  เทศบาลตำบลหนองหญ้าไซทอง (สุพรรณบุรี)        signed ประกาศ of FY 2570 measures: table ที่ | มาตรการ |
                                              ผู้รับผิดชอบ | ระยะเวลา, five rows, signed by the mayor; Kinnari
                                              15 with a Sawasdee table, Thai digits; scan 200 dpi, medium noise
  m31_3  โรงพยาบาลเชียงกลางพัฒนา (น่าน)              two-page minutes of the ITA committee: attendees with posts and
                                              committee roles, scores in the secretary's running text, a
                                              resolution assigning two tasks; Garuda 12, Thai digits; scan 300
                                              dpi, visibly skewed
  m31_4  องค์การบริหารส่วนตำบลเขาพนมทอง (กระบี่)       a one-page dot-leader report form filled in (typed values in Tlwg
                                              Typo 12 over Norasi 13 labels): overall, tools, a small
                                              ตัวชี้วัด | คะแนน table of the indicators below 85, two planned
                                              measures as field blocks; Thai digits; scan 200 dpi, darker,
                                              dusty

    .venv/bin/python tests/blind31/make_blind31.py            (docx, scanned pdf, gold)
    .venv/bin/python tests/blind31/make_blind31.py --no-pdf   (docx and gold only)
"""

from __future__ import annotations

import math
import random
import re
import sys
import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _no_borders, _para, convert_to_pdf  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, centre, save_reports, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import size_all, sized  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind23"))
from make_blind23 import _cs_sizes  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind24"))
from make_blind24 import _memo_field  # noqa: E402

sys.path.insert(0, str(ROOT))
from tools.scanlib import Noise, degrade, render_pdf_pages, write_image_pdf  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")


def _run_font(run, font: str) -> None:
    """A run in another font (all four rFonts slots, Thai is complex script)."""
    run.font.name = font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)


def _fonted(t, font: str) -> None:
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    _run_font(r, font)


def _band(v: float) -> str:
    for lim, r in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if v >= lim:
            return r
    return "F"


def _overall(iit: float, eit: float, oit: float) -> float:
    return round(0.3 * iit + 0.3 * eit + 0.4 * oit, 2)


# ------------------------------------------------------------------------------------------ m31_1

M1_UNIT = "สำนักงานสาธารณสุขอำเภอวังน้ำเย็นทอง"
M1_TOOLS = {"IIT": 91.36, "EIT": 88.05, "OIT": 84.10}
M1_OVERALL = _overall(*M1_TOOLS.values())  # 27.408 + 26.415 + 33.64 = 87.463
# printed item, gold title, ind, owner text, owners, deadline text, end
M1_MEASURES = [
    ("มาตรการเผยแพร่แผนปฏิบัติการป้องกันการทุจริตและรายงานผลการดำเนินงานรอบ 6 เดือนบนเว็บไซต์ของสำนักงาน "
     "(ตัวชี้วัดที่ 10)",
     "มาตรการเผยแพร่แผนปฏิบัติการป้องกันการทุจริตและรายงานผลการดำเนินงานรอบ 6 เดือนบนเว็บไซต์ของสำนักงาน", 10,
     "นางสาวปิยะนุช แก้วกาญจนา นักวิชาการสาธารณสุขชำนาญการ",
     [O("น.ส.", "ปิยะนุช แก้วกาญจนา", "นักวิชาการสาธารณสุขชำนาญการ")],
     "ภายในวันที่ 30 พฤศจิกายน 2569", "2026-11-30"),
    ("มาตรการเพิ่มช่องทางการสื่อสารและประชาสัมพันธ์ข้อมูลการให้บริการผ่าน LINE Official Account และเพจ "
     "Facebook ของสำนักงาน (ตัวชี้วัดที่ 7)",
     "มาตรการเพิ่มช่องทางการสื่อสารและประชาสัมพันธ์ข้อมูลการให้บริการผ่าน LINE Official Account และเพจ "
     "Facebook ของสำนักงาน", 7,
     "นายธีรวุฒิ สมบูรณ์ชัย เจ้าพนักงานสาธารณสุขชำนาญงาน",
     [O("นาย", "ธีรวุฒิ สมบูรณ์ชัย", "เจ้าพนักงานสาธารณสุขชำนาญงาน")],
     "ภายในวันที่ 31 ธันวาคม 2569", "2026-12-31"),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อนและการรับของขวัญ (No Gift Policy) โดยประชุมชี้แจงบุคลากรของสำนักงานและ"
     "โรงพยาบาลส่งเสริมสุขภาพตำบลทุกแห่งในเขตอำเภอ",
     "มาตรการป้องกันผลประโยชน์ทับซ้อนและการรับของขวัญ (No Gift Policy) โดยประชุมชี้แจงบุคลากรของสำนักงานและ"
     "โรงพยาบาลส่งเสริมสุขภาพตำบลทุกแห่งในเขตอำเภอ", None,
     "งานบริหารทั่วไป", [O(org="งานบริหารทั่วไป")],
     "ภายในเดือนมกราคม 2570", "2027-01-31"),
]


def m1():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=2.0), after=0)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.6), Cm(1.6), Cm(2.8), Cm(2.0)
    p = centre(doc, "บันทึกข้อความ", bold=True, size=26)
    p.paragraph_format.space_after = Pt(4)
    _memo_field(doc, "ส่วนราชการ", th(f"{M1_UNIT} อำเภอวังน้ำเย็น จังหวัดสระแก้ว  โทร. 0 3725 1436"), label_plus=3)
    _memo_field(doc, "ที่", th("สก 0232.10/318") + "                              " + th("วันที่  29  ตุลาคม  2569"), label_plus=3)
    _memo_field(doc, "เรื่อง", th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                                  "ประจำปีงบประมาณ พ.ศ. 2569 และขออนุมัติมาตรการยกระดับผลการประเมิน"), label_plus=3)
    _para(doc, "เรียน  สาธารณสุขอำเภอวังน้ำเย็นทอง")
    body(doc, th("1. เรื่องเดิม"), first=2.5, bold=True)
    body(doc, th("ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                 "(ITA) ประจำปีงบประมาณ พ.ศ. 2569 ผ่านระบบ ITAS เมื่อวันที่ 22 ตุลาคม 2569 นั้น"), first=2.5)
    body(doc, th("2. ข้อเท็จจริง"), first=2.5, bold=True)
    t = M1_TOOLS
    body(doc, th(f"{M1_UNIT} ได้คะแนนรวม {M1_OVERALL:.2f} คะแนน อยู่ในระดับ {_band(M1_OVERALL)} "
                 f"โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ {t['IIT']:.2f} คะแนน "
                 f"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ {t['EIT']:.2f} คะแนน "
                 f"และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ {t['OIT']:.2f} คะแนน "
                 "ตัวชี้วัดที่ได้คะแนนต่ำสุด 2 ลำดับแรก ได้แก่ ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 75.00 คะแนน "
                 "และตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้ 82.40 คะแนน ซึ่งยังต่ำกว่าค่าเป้าหมายของสำนักงาน"
                 "สาธารณสุขจังหวัดสระแก้วที่กำหนดไว้ไม่ต่ำกว่า 90 คะแนน"), first=2.5)
    body(doc, th("3. ข้อพิจารณา"), first=2.5, bold=True)
    body(doc, th("เพื่อยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570 ผู้รับผิดชอบงาน ITA ได้วิเคราะห์ผลการประเมิน"
                 "แล้ว เห็นควรดำเนินการตามมาตรการ จำนวน 3 มาตรการ ดังนี้"), first=2.5)
    for i, (item, _, _, owner, _, when, _) in enumerate(M1_MEASURES, 1):
        q = body(doc, th(f"({i}) {item}"), first=0, left=2.5)
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        q = body(doc, th(f"ผู้รับผิดชอบ  {owner}   กำหนดแล้วเสร็จ  {when}"), first=0, left=3.3)
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
    body(doc, th("4. ข้อเสนอ"), first=2.5, bold=True)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบผลการประเมิน และพิจารณาอนุมัติมาตรการทั้ง ๓ มาตรการ เพื่อให้ผู้รับผิดชอบ"
              "ดำเนินการต่อไป", first=2.5)
    _para(doc, "")
    sig_table(doc, [[""], ["(ลงชื่อ)" + DOTS[:30], "(นางสาวปิยะนุช แก้วกาญจนา)",
                           "นักวิชาการสาธารณสุขชำนาญการ"]], [7.0, 9.2])
    _para(doc, "")
    appr = sig_table(doc, [["ความเห็นสาธารณสุขอำเภอ", "☐ ทราบ      ☐ อนุมัติ      ☐ ไม่อนุมัติ", "",
                            "(ลงชื่อ)" + DOTS[:26], "(นายสุรชัย บุญประเสริฐ)", "สาธารณสุขอำเภอวังน้ำเย็นทอง",
                            th("วันที่ 30 ต.ค. 2569")], [""]], [9.0, 7.2])
    for par in appr.rows[0].cells[0].paragraphs:
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
    facts = {
        "notes": "Signed บันทึกข้อความ of a district health office (Laksaman 14, Thai digits), SCANNED (300 dpi, light "
                 "noise; hand signatures over the dotted lines, hand ticks in the '☐ ทราบ' and '☐ อนุมัติ' boxes, a "
                 "receipt stamp 'เลขรับ ... วันที่ ... เวลา ...' in the top margin -- none of which is text of the "
                 ".docx; the stamp's numbers are no scores). Scores (ITA 2569, all in the running text of '๒. "
                 "ข้อเท็จจริง'): overall 87.46 (A; 0.3/0.3/0.4 of the tools gives 87.463), tools IIT 91.36 / EIT 88.05 "
                 "/ OIT 84.10 named by their long Thai names with the code in brackets, indicator 10 (OIT, "
                 "การป้องกันการทุจริต) 75.00 and indicator 7 (EIT, ประสิทธิภาพการสื่อสาร) 82.40. Not scores: 'ต่ำสุด "
                 "๒ ลำดับแรก' (a count), the province's target 'ไม่ต่ำกว่า ๙๐ คะแนน', the announcement date ๒๒ ต.ค. "
                 "๒๕๖๙, 'รอบ ๖ เดือน' in a title, '๓ มาตรการ', the document number and the office phone. Measures: "
                 "the three items (๑)-(๓) under '๓. ข้อพิจารณา' that the memo asks the chief to approve (which he "
                 "does, ticking อนุมัติ); each item is followed by an indented line 'ผู้รับผิดชอบ <owner>   "
                 "กำหนดแล้วเสร็จ <deadline>'. Title = the item without its number and without a trailing "
                 "'(ตัวชี้วัดที่ n)' tag, which gives indicator_no (item ๑ 10, item ๒ 7; item ๓ names none: null -- "
                 "'No Gift Policy' is a policy, 'LINE Official Account' a channel). Item ๓ keeps its 'โดย...' clause "
                 "(it is part of the printed item; a reader stopping before 'โดย' still matches by prefix). Periods "
                 "(FY 2570 = Oct 2026 - Sep 2027; B.E. 2569 = 2026): every 'กำหนดแล้วเสร็จ' is a deadline, end "
                 "only: 'ภายในวันที่ ๓๐ พฤศจิกายน ๒๕๖๙' 2026-11-30, 'ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๙' 2026-12-31, "
                 "'ภายในเดือนมกราคม ๒๕๗๐' the month's last day 2027-01-31. Owners: 'นางสาวปิยะนุช แก้วกาญจนา "
                 "นักวิชาการสาธารณสุขชำนาญการ' and 'นายธีรวุฒิ สมบูรณ์ชัย เจ้าพนักงานสาธารณสุขชำนาญงาน' = rank/name/"
                 "position (นางสาว -> น.ส.); 'งานบริหารทั่วไป' an org unit. People: the memo's writer who signs it "
                 "(no role printed under her post: ผู้ลงนาม, as blind24 a2; she is also item ๑'s owner) and the "
                 "สาธารณสุขอำเภอ who signs the 'ความเห็นสาธารณสุขอำเภอ' box with 'ทราบ / อนุมัติ / ไม่อนุมัติ' "
                 "(role ผู้อนุมัติ, as the director under 'ทราบ/อนุมัติ' in blind24 a2). The addressee in 'เรียน' is "
                 "the same chief, not another person.",
        "scores": [S("overall", M1_OVERALL, 2569, rating="A"),
                   S("tool", M1_TOOLS["IIT"], 2569, "IIT"), S("tool", M1_TOOLS["EIT"], 2569, "EIT"),
                   S("tool", M1_TOOLS["OIT"], 2569, "OIT"),
                   S("indicator", 75.00, 2569, "OIT", 10), S("indicator", 82.40, 2569, "EIT", 7)],
        "measures": [M(th(g), owners, ind=ind, end=end) for _, g, ind, _, owners, _, end in M1_MEASURES],
        "people": [P("ผู้ลงนาม", "น.ส.", "ปิยะนุช แก้วกาญจนา", "นักวิชาการสาธารณสุขชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "สุรชัย บุญประเสริฐ", "สาธารณสุขอำเภอวังน้ำเย็นทอง")],
        "findings": [],
    }
    document = {
        "unit": M1_UNIT, "unit_type": "health_office", "province": "สระแก้ว", "fiscal_year": 2569,
        "doc_type": "analysis",
        "title": th("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ "
                    "พ.ศ. 2569 และขออนุมัติมาตรการยกระดับผลการประเมิน"),
        "notes": "Memo dated ๒๙ ต.ค. ๒๕๖๙ (in FY 2570) reporting the ITA 2569 result and asking approval of measures "
                 "for FY 2570: fiscal_year 2569, the result it reports (as blind24 a2 / blind7 h1). doc_type "
                 "analysis (a score report with proposed measures, as blind7 h1; 'measures' arguable). Title = the "
                 "เรื่อง line. Province from the ส่วนราชการ line (อำเภอวังน้ำเย็น จังหวัดสระแก้ว; 'สก' in the "
                 "document number is its code).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m31_2

M2_UNIT = "เทศบาลตำบลหนองหญ้าไซทอง"
# printed cell, gold title, ind, owner cell, owners, period cell, start, end
M2_ROWS = [
    ("มาตรการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT (ตัวชี้วัดที่ 9)",
     "มาตรการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนและเป็นปัจจุบันตามแบบตรวจ OIT", 9,
     "สำนักปลัดเทศบาล", [O(org="สำนักปลัดเทศบาล")], "ต.ค. 2569 – ก.ย. 2570", "2026-10-01", "2027-09-30"),
    ("มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างประจำเดือน (ตัวชี้วัดที่ 2)",
     "มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างประจำเดือน", 2,
     "กองคลัง", [O(org="กองคลัง")], "ทุกเดือน", None, None),
    ("มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
     "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)", None,
     "ปลัดเทศบาล", [O(pos="ปลัดเทศบาล")], "ภายใน 31 ต.ค. 2569", None, "2026-10-31"),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและแจ้งผลการดำเนินการให้ผู้ร้องทราบ (ตัวชี้วัดที่ 5)",
     "มาตรการจัดการเรื่องร้องเรียนการทุจริตและแจ้งผลการดำเนินการให้ผู้ร้องทราบ", 5,
     "นายอำนาจ ศรีสวัสดิ์\nนิติกรชำนาญการ", [O("นาย", "อำนาจ ศรีสวัสดิ์", "นิติกรชำนาญการ")],
     "พ.ย. 2569 – ก.ย. 2570", "2026-11-01", "2027-09-30"),
    ("มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการปรับปรุงการให้บริการผ่านเวทีประชาคมตำบล (ตัวชี้วัดที่ 8)",
     "มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการปรับปรุงการให้บริการผ่านเวทีประชาคมตำบล", 8,
     "กองยุทธศาสตร์และงบประมาณ\nกองสวัสดิการสังคม",
     [O(org="กองยุทธศาสตร์และงบประมาณ"), O(org="กองสวัสดิการสังคม")], "ก.พ. 2570", "2027-02-01", "2027-02-28"),
]


def m2():
    doc = tight(new_doc("Kinnari", 15, landscape=False, margin=2.0), after=2)
    doc.sections[0].top_margin = Cm(2.8)
    centre(doc, f"ประกาศ{M2_UNIT}", bold=True, size=18)
    centre(doc, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2570"), bold=True, size=16)
    centre(doc, "------------------------------------------")
    body(doc, th(f"ตามที่{M2_UNIT} อำเภอหนองหญ้าไซ จังหวัดสุพรรณบุรี ได้รับผลการประเมินคุณธรรมและความโปร่งใสใน"
                 "การดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 ได้ 83.64 คะแนน อยู่ในระดับ B "
                 "โดยตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 72.50 คะแนน ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน นั้น"), first=2.5)
    body(doc, th("เพื่อให้การบริหารงานของเทศบาลเป็นไปอย่างโปร่งใส ตรวจสอบได้ และยกระดับผลการประเมินในปีงบประมาณ "
                 "พ.ศ. 2570 ให้ได้ไม่ต่ำกว่า 85 คะแนน จึงประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                 "ดังนี้"), first=2.5)
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    for i, r in enumerate(M2_ROWS, 1):
        rows.append([th(str(i)), th(r[0]), th(r[3]), th(r[5])])
    t = table(doc, rows, [1.1, 8.9, 4.2, 3.2], centre_cols=(0, 3), fill="EDEDED")
    size_all(t, 13)
    _fonted(t, "Sawasdee")
    keep_rows(t)
    _para(doc, "")
    body(doc, "ทั้งนี้ ให้ผู้รับผิดชอบรายงานผลการดำเนินงานตามมาตรการต่อนายกเทศมนตรีทุกไตรมาส", first=2.5)
    body(doc, "จึงประกาศมาเพื่อทราบโดยทั่วกัน", first=2.5)
    _para(doc, "")
    centre(doc, th("ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2569"))
    _para(doc, "")
    _para(doc, "")
    sig_table(doc, [[""], ["(ลงชื่อ)" + DOTS[:30], "(นายประเสริฐ วงษ์สุวรรณ)", "นายกเทศมนตรีตำบลหนองหญ้าไซทอง"]],
              [6.5, 10.5])
    facts = {
        "notes": "Signed ประกาศ of a sub-district municipality's FY 2570 measures (Kinnari 15, table in Sawasdee 13, "
                 "Thai digits), SCANNED (200 dpi, medium noise; the mayor's hand signature over the dotted line). "
                 "Scores: ITA 2569 overall 83.64 (B) and indicator 9 (OIT, การเปิดเผยข้อมูล) 72.50, both in the "
                 "preamble. Not scores: the pass mark 'เกณฑ์ผ่าน ๘๕ คะแนน' and the FY 2570 target 'ไม่ต่ำกว่า ๘๕ "
                 "คะแนน'. Measures: the five rows of 'ที่ | มาตรการ | ผู้รับผิดชอบ | ระยะเวลา'; title = the มาตรการ "
                 "cell without a trailing '(ตัวชี้วัดที่ n)' tag, which gives indicator_no (row ๑ 9, ๒ 2, ๔ 5, ๕ 8; "
                 "row ๓, No Gift Policy, names none: null; 'แบบตรวจ OIT' in row ๑ names the tool). Periods (FY 2570 "
                 "= Oct 2026 - Sep 2027): 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐' 2026-10-01..2027-09-30; 'ทุกเดือน' a rhythm, no "
                 "dates (null, null); 'ภายใน ๓๑ ต.ค. ๒๕๖๙' a deadline (end 2026-10-31 only); 'พ.ย. ๒๕๖๙ – ก.ย. "
                 "๒๕๗๐' 2026-11-01..2027-09-30; 'ก.พ. ๒๕๗๐' the month 2027-02-01..2027-02-28 (2027 is no leap "
                 "year). 'ทุกไตรมาส' in the closing sentence is the reporting rhythm. Owners: 'สำนักปลัดเทศบาล' and "
                 "'กองคลัง' org units; 'ปลัดเทศบาล' a position (no name); 'นายอำนาจ ศรีสวัสดิ์' over 'นิติกร"
                 "ชำนาญการ' in one cell = one person; 'กองยุทธศาสตร์และงบประมาณ' over 'กองสวัสดิการสังคม' = two org "
                 "units (two divisions on two lines). People: the mayor who signs the announcement (no role "
                 "printed: ผู้ลงนาม).",
        "scores": [S("overall", 83.64, 2569, rating="B"), S("indicator", 72.50, 2569, "OIT", 9)],
        "measures": [M(th(r[1]), r[4], ind=r[2], start=r[6], end=r[7]) for r in M2_ROWS],
        "people": [P("ผู้ลงนาม", "นาย", "ประเสริฐ วงษ์สุวรรณ", "นายกเทศมนตรีตำบลหนองหญ้าไซทอง")],
        "findings": [],
    }
    document = {
        "unit": M2_UNIT, "unit_type": "municipality", "province": "สุพรรณบุรี", "fiscal_year": 2570,
        "doc_type": "measures",
        "title": th(f"ประกาศ{M2_UNIT} เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ "
                    "พ.ศ. 2570"),
        "notes": "Announcement of FY 2570 measures dated ๑๕ ต.ค. ๒๕๖๙ (in FY 2570), quoting the ITA 2569 result: "
                 "fiscal_year 2570, the year of its measures (as blind13 n3). Title = the three centred heading "
                 "lines (the เรื่อง line with its year alone is an acceptable alternative). Province from the "
                 "preamble (อำเภอหนองหญ้าไซ จังหวัดสุพรรณบุรี).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m31_3

M3_UNIT = "โรงพยาบาลเชียงกลางพัฒนา"
M3_TOOLS = {"IIT": 93.48, "EIT": 90.12, "OIT": 86.25}
M3_OVERALL = _overall(*M3_TOOLS.values())  # 28.044 + 27.036 + 34.5 = 89.58
# printed full name, rank, name, post, committee role
M3_PRESENT = [
    ("นายแพทย์วรวิทย์ ชัยมงคล", "นพ.", "วรวิทย์ ชัยมงคล", f"ผู้อำนวยการ{M3_UNIT}", "ประธานกรรมการ"),
    ("นางศิริพร อินทรสุวรรณ", "นาง", "ศิริพร อินทรสุวรรณ", "หัวหน้าพยาบาล", "รองประธานกรรมการ"),
    ("นายสมบัติ ปัญญาวงศ์", "นาย", "สมบัติ ปัญญาวงศ์", "หัวหน้ากลุ่มงานบริหารทั่วไป", "กรรมการ"),
    ("นางสาวกัลยา ธนสาร", "น.ส.", "กัลยา ธนสาร", "หัวหน้ากลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค", "กรรมการ"),
    ("นายณัฐวุฒิ คำปวง", "นาย", "ณัฐวุฒิ คำปวง", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "กรรมการ"),
    ("นางสาวพัชรินทร์ สุยะ", "น.ส.", "พัชรินทร์ สุยะ", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "กรรมการและเลขานุการ"),
    ("นางอรทัย ใจมา", "นาง", "อรทัย ใจมา", "เจ้าพนักงานธุรการชำนาญงาน", "กรรมการและผู้ช่วยเลขานุการ"),
]
M3_ABSENT = ("นายธนพล เรือนคำ", "นาย", "ธนพล เรือนคำ", "หัวหน้ากลุ่มงานเวชกรรมฟื้นฟู", "กรรมการ")
M3_GUEST = ("นางสาวมณีรัตน์ ขันแก้ว", "น.ส.", "มณีรัตน์ ขันแก้ว", "นักประชาสัมพันธ์ปฏิบัติการ")


def _people_rows(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    _no_borders(t)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text)
    fix_widths(t, widths)
    size_all(t, 11)
    return t


def m3():
    doc = tight(new_doc("Garuda", 12, landscape=False, margin=1.8), after=0)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.4)
    doc.sections[0].left_margin = Cm(2.3)
    centre(doc, "รายงานการประชุม", bold=True, size=16)
    centre(doc, "คณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส", bold=True, size=14)
    centre(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True, size=14)
    centre(doc, th(f"{M3_UNIT} ครั้งที่ 1/2569"), bold=True, size=14)
    centre(doc, th("วันพุธที่ 12 พฤศจิกายน 2568 เวลา 13.30 น."))
    centre(doc, th(f"ณ ห้องประชุมราชพฤกษ์ ชั้น 2 {M3_UNIT} อำเภอเชียงกลาง จังหวัดน่าน"))
    centre(doc, "-----------------------------------")
    _para(doc, "ผู้มาประชุม", bold=True)
    _people_rows(doc, [[th(f"{i}. {full}"), post, role] for i, (full, _, _, post, role) in enumerate(M3_PRESENT, 1)],
                 [5.6, 7.0, 4.4])
    _para(doc, "ผู้ไม่มาประชุม", bold=True)
    _people_rows(doc, [[th(f"1. {M3_ABSENT[0]}"), M3_ABSENT[3], "ติดราชการ"]], [5.6, 7.0, 4.4])
    _para(doc, "ผู้เข้าร่วมประชุม", bold=True)
    _people_rows(doc, [[th(f"1. {M3_GUEST[0]}"), M3_GUEST[3], ""]], [5.6, 7.0, 4.4])
    sized(doc, th("เริ่มประชุมเวลา 13.30 น."), 12, before=6, after=2)
    body(doc, "เมื่อครบองค์ประชุมแล้ว ประธานกรรมการกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้")
    _para(doc, th("ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), bold=True)
    body(doc, th("ประธานแจ้งว่า สำนักงานสาธารณสุขจังหวัดน่านกำหนดให้โรงพยาบาลทุกแห่งในจังหวัดมีผลการประเมิน ITA "
                 "ประจำปีงบประมาณ พ.ศ. 2569 ไม่ต่ำกว่า 92 คะแนน และขอให้กรรมการทุกท่านช่วยกันติดตามงานในความ"
                 "รับผิดชอบอย่างต่อเนื่อง"))
    body(doc, "มติที่ประชุม  รับทราบ", bold=True)
    _para(doc, th("ระเบียบวาระที่ 2  เรื่องรับรองรายงานการประชุม"), bold=True)
    body(doc, th("เลขานุการฯ เสนอรายงานการประชุมครั้งที่ 4/2568 เมื่อวันที่ 18 กันยายน 2568 ให้ที่ประชุมพิจารณา"))
    body(doc, "มติที่ประชุม  รับรองรายงานการประชุมโดยไม่มีการแก้ไข", bold=True)
    _para(doc, th("ระเบียบวาระที่ 3  เรื่องเพื่อทราบ"), bold=True)
    _para(doc, th("3.1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    t = M3_TOOLS
    body(doc, th(f"เลขานุการฯ แจ้งว่า สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินแล้ว {M3_UNIT}ได้คะแนนรวม "
                 f"{M3_OVERALL:.2f} คะแนน อยู่ในระดับ {_band(M3_OVERALL)} เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 ซึ่งได้ "
                 f"86.91 คะแนน โดยเครื่องมือ IIT ได้ {t['IIT']:.2f} คะแนน เครื่องมือ EIT ได้ {t['EIT']:.2f} คะแนน "
                 f"(ผู้ตอบแบบวัด 125 ราย) และเครื่องมือ OIT ได้ {t['OIT']:.2f} คะแนน อยู่ในลำดับที่ 2 จาก 15 "
                 "โรงพยาบาลในจังหวัดน่าน ทั้งนี้ ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน "
                 "ได้ 83.15 คะแนน เนื่องจากผู้รับบริการยังไม่เห็นการเปลี่ยนแปลงของขั้นตอนการให้บริการ และข้อมูล"
                 "บางรายการบนเว็บไซต์ของโรงพยาบาลยังไม่เป็นปัจจุบัน"))
    body(doc, "มติที่ประชุม  รับทราบ", bold=True)
    _para(doc, th("ระเบียบวาระที่ 4  เรื่องเพื่อพิจารณา"), bold=True)
    _para(doc, th("4.1 แนวทางการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"), bold=True)
    body(doc, th("หัวหน้ากลุ่มงานบริหารทั่วไปเสนอว่า ควรรับฟังความคิดเห็นของผู้รับบริการอย่างเป็นระบบและแจ้งผล"
                 "การปรับปรุงให้ผู้รับบริการทราบ ส่วนหัวหน้าพยาบาลเสนอให้ติดป้ายแสดงขั้นตอนและระยะเวลาการให้บริการ"
                 "ทุกจุดบริการ ที่ประชุมได้อภิปรายอย่างกว้างขวาง"))
    body(doc, "มติที่ประชุม  เห็นชอบ และมอบหมายงาน ดังนี้", bold=True)
    body(doc, th("1) มอบหมายให้กลุ่มงานบริหารทั่วไป จัดทำแบบสำรวจความคิดเห็นของผู้รับบริการต่อการปรับปรุงขั้นตอน"
                 "การให้บริการ และสรุปผลเสนอผู้อำนวยการ (ตัวชี้วัดที่ 8) ภายในวันที่ 31 ธันวาคม 2568"),
         first=0, left=1.25)
    body(doc, th("2) มอบหมายให้นายณัฐวุฒิ คำปวง นักวิชาการคอมพิวเตอร์ปฏิบัติการ ตรวจสอบและปรับปรุงข้อมูลสาธารณะ"
                 "บนเว็บไซต์ของโรงพยาบาลให้ครบถ้วนตามแบบตรวจ OIT (ตัวชี้วัดที่ 9) ระหว่างเดือนมกราคม – มีนาคม "
                 "2569"), first=0, left=1.25)
    _para(doc, th("ระเบียบวาระที่ 5  เรื่องอื่น ๆ"), bold=True)
    body(doc, th("ประธานแจ้งกำหนดการประชุมครั้งต่อไปในเดือนกุมภาพันธ์ 2569 เพื่อติดตามความก้าวหน้า"))
    body(doc, "มติที่ประชุม  รับทราบ", bold=True)
    sized(doc, th("ปิดประชุมเวลา 15.20 น."), 12, before=6, after=14)
    sig_table(doc, [["(ลงชื่อ)" + DOTS[:16] + "ผู้จดรายงานการประชุม", "(นางสาวพัชรินทร์ สุยะ)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["(ลงชื่อ)" + DOTS[:16] + "ผู้ตรวจรายงานการประชุม", "(นางศิริพร อินทรสุวรรณ)",
                     "หัวหน้าพยาบาล"]], [8.3, 8.3])
    people = [P(role, rank, name, post) for _, rank, name, post, role in M3_PRESENT]
    people += [P("ผู้ไม่มาประชุม", M3_ABSENT[1], M3_ABSENT[2], M3_ABSENT[3]),
               P("ผู้เข้าร่วมประชุม", M3_GUEST[1], M3_GUEST[2], M3_GUEST[3]),
               P("ผู้จดรายงานการประชุม", "น.ส.", "พัชรินทร์ สุยะ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
               P("ผู้ตรวจรายงานการประชุม", "นาง", "ศิริพร อินทรสุวรรณ", "หัวหน้าพยาบาล")]
    facts = {
        "notes": "Two-page minutes of a community hospital's ITA committee, meeting ๑/๒๕๖๙ (Garuda 12, attendee "
                 "list 11, Thai digits), SCANNED (300 dpi, visibly skewed; the recorder's and checker's hand "
                 "signatures over the dotted lines). Scores (ITA 2568), all in the secretary's running text of ระเบียบวาระที่ ๓.๑: "
                 "overall 89.58 (A; 0.3/0.3/0.4 of the tools gives 89.58), the 2567 overall 86.91 (no rating "
                 "printed), tools IIT 93.48 / EIT 90.12 / OIT 86.25 ('เครื่องมือ X ได้ ... คะแนน') and indicator 8 "
                 "(EIT, การปรับปรุงการทำงาน) 83.15. Not scores: the province's target 'ไม่ต่ำกว่า ๙๒ คะแนน' (วาระ "
                 "๑), '(ผู้ตอบแบบวัด ๑๒๕ ราย)' respondents, the rank 'ลำดับที่ ๒ จาก ๑๕', meeting numbers ๑/๒๕๖๙ "
                 "and ๔/๒๕๖๘, times ๑๓.๓๐ / ๑๕.๒๐, 'ชั้น ๒'. Measures: only the two tasks the มติ of วาระ ๔.๑ assigns "
                 "('เห็นชอบ และมอบหมายงาน ดังนี้ ๑) มอบหมายให้ <owner> <task> (ตัวชี้วัดที่ n) <period>'), as the "
                 "มติ assignments of blind13 n2 / blind17 t2; the proposals in the discussion (the หัวหน้ากลุ่มงาน"
                 "บริหารทั่วไป's and หัวหน้าพยาบาล's 'เสนอว่า/เสนอให้') are discussion, not measures; the next meeting "
                 "(วาระ ๕) is none. Title = the task without 'มอบหมายให้', the owner, the tag and the period; task ๑ "
                 "keeps 'และสรุปผลเสนอผู้อำนวยการ' (part of the task). indicator_no from the tags: ๑) 8, ๒) 9 "
                 "('แบบตรวจ OIT' names the tool). Periods (FY 2569): 'ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๘' a deadline, end "
                 "2025-12-31; 'ระหว่างเดือนมกราคม – มีนาคม ๒๕๖๙' 2026-01-01..2026-03-31. Owners: 'กลุ่มงานบริหาร"
                 "ทั่วไป' an org unit; 'นายณัฐวุฒิ คำปวง นักวิชาการคอมพิวเตอร์ปฏิบัติการ' rank/name/position. People "
                 "(as blind17 t2 / blind29 h29_1): the seven ผู้มาประชุม in a borderless three-column list (numbered "
                 "name, post, committee role; role = the committee role; the director 'นายแพทย์' -> rank นพ., "
                 "นางสาว -> น.ส.), the absent member (ผู้ไม่มาประชุม; the third cell 'ติดราชการ' is the reason, not "
                 "a role; his committee role is not printed), the invited PR officer (ผู้เข้าร่วมประชุม, no committee "
                 "role), and recorder and checker side by side (roles after the dots; they are also the secretary "
                 "and the vice-chair, listed again with the signing roles). 11 people.",
        "scores": [S("overall", M3_OVERALL, 2568, rating="A"), S("overall", 86.91, 2567),
                   S("tool", M3_TOOLS["IIT"], 2568, "IIT"), S("tool", M3_TOOLS["EIT"], 2568, "EIT"),
                   S("tool", M3_TOOLS["OIT"], 2568, "OIT"), S("indicator", 83.15, 2568, "EIT", 8)],
        "measures": [
            M("จัดทำแบบสำรวจความคิดเห็นของผู้รับบริการต่อการปรับปรุงขั้นตอนการให้บริการ และสรุปผลเสนอผู้อำนวยการ",
              [O(org="กลุ่มงานบริหารทั่วไป")], ind=8, end="2025-12-31"),
            M("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของโรงพยาบาลให้ครบถ้วนตามแบบตรวจ OIT",
              [O("นาย", "ณัฐวุฒิ คำปวง", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], ind=9, start="2026-01-01",
              end="2026-03-31"),
        ],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": M3_UNIT, "unit_type": "hospital", "province": "น่าน", "fiscal_year": 2569,
        "doc_type": "minutes",
        "title": th("รายงานการประชุม คณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                    f"ภาครัฐ (ITA) {M3_UNIT} ครั้งที่ 1/2569"),
        "notes": "Minutes of meeting ๑/๒๕๖๙ held ๑๒ พ.ย. ๒๕๖๘ (2025-11-12, in FY 2569); it reviews the ITA 2568 "
                 "result and assigns FY 2569 work: fiscal_year 2569 (as blind13 n2, blind17 t2, blind29 h29_1). "
                 "Title = the first four centred lines (date and venue lines excluded). Province from the venue "
                 "line (อำเภอเชียงกลาง จังหวัดน่าน).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ m31_4

M4_UNIT = "องค์การบริหารส่วนตำบลเขาพนมทอง"
# all ten indicators of ITA 2568 (only those below 85 are printed, in the form's table)
M4_IND = {1: 91.20, 2: 88.45, 3: 90.02, 4: 82.35, 5: 87.18, 6: 88.30, 7: 79.60, 8: 86.05, 9: 76.66, 10: 62.50}
M4_NAMES = {4: "การใช้ทรัพย์สินของราชการ", 7: "ประสิทธิภาพการสื่อสาร", 9: "การเปิดเผยข้อมูล",
            10: "การป้องกันการทุจริต"}
M4_TOOL_OF = {**{n: "IIT" for n in range(1, 6)}, 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}
M4_TOOLS = {"IIT": round(sum(M4_IND[n] for n in range(1, 6)) / 5, 2),   # 87.84
            "EIT": round(sum(M4_IND[n] for n in range(6, 9)) / 3, 2),   # 84.65
            "OIT": round((M4_IND[9] + M4_IND[10]) / 2, 2)}              # 69.58
M4_OVERALL = _overall(*M4_TOOLS.values())  # 26.352 + 25.395 + 27.832 = 79.579
FILL = "Tlwg Typo"


def _field(doc, parts, size=13, fill_size=12, left=0.0, first=0.0, after=2):
    """One form line: parts are ('label', text) or ('fill', value, dots before, dots after)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(left)
    p.paragraph_format.first_line_indent = Cm(first)
    p.paragraph_format.space_after = Pt(after)
    for part in parts:
        if part[0] == "label":
            r = p.add_run(part[1])
            r.font.size = Pt(size)
        else:
            _, value, before, after_dots = part
            if before:
                r = p.add_run("." * before)
                r.font.size = Pt(size)
            r = p.add_run(value)
            r.font.size = Pt(fill_size)
            _run_font(r, FILL)
            if after_dots:
                r = p.add_run("." * after_dots)
                r.font.size = Pt(size)
    return p


def m4():
    doc = tight(new_doc("Norasi", 13, landscape=False, margin=1.9), after=1)
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(1.4)
    p = _para(doc, th("แบบ รง.ITA-1"))
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].font.size = Pt(12)
    centre(doc, "แบบรายงานผลการประเมินคุณธรรมและความโปร่งใส", bold=True, size=14)
    centre(doc, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และแนวทางการยกระดับผลการประเมิน", bold=True, size=14)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568"), bold=True, size=14)
    centre(doc, th("(ส่งสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกระบี่ ภายในวันที่ 30 พฤศจิกายน 2568)"), size=13)
    _para(doc, "")
    _field(doc, [("label", "ชื่อหน่วยงาน"), ("fill", M4_UNIT, 10, 24)])
    _field(doc, [("label", "อำเภอ"), ("fill", "เขาพนม", 10, 16), ("label", "จังหวัด"), ("fill", "กระบี่", 10, 18)])
    _field(doc, [("label", th("1. ผลการประเมินภาพรวม ได้")), ("fill", th(f"{M4_OVERALL:.2f}"), 8, 8),
                 ("label", "คะแนน   ระดับ"), ("fill", _band(M4_OVERALL), 8, 8)])
    t = M4_TOOLS
    _field(doc, [("label", th("2. คะแนนรายเครื่องมือ   IIT")), ("fill", th(f"{t['IIT']:.2f}"), 6, 6),
                 ("label", "EIT"), ("fill", th(f"{t['EIT']:.2f}"), 6, 6),
                 ("label", "OIT"), ("fill", th(f"{t['OIT']:.2f}"), 6, 6)])
    _field(doc, [("label", th("3. ตัวชี้วัดที่ได้คะแนนต่ำกว่า 85 คะแนน"))], after=2)
    rows = [["ตัวชี้วัด", "คะแนน"]]
    for n, name in M4_NAMES.items():
        rows.append([th(f"{n}. {name}"), th(f"{M4_IND[n]:.2f}")])
    tb = table(doc, rows, [7.5, 3.0], centre_cols=(1,), fill="FFFFFF")
    for row in tb.rows[1:]:
        for c in row.cells:
            for q in c.paragraphs:
                for r in q.runs:
                    _run_font(r, FILL)
    size_all(tb, 12)
    keep_rows(tb)
    _field(doc, [("label", th("4. มาตรการ/แนวทางการยกระดับที่จะดำเนินการในปีงบประมาณ พ.ศ. 2569"))], after=2)
    m_a = "จัดทำคู่มือแนวปฏิบัติการขอใช้ทรัพย์สินของราชการ และประชาสัมพันธ์ให้บุคลากรทุกส่วนราชการทราบ"
    m_b = "เผยแพร่ข้อมูลตามแบบตรวจ OIT ให้ครบถ้วนและเป็นปัจจุบัน โดยแต่งตั้งผู้รับผิดชอบข้อมูลแต่ละข้อ"
    for no, title, ind, owner, when in (("4.1", m_a, 4, "นางสาวจิราพร หนูแก้ว เจ้าพนักงานพัสดุปฏิบัติงาน",
                                          "1 ธันวาคม 2568 – 28 กุมภาพันธ์ 2569"),
                                         ("4.2", m_b, 9, "สำนักปลัด", "มกราคม – มิถุนายน 2569")):
        _field(doc, [("label", th(f"{no} มาตรการ")), ("fill", title, 3, 4)], left=0.6, after=1)
        _field(doc, [("label", "ตัวชี้วัดที่เกี่ยวข้อง"), ("fill", th(f"ตัวชี้วัดที่ {ind}"), 4, 20)],
               left=1.4, after=1)
        _field(doc, [("label", "ผู้รับผิดชอบ"), ("fill", owner, 4, 40 - len(owner) // 2)], left=1.4, after=1)
        _field(doc, [("label", "ระยะเวลาดำเนินการ"), ("fill", th(when), 6, 30 - len(when) // 2)], left=1.4)
    _field(doc, [("label", "ผู้รายงาน"), ("fill", "นางสาวสุภาวดี ทองเนื้อแข็ง", 6, 30)])
    _field(doc, [("label", "ตำแหน่ง"), ("fill", "นักวิเคราะห์นโยบายและแผนชำนาญการ", 6, 22)])
    _field(doc, [("label", "โทร"), ("fill", th("089-567-1234"), 6, 10), ("label", "วันที่รายงาน"),
                 ("fill", th("20 พฤศจิกายน 2568"), 6, 10)])
    sig_table(doc, [["ลงชื่อ" + DOTS[:22] + "ผู้รายงาน", "(นางสาวสุภาวดี ทองเนื้อแข็ง)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:22] + "ผู้รับรองข้อมูล", "(นายชาญชัย ศักดิ์ดำรง)",
                     f"นายก{M4_UNIT}"]], [8.6, 8.6])
    scores = [S("overall", M4_OVERALL, 2568, rating="B")]
    scores += [S("tool", v, 2568, k) for k, v in M4_TOOLS.items()]
    scores += [S("indicator", M4_IND[n], 2568, M4_TOOL_OF[n], n) for n in M4_NAMES]
    facts = {
        "notes": "A one-page report form with dot-leader fields, FILLED IN: labels in Norasi 13, typed values in Tlwg "
                 "Typo 12 sitting between runs of dots ('ชื่อหน่วยงาน......<value>........'); Thai digits; "
                 "SCANNED (200 dpi, darker page, some dust; hand signatures over the dotted lines). Scores (ITA "
                 "2568): overall 79.58 in field ๑ with its level B in the next field ('ระดับ ....B....'); tools IIT "
                 "87.84 / EIT 84.65 / OIT 69.58 in field ๒ (the means of indicators 1-5, 6-8, 9-10; 0.3/0.3/0.4 "
                 "gives 79.579); the small table 'ตัวชี้วัด | คะแนน' under field ๓ lists only the four indicators "
                 "below 85: 4 (IIT) 82.35, 7 (EIT) 79.60, 9 (OIT) 76.66, 10 (OIT) 62.50 (number from the '๔.' "
                 "prefix, tool by NACC numbering). Not scores: the threshold 'ต่ำกว่า ๘๕ คะแนน' in field ๓'s label, "
                 "the form code 'แบบ รง.ITA-๑', the deadline ๓๐ พ.ย. ๒๕๖๘, the phone, the report date. Measures: "
                 "the two field blocks ๔.๑ and ๔.๒ ('มาตรการ ....<title>....' / 'ตัวชี้วัดที่เกี่ยวข้อง "
                 "....ตัวชี้วัดที่ n.... ผู้รับผิดชอบ ....' / 'ระยะเวลาดำเนินการ ....'); title = the มาตรการ value "
                 "(without the label and dots); indicator_no from the 'ตัวชี้วัดที่เกี่ยวข้อง' value (4 and 9; 'แบบ"
                 "ตรวจ OIT' in ๔.๒'s title names the tool). Periods (FY 2569): '๑ ธันวาคม ๒๕๖๘ – ๒๘ กุมภาพันธ์ "
                 "๒๕๖๙' 2025-12-01..2026-02-28; 'มกราคม – มิถุนายน ๒๕๖๙' 2026-01-01..2026-06-30. Owners: "
                 "'นางสาวจิราพร หนูแก้ว เจ้าพนักงานพัสดุปฏิบัติงาน' rank/name/position (นางสาว -> น.ส.); 'สำนักปลัด' "
                 "an org unit. People: ผู้รายงาน from the fields (position and phone '๐๘๙-๕๖๗-๑๒๓๔'; she signs again "
                 "as ผู้รายงาน below: one person) and ผู้รับรองข้อมูล, the chief executive, side by side with her "
                 "(roles after the dots). A reader that takes the dots into names or titles is wrong.",
        "scores": scores,
        "measures": [
            M(m_a, [O("น.ส.", "จิราพร หนูแก้ว", "เจ้าพนักงานพัสดุปฏิบัติงาน")], ind=4, start="2025-12-01",
              end="2026-02-28"),
            M(m_b, [O(org="สำนักปลัด")], ind=9, start="2026-01-01", end="2026-06-30"),
        ],
        "people": [P("ผู้รายงาน", "น.ส.", "สุภาวดี ทองเนื้อแข็ง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0895671234"),
                   P("ผู้รับรองข้อมูล", "นาย", "ชาญชัย ศักดิ์ดำรง", f"นายก{M4_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": M4_UNIT, "unit_type": "subdistrict_admin", "province": "กระบี่", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และแนวทางการ"
                    "ยกระดับผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "A filled-in report form (dated ๒๐ พ.ย. ๒๕๖๘) of the ITA 2568 result with measures for FY 2569: "
                 "fiscal_year 2568 as titled, the result year (as blind13 n4). doc_type analysis (score, weak "
                 "indicators and measures, as blind13 n4). Unit from the ชื่อหน่วยงาน field, province from the "
                 "จังหวัด field (and the ส่งสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกระบี่ line). Title = the three "
                 "bold title lines; the form code and the bracketed submission line are not part of it.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ scanning

# stem -> (make, dpi, noise, seed, darken, skew (fixed extra rotation, degrees), extras)
SCANS = {
    "m31_1_signed_memo_tools_indicators_three_measures_approval_ticks_health_office_wang_nam_yen_thong":
        (m1, 300, Noise(blur=0.4, skew=0.3, grain=2.0, jpeg=75), 3101, 1.0, 0.0, ("stamp", "ticks")),
    "m31_2_signed_announcement_measures_table_mayor_municipality_nong_ya_sai_thong":
        (m2, 200, Noise(blur=0.6, skew=0.4, grain=7.0, jpeg=60), 3102, 0.97, 0.0, ()),
    "m31_3_minutes_two_pages_attendees_scores_running_text_two_tasks_hospital_chiang_klang_phatthana":
        (m3, 300, Noise(blur=0.5, skew=0.2, grain=2.0, jpeg=70), 3103, 1.0, 1.1, ()),
    "m31_4_filled_dot_leader_form_indicator_table_two_measures_sao_khao_phanom_thong":
        (m4, 200, Noise(blur=0.6, skew=0.5, grain=6.0, jpeg=65, speckle=0.0006), 3104, 0.84, 0.0, ()),
}


def _find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _marks(pdf_path: Path) -> list[dict]:
    """Per page: boxes (PDF points, origin bottom-left) of each signature line's dots and of each '☐'."""
    import pypdfium2 as pdfium

    pages = []
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page in pdf:
            tp = page.get_textpage()
            n = tp.count_chars()
            text = tp.get_text_range(0, n)
            sigs, boxes = [], []
            for i in _find_all(text, "ลงชื่อ"):
                j = i + len("ลงชื่อ")
                while j < n and text[j] in ") ":
                    j += 1
                dots = []
                while j < n and text[j] == ".":
                    dots.append(tp.get_charbox(j))
                    j += 1
                if len(dots) >= 8:
                    sigs.append((min(b[0] for b in dots), min(b[1] for b in dots), max(b[2] for b in dots),
                                 max(b[3] for b in dots)))
            for i in _find_all(text, "☐"):
                boxes.append(tp.get_charbox(i))
            pages.append({"height": page.get_height(), "sigs": sigs, "boxes": boxes})
    finally:
        pdf.close()
    return pages


def _pen(draw, pts, width, ink):
    draw.line(pts, fill=ink, width=width, joint="curve")


def _signature(draw, box, scale, rng):
    """A hand signature over a dotted line: a tall first loop, smaller looping letters slanting right, and a
    flourish back under them."""
    x0, x1, base = box
    length = max((x1 - x0) * rng.uniform(0.65, 0.85), 48 * scale * rng.uniform(0.9, 1.15))
    start = (x0 + x1) / 2 - length / 2 + (x1 - x0) * rng.uniform(-0.08, 0.08)
    h = 13 * scale * rng.uniform(0.85, 1.15)
    n = rng.randint(4, 7)
    heights = [1.0] + [rng.uniform(0.45, 0.85) for _ in range(n)]
    back = rng.uniform(0.28, 0.42)
    pts = []
    steps = 70 * n
    for k in range(steps + 1):
        t = k / steps
        seg = t * n
        i = min(int(seg), n - 1)
        f = seg - i
        amp = heights[i] * (1 - f) + heights[i + 1] * f
        y = base - 0.1 * h - amp * h * (0.5 - 0.5 * math.cos(2 * math.pi * seg))
        x = start + length * t - back * (length / n) * math.sin(2 * math.pi * seg) + 0.3 * (base - y)
        pts.append((x, y))
    ink = rng.randint(25, 60)
    width = max(2, round(1.1 * scale))
    _pen(draw, pts, width, ink)
    end_x, end_y = pts[-1]
    fx = [(end_x - (length * 1.05) * u, end_y + 0.25 * h * math.sin(math.pi * u) + 0.1 * h * u)
          for u in (k / 50 for k in range(51))]
    _pen(draw, fx, width, ink)


def _tick(draw, box, scale, rng):
    x0, y0, x1, y1 = box
    w = x1 - x0
    pts = [(x0 + 0.1 * w, y0 + 0.45 * (y1 - y0)), (x0 + 0.4 * w, y1 - 0.05 * (y1 - y0)),
           (x1 + 0.5 * w, y0 - 0.6 * (y1 - y0))]
    _pen(draw, pts, max(2, round(1.3 * scale)), rng.randint(20, 50))


def _stamp(image, scale, rng):
    """A rubber receipt stamp in the top-right margin, with the number, date and time written in by hand."""
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), round(8 * scale))
    hand = ImageFont.truetype(str(FONT_DIR / "TlwgTypo-Bold.ttf"), round(9 * scale))
    w = image.size[0]
    x0, y0 = w - round(190 * scale), round(14 * scale)
    x1, y1 = x0 + round(160 * scale), y0 + round(60 * scale)
    ink = 95
    draw.rectangle((x0, y0, x1, y1), outline=ink, width=max(2, round(1.2 * scale)))
    draw.text((x0 + 8 * scale, y0 + 3 * scale), M1_UNIT, font=face, fill=ink)
    for k, (label, value) in enumerate((("เลขรับ", th("1254")), ("วันที่", th("29 ต.ค. 69")),
                                        ("เวลา", th("14.10 น.")))):
        y = y0 + (17 + 14 * k) * scale
        draw.text((x0 + 8 * scale, y), label, font=face, fill=ink)
        draw.text((x0 + 50 * scale, y - 2 * scale), value, font=hand, fill=rng.randint(30, 55))


def scan(source: Path, target: Path, *, dpi: int, noise: Noise, seed: int, darken: float, tilt: float,
         extras: tuple[str, ...]) -> int:
    """Print `source`, sign it by hand, scan it back into the image-only PDF `target`; returns pages written."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    scale = dpi / 72
    marks = _marks(source)
    out = []
    for p, image in enumerate(render_pdf_pages(source, dpi)):
        m = marks[p]
        draw = ImageDraw.Draw(image)
        for (l, b, r, t) in m["sigs"]:
            _signature(draw, (l * scale, r * scale, (m["height"] - b) * scale), scale, rng)
        if "ticks" in extras:
            for box in m["boxes"][:2]:   # ทราบ, อนุมัติ
                l, b, r, t = box
                _tick(draw, (l * scale, (m["height"] - t) * scale, r * scale, (m["height"] - b) * scale), scale, rng)
        if "stamp" in extras and p == 0:
            _stamp(image, scale, rng)
        if tilt:
            image = image.rotate(tilt if p % 2 == 0 else -0.6 * tilt, resample=Image.BILINEAR, fillcolor=255)
        if darken != 1.0:
            # a darker scan: grey paper and heavier strokes (levels, not a plain multiply)
            lut = [round(255 * (v / 255) ** 1.35 * darken) for v in range(256)]
            image = image.point(lut)
        out.append(degrade(image, noise, rng))
    write_image_pdf(out, target, dpi)
    # the same bytes on every run: PIL stamps the clock into the info dictionary (same length, no xref shift)
    data = target.read_bytes()
    data = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}Z\)", lambda m: b"/" + m.group(1) + b" (D:20241201000000Z)",
                  data)
    target.write_bytes(data)
    return len(out)


def main() -> None:
    docs = save_reports(HERE, {stem: spec[0] for stem, spec in SCANS.items()}, prepare=_cs_sizes)
    if "--no-pdf" in sys.argv:
        return
    with tempfile.TemporaryDirectory(prefix="blind31-") as tmp:
        convert_to_pdf(docs, Path(tmp))
        for stem, (_, dpi, noise, seed, darken, tilt, extras) in SCANS.items():
            n = scan(Path(tmp) / f"{stem}.pdf", HERE / f"{stem}.pdf", dpi=dpi, noise=noise, seed=seed,
                     darken=darken, tilt=tilt, extras=extras)
            print(f"{stem}.pdf: {n} page(s), {dpi} dpi")


if __name__ == "__main__":
    main()
