"""Check boxes read as ☐ / ☑ and no U+FFFD left in any page text or table cell (issue 8).

Unticked Wingdings 2 boxes (code 0xA3) used to become U+FFFD; a bullet drawn
from an emoji font with no Unicode map did too (tj06)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIELDCORPUS, SAMPLES

from extractors import extract
from extractors.thai_repair import repair_thai_text
from flows.parse import normalize_document

HERE = Path(__file__).resolve().parent


def reports() -> list[Path]:
    folders = [SAMPLES, HERE / "variants", *sorted(HERE.glob("blind*")), FIELDCORPUS]
    return [p for f in folders for p in sorted(f.glob("*.*")) if p.suffix in (".pdf", ".docx", ".doc")]


def test_wingdings_boxes_of_a_thai_form_without_font_names():
    assert repair_thai_text("\uf0a3 อยู่ระหว่างดำเนินการ \uf052 ดำเนินการแล้ว") == "☐ อยู่ระหว่างดำเนินการ ☑ ดำเนินการแล้ว"
    assert repair_thai_text("ข้อ ๑\n\ufffd รอบการประเมิน ๖ เดือน") == "ข้อ ๑\n• รอบการประเมิน ๖ เดือน"


@pytest.mark.parametrize("path", reports(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_replacement_character_in_page_text_or_cells(path):
    doc = normalize_document(extract(path))
    bad_pages = [p.page_no for p in doc.pages if "\ufffd" in p.text]
    cells = [c for b in doc.blocks if b.kind == "table" and b.table for r in b.table.rows for c in r]
    assert not bad_pages, f"U+FFFD on pages {bad_pages}"
    assert not any("\ufffd" in c for c in cells)


def test_the_field_pledge_keeps_its_boxes():
    doc = normalize_document(extract(FIELDCORPUS / "tj06_moit16_integrity_pledge_do_dont.pdf"))
    text = doc.pages[0].text
    assert "☑" in text and "☐" in text


def test_word_symbol_check_boxes(tmp_path):
    """A Word check box inserted as a symbol (w:sym in Wingdings 2) reads as ☑ / ☐."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    p = doc.add_paragraph()
    for char, label in (("F052", " ดำเนินการแล้ว "), ("F0A3", " อยู่ระหว่างดำเนินการ")):
        run = p.add_run()
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Wingdings 2")
        sym.set(qn("w:char"), char)
        run._r.append(sym)
        p.add_run(label)
    path = tmp_path / "boxes.docx"
    doc.save(path)
    text = normalize_document(extract(path)).blocks[0].text
    assert text == "☑ ดำเนินการแล้ว ☐ อยู่ระหว่างดำเนินการ"
