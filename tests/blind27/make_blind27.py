#!/usr/bin/env python3
"""Build the blind-27 reports (tests/blind27/e27_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice, gold records, raw-run XML) are imported from
tests/layouts/write.py, tests/blind7, tests/blind11, tests/blind19 and tests/blind25, as blind21/blind25 do.
Units, people and figures are invented.

This set tests more WORD DOCUMENT STRUCTURES real units produce; the content is ordinary ITA content:

  e27_1  เทศบาลตำบลหนองบัวแดงใต้ (ชัยภูมิ)           text COPIED FROM A WEB PAGE: zero-width spaces (U+200B)
                                              between Thai words and inside names and titles, no-break
                                              spaces (U+00A0) between label and value ('ผู้รับผิดชอบ : ...'),
                                              a soft hyphen (U+00AD) inside 'Facebook', HYPERLINKS (w:hyperlink
                                              to external r:ids) around the OIT item names and one measure
                                              title in a table cell; Loma 14, Thai digits
  e27_2  โรงพยาบาลเชียงยืนทอง (มหาสารคาม)            SECTION BREAKS: portrait intro with the scores in paragraphs,
                                              a next-page section break to a LANDSCAPE section holding the
                                              measures table written as TWO Word tables (rows ๑-๕, a paragraph
                                              'ตารางที่ ๑ (ต่อ)' on a new page, rows ๖-๙ under a repeated
                                              header row; w:tblHeader on both header rows), then a section
                                              break back to portrait for the signatures; Kinnari 14/13
  e27_3  เทศบาลตำบลโพธิ์ชัยทอง (ร้อยเอ็ด)             TAB-STOP layout, no tables: score lines with a right tab and a
                                              dot leader, a committee list '๑.⇥name⇥post⇥role' (w:tab runs,
                                              defined w:tabs, dot leader before the role) and a measures list
                                              '<title>⇥<owner>⇥<period>' under a tab-aligned header line
                                              'มาตรการ⇥ผู้รับผิดชอบ⇥ระยะเวลา', one title continued after a
                                              w:br; Laksaman 14, Thai digits
  e27_4  สถานีตำรวจภูธรหนองกี่ใต้ (บุรีรัมย์)          a NEWSLETTER in TWO NEWSPAPER COLUMNS: a one-column masthead
                                              section, then a continuous section with w:cols w:num="2" (scores
                                              in the left column, measures as w:numPr BULLETS of a bullet
                                              abstractNum flowing into the right column, owners in brackets at
                                              the end of each bullet), PAGE / NUMPAGES w:fldSimple fields in the
                                              footer; Waree 11-12, Thai digits

    .venv/bin/python tests/blind27/make_blind27.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, build_reports, centre, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import size_all, sized, weighted  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind25"))
from make_blind25 import NS, _esc, band  # noqa: E402


# ------------------------------------------------------------------------------------------ invisible characters
# In the source strings of e27_1: '|' marks a ZERO-WIDTH SPACE, '~' a NO-BREAK SPACE, '^' a SOFT HYPHEN.
ZWSP, NBSP, SHY = "\u200b", "\u00a0", "\u00ad"


def Z(text: str) -> str:
    """The text as written into the document (with the invisible characters)."""
    return text.replace("|", ZWSP).replace("~", NBSP).replace("^", SHY)


def G(text: str) -> str:
    """The text as a reader sees it (gold): zero-width space and soft hyphen gone, no-break space a space."""
    return text.replace("|", "").replace("~", " ").replace("^", "")


def hyperlink(paragraph, text: str, url: str, size=None, bold=False):
    """A w:hyperlink to an external address (r:id in the part's relationships) around one blue underlined run."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    rpr = "<w:b/><w:bCs/>" if bold else ""
    rpr += '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {NS} r:id="{r_id}" w:history="1"><w:r><w:rPr>{rpr}</w:rPr>'
        f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:hyperlink>'))


def run(p, text, bold=False, size=None, colour=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return r


# ------------------------------------------------------------------------------------------ e27_1

E1_UNIT = "เทศบาลตำบลหนองบัวแดงใต้"
E1_SITE = "https://www.nongbuadaengtai.go.th"
E1_TOOLS = {"IIT": 90.12, "EIT": 85.60, "OIT": 84.25}
E1_OVERALL = weighted(E1_TOOLS["IIT"], E1_TOOLS["EIT"], E1_TOOLS["OIT"])
# printed title ('|' '~' '^' marks), owner text, period text, link?, gold title, owners, ind, start, end
E1_MEASURES = [
    ("เผยแพร่|ข้อมูล|สาธารณะ|บน|เว็บไซต์|ของ|เทศบาล|ให้|ครบถ้วน|ตาม|แบบ|ตรวจ OIT และ|เป็น|ปัจจุบัน (ตัวชี้วัดที่~9)",
     "งาน|ประชาสัมพันธ์ สำนัก|ปลัด|เทศบาล", "ต.ค. 2568 – ก.ย. 2569", "/news/ita2569/measure1",
     "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของเทศบาลให้ครบถ้วนตามแบบตรวจ OIT และเป็นปัจจุบัน",
     [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")], 9, "2025-10-01", "2026-09-30"),
    ("จัดทำ|แผน|บริหาร|ความเสี่ยง|การ|ทุจริต|และ|ประพฤติ|มิชอบ ประจำปี 2569 (ตัวชี้วัดที่~10)",
     "ปลัด|เทศบาล", "ภายใน 31 ธันวาคม 2568", None,
     "จัดทำแผนบริหารความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปี 2569",
     [O(pos="ปลัดเทศบาล")], 10, None, "2025-12-31"),
    ("ประกาศ|เจตนารมณ์|ไม่|รับ|ของขวัญ|และ|ของกำนัล|ทุก|ชนิด|จาก|การ|ปฏิบัติ|หน้าที่ (No Gift Policy)",
     "นายก|เทศมนตรี|ตำบล|หนองบัวแดงใต้", "ตุลาคม – พฤศจิกายน 2568", None,
     "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
     [O(pos="นายกเทศมนตรีตำบลหนองบัวแดงใต้")], None, "2025-10-01", "2025-11-30"),
    ("ควบคุม|การ|ยืม|พัสดุ ครุภัณฑ์ และ|รถยนต์|ส่วนกลาง|ให้|เป็นไป|ตาม|ระเบียบ (ตัวชี้วัดที่~4)",
     "กอง|คลัง", "ตลอด|ปีงบประมาณ พ.ศ. 2569", None,
     "ควบคุมการยืมพัสดุ ครุภัณฑ์ และรถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
     [O(org="กองคลัง")], 4, "2025-10-01", "2026-09-30"),
    ("ประชาสัมพันธ์|ช่องทาง|ร้องเรียน|การ|ทุจริต|ผ่าน Face^book Fanpage และ LINE OA ของ|เทศบาล (ตัวชี้วัดที่~5)",
     "นางสาว|วิไล|วรรณ ศรี|สมบัติ นัก|ประชาสัมพันธ์|ชำนาญการ", "1 ม.ค. – 31 มี.ค. 2569", None,
     "ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตผ่าน Facebook Fanpage และ LINE OA ของเทศบาล",
     [O("น.ส.", "วิไลวรรณ ศรีสมบัติ", "นักประชาสัมพันธ์ชำนาญการ")], 5, "2026-01-01", "2026-03-31"),
    ("อบรม|พนักงาน|เทศบาล|เรื่อง|ประมวล|จริยธรรม|และ|การ|ขัดกัน|แห่ง|ผลประโยชน์ (ตัวชี้วัดที่~1)",
     "สำนัก|ปลัด|เทศบาล และ|กอง|การศึกษา", "เมษายน~2569", None,
     "อบรมพนักงานเทศบาลเรื่องประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์",
     [O(org="สำนักปลัดเทศบาล"), O(org="กองการศึกษา")], 1, "2026-04-01", "2026-04-30"),
]
E1_OIT_LINKS = [
    ("O1", "โครง|สร้าง|หน่วยงาน", "/oit/o1"),
    ("O2", "ข้อมูล|ผู้บริหาร", "/oit/o2"),
    ("O12", "แผน|การ|ใช้จ่าย|งบประมาณ|ประจำปี", "/oit/o12"),
    ("O16", "แผน|การ|จัดซื้อ|จัดจ้าง หรือ|แผน|การ|จัดหา|พัสดุ", "/oit/o16"),
    ("O27", "การ|ประเมิน|ความเสี่ยง|การ|ทุจริต|และ|ประพฤติ|มิชอบ", "/oit/o27"),
    ("O33", "การ|ดำเนินการ|ตาม|มาตรการ|ส่งเสริม|คุณธรรม|และ|ความโปร่งใส|ภายใน|หน่วยงาน", "/oit/o33"),
]


def e1():
    doc = tight(new_doc("Loma", 14, landscape=False, margin=1.8), after=2)
    sized(doc, Z("หน้าหลัก › ข่าว|ประชาสัมพันธ์ › ITA~2569"), 10, colour="7F7F7F", after=6)
    sized(doc, Z(th("มาตรการ|ส่งเสริม|คุณธรรม|และ|ความโปร่งใส|ภายใน|หน่วยงาน ประจำ|ปีงบประมาณ พ.ศ.~2569")), 16,
          bold=True, colour="1F3864")
    sized(doc, Z(f"{E1_UNIT} อำเภอ|หนองบัวแดง จังหวัด|ชัยภูมิ"), 14, bold=True)
    sized(doc, Z(th("โพสต์โดย~:~admin~~|~~วันที่~5~พ.ย.~2568~~|~~เข้าชม~214~ครั้ง")), 10, colour="7F7F7F",
          after=6)
    body(doc, Z(th("ตาม|ที่|สำนักงาน|คณะกรรมการ|ป้องกัน|และ|ปราบปราม|การ|ทุจริต|แห่งชาติ (สำนักงาน ป.ป.ช.) "
                   "ได้|ดำเนินการ|ประเมิน|คุณธรรม|และ|ความโปร่งใส|ใน|การ|ดำเนินงาน|ของ|หน่วยงาน|ภาครัฐ (Integrity and "
                   "Trans^parency Assessment~:~ITA) ประจำ|ปีงบประมาณ พ.ศ.~2568 ซึ่ง|เทศบาล|ตำบล|หนองบัวแดงใต้|ได้|"
                   f"คะแนน|รวม~{E1_OVERALL:.2f}~คะแนน อยู่|ใน|ระดับ~{band(E1_OVERALL)} เพิ่ม|ขึ้น|จาก|ปี~2567 "
                   "ที่|ได้~82.15~คะแนน (ระดับ~B)")))
    body(doc, Z(th(f"แยก|ตาม|เครื่องมือ|การ|ประเมิน ได้แก่ แบบ|วัด|การ|รับรู้|ของ|ผู้มีส่วนได้ส่วนเสีย|ภายใน (IIT) "
                   f"{E1_TOOLS['IIT']:.2f}~คะแนน แบบ|วัด|การ|รับรู้|ของ|ผู้มีส่วนได้ส่วนเสีย|ภายนอก (EIT) "
                   f"{E1_TOOLS['EIT']:.2f}~คะแนน และ|แบบ|ตรวจ|การ|เปิดเผย|ข้อมูล|สาธารณะ (OIT) "
                   f"{E1_TOOLS['OIT']:.2f}~คะแนน เทศบาล|จึง|กำหนด|มาตรการ|ส่งเสริม|คุณธรรม|และ|ความโปร่งใส|ภายใน|"
                   "หน่วยงาน ประจำ|ปีงบประมาณ พ.ศ.~2569 ดังนี้")))
    _para(doc, Z("มาตรการ|และ|กิจกรรม"), bold=True)
    rows = [["ที่", "มาตรการ / กิจกรรม", "ผู้รับผิดชอบ / ระยะเวลา"]]
    for i, m in enumerate(E1_MEASURES, 1):
        rows.append([th(str(i)), "", ""])
    t = table(doc, rows, [0.9, 9.4, 7.1], centre_cols=(0,), fill="DDEBF7")
    measures = []
    for i, (title, owner, period, link, gtitle, owners, ind, start, end) in enumerate(E1_MEASURES, 1):
        cells = t.rows[i].cells
        p = cells[1].paragraphs[0]
        if link:
            hyperlink(p, Z(th(title)), E1_SITE + link)
        else:
            p.add_run(Z(th(title)))
        cells[2].paragraphs[0].add_run(Z(th(f"ผู้รับผิดชอบ~:~{owner}")))
        cells[2].add_paragraph().add_run(Z(th(f"ระยะเวลา~:~{period}")))
        measures.append(M(th(gtitle), owners, ind=ind, start=start, end=end))
    size_all(t, 13)
    _para(doc, "")
    _para(doc, Z(th("ข้อมูล|ที่|เกี่ยวข้อง|ตาม|แบบ|ตรวจ OIT (คลิก|ที่|ชื่อ|รายการ|เพื่อ|ดู|รายละเอียด)")), bold=True)
    for code, name, link in E1_OIT_LINKS:
        p = _para(doc, f"•{NBSP}{code}{NBSP}")
        p.paragraph_format.left_indent = Cm(0.8)
        hyperlink(p, Z(name), E1_SITE + link)
    centre(doc, Z(th("ประกาศ~ณ~วันที่~3~พฤศจิกายน~พ.ศ.~2568")))
    _para(doc, "")
    centre(doc, Z("(ลงชื่อ)~" + DOTS[:30]))
    centre(doc, Z("(นาย|บุญ|ชัย ศรี|ประเสริฐ)"))
    centre(doc, Z("นายก|เทศมนตรี|ตำบล|หนองบัวแดงใต้"))
    _para(doc, "")
    sized(doc, Z(th("ผู้|ให้|ข้อมูล~:~นางสาว|วิไล|วรรณ ศรี|สมบัติ~~โทร.~0~4488~1234~~|~~"
                    "กลุ่ม|งาน|ประชาสัมพันธ์ สำนัก|ปลัด|เทศบาล")), 11, colour="595959")
    sized(doc, Z(th("แชร์|หน้านี้~~Facebook~~|~~LINE~~|~~พิมพ์")), 10, colour="7F7F7F")
    facts = {
        "notes": "WORD STRUCTURE TESTED: text PASTED FROM A WEB PAGE. (a) ZERO-WIDTH SPACES (U+200B) sit between "
                 "Thai words almost everywhere (titles, body, table cells, link texts) and INSIDE names and posts "
                 "('นาย[ZW]บุญ[ZW]ชัย ศรี[ZW]ประเสริฐ', 'นางสาว[ZW]วิไล[ZW]วรรณ ศรี[ZW]สมบัติ', "
                 "'นายก[ZW]เทศมนตรี[ZW]ตำบล[ZW]หนองบัวแดงใต้'; [ZW] = U+200B, invisible in the PDF); "
                 "(b) NO-BREAK SPACES (U+00A0) between label, colon and value ('ผู้รับผิดชอบ[NB]:[NB]กองคลัง', "
                 "'ระยะเวลา[NB]:[NB]...'), in the dates of the web header line and before 'คะแนน'; "
                 "(c) one SOFT HYPHEN (U+00AD) inside 'Face[SHY]book' of measure ๕ and one inside "
                 "'Trans[SHY]parency' of the opening paragraph (invisible unless the line breaks there); "
                 "(d) HYPERLINKS (w:hyperlink with an external r:id, blue underlined runs): measure ๑'s whole "
                 "title in its table cell, and the six OIT item names of the 'ข้อมูลที่เกี่ยวข้องตามแบบตรวจ OIT' "
                 "list (the link text is the item name only; the code 'O1' etc. is plain text before it). The "
                 "gold is the text a reader sees: no zero-width space, no soft hyphen, no-break space = space "
                 "(a reader keeping U+200B in a title or name misses the match: it is not whitespace). "
                 "Scores: overall 2568 " + th(f"{E1_OVERALL:.2f}") + " (" + band(E1_OVERALL) + ") and 2567 ๘๒.๑๕ "
                 "(B) in the first paragraph; the three tools of 2568 (IIT ๙๐.๑๒, EIT ๘๕.๖๐, OIT ๘๔.๒๕; "
                 "0.3/0.3/0.4 gives the overall) in the second. Not scores: 'เข้าชม ๒๑๔ ครั้ง' (page views), the "
                 "OIT item codes O1..O33 (items named without figures), the phone number. Measures: the six table "
                 "rows ('ที่ | มาตรการ / กิจกรรม | ผู้รับผิดชอบ / ระยะเวลา'); the third cell holds two lines, "
                 "'ผู้รับผิดชอบ : <owner>' and 'ระยะเวลา : <period>'. Title = the มาตรการ cell without the trailing "
                 "'(ตัวชี้วัดที่ n)' tag (a title keeping it matches by prefix), which gives indicator_no 9, 10, "
                 "4, 5, 1; measure ๓ (No Gift Policy) names none: null; 'OIT' in ๑ is a tool. The six linked OIT "
                 "items are not measures (they are links to published data). Periods (FY 2569): 'ต.ค. ๒๕๖๘ – ก.ย. "
                 "๒๕๖๙' 2025-10-01..2026-09-30; 'ภายใน ๓๑ ธันวาคม ๒๕๖๘' a deadline (end 2025-12-31 only; 'ประจำปี "
                 "๒๕๖๙' is part of the title); 'ตุลาคม – พฤศจิกายน ๒๕๖๘' 2025-10-01..2025-11-30; 'ตลอดปีงบประมาณ "
                 "พ.ศ. ๒๕๖๙' 2025-10-01..2026-09-30; '๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๙' 2026-01-01..2026-03-31; 'เมษายน "
                 "๒๕๖๙' the month 2026-04-01..2026-04-30. Owners: 'งานประชาสัมพันธ์ สำนักปลัดเทศบาล' one org unit "
                 "(section within office); 'ปลัดเทศบาล' and 'นายกเทศมนตรีตำบลหนองบัวแดงใต้' positions; 'กองคลัง' "
                 "an org unit; 'นางสาววิไลวรรณ ศรีสมบัติ นักประชาสัมพันธ์ชำนาญการ' one person (น.ส./name/post, "
                 "zero-width spaces inside the name and post); 'สำนักปลัดเทศบาล และกองการศึกษา' two org units. "
                 "People: the mayor who signs the announcement (no role printed: ผู้ลงนาม; his name has "
                 "zero-width spaces inside it) and the contact 'ผู้ให้ข้อมูล : นางสาววิไลวรรณ ศรีสมบัติ โทร. ๐ "
                 "๔๔๘๘ ๑๒๓๔' in the page footer (role ผู้ให้ข้อมูล, post not printed there, phone kept). "
                 "'โพสต์โดย : admin' is a web account, not a person.",
        "scores": [S("overall", E1_OVERALL, 2568, rating=band(E1_OVERALL)), S("overall", 82.15, 2567, rating="B"),
                   S("tool", E1_TOOLS["IIT"], 2568, "IIT"), S("tool", E1_TOOLS["EIT"], 2568, "EIT"),
                   S("tool", E1_TOOLS["OIT"], 2568, "OIT")],
        "measures": measures,
        "people": [P("ผู้ลงนาม", "นาย", "บุญชัย ศรีประเสริฐ", "นายกเทศมนตรีตำบลหนองบัวแดงใต้"),
                   P("ผู้ให้ข้อมูล", "น.ส.", "วิไลวรรณ ศรีสมบัติ", None, "044881234")],
        "findings": [],
    }
    document = {
        "unit": E1_UNIT, "unit_type": "municipality", "province": "ชัยภูมิ", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "A web announcement (posted 5 พ.ย. 2568, announced 3 พ.ย. 2568) of the municipality's FY 2569 "
                 "measures, pasted into Word: fiscal_year 2569. Title = the big heading line, read WITHOUT its "
                 "zero-width spaces and with the no-break space as a space; the breadcrumb line above it "
                 "('หน้าหลัก › ข่าวประชาสัมพันธ์ › ITA ๒๕๖๙') and the 'โพสต์โดย' line are web page furniture, not "
                 "the title. Unit and province from the line under the title. Structure tested: web-pasted text "
                 "with invisible characters and hyperlinks (see the facts notes).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ e27_2

E2_UNIT = "โรงพยาบาลเชียงยืนทอง"
E2_TOOLS = {"IIT": 88.40, "EIT": 86.15, "OIT": 81.00}
E2_OVERALL = weighted(E2_TOOLS["IIT"], E2_TOOLS["EIT"], E2_TOOLS["OIT"])
# title, indicator cell, period, owner cell, target, owners, ind, start, end
E2_MEASURES = [
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลให้ครบถ้วนตามแบบตรวจ OIT และเป็นปัจจุบัน", "ตัวชี้วัดที่ 9",
     "ต.ค. – ธ.ค. 2568", "กลุ่มงานสุขภาพดิจิทัล", "ข้อมูลครบถ้วน ร้อยละ 100",
     [O(org="กลุ่มงานสุขภาพดิจิทัล")], 9, "2025-10-01", "2025-12-31"),
    ("เผยแพร่แผนและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) บนเว็บไซต์", "ตัวชี้วัดที่ 9",
     "ต.ค. 2568 – ก.ย. 2569", "งานพัสดุ กลุ่มงานบริหารทั่วไป", "เผยแพร่ครบ 12 เดือน",
     [O(org="งานพัสดุ กลุ่มงานบริหารทั่วไป")], 9, "2025-10-01", "2026-09-30"),
    ("จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนและเผยแพร่ให้บุคลากรทุกกลุ่มงาน", "ตัวชี้วัดที่ 10",
     "1 พ.ย. – 31 ธ.ค. 2568", "นางสาวจันทร์เพ็ญ ภูมิสุข\nนิติกรชำนาญการ", "มีคู่มือ 1 ฉบับ",
     [O("น.ส.", "จันทร์เพ็ญ ภูมิสุข", "นิติกรชำนาญการ")], 10, "2025-11-01", "2025-12-31"),
    ("ประเมินความเสี่ยงการทุจริตในกระบวนการจัดซื้อยาและเวชภัณฑ์", "ตัวชี้วัดที่ 10",
     "ภายใน 31 ม.ค. 2569", "คณะกรรมการบริหารความเสี่ยงโรงพยาบาล", "มีแผนบริหารความเสี่ยง 1 แผน",
     [O(org="คณะกรรมการบริหารความเสี่ยงโรงพยาบาล")], 10, None, "2026-01-31"),
    ("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และประชาสัมพันธ์ช่วงเทศกาลปีใหม่", "–",
     "ธ.ค. 2568 – ม.ค. 2569", "ผู้อำนวยการโรงพยาบาลเชียงยืนทอง", "มีประกาศ 1 ฉบับ",
     [O(pos="ผู้อำนวยการโรงพยาบาลเชียงยืนทอง")], None, "2025-12-01", "2026-01-31"),
    ("ควบคุมการยืมใช้ครุภัณฑ์การแพทย์และรถพยาบาลให้เป็นไปตามระเบียบ", "ตัวชี้วัดที่ 4",
     "ตลอดปีงบประมาณ 2569", "หัวหน้ากลุ่มงานบริหารทั่วไป", "มีทะเบียนคุมครบถ้วน",
     [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], 4, "2025-10-01", "2026-09-30"),
    ("อบรมบุคลากรเรื่องประมวลจริยธรรมข้าราชการพลเรือนและการปฏิบัติหน้าที่อย่างเป็นธรรม", "ตัวชี้วัดที่ 1",
     "12 – 13 ก.พ. 2569", "งานทรัพยากรบุคคล", "ผู้เข้าอบรมไม่น้อยกว่าร้อยละ 80",
     [O(org="งานทรัพยากรบุคคล")], 1, "2026-02-12", "2026-02-13"),
    ("สำรวจความพึงพอใจของผู้รับบริการแผนกผู้ป่วยนอกและนำผลมาปรับปรุงการให้บริการ", "ตัวชี้วัดที่ 6",
     "ไตรมาสที่ 3\n(เม.ย. – มิ.ย. 2569)", "กลุ่มงานการพยาบาล\nงานประชาสัมพันธ์", "ความพึงพอใจไม่น้อยกว่าร้อยละ 85",
     [O(org="กลุ่มงานการพยาบาล"), O(org="งานประชาสัมพันธ์")], 6, "2026-04-01", "2026-06-30"),
    ("รายงานผลการดำเนินงานตามแผนต่อคณะกรรมการบริหารโรงพยาบาล", "–", "ทุกไตรมาส",
     "คณะทำงานขับเคลื่อน ITA โรงพยาบาล", "รายงาน 4 ครั้ง/ปี",
     [O(org="คณะทำงานขับเคลื่อน ITA โรงพยาบาล")], None, None, None),
]
E2_SPLIT = 5
E2_HEAD = ["ที่", "มาตรการ / กิจกรรม", "ตัวชี้วัด ITA", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ตัวชี้วัดความสำเร็จ"]
E2_WIDTHS = [1.1, 9.0, 2.6, 3.9, 5.4, 3.7]


def _set_orientation(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))


def _e2_table(doc, rows):
    t = table(doc, [E2_HEAD] + [[th(c) for c in r] for r in rows], E2_WIDTHS, centre_cols=(0, 2, 3), fill="E2EFDA")
    size_all(t, 13)
    keep_rows(t)
    return t


def e2():
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=2.0), after=2)
    centre(doc, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส", bold=True, size=18)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=18)
    centre(doc, f"{E2_UNIT} อำเภอเชียงยืน จังหวัดมหาสารคาม", bold=True, size=16)
    centre(doc, "---------------------------------------")
    _para(doc, th("1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    body(doc, th(f"สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                 f"ประจำปีงบประมาณ พ.ศ. 2568 โดย{E2_UNIT}ได้คะแนนรวม {E2_OVERALL:.2f} คะแนน อยู่ในระดับ "
                 f"{band(E2_OVERALL)} ซึ่งสูงขึ้นจากปีงบประมาณ พ.ศ. 2567 ที่ได้ 80.12 คะแนน (ระดับ B) แต่ยังไม่ผ่าน"
                 "ค่าเป้าหมาย 85 คะแนน ของแผนแม่บทภายใต้ยุทธศาสตร์ชาติ"))
    body(doc, th(f"เมื่อพิจารณาตามเครื่องมือการประเมิน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ "
                 f"{E2_TOOLS['IIT']:.2f} คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ "
                 f"{E2_TOOLS['EIT']:.2f} คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ {E2_TOOLS['OIT']:.2f} "
                 "คะแนน ซึ่งต่ำที่สุด โดยตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 78.50 คะแนน และตัวชี้วัดที่ 10 "
                 "การป้องกันการทุจริต ได้ 83.50 คะแนน"))
    _para(doc, th("2. แนวทางการจัดทำแผน"), bold=True)
    body(doc, th("คณะทำงานขับเคลื่อน ITA โรงพยาบาลได้ประชุมวิเคราะห์ผลการประเมินเมื่อวันที่ 6 พฤศจิกายน 2568 "
                 "และกำหนดมาตรการ/กิจกรรม ระยะเวลาดำเนินการ และผู้รับผิดชอบ เพื่อยกระดับผลการประเมินในปีงบประมาณ "
                 "พ.ศ. 2569 โดยเน้นตัวชี้วัดที่ได้คะแนนต่ำกว่า 85 คะแนน รวม 9 มาตรการ/กิจกรรม รายละเอียดตามตารางที่ 1 "
                 "(หน้าถัดไป)"))
    # section break: next page, landscape, for the measures table
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    _set_orientation(sec2, True)
    _para(doc, th("ตารางที่ 1 แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"), bold=True)
    rows = [[str(i), m[0], m[1], m[2], m[3], m[4]] for i, m in enumerate(E2_MEASURES, 1)]
    _e2_table(doc, rows[:E2_SPLIT])
    cont = _para(doc, th("ตารางที่ 1 (ต่อ)"), bold=True)
    cont.paragraph_format.page_break_before = True
    _e2_table(doc, rows[E2_SPLIT:])
    sized(doc, "หมายเหตุ  ตัวชี้วัด ITA ตามกรอบการประเมินของสำนักงาน ป.ป.ช. ปีงบประมาณ พ.ศ. ๒๕๖๙", 12, before=4)
    # section break back to portrait for the follow-up and the signatures
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    _set_orientation(sec3, False)
    _para(doc, th("3. การติดตามและรายงานผล"), bold=True)
    body(doc, th("ให้ผู้รับผิดชอบรายงานความก้าวหน้าการดำเนินงานต่อคณะทำงานขับเคลื่อน ITA ทุกไตรมาส และสรุปผล"
                 "การดำเนินงานรอบ 6 เดือน ภายในวันที่ 15 เมษายน 2569 และรอบ 12 เดือน ภายในวันที่ 15 ตุลาคม 2569"))
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำแผน", "(นายธนากร ศรีบุญเรือง)",
                     "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้เห็นชอบแผน", "(นางพรรณิภา แก้วคำ)", "หัวหน้ากลุ่มงานบริหารทั่วไป"]],
              [8.5, 8.5])
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติแผน", "(นายแพทย์วิศรุต ทองประเสริฐ)",
                     f"ผู้อำนวยการ{E2_UNIT}", th("วันที่ 20 พฤศจิกายน 2568")]], [10.0])
    measures = [M(th(m[0]), m[5], ind=m[6], start=m[7], end=m[8]) for m in E2_MEASURES]
    facts = {
        "notes": "WORD STRUCTURE TESTED: SECTION BREAKS with a change of orientation, and ONE TABLE WRITTEN AS TWO "
                 "WORD TABLES. Section 1 (portrait): title and the scores in paragraphs. A next-page section break "
                 "(w:sectPr inside the last paragraph's w:pPr) starts section 2, LANDSCAPE (29.7 x 21 cm, "
                 "w:orient landscape), with the measures table: the first Word table holds the header row and rows "
                 "๑-๕; then a paragraph 'ตารางที่ ๑ (ต่อ)' (page break before it), then a SECOND Word table that "
                 "REPEATS the header row and holds rows ๖-๙. Both header rows carry w:tblHeader (repeat as header "
                 "row). Another next-page section break returns to PORTRAIT (section 3) for the follow-up "
                 "paragraph and the signatures. So: one logical table of nine rows; the repeated header of the "
                 "second table is not a measure, and the '(ต่อ)' line is not a title. Measures: the nine rows; "
                 "title = the มาตรการ / กิจกรรม cell; indicator_no from the ตัวชี้วัด ITA column ('ตัวชี้วัดที่ ๙' "
                 "x2, '๑๐' x2, '๔', '๑', '๖'; '–' = null for rows ๕ and ๙; 'แบบตรวจ OIT' in row ๑ is a tool). "
                 "Periods (FY 2569): 'ต.ค. – ธ.ค. ๒๕๖๘' 2025-10-01..2025-12-31; 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙' and "
                 "'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; '๑ พ.ย. – ๓๑ ธ.ค. ๒๕๖๘' 2025-11-01..2025-12-31; "
                 "'ภายใน ๓๑ ม.ค. ๒๕๖๙' a deadline (end 2026-01-31 only); 'ธ.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙' "
                 "2025-12-01..2026-01-31; '๑๒ – ๑๓ ก.พ. ๒๕๖๙' 2026-02-12..2026-02-13; 'ไตรมาสที่ ๓ (เม.ย. – "
                 "มิ.ย. ๒๕๖๙)' 2026-04-01..2026-06-30; 'ทุกไตรมาส' no dates. Owners: 'กลุ่มงานสุขภาพดิจิทัล', "
                 "'งานพัสดุ กลุ่มงานบริหารทั่วไป' (one org unit, section within group), 'คณะกรรมการบริหารความ"
                 "เสี่ยงโรงพยาบาล', 'งานทรัพยากรบุคคล', 'คณะทำงานขับเคลื่อน ITA โรงพยาบาล' org units; "
                 "'นางสาวจันทร์เพ็ญ ภูมิสุข' over 'นิติกรชำนาญการ' one person (น.ส.); 'ผู้อำนวยการโรงพยาบาล"
                 "เชียงยืนทอง' and 'หัวหน้ากลุ่มงานบริหารทั่วไป' positions; 'กลุ่มงานการพยาบาล' over "
                 "'งานประชาสัมพันธ์' two org units. The ตัวชี้วัดความสำเร็จ cells are targets (ร้อยละ ๑๐๐/๘๐/๘๕, "
                 "๑๒ เดือน, ๔ ครั้ง), not scores. Scores (FY 2568, section 1): overall " +
                 th(f"{E2_OVERALL:.2f}") + f" ({band(E2_OVERALL)}), 2567 overall ๘๐.๑๒ (B), tools IIT ๘๘.๔๐, EIT "
                 "๘๖.๑๕, OIT ๘๑.๐๐ (0.3/0.3/0.4 gives the overall), indicators 9 (OIT) ๗๘.๕๐ and 10 (OIT) ๘๓.๕๐. "
                 "Not scores: the target 'ค่าเป้าหมาย ๘๕ คะแนน' and 'ต่ำกว่า ๘๕ คะแนน', '๙ มาตรการ/กิจกรรม', the "
                 "meeting date, the reporting deadlines (๑๕ เมษายน / ๑๕ ตุลาคม ๒๕๖๙, not periods). People "
                 "(section 3): ผู้จัดทำแผน and ผู้เห็นชอบแผน side by side, ผู้อนุมัติแผน below (role after the "
                 "dots; 'นายแพทย์' -> rank นพ.).",
        "scores": [S("overall", E2_OVERALL, 2568, rating=band(E2_OVERALL)), S("overall", 80.12, 2567, rating="B"),
                   S("tool", E2_TOOLS["IIT"], 2568, "IIT"), S("tool", E2_TOOLS["EIT"], 2568, "EIT"),
                   S("tool", E2_TOOLS["OIT"], 2568, "OIT"), S("indicator", 78.50, 2568, "OIT", 9),
                   S("indicator", 83.50, 2568, "OIT", 10)],
        "measures": measures,
        "people": [P("ผู้จัดทำแผน", "นาย", "ธนากร ศรีบุญเรือง", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้เห็นชอบแผน", "นาง", "พรรณิภา แก้วคำ", "หัวหน้ากลุ่มงานบริหารทั่วไป"),
                   P("ผู้อนุมัติแผน", "นพ.", "วิศรุต ทองประเสริฐ", f"ผู้อำนวยการ{E2_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": E2_UNIT, "unit_type": "hospital", "province": "มหาสารคาม", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "FY 2569 action plan of a community hospital, approved 20 พ.ย. 2568 (FY 2569): fiscal_year 2569. "
                 "Title = the first two heading lines (the third names unit, district and province, which gives "
                 "the province); the landscape section's caption 'ตารางที่ ๑ ...' is a table caption. Structure "
                 "tested: portrait / landscape / portrait sections and a table split into two Word tables (see "
                 "the facts notes).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ e27_3

E3_UNIT = "เทศบาลตำบลโพธิ์ชัยทอง"
E3_TOOLS = {"IIT": 91.25, "EIT": 86.40, "OIT": 84.75}
E3_OVERALL = weighted(E3_TOOLS["IIT"], E3_TOOLS["EIT"], E3_TOOLS["OIT"])
# rank, printed name, gold name, post, role
E3_COMMITTEE = [
    ("นาย", "นายประยุทธ ศรีวงศ์", "ประยุทธ ศรีวงศ์", "ปลัดเทศบาล", "ประธานกรรมการ"),
    ("นาง", "นางวันเพ็ญ สุขประเสริฐ", "วันเพ็ญ สุขประเสริฐ", "รองปลัดเทศบาล", "รองประธานกรรมการ"),
    ("นาย", "นายอดิศักดิ์ ทองคำ", "อดิศักดิ์ ทองคำ", "ผู้อำนวยการกองคลัง", "กรรมการ"),
    ("นาย", "นายชัยวัฒน์ บุญมี", "ชัยวัฒน์ บุญมี", "ผู้อำนวยการกองช่าง", "กรรมการ"),
    ("น.ส.", "นางสาวพรทิพย์ คำแก้ว", "พรทิพย์ คำแก้ว", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "กรรมการ"),
    ("นาง", "นางสุนันทา แสนดี", "สุนันทา แสนดี", "หัวหน้าสำนักปลัดเทศบาล", "กรรมการและเลขานุการ"),
]
# first line title, continuation (after w:br) or None, owner, period, gold title, owners, start, end
E3_MEASURES = [
    ("ประกาศเจตนารมณ์ป้องกันการทุจริต", None, "นายกเทศมนตรี", "ต.ค. 68",
     "ประกาศเจตนารมณ์ป้องกันการทุจริต", [O(pos="นายกเทศมนตรี")], "2025-10-01", "2025-10-31"),
    ("เผยแพร่ข้อมูลสาธารณะตามแบบ OIT", None, "สำนักปลัดเทศบาล", "ต.ค. 68 – ก.ย. 69",
     "เผยแพร่ข้อมูลสาธารณะตามแบบ OIT", [O(org="สำนักปลัดเทศบาล")], "2025-10-01", "2026-09-30"),
    ("จัดทำแผนบริหารความเสี่ยงการทุจริต", "และเผยแพร่บนเว็บไซต์เทศบาล", "ปลัดเทศบาล", "ภายใน ธ.ค. 68",
     "จัดทำแผนบริหารความเสี่ยงการทุจริตและเผยแพร่บนเว็บไซต์เทศบาล", [O(pos="ปลัดเทศบาล")], None, "2025-12-31"),
    ("ควบคุมการใช้รถส่วนกลางและพัสดุ", None, "กองคลัง", "ตลอดปีงบประมาณ",
     "ควบคุมการใช้รถส่วนกลางและพัสดุ", [O(org="กองคลัง")], "2025-10-01", "2026-09-30"),
    ("อบรมคุณธรรมจริยธรรมพนักงาน", None, "งานการเจ้าหน้าที่", "15 – 16 ม.ค. 69",
     "อบรมคุณธรรมจริยธรรมพนักงาน", [O(org="งานการเจ้าหน้าที่")], "2026-01-15", "2026-01-16"),
    ("สำรวจความพึงพอใจของผู้รับบริการ", None, "นางสาวพรทิพย์ คำแก้ว", "เม.ย. – มิ.ย. 69",
     "สำรวจความพึงพอใจของผู้รับบริการ", [O("น.ส.", "พรทิพย์ คำแก้ว")], "2026-04-01", "2026-06-30"),
    ("รายงานผลต่อนายกเทศมนตรี", None, "คณะกรรมการขับเคลื่อนฯ", "ทุก 6 เดือน",
     "รายงานผลต่อนายกเทศมนตรี", [O(org="คณะกรรมการขับเคลื่อนฯ")], None, None),
]


def tabbed(doc, text, stops, left=0.0, hanging=0.0, bold=False, after=None):
    """One paragraph whose '\\t' become w:tab runs, aligned on the given w:tabs stops (cm, alignment, leader)."""
    p = _para(doc, text, bold=bold)
    pf = p.paragraph_format
    for pos, align, leader in stops:
        pf.tab_stops.add_tab_stop(Cm(pos), align, leader)
    if left:
        pf.left_indent = Cm(left)
    if hanging:
        pf.first_line_indent = Cm(-hanging)
    if after is not None:
        pf.space_after = Pt(after)
    return p


def e3():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=1.8), after=1)
    L, R, SP, DT = WD_TAB_ALIGNMENT.LEFT, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES, WD_TAB_LEADER.DOTS
    centre(doc, f"ประกาศ{E3_UNIT}", bold=True, size=17)
    centre(doc, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=16)
    centre(doc, "--------------------------------")
    body(doc, th(f"ด้วย{E3_UNIT} อำเภอโพธิ์ชัย จังหวัดร้อยเอ็ด ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                 "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 เพื่อให้การยกระดับผลการประเมินเป็นไปอย่างต่อเนื่อง "
                 "จึงประกาศผลการประเมิน คณะกรรมการขับเคลื่อน และมาตรการประจำปีงบประมาณ พ.ศ. 2569 ดังนี้"))
    _para(doc, th("1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"), bold=True)
    score_stops = [(1.0, L, SP), (13.4, R, DT), (14.0, L, SP)]
    for label, value, tail in (("คะแนนรวม (ภาพรวม)", E3_OVERALL, f"คะแนน  ระดับ {band(E3_OVERALL)}"),
                               ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", E3_TOOLS["IIT"], "คะแนน"),
                               ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", E3_TOOLS["EIT"], "คะแนน"),
                               ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", E3_TOOLS["OIT"], "คะแนน"),
                               ("คะแนนรวม ปี 2567 (เปรียบเทียบ)", 82.40, "คะแนน  ระดับ B")):
        tabbed(doc, th(f"\t{label}\t{value:.2f}\t{tail}"), score_stops)
    _para(doc, th("2. คณะกรรมการขับเคลื่อนการประเมิน ITA ประกอบด้วย"), bold=True)
    com_stops = [(1.0, L, SP), (6.2, L, SP), (17.4, R, DT)]
    for i, (rank, printed, name, post, role) in enumerate(E3_COMMITTEE, 1):
        tabbed(doc, th(f"{i}.\t{printed}\t{post}\t{role}"), com_stops, left=1.0, hanging=1.0)
    body(doc, "มีหน้าที่ กำกับ ติดตาม และรายงานผลการดำเนินงานตามมาตรการต่อนายกเทศมนตรี", first=1.0)
    _para(doc, th("3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"), bold=True)
    m_stops = [(0.7, L, SP), (8.4, L, SP), (13.2, L, SP)]
    hdr = tabbed(doc, "\tมาตรการ\tผู้รับผิดชอบ\tระยะเวลา", m_stops, bold=True, after=3)
    hdr.paragraph_format.space_before = Pt(4)
    hdr._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
    measures = []
    for i, (first, cont, owner, period, gtitle, owners, start, end) in enumerate(E3_MEASURES, 1):
        text = th(f"{i})\t{first}\t{owner}\t{period}")
        if cont:
            text += "\n" + th(cont)
        mp = tabbed(doc, text, m_stops, left=0.7, hanging=0.7, after=2)
        for r in mp.runs:
            r.font.size = Pt(13)
        measures.append(M(th(gtitle), owners, ind=None, start=start, end=end))
    _para(doc, "")
    body(doc, "จึงประกาศให้ทราบโดยทั่วกัน")
    centre(doc, th("ประกาศ ณ วันที่ 10 พฤศจิกายน พ.ศ. 2568"))
    _para(doc, "")
    sig = [("(ลงชื่อ)" + DOTS[:30]), "(นายบุญส่ง พรหมมา)", f"นายกเทศมนตรีตำบลโพธิ์ชัยทอง"]
    for ln in sig:
        p = _para(doc, ln)
        p.paragraph_format.left_indent = Cm(8.0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    people = [P(role, rank, name, post) for rank, printed, name, post, role in E3_COMMITTEE]
    people.append(P("ผู้ลงนาม", "นาย", "บุญส่ง พรหมมา", "นายกเทศมนตรีตำบลโพธิ์ชัยทอง"))
    facts = {
        "notes": "WORD STRUCTURE TESTED: a TAB-STOP layout with NO TABLES. Every column is made of w:tab runs "
                 "aligned on stops defined in the paragraph (w:tabs). (1) Scores: five lines '⇥<label>⇥<value>⇥"
                 "คะแนน ...' with a left stop at 1 cm, a RIGHT stop at 13.4 cm with a DOT LEADER (the dots are "
                 "drawn by the leader, not typed) and a left stop at 14 cm: overall 2568 " +
                 th(f"{E3_OVERALL:.2f}") + f" ({band(E3_OVERALL)}), tools IIT ๙๑.๒๕, EIT ๘๖.๔๐, OIT ๘๔.๗๕ "
                 "(0.3/0.3/0.4 gives the overall) and overall 2567 ๘๒.๔๐ (B). (2) Committee: six lines "
                 "'n.⇥<name>⇥<post>⇥<role>' (hanging indent 1 cm, left stops 1 and 6.2 cm, a right stop at 17.4 cm "
                 "with a dot leader before the role). (3) Measures: a bold header line '⇥มาตรการ⇥ผู้รับผิดชอบ⇥"
                 "ระยะเวลา' (bottom border) and seven lines 'n)⇥<title>⇥<owner>⇥<period>' on the same stops "
                 "(0.7, 8.4, 13.2 cm; the measure lines in 13 pt); measure ๓'s title goes on after a line break (w:br) under the title column "
                 "('จัดทำแผนบริหารความเสี่ยงการทุจริต' + 'และเผยแพร่บนเว็บไซต์เทศบาล' = one title; the second line "
                 "is not a measure). Measures: the seven lines; title = the text before the first tab after the "
                 "number; no indicator is named (only the tool 'แบบ OIT'): indicator_no null. Periods (FY 2569, "
                 "short Buddhist years): 'ต.ค. ๖๘' the month 2025-10-01..2025-10-31; 'ต.ค. ๖๘ – ก.ย. ๖๙' and "
                 "'ตลอดปีงบประมาณ' (the announcement's FY 2569) 2025-10-01..2026-09-30; 'ภายใน ธ.ค. ๖๘' a deadline "
                 "(end 2025-12-31 only); '๑๕ – ๑๖ ม.ค. ๖๙' 2026-01-15..2026-01-16; 'เม.ย. – มิ.ย. ๖๙' "
                 "2026-04-01..2026-06-30; 'ทุก ๖ เดือน' no dates. Owners: 'นายกเทศมนตรี', 'ปลัดเทศบาล' positions; "
                 "'สำนักปลัดเทศบาล', 'งานการเจ้าหน้าที่' and 'กองคลัง' org units; 'นางสาวพรทิพย์ คำแก้ว' a person with no post in that line "
                 "(น.ส./name; her post is in the committee list but is not printed as the owner); "
                 "'คณะกรรมการขับเคลื่อนฯ' an org unit (the committee; the comparison drops the trailing ฯ). "
                 "People (as blind11 l1, committee members are people with their printed roles): the six "
                 "committee members, role = the dot-leader column (ประธานกรรมการ, รองประธานกรรมการ, กรรมการ x3, "
                 "กรรมการและเลขานุการ), post = the middle column; plus the mayor who signs (no role printed: "
                 "ผู้ลงนาม). Not scores: the list numbers, 'ทุก ๖ เดือน', the date.",
        "scores": [S("overall", E3_OVERALL, 2568, rating=band(E3_OVERALL)), S("tool", E3_TOOLS["IIT"], 2568, "IIT"),
                   S("tool", E3_TOOLS["EIT"], 2568, "EIT"), S("tool", E3_TOOLS["OIT"], 2568, "OIT"),
                   S("overall", 82.40, 2567, rating="B")],
        "measures": measures,
        "people": people,
        "findings": [],
    }
    document = {
        "unit": E3_UNIT, "unit_type": "municipality", "province": "ร้อยเอ็ด", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("ประกาศเทศบาลตำบลโพธิ์ชัยทอง เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
                    "ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Announcement of 10 พ.ย. 2568 (FY 2569) of a sub-district municipality's FY 2569 measures, with "
                 "its ITA 2568 result and its driving committee: fiscal_year 2569. Title = the three centred "
                 "heading lines (the เรื่อง line alone with the year also acceptable). Province from the first "
                 "body sentence ('อำเภอโพธิ์ชัย จังหวัดร้อยเอ็ด'). doc_type measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ e27_4

E4_UNIT = "สถานีตำรวจภูธรหนองกี่ใต้"
E4_IND = [(1, "การปฏิบัติหน้าที่", 94.50), (2, "การใช้งบประมาณ", 91.20), (3, "การใช้อำนาจ", 92.75),
          (4, "การใช้ทรัพย์สินของราชการ", 89.30), (5, "การแก้ไขปัญหาการทุจริต", 90.25),
          (6, "คุณภาพการดำเนินงาน", 88.40), (7, "ประสิทธิภาพการสื่อสาร", 86.10), (8, "การปรับปรุงการทำงาน", 87.10),
          (9, "การเปิดเผยข้อมูล", 84.50), (10, "การป้องกันการทุจริต", 87.00)]
E4_TOOL_OF = {**{n: "IIT" for n in range(1, 6)}, **{n: "EIT" for n in range(6, 9)}, 9: "OIT", 10: "OIT"}
E4_TOOLS = {t: round(sum(v for n, _, v in E4_IND if E4_TOOL_OF[n] == t) /
                     sum(1 for n, _, _ in E4_IND if E4_TOOL_OF[n] == t) + 1e-9, 2) for t in ("IIT", "EIT", "OIT")}
E4_OVERALL = weighted(E4_TOOLS["IIT"], E4_TOOLS["EIT"], E4_TOOLS["OIT"])
# bullet text, gold title, owners, ind, start, end
E4_BULLETS = [
    ("ปรับปรุงเว็บไซต์ของสถานีให้ครบตามแบบตรวจ OIT และเป็นปัจจุบัน (ตัวชี้วัดที่ 9) ช่วง ต.ค. – ธ.ค. 68 "
     "(งานอำนวยการ)", "ปรับปรุงเว็บไซต์ของสถานีให้ครบตามแบบตรวจ OIT และเป็นปัจจุบัน", [O(org="งานอำนวยการ")], 9,
     "2025-10-01", "2025-12-31"),
    ("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ช่วงเทศกาลปีใหม่ ภายใน 31 ธ.ค. 68 (ผกก.สภ.หนองกี่ใต้)",
     "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ช่วงเทศกาลปีใหม่", [O(pos="ผกก.สภ.หนองกี่ใต้")], None, None,
     "2025-12-31"),
    ("ติดตั้งกล้อง CCTV และป้ายแสดงขั้นตอนการรับแจ้งความที่ห้องร้อยเวร ม.ค. – มี.ค. 69 "
     "(พ.ต.ท.วิทยา แก้วประเสริฐ สว.อก.)", "ติดตั้งกล้อง CCTV และป้ายแสดงขั้นตอนการรับแจ้งความที่ห้องร้อยเวร",
     [O("พ.ต.ท.", "วิทยา แก้วประเสริฐ", "สว.อก.")], None, "2026-01-01", "2026-03-31"),
    ("อบรมข้าราชการตำรวจเรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม (ตัวชี้วัดที่ 10) ก.พ. 69 "
     "(ร.ต.อ.หญิง สุภาพร ชัยสิทธิ์ รอง สว.อก.)", "อบรมข้าราชการตำรวจเรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม",
     [O("ร.ต.อ.หญิง", "สุภาพร ชัยสิทธิ์", "รอง สว.อก.")], 10, "2026-02-01", "2026-02-28"),
    ("ตรวจสอบการใช้รถยนต์ราชการและน้ำมันเชื้อเพลิง (ตัวชี้วัดที่ 4) ตลอดปีงบประมาณ 2569 "
     "(งานป้องกันปราบปราม, งานอำนวยการ)", "ตรวจสอบการใช้รถยนต์ราชการและน้ำมันเชื้อเพลิง",
     [O(org="งานป้องกันปราบปราม"), O(org="งานอำนวยการ")], 4, "2025-10-01", "2026-09-30"),
    ("สำรวจความพึงพอใจผู้มาติดต่อผ่าน QR Code และแจ้งผลในที่ประชุมประจำเดือน เม.ย. – มิ.ย. 69 "
     "(ด.ต.ธนากร พิมพ์ทอง)", "สำรวจความพึงพอใจผู้มาติดต่อผ่าน QR Code และแจ้งผลในที่ประชุมประจำเดือน",
     [O("ด.ต.", "ธนากร พิมพ์ทอง")], None, "2026-04-01", "2026-06-30"),
    ("รายงานผลการดำเนินงานตามมาตรการต่อ ภ.จว.บุรีรัมย์ ทุกไตรมาส (คณะทำงาน ITA สภ.หนองกี่ใต้)",
     "รายงานผลการดำเนินงานตามมาตรการต่อ ภ.จว.บุรีรัมย์ ทุกไตรมาส", [O(org="คณะทำงาน ITA สภ.หนองกี่ใต้")], None,
     None, None),
]


def add_bullet_numbering(doc, abstract_id=81, num_id=81) -> int:
    """A bullet list in numbering.xml (w:numFmt bullet, lvlText '•'): the bullet is not in the text."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}"><w:nsid w:val="3B7D1E42"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="04090001"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="340" w:hanging="340"/></w:pPr>'
        '<w:rPr><w:color w:val="1F4E79"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25e6"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="680" w:hanging="340"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def field(paragraph, instr: str, cached: str, size=None):
    """A w:fldSimple (Word field) with its cached result."""
    sz = f'<w:rPr><w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    paragraph._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" {instr} \\* MERGEFORMAT "><w:r>{sz}'
                                  f'<w:t>{cached}</w:t></w:r></w:fldSimple>'))


def e4():
    doc = tight(new_doc("Waree", 11, landscape=False, margin=1.5), after=0)
    bullets = add_bullet_numbering(doc)
    # masthead: section 1, one column, ended by a continuous section break
    sized(doc, "จดหมายข่าว ITA", 24, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, colour="1F4E79")
    sized(doc, f"{E4_UNIT}  ตำรวจภูธรจังหวัดบุรีรัมย์", 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    mh = sized(doc, th("ฉบับที่ 2/2568  ประจำเดือนธันวาคม 2568  |  “โปร่งใส ตรวจสอบได้ ใกล้ชิดประชาชน”"), 11,
               align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    mh._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:bottom w:val="thickThinSmallGap" w:sz="18" w:space="4" w:color="1F4E79"/></w:pBdr>'))
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec2._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f'<w:cols {NS}/>')
        sec2._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(0.7 * 567)))
    cols.set(qn("w:sep"), "1")

    def head(text):
        return sized(doc, th(text), 12, bold=True, colour="C00000", before=4, after=1)

    def line(text, size=11, bold=False, left=0.0):
        p = sized(doc, th(text), size, bold=bold)
        if left:
            p.paragraph_format.left_indent = Cm(left)
        return p

    head("ผลการประเมิน ITA ปี 2568")
    p = line(f"สำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
             f"ประจำปีงบประมาณ พ.ศ. 2568 {E4_UNIT} ได้คะแนนรวม {E4_OVERALL:.2f} คะแนน อยู่ในระดับ "
             f"{band(E4_OVERALL)} เพิ่มขึ้นจากปี 2567 ที่ได้ 84.20 คะแนน")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    line("คะแนนรายเครื่องมือ", 11, True)
    for tool, name in (("IIT", "การรับรู้ภายใน"), ("EIT", "การรับรู้ภายนอก"), ("OIT", "การเปิดเผยข้อมูล")):
        line(f"{tool} ({name})  {E4_TOOLS[tool]:.2f}", 11, left=0.3)
    line("คะแนนรายตัวชี้วัด", 11, True)
    for n, name, v in E4_IND:
        p = line(f"ตัวชี้วัดที่ {n} {name}\t{v:.2f}", 10.5, left=0.3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    head("จุดที่ต้องพัฒนา")
    p = line("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนนต่ำที่สุด เพราะข้อมูลบางรายการบนเว็บไซต์ไม่เป็นปัจจุบัน "
             "สถานีจึงกำหนดมาตรการยกระดับ ดังนี้")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    head("มาตรการยกระดับผลการประเมิน ปี 2569")
    measures = []
    for text, gtitle, owners, ind, start, end in E4_BULLETS:
        p = line(text, 11)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = bullets
        p.paragraph_format.space_after = Pt(1)
        measures.append(M(th(gtitle), owners, ind=ind, start=start, end=end))
    head("ช่องทางแจ้งเบาะแสการทุจริต")
    line("โทร. 0 4465 1191  |  สายด่วน 1599  |  LINE OA @nongkitaipolice", 11)
    line("หรือแจ้งด้วยตนเองที่งานอำนวยการ ในวันและเวลาราชการ", 11)
    head("คณะผู้จัดทำ")
    line("ที่ปรึกษา : พ.ต.อ.สุรศักดิ์ ทองมา ผกก.สภ.หนองกี่ใต้", 11)
    line("บรรณาธิการ : ร.ต.อ.หญิง สุภาพร ชัยสิทธิ์ รอง สว.อก.", 11)
    line("กองบรรณาธิการ : งานอำนวยการ สภ.หนองกี่ใต้", 11)
    # footer with PAGE / NUMPAGES fields (the footer of section 1, inherited by section 2)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "จดหมายข่าว ITA สภ.หนองกี่ใต้   |   หน้า ", size=9, colour="595959")
    field(fp, "PAGE", "1", 9)
    run(fp, " / ", size=9, colour="595959")
    field(fp, "NUMPAGES", "1", 9)
    scores = [S("overall", E4_OVERALL, 2568, rating=band(E4_OVERALL)), S("overall", 84.20, 2567)]
    scores += [S("tool", E4_TOOLS[t], 2568, t) for t in ("IIT", "EIT", "OIT")]
    scores += [S("indicator", v, 2568, E4_TOOL_OF[n], n) for n, _, v in E4_IND]
    facts = {
        "notes": "WORD STRUCTURE TESTED: NEWSPAPER COLUMNS, LIST BULLETS and FIELDS. Section 1 is a one-column "
                 "masthead (title, unit, issue line with a bottom border) ended by a CONTINUOUS section break; "
                 "section 2 has w:cols w:num=\"2\" (with a separator line): the text flows down the left column "
                 "(scores, indicator lines, 'จุดที่ต้องพัฒนา', the first measures) and on into the right column "
                 "(the remaining measures, contacts, credits), so in the PDF the two columns sit side by side and "
                 "a reader taking each text line across the page mixes them. The measures are paragraphs with "
                 "w:numPr pointing to a BULLET list (abstractNum 81, w:numFmt bullet, lvlText '•'): the bullet is "
                 "not in the paragraph text. The footer holds w:fldSimple PAGE and NUMPAGES fields ('หน้า 1 / 1'; "
                 "page numbers, not scores). Scores (FY 2568): overall " + th(f"{E4_OVERALL:.2f}") +
                 f" ({band(E4_OVERALL)}) and 2567 overall ๘๔.๒๐ (no rating printed) in the first paragraph; "
                 "the three tools under 'คะแนนรายเครื่องมือ' (IIT " + th(f"{E4_TOOLS['IIT']:.2f}") + ", EIT " +
                 th(f"{E4_TOOLS['EIT']:.2f}") + ", OIT " + th(f"{E4_TOOLS['OIT']:.2f}") + "; each the mean of "
                 "its indicators, 0.3/0.3/0.4 gives the overall) and the ten indicators under 'คะแนนรายตัวชี้วัด' "
                 "('ตัวชี้วัดที่ n <name> ....... xx.xx', a right tab with a dot leader); tool by the NACC "
                 "numbering (1-5 IIT, 6-8 EIT, 9-10 OIT). Not scores: the issue number ๒/๒๕๖๘, "
                 "phone '๐ ๔๔๖๕ ๑๑๙๑', 'สายด่วน ๑๕๙๙', the page fields. Measures: the seven bullets under "
                 "'มาตรการยกระดับผลการประเมิน ปี ๒๕๖๙'; each is '<title> [(ตัวชี้วัดที่ n)] <period> (<owner>)', "
                 "the owner in brackets at the end. Title = the text before the indicator tag / period; "
                 "indicator_no from the tag (9, 10, 4; the others null; 'แบบตรวจ OIT' is a tool, No Gift Policy "
                 "not an indicator; the '(No Gift Policy)' bracket is part of title ๒, not an owner). Periods (FY "
                 "2569): 'ช่วง ต.ค. – ธ.ค. ๖๘' 2025-10-01..2025-12-31; 'ภายใน ๓๑ ธ.ค. ๖๘' a deadline (end "
                 "2025-12-31 only); 'ม.ค. – มี.ค. ๖๙' 2026-01-01..2026-03-31; 'ก.พ. ๖๙' 2026-02-01..2026-02-28; "
                 "'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; 'เม.ย. – มิ.ย. ๖๙' 2026-04-01..2026-06-30; bullet "
                 "๗ 'ทุกไตรมาส' no dates (kept in its title, the frequency of the report). Owners: 'งานอำนวยการ' "
                 "an org unit; 'ผกก.สภ.หนองกี่ใต้' a position; 'พ.ต.ท.วิทยา แก้วประเสริฐ สว.อก.' and 'ร.ต.อ.หญิง "
                 "สุภาพร ชัยสิทธิ์ รอง สว.อก.' rank/name/position (rank glued or spaced, posts abbreviated as "
                 "printed); 'งานป้องกันปราบปราม, งานอำนวยการ' two org units; 'ด.ต.ธนากร พิมพ์ทอง' rank/name; "
                 "'คณะทำงาน ITA สภ.หนองกี่ใต้' an org unit. People: the credits at the end, 'ที่ปรึกษา : "
                 "พ.ต.อ.สุรศักดิ์ ทองมา ผกก.สภ.หนองกี่ใต้' and 'บรรณาธิการ : ร.ต.อ.หญิง สุภาพร ชัยสิทธิ์ รอง "
                 "สว.อก.' (role before the colon); 'กองบรรณาธิการ : งานอำนวยการ' is a section, not a person. "
                 "Bullet owners are owners, not people (as in every plan).",
        "scores": scores,
        "measures": measures,
        "people": [P("ที่ปรึกษา", "พ.ต.อ.", "สุรศักดิ์ ทองมา", "ผกก.สภ.หนองกี่ใต้"),
                   P("บรรณาธิการ", "ร.ต.อ.หญิง", "สุภาพร ชัยสิทธิ์", "รอง สว.อก.")],
        "findings": [],
    }
    document = {
        "unit": E4_UNIT, "unit_type": "police_station", "province": "บุรีรัมย์", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "จดหมายข่าว ITA",
        "notes": "Newsletter issue ๒/๒๕๖๘ of December 2568 (FY 2569) reporting the station's ITA 2568 result and "
                 "its FY 2569 measures: fiscal_year 2568, the result reported (as blind25 c3 / blind10 k4; 2569, "
                 "the measures' year, arguable). doc_type analysis (a result summary with measures, as the "
                 "blind10 k4 poster; 'other' arguable for a newsletter). Title = the masthead 'จดหมายข่าว ITA' "
                 "(with the issue line also acceptable). Province from the masthead's parent command "
                 "'ตำรวจภูธรจังหวัดบุรีรัมย์'.",
    }
    return doc, facts, document


REPORTS = {
    "e27_1_web_pasted_zero_width_nbsp_hyperlinks_municipality_nong_bua_daeng_tai": e1,
    "e27_2_section_break_landscape_table_split_continued_hospital_chiang_yuen_thong": e2,
    "e27_3_tab_stop_committee_measures_no_tables_municipality_pho_chai_thong": e3,
    "e27_4_two_column_newsletter_bullets_page_field_police_nong_ki_tai": e4,
}


def main() -> None:
    build_reports(HERE, REPORTS)


if __name__ == "__main__":
    main()
