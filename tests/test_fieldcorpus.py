"""Real files from real units (../shared/fieldcorpus): broken text layers,
scans, legacy Word. Each must load, read as a careful Thai reader sees it,
and say who wrote it and for which year where the file states it."""

from __future__ import annotations

import re
import sqlite3

import pytest

from conftest import FIELDCORPUS, needs
from flows.ingest import run_ingest
from normalizers.thai_text import thai_digits_to_arabic

pytestmark = [
    pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="../shared/fieldcorpus is not here"),
    needs("tesseract"),
    needs("soffice"),
]

# Who wrote each file and for which fiscal year, as the file states it
# (read by hand; None where the file does not state it legibly: tj12 and
# tj14 are scans whose years OCR misreads, ๒๕๖๐ as ๒๕๒๐).
STATED = {
    "ny01": ("สำนักงานสาธารณสุขอำเภอหนองใหญ่", "health_office", "ชลบุรี", 2563),  # signed 13 พ.ย. 2562
    "pc03": ("โรงพยาบาลพิชัย", "hospital", "อุตรดิตถ์", 2567),
    "tj06": ("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", "ยโสธร", 2569),
    "tj10": ("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", "ยโสธร", 2568),
    "tj11": ("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", "ยโสธร", 2569),
    "tj12": ("สำนักงานปลัดกระทรวงสาธารณสุข", "ministry_office", None, None),
    "tj14": ("สำนักงานสาธารณสุขอำเภอไทยเจริญ", "health_office", "ยโสธร", None),
}


def readme_phrases() -> dict[str, list[str]]:
    """The phrases the corpus README says a careful reader sees, per file prefix."""
    phrases: dict[str, list[str]] = {}
    for line in (FIELDCORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"- (\w+)[^:]*:(.*)", line)
        if m and m.group(1) in STATED:
            phrases[m.group(1)] = re.findall(r"\"([^\"]+)\"", m.group(2))
    return phrases


def comparable(text: str) -> str:
    return "".join(thai_digits_to_arabic(text).split())


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("fieldcorpus") / "ita.db"
    summary = run_ingest([FIELDCORPUS], db)
    return db, summary


def document_text(db, prefix: str) -> str:
    with sqlite3.connect(db) as conn:
        return "\n".join(t for (t,) in conn.execute(
            "SELECT p.text FROM pages p JOIN documents d USING (document_id) WHERE d.file_name LIKE ? "
            "ORDER BY p.page_no", (prefix + "%",)))


def test_every_field_file_loads(corpus_db):
    db, summary = corpus_db
    assert summary.failed == 0, summary.failures
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT substr(file_name, 1, 4), status FROM documents"))
    assert rows == {prefix: "loaded" for prefix in STATED}


def test_readme_lists_phrases_for_every_file():
    assert set(readme_phrases()) == set(STATED)


@pytest.mark.parametrize("prefix", sorted(STATED))
def test_the_phrases_a_reader_sees_are_in_the_page_text(corpus_db, prefix):
    db, _ = corpus_db
    text = comparable(document_text(db, prefix))
    missing = [p for p in readme_phrases()[prefix] if comparable(p) not in text]
    assert not missing


def test_no_private_use_characters_in_any_page(corpus_db, samples_db):
    for db in (corpus_db[0], samples_db[0]):
        with sqlite3.connect(db) as conn:
            texts = [t for (t,) in conn.execute("SELECT text FROM pages")]
        assert texts
        assert not [c for t in texts for c in t if 0xE000 <= ord(c) <= 0xF8FF]


def test_scans_are_read_by_ocr_and_say_so(corpus_db):
    db, _ = corpus_db
    with sqlite3.connect(db) as conn:
        sources = dict(conn.execute("SELECT substr(file_name, 1, 4), text_source FROM documents"))
        tj12 = [s for (s,) in conn.execute(
            "SELECT p.text_source FROM pages p JOIN documents d USING (document_id) "
            "WHERE d.file_name LIKE 'tj12%' ORDER BY p.page_no")]
    assert sources["tj14"] == "ocr"
    assert sources["tj12"] == "mixed" and tj12 == ["ocr", "ocr", "native", "native"]
    assert {sources[p] for p in ("ny01", "pc03", "tj06", "tj10", "tj11")} == {"native"}


@pytest.mark.parametrize("prefix", sorted(STATED))
def test_unit_and_fiscal_year_are_found_where_the_file_states_them(corpus_db, prefix):
    db, _ = corpus_db
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT u.name, u.unit_type, u.province, d.fiscal_year FROM documents d "
            "LEFT JOIN units u USING (unit_id) WHERE d.file_name LIKE ?", (prefix + "%",)).fetchone()
    assert row == STATED[prefix]


def test_no_real_unit_file_is_called_not_an_ita_report(corpus_db):
    # Real ITA evidence in every genre of the corpus (pledges, procurement
    # analyses, guidelines, forms, scans) has the vocabulary the finding looks for.
    with sqlite3.connect(corpus_db[0]) as conn:
        flagged = conn.execute("SELECT d.file_name FROM findings f JOIN documents d USING (document_id) "
                               "WHERE f.kind = 'not_an_ita_report'").fetchall()
    assert flagged == []
