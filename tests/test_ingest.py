"""`ita ingest` end to end: the samples load, re-runs change nothing, bad
files fail clearly without stopping the run, Thai search finds pages."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD, REFERENCE, SAMPLES, needs, sample_files
from flows.ingest import run_ingest

TABLES = ("documents", "units", "pages", "pages_fts", "doc_tables", "scores", "measures", "owners", "people")


def row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_every_sample_loads(samples_db):
    db, summary = samples_db
    assert summary.seen == len(sample_files()) == 10
    assert (summary.loaded, summary.failed) == (10, 0), summary.failures
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT file_name, status FROM documents"))
    assert sorted(statuses) == sorted(p.name for p in sample_files())
    assert set(statuses.values()) == {"loaded"}


def test_measures_and_owners_of_native_samples_are_plain_facts(samples_db):
    """Word files and PDFs with a text layer: every measure and owner with confidence 1.0
    and no review flag (only OCR text is flagged), so their queries keep their results."""
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        for table in ("measures", "owners"):
            n, confidences, flags = conn.execute(
                f"SELECT count(*), group_concat(DISTINCT confidence), group_concat(DISTINCT needs_review) "
                f"FROM {table}").fetchone()
            assert n > 10 and (confidences, flags) == ("1.0", "0"), table


def test_second_run_reports_everything_unchanged_and_writes_nothing(samples_db):
    db, _ = samples_db
    before = row_counts(db)
    again = run_ingest([SAMPLES], db)
    assert (again.seen, again.unchanged, again.loaded, again.failed) == (10, 10, 0, 0)
    assert row_counts(db) == before


def test_a_touched_file_is_rehashed_and_still_unchanged(samples_db, tmp_path):
    db, _ = samples_db
    copy_db = tmp_path / "copy.db"
    shutil.copyfile(db, copy_db)
    src = sample_files()[0]
    # Same content, new mtime, new path: a duplicate of a loaded document.
    moved = tmp_path / "inbox" / src.name
    moved.parent.mkdir()
    shutil.copyfile(src, moved)
    summary = run_ingest([moved.parent], copy_db)
    assert (summary.duplicate, summary.loaded) == (1, 0)
    assert row_counts(copy_db)["documents"] == row_counts(db)["documents"]


def gold_documents() -> list[tuple[str, dict]]:
    return [(p.name.removesuffix(".document.json"), json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(GOLD.glob("*.document.json"))]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("stem,gold", gold_documents(), ids=[s for s, _ in gold_documents()])
def test_document_facts_match_gold(samples_db, stem, gold, suffix):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT u.name, u.unit_type, u.province, d.fiscal_year, d.doc_type, d.title FROM documents d "
            "LEFT JOIN units u USING (unit_id) WHERE d.file_name = ?",
            (stem + suffix,),
        ).fetchone()
    assert row is not None, f"{stem}{suffix} not loaded"
    expected = (gold["unit"], gold["unit_type"], gold["province"], gold["fiscal_year"], gold["doc_type"])
    assert row[:5] == expected
    # Titles compare without whitespace: a PDF's wrapped title lines join without spaces.
    assert squashed(row[5]) == squashed(gold["title"])


def squashed(text: str | None) -> str | None:
    return None if text is None else "".join(text.split())


def test_five_gold_files_cover_the_five_samples():
    assert len(gold_documents()) == 5


def character_error_rate(reference: str, hypothesis: str) -> float:
    from rapidfuzz.distance import Levenshtein

    ref = "".join(reference.split())
    hyp = "".join(hypothesis.split())
    return Levenshtein.distance(ref, hyp) / max(1, len(ref))


@pytest.mark.parametrize("pdf", sorted(SAMPLES.glob("s*.pdf")), ids=lambda p: p.stem)
def test_pdf_page_text_is_faithful_to_the_word_original(samples_db, pdf):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        pages = [t for (t,) in conn.execute(
            "SELECT p.text FROM pages p JOIN documents d USING (document_id) WHERE d.file_name = ? "
            "ORDER BY p.page_no", (pdf.name,))]
    text = "\n".join(pages)
    reference = (REFERENCE / f"{pdf.stem}.txt").read_text(encoding="utf-8")
    assert character_error_rate(reference, text) <= 0.01
    assert "ำา" not in text
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text)


def test_thai_full_text_search_finds_exactly_the_pages_containing_the_word(samples_db):
    from schemas.store import searchable_text

    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        found = {r for (r,) in conn.execute("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'ทรัพย์สิน'")}
        containing = {pid for pid, text in conn.execute("SELECT page_id, text FROM pages")
                      if "ทรัพย์สิน" in searchable_text(text)}
        plain = {pid for (pid,) in conn.execute("SELECT page_id FROM pages WHERE text LIKE '%ทรัพย์สิน%'")}
    assert found == containing
    assert plain and plain <= found  # the word is in the samples; wrapped occurrences only add


def make_bad_files(folder: Path) -> dict[str, str]:
    """Broken files a unit might send, with a word the clerk's reason must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = sorted(SAMPLES.glob("s*.pdf"))[0]
    docx = sorted(SAMPLES.glob("s*.docx"))[0]
    (folder / "empty.pdf").write_bytes(b"")
    data = pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    shutil.copyfile(docx, folder / "word_named_as.pdf")
    (folder / "notes.txt").write_text("not a report", encoding="utf-8")
    (folder / "scan.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    expected = {
        "empty.pdf": "empty",
        "truncated.pdf": "damaged",
        "word_named_as.pdf": ".docx",
        "scan.docx": "",
    }
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", str(pdf), str(folder / "locked.pdf")],
                       check=True)
        expected["locked.pdf"] = "encrypted"
    return expected


def test_broken_files_fail_with_clear_reasons_and_the_run_carries_on(tmp_path):
    inbox = tmp_path / "inbox"
    expected = make_bad_files(inbox)
    good = sorted(SAMPLES.glob("s*.docx"))[1]
    shutil.copyfile(good, inbox / good.name)
    db = tmp_path / "ita.db"
    summary = run_ingest([inbox], db)
    assert not summary.ok
    assert summary.loaded == 1 and summary.failed == len(expected)
    assert [Path(p).name for p in summary.skipped] == ["notes.txt"]
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT file_name, error FROM documents WHERE status = 'failed'"))
        loaded = conn.execute("SELECT file_name FROM documents WHERE status = 'loaded'").fetchall()
        orphans = conn.execute("SELECT count(*) FROM pages WHERE document_id NOT IN "
                               "(SELECT document_id FROM documents WHERE status = 'loaded')").fetchone()[0]
    assert loaded == [(good.name,)]
    assert set(rows) == set(expected)
    for name, word in expected.items():
        reason = rows[name]
        assert reason and "Traceback" not in reason and word in reason, (name, reason)
        assert ":" in reason, f"a reason says what to do: {reason}"
    assert orphans == 0


@needs("qpdf")
def test_cli_exit_codes_and_summary(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(sorted(SAMPLES.glob("s*.docx"))[0], inbox / "report.docx")
    (inbox / "empty.pdf").write_bytes(b"")
    db = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "flows.cli", "ingest", str(inbox), "--db", str(db)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert first.returncode == 1, first.stderr
    assert "empty.pdf" in first.stdout and "empty file" in first.stdout
    (inbox / "empty.pdf").unlink()
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "unchanged" in second.stdout
