"""extract() reads a file by what it contains, and refuses a file whose name
says otherwise with an error naming both."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import FIELDCORPUS, needs
from extractors import SUPPORTED_SUFFIXES, detect_format, extract
from extractors.errors import ExtractionError
from thai_docs import encrypted_office_file, layout_docx, to_pdf

TJ11 = FIELDCORPUS / "tj11_moit22_harassment_prevention_guideline.doc"
PC03 = FIELDCORPUS / "pc03_procurement_analysis_report_2567.pdf"


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory) -> Path:
    return layout_docx(tmp_path_factory.mktemp("dispatch") / "report.docx")


def copy_as(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".pdf", ".docx", ".doc"}


def test_detect_format_by_content(tmp_path, docx_file):
    assert detect_format(docx_file) == "docx"
    assert detect_format(copy_as(docx_file, tmp_path / "report.pdf")) == "docx"
    (tmp_path / "empty.docx").write_bytes(b"")
    assert detect_format(tmp_path / "empty.docx") == "empty"
    assert detect_format(encrypted_office_file(tmp_path / "locked.docx")) == "encrypted-ooxml"
    with zipfile.ZipFile(tmp_path / "book.docx", "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert detect_format(tmp_path / "book.docx") == "xlsx"
    (tmp_path / "page.doc").write_bytes(b"<html><body>report</body></html>")
    assert detect_format(tmp_path / "page.doc") == "html"
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n%junk")
    assert detect_format(tmp_path / "x.pdf") == "pdf"


@pytest.mark.skipif(not TJ11.exists(), reason="field corpus not present")
def test_detect_legacy_doc():
    assert detect_format(TJ11) == "doc"


def test_docx_is_extracted(docx_file):
    document = extract(docx_file)
    assert document.format == "docx"
    assert document.tables


@pytest.mark.skipif(not PC03.exists(), reason="field corpus not present")
def test_pdf_is_extracted():
    document = extract(PC03)
    assert document.format == "pdf" and document.page_count == 8


@pytest.mark.parametrize(
    "name,expected",
    [
        ("report.pdf", "named .pdf but contains a Word document (.docx): rename it to .docx and submit again"),
        ("report.doc", "named .doc but contains a Word document (.docx): rename it to .docx and submit again"),
    ],
)
def test_misnamed_word_file(tmp_path, docx_file, name, expected):
    with pytest.raises(ExtractionError) as error:
        extract(copy_as(docx_file, tmp_path / name))
    assert str(error.value) == expected


@pytest.mark.skipif(not PC03.exists(), reason="field corpus not present")
def test_misnamed_pdf(tmp_path):
    with pytest.raises(ExtractionError) as error:
        extract(copy_as(PC03, tmp_path / "report.docx"))
    assert str(error.value) == "named .docx but contains a PDF: rename it to .pdf and submit again"


@pytest.mark.skipif(not TJ11.exists(), reason="field corpus not present")
def test_legacy_doc_named_docx(tmp_path):
    with pytest.raises(ExtractionError, match=r"named \.docx but contains a legacy Word document \(\.doc\): rename it to \.doc"):
        extract(copy_as(TJ11, tmp_path / "guideline.docx"))


def test_unsupported_and_unknown(tmp_path, docx_file):
    with pytest.raises(ExtractionError, match=r"file named \.txt contains a Word document \(\.docx\): rename it to \.docx"):
        extract(copy_as(docx_file, tmp_path / "report.txt"))
    (tmp_path / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(ExtractionError, match=r"named \.pdf but contains an image"):
        extract(tmp_path / "photo.pdf")
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(ExtractionError, match=r"empty file \(0 bytes\)"):
        extract(tmp_path / "empty.pdf")


def test_encrypted_docx(tmp_path):
    with pytest.raises(ExtractionError, match="encrypted Word file: ask the unit for an unprotected copy"):
        extract(encrypted_office_file(tmp_path / "locked.docx"))


@pytest.mark.skipif(not TJ11.exists(), reason="field corpus not present")
def test_legacy_doc(tmp_path):
    """Converted by LibreOffice when extractors.legacy_doc is there; until
    then a clear request for a .docx."""
    try:
        import extractors.legacy_doc  # noqa: F401
    except ImportError:
        with pytest.raises(ExtractionError, match=r"legacy Word \.doc.*save it as \.docx"):
            extract(TJ11)
        return
    if shutil.which("soffice") is None:
        pytest.skip("soffice is not installed")
    document = extract(TJ11)
    assert document.format == "doc"
    text = "".join(p.text for p in document.pages).replace(" ", "")
    assert "คู่มือแนวปฎิบัติการป้องกันและแก้ไขปัญหาการล่วงละเมิด" in text


@needs("soffice")
def test_pdf_named_pdf(tmp_path, docx_file):
    pdf = to_pdf(docx_file, tmp_path, tmp_path / "profile")
    assert extract(pdf).format == "pdf"
