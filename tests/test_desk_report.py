"""`ita report` on the samples: the HTML holds the charts and the tables; the
PDF printed by Chromium has the same Thai text, extractable (CER <= 1%)."""

from __future__ import annotations

import base64
import io
import re
import sqlite3

import pytest
from rapidfuzz.distance import Levenshtein

from conftest import REPO, needs
from desk_helpers import PageText
from desk.report import write_report


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def report_html(samples_db, tmp_path_factory):
    db, _ = samples_db
    out = tmp_path_factory.mktemp("report") / "report.html"
    write_report(db, out, fiscal_year=2568)
    return db, out


def test_the_report_holds_charts_and_tables(report_html):
    from PIL import Image

    db, out = report_html
    page = PageText(out.read_text(encoding="utf-8"))
    assert len(page.images) == 2 and page.tables == 6
    for src in page.images:
        assert src.startswith("data:image/png;base64,")
        image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
        assert image.width > 600 and image.height > 250
    text = "".join(page.text)
    clerk = sqlite3.connect(db).execute((REPO / "docs" / "clerk_query.sql").read_text(encoding="utf-8")).fetchall()
    assert clerk
    for unit, _, _, indicator_no, indicator, score, *_rest in clerk:
        assert f"{indicator_no} {indicator}" in text and f"{score:.2f}" in text and unit in text
    for (name,) in sqlite3.connect(db).execute("SELECT name FROM indicators"):
        assert name in text
    assert "รายการรอตรวจสอบ" in text and "การส่งรายงานปีงบประมาณ 2568" in text


@needs("chromium")
def test_the_pdf_has_the_reports_thai_text(report_html):
    import pypdfium2 as pdfium

    from desk.chromium import html_to_pdf

    _, out = report_html
    pdf = html_to_pdf(out, out.with_suffix(".pdf"))
    document = pdfium.PdfDocument(str(pdf))
    pdf_text = squeeze("".join(page.get_textpage().get_text_bounded() for page in document))
    html_text = squeeze("".join(PageText(out.read_text(encoding="utf-8")).text))
    assert len(html_text) > 1500 and re.search(r"[\u0E01-\u0E4F]{20}", pdf_text)
    cer = Levenshtein.distance(html_text, pdf_text) / len(html_text)
    assert cer <= 0.01, f"CER {cer:.3%}"


@needs("chromium")
def test_ita_report_writes_a_pdf_from_the_command_line(samples_db, tmp_path):
    from flows.cli import main

    db, _ = samples_db
    out = tmp_path / "สรุป.pdf"
    assert main(["report", "--db", str(db), "--province", "มหาสารคาม", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
