#!/usr/bin/env python3
"""Build the blind-28 reports (tests/blind28/g28_*.docx + .pdf) and their hand-made gold.

Written without reading the readers (records/, extractors/, normalizers/, flows/, schemas/) or their output.
Helpers (docx building, gold records) are imported from tests/layouts/write.py, tests/blind7, tests/blind11,
tests/blind19 and tests/blind23 (`_cs_sizes`), as blind24 does. Units, people and figures are invented
(provinces and districts are real).

This set tests PDFs made by OTHER PRODUCERS than LibreOffice Writer's plain export, as units really publish
them. Each stem has an ordinary Word rendering of the same content (.docx, python-docx) and a .pdf from the
other producer; one gold serves both files.

  g28_1  องค์การบริหารส่วนตำบลห้วยยางทอง (ขอนแก่น)   a SPREADSHEET: an .xlsx written with openpyxl (merged title
                                              rows, a wrapped header row 'ลำดับ | มาตรการ/กิจกรรม | ตัวชี้วัด
                                              ITA | งบประมาณ (บาท) | ไตรมาส ๑-๔ | ผู้รับผิดชอบ', ✓ marks in
                                              the quarter columns, thin borders, a total row, a footnote and
                                              signature cells, landscape fit-to-width, Sawasdee) exported by
                                              LibreOffice CALC (soffice --convert-to pdf on the .xlsx)
  g28_2  โรงเรียนโนนคูณทองวิทยา (ศรีสะเกษ)          a WEB PAGE printed to PDF by headless Chromium (Skia/PDF): a
                                              school's ITA news post (site bar and menu, breadcrumb, heading,
                                              date line, paragraph with the scores, an HTML <table> of the ten
                                              indicators, a <ul> of measures with owners in brackets, a
                                              'ข่าวล่าสุด' sidebar of other news, the site footer with the page
                                              URL and 'พิมพ์เมื่อ ...'), Loma/Garuda, WITH the browser's own
                                              print header (date, page title) and footer (URL, page n/N). The
                                              page is served from 127.0.0.1 under the school's host name
                                              (--host-resolver-rules maps it to loopback; nothing leaves the
                                              machine) so that the printed URL is the web address
  g28_3  โรงพยาบาลพนมไพรทอง (ร้อยเอ็ด)              a Writer document exported as a TAGGED PDF (UseTaggedPDF) with a
                                              TEXT WATERMARK 'สำเนา': a large grey text box behind the text in
                                              the page header (repeated on every page, real text in the PDF's
                                              text layer); an announcement with a committee table and a
                                              measures table; Kinnari 14, Thai digits
  g28_4  สถานีตำรวจภูธรเขาวงทอง (กาฬสินธุ์)          a police บันทึกข้อความ printed to PDF by LibreOffice and then
                                              RE-DISTILLED by Ghostscript pdfwrite (fonts re-embedded under new
                                              subset names, simple WinAnsi-labelled TrueType, the structure
                                              tree dropped) and linearized by qpdf, as a scanner-room or
                                              'PDF optimiser' step does; Laksaman 15, Arabic digits. Without
                                              gs on the machine the script falls back to qpdf only (say so)

    .venv/bin/python tests/blind28/make_blind28.py            # docx, xlsx, html, pdf and gold
    .venv/bin/python tests/blind28/make_blind28.py --no-pdf   # docx and gold only

Needs soffice (LibreOffice Writer and Calc), chromium, gs (ghostscript) and qpdf.
"""

from __future__ import annotations

import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from write import _para  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind7"))
from make_blind7 import keep_rows, new_doc  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind11"))
from make_blind11 import DOTS, M, O, P, S, body, centre, save_reports, sig_table, table, th, tight  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind19"))
from make_blind19 import bold_row, size_all, sized  # noqa: E402,F401

sys.path.insert(0, str(HERE.parent / "blind23"))
from make_blind23 import _cs_sizes  # noqa: E402

sys.path.insert(0, str(HERE.parent / "blind24"))
from make_blind24 import _memo_field  # noqa: E402

SRC = HERE / "src"          # the other producers' sources (.xlsx, .html), small, kept for reproduction

TOOL_OF = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}
IND_NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
             5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
             8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}
Q_SPAN = {1: ("2025-10-01", "2025-12-31"), 2: ("2026-01-01", "2026-03-31"), 3: ("2026-04-01", "2026-06-30"),
          4: ("2026-07-01", "2026-09-30")}
TICK = "✓"


def _quarters(qs):
    return Q_SPAN[min(qs)][0], Q_SPAN[max(qs)][1]


def _soffice(args: list[str], cwd: Path, timeout: int = 600) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="ita-b28-lo-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", *args],
                       check=True, timeout=timeout, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": profile})


# ------------------------------------------------------------------------------------------ g28_1

G1_UNIT = "องค์การบริหารส่วนตำบลห้วยยางทอง"
G1_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"
G1_LINE2 = f"{G1_UNIT} อำเภอบ้านไผ่ จังหวัดขอนแก่น"
G1_LINE3 = ("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 : 87.45 คะแนน (ระดับ A)   ตัวชี้วัดที่ได้คะแนนต่ำสุด : "
            "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 76.50 คะแนน   เป้าหมายปี 2569 : ไม่น้อยกว่า 90 คะแนน")
G1_HEAD = ["ลำดับ", "มาตรการ/กิจกรรม", "ตัวชี้วัด ITA", "งบประมาณ\n(บาท)", "ไตรมาส 1\n(ต.ค.-ธ.ค. 68)",
           "ไตรมาส 2\n(ม.ค.-มี.ค. 69)", "ไตรมาส 3\n(เม.ย.-มิ.ย. 69)", "ไตรมาส 4\n(ก.ค.-ก.ย. 69)", "ผู้รับผิดชอบ"]
# title, indicator cell, budget (int or None), quarters, owner cell, owners, ind
G1_ROWS = [
    ("ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ให้ครบถ้วนตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) และเป็นปัจจุบัน",
     "ตัวชี้วัดที่ 9", 15000, (1, 2), "งานประชาสัมพันธ์ สำนักปลัด",
     [O(org="งานประชาสัมพันธ์ สำนักปลัด")], 9),
    ("จัดทำและเผยแพร่ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
     "ตัวชี้วัดที่ 10", None, (1,), "ปลัด อบต.", [O(pos="ปลัด อบต.")], 10),
    ("จัดทำแนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ และชี้แจงให้บุคลากรทุกกองทราบ",
     "ตัวชี้วัดที่ 4", 3000, (2,), "งานพัสดุ กองคลัง", [O(org="งานพัสดุ กองคลัง")], 4),
    ("อบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร",
     "ตัวชี้วัดที่ 1", 25000, (2, 3), "นางสาวสุภาพร ศรีบุญเรือง\nนักทรัพยากรบุคคลชำนาญการ",
     [O("น.ส.", "สุภาพร ศรีบุญเรือง", "นักทรัพยากรบุคคลชำนาญการ")], 1),
    ("เปิดช่องทางรับเรื่องร้องเรียนการทุจริตผ่าน LINE OA และรายงานผลการจัดการเรื่องร้องเรียนทุกไตรมาส",
     "ตัวชี้วัดที่ 5", None, (1, 2, 3, 4), "งานนิติการ สำนักปลัด", [O(org="งานนิติการ สำนักปลัด")], 5),
    ("สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงขั้นตอนการให้บริการ",
     "ตัวชี้วัดที่ 8", 5000, (3,), "กองคลัง / กองช่าง", [O(org="กองคลัง"), O(org="กองช่าง")], 8),
    ("ประชาสัมพันธ์ผลการดำเนินงานและช่องทางการติดต่อผ่านเสียงตามสายและเพจเฟซบุ๊ก อบต.",
     "ตัวชี้วัดที่ 7", 2000, (1, 3), "นายอนุวัฒน์ ทองมา\nนักประชาสัมพันธ์ปฏิบัติการ",
     [O("นาย", "อนุวัฒน์ ทองมา", "นักประชาสัมพันธ์ปฏิบัติการ")], 7),
    ("จัดทำแผนบริหารความเสี่ยงการทุจริตและติดตามผลการดำเนินงานตามแผน",
     "-", None, (2, 4), "หน่วยตรวจสอบภายใน", [O(org="หน่วยตรวจสอบภายใน")], None),
]
G1_TOTAL = sum(r[2] or 0 for r in G1_ROWS)   # 50,000
G1_NOTE = "หมายเหตุ : เครื่องหมาย ✓ หมายถึง ไตรมาสที่ดำเนินการ (ปีงบประมาณ พ.ศ. 2569 เริ่ม 1 ตุลาคม 2568)"
G1_SIGS = [["ลงชื่อ ..................................... ผู้จัดทำ", "(นางสาวกาญจนา ภูมิภักดิ์)",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ"],
           ["ลงชื่อ ..................................... ผู้อนุมัติ", "(นายประเสริฐ วงศ์คำ)",
            f"นายก{G1_UNIT}"]]


def _money(v):
    return "-" if v is None else f"{v:,}"


def g1_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    F = "Sawasdee"
    wb = Workbook()
    ws = wb.active
    ws.title = "มาตรการ ITA 2569"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [6, 52, 13, 11, 10.5, 10.5, 10.5, 10.5, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for r, (text, size) in enumerate(((G1_TITLE, 16), (G1_LINE2, 14), (G1_LINE3, 12)), 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, text)
        c.font = Font(name=F, size=size, bold=r < 3)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 26 if r < 3 else 22
    hr = 5
    for c, text in enumerate(G1_HEAD, 1):
        cell = ws.cell(hr, c, text)
        cell.font = Font(name=F, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = box
    ws.row_dimensions[hr].height = 54
    r = hr
    for i, (title, ind, budget, qs, owner, _, _) in enumerate(G1_ROWS, 1):
        r += 1
        vals = [i, title, ind, budget if budget is not None else "-"] + \
               [TICK if q in qs else "" for q in (1, 2, 3, 4)] + [owner]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(name=F, size=12)
            cell.border = box
            centred = c in (1, 3, 5, 6, 7, 8)
            cell.alignment = Alignment(horizontal="center" if centred else ("right" if c == 4 else "left"),
                                       vertical="top", wrap_text=True)
            if c == 4 and budget is not None:
                cell.number_format = "#,##0"
        lines = max(2, owner.count("\n") + 1)
        ws.row_dimensions[r].height = 19 * lines + 4
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, "รวมงบประมาณทั้งสิ้น").font = Font(name=F, size=12, bold=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(r, 4, G1_TOTAL).font = Font(name=F, size=12, bold=True)
    ws.cell(r, 4).number_format = "#,##0"
    ws.cell(r, 4).alignment = Alignment(horizontal="right", vertical="center")
    for c in range(1, 10):
        ws.cell(r, c).border = box
    ws.row_dimensions[r].height = 20
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, G1_NOTE).font = Font(name=F, size=11, italic=True)
    r += 2
    for k in range(3):
        for col, sig in ((2, G1_SIGS[0]), (6, G1_SIGS[1])):
            ws.merge_cells(start_row=r + k, start_column=col, end_row=r + k, end_column=col + (0 if col == 2 else 3))
            cell = ws.cell(r + k, col, sig[k])
            cell.font = Font(name=F, size=12)
            cell.alignment = Alignment(horizontal="center")
        ws.row_dimensions[r + k].height = 20
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "หน้า &P / &N"
    ws.oddFooter.center.size = 9
    wb.properties.creator = "อบต.ห้วยยางทอง"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 10, 20, 9, 0)
    wb.save(path)


def g1():
    doc = tight(new_doc("Sawasdee", 12, landscape=True, margin=1.2), after=0)
    centre(doc, G1_TITLE, bold=True, size=16)
    centre(doc, G1_LINE2, bold=True, size=14)
    centre(doc, G1_LINE3, size=12)
    _para(doc, "")
    rows = [G1_HEAD]
    for i, (title, ind, budget, qs, owner, _, _) in enumerate(G1_ROWS, 1):
        rows.append([str(i), title, ind, _money(budget)] + [TICK if q in qs else "" for q in (1, 2, 3, 4)] + [owner])
    rows.append(["", "รวมงบประมาณทั้งสิ้น", "", f"{G1_TOTAL:,}", "", "", "", "", ""])
    t = table(doc, rows, [1.4, 8.7, 2.6, 1.9, 1.9, 1.9, 1.9, 1.9, 5.0], centre_cols=(0, 2, 4, 5, 6, 7),
              fill="FCE4D6")
    for r in range(1, len(rows)):
        for p in t.rows[r].cells[3].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    size_all(t, 11)
    bold_row(t, len(rows) - 1)
    keep_rows(t)
    sized(doc, G1_NOTE, 10, before=3, after=8)
    sig_table(doc, G1_SIGS, [13.5, 13.5])
    _cs_sizes(doc)
    measures = []
    for title, _, _, qs, _, owners, ind in G1_ROWS:
        start, end = _quarters(qs)
        measures.append(M(title, owners, ind=ind, start=start, end=end))
    facts = {
        "notes": "PRODUCER TESTED: the .pdf is a SPREADSHEET exported by LibreOffice Calc (soffice --convert-to pdf on "
                 "an openpyxl .xlsx, kept in src/): merged title rows 1-3 over the nine columns, a header row with "
                 "wrapped two-line cells ('ไตรมาส 1' over '(ต.ค.-ธ.ค. 68)'), thin cell borders drawn as separate "
                 "line segments, the page scaled to fit the width (landscape A4), the sheet footer 'หน้า 1 / 1' "
                 "(a page number), signature blocks in merged cells under the table; Sawasdee, Arabic digits. "
                 "The ✓ glyph is not in Sawasdee and comes from a fallback font (DejaVu Sans). TEXT LAYER: Calc "
                 "writes the cells in its own drawing order, not row by row (pypdfium2 gives the ลำดับ numbers, "
                 "budgets, ✓ marks and one-line owner cells of all rows first, then the wrapped title cells and "
                 "the two-line owner cells), so a row must be rebuilt from positions; the wrapped header cells "
                 "break inside the bracket ('(ต.ค.-ธ.ค.' / '68)'); the footnote's ✓ lands inside a word in the "
                 "text order ('ไตรมาสที่ด ✓ ำเนินการ'); pdftotext shows spaces after some upper vowels ('ปี "
                 "งบประมาณ', 'เปิ ดเผย'). The .docx is an ordinary Word table of the same content. Scores (title row 3): ITA 2568 overall 87.45 (A) and indicator 9 "
                 "(OIT, การเปิดเผยข้อมูล) 76.50, named as the lowest indicator; 'ไม่น้อยกว่า 90 คะแนน' is the "
                 "FY 2569 target. Not scores: the budgets (15,000 ... 'รวมงบประมาณทั้งสิ้น' 50,000 baht; '-' = no "
                 "budget), the ลำดับ numbers, the quarter numbers, 'หน้า 1 / 1'. Measures: the eight numbered "
                 "rows; the total row is a total, the หมายเหตุ row a legend. Title = the มาตรการ/กิจกรรม cell "
                 "('(OIT)' in row 1 names a tool and '(No Gift Policy)' in row 2 a policy: both part of the "
                 "title). indicator_no from the ตัวชี้วัด ITA column: 'ตัวชี้วัดที่ 9/10/4/1/5/8/7' and '-' null "
                 "(row 8). Periods = span of the ✓-marked fiscal quarters of FY 2569 (Q1 = ต.ค.-ธ.ค. 2568 = 2025, "
                 "Q2-Q4 = 2026, as the header says), first day of the first marked quarter to last day of the last "
                 "(blind14 p4 / blind18 u1 convention): row 1 Q1-Q2 2025-10-01..2026-03-31; row 2 Q1 "
                 "2025-10-01..2025-12-31; row 3 Q2 2026-01-01..2026-03-31; row 4 Q2-Q3 2026-01-01..2026-06-30; "
                 "row 5 all four = the whole FY 2025-10-01..2026-09-30 ('ทุกไตรมาส' in its title is a reporting "
                 "rule); row 6 Q3 2026-04-01..2026-06-30; row 7 Q1 and Q3 (not contiguous) the span "
                 "2025-10-01..2026-06-30; row 8 Q2 and Q4 the span 2026-01-01..2026-09-30. The footnote's "
                 "'1 ตุลาคม 2568' is the fiscal year's start, not a period. Owners: 'งานประชาสัมพันธ์ สำนักปลัด' and "
                 "'งานนิติการ สำนักปลัด' and 'งานพัสดุ กองคลัง' one org unit each (section within office, as "
                 "blind8 i2); 'ปลัด อบต.' a position as printed; 'นางสาวสุภาพร ศรีบุญเรือง' over "
                 "'นักทรัพยากรบุคคลชำนาญการ' one person (a line break inside the cell, Alt+Enter in the sheet; "
                 "นางสาว -> น.ส.); 'กองคลัง / กองช่าง' two org units; 'นายอนุวัฒน์ ทองมา' over "
                 "'นักประชาสัมพันธ์ปฏิบัติการ' one person; 'หน่วยตรวจสอบภายใน' an org unit. People: ผู้จัดทำ and "
                 "ผู้อนุมัติ side by side in merged cells under the table (role after the dots; นางสาว -> น.ส.).",
        "scores": [S("overall", 87.45, 2568, rating="A"), S("indicator", 76.50, 2568, "OIT", 9)],
        "measures": measures,
        "people": [P("ผู้จัดทำ", "น.ส.", "กาญจนา ภูมิภักดิ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
                   P("ผู้อนุมัติ", "นาย", "ประเสริฐ วงศ์คำ", f"นายก{G1_UNIT}")],
        "findings": [],
    }
    document = {
        "unit": G1_UNIT, "unit_type": "subdistrict_admin", "province": "ขอนแก่น", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": G1_TITLE,
        "notes": "Undated FY 2569 measures plan of a sub-district administrative organisation, exported from a "
                 "spreadsheet (Calc PDF). Title = the first merged title row; the second names unit, district and "
                 "province (ขอนแก่น); the third holds the ITA 2568 result. doc_type measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ g28_2

G2_UNIT = "โรงเรียนโนนคูณทองวิทยา"
G2_HOST = "www.nonkhunthong.ac.th"
G2_PATH = "/news/ita-2568.html"
G2_IND = {1: 94.20, 2: 90.85, 3: 93.10, 4: 88.40, 5: 91.75, 6: 90.30, 7: 84.60, 8: 86.25, 9: 93.50, 10: 91.00}
G2_TOOLS = {"IIT": 91.66, "EIT": 87.05, "OIT": 92.25}       # means of 1-5, 6-8, 9-10
G2_OVERALL = 90.51                                          # 0.3*91.66 + 0.3*87.05 + 0.4*92.25 = 90.513
G2_HEADING = f"{G2_UNIT} ผ่านการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ระดับ A"
G2_DATE = "วันที่ 18 พฤศจิกายน 2568  |  โดย งานประชาสัมพันธ์  |  เข้าชม 342 ครั้ง"
G2_P1 = (f"ตามที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการ"
         f"ดำเนินงานของสถานศึกษา (ITA Online) ประจำปีงบประมาณ พ.ศ. 2568 แล้ว นั้น {G2_UNIT} "
         f"ได้คะแนนรวม {G2_OVERALL:.2f} คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 ที่ได้ 86.15 คะแนน "
         f"โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ {G2_TOOLS['IIT']:.2f} คะแนน "
         f"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ {G2_TOOLS['EIT']:.2f} คะแนน "
         f"และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ {G2_TOOLS['OIT']:.2f} คะแนน "
         "เป็นอันดับที่ 4 จาก 37 โรงเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร")
G2_H2A = "ผลการประเมินรายตัวชี้วัด"
G2_H2B = "มาตรการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569"
G2_P2 = "โรงเรียนได้นำผลการประเมินมาวิเคราะห์และกำหนดมาตรการยกระดับผลการประเมิน ดังนี้"
# printed li, gold title, owners, ind, start, end
G2_MEAS = [
    ("ปรับปรุงข้อมูลในเมนู ITA บนเว็บไซต์โรงเรียนให้ครบ 33 รายการ ภายในเดือนธันวาคม 2568 "
     "(งานเทคโนโลยีสารสนเทศ)",
     "ปรับปรุงข้อมูลในเมนู ITA บนเว็บไซต์โรงเรียนให้ครบ 33 รายการ", [O(org="งานเทคโนโลยีสารสนเทศ")],
     None, None, "2025-12-31"),
    ("เพิ่มช่องทางการสื่อสารกับผู้ปกครองผ่าน LINE OA ของโรงเรียน เพื่อยกระดับตัวชี้วัดที่ 7 ประสิทธิภาพ"
     "การสื่อสาร (นางสาวพิมพ์ลดา แสงสุข ครูชำนาญการ)",
     "เพิ่มช่องทางการสื่อสารกับผู้ปกครองผ่าน LINE OA ของโรงเรียน",
     [O("น.ส.", "พิมพ์ลดา แสงสุข", "ครูชำนาญการ")], 7, None, None),
    ("จัดทำทะเบียนคุมการยืม-คืนพัสดุและครุภัณฑ์ของโรงเรียน ระหว่าง ม.ค. – มี.ค. 2569 "
     "(งานพัสดุ กลุ่มบริหารงานงบประมาณ)",
     "จัดทำทะเบียนคุมการยืม-คืนพัสดุและครุภัณฑ์ของโรงเรียน", [O(org="งานพัสดุ กลุ่มบริหารงานงบประมาณ")],
     None, "2026-01-01", "2026-03-31"),
    ("จัดกิจกรรมโรงเรียนสุจริตและค่ายเสริมสร้างคุณธรรมสำหรับนักเรียนและบุคลากร "
     "(กลุ่มบริหารงานบุคคล, กลุ่มบริหารงานทั่วไป)",
     "จัดกิจกรรมโรงเรียนสุจริตและค่ายเสริมสร้างคุณธรรมสำหรับนักเรียนและบุคลากร",
     [O(org="กลุ่มบริหารงานบุคคล"), O(org="กลุ่มบริหารงานทั่วไป")], None, None, None),
    ("ประกาศเจตนารมณ์การป้องกันการทุจริตและนโยบายไม่รับของขวัญ (No Gift Policy) (ผู้อำนวยการโรงเรียน)",
     "ประกาศเจตนารมณ์การป้องกันการทุจริตและนโยบายไม่รับของขวัญ (No Gift Policy)",
     [O(pos="ผู้อำนวยการโรงเรียน")], None, None, None),
]
G2_P3 = ("ทั้งนี้ โรงเรียนขอขอบคุณคณะครู บุคลากร ผู้ปกครอง และนักเรียนทุกคนที่ร่วมตอบแบบวัดการรับรู้ "
         "และร่วมกันขับเคลื่อนโรงเรียนให้เป็นองค์กรที่มีคุณธรรมและความโปร่งใส")
G2_CONTACT = "ผู้ให้ข้อมูล : นางสาวพิมพ์ลดา แสงสุข ครูชำนาญการ โทร. 045-826-114"
G2_TAGS = "แท็ก : ITA, คุณธรรมและความโปร่งใส, ข่าวประชาสัมพันธ์"
G2_SIDEBAR = ["กิจกรรมวันลอยกระทง ประจำปี 2568 (12 พ.ย. 2568)",
              "ประกาศรายชื่อนักเรียนที่ได้รับทุนการศึกษา ภาคเรียนที่ 2/2568 (10 พ.ย. 2568)",
              "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2/2568 (8 พ.ย. 2568)",
              "รับสมัครครูอัตราจ้าง วิชาคณิตศาสตร์ 1 อัตรา (3 พ.ย. 2568)"]
G2_SITE = f"{G2_UNIT}  |  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร"
G2_MENU = ["หน้าแรก", "เกี่ยวกับโรงเรียน", "ข่าวประชาสัมพันธ์", "ITA", "ติดต่อเรา"]
G2_CRUMB = "หน้าแรก › ข่าวประชาสัมพันธ์ › ITA"
G2_FOOT1 = (f"© 2568 {G2_UNIT} 99 หมู่ 5 ตำบลโนนค้อ อำเภอโนนคูณ จังหวัดศรีสะเกษ 33250  "
            "โทร. 045-826-114")
G2_FOOT2 = f"ที่มา : https://{G2_HOST}{G2_PATH}  |  พิมพ์เมื่อ 20 พฤศจิกายน 2568 เวลา 09:15 น."


def g2_html() -> str:
    e = html.escape
    rows = "\n".join(
        f"<tr><td class='c'>{n}</td><td>{e(IND_NAMES[n])}</td><td class='c'>{TOOL_OF[n]}</td>"
        f"<td class='r'>{v:.2f}</td></tr>" for n, v in G2_IND.items())
    lis = "\n".join(f"<li>{e(m[0])}</li>" for m in G2_MEAS)
    side = "\n".join(f"<li><a href='#'>{e(s)}</a></li>" for s in G2_SIDEBAR)
    menu = " ".join(f"<a href='#'>{e(m)}</a>" for m in G2_MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{e(G2_UNIT)} - ข่าวประชาสัมพันธ์ : ผลการประเมิน ITA 2568</title>
<style>
 @page {{ size: A4; margin: 14mm 12mm; }}
 body {{ font-family: "Loma", "Garuda", sans-serif; font-size: 14px; color: #222; margin: 0; }}
 .site {{ background: #0b4f8a; color: #fff; padding: 10px 16px; font-family: "Garuda"; font-size: 17px;
          font-weight: bold; }}
 .menu {{ background: #e8eef5; padding: 6px 16px; font-size: 13px; }}
 .menu a {{ color: #0b4f8a; text-decoration: none; margin-right: 18px; }}
 .wrap {{ display: flex; gap: 18px; padding: 8px 16px; }}
 .main {{ flex: 3; }}
 .side {{ flex: 1; border-left: 1px solid #ccc; padding-left: 12px; font-size: 12.5px; }}
 .crumb {{ font-size: 12px; color: #777; }}
 h1 {{ font-family: "Garuda"; font-size: 21px; color: #0b4f8a; margin: 6px 0 2px; line-height: 1.5; }}
 h2 {{ font-family: "Garuda"; font-size: 16px; margin: 12px 0 4px; color: #333; }}
 .date {{ font-size: 12px; color: #888; margin-bottom: 8px; }}
 p {{ line-height: 1.7; text-indent: 2em; margin: 4px 0; text-align: justify; }}
 table {{ border-collapse: collapse; width: 92%; margin: 4px auto; font-size: 13.5px; }}
 th, td {{ border: 1px solid #9aa; padding: 3px 8px; }}
 th {{ background: #dbe7f3; }}
 td.c {{ text-align: center; }} td.r {{ text-align: right; }}
 tr.total td {{ font-weight: bold; background: #f3f6fa; }}
 ul.meas li {{ line-height: 1.7; margin-bottom: 2px; }}
 .tags {{ font-size: 12px; color: #666; margin-top: 10px; }}
 .contact {{ font-size: 13px; margin-top: 6px; }}
 .side h3 {{ font-family: "Garuda"; font-size: 14px; margin: 6px 0; }}
 .side ul {{ padding-left: 16px; }} .side li {{ margin-bottom: 6px; }} .side a {{ color: #0b4f8a; }}
 .foot {{ border-top: 2px solid #0b4f8a; margin: 10px 16px 0; padding-top: 6px; font-size: 11.5px;
          color: #555; }}
</style></head>
<body>
<div class="site">{e(G2_SITE)}</div>
<div class="menu">{menu}</div>
<div class="wrap">
<div class="main">
<div class="crumb">{e(G2_CRUMB)}</div>
<h1>{e(G2_HEADING)}</h1>
<div class="date">{e(G2_DATE)}</div>
<p>{e(G2_P1)}</p>
<h2>{e(G2_H2A)}</h2>
<table>
<tr><th>ตัวชี้วัดที่</th><th>ชื่อตัวชี้วัด</th><th>เครื่องมือ</th><th>คะแนน</th></tr>
{rows}
<tr class="total"><td colspan="3" class="c">คะแนนรวม (ITA)</td><td class="r">{G2_OVERALL:.2f}</td></tr>
</table>
<h2>{e(G2_H2B)}</h2>
<p>{e(G2_P2)}</p>
<ul class="meas">
{lis}
</ul>
<p>{e(G2_P3)}</p>
<div class="contact">{e(G2_CONTACT)}</div>
<div class="tags">{e(G2_TAGS)}</div>
</div>
<div class="side"><h3>ข่าวล่าสุด</h3><ul>
{side}
</ul></div>
</div>
<div class="foot">{e(G2_FOOT1)}<br>{e(G2_FOOT2)}</div>
</body></html>
"""


def g2():
    doc = tight(new_doc("Loma", 12, landscape=False, margin=1.6), after=2)
    sized(doc, G2_SITE, 13, bold=True, after=0)
    sized(doc, "   ".join(G2_MENU), 10, after=4)
    sized(doc, G2_CRUMB, 9, after=2)
    sized(doc, G2_HEADING, 17, bold=True, after=2)
    sized(doc, G2_DATE, 9, after=6)
    body(doc, G2_P1)
    sized(doc, G2_H2A, 13, bold=True, before=6, after=2)
    rows = [["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "เครื่องมือ", "คะแนน"]]
    rows += [[str(n), IND_NAMES[n], TOOL_OF[n], f"{v:.2f}"] for n, v in G2_IND.items()]
    rows.append(["", "คะแนนรวม (ITA)", "", f"{G2_OVERALL:.2f}"])
    t = table(doc, rows, [2.0, 7.5, 2.4, 2.4], centre_cols=(0, 2, 3), fill="DBE7F3")
    size_all(t, 11)
    bold_row(t, len(rows) - 1)
    sized(doc, G2_H2B, 13, bold=True, before=6, after=2)
    body(doc, G2_P2)
    for m in G2_MEAS:
        p = doc.add_paragraph(m[0], style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
    body(doc, G2_P3)
    sized(doc, G2_CONTACT, 11, before=4)
    sized(doc, G2_TAGS, 9, before=4, after=6)
    sized(doc, "ข่าวล่าสุด", 12, bold=True, before=6, after=2)
    for s in G2_SIDEBAR:
        p = doc.add_paragraph(s, style="List Bullet")
        for r in p.runs:
            r.font.size = Pt(10)
    sized(doc, "_" * 60, 9, before=6)
    sized(doc, G2_FOOT1, 9)
    sized(doc, G2_FOOT2, 9)
    _cs_sizes(doc)
    scores = [S("indicator", v, 2568, TOOL_OF[n], n) for n, v in G2_IND.items()]
    scores += [S("tool", v, 2568, k) for k, v in G2_TOOLS.items()]
    scores += [S("overall", G2_OVERALL, 2568, rating="A"), S("overall", 86.15, 2567)]
    facts = {
        "notes": "PRODUCER TESTED: the .pdf is a WEB PAGE printed by headless Chromium (Producer 'Skia/PDF', fonts "
                 "Loma/Garuda as CID TrueType subsets, a fallback font for '›' and '©'). The page was served from "
                 "127.0.0.1 under the school's host name, so the print carries the BROWSER'S OWN header and footer "
                 "on every page: top left the print date and time of the machine (e.g. '12/7/26, 11:34 PM', the "
                 "day the PDF was made, not a document date), top centre the page <title> ('โรงเรียนโนนคูณทอง"
                 "วิทยา - ข่าวประชาสัมพันธ์ : ผลการประเมิน ITA 2568'), bottom left the URL "
                 "'http://www.nonkhunthong.ac.th/news/ita-2568.html', bottom right 'n/N'. NONE of these is a fact: "
                 "not a score, not a date of the report, not a title, not a measure (the same goes for the page's "
                 "own footer 'ที่มา : https://... | พิมพ์เมื่อ ๒๐ พฤศจิกายน ๒๕๖๘ เวลา ๐๙:๑๕ น.' and the address "
                 "and phone line). The layout is two columns (article and a 'ข่าวล่าสุด' sidebar, side by side in "
                 "the PDF, after the article in the .docx). Loma 12-14, Arabic digits. TEXT LAYER: Skia's text "
                 "for Thai clusters with stacked marks is partly DUPLICATED in the file itself (pdftotext and "
                 "pypdfium2 agree): 'ตัวชี้วั ชี้ ดที่', 'ผลการประเมินรายตัวชี้วัชี้วัด', 'ครั้งรั้', 'ขั้นขั้ พื้นฐาน', "
                 "'สำ นักงานเขตพื้นพื้ ที่', 'ทั้งทั้นี้' (the page image is correct); justified lines lose a space "
                 "('ได้92.25'). None of the gold titles, names, owners or figures falls on such a cluster, but the "
                 "table's header cell 'ตัวชี้วัดที่' and the h2 heading do. Scores (ITA 2568): the "
                 "indicator table 'ตัวชี้วัดที่ | ชื่อตัวชี้วัด | เครื่องมือ | คะแนน' gives the ten indicators (tool "
                 "from its own column, the NACC numbering 1-5 IIT, 6-8 EIT, 9-10 OIT) and its 'คะแนนรวม (ITA)' "
                 "row the overall 90.51; the paragraph repeats the overall (A, one row) and gives the tools IIT "
                 "91.66, EIT 87.05, OIT 92.25 (the means of the indicators; 0.3/0.3/0.4 gives 90.513) and the 2567 "
                 "overall 86.15 (no rating). Not scores: 'อันดับที่ 4 จาก 37 โรงเรียน' (a rank), 'เข้าชม 342 ครั้ง' "
                 "(page views), '33 รายการ', the dates, the phone, the postcode 33250, '2/2568' (a term). "
                 "Measures: the five <li> items under 'มาตรการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569', each "
                 "'<action> [period words] (<owner>)' with the owner in the LAST bracket. Title = the action "
                 "without the period words and the owner bracket; item 2 also without the purpose clause "
                 "'เพื่อยกระดับตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร' (gold is a prefix), which gives indicator_no 7; "
                 "item 5 keeps '(No Gift Policy)', a bracket that is part of the title, not the owner; the others "
                 "name no indicator ('เมนู ITA' is the website menu): null. Periods: item 1 'ภายในเดือนธันวาคม "
                 "2568' a deadline (end 2025-12-31 only); item 3 'ระหว่าง ม.ค. – มี.ค. 2569' "
                 "2026-01-01..2026-03-31; items 2, 4, 5 none. Owners: 'งานเทคโนโลยีสารสนเทศ' an org unit; "
                 "'นางสาวพิมพ์ลดา แสงสุข ครูชำนาญการ' one person (น.ส./name/post); 'งานพัสดุ กลุ่มบริหารงาน"
                 "งบประมาณ' one org unit (section within group); 'กลุ่มบริหารงานบุคคล, กลุ่มบริหารงานทั่วไป' two "
                 "org units; 'ผู้อำนวยการโรงเรียน' a position. The 'ข่าวล่าสุด' sidebar list (other news posts with "
                 "their dates), the menu and breadcrumb, the tags line are web page furniture: NOT measures. "
                 "People: the contact 'ผู้ให้ข้อมูล : นางสาวพิมพ์ลดา แสงสุข ครูชำนาญการ โทร. 045-826-114' (role "
                 "ผู้ให้ข้อมูล, as blind27 e27_1; phone kept; she is also item 2's owner). 'โดย งานประชาสัมพันธ์' "
                 "is the posting section, not a person. No signature.",
        "scores": scores,
        "measures": [M(m[1], m[2], ind=m[3], start=m[4], end=m[5]) for m in G2_MEAS],
        "people": [P("ผู้ให้ข้อมูล", "น.ส.", "พิมพ์ลดา แสงสุข", "ครูชำนาญการ", "045826114")],
        "findings": [],
    }
    document = {
        "unit": G2_UNIT, "unit_type": "school", "province": "ศรีสะเกษ", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": G2_HEADING,
        "notes": "A school's web news post of 18 พ.ย. 2568 announcing its ITA 2568 result (with its FY 2569 "
                 "improvement measures), printed from the browser: fiscal_year 2568, the result it reports (as "
                 "blind24 a2). doc_type analysis (scores with improvement measures; 'measures' arguable). Title = "
                 "the <h1> heading; the site bar, menu, breadcrumb and the browser's printed header (date, page "
                 "title) and footer (URL, page number) are not the title. Province from the footer address "
                 "('อำเภอโนนคูณ จังหวัดศรีสะเกษ'; the area office 'ศรีสะเกษ ยโสธร' names two provinces).",
    }
    return doc, facts, document


def _serve_and_print(root: Path, url_path: str, pdf: Path) -> None:
    """Serve the page on 127.0.0.1 and print it with headless Chromium under the school's host name (the
    resolver maps that one name to loopback and every other name to nothing, so no request leaves the machine)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        raise RuntimeError("chromium is not installed")
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *a, **k):
            pass

    handler = partial(Quiet, directory=str(root))
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = srv.server_address[1]
    th_ = threading.Thread(target=srv.serve_forever, daemon=True)
    th_.start()
    try:
        with tempfile.TemporaryDirectory(prefix="ita-b28-chr-") as prof:
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                 "--no-pings", "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
                 f"--host-resolver-rules=MAP {G2_HOST} 127.0.0.1:{port}, MAP * ~NOTFOUND",
                 f"--print-to-pdf={pdf}", f"http://{G2_HOST}{url_path}"],
                check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        srv.shutdown()


# ------------------------------------------------------------------------------------------ g28_3

G3_UNIT = "โรงพยาบาลพนมไพรทอง"
G3_COMMITTEE = [
    ("นายแพทย์", "นพ.", "ศุภชัย วงศ์ไพบูลย์", "นายแพทย์ชำนาญการพิเศษ (ด้านเวชกรรม)", "ประธานกรรมการ"),
    ("นาง", "นาง", "วาสนา ศรีสุวรรณ", "หัวหน้าพยาบาล", "รองประธานกรรมการ"),
    ("นาย", "นาย", "ธีระพงษ์ บุญประคม", "หัวหน้ากลุ่มงานบริหารทั่วไป", "กรรมการ"),
    ("นางสาว", "น.ส.", "จันทร์เพ็ญ มะลิวัลย์", "หัวหน้ากลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค", "กรรมการ"),
    ("นาย", "นาย", "อภิสิทธิ์ พลราชม", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "กรรมการ"),
    ("นางสาว", "น.ส.", "รัตติยา โสภาพันธ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "กรรมการและเลขานุการ"),
]
# title cell, indicator cell, period cell, owner cell, gold title, owners, ind, start, end
G3_MEAS = [
    ("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์โรงพยาบาลให้ครบถ้วน ถูกต้อง และเป็นปัจจุบัน", "ตัวชี้วัดที่ 9",
     "1 ต.ค. 2568 – 30 ก.ย. 2569", "นายอภิสิทธิ์ พลราชม\nนักวิชาการคอมพิวเตอร์ปฏิบัติการ",
     [O("นาย", "อภิสิทธิ์ พลราชม", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ")], 9, "2025-10-01", "2026-09-30"),
    ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) และประชาสัมพันธ์ให้ผู้รับบริการทราบ",
     "ตัวชี้วัดที่ 10", "ต.ค. – พ.ย. 2568", "ผู้อำนวยการโรงพยาบาล",
     [O(pos="ผู้อำนวยการโรงพยาบาล")], 10, "2025-10-01", "2025-11-30"),
    ("ทบทวนระเบียบการใช้รถราชการและการยืมครุภัณฑ์การแพทย์ พร้อมจัดทำทะเบียนคุม", "ตัวชี้วัดที่ 4",
     "ม.ค. – มี.ค. 2569", "กลุ่มงานบริหารทั่วไป\nงานพัสดุ",
     [O(org="กลุ่มงานบริหารทั่วไป"), O(org="งานพัสดุ")], 4, "2026-01-01", "2026-03-31"),
    ("จัดอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนและประมวลจริยธรรมข้าราชการพลเรือน", "ตัวชี้วัดที่ 1",
     "ก.พ. 2569", "กลุ่มงานบริหารทรัพยากรบุคคล",
     [O(org="กลุ่มงานบริหารทรัพยากรบุคคล")], 1, "2026-02-01", "2026-02-28"),
    ("สำรวจความพึงพอใจผู้รับบริการผู้ป่วยนอกและผู้ป่วยใน และนำผลมาปรับปรุงการให้บริการ", "ตัวชี้วัดที่ 8",
     "เม.ย. – มิ.ย. 2569", "กลุ่มการพยาบาล", [O(org="กลุ่มการพยาบาล")], 8, "2026-04-01", "2026-06-30"),
    ("รายงานผลการดำเนินงานตามมาตรการต่อคณะกรรมการบริหารโรงพยาบาล", "-",
     "ภายใน 31 ก.ค. 2569", "เลขานุการคณะกรรมการฯ", [O(pos="เลขานุการคณะกรรมการฯ")], None, None,
     "2026-07-31"),
]
G3_TITLE1 = f"ประกาศ{G3_UNIT}"
G3_TITLE2 = "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"


def _watermark_run(text: str, font: str = "Garuda", half_points: int = 200) -> str:
    """A large light-grey text box behind the text, anchored to the page in the header (as a 'สำเนา' stamp
    is made in Word: Insert > Text Box in the header, Behind Text)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return f'''<w:r {w} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:rPr><w:noProof/></w:rPr>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="1" locked="0"
 layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="page"><wp:align>center</wp:align></wp:positionV>
<wp:extent cx="6480000" cy="2520000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="901" name="Watermark"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6480000" cy="2520000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>
<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:b/><w:bCs/><w:color w:val="D9D9D9"/>
<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''


def g3():
    doc = tight(new_doc("Kinnari", 14, landscape=False, margin=2.0), after=1)
    hdr = doc.sections[0].header
    hdr.paragraphs[0]._p.append(parse_xml(_watermark_run("สำเนา")))
    centre(doc, th(G3_TITLE1), bold=True, size=16)
    centre(doc, th(G3_TITLE2), bold=True)
    centre(doc, "--------------------------------")
    body(doc, th(f"ด้วย{G3_UNIT} อำเภอพนมไพร จังหวัดร้อยเอ็ด ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                 "ของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ได้ 88.93 คะแนน อยู่ในระดับ A โดยตัวชี้วัดที่ 7 "
                 "ประสิทธิภาพการสื่อสาร ได้ 83.40 คะแนน และตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้ 84.15 คะแนน "
                 "ต่ำกว่าเกณฑ์ 85 คะแนน เพื่อให้การดำเนินงานของโรงพยาบาลเป็นไปด้วยความโปร่งใส จึงแต่งตั้งคณะกรรมการ"
                 "ขับเคลื่อนและกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้"))
    _para(doc, th("1. คณะกรรมการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส"), bold=True)
    rows = [["ที่", "ชื่อ – สกุล", "ตำแหน่ง", "หน้าที่"]]
    for i, (pr, _, name, pos, role) in enumerate(G3_COMMITTEE, 1):
        rows.append([th(str(i)), f"{pr}{name}", pos, role])
    t = table(doc, rows, [0.9, 6.0, 6.2, 3.9], centre_cols=(0,), fill="E2EFDA")
    size_all(t, 13)
    keep_rows(t)
    _para(doc, th("มีหน้าที่ กำกับ ติดตาม และรายงานผลการดำเนินงานตามมาตรการต่อผู้อำนวยการโรงพยาบาลทุก 3 เดือน"))
    _para(doc, th("2. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"), bold=True).paragraph_format.space_before = \
        Pt(6)
    rows = [["ที่", "มาตรการ", "ตัวชี้วัด ITA", "ระยะเวลา", "ผู้รับผิดชอบ"]]
    for i, m in enumerate(G3_MEAS, 1):
        rows.append([th(str(i)), th(m[0]), th(m[1]), th(m[2]), th(m[3])])
    t = table(doc, rows, [0.9, 6.2, 2.2, 3.0, 4.7], centre_cols=(0, 2, 3), fill="E2EFDA")
    size_all(t, 13)
    keep_rows(t)
    body(doc, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    body(doc, th("ประกาศ ณ วันที่ 3 พฤศจิกายน พ.ศ. 2568"), first=6.0)
    _para(doc, "")
    sig_table(doc, [[""], ["(ลงชื่อ)" + DOTS[:30], "(นายแพทย์ชาญณรงค์ ทองมี)", f"ผู้อำนวยการ{G3_UNIT}"]],
              [6.0, 11.0])
    _cs_sizes(doc)
    people = [P(role, rk, name, pos) for _, rk, name, pos, role in G3_COMMITTEE]
    people.append(P("ผู้ลงนาม", "นพ.", "ชาญณรงค์ ทองมี", f"ผู้อำนวยการ{G3_UNIT}"))
    facts = {
        "notes": "PRODUCER TESTED: a Writer document exported as a TAGGED PDF (LibreOffice, UseTaggedPDF: structure "
                 "tree, marked content, 'Tagged: yes') with a TEXT WATERMARK: the word 'สำเนา' in a large (100 pt) "
                 "light-grey bold text box anchored to the page centre BEHIND the text, set in the page header so "
                 "that it is repeated on every page. It is REAL TEXT in the PDF's text layer (it sits in the "
                 "middle of the page, among the table rows it overlaps) and a text box in the .docx header: it is "
                 "NOT a fact -- not a title, not a measure, not a person, not part of any cell -- and the "
                 "document's title is not 'สำเนา'; in the text order it comes FIRST on each page, before the "
                 "heading. TEXT LAYER: pdftotext reads the Thai cleanly; pypdfium2 puts some trailing marks after "
                 "the next space ('นายอภิสิทธิ พลราชม ์' for 'นายอภิสิทธิ์ พลราชม', 'ได ้') -- the file is the usual "
                 "Writer export, only tagged. Announcement (ประกาศ) of a community hospital, Kinnari 13-16, "
                 "Thai digits. Scores (ITA 2568, opening paragraph): overall 88.93 (A), indicator 7 (EIT, "
                 "ประสิทธิภาพการสื่อสาร) 83.40, indicator 4 (IIT, การใช้ทรัพย์สินของราชการ) 84.15; 'เกณฑ์ ๘๕ "
                 "คะแนน' is the pass mark. Measures: the six rows of table 2 'ที่ | มาตรการ | ตัวชี้วัด ITA | "
                 "ระยะเวลา | ผู้รับผิดชอบ'; title = the มาตรการ cell; indicator_no from the ตัวชี้วัด ITA column "
                 "(9, 10, 4, 1, 8; '-' null). Periods: '๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙' 2025-10-01..2026-09-30; "
                 "'ต.ค. – พ.ย. ๒๕๖๘' 2025-10-01..2025-11-30; 'ม.ค. – มี.ค. ๒๕๖๙' 2026-01-01..2026-03-31; "
                 "'ก.พ. ๒๕๖๙' the month 2026-02-01..2026-02-28; 'เม.ย. – มิ.ย. ๒๕๖๙' 2026-04-01..2026-06-30; "
                 "'ภายใน ๓๑ ก.ค. ๒๕๖๙' a deadline (end 2026-07-31 only). The committee's duty line 'รายงานผล... "
                 "ทุก ๓ เดือน' is its terms of reference, not a measure (blind11 l1); the announcement date "
                 "'๓ พฤศจิกายน พ.ศ. ๒๕๖๘' is not a period. Owners: 'นายอภิสิทธิ์ พลราชม' over "
                 "'นักวิชาการคอมพิวเตอร์ปฏิบัติการ' one person; 'ผู้อำนวยการโรงพยาบาล' a position; "
                 "'กลุ่มงานบริหารทั่วไป' over 'งานพัสดุ' two org units (one per line, as blind19 v3); "
                 "'กลุ่มงานบริหารทรัพยากรบุคคล' and 'กลุ่มการพยาบาล' org units; 'เลขานุการคณะกรรมการฯ' a position "
                 "(the committee's secretary; kept as printed with ฯ). People: the six committee members of table "
                 "1 'ที่ | ชื่อ – สกุล | ตำแหน่ง | หน้าที่' with their printed roles (ประธานกรรมการ, "
                 "รองประธานกรรมการ, กรรมการ x3, กรรมการและเลขานุการ; as blind11 l1 / blind27 e27_3); 'นายแพทย์' -> "
                 "rank นพ., นางสาว -> น.ส.; and the director who signs the announcement (no role printed: "
                 "ผู้ลงนาม). 7 people.",
        "scores": [S("overall", 88.93, 2568, rating="A"), S("indicator", 83.40, 2568, "EIT", 7),
                   S("indicator", 84.15, 2568, "IIT", 4)],
        "measures": [M(th(m[0]), m[4], ind=m[5], start=m[6], end=m[7]) for m in G3_MEAS],
        "people": people,
        "findings": [],
    }
    document = {
        "unit": G3_UNIT, "unit_type": "hospital", "province": "ร้อยเอ็ด", "fiscal_year": 2569,
        "doc_type": "measures",
        "title": th(f"{G3_TITLE1} {G3_TITLE2}"),
        "notes": "Announcement of 3 พ.ย. 2568 (FY 2569) of a community hospital's FY 2569 measures and its driving "
                 "committee, quoting the ITA 2568 result: fiscal_year 2569. Title = the two centred heading lines "
                 "(the เรื่อง line alone with the year also acceptable); the watermark 'สำเนา' is not the title. "
                 "Province from the first body sentence ('อำเภอพนมไพร จังหวัดร้อยเอ็ด'). doc_type measures.",
    }
    return doc, facts, document


# ------------------------------------------------------------------------------------------ g28_4

G4_UNIT = "สถานีตำรวจภูธรเขาวงทอง"
G4_TOOLS = {"IIT": 92.40, "EIT": 89.80, "OIT": 85.50}
G4_OVERALL = 88.86   # 0.3*92.40 + 0.3*89.80 + 0.4*85.50 = 88.86
# no, action, owner cell, period cell, gold title, owners, ind, start, end
G4_ACTS = [
    ("1", "ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ของสถานีให้ครบตามแบบตรวจ OIT ทั้ง 33 ข้อ (ตัวชี้วัดที่ 9)",
     "ร.ต.อ.ธนวัฒน์ ศรีคำ\nรอง สว.อก.สภ.เขาวงทอง", "พ.ย. – ธ.ค. 2568",
     "ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ของสถานีให้ครบตามแบบตรวจ OIT ทั้ง 33 ข้อ",
     [O("ร.ต.อ.", "ธนวัฒน์ ศรีคำ", "รอง สว.อก.สภ.เขาวงทอง")], 9, "2025-11-01", "2025-12-31"),
    ("2", "จัดทำรายงานการใช้จ่ายงบประมาณและสรุปผลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ทางเว็บไซต์ (ตัวชี้วัดที่ 10)",
     "งานอำนวยการ", "ต.ค. 2568 – ก.ย. 2569",
     "จัดทำรายงานการใช้จ่ายงบประมาณและสรุปผลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ทางเว็บไซต์",
     [O(org="งานอำนวยการ")], 10, "2025-10-01", "2026-09-30"),
    ("3", "ประชุมชี้แจงข้าราชการตำรวจทุกสายงานเรื่องแนวทางการประเมิน ITA และการตอบแบบวัด IIT",
     "สว.อก.สภ.เขาวงทอง", "ภายใน 15 ม.ค. 2569",
     "ประชุมชี้แจงข้าราชการตำรวจทุกสายงานเรื่องแนวทางการประเมิน ITA และการตอบแบบวัด IIT",
     [O(pos="สว.อก.สภ.เขาวงทอง")], None, None, "2026-01-15"),
    ("4", "ติดตั้งป้ายประชาสัมพันธ์ช่องทางร้องเรียนและ QR Code ประเมินความพึงพอใจ ณ จุดบริการประชาชน",
     "ด.ต.สมบัติ ภูกองไชย\nผบ.หมู่ (ป.)\nงานป้องกันปราบปราม", "ม.ค. – ก.พ. 2569",
     "ติดตั้งป้ายประชาสัมพันธ์ช่องทางร้องเรียนและ QR Code ประเมินความพึงพอใจ ณ จุดบริการประชาชน",
     [O("ด.ต.", "สมบัติ ภูกองไชย", "ผบ.หมู่ (ป.)"), O(org="งานป้องกันปราบปราม")], None,
     "2026-01-01", "2026-02-28"),
]


def g4():
    doc = tight(new_doc("Laksaman", 15, landscape=False, margin=2.0), after=1)
    p = centre(doc, "บันทึกข้อความ", bold=True, size=24)
    p.paragraph_format.space_after = Pt(4)
    _memo_field(doc, "ส่วนราชการ", f"{G4_UNIT} (งานอำนวยการ)  โทร. 0 4386 1191", size=15)
    _memo_field(doc, "ที่", "กส 0017(กส).15/1288" + " " * 22 + "วันที่  14 พฤศจิกายน 2568", size=15)
    _memo_field(doc, "เรื่อง", "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 และแนวทางการยกระดับผลการประเมิน",
                size=15)
    _para(doc, "-" * 70)
    _para(doc, "เรียน  ผกก.สภ.เขาวงทอง")
    body(doc, "ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
              f"ประจำปีงบประมาณ พ.ศ. 2568 แล้ว นั้น งานอำนวยการ{G4_UNIT} ขอรายงานผลการประเมิน ดังนี้", first=2.5)
    body(doc, "1. ผลการประเมินของสถานี", first=2.5, bold=True)
    body(doc, f"1.1 คะแนนรวม {G4_OVERALL:.2f} คะแนน ระดับ A (ปี 2567 ได้ 84.62 คะแนน ระดับ B)", first=0, left=2.5)
    body(doc, f"1.2 แยกตามเครื่องมือ ได้แก่ IIT {G4_TOOLS['IIT']:.2f} คะแนน  EIT {G4_TOOLS['EIT']:.2f} คะแนน  "
              f"OIT {G4_TOOLS['OIT']:.2f} คะแนน", first=0, left=2.5)
    body(doc, "1.3 ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 80.00 คะแนน "
              "(ขาดข้อมูล 3 ข้อ จาก 33 ข้อ)", first=0, left=2.5)
    body(doc, "2. แนวทางการยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. 2569", first=2.5, bold=True)
    rows = [["ที่", "การดำเนินการ", "ผู้รับผิดชอบ", "ห้วงเวลา"]]
    rows += [[a[0], a[1], a[2], a[3]] for a in G4_ACTS]
    t = table(doc, rows, [0.9, 8.4, 4.6, 3.1], centre_cols=(0, 3), fill="D9D9D9")
    size_all(t, 13)
    keep_rows(t)
    body(doc, "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุมัติให้ดำเนินการตามแนวทางดังกล่าวต่อไป", first=2.5) \
        .paragraph_format.space_before = Pt(6)
    _para(doc, "")
    sig_table(doc, [[""], ["(ลงชื่อ) ร.ต.อ. " + DOTS[:26], "( ธนวัฒน์ ศรีคำ )", "รอง สว.อก.สภ.เขาวงทอง"]],
              [6.0, 11.0])
    _para(doc, "")
    sig_table(doc, [["- ทราบ", "- อนุมัติ", "(ลงชื่อ) พ.ต.อ. " + DOTS[:22], "( วีระยุทธ ชัยสงคราม )",
                     "ผกก.สภ.เขาวงทอง", "14 พ.ย. 2568"], [""]], [9.0, 8.0])
    _cs_sizes(doc)
    scores = [S("overall", G4_OVERALL, 2568, rating="A"), S("overall", 84.62, 2567, rating="B")]
    scores += [S("tool", v, 2568, k) for k, v in G4_TOOLS.items()]
    scores.append(S("indicator", 80.00, 2568, "OIT", 9))
    return doc, {
        "notes": "PRODUCER TESTED: the .pdf was printed by LibreOffice Writer and then RE-DISTILLED by Ghostscript "
                 "pdfwrite (gs -sDEVICE=pdfwrite; Producer 'GPL Ghostscript ...', Creator still 'Writer') and "
                 "linearized by qpdf (--linearize --object-streams=generate): the fonts are re-embedded as simple "
                 "TrueType subsets under NEW six-letter prefixes with a WinAnsi-labelled encoding (not the "
                 "Writer export's own subsets), the ToUnicode maps are rebuilt by Ghostscript, the structure tree "
                 "is gone and the file is linearized with object streams. See TEXT LAYER below for what this does "
                 "to the Thai text. บันทึกข้อความ of a police station (Laksaman 13-17, Arabic digits). Scores "
                 "(section 1): ITA 2568 overall 88.86 (A) and, in its bracket, 2567 overall 84.62 (B); tools IIT "
                 "92.40, EIT 89.80, OIT 85.50 (0.3/0.3/0.4 gives 88.86); indicator 9 (OIT, "
                 "การเปิดเผยข้อมูล) 80.00, the lowest. Not scores: '3 ข้อ จาก 33 ข้อ' (missing OIT items), the "
                 "document number 'กส 0017(กส).15/1288', the phone, the section numbers 1.1-1.3. Measures: the four "
                 "rows of the table 'ที่ | การดำเนินการ | ผู้รับผิดชอบ | ห้วงเวลา' under '2. แนวทางการยกระดับ...'; "
                 "title = the การดำเนินการ cell without a trailing '(ตัวชี้วัดที่ n)' tag (a title keeping it "
                 "matches by prefix), which gives indicator_no 9 and 10 for rows 1-2; rows 3-4 name none ('แบบวัด "
                 "IIT' and 'แบบตรวจ OIT' are tools): null. Periods (FY 2569): 'พ.ย. – ธ.ค. 2568' "
                 "2025-11-01..2025-12-31; 'ต.ค. 2568 – ก.ย. 2569' 2025-10-01..2026-09-30; 'ภายใน 15 ม.ค. 2569' a "
                 "deadline (end 2026-01-15 only); 'ม.ค. – ก.พ. 2569' 2026-01-01..2026-02-28. Owners: "
                 "'ร.ต.อ.ธนวัฒน์ ศรีคำ' over 'รอง สว.อก.สภ.เขาวงทอง' one person (rank glued to the name); "
                 "'งานอำนวยการ' an org unit; 'สว.อก.สภ.เขาวงทอง' a position; row 4 'ด.ต.สมบัติ ภูกองไชย' / "
                 "'ผบ.หมู่ (ป.)' / 'งานป้องกันปราบปราม' = a person and an org unit on the third line (as blind24 a4 "
                 "measure 3). People: the writer who signs (police style: rank before the dots, name in brackets, "
                 "post below; no role printed: ผู้ลงนาม; also row 1's owner) and the superintendent who signs under "
                 "'- ทราบ' / '- อนุมัติ' (role ผู้อนุมัติ, as blind24 a2; '14 พ.ย. 2568' under his post is a date). "
                 "The addressee 'ผกก.สภ.เขาวงทอง' in เรียน is the same superintendent, not a separate person. "
                 "TEXT LAYER (checked with pdftotext and pypdfium2; the page IMAGE is correct): Ghostscript's "
                 "rebuilt ToUnicode maps GARBLE some Thai in the text layer, as real re-distilled files do: every "
                 "SARA AM comes out as 'ำา' (U+0E33 followed by an extra U+0E32: 'สถานีตำารวจ', 'งานอำานวยการ', "
                 "'ประจำาปี', 'จัดทำารายงาน', 'ศรีคำา', 'ตำ่าสุด') and the bold header 'ผู้รับผิดชอบ' reads "
                 "'ผ้้รับผิดชอบ' (SARA UU mapped as MAI THO); pdftotext also splits some clusters ('ตัวชีว้ ัด'). The "
                 "gold is the text as printed on the page ('ศรีคำ', 'งานอำนวยการ', 'จัดทำรายงาน...'): a reader "
                 "that takes the text layer as it is misses row 2's title and owner, row 1's owner and the "
                 "signer's name unless it repairs the doubled vowel; the .docx has the clean text.",
        "scores": scores,
        "measures": [M(a[4], a[5], ind=a[6], start=a[7], end=a[8]) for a in G4_ACTS],
        "people": [P("ผู้ลงนาม", "ร.ต.อ.", "ธนวัฒน์ ศรีคำ", "รอง สว.อก.สภ.เขาวงทอง"),
                   P("ผู้อนุมัติ", "พ.ต.อ.", "วีระยุทธ ชัยสงคราม", "ผกก.สภ.เขาวงทอง")],
        "findings": [],
    }, {
        "unit": G4_UNIT, "unit_type": "police_station", "province": "กาฬสินธุ์", "fiscal_year": 2568,
        "doc_type": "analysis",
        "title": "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 และแนวทางการยกระดับผลการประเมิน",
        "notes": "Memo dated 14 พ.ย. 2568 (in FY 2569) reporting the ITA 2568 result with improvement actions for "
                 "FY 2569: fiscal_year 2568, the result it reports (as blind24 a2 / blind18 u4). doc_type analysis. "
                 "Title = the เรื่อง line. Province: the document code 'กส' (กาฬสินธุ์) and the station's name; no "
                 "province is written out in full (a reader may leave it null). The PDF producer (Ghostscript) does "
                 "not change the document facts.",
    }


# ------------------------------------------------------------------------------------------ build

REPORTS = {
    "g28_1_calc_spreadsheet_quarter_ticks_measures_plan_sao_huai_yang_thong": g1,
    "g28_2_chromium_web_news_post_indicator_table_owner_brackets_school_non_khun_thong": g2,
    "g28_3_tagged_pdf_text_watermark_committee_measures_hospital_phanom_phrai_thong": g3,
    "g28_4_ghostscript_redistilled_police_memo_khao_wong_thong": g4,
}


def _pdf_g1(stem: str) -> None:
    SRC.mkdir(exist_ok=True)
    xlsx = SRC / f"{stem}.xlsx"
    g1_xlsx(xlsx)
    _soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(xlsx)], HERE)


def _pdf_g2(stem: str) -> None:
    SRC.mkdir(exist_ok=True)
    page = SRC / f"{stem}.html"
    page.write_text(g2_html(), encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="ita-b28-site-") as site:
        served = Path(site) / G2_PATH.lstrip("/")
        served.parent.mkdir(parents=True)
        shutil.copyfile(page, served)
        _serve_and_print(Path(site), G2_PATH, HERE / f"{stem}.pdf")


def _pdf_g3(stem: str) -> None:
    opts = '{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    _soffice(["--convert-to", f"pdf:writer_pdf_Export:{opts}", "--outdir", str(HERE), str(HERE / f"{stem}.docx")],
             HERE)


def _pdf_g4(stem: str) -> str:
    out = HERE / f"{stem}.pdf"
    with tempfile.TemporaryDirectory(prefix="ita-b28-gs-") as tmp:
        tmp = Path(tmp)
        _soffice(["--convert-to", "pdf", "--outdir", str(tmp), str(HERE / f"{stem}.docx")], HERE)
        writer_pdf = tmp / f"{stem}.pdf"
        gs = shutil.which("gs")
        qpdf = shutil.which("qpdf")
        steps = []
        src = writer_pdf
        if gs:
            subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                            "-dCompatibilityLevel=1.4", f"-sOutputFile={tmp / 'gs.pdf'}", str(src)],
                           check=True, timeout=300)
            src = tmp / "gs.pdf"
            steps.append("gs pdfwrite")
        if qpdf:
            subprocess.run([qpdf, "--linearize", "--object-streams=generate", str(src), str(tmp / "q.pdf")],
                           check=True, timeout=300)
            src = tmp / "q.pdf"
            steps.append("qpdf --linearize")
        shutil.copyfile(src, out)
    return " + ".join(steps) or "none"


PDF_MAKERS = {"g28_1": _pdf_g1, "g28_2": _pdf_g2, "g28_3": _pdf_g3, "g28_4": _pdf_g4}


def main() -> None:
    save_reports(HERE, REPORTS)
    if "--no-pdf" in sys.argv:
        return
    for stem in REPORTS:
        PDF_MAKERS[stem[:5]](stem)
        if not (HERE / f"{stem}.pdf").exists():
            raise RuntimeError(f"{stem}.pdf was not made (is LibreOffice Calc installed? "
                               "apt-get install libreoffice-calc-nogui)")


if __name__ == "__main__":
    main()
