#!/usr/bin/env python3
"""Build the blind-25 reports (tests/blind25/c25_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, PDF export through LibreOffice, gold records) are imported from tests/layouts/write.py,
tests/blind7/make_blind7.py, tests/blind11/make_blind11.py and tests/blind19/make_blind19.py, as blind21 does.
Units, people and figures are invented.

This set tests WORD STRUCTURES that python-docx's paragraph/table API does not show directly; the content is
ordinary ITA content. The structures are written as raw OOXML (docx.oxml / lxml):

  c25_1  โรงพยาบาลกุดชุมทอง (ยโสธร)                measures as a Word AUTO-NUMBERED multilevel list: real w:numPr
                                              with an abstractNum in numbering.xml, level 0 '%1.' (measures),
                                              level 1 '%1.%2' (activities), w:numFmt thaiNumbers, so '๑.' and
                                              '๑.๑' exist only in the rendering; the measure's owner and period
                                              in indented un-numbered lines 'ผู้รับผิดชอบ: ...' /
                                              'ระยะเวลา: ...' under it; Laksaman 14, Thai digits
  c25_2  เทศบาลตำบลบ้านดุงเหนือ (อุดรธานี)          NESTED tables: an outer 2-column layout table, left cell the label
                                              'มาตรการที่ ๑', right cell the measure's name and an inner table
                                              'กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ' (a w:tbl inside the w:tc), four
                                              measures; the unit's name and province ONLY in the page header
                                              (header1.xml), the fiscal year in the body title; Norasi 14
  c25_3  ที่ว่าการอำเภอโป่งน้ำร้อนใต้ (จันทบุรี)       ITA 2568 score summary in floating TEXT BOXES (wps:wsp with
                                              w:txbxContent in mc:AlternateContent, VML v:roundrect fallback
                                              holding the same text, as Word writes them): an overall box and
                                              three tool boxes 'IIT ๙๑.๒๐' 'EIT ๘๗.๕๕' 'OIT ๗๘.๐๐'; body
                                              paragraphs with measures; a FOOTNOTE (footnotes.xml) whose
                                              counts ('IIT จำนวน ๔๒ ราย') are not scores; Garuda 14
  c25_4  องค์การบริหารส่วนตำบลห้วยเม็กใต้ (กาฬสินธุ์)  a filled-in FORM: values in CONTENT CONTROLS (w:sdt: run-level
                                              plain-text and date controls, cell-level w:sdt wrapping w:tc in
                                              the score table, one control still showing its placeholder) and
                                              TRACKED CHANGES (w:del / w:ins): a revised OIT score, overall and
                                              ratings, a partly inserted owner, a revised period, a deleted
                                              measure row, an inserted measure row, a replaced reporter; the PDF
                                              is exported from a copy with every change ACCEPTED; Kinnari 14

    uv run python tests/blind25/make_blind25.py
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _cell_text, _para, convert_to_pdf  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import fix_widths, keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, centre, save_reports, shade, sig_table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import size_all, sized, weighted  # noqa: E402


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
REV = 'w:author="ธุรการ อบต." w:date="2025-10-21T09:15:00Z"'


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _rpr(size=None, bold=False, colour=None) -> str:
    out = "<w:b/><w:bCs/>" if bold else ""
    if colour:
        out += f'<w:color w:val="{colour}"/>'
    if size:
        out += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def _run(text: str, size=None, bold=False, colour=None) -> str:
    return f'<w:r>{_rpr(size, bold, colour)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _del(text: str, rid: int, size=None, bold=False) -> str:
    return (f'<w:del w:id="{rid}" {REV}><w:r>{_rpr(size, bold)}<w:delText xml:space="preserve">{_esc(text)}'
            f'</w:delText></w:r></w:del>')


def _ins(text: str, rid: int, size=None, bold=False) -> str:
    return f'<w:ins w:id="{rid}" {REV}>{_run(text, size, bold)}</w:ins>'


# ------------------------------------------------------------------------------------------ c25_1

C1_UNIT = "โรงพยาบาลกุดชุมทอง"
C1_DIR = "ผู้อำนวยการโรงพยาบาลกุดชุมทอง"
# printed title line, owner text, period text, activities, gold title, owners, ind, start, end
C1_MEASURES = [
    ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)",
     "กลุ่มงานสุขภาพดิจิทัล", "ตุลาคม 2568 – กันยายน 2569",
     ["ปรับปรุงหน้าเว็บไซต์หัวข้อ “การเปิดเผยข้อมูลสาธารณะ (OIT)” ให้ครบถ้วนตามแบบตรวจ",
      "ตรวจสอบความเป็นปัจจุบันของข้อมูลและรายงานหัวหน้ากลุ่มงานภายในวันที่ 5 ของทุกเดือน"],
     "มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของโรงพยาบาล", [O(org="กลุ่มงานสุขภาพดิจิทัล")], 9,
     "2025-10-01", "2026-09-30"),
    ("มาตรการป้องกันการรับสินบนและผลประโยชน์ทับซ้อน (ตัวชี้วัดที่ 10 การป้องกันการทุจริต)",
     "นางสาวสุดารัตน์ พรมวงศ์ นิติกรชำนาญการ", "1 พฤศจิกายน 2568 – 31 มีนาคม 2569",
     ["จัดทำคู่มือแนวทางปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง",
      "ให้เจ้าหน้าที่พัสดุและคณะกรรมการตรวจรับลงนามแบบแสดงความบริสุทธิ์ใจทุกโครงการ",
      "สรุปผลการดำเนินงานเสนอผู้อำนวยการ 2 ครั้ง"],
     "มาตรการป้องกันการรับสินบนและผลประโยชน์ทับซ้อน",
     [O("น.ส.", "สุดารัตน์ พรมวงศ์", "นิติกรชำนาญการ")], 10, "2025-11-01", "2026-03-31"),
    ("มาตรการควบคุมการยืมพัสดุและการใช้รถยนต์ราชการ",
     "หัวหน้ากลุ่มงานบริหารทั่วไป", "ภายในเดือนธันวาคม 2568", [],
     "มาตรการควบคุมการยืมพัสดุและการใช้รถยนต์ราชการ", [O(pos="หัวหน้ากลุ่มงานบริหารทั่วไป")], None,
     None, "2025-12-31"),
    ("มาตรการส่งเสริมวัฒนธรรมองค์กร “โรงพยาบาลกุดชุมทอง ไม่รับของขวัญ” (No Gift Policy)",
     "คณะกรรมการจริยธรรมโรงพยาบาล และงานทรัพยากรบุคคล", "ตลอดปีงบประมาณ พ.ศ. 2569",
     ["ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
      "ประชาสัมพันธ์นโยบายช่วงเทศกาลปีใหม่และจัดทำรายงานผลต่อผู้บริหาร"],
     "มาตรการส่งเสริมวัฒนธรรมองค์กร “โรงพยาบาลกุดชุมทอง ไม่รับของขวัญ” (No Gift Policy)",
     [O(org="คณะกรรมการจริยธรรมโรงพยาบาล"), O(org="งานทรัพยากรบุคคล")], None, "2025-10-01", "2026-09-30"),
    ("มาตรการปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและการแจ้งผลให้ผู้ร้องทราบ",
     "ศูนย์รับเรื่องร้องเรียนโรงพยาบาลกุดชุมทอง", "ไตรมาสที่ 2 (มกราคม – มีนาคม 2569)",
     ["เพิ่มช่องทางแจ้งเบาะแสผ่าน LINE OA ของโรงพยาบาล",
      "แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการ"],
     "มาตรการปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตและการแจ้งผลให้ผู้ร้องทราบ",
     [O(org="ศูนย์รับเรื่องร้องเรียนโรงพยาบาลกุดชุมทอง")], None, "2026-01-01", "2026-03-31"),
]


def add_multilevel_numbering(doc, abstract_id=71, num_id=71) -> int:
    """A real Word multilevel list in numbering.xml: level 0 '%1.', level 1 '%1.%2', Thai digits."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">'
        '<w:nsid w:val="5A3C7E21"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1361" w:hanging="794"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1.%2.%3"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2268" w:hanging="907"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def numbered(doc, text, num_id, level, bold=False):
    p = _para(doc, text, bold=bold)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    p.paragraph_format.space_before = Pt(4 if level == 0 else 0)
    return p


def c1():
    doc = tight(new_doc("Laksaman", 14, landscape=False, margin=2.0), after=1)
    num = add_multilevel_numbering(doc)
    centre(doc, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=18)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=18)
    centre(doc, f"{C1_UNIT} อำเภอกุดชุม จังหวัดยโสธร", bold=True)
    centre(doc, "-----------------------------------------")
    _para(doc, "หลักการและเหตุผล", bold=True)
    body(doc, th(f"ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประเมินคุณธรรม"
                 f"และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ซึ่ง{C1_UNIT}"
                 "ได้คะแนน 87.42 คะแนน อยู่ในระดับ A แต่ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 81.25 คะแนน ต่ำกว่า"
                 "ค่าเป้าหมายของกระทรวงสาธารณสุข (ร้อยละ 92) โรงพยาบาลจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                 "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 เพื่อให้บุคลากรทุกระดับถือปฏิบัติ ดังนี้"))
    measures = []
    for title, owner, period, acts, gtitle, owners, ind, start, end in C1_MEASURES:
        numbered(doc, th(title), num, 0, bold=True)
        for label, value in (("ผู้รับผิดชอบ", owner), ("ระยะเวลา", period)):
            q = _para(doc, th(f"{label}: {value}"))
            q.paragraph_format.left_indent = Cm(1.0)
        for a in acts:
            numbered(doc, th(a), num, 1)
        measures.append(M(th(gtitle), owners, ind=ind, start=start, end=end))
    _para(doc, "")
    body(doc, th("ให้ผู้รับผิดชอบรายงานผลการดำเนินงานตามมาตรการต่อคณะกรรมการ ITA ของโรงพยาบาล รอบ 6 เดือน "
                 "ภายในวันที่ 15 เมษายน 2569 และรอบ 12 เดือน ภายในวันที่ 15 ตุลาคม 2569"))
    centre(doc, th("ประกาศ ณ วันที่ 3 พฤศจิกายน พ.ศ. 2568"))
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำ", "(นายกิตติพงษ์ บุญญาศิริ)", "นักจัดการงานทั่วไปชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติ", "(นายแพทย์ปิยะพงษ์ ชัยมงคล)", C1_DIR]], [8.3, 8.3])
    facts = {
        "notes": "WORD STRUCTURE TESTED: an AUTO-NUMBERED multilevel list. The measures are paragraphs with a real "
                 "w:numPr (numId 71 -> abstractNum 71 in numbering.xml) at ilvl 0, rendered '๑.' '๒.' ... "
                 "(w:numFmt thaiNumbers, lvlText '%1.'), and their activities are ilvl 1, rendered '๑.๑' '๑.๒' "
                 "('%1.%2'); the numbers are NOT in the paragraph text (python-docx's paragraph.text has none), only "
                 "in the rendering (the PDF shows them; LibreOffice 7.4 draws thaiNumbers with Arabic digits, '1.' "
                 "'1.1', where Word shows '๑.' '๑.๑'; either way they are list labels, not text). Under each "
                 "measure two indented un-numbered lines "
                 "'ผู้รับผิดชอบ: ...' and 'ระยะเวลา: ...' give the measure's owner and period; the activities come "
                 "after them. Measures: the FIVE level-0 items (one per measure). The level-1 activities (๑.๑, "
                 "๑.๒, ๒.๑-๒.๓, ๔.๑, ๔.๒, ๕.๑, ๕.๒: nine lines) are steps of their measure with no owner or period "
                 "of their own (as the dash activities of blind20 w2), NOT measures; measure ๓ has none. Title = "
                 "the level-0 text without a trailing '(ตัวชี้วัดที่ n ...)' tag (a title keeping the tag still "
                 "matches by prefix); measure ๔'s quoted slogan is part of its title. indicator_no from that tag: "
                 "๑ -> 9, ๒ -> 10; the others name no indicator (No Gift Policy is not one; 'OIT' in activity ๑.๑ is "
                 "a tool): null. "
                 "Periods: 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙' 2025-10-01..2026-09-30; '๑ พฤศจิกายน ๒๕๖๘ – ๓๑ มีนาคม "
                 "๒๕๖๙' 2025-11-01..2026-03-31; 'ภายในเดือนธันวาคม ๒๕๖๘' a deadline (end 2025-12-31 only); "
                 "'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙' 2025-10-01..2026-09-30; 'ไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๙)' "
                 "2026-01-01..2026-03-31. Dates and counts inside activities ('ภายในวันที่ ๕ ของทุกเดือน', "
                 "'๒ ครั้ง', '๑๕ วันทำการ') are step details, and the closing reporting deadlines (๑๕ เมษายน / ๑๕ "
                 "ตุลาคม ๒๕๖๙) are not periods. Owners: 'กลุ่มงานสุขภาพดิจิทัล' an org unit; 'นางสาวสุดารัตน์ "
                 "พรมวงศ์ นิติกรชำนาญการ' one person (น.ส./name/position); 'หัวหน้ากลุ่มงานบริหารทั่วไป' a "
                 "position; 'คณะกรรมการจริยธรรมโรงพยาบาล และงานทรัพยากรบุคคล' two org units (a committee kept "
                 "whole, as blind18 u3); 'ศูนย์รับเรื่องร้องเรียนโรงพยาบาลกุดชุมทอง' an org unit. Scores (FY 2568) "
                 "in หลักการและเหตุผล: overall 87.42 (A) and indicator 9 (OIT) 81.25. Not scores: 'ร้อยละ ๙๒' (the "
                 "ministry's target), 'รอบ ๖/๑๒ เดือน', the list numbers. People: ผู้จัดทำ and ผู้อนุมัติ side by "
                 "side (role after the dots; 'นายแพทย์' -> rank นพ.).",
        "scores": [S("overall", 87.42, 2568, rating="A"), S("indicator", 81.25, 2568, "OIT", 9)],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "นาย", "กิตติพงษ์ บุญญาศิริ", "นักจัดการงานทั่วไปชำนาญการ"),
                   P("ผู้อนุมัติ", "นพ.", "ปิยะพงษ์ ชัยมงคล", C1_DIR)],
        "findings": [],
    }
    document = {
        "unit": C1_UNIT, "unit_type": "hospital", "province": "ยโสธร", "fiscal_year": 2569, "doc_type": "measures",
        "title": th("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Measures of a community hospital for FY 2569, announced 3 พ.ย. 2568 (FY 2569): fiscal_year 2569. "
                 "Title = the first two heading lines (the third names unit, district and province, which gives the "
                 "province). Structure tested: auto-numbered multilevel list (see the facts notes).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ c25_2

C2_UNIT = "เทศบาลตำบลบ้านดุงเหนือ"
# measure heading, ind, [(activity, period text, owner text, owners, start, end)]
C2_MEASURES = [
    ("มาตรการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)", 9, [
        ("ปรับปรุงข้อมูลบนเว็บไซต์ของเทศบาลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ให้ครบถ้วน",
         "ต.ค. – ธ.ค. 68", "งานประชาสัมพันธ์ สำนักปลัดเทศบาล", [O(org="งานประชาสัมพันธ์ สำนักปลัดเทศบาล")],
         "2025-10-01", "2025-12-31"),
        ("เผยแพร่สรุปผลการจัดซื้อจัดจ้างประจำเดือน", "ทุกเดือน", "งานพัสดุ กองคลัง",
         [O(org="งานพัสดุ กองคลัง")], None, None),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน", "ภายใน 30 เม.ย. 69", "ผู้อำนวยการกองคลัง",
         [O(pos="ผู้อำนวยการกองคลัง")], None, "2026-04-30"),
    ]),
    ("มาตรการป้องกันผลประโยชน์ทับซ้อน (ตัวชี้วัดที่ 10 การป้องกันการทุจริต)", 10, [
        ("จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงานเทศบาล", "พ.ย. 68",
         "นางสาวอัญชลี ศรีบุตร\nนิติกรชำนาญการ", [O("น.ส.", "อัญชลี ศรีบุตร", "นิติกรชำนาญการ")],
         "2025-11-01", "2025-11-30"),
        ("อบรมบุคลากรเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "15 – 16 ม.ค. 69",
         "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล", [O(org="งานการเจ้าหน้าที่ สำนักปลัดเทศบาล")],
         "2026-01-15", "2026-01-16"),
    ]),
    ("มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต)", 5, [
        ("ทบทวนคู่มือการจัดการเรื่องร้องเรียนและเพิ่มช่องทางแจ้งเบาะแสออนไลน์", "ต.ค. – พ.ย. 68",
         "งานนิติการ สำนักปลัดเทศบาล", [O(org="งานนิติการ สำนักปลัดเทศบาล")], "2025-10-01", "2025-11-30"),
        ("รายงานสรุปผลการจัดการเรื่องร้องเรียนต่อนายกเทศมนตรี", "ทุกไตรมาส", "ปลัดเทศบาล",
         [O(pos="ปลัดเทศบาล")], None, None),
    ]),
    ("มาตรการกำกับการใช้ทรัพย์สินของราชการ (ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ)", 4, [
        ("จัดทำแนวปฏิบัติการยืมพัสดุและการใช้รถยนต์ส่วนกลาง", "ธ.ค. 68 – ม.ค. 69", "กองคลัง, กองช่าง",
         [O(org="กองคลัง"), O(org="กองช่าง")], "2025-12-01", "2026-01-31"),
        ("ตรวจสอบพัสดุและครุภัณฑ์ประจำปี", "ก.ย. 69", "คณะกรรมการตรวจสอบพัสดุประจำปี",
         [O(org="คณะกรรมการตรวจสอบพัสดุประจำปี")], "2026-09-01", "2026-09-30"),
    ]),
]


def cell_margins(cell, top=40, bottom=40):
    tc_pr = cell._tc.get_or_add_tcPr()
    mar = parse_xml(f'<w:tcMar {NS}><w:top w:w="{top}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
                    '</w:tcMar>')
    tc_pr.append(mar)


def c2():
    doc = tight(new_doc("Norasi", 14, landscape=False, margin=1.8), after=1)
    sec = doc.sections[0]
    sec.header_distance = Cm(1.0)
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.text = ""
    r = hp.add_run(f"{C2_UNIT}  อำเภอบ้านดุง  จังหวัดอุดรธานี")
    r.bold = True
    r.font.size = Pt(13)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2 = hdr.add_paragraph()
    r2 = hp2.add_run(th("โทร. 0 4218 5123   www.bandungnuea.go.th"))
    r2.font.size = Pt(11)
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bottom = parse_xml(f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F4E79"/></w:pBdr>')
    hp2._p.get_or_add_pPr().insert(0, bottom)

    centre(doc, "แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=17)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2569"), bold=True, size=17)
    body(doc, th("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
                 "ของเทศบาลได้ 83.64 คะแนน อยู่ในระดับ B โดยแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 76.25 คะแนน "
                 "ต่ำที่สุดในสามเครื่องมือ คณะทำงานจึงกำหนดมาตรการและกิจกรรม พร้อมระยะเวลาและผู้รับผิดชอบ ดังนี้"))
    outer = doc.add_table(rows=len(C2_MEASURES), cols=2)
    outer.style = "Table Grid"
    measures = []
    for i, (heading, ind, acts) in enumerate(C2_MEASURES):
        left, right = outer.rows[i].cells
        _cell_text(left, th(f"มาตรการที่ {i + 1}"), bold=True)
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(left, "DEEAF6")
        _cell_text(right, th(heading), bold=True)
        inner = right.add_table(rows=len(acts) + 1, cols=3)
        inner.style = "Table Grid"
        rows = [["กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"]] + [[th(a[0]), th(a[1]), th(a[2])] for a in acts]
        for rr, row in enumerate(rows):
            for cc, text in enumerate(row):
                cell = inner.rows[rr].cells[cc]
                _cell_text(cell, text, bold=rr == 0)
                if rr == 0 or cc == 1:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if rr == 0:
                    shade(cell, "F2F2F2")
        fix_widths(inner, [6.3, 3.0, 4.6])
        size_all(inner, 13)
        for act, period, owner_text, owners, start, end in acts:
            measures.append(M(th(act), owners, ind=ind, start=start, end=end))
    fix_widths(outer, [3.2, 14.2])
    keep_rows(outer)
    for row in outer.rows:
        cell_margins(row.cells[1], 60, 60)
    sized(doc, th("หมายเหตุ  ให้ผู้รับผิดชอบรายงานผลต่อคณะทำงาน ITA ทุกไตรมาส"), 12, before=4, after=8)
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้จัดทำ", "(นางสาวกาญจนา ทองมา)", "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้อนุมัติ", "(นายประสิทธิ์ วงศ์คำ)", "นายกเทศมนตรี"]], [8.5, 8.5])
    facts = {
        "notes": "WORD STRUCTURE TESTED: NESTED TABLES and a PAGE HEADER. The body has one outer 2-column layout table "
                 "(Table Grid), one row per measure: the left cell holds only the label 'มาตรการที่ ๑'..'๔', the "
                 "right cell holds the measure's name (bold paragraph) and then an INNER table (a w:tbl inside the "
                 "w:tc; python-docx's document.tables shows only the outer one) 'กิจกรรม | ระยะเวลา | "
                 "ผู้รับผิดชอบ' with one row per activity. Measures: the nine activity rows of the inner tables are "
                 "the records, each with its own period and owner (as the activity rows under a merged measure "
                 "cell of blind13 n3); the four measure names are group headings, not records, and the inner "
                 "header rows are headers. Title = the กิจกรรม cell. indicator_no = the '(ตัวชี้วัดที่ n ...)' tag "
                 "of the measure the inner table sits under: 9 (three rows), 10 (two), 5 (two), 4 (two); 'OIT' in "
                 "row ๑'s title is a tool. Periods (FY 2569, short Buddhist years): 'ต.ค. – ธ.ค. ๖๘' "
                 "2025-10-01..2025-12-31; 'ทุกเดือน' and 'ทุกไตรมาส' no dates; 'ภายใน ๓๐ เม.ย. ๖๙' a deadline (end "
                 "2026-04-30 only; 'รอบ ๖ เดือน' in that title is not its period); 'พ.ย. ๖๘' the month; '๑๕ – ๑๖ ม.ค. "
                 "๖๙' two days 2026-01-15..2026-01-16; 'ต.ค. – พ.ย. ๖๘' 2025-10-01..2025-11-30; 'ธ.ค. ๖๘ – ม.ค. ๖๙' "
                 "2025-12-01..2026-01-31; 'ก.ย. ๖๙' the month 2026-09-01..2026-09-30. Owners: 'งานประชาสัมพันธ์ "
                 "สำนักปลัดเทศบาล', 'งานพัสดุ กองคลัง', 'งานการเจ้าหน้าที่ สำนักปลัดเทศบาล', 'งานนิติการ "
                 "สำนักปลัดเทศบาล' one org unit each (section within division, as blind8 i2); 'ผู้อำนวยการกองคลัง', "
                 "'ปลัดเทศบาล' positions; 'นางสาวอัญชลี ศรีบุตร' over 'นิติกรชำนาญการ' in one cell = one person "
                 "(น.ส.); 'กองคลัง, กองช่าง' two org units; 'คณะกรรมการตรวจสอบพัสดุประจำปี' an org unit (a "
                 "committee). Scores (FY 2568) in the opening paragraph: overall 83.64 (B) and the OIT tool 76.25 "
                 "(level tool; 'ต่ำที่สุดในสามเครื่องมือ' is a comment). Not scores: the header's phone number, "
                 "'รอบ ๖ เดือน'. The unit's name and province appear ONLY in the page header (header1.xml, repeated "
                 "on every page of the PDF), never in the body ('ของเทศบาล' only); the fiscal year only in the body "
                 "title. People: ผู้จัดทำ and ผู้อนุมัติ side by side (role after the dots; the mayor's post is "
                 "printed without the unit's name: 'นายกเทศมนตรี').",
        "scores": [S("overall", 83.64, 2568, rating="B"), S("tool", 76.25, 2568, "OIT")],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "น.ส.", "กาญจนา ทองมา", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "ประสิทธิ์ วงศ์คำ", "นายกเทศมนตรี")],
        "findings": [],
    }
    document = {
        "unit": C2_UNIT, "unit_type": "municipality", "province": "อุดรธานี", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "notes": "Undated FY 2569 plan of measures of a sub-district municipality. The unit's name, district and "
                 "province are printed ONLY in the page header (letterhead line in header1.xml), so unit and "
                 "province come from there; the body says only 'ของเทศบาล'. fiscal_year 2569 from the body title. "
                 "Title = the two centred body heading lines (the header line is a letterhead, not the title).",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ c25_3

C3_UNIT = "ที่ว่าการอำเภอโป่งน้ำร้อนใต้"
C3_TOOLS = {"IIT": 91.20, "EIT": 87.55, "OIT": 78.00}
C3_OVERALL = weighted(C3_TOOLS["IIT"], C3_TOOLS["EIT"], C3_TOOLS["OIT"])
C3_TOOL_NAMES = {"IIT": "แบบวัดการรับรู้ภายใน", "EIT": "แบบวัดการรับรู้ภายนอก",
                 "OIT": "แบบตรวจการเปิดเผยข้อมูล"}
# text, owner, period, gold title, owners, ind, start, end
C3_MEASURES = [
    ("ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์อำเภอให้ครบตามแบบ OIT และเป็นปัจจุบัน (ตัวชี้วัดที่ 9)",
     "ฝ่ายบริหารงานปกครอง", "ตุลาคม – ธันวาคม 2568",
     "ตรวจสอบและปรับปรุงข้อมูลสาธารณะบนเว็บไซต์อำเภอให้ครบตามแบบ OIT และเป็นปัจจุบัน",
     [O(org="ฝ่ายบริหารงานปกครอง")], 9, "2025-10-01", "2025-12-31"),
    ("จัดทำและเผยแพร่แผนบริหารความเสี่ยงการทุจริตและมาตรการป้องกันการรับสินบน (ตัวชี้วัดที่ 10)",
     "ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง)", "ภายใน 31 มกราคม 2569",
     "จัดทำและเผยแพร่แผนบริหารความเสี่ยงการทุจริตและมาตรการป้องกันการรับสินบน",
     [O(pos="ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง)")], 10, None, "2026-01-31"),
    ("ประชุมชี้แจงแนวทางการปฏิบัติงานตามประมวลจริยธรรมให้ข้าราชการและลูกจ้างทุกคน",
     "นายอนุชา รัตนวงศ์ ปลัดอำเภอ", "กุมภาพันธ์ 2569",
     "ประชุมชี้แจงแนวทางการปฏิบัติงานตามประมวลจริยธรรมให้ข้าราชการและลูกจ้างทุกคน",
     [O("นาย", "อนุชา รัตนวงศ์", "ปลัดอำเภอ")], None, "2026-02-01", "2026-02-28"),
    ("สำรวจความพึงพอใจผู้รับบริการศูนย์ดำรงธรรมอำเภอและนำผลมาปรับปรุงการให้บริการ",
     "ศูนย์ดำรงธรรมอำเภอโป่งน้ำร้อนใต้", "เมษายน – มิถุนายน 2569",
     "สำรวจความพึงพอใจผู้รับบริการศูนย์ดำรงธรรมอำเภอและนำผลมาปรับปรุงการให้บริการ",
     [O(org="ศูนย์ดำรงธรรมอำเภอโป่งน้ำร้อนใต้")], None, "2026-04-01", "2026-06-30"),
]


def _box_paras(lines) -> str:
    out = []
    for text, size, bold, colour in lines:
        out.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                   f'<w:jc w:val="center"/></w:pPr>{_run(text, size, bold, colour)}</w:p>')
    return "".join(out)


def textbox_run(shape_id, lines, x_cm, y_cm, w_cm, h_cm, fill, line_colour):
    """A floating text box as Word 2010+ writes it: wps:wsp in mc:Choice, VML v:roundrect in mc:Fallback,
    both holding the same w:txbxContent."""
    emu = lambda cm: int(cm * 360000)  # noqa: E731
    pt = lambda cm: round(cm * 28.3465, 1)  # noqa: E731
    content = f"<w:txbxContent>{_box_paras(lines)}</w:txbxContent>"
    xml = (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{line_colour}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:roundrect id="Text Box {shape_id}" o:spid="_x0000_s{1025 + shape_id}" arcsize="10923f" '
        f'style="position:absolute;margin-left:{pt(x_cm)}pt;margin-top:{pt(y_cm)}pt;width:{pt(w_cm)}pt;'
        f'height:{pt(h_cm)}pt;z-index:{shape_id};mso-position-horizontal-relative:text;'
        f'mso-position-vertical-relative:text;v-text-anchor:middle" fillcolor="#{fill}" '
        f'strokecolor="#{line_colour}" strokeweight="1.5pt"><v:textbox>{content}</v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:roundrect></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    return parse_xml(xml)


def add_footnotes_part(doc, notes: dict[int, str]):
    """footnotes.xml with the separator notes Word writes and one w:footnote per id."""
    parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes.items():
        parts.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:sz w:val="24"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
                     f'</w:r>{_run(" " + text, 12)}</w:p></w:footnote>')
    element = parse_xml(f'<w:footnotes {NS}>{"".join(parts)}</w:footnotes>')
    part = XmlPart(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", element,
                   doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    before = doc.settings.element.find(qn("w:compat"))  # schema order: footnotePr comes before compat
    before.addprevious(parse_xml(f'<w:footnotePr {NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'))


def footnote_ref(paragraph, fid):
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def c3():
    doc = tight(new_doc("Garuda", 14, landscape=False, margin=2.0), after=2)
    centre(doc, "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True, size=16)
    centre(doc, th("ประจำปีงบประมาณ พ.ศ. 2568"), bold=True, size=16)
    centre(doc, f"{C3_UNIT} จังหวัดจันทบุรี", bold=True, size=15)
    # the boxes: one wide overall box, then three tool boxes side by side
    p1 = _para(doc, "")
    p1._p.append(textbox_run(1, [("คะแนนรวม ITA ปี 2568".replace("2568", th("2568")), 14, True, "1F3864"),
                                 (th(f"{C3_OVERALL:.2f}"), 22, True, "C00000"),
                                 (f"ระดับ {'B' if C3_OVERALL < 85 else 'A'}", 14, True, "1F3864")],
                             3.5, 0.2, 10.0, 4.3, "FFF2CC", "BF9000"))
    p2 = _para(doc, "")
    for k, (tool, x) in enumerate(zip(("IIT", "EIT", "OIT"), (0.0, 5.75, 11.5)), 2):
        p2._p.append(textbox_run(k, [(tool, 15, True, "1F3864"), (th(f"{C3_TOOLS[tool]:.2f}"), 20, True, "2F5597"),
                                     (C3_TOOL_NAMES[tool], 11, False, "404040")],
                                 x, 0.2, 5.3, 3.5, "DEEAF6", "2F5597"))
    add_footnotes_part(doc, {1: th("ข้อมูลจากระบบ ITAS ณ วันที่ 30 กันยายน 2568 มีผู้ตอบแบบวัด IIT จำนวน 42 ราย "
                                   "และ EIT จำนวน 115 ราย ส่วนแบบตรวจ OIT มีจำนวน 22 ข้อ (O1 – O22)")})
    p = body(doc, th(f"จากผลการประเมินข้างต้น {C3_UNIT}ได้คะแนนรวมต่ำกว่าเกณฑ์ผ่าน 85 คะแนน โดยแบบตรวจการเปิดเผย"
                     "ข้อมูลสาธารณะ (OIT) ได้คะแนนต่ำที่สุด และเมื่อพิจารณารายตัวชี้วัด พบว่าตัวชี้วัดที่ 10 "
                     "การป้องกันการทุจริต ได้ 70.50 คะแนน"))
    footnote_ref(p, 1)
    p.add_run(th(" ซึ่งเป็นตัวชี้วัดที่ต้องเร่งพัฒนา อำเภอจึงกำหนดมาตรการยกระดับผลการประเมิน ประจำปีงบประมาณ "
                 "พ.ศ. 2569 ดังนี้"))
    _para(doc, th("มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"), bold=True)
    measures = []
    for i, (text, owner, period, gtitle, owners, ind, start, end) in enumerate(C3_MEASURES, 1):
        q = _para(doc, th(f"{i}) {text}"))
        q.paragraph_format.left_indent = Cm(1.0)
        q.paragraph_format.first_line_indent = Cm(-0.6)
        q = _para(doc, th(f"ผู้รับผิดชอบ {owner}   ระยะเวลา {period}"))
        q.paragraph_format.left_indent = Cm(1.0)
        measures.append(M(th(gtitle), owners, ind=ind, start=start, end=end))
    _para(doc, "")
    sig_table(doc, [["ลงชื่อ" + DOTS[:26] + "ผู้รายงาน", "(นางสาวปิยนุช แสงทอง)", "เจ้าพนักงานปกครองชำนาญงาน"],
                    ["ลงชื่อ" + DOTS[:26] + "ผู้เห็นชอบ", "(นายวรวุฒิ ศักดิ์ดี)", "นายอำเภอโป่งน้ำร้อนใต้"]],
              [8.5, 8.5])
    rating = "B" if C3_OVERALL < 85 else "A"
    facts = {
        "notes": "WORD STRUCTURE TESTED: TEXT BOXES and a FOOTNOTE. The score summary is four floating text boxes "
                 "(wp:anchor with wps:wsp and w:txbxContent inside mc:AlternateContent; the mc:Fallback holds a "
                 "VML v:roundrect with v:textbox and the SAME w:txbxContent, as Word writes them, so a reader "
                 "walking every w:t of the XML sees each box twice; each score is ONE gold score). The boxes are "
                 "anchored to two empty paragraphs under the title; no score is in the body text. Box 1: "
                 f"'คะแนนรวม ITA ปี ๒๕๖๘ / {th(f'{C3_OVERALL:.2f}')} / ระดับ {rating}' = overall 2568 with rating "
                 f"{rating}; boxes 2-4: 'IIT / ๙๑.๒๐', 'EIT / ๘๗.๕๕', 'OIT / ๗๘.๐๐' = tool scores 2568 (label, "
                 "value and the tool's Thai name are three paragraphs of one box; 0.3/0.3/0.4 of the tools gives "
                 "the overall). Year: the heading 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘' and the overall box. The body adds "
                 "indicator 10 (OIT, การป้องกันการทุจริต) 70.50 (2568). FOOTNOTE (footnotes.xml, reference mark "
                 "after '๗๐.๕๐ คะแนน'; the mark is a superscript '1' in the PDF, after the word คะแนน, not glued "
                 "to the number): 'มีผู้ตอบแบบวัด IIT จำนวน ๔๒ ราย และ EIT จำนวน ๑๑๕ ราย ... แบบตรวจ OIT มี "
                 "จำนวน ๒๒ ข้อ (O1 – O22)' -- respondent counts and an item count next to the tool names, NOT "
                 "scores; '๓๐ กันยายน ๒๕๖๘' the data date. Not scores either: 'เกณฑ์ผ่าน ๘๕ คะแนน' (the pass "
                 "mark). Measures: the four '๑) ...' items under 'มาตรการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ "
                 "พ.ศ. ๒๕๖๙', each followed by one line 'ผู้รับผิดชอบ <owner>   ระยะเวลา <period>'. Title = the "
                 "item text without its number and without the trailing '(ตัวชี้วัดที่ n)' tag (a title keeping it "
                 "matches by prefix); indicator_no from that tag: 9, 10, null, null ('แบบ OIT' in item ๑ is a "
                 "tool). Periods (FY 2569): 'ตุลาคม – ธันวาคม ๒๕๖๘' 2025-10-01..2025-12-31; 'ภายใน ๓๑ มกราคม "
                 "๒๕๖๙' a deadline (end 2026-01-31 only); 'กุมภาพันธ์ ๒๕๖๙' the month 2026-02-01..2026-02-28; "
                 "'เมษายน – มิถุนายน ๒๕๖๙' 2026-04-01..2026-06-30. Owners: 'ฝ่ายบริหารงานปกครอง' an org unit; "
                 "'ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง)' a position (the bracket is part of the post); "
                 "'นายอนุชา รัตนวงศ์ ปลัดอำเภอ' one person (rank/name/position); 'ศูนย์ดำรงธรรมอำเภอโป่งน้ำร้อนใต้' "
                 "an org unit. People: ผู้รายงาน and ผู้เห็นชอบ side by side (role after the dots; นางสาว -> "
                 "น.ส.).",
        "scores": [S("overall", C3_OVERALL, 2568, rating=rating), S("tool", 91.20, 2568, "IIT"),
                   S("tool", 87.55, 2568, "EIT"), S("tool", 78.00, 2568, "OIT"),
                   S("indicator", 70.50, 2568, "OIT", 10)],
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "ปิยนุช แสงทอง", "เจ้าพนักงานปกครองชำนาญงาน"),
                   P("ผู้เห็นชอบ", "นาย", "วรวุฒิ ศักดิ์ดี", "นายอำเภอโป่งน้ำร้อนใต้")],
        "findings": [],
    }
    document = {
        "unit": C3_UNIT, "unit_type": "district_office", "province": "จันทบุรี", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                    "ประจำปีงบประมาณ พ.ศ. 2568"),
        "notes": "Undated one-page summary of the district office's ITA 2568 result (scores in text boxes) with its "
                 "FY 2569 measures: fiscal_year 2568, the result summarised (as blind20 w4 / blind17 t3; 2569, the "
                 "measures' year, arguable). doc_type analysis ('measures' arguable). Title = the first two "
                 "heading lines; the third names unit and province.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ c25_4

C4_UNIT = "องค์การบริหารส่วนตำบลห้วยเม็กใต้"
C4_2567 = {"IIT": 89.40, "EIT": 84.10, "OIT": 70.25}
C4_2568 = {"IIT": 92.30, "EIT": 88.15, "OIT": 78.25}
C4_OIT_OLD = 72.50


def band(v: float) -> str:
    for lim, r in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if v >= lim:
            return r
    return "F"


class Ids:
    def __init__(self, start=100):
        self.n = start

    def __call__(self):
        self.n += 1
        return self.n


def sdt_run(ids, alias, inner_xml, date=None, placeholder=False) -> str:
    pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{ids() + 900000}"/>'
    if placeholder:
        pr += '<w:showingPlcHdr/>'
    if date:
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="th-TH"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="thai"/></w:date>')
    else:
        pr += '<w:text/>'
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner_xml}</w:sdtContent></w:sdt>'


def para_xml(inner, jc=None, ind_left=None, before=0, after=0) -> str:
    ppr = f'<w:spacing w:before="{before * 20}" w:after="{after * 20}"/>'
    if ind_left is not None:
        ppr += f'<w:ind w:left="{int(ind_left * 567)}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f'<w:p {NS}><w:pPr>{ppr}</w:pPr>{inner}</w:p>'


def tc_xml(inner_paras, width_cm, fill=None, sdt_alias=None, ids=None) -> str:
    pr = f'<w:tcW w:w="{int(width_cm * 567)}" w:type="dxa"/>'
    if fill:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    pr += '<w:vAlign w:val="center"/>'
    tc = f'<w:tc><w:tcPr>{pr}</w:tcPr>{inner_paras}</w:tc>'
    if sdt_alias:  # a cell-level content control: w:sdt wrapping the w:tc inside the w:tr
        tc = (f'<w:sdt><w:sdtPr><w:alias w:val="{sdt_alias}"/><w:tag w:val="{sdt_alias}"/>'
              f'<w:id w:val="{ids() + 900000}"/></w:sdtPr><w:sdtContent>{tc}</w:sdtContent></w:sdt>')
    return tc


def cp(inner, jc="center", bold=False) -> str:
    """A cell paragraph (no namespace declaration: it sits inside a table string)."""
    return f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{jc}"/></w:pPr>{inner}</w:p>'


def table_xml(rows_xml, widths) -> str:
    grid = "".join(f'<w:gridCol w:w="{int(w * 567)}"/>' for w in widths)
    return (f'<w:tbl {NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{int(sum(widths) * 567)}" '
            'w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_xml)}</w:tbl>')


def tr_xml(cells, mark=None, rid=None) -> str:
    trpr = '<w:cantSplit/>'
    if mark == "del":
        trpr += f'<w:del w:id="{rid}" {REV}/>'
    elif mark == "ins":
        trpr += f'<w:ins w:id="{rid}" {REV}/>'
    return f'<w:tr><w:trPr>{trpr}</w:trPr>{"".join(cells)}</w:tr>'


def c4():
    ids = Ids()
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=1.9), after=1)
    before = doc.settings.element.find(qn("w:defaultTabStop"))  # schema order: trackRevisions before it
    before.addprevious(parse_xml(f'<w:trackRevisions {NS}/>'))
    body_el = doc.element.body
    sect = body_el.find(qn("w:sectPr"))

    def add(xml):
        el = parse_xml(xml)
        sect.addprevious(el)
        return el

    sz = 14
    oit_new = C4_2568["OIT"]
    ov67 = weighted(C4_2567["IIT"], C4_2567["EIT"], C4_2567["OIT"])
    ov68_old = weighted(C4_2568["IIT"], C4_2568["EIT"], C4_OIT_OLD)
    ov68 = weighted(C4_2568["IIT"], C4_2568["EIT"], oit_new)
    add(para_xml(_run("แบบ ITA-อปท.1".replace("1", th("1")), 12), jc="right"))
    add(para_xml(_run("แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", 16, True),
                 jc="center"))
    add(para_xml(_run(th("ประจำปีงบประมาณ พ.ศ. 2568 และแนวทางการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569"), 16,
                      True), jc="center", after=6))
    add(para_xml(_run("ชื่อหน่วยงาน  ", sz, True) + sdt_run(ids, "ชื่อหน่วยงาน", _run(C4_UNIT, sz)) +
                 _run("   อำเภอ  ", sz, True) + sdt_run(ids, "อำเภอ", _run("ห้วยเม็ก", sz)) +
                 _run("   จังหวัด  ", sz, True) + sdt_run(ids, "จังหวัด", _run("กาฬสินธุ์", sz))))
    add(para_xml(_run("วันที่รายงาน  ", sz, True) +
                 sdt_run(ids, "วันที่รายงาน", _run(th("20 ตุลาคม 2568"), sz), date="2025-10-20") +
                 _run("   สังกัด  ", sz, True) +
                 sdt_run(ids, "สังกัด", _run("ส่วนท้องถิ่น (กรมส่งเสริมการปกครองท้องถิ่น)", sz)), after=4))
    add(para_xml(_run(th("ส่วนที่ 1  ผลการประเมิน ITA"), sz, True), before=4, after=2))
    # score table: cell-level content controls (w:sdt around w:tc) for the filled-in values
    widths = [5.2, 2.8, 2.2, 2.8, 2.2]
    hdr1 = tr_xml([tc_xml(cp(_run("เครื่องมือ", 13, True)), widths[0], "E2EFDA"),
                   tc_xml(cp(_run(th("คะแนน ปี 2567"), 13, True)), widths[1], "E2EFDA"),
                   tc_xml(cp(_run("ระดับ", 13, True)), widths[2], "E2EFDA"),
                   tc_xml(cp(_run(th("คะแนน ปี 2568"), 13, True)), widths[3], "E2EFDA"),
                   tc_xml(cp(_run("ระดับ", 13, True)), widths[4], "E2EFDA")])
    rows = [hdr1]
    labels = {"IIT": "IIT (แบบวัดการรับรู้ภายใน)", "EIT": "EIT (แบบวัดการรับรู้ภายนอก)",
              "OIT": "OIT (แบบตรวจการเปิดเผยข้อมูล)"}
    for tool in ("IIT", "EIT", "OIT"):
        v67, v68 = C4_2567[tool], C4_2568[tool]
        if tool == "OIT":
            val68 = _del(th(f"{C4_OIT_OLD:.2f}"), ids(), 13) + _ins(th(f"{v68:.2f}"), ids(), 13)
            rat68 = (_del(band(C4_OIT_OLD), ids(), 13) + _ins(band(v68), ids(), 13)
                     if band(C4_OIT_OLD) != band(v68) else _run(band(v68), 13))
        else:
            val68, rat68 = _run(th(f"{v68:.2f}"), 13), _run(band(v68), 13)
        rows.append(tr_xml([
            tc_xml(cp(_run(labels[tool], 13), jc="left"), widths[0]),
            tc_xml(cp(_run(th(f"{v67:.2f}"), 13)), widths[1], sdt_alias=f"{tool}2567", ids=ids),
            tc_xml(cp(_run(band(v67), 13)), widths[2], sdt_alias=f"{tool}2567ระดับ", ids=ids),
            tc_xml(cp(val68), widths[3], sdt_alias=f"{tool}2568", ids=ids),
            tc_xml(cp(rat68), widths[4], sdt_alias=f"{tool}2568ระดับ", ids=ids)]))
    ov68_cell = _del(th(f"{ov68_old:.2f}"), ids(), 13, True) + _ins(th(f"{ov68:.2f}"), ids(), 13, True)
    ov68_rat = (_del(band(ov68_old), ids(), 13, True) + _ins(band(ov68), ids(), 13, True)
                if band(ov68_old) != band(ov68) else _run(band(ov68), 13, True))
    rows.append(tr_xml([
        tc_xml(cp(_run("คะแนนรวม", 13, True), jc="left"), widths[0], "F2F2F2"),
        tc_xml(cp(_run(th(f"{ov67:.2f}"), 13, True)), widths[1], "F2F2F2", sdt_alias="รวม2567", ids=ids),
        tc_xml(cp(_run(band(ov67), 13, True)), widths[2], "F2F2F2", sdt_alias="รวม2567ระดับ", ids=ids),
        tc_xml(cp(ov68_cell), widths[3], "F2F2F2", sdt_alias="รวม2568", ids=ids),
        tc_xml(cp(ov68_rat), widths[4], "F2F2F2", sdt_alias="รวม2568ระดับ", ids=ids)]))
    add(table_xml(rows, widths))
    add(para_xml(_run("ตัวชี้วัดที่ได้คะแนนต่ำสุด (ปี ", sz) + _run(th("2568"), sz) + _run(")  ", sz) +
                 sdt_run(ids, "ตัวชี้วัดต่ำสุด", _run(th("ตัวชี้วัดที่ 10 การป้องกันการทุจริต"), sz)) +
                 _run("  คะแนน  ", sz) + sdt_run(ids, "คะแนนตัวชี้วัดต่ำสุด", _run(th("68.75"), sz)), before=4))
    add(para_xml(_run("หมายเหตุ  ", sz) +
                 sdt_run(ids, "หมายเหตุ", _run("คลิกหรือแตะที่นี่เพื่อป้อนข้อความ", sz, colour="808080"),
                         placeholder=True), after=4))
    add(para_xml(_run(th("ส่วนที่ 2  แนวทาง/มาตรการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569"), sz, True),
                 before=4, after=2))
    mw = [1.0, 7.6, 4.6, 3.8]
    mrows = [tr_xml([tc_xml(cp(_run(h, 13, True)), w, "E2EFDA")
                     for h, w in zip(("ที่", "มาตรการ/แนวทางการพัฒนา", "ผู้รับผิดชอบ", "ระยะเวลา"), mw)])]

    def mrow(no, title, owner_xml, period_xml, mark=None):
        rid = ids() if mark else None
        if mark == "del":  # every run of a deleted row is deleted text too
            return tr_xml([tc_xml(cp(_del(no, ids(), 13)), mw[0]),
                           tc_xml(cp(_del(title, ids(), 13), jc="left"), mw[1]),
                           tc_xml(cp(_del(owner_xml, ids(), 13), jc="left"), mw[2]),
                           tc_xml(cp(_del(period_xml, ids(), 13)), mw[3])], "del", rid)
        if mark == "ins":
            return tr_xml([tc_xml(cp(_ins(no, ids(), 13)), mw[0]),
                           tc_xml(cp(sdt_run(ids, f"มาตรการ{no}", _ins(title, ids(), 13)), jc="left"), mw[1]),
                           tc_xml(cp(sdt_run(ids, f"ผู้รับผิดชอบ{no}", _ins(owner_xml, ids(), 13)), jc="left"),
                                  mw[2]),
                           tc_xml(cp(sdt_run(ids, f"ระยะเวลา{no}", _ins(period_xml, ids(), 13))), mw[3])],
                          "ins", rid)
        return tr_xml([tc_xml(cp(_run(no, 13)), mw[0]),
                       tc_xml(cp(sdt_run(ids, f"มาตรการ{no}", _run(title, 13)), jc="left"), mw[1]),
                       tc_xml(cp(sdt_run(ids, f"ผู้รับผิดชอบ{no}", owner_xml), jc="left"), mw[2]),
                       tc_xml(cp(sdt_run(ids, f"ระยะเวลา{no}", period_xml)), mw[3])])

    mrows.append(mrow(th("1"), th("ปรับปรุงข้อมูลการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ อบต. ให้ครบถ้วนตามแบบตรวจ OIT "
                                  "(ตัวชี้วัดที่ 9)"),
                      _run("สำนักปลัด", 13), _run(th("ต.ค. – ธ.ค. 2568"), 13)))
    mrows.append(mrow(th("2"), th("จัดทำแผนบริหารความเสี่ยงการทุจริตและเผยแพร่ต่อสาธารณะ (ตัวชี้วัดที่ 10)"),
                      _run("ปลัดองค์การบริหารส่วนตำบล", 13),
                      _del(th("ม.ค. – มี.ค. 2569"), ids(), 13) + _ins(th("ก.พ. – เม.ย. 2569"), ids(), 13)))
    mrows.append(mrow(th("3"), "ควบคุมการเบิกจ่ายพัสดุและการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
                      _ins("ผู้อำนวยการ", ids(), 13) + _run("กองคลัง", 13), _run(th("ตลอดปีงบประมาณ 2569"), 13)))
    mrows.append(mrow(th("4"), "จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล", "กองการศึกษา ศาสนาและวัฒนธรรม",
                      th("9 ธ.ค. 2568"), mark="del"))
    mrows.append(mrow(th("4"), "สำรวจความพึงพอใจของผู้รับบริการและเผยแพร่ผลการสำรวจ",
                      "นางสาวรัตนาภรณ์ ศรีสุข นักวิเคราะห์นโยบายและแผนชำนาญการ", th("เม.ย. – มิ.ย. 2569"),
                      mark="ins"))
    add(table_xml(mrows, mw))
    # the reporter: name replaced (tracked), post and phone in content controls
    add(para_xml("", after=6))
    add(para_xml(_run("ผู้รายงาน  ", sz, True) +
                 sdt_run(ids, "ชื่อผู้รายงาน", _del("นางสาวสุภาวดี คำภู", ids(), sz) +
                         _ins("นางสาวรัตนาภรณ์ ศรีสุข", ids(), sz)) +
                 _run("   ตำแหน่ง  ", sz, True) +
                 sdt_run(ids, "ตำแหน่งผู้รายงาน", _run("นักวิเคราะห์นโยบายและแผนชำนาญการ", sz)), before=6))
    add(para_xml(_run("โทรศัพท์  ", sz, True) + sdt_run(ids, "โทรศัพท์", _run(th("08 1234 5678"), sz)) +
                 _run("   E-mail  ", sz, True) + sdt_run(ids, "อีเมล", _run("plan.huaimektai@gmail.com", sz))))
    add(para_xml("", after=6))
    add(para_xml(_run("ผู้รับรองข้อมูล", sz, True), jc="center"))
    add(para_xml(_run("ลงชื่อ" + DOTS[:30], sz), jc="center"))
    add(para_xml(_run("(", sz) + sdt_run(ids, "ชื่อผู้รับรอง", _run("นายบุญเลิศ พิมพ์สวัสดิ์", sz)) + _run(")", sz),
                 jc="center"))
    add(para_xml(sdt_run(ids, "ตำแหน่งผู้รับรอง", _run(f"นายก{C4_UNIT}", sz)), jc="center"))

    measures = [
        M(th("ปรับปรุงข้อมูลการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ อบต. ให้ครบถ้วนตามแบบตรวจ OIT"),
          [O(org="สำนักปลัด")], ind=9, start="2025-10-01", end="2025-12-31"),
        M(th("จัดทำแผนบริหารความเสี่ยงการทุจริตและเผยแพร่ต่อสาธารณะ"), [O(pos="ปลัดองค์การบริหารส่วนตำบล")],
          ind=10, start="2026-02-01", end="2026-04-30"),
        M("ควบคุมการเบิกจ่ายพัสดุและการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ", [O(pos="ผู้อำนวยการกองคลัง")],
          start="2025-10-01", end="2026-09-30"),
        M("สำรวจความพึงพอใจของผู้รับบริการและเผยแพร่ผลการสำรวจ",
          [O("น.ส.", "รัตนาภรณ์ ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการ")], start="2026-04-01",
          end="2026-06-30"),
    ]
    scores = []
    for tool in ("IIT", "EIT", "OIT"):
        scores.append(S("tool", C4_2567[tool], 2567, tool, rating=band(C4_2567[tool])))
    scores.append(S("overall", ov67, 2567, rating=band(ov67)))
    for tool in ("IIT", "EIT", "OIT"):
        scores.append(S("tool", C4_2568[tool], 2568, tool, rating=band(C4_2568[tool])))
    scores.append(S("overall", ov68, 2568, rating=band(ov68)))
    scores.append(S("indicator", 68.75, 2568, "OIT", 10))
    facts = {
        "notes": "WORD STRUCTURE TESTED: CONTENT CONTROLS (w:sdt) and TRACKED CHANGES. A filled-in reporting form "
                 "(แบบ ITA-อปท.๑): the filled values are content controls -- run-level plain-text controls for "
                 "unit, district, province, สังกัด, the weakest indicator and its score, the measure cells, the "
                 "reporter's post, phone and e-mail, the certifier's name and post; a DATE control (w:date, Thai "
                 "calendar) for 'วันที่รายงาน ๒๐ ตุลาคม ๒๕๖๘'; CELL-level controls (w:sdt wrapping the w:tc inside "
                 "the w:tr, invisible to python-docx's row.cells) for every value and rating cell of the score "
                 "table; the หมายเหตุ control still shows its placeholder 'คลิกหรือแตะที่นี่เพื่อป้อนข้อความ' "
                 "(w:showingPlcHdr: nothing was filled in). Tracked changes (w:del / w:ins, author 'ธุรการ อบต.'; "
                 "settings has w:trackRevisions); the gold is the ACCEPTED (final) text only and the PDF is "
                 "exported from a copy with every change accepted: OIT 2568 '" + th(f"{C4_OIT_OLD:.2f}") +
                 "' deleted, '" + th(f"{oit_new:.2f}") + "' inserted, its rating '" + band(C4_OIT_OLD) +
                 "' -> '" + band(oit_new) + "'; overall 2568 '" + th(f"{ov68_old:.2f}") + "' deleted, '" +
                 th(f"{ov68:.2f}") + "' inserted, rating '" + band(ov68_old) + "' -> '" + band(ov68) +
                 "' (deleted values must NOT be read as scores). Scores: the table's tools and overall for "
                 "2567 and 2568 with the rating in the ระดับ column next to each (0.3/0.3/0.4 of the tools gives "
                 "each overall), and indicator 10 (OIT, การป้องกันการทุจริต) 68.75 of 2568 from the "
                 "'ตัวชี้วัดที่ได้คะแนนต่ำสุด' fields. Not scores: the form code, the date, the phone. Measures "
                 "(ส่วนที่ ๒ table, final version): rows ๑-๓ and the INSERTED row ๔ (whole row w:ins) = four; the "
                 "DELETED row ๔ 'จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล' (trPr w:del, all its text w:delText) is not a "
                 "measure. Title = the มาตรการ cell without the trailing '(ตัวชี้วัดที่ n)' tag, which gives "
                 "indicator_no (9, 10; rows ๓ and ๔ name none: null; 'OIT' in row ๑ is a tool). Periods: 'ต.ค. – "
                 "ธ.ค. ๒๕๖๘' 2025-10-01..2025-12-31; row ๒ 'ม.ค. – มี.ค. ๒๕๖๙' deleted and 'ก.พ. – เม.ย. ๒๕๖๙' "
                 "inserted: final 2026-02-01..2026-04-30; 'ตลอดปีงบประมาณ ๒๕๖๙' 2025-10-01..2026-09-30; 'เม.ย. – "
                 "มิ.ย. ๒๕๖๙' 2026-04-01..2026-06-30. Owners: 'สำนักปลัด' an org unit; 'ปลัดองค์การบริหารส่วน"
                 "ตำบล' a position; row ๓ was 'กองคลัง' and 'ผู้อำนวยการ' was INSERTED before it (only the inserted "
                 "part is in w:ins): final 'ผู้อำนวยการกองคลัง', a position (a reader dropping w:ins reads the org "
                 "unit กองคลัง and misses); inserted row ๔ 'นางสาวรัตนาภรณ์ ศรีสุข "
                 "นักวิเคราะห์นโยบายและแผนชำนาญการ' one person (น.ส.). "
                 "People: ผู้รายงาน -- the name control had 'นางสาวสุภาวดี คำภู' deleted and 'นางสาวรัตนาภรณ์ "
                 "ศรีสุข' inserted: the final reporter is น.ส.รัตนาภรณ์ ศรีสุข (post and phone from the controls "
                 "after it); ผู้รับรองข้อมูล -- the role printed above the dots, name and post in controls (นายก "
                 "อบต.). The deleted name is nobody.",
        "scores": scores,
        "measures": measures,
        "people": [P("ผู้รายงาน", "น.ส.", "รัตนาภรณ์ ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                     th("08 1234 5678")),
                   P("ผู้รับรองข้อมูล", "นาย", "บุญเลิศ พิมพ์สวัสดิ์", f"นายก{C4_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": C4_UNIT, "unit_type": "subdistrict_admin", "province": "กาฬสินธุ์", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": th("แบบรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ "
                    "พ.ศ. 2568 และแนวทางการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569"),
        "notes": "A filled-in form of 20 ต.ค. 2568 reporting the ITA 2568 result with the FY 2569 measures: "
                 "fiscal_year 2568 as titled (the result year; the measures run in FY 2569), as the blind13 n4 "
                 "form. doc_type analysis (score, weakest indicator and measures, as blind13 n4 / blind7 h4). Unit "
                 "and province from the content controls of the ชื่อหน่วยงาน / จังหวัด fields. Title = the two "
                 "title lines; the form code 'แบบ ITA-อปท.๑' is not part of it.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ accepting changes

def accept_changes(docx_in: Path, docx_out: Path) -> None:
    """A copy of the .docx with every tracked change accepted: deleted runs and rows removed, inserted ones
    unwrapped, revision marks dropped."""
    with zipfile.ZipFile(docx_in) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = []
    for info, data in items:
        if info.filename == "word/document.xml":
            root = etree.fromstring(data)
            w = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
            for tr in list(root.iter(w("tr"))):
                trpr = tr.find(w("trPr"))
                if trpr is not None and trpr.find(w("del")) is not None:
                    tr.getparent().remove(tr)
                elif trpr is not None and trpr.find(w("ins")) is not None:
                    trpr.remove(trpr.find(w("ins")))
            for d in list(root.iter(w("del"))):
                d.getparent().remove(d)
            for ins in list(root.iter(w("ins"))):
                parent = ins.getparent()
                idx = parent.index(ins)
                for k, child in enumerate(list(ins)):
                    parent.insert(idx + k, child)
                parent.remove(ins)
            for tag in ("rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange"):
                for el in list(root.iter(w(tag))):
                    el.getparent().remove(el)
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        elif info.filename == "word/settings.xml":
            data = data.replace(b"<w:trackRevisions/>", b"")
        out.append((info, data))
    with zipfile.ZipFile(docx_out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 0, 0, 0)), data,
                       zipfile.ZIP_DEFLATED)


REPORTS = {
    "c25_1_autonumbered_multilevel_list_measures_hospital_kut_chum_thong": c1,
    "c25_2_nested_tables_unit_in_page_header_municipality_ban_dung_nuea": c2,
    "c25_3_text_box_scores_footnote_district_office_pong_nam_ron_tai": c3,
    "c25_4_content_controls_tracked_changes_form_sao_huai_mek_tai": c4,
}
ACCEPT_FOR_PDF = {"c25_4_content_controls_tracked_changes_form_sao_huai_mek_tai"}


def main() -> None:
    docs = save_reports(HERE, REPORTS)
    if "--no-pdf" not in sys.argv:
        with tempfile.TemporaryDirectory(prefix="blind25-accepted-") as tmp:
            to_convert = []
            for path in docs:
                if path.stem in ACCEPT_FOR_PDF:  # the PDF shows the final text only
                    accepted = Path(tmp) / path.name
                    accept_changes(path, accepted)
                    to_convert.append(accepted)
                else:
                    to_convert.append(path)
            convert_to_pdf(to_convert, HERE)


if __name__ == "__main__":
    main()
