"""Small real Word/PDF test documents made on the fly.

`layout_docx` is a Thai report with a merged-cell table and a long table
that LibreOffice splits over pages (header row repeated, a tall row cut by
a page break); `to_pdf` exports it the way units do. `features_docx` holds
what python-docx alone would drop or repeat: content controls, a text box
(DrawingML with its VML fallback), merged and nested tables, page breaks.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

FONT = "Garuda"  # fonts-thai-tlwg

LONG_INDICATOR = "การเปิดเผยข้อมูลสาธารณะและการป้องกันการทุจริตในหน่วยงานผู้ใหญ่ใจดี"


def long_table_rows() -> list[list[str]]:
    """Header + 40 rows; every third row wraps over several lines in its cell."""
    rows = [["ลำดับ", "ตัวชี้วัด", "คะแนน"]]
    for i in range(1, 41):
        text = f"ตัวชี้วัดที่ {i} {LONG_INDICATOR}" if i % 3 == 1 else f"คำถามข้อ {i}"
        rows.append([str(i), text, f"{90 + i % 10}.50"])
    return rows


MERGED_ROWS = [["ด้าน", "ผลการประเมิน"], ["ด้านที่ 1", "ข้อ ก", "80"], ["", "ข้อ ข", "90"]]


def thai_document() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    fonts = style.element.rPr.rFonts
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), "28")
    style.element.rPr.append(size_cs)
    return doc


def mark_header_row(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def add_merged_table(doc: Document) -> None:
    """Row 0: a cell spanning two columns; column 0: a cell spanning rows 1-2."""
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).text = "ด้าน"
    span = table.cell(0, 1).merge(table.cell(0, 2))
    span.text = "ผลการประเมิน"
    tall = table.cell(1, 0).merge(table.cell(2, 0))
    tall.text = "ด้านที่ 1"
    for r, (item, score) in enumerate([("ข้อ ก", "80"), ("ข้อ ข", "90")], start=1):
        table.cell(r, 1).text = item
        table.cell(r, 2).text = score


def add_long_table(doc: Document) -> None:
    rows = long_table_rows()
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    mark_header_row(table.rows[0])
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def layout_docx(path: Path) -> Path:
    doc = thai_document()
    doc.add_heading("รายงานผลการประเมินตัวชี้วัด", level=1)
    doc.add_paragraph(
        "คำถามที่ใช้ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "ประจำปีงบประมาณ พ.ศ. 2567"
    )
    doc.add_paragraph("ตารางที่ 1 ผลการประเมินรายด้าน")
    add_merged_table(doc)
    for i in range(1, 5):
        doc.add_paragraph(f"ย่อหน้าที่ {i} ข้อความสำหรับทดสอบการแบ่งหน้า ผู้ใหญ่ ตัวชี้วัด คำถาม")
    doc.add_paragraph("ตารางที่ 2 คะแนนรายตัวชี้วัด")
    add_long_table(doc)
    doc.add_paragraph("ข้อความหลังตาราง สรุปผลการดำเนินงาน")
    doc.save(path)
    return path


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEXT_BOX_RUN = f"""
<w:r {W_NS}
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:inline><wp:extent cx="2000000" cy="500000"/><wp:docPr id="10" name="กล่องข้อความ 1"/>
          <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>
              <wps:txbx><w:txbxContent><w:p><w:r><w:t>ข้อความในกล่องข้อความ</w:t></w:r></w:p></w:txbxContent></wps:txbx>
              <wps:bodyPr/></wps:wsp>
          </a:graphicData></a:graphic>
        </wp:inline>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>ข้อความในกล่องข้อความ</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""

BLOCK_CONTROL = f"""
<w:sdt {W_NS}><w:sdtPr><w:alias w:val="หน่วยงาน"/></w:sdtPr>
  <w:sdtContent><w:p><w:r><w:t>ชื่อหน่วยงานในตัวควบคุมเนื้อหา</w:t></w:r></w:p></w:sdtContent>
</w:sdt>"""

RUN_CONTROL = f"""
<w:sdt {W_NS}><w:sdtPr><w:alias w:val="ปี"/></w:sdtPr>
  <w:sdtContent><w:r><w:t>2567</w:t></w:r></w:sdtContent>
</w:sdt>"""

ROW_CONTROL_ROW = f"""
<w:sdt {W_NS}><w:sdtPr/><w:sdtContent>
  <w:tr><w:tc><w:p><w:r><w:t>แถวในตัวควบคุม</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>100</w:t></w:r></w:p></w:tc></w:tr>
</w:sdtContent></w:sdt>"""


def page_break_run() -> object:
    return parse_xml(f'<w:r {W_NS}><w:t>ก่อนขึ้นหน้าใหม่</w:t><w:br w:type="page"/><w:t>หน้าสอง</w:t></w:r>')


def features_docx(path: Path) -> Path:
    doc = thai_document()
    body = doc.element.body
    doc.add_heading("เอกสารทดสอบโครงสร้าง", level=1)
    year = doc.add_paragraph("ปีงบประมาณ ")
    year._p.append(parse_xml(RUN_CONTROL))
    year.add_run(" ของหน่วยงาน")
    body.insert(len(body) - 1, parse_xml(BLOCK_CONTROL))  # before the final sectPr
    box = doc.add_paragraph("ย่อหน้าที่มีกล่องข้อความ")
    box._p.append(parse_xml(TEXT_BOX_RUN))

    add_merged_table(doc)

    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "หัวข้อ"
    outer.cell(0, 1).text = "รายละเอียด"
    outer.cell(1, 0).text = "ตารางซ้อน"
    inner_cell = outer.cell(1, 1)
    inner_cell.text = "ภายนอก"
    inner = inner_cell.add_table(rows=2, cols=2)
    for r, values in enumerate([["ก", "ข"], ["ค", "ง"]]):
        for c, value in enumerate(values):
            inner.cell(r, c).text = value
    outer._tbl.append(parse_xml(ROW_CONTROL_ROW))

    doc.add_paragraph()._p.append(page_break_run())
    breaker = doc.add_paragraph("หน้าสามเริ่มที่นี่")
    breaker.paragraph_format.page_break_before = True
    doc.save(path)
    return path


# ---------------------------------------------------------------------------
# LibreOffice


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, outdir: Path, profile: Path, *, password: str | None = None) -> Path:
    """Export with LibreOffice (a throwaway profile, so runs never share one)."""
    target = "pdf"
    if password is not None:
        target = (
            'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
            f'"DocumentOpenPassword":{{"type":"string","value":"{password}"}}}}'
        )
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice did not write {pdf}"
    return pdf


# ---------------------------------------------------------------------------
# A password-protected Office file: an OLE compound file (MS-CFB) holding the
# EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO).

END_OF_CHAIN, FREE_SECT, FAT_SECT, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def dir_entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name.encode("utf-16-le") + b"\0\0") if name else b""
    entry = encoded.ljust(64, b"\0")
    entry += struct.pack("<HBB", len(encoded), kind, 1)
    entry += struct.pack("<III", NO_STREAM, right, child)
    entry += b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # clsid, state bits, times
    entry += struct.pack("<IQ", start, size)
    return entry.ljust(128, b"\0")


def encrypted_office_file(path: Path) -> Path:
    """Streams of 4 KiB each (so no mini stream is needed): sector 0 FAT,
    sector 1 directory, sectors 2-9 EncryptionInfo, 10-17 EncryptedPackage."""
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00".ljust(4096, b"\0")  # agile encryption header
    package = struct.pack("<Q", 12345) + bytes(range(256)) * 15 + b"\0" * 248
    fat = [FAT_SECT, END_OF_CHAIN]
    for first, count in ((2, 8), (10, 8)):
        fat += [first + k + 1 for k in range(count - 1)] + [END_OF_CHAIN]
    fat_sector = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    directory = (
        dir_entry("Root Entry", 5, 1, NO_STREAM, END_OF_CHAIN, 0)
        + dir_entry("EncryptionInfo", 2, NO_STREAM, 2, 2, len(info))
        + dir_entry("EncryptedPackage", 2, NO_STREAM, NO_STREAM, 10, len(package))
        + dir_entry("", 0, NO_STREAM, NO_STREAM, 0, 0)
    )
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    header += struct.pack("<109I", 0, *([FREE_SECT] * 108))
    path.write_bytes(header + fat_sector + directory + info + package)
    return path


# ---------------------------------------------------------------------------
# Line breaks inside table cells

CELL_BREAK_ROWS = [
    ["ผู้รับผิดชอบ", "รายละเอียด"],
    # two paragraphs typed in one cell: each a line of its own
    ["สำนักปลัด\nกองคลัง", "1. จัดทำประกาศแนวปฏิบัติ\n2. เผยแพร่ให้บุคลากรทราบ"],
    # one paragraph that wraps in its cell: joined back, Thai without a space
    ["งานพัสดุ", "จัดทำทะเบียนคุมการยืมพัสดุและครุภัณฑ์ของหน่วยงานและตรวจสอบพัสดุประจำปีให้ครบถ้วนทุกรายการ"],
]


def cell_breaks_docx(path: Path) -> Path:
    """A two-column table whose cells hold several paragraphs (hard breaks)
    or one paragraph long enough to wrap."""
    doc = thai_document()
    doc.add_paragraph("ตารางผู้รับผิดชอบ")
    table = doc.add_table(rows=len(CELL_BREAK_ROWS), cols=2)
    table.style = "Table Grid"
    for r, values in enumerate(CELL_BREAK_ROWS):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            first, *rest = value.split("\n")
            cell.text = first
            for para in rest:
                cell.add_paragraph(para)
    doc.save(path)
    return path
