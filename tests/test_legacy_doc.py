"""Legacy Word .doc through LibreOffice: the field corpus's Word 97 memo
(code page 874) converts and reads back with python-docx."""

from __future__ import annotations

import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest

from conftest import FIELDCORPUS, needs
from extractors import legacy_doc
from extractors.errors import ExtractionError

DOC = FIELDCORPUS / "tj11_moit22_harassment_prevention_guideline.doc"
PHRASE = "คู่มือแนวปฎิบัติการป้องกันและแก้ไขปัญหาการล่วงละเมิด"

pytestmark = pytest.mark.skipif(not DOC.is_file(), reason="field corpus not present")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@needs("soffice")
def test_doc_converts_with_its_thai_text(tmp_path: Path) -> None:
    converted = legacy_doc.convert_doc_to_docx(DOC, tmp_path)
    assert converted.parent == tmp_path and converted.suffix == ".docx"
    assert squash(PHRASE) in squash(docx_text(converted))


@needs("soffice")
def test_parallel_conversions_do_not_collide(tmp_path: Path) -> None:
    """Each conversion has its own LibreOffice profile, so two at once both work."""
    outs = [tmp_path / "a", tmp_path / "b"]
    with ThreadPoolExecutor(2) as pool:
        converted = list(pool.map(lambda out: legacy_doc.convert_doc_to_docx(DOC, out), outs))
    for path in converted:
        assert squash(PHRASE) in squash(docx_text(path))


@needs("soffice")
def test_default_output_is_a_fresh_temp_dir() -> None:
    converted = legacy_doc.convert_doc_to_docx(DOC)
    try:
        assert converted.is_file() and list(converted.parent.iterdir()) == [converted]
    finally:
        shutil.rmtree(converted.parent)


@needs("soffice")
def test_timeout_kills_libreoffice(tmp_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(ExtractionError, match="did not finish"):
        legacy_doc.convert_doc_to_docx(DOC, tmp_path, timeout=0.05)
    assert time.monotonic() - start < 10


def test_missing_libreoffice_is_an_actionable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ExtractionError, match="apt-get install libreoffice-writer-nogui"):
        legacy_doc.convert_doc_to_docx(DOC)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="not found"):
        legacy_doc.convert_doc_to_docx(tmp_path / "nope.doc")
