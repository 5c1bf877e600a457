"""extract_pdf on real PDFs: LibreOffice exports of Thai Word reports made
here, the sample reports, and a real unit's file from the field corpus."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from conftest import FIELDCORPUS, SAMPLES, needs
from extractors.docx import extract_docx
from extractors.errors import ExtractionError
from extractors.pdf import column_right_edges, extract_pdf
from thai_docs import CELL_BREAK_ROWS, MERGED_ROWS, cell_breaks_docx, layout_docx, long_table_rows, to_pdf

PUA = re.compile("[\uf700-\uf8ff]")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def lo_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lo")


@pytest.fixture(scope="module")
def layout_pdf(lo_dir) -> Path:
    docx = layout_docx(lo_dir / "layout.docx")
    return to_pdf(docx, lo_dir, lo_dir / "profile")


@pytest.fixture(scope="module")
def layout(layout_pdf):
    return extract_pdf(layout_pdf)


@needs("soffice")
def test_thai_page_text_is_read_right(layout):
    text = "\n".join(p.text for p in layout.pages)
    for word in ("ตัวชี้วัด", "คำถาม", "ผู้ใหญ่", "ประจำปีงบประมาณ", "การป้องกัน"):
        assert word in text
    assert "ำา" not in text and "ตัวชวี้" not in text and "ผ้้" not in text
    assert not PUA.search(text)
    assert "\r" not in text
    assert layout.page_count == len(layout.pages) > 1
    assert layout.text_source == "native"


@needs("soffice")
def test_merged_cells_counted_once(layout):
    merged = [t for t in layout.tables if t.rows and t.rows[0][0] == "ด้าน"]
    assert len(merged) == 1
    assert merged[0].rows == MERGED_ROWS  # same as the Word table reads


@needs("soffice")
def test_table_over_pages_is_one_table(layout):
    tables = [t for t in layout.tables if t.rows and t.rows[0] == ["ลำดับ", "ตัวชี้วัด", "คะแนน"]]
    assert len(tables) == 1, "the long table came out in pieces"
    table = tables[0]
    assert table.first_page < table.last_page
    # header repeated on every page by LibreOffice, kept once; a row cut by a
    # page break is whole again; wrapped Thai joins without spaces
    assert table.rows == long_table_rows()


@needs("soffice")
def test_blocks_in_reading_order(layout):
    kinds = [(b.kind, b.text if b.kind == "paragraph" else b.table.rows[0][0]) for b in layout.blocks]
    order = [k for _, k in kinds]
    assert order.index("รายงานผลการประเมินตัวชี้วัด") < order.index("ตารางที่ 1 ผลการประเมินรายด้าน")
    assert order.index("ตารางที่ 1 ผลการประเมินรายด้าน") < order.index("ด้าน") < order.index("ลำดับ")
    assert order.index("ลำดับ") < order.index("ข้อความหลังตาราง สรุปผลการดำเนินงาน")
    # a paragraph wrapped over two lines is one block, joined without a break
    assert (
        "คำถามที่ใช้ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567"
        in order
    )
    # one Word paragraph per line here: not glued together
    assert "ย่อหน้าที่ 1 ข้อความสำหรับทดสอบการแบ่งหน้า ผู้ใหญ่ ตัวชี้วัด คำถาม" in order
    pages = [b.page for b in layout.blocks]
    assert pages == sorted(pages)


@needs("soffice")
def test_faster_than_pdfplumber(layout_pdf):
    """The point of reading with PDFium: at least twice pdfplumber's speed."""
    import pdfplumber

    extract_pdf(layout_pdf)  # warm-up (imports, word list)
    start = time.perf_counter()
    extract_pdf(layout_pdf)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    with pdfplumber.open(layout_pdf) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
    theirs = time.perf_counter() - start
    assert theirs / ours > 2.0


# ---------------------------------------------------------------------------
# Files that cannot be read


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ExtractionError, match=r"empty file \(0 bytes\)"):
        extract_pdf(empty)


@needs("soffice")
def test_truncated_file(tmp_path, layout_pdf):
    data = layout_pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ExtractionError, match=r"damaged PDF \(file is truncated or corrupt\)"):
        extract_pdf(cut)


def test_corrupt_file(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(ExtractionError, match="damaged PDF"):
        extract_pdf(junk)


@needs("soffice")
def test_encrypted_file(lo_dir):
    secret_dir = lo_dir / "secret"
    secret_dir.mkdir(exist_ok=True)
    docx = layout_docx(secret_dir / "secret.docx")
    pdf = to_pdf(docx, secret_dir, lo_dir / "profile", password="secret")
    with pytest.raises(ExtractionError, match="encrypted PDF: ask the unit for an unprotected copy"):
        extract_pdf(pdf)


# ---------------------------------------------------------------------------
# The sample reports: each PDF is the LibreOffice export of its .docx


def sample_pairs() -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix(".docx")) for p in sorted(SAMPLES.glob("s*.pdf")) if p.with_suffix(".docx").exists()]


@pytest.mark.skipif(not sample_pairs(), reason="no sample reports")
@pytest.mark.parametrize("pdf,docx", sample_pairs(), ids=lambda p: p.stem[:4])
def test_sample_tables_match_word(pdf, docx):
    """Nearly every row of the Word tables comes out of the PDF as a row
    (cell text equal but for whitespace): cells, merged cells, tables and
    rows cut by page breaks all reassembled."""
    rows_pdf = {tuple(squash(c) for c in r) for t in extract_pdf(pdf).tables for r in t.rows}
    rows_word = [tuple(squash(c) for c in r) for t in extract_docx(docx).tables for r in t.rows if any(r)]
    found = sum(r in rows_pdf for r in rows_word)
    assert found >= 0.95 * len(rows_word), f"{found}/{len(rows_word)} Word table rows found"


@pytest.mark.skipif(not sample_pairs(), reason="no sample reports")
@pytest.mark.parametrize("pdf,docx", sample_pairs(), ids=lambda p: p.stem[:4])
def test_sample_text_is_complete(pdf, docx):
    document = extract_pdf(pdf)
    text = squash("".join(p.text for p in document.pages))
    assert "ำา" not in text and not PUA.search(text)
    reference = SAMPLES / "reference" / (pdf.stem + ".txt")
    if reference.exists():
        lines = [squash(line) for line in reference.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = sum(line in text for line in lines)
        assert found >= 0.98 * len(lines), f"{found}/{len(lines)} reference lines in the page text"


@pytest.mark.skipif(not sample_pairs(), reason="no sample reports")
@pytest.mark.parametrize("pdf,docx", sample_pairs(), ids=lambda p: p.stem[:4])
def test_sample_paragraphs_match_word(pdf, docx):
    """Most Word paragraphs come out as one paragraph block (PDF blocks
    also carry list bullets, and split at page ends)."""
    blocks = {squash(b.text) for b in extract_pdf(pdf).blocks if b.kind == "paragraph"}
    paras = [squash(b.text) for b in extract_docx(docx).blocks if b.kind == "paragraph" and len(squash(b.text)) >= 10]
    bulleted = {b[1:] for b in blocks if b[:1] in "•●▪-"}  # Word list bullets are not in its text
    found = sum(p in blocks or p in bulleted for p in paras)
    assert found >= 0.6 * len(paras), f"{found}/{len(paras)} Word paragraphs are PDF blocks"


# ---------------------------------------------------------------------------
# A real unit's file (its text layer is broken; only structure is checked)

PC03 = FIELDCORPUS / "pc03_procurement_analysis_report_2567.pdf"


@pytest.mark.skipif(not PC03.exists(), reason="field corpus not present")
def test_field_report_tables():
    document = extract_pdf(PC03)
    assert document.page_count == 8
    tables = document.tables
    assert len(tables) == 5
    assert all(t.first_page == t.last_page for t in tables)  # different columns: not merged
    assert [t.first_page for t in tables] == [4, 5, 6, 6, 6]
    supplies = tables[0]
    assert supplies.rows[0] == ["วัสดุทั่วไปและครุภัณฑ์"]  # a title row spanning all columns
    assert supplies.rows[1] == ["รายการ", "งบประมาณ", "จัดซื้อจริง", "ร้อยละ", "งบประมาณคงเหลือ"]
    assert supplies.rows[2] == ["วัสดุบริโภค", "785,000", "916,124", "100", "-131,124"]
    assert len(supplies.rows) == 11
    repairs = tables[1]
    assert repairs.n_cols == 4
    assert ["รายการ", "งบประมาณ", "จัดซื้อจริง", "งบประมาณคงเหลือ"] in repairs.rows
    # a name wrapped inside its cell joins back without a space
    assert ["ซ่อมครุภัณฑ์ยานพาหนะและขนส่ง", "300,000", "475,366.32", "-175,366.32"] in repairs.rows
    # paragraphs and tables interleave on page 4
    page4 = [b for b in document.blocks if b.page == 4]
    assert page4[-1].kind == "table"
    assert page4[-2].kind == "paragraph" and page4[-2].text.startswith("ตารางที่")


@needs("soffice")
@pytest.mark.parametrize("rotation,corner", [(0, "top_left"), (90, "bottom_left"), (180, "bottom_right"), (270, "top_right")])
def test_display_space_follows_page_rotation(layout_pdf, rotation, corner):
    """The user-space corner a viewer shows at the top left after /Rotate
    (clockwise) maps to display (0, 0); display size swaps for 90/270."""
    import pypdfium2 as pdfium

    from extractors.pdf import display_transform

    pdf = pdfium.PdfDocument(str(layout_pdf))
    page = pdf[0]
    page.set_rotation(rotation)
    to_display, width, height = display_transform(page)
    x0, y0, x1, y1 = page.get_cropbox()
    point = {"top_left": (x0, y1), "bottom_left": (x0, y0), "bottom_right": (x1, y0), "top_right": (x1, y1)}[corner]
    assert to_display(*point) == pytest.approx((0.0, 0.0))
    assert (width, height) == pytest.approx((x1 - x0, y1 - y0) if rotation in (0, 180) else (y1 - y0, x1 - x0))
    pdf.close()


def test_stray_tone_mark_goes_back_to_its_word():
    """PDFium reads a mark drawn from a fallback font after the next word
    ("ศักดิ นาลา์"); the glyph boxes put it back on ด ("ศักดิ์ นาลา")."""
    from extractors.pdf import Glyph, line_text, reattach_stray_marks

    def glyph(index, char, x0, width, mark=False, top=100.0, bottom=110.0, spaces=0):
        return Glyph(index, char, x0, top, x0 + width, bottom, 14.0, 110.0, 1, mark, spaces, False, index - 1)

    glyphs = [
        glyph(0, "ศ", 10, 7), glyph(1, "ั", 12, 5, mark=True, top=95, bottom=98), glyph(2, "ก", 17, 7),
        glyph(3, "ด", 24, 7), glyph(4, "ิ", 25, 5, mark=True, top=95, bottom=98),
        glyph(6, "น", 40, 7, spaces=1), glyph(7, "า", 47, 5), glyph(8, "ล", 52, 7), glyph(9, "า", 59, 5),
        glyph(10, "์", 26, 4, mark=True, top=90, bottom=94),  # drawn over ด, read last
    ]
    assert line_text(glyphs) == "ศักดิ นาลา์"
    assert line_text(reattach_stray_marks(glyphs)) == "ศักดิ์ นาลา"


def test_stray_mark_after_a_bracket_goes_back_to_its_word():
    """A tone mark drawn over ด but read after the ")" that follows it
    ("ภูมิภักดิ)์") sits on ด, not on the bracket: a Thai mark never rides
    on punctuation, however close the bracket's box is."""
    from extractors.pdf import Glyph, line_text, reattach_stray_marks

    def glyph(index, char, x0, width, mark=False, top=294.8, bottom=303.8):
        return Glyph(index, char, x0, top, x0 + width, bottom, 15.0, 303.8, 1, mark, 0, False, index - 1)

    glyphs = [  # boxes as PDFium reports them in tests/blind/b4 (page 5)
        glyph(0, "ด", 203.71, 6.83), glyph(1, "ิ", 204.1, 6.66, mark=True, top=290.2, bottom=293.5),
        glyph(2, ")", 212.35, 3.36, top=291.8, bottom=305.1),
        glyph(3, "์", 209.1, 3.76, mark=True, top=284.5, bottom=288.5),
    ]
    assert line_text(glyphs) == "ดิ)์"
    assert line_text(reattach_stray_marks(glyphs)) == "ดิ์)"


@pytest.fixture(scope="module")
def cell_breaks(lo_dir):
    docx = cell_breaks_docx(lo_dir / "cell_breaks.docx")
    return extract_pdf(to_pdf(docx, lo_dir, lo_dir / "profile"))


@needs("soffice")
def test_cell_keeps_hard_line_breaks(cell_breaks):
    """Paragraphs typed in one cell keep their line breaks ("\n"), list
    items start a line; a paragraph that wrapped in its cell joins back
    (Thai without a space)."""
    tables = cell_breaks.tables
    assert len(tables) == 1
    assert tables[0].rows == CELL_BREAK_ROWS


def test_cell_paragraphs_from_geometry():
    """A short line whose next word would have fitted after it ended its
    paragraph; a line filling the cell wrapped; "๑)" alone on a line goes
    on with its item; "ๆ" never opens a paragraph."""
    from extractors.pdf import Glyph, cell_paragraphs, lines_text

    def line(text, x0, baseline, width=7.0):
        return [Glyph(i, ch, x0 + i * width, baseline - 10, x0 + (i + 1) * width, baseline, 14.0, baseline, 1,
                      False, 1 if ch == " " else 0, False, i - 1) for i, ch in enumerate(text) if ch != " "]

    cell = (0.0, 0.0, 120.0, 200.0)  # 120 pt wide, text from x=6 to x=114
    def texts(*lines):
        return [lines_text(group) for group in cell_paragraphs(list(lines), cell, {})]

    assert texts(line("กองคลัง", 6, 20), line("กองช่าง", 6, 40)) == ["กองคลัง", "กองช่าง"]
    full = "การใช้ทรัพย์สินข"  # 15 glyphs x 7 pt = 105 pt: the line is full
    assert texts(line(full, 6, 20), line("องราชการ", 6, 40)) == [full + "องราชการ"]
    assert texts(line("๑)", 6, 20), line("ประสิทธิภาพ", 6, 40)) == ["๑) ประสิทธิภาพ"]
    assert texts(line("ต่าง", 6, 20), line("ๆ ที่มี", 6, 40)) == ["ต่างๆ ที่มี"]
    assert texts(line("ข้อความสั้น", 6, 20), line("1. รายการ", 6, 40)) == ["ข้อความสั้น", "1. รายการ"]


def test_cut_row_with_text_in_its_first_cell_is_merged():
    """A row cut by a page break whose first cell goes on too ("นางนงลักษณ์
    พรหม" / "วงศ์") is one row again when the first part reaches the bottom
    of the text area; a new row with text in every cell is not."""
    from extractors.pdf import PageBlock, append_rows

    def table(rows):
        return PageBlock("table", 1, 0.0, 100.0, rows=[list(r) for r in rows])

    head = ["ชื่อ - สกุล", "ตำแหน่ง", "หน้าที่"]
    first = table([head, ["นายวิชัย ศรีสมบัติ", "ปลัด", "ประธาน"], ["นางนงลักษณ์ พรหม", "หัวหน้าสำนักปลัด", "คณะทำงาน"]])
    append_rows(first, table([head, ["วงศ์", "", ""], ["นายธนากร ศรีบุญเรือง", "นักวิชาการ", "คณะทำงาน"]]),
                row_was_split=True, cut_at_bottom=True)
    assert first.rows[2] == ["นางนงลักษณ์ พรหมวงศ์", "หัวหน้าสำนักปลัด", "คณะทำงาน"]
    assert len(first.rows) == 4

    new_row = table([head, ["นายวิชัย ศรีสมบัติ", "ปลัด", "ประธาน"]])
    append_rows(new_row, table([["นายธนากร ศรีบุญเรือง", "นักวิชาการ", "คณะทำงาน"]]), row_was_split=True, cut_at_bottom=True)
    assert len(new_row.rows) == 3
    # the first part ending above the bottom of the text area: not cut there
    above = table([head, ["นางนงลักษณ์ พรหม", "หัวหน้าสำนักปลัด", "คณะทำงาน"]])
    append_rows(above, table([["วงศ์", "", ""]]), row_was_split=True, cut_at_bottom=False)
    assert len(above.rows) == 3
    # text where the row above has an empty cell is a new row
    gap = table([head, ["นางนงลักษณ์ พรหม", "", "คณะทำงาน"]])
    append_rows(gap, table([["วงศ์", "นักวิชาการ", ""]]), row_was_split=True, cut_at_bottom=True)
    assert len(gap.rows) == 3


BLIND = Path(__file__).parent / "blind"
B1 = BLIND / "b1_analysis_sao_khok_sa_at.pdf"
B4 = BLIND / "b4_minutes_tha_bo_municipality.pdf"


@pytest.mark.skipif(not B1.exists(), reason="blind reports not present")
def test_blind_rows_cut_by_page_breaks_are_whole():
    tables = extract_pdf(B1).tables
    rows = [r for t in tables for r in t.rows]
    assert ["นางนงลักษณ์ พรหมวงศ์", "หัวหน้าสำนักปลัด", "คณะทำงาน"] in rows
    assert not any(r[0] == "วงศ์" for r in rows)
    measure = next(r for r in rows if "Line Official" in "".join(r))
    assert measure[0].endswith("คอมพิวเตอร์") and measure[2].startswith("ปรับปรุงเว็บไซต์")
    assert not any(r[0] == "คอมพิวเตอร์" for r in rows)


@pytest.mark.skipif(not B4.exists(), reason="blind reports not present")
def test_blind_tone_mark_after_bracket():
    text = "\n".join(p.text for p in extract_pdf(B4).pages)
    assert "(นางสาวอรทัย ภูมิภักดิ์)" in text
    assert "ภูมิภักดิ)์" not in text


def test_a_paragraph_going_on_at_the_next_page_top_is_one_paragraph():
    """blind-8 minutes: "... ตัวชี้วัดที่ ๘ การปรับปรุงระบบ" ends page 1 on a full line and "การทำงาน
    ได้ ๘๖.๐๐ คะแนน ..." opens page 2 at the left edge; a signature block set to the right of
    the page (blind-3 d1) is no continuation of the one before it."""
    blind = Path(__file__).resolve().parent
    doc = extract_pdf(blind / "blind8" / "i1_minutes_ita_school_huai_sai.pdf")
    joined = [b for b in doc.blocks if b.kind == "paragraph" and "การปรับปรุงระบบ" in b.text]
    assert joined and "การปรับปรุงระบบการทำงาน ได้ ๘๖.๐๐ คะแนน" in joined[0].text
    doc = extract_pdf(blind / "blind3" / "b3_d1_analysis_pao_chaiyaphum.pdf")
    assert sum(b.text.count("ลงชื่อ") for b in doc.blocks if b.kind == "paragraph" and "ลงชื่อ" in b.text) == 2
    assert all(b.text.count("ลงชื่อ") <= 1 for b in doc.blocks if b.kind == "paragraph")


def test_a_paragraph_whose_last_line_ends_on_a_linking_word_goes_on_at_the_next_page():
    """blind-11 audit note: page 2 ends "...การกำกับติดตามการดำเนินงานและ", a line without spaces
    that justification could not stretch to the right edge (1.6 em short); "และ" ends no Thai
    sentence, so page 3's "การใช้จ่ายงบประมาณ ..." goes on with it."""
    doc = extract_pdf(Path(__file__).resolve().parent / "blind11" / "l4_audit_note_oit_lam_thap_thong_health_office.pdf")
    joined = [b for b in doc.blocks if b.kind == "paragraph" and "เห็นควรให้" in b.text]
    assert len(joined) == 1
    assert "การดำเนินงานและการใช้จ่ายงบประมาณ" in joined[0].text and joined[0].text.endswith("๒๘ กุมภาพันธ์ ๒๕๖๘")


def test_a_two_column_page_gives_whole_paragraphs():
    """blind-12 newsletter set in two columns: a column's lines wrap at the column's edge, not the
    page's; measured against the page's edge each line was a paragraph and the overall score's
    sentence was cut in six."""
    doc = extract_pdf(Path(__file__).resolve().parent / "blind12" / "m1_newsletter_two_columns_huai_yang_thong.pdf")
    texts = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๙๑.๒๗ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน อยู่ในระดับ A" in t for t in texts)
    assert not any(t == "แห่ง" for t in texts)


def test_column_edges_stay_the_page_edge_without_two_left_aligned_columns():
    one_column = [(50.0, 100.0 + 20 * k, 540.0 if k % 3 else 300.0, 115.0 + 20 * k) for k in range(20)]
    assert set(column_right_edges(one_column)) == {540.0}
    # two centred signature blocks side by side: no columns
    widths = (170.0, 120.0, 190.0, 100.0)  # "(ลงชื่อ) ......", "(นายสมชาย ใจดี)", the post, the date
    centred = [(middle - w / 2, 100.0 + 20 * k, middle + w / 2, 115.0 + 20 * k) for k in range(8)
               for middle, w in ((155.0, widths[k % 4]), (430.0, widths[(k + 1) % 4]))]
    assert set(column_right_edges(centred)) == {max(b[2] for b in centred)}
    columns = [(52.0, 100.0 + 20 * k, 286.0, 115.0 + 20 * k) for k in range(8)] + \
              [(310.0, 100.0 + 20 * k, 544.0, 115.0 + 20 * k) for k in range(8)]
    assert column_right_edges(columns) == [286.0] * 8 + [544.0] * 8


def test_shaded_month_cells_of_a_gantt_plan_are_read_over_two_pages():
    """blind-12 m2: the months an activity runs are grey filled boxes, no text. The table goes
    on at page 2 under its repeated header: the shading stays aligned with the merged rows, and
    row ๖ opening page 2 is a row of its own, not the rest of row ๕ (its shaded months are not
    all shaded in ๕: a cut row's rest is shaded only where the row was)."""
    from test_extract_docx import GANTT_MONTHS

    blind12 = Path(__file__).resolve().parent / "blind12"
    table = extract_pdf(blind12 / "m2_gantt_plan_police_na_wa_thong.pdf").tables[0]
    assert (table.first_page, table.last_page) == (1, 2)
    assert table.shaded is not None and [len(r) for r in table.shaded] == [len(r) for r in table.rows]
    body = {row[0]: [k - 3 for k, s in enumerate(shade) if s] for row, shade in zip(table.rows, table.shaded)
            if row[0] in set("๑๒๓๔๕๖๗")}
    assert body == GANTT_MONTHS


def test_cells_mostly_covered_by_a_visible_fill_are_shaded():
    """A fill covering most of a cell shades it, however it is cut into pieces; a thin bar (a
    rule) or a fill over a sliver of the cell does not. A scanned table's shading is not known."""
    from extractors.pdf import PageBlock, append_rows, edge_dict, find_ruled_tables, shaded_cells

    edges = [e for y in (0, 20, 40) for e in edge_dict((0, y), (90, y))]
    edges += [e for x in (0, 30, 60, 90) for e in edge_dict((x, 0), (x, 40))]
    grid = find_ruled_tables(edges, (0, 0, 100, 100))[0]
    fills = [(30, 0, 60, 20), (0, 20, 15, 40), (15, 20, 30, 40), (60, 20, 90, 24)]
    assert sorted(shaded_cells(grid, fills)) == [(0, 20, 30, 40), (30, 0, 60, 20)]
    assert shaded_cells(grid, []) == {}

    native = PageBlock("table", 1, 0, 40, rows=[["a", "b"], ["c", ""]], shaded=[[False, False], [False, True]])
    scanned = PageBlock("table", 2, 0, 40, rows=[["d", ""]], cell_confidence=[[0.9, None]])
    append_rows(native, scanned, row_was_split=False)
    assert native.shaded == [[False, False], [False, True], [False, False]]


def test_an_abbreviation_at_a_line_start_is_no_list_marker():
    """blind-15: a paragraph's line "พ.ศ. ๒๕๖๘ ได้คะแนน ..." went on the line before; "พ." read as the
    list marker "ก." opened a paragraph and cut the sentence from its year."""
    from extractors.pdf import LIST_MARKER

    assert LIST_MARKER.match("ก. จัดทำแผน") and LIST_MARKER.match("(ข) ประชุม")
    assert not LIST_MARKER.match("พ.ศ. ๒๕๖๘ ได้คะแนน") and not LIST_MARKER.match("ป.ป.ช. ประกาศผล")


def test_a_whole_word_before_a_space_that_would_have_fitted_ends_the_line_above():
    """"รอง ผกก.ป." under "สมชาย ใจดี": every line breaker breaks at the written space after "รอง",
    so had the line wrapped, "รอง" would have fitted above; the name and the post are two lines
    of the cell. A longer Thai run ("รองผู้อำนวยการ") keeps the slack for where breakers cut it."""
    from extractors.pdf import Glyph, cell_paragraphs, lines_text

    def line(text, baseline, width=7.0):
        glyphs, after_space = [], False
        for i, ch in enumerate(text):
            if ch == " ":
                after_space = True
                continue
            glyphs.append(Glyph(i, ch, 6 + i * width, baseline - 10, 6 + (i + 1) * width, baseline, 14.0, baseline,
                                1, False, 1 if after_space else 0, False, i - 1))
            after_space = False
        return glyphs

    cell = (0.0, 0.0, 112.0, 200.0)  # text area 100 pt: "สมชาย ใจดี" (70 pt) leaves 30 pt, "รอง" needs 21
    def texts(*lines):
        return [lines_text(group) for group in cell_paragraphs(list(lines), cell, {})]

    assert texts(line("สมชาย ใจดี", 20), line("รอง ผกก.ป.", 40)) == ["สมชาย ใจดี", "รอง ผกก.ป."]
    assert texts(line("สมชาย ใจดี", 20), line("รองผู้อำนวยการ", 40)) == ["สมชาย ใจดีรองผู้อำนวยการ"]


def test_cell_lines_that_start_alike_are_items_not_a_wrap():
    from extractors.pdf import parallel_start

    assert parallel_start("งานควบคุมโรค", "งานบริหารทั่วไป") and parallel_start("กองคลัง", "กองช่าง")
    assert not parallel_start("กองยุทธศาสตร์และ", "งบประมาณ") and not parallel_start("1. จัดทำ", "1. จัดทำ")


def test_a_line_opening_with_a_number_that_closes_an_open_bracket_goes_on():
    """blind-22 PDF: "... (ตัวชี้วัดที่" / "๗) ภายในเดือนธันวาคม ๒๕๖๘": "๗)" closes the bracket above, it opens
    no list item; after a closed bracket it does."""
    from extractors.pdf import Glyph, closes_open_bracket

    def line(text):
        return [Glyph(i, ch, 6 + i * 7.0, 10, 13 + i * 7.0, 20, 14.0, 20.0, 1, False, 0, False, i - 1)
                for i, ch in enumerate(text) if ch != " "]

    assert closes_open_bracket([line("(๒) ให้งานประชาสัมพันธ์ จัดทำช่องทาง (ตัวชี้วัดที่")], "๗) ภายในเดือนธันวาคม ๒๕๖๘")
    assert not closes_open_bracket([line("(๒) ให้งานประชาสัมพันธ์ จัดทำช่องทาง (ตัวชี้วัดที่ ๗)")], "๓) ให้กองคลัง")



def test_a_cut_row_whose_cell_closes_the_bracket_above_is_its_rest():
    """blind-27 PDF: a row cut by the page, "... (ตัวชี้วัด" / "ที่ ๔)" with only its number cell empty."""
    from extractors.pdf import closes_cut_bracket

    above = ["๔", "ควบคุมการยืมพัสดุ ครุภัณฑ์ และรถยนต์ส่วนกลาง (ตัวชี้วัด", "ผู้รับผิดชอบ : กองคลัง ตลอดปีงบประมาณ"]
    assert closes_cut_bracket(["", "ที่ ๔)", "พ.ศ. ๒๕๖๙"], above)
    assert not closes_cut_bracket(["๕", "ที่ ๔)", "พ.ศ. ๒๕๖๙"], above)
    assert not closes_cut_bracket(["", "ประชาสัมพันธ์ช่องทางร้องเรียน (LINE)", "งานประชาสัมพันธ์"], above[:1] + ["ควบคุม", "กองคลัง"])
