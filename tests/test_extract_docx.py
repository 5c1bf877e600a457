"""extract_docx on real Word files: one made here with what python-docx's
own views drop or repeat, a real unit's memo, and files it must refuse."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import FIELDCORPUS
from extractors.docx import extract_docx
from extractors.errors import ExtractionError
from thai_docs import MERGED_ROWS, encrypted_office_file, features_docx, layout_docx, long_table_rows


@pytest.fixture(scope="module")
def features(tmp_path_factory):
    return extract_docx(features_docx(tmp_path_factory.mktemp("docx") / "features.docx"))


def paragraph_texts(document) -> list[str]:
    return [b.text for b in document.blocks if b.kind == "paragraph"]


def test_body_order_and_styles(features):
    kinds = [b.kind for b in features.blocks]
    assert kinds == ["paragraph"] * 5 + ["table"] * 3 + ["paragraph"] * 2
    first = features.blocks[0]
    assert (first.text, first.style) == ("เอกสารทดสอบโครงสร้าง", "Heading 1")
    assert features.blocks[1].style == "Normal"
    assert features.format == "docx" and features.page_count is None
    assert all(b.page is None for b in features.blocks)
    assert all(t.first_page is None for t in features.tables)


def test_content_controls_are_read(features):
    texts = paragraph_texts(features)
    assert "ปีงบประมาณ 2567 ของหน่วยงาน" in texts  # run-level control inside a paragraph
    assert "ชื่อหน่วยงานในตัวควบคุมเนื้อหา" in texts  # block-level control
    assert ["แถวในตัวควบคุม", "100"] in features.tables[1].rows  # row-level control


def test_text_box_read_once_after_its_paragraph(features):
    texts = paragraph_texts(features)
    assert texts.count("ข้อความในกล่องข้อความ") == 1  # DrawingML box; its VML copy skipped
    assert texts.index("ข้อความในกล่องข้อความ") == texts.index("ย่อหน้าที่มีกล่องข้อความ") + 1
    assert "ย่อหน้าที่มีกล่องข้อความ" in texts  # the anchor paragraph keeps only its own text


def test_merged_cells_counted_once(features):
    assert features.tables[0].rows == MERGED_ROWS


def test_nested_table(features):
    outer, nested = features.tables[1], features.tables[2]
    assert outer.rows[1] == ["ตารางซ้อน", "ภายนอก\nก\tข\nค\tง"]  # nested text kept in the cell
    assert nested.rows == [["ก", "ข"], ["ค", "ง"]]  # and as its own block, after the parent
    kinds = [b.kind for b in features.blocks]
    assert kinds.index("table") + 2 == [i for i, b in enumerate(features.blocks) if b.table is nested][0]


def test_pages_split_at_explicit_breaks(features):
    assert [p.page_no for p in features.pages] == [1, 2, 3]
    assert features.pages[0].text.endswith("ก่อนขึ้นหน้าใหม่")  # w:br type="page" inside a run
    assert features.pages[1].text == "หน้าสอง"
    assert features.pages[2].text == "หน้าสามเริ่มที่นี่"  # pageBreakBefore
    assert "ด้าน\tผลการประเมิน" in features.pages[0].text  # tables are in the page text
    assert "ก่อนขึ้นหน้าใหม่หน้าสอง" in paragraph_texts(features)  # the paragraph itself is whole


def test_document_without_breaks_is_one_page(tmp_path):
    document = extract_docx(layout_docx(tmp_path / "layout.docx"))
    assert len(document.pages) == 1
    assert document.tables[1].rows == long_table_rows()
    assert "คำถามที่ใช้ในการประเมิน" in document.pages[0].text


# ---------------------------------------------------------------------------
# Files that cannot be read


def test_not_a_zip(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"this is not a Word file at all")
    with pytest.raises(ExtractionError, match="damaged Word file: ask the unit to send it again"):
        extract_docx(bad)


def test_truncated_docx(tmp_path):
    whole = layout_docx(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ExtractionError, match="damaged Word file"):
        extract_docx(cut)


def test_zip_without_document(tmp_path):
    odd = tmp_path / "odd.docx"
    with zipfile.ZipFile(odd, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(ExtractionError, match="damaged Word file"):
        extract_docx(odd)


def test_empty_docx(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(ExtractionError, match=r"empty file \(0 bytes\)"):
        extract_docx(empty)


def test_password_protected_docx(tmp_path):
    locked = encrypted_office_file(tmp_path / "locked.docx")
    with pytest.raises(ExtractionError, match="encrypted Word file: ask the unit for an unprotected copy"):
        extract_docx(locked)


TJ11 = FIELDCORPUS / "tj11_moit22_harassment_prevention_guideline.doc"


@pytest.mark.skipif(not TJ11.exists(), reason="field corpus not present")
def test_legacy_doc_named_docx(tmp_path):
    renamed = tmp_path / "guideline.docx"
    renamed.write_bytes(TJ11.read_bytes())
    with pytest.raises(ExtractionError, match="legacy Word .doc"):
        extract_docx(renamed)


# ---------------------------------------------------------------------------
# A real unit's memo

TJ10 = FIELDCORPUS / "tj10_moit3_procurement_analysis.docx"


@pytest.mark.skipif(not TJ10.exists(), reason="field corpus not present")
def test_field_memo_structure():
    document = extract_docx(TJ10)
    texts = paragraph_texts(document)
    assert any("รายงานผลการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖8" in t for t in texts)
    tables = document.tables
    assert [len(t.rows) for t in tables] == [9, 13, 4, 13, 3, 2]
    assert tables[1].rows[0] == ["รายการ", "แผนงบประมาณ(บาท)", "คิดเป็นร้อยละ"]
    assert tables[1].rows[2] == ["1.1 วัสดุเชื้อเพลิงและหล่อลื่น", "44,290", "42.10"]
    assert tables[2].rows[0] == ["ลำดับที่", "รายการเบิก-จ่ายงบประมาณ", "จำนวน(รายการ)", "วงเงิน(บาท)", "ร้อยละ"]
    assert tables[3].rows[-1] == ["รวม", "498,155.43", "458,879.74", "92.12"]
    # the sign-off block is a table nested in the form's cell: kept in the cell and on its own
    assert tables[4].n_cols == 1 and tables[5].n_cols == 2
    assert tables[5].rows[0][0].split("\n")[0] in tables[4].rows[2][0]
    # a table caption comes right before its table
    caption = next(i for i, b in enumerate(document.blocks) if b.text.startswith("ตารางที่ ๑"))
    assert document.blocks[caption + 1].table is tables[1]


def test_word_list_numbering_and_bullets_are_read_as_the_reader_sees_them(tmp_path):
    """Word draws "1." and bullets from numbering.xml, not from the text: without
    them a numbered list of measures reads as loose paragraphs."""
    import docx

    path = tmp_path / "lists.docx"
    document = docx.Document()
    document.add_paragraph("มาตรการที่หนึ่ง", style="List Number")
    document.add_paragraph("มาตรการที่สอง", style="List Number")
    document.add_paragraph("จัดทำคู่มือ", style="List Bullet")
    document.add_paragraph("ย่อหน้าธรรมดา")
    document.save(path)
    texts = [b.text for b in extract_docx(path).blocks if b.kind == "paragraph"]
    assert texts == ["1. มาตรการที่หนึ่ง", "2. มาตรการที่สอง", "• จัดทำคู่มือ", "ย่อหน้าธรรมดา"]


def test_thai_number_formats_follow_word():
    from extractors.docx_numbering import formatted

    assert [formatted(n, "thaiNumbers") for n in (1, 12)] == ["๑", "๑๒"]
    assert [formatted(n, "thaiLetters") for n in (1, 2, 3)] == ["ก", "ข", "ค"]
    assert formatted(4, "upperRoman") == "IV"


def test_a_one_cell_table_is_a_framed_box_of_paragraphs(tmp_path):
    """A framed box ("แนวทางพัฒนา" and its numbered lines, blind-10) is read as the paragraphs it
    holds, as the PDF extractor reads a one-cell grid; a table of two cells stays a table."""
    from docx import Document

    doc = Document()
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "แนวทางพัฒนา"
    box.add_paragraph("1. เพิ่มช่องทางรับฟังความคิดเห็น (ผู้รับผิดชอบ งานประชาสัมพันธ์)")
    pair = doc.add_table(rows=1, cols=2)
    pair.cell(0, 0).text, pair.cell(0, 1).text = "ผู้รับผิดชอบ", "กองคลัง"
    path = tmp_path / "box.docx"
    doc.save(path)
    blocks = extract_docx(path).blocks
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        ("paragraph", "แนวทางพัฒนา"), ("paragraph", "1. เพิ่มช่องทางรับฟังความคิดเห็น (ผู้รับผิดชอบ งานประชาสัมพันธ์)")]
    assert blocks[2].kind == "table" and blocks[2].table.rows == [["ผู้รับผิดชอบ", "กองคลัง"]]


GANTT = Path(__file__).resolve().parent / "blind12" / "m2_gantt_plan_police_na_wa_thong.docx"
# the months (0 = ต.ค.) each activity of the m2 plan is shaded in (its gold periods)
GANTT_MONTHS = {"๑": [0], "๒": [0, 1], "๓": [2, 3], "๔": [1, 2, 3, 4, 5], "๕": [3, 4, 5, 6],
                "๖": [4, 5, 6, 7, 8], "๗": [5, 11]}


def test_shaded_month_cells_of_a_gantt_plan_are_read():
    """blind-12 m2: a police station's plan marks the months an activity runs by grey cell
    shading alone (w:tcPr/w:shd fill 808080); the shading is aligned with the rows, each
    w:tc once (the vertically merged ที่ / มาตรการ / ผู้รับผิดชอบ cells of the month row too)."""
    table = extract_docx(GANTT).tables[0]
    assert table.shaded is not None
    assert [len(r) for r in table.shaded] == [len(r) for r in table.rows]
    # each numbered activity row is shaded in its months and nowhere else
    body = {row[0]: [k - 3 for k, s in enumerate(shade) if s] for row, shade in zip(table.rows, table.shaded)
            if row[0] in set("๑๒๓๔๕๖๗")}
    assert body == GANTT_MONTHS


@pytest.mark.parametrize("attrs, shaded", [
    ('w:val="clear" w:color="auto" w:fill="808080"', True),
    ('w:val="clear" w:color="auto" w:fill="FFF2CC"', True),  # a pale yellow header shows
    ('w:val="clear" w:color="auto" w:fill="auto"', False),
    ('w:val="clear" w:color="auto" w:fill="FFFFFF"', False),
    ('w:val="clear" w:color="auto" w:fill="F8F8F8"', False),  # near white
    ('w:val="nil"', False),
    ('w:val="solid" w:color="auto" w:fill="FFFFFF"', True),  # solid pattern: the pattern colour (black)
    ('w:val="pct5" w:color="auto" w:fill="auto"', False),  # 5% grey is near white
    ('w:val="pct25" w:color="auto" w:fill="auto"', True),
    ('w:val="clear" w:color="auto" w:fill="zzzzzz"', False),
])
def test_cell_shading_is_its_fill_with_the_pattern_mixed_in(attrs, shaded):
    from lxml import etree

    from extractors.docx import W, cell_shaded

    tc = etree.fromstring(f'<w:tc xmlns:w="{W}"><w:tcPr><w:shd {attrs}/></w:tcPr><w:p/></w:tc>')
    assert cell_shaded(tc) is shaded



BLIND25 = Path(__file__).parent / "blind25"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_table_that_frames_other_tables_gives_its_text_and_its_tables_in_order(suffix):
    """blind-25: "มาตรการที่ ๑ | <measure> + a nested table of its activities", four times: each measure's
    name reads as a paragraph right before its own activities' table (Word: nested w:tbl; PDF: a grid
    holding grids); the unit's letterhead in the Word page header reads first."""
    from extractors import extract

    path = next(BLIND25.glob(f"c25_2_*{suffix}"))
    blocks = [b for b in extract(path).blocks if b.kind == "table" or b.text.strip()]
    tables = [k for k, b in enumerate(blocks) if b.kind == "table" and b.table.rows[0][0].startswith("กิจกรรม")]
    assert len(tables) == 4
    for n, k in enumerate(tables, start=1):
        before = " ".join(b.text for b in blocks[max(0, k - 2):k] if b.kind == "paragraph")
        assert f"มาตรการที่ {'๑๒๓๔'[n - 1]}" in before and "ตัวชี้วัดที่" in before
        assert all(row[0] for row in blocks[k].table.rows)  # the activities' own text, not empty cells
    assert "เทศบาลตำบลบ้านดุงเหนือ" in blocks[0].text



def test_text_pasted_from_a_web_page_reads_as_shown():
    """blind-27: zero-width spaces between Thai words, no-break spaces, soft hyphens: the text as a reader sees it."""
    from extractors.docx import as_displayed

    assert as_displayed("งาน\u200bประชาสัมพันธ์\xa0:\xa0สำนัก\u200bปลัด Face\u00adbook\ufeff") == "งานประชาสัมพันธ์ : สำนักปลัด Facebook"


def test_tab_aligned_lines_read_as_a_table():
    """blind-27: a committee "๑.⇥name⇥post⇥role" and a plan "๑)⇥measure⇥owner⇥period" under a header line with one
    field fewer, a title going on after a line break; "label⇥value" pairs and bulleted lines stay paragraphs."""
    from extractors.model import Block
    from extractors.tab_tables import with_tab_tables

    paras = [Block("paragraph", text=t) for t in (
        "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา",
        "๑)\tประกาศเจตนารมณ์ป้องกันการทุจริต\tนายกเทศมนตรี\tต.ค. ๖๘",
        "๒)\tเผยแพร่ข้อมูลสาธารณะตามแบบ OIT\tสำนักปลัดเทศบาล\tต.ค. ๖๘ – ก.ย. ๖๙",
        "๓)\tจัดทำแผนบริหารความเสี่ยงการทุจริต\tปลัดเทศบาล\tภายใน ธ.ค. ๖๘\nและเผยแพร่บนเว็บไซต์เทศบาล",
        "จึงประกาศให้ทราบโดยทั่วกัน",
        "•\tIIT\t๙๑.๒๕", "•\tEIT\t๘๖.๔๐", "•\tOIT\t๘๔.๗๕",
    )]
    out = with_tab_tables(paras)
    assert out[0].kind == "table" and out[0].table.rows == [
        ["", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["๑)", "ประกาศเจตนารมณ์ป้องกันการทุจริต", "นายกเทศมนตรี", "ต.ค. ๖๘"],
        ["๒)", "เผยแพร่ข้อมูลสาธารณะตามแบบ OIT", "สำนักปลัดเทศบาล", "ต.ค. ๖๘ – ก.ย. ๖๙"],
        ["๓)", "จัดทำแผนบริหารความเสี่ยงการทุจริตและเผยแพร่บนเว็บไซต์เทศบาล", "ปลัดเทศบาล", "ภายใน ธ.ค. ๖๘"]]
    assert [b.kind for b in out[1:]] == ["paragraph"] * 4
