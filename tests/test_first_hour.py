"""A new user's first hour: the README's commands, a quiet start, honest search.

Each test is one thing a person who clones the repository and follows the
README meets: what the commands do with a wrong path, what they print,
what leaves the machine, what search finds, how one report sent twice is
counted.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from conftest import REPO, SAMPLES
from extractors import extract
from flows.ingest import IngestSummary
from flows.parse import normalize_document, parse_file
from flows.report import render_summary
from records import read_records
from records.document import read_document_facts
from records.findings import no_measures_read
from records.model import DocumentFacts
from schemas.db import open_database
from schemas.search import fts_query, search_pages
from schemas.store import write_parsed_file

README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = (REPO / ".ci" / "run").read_text(encoding="utf-8")
THAI_DIGIT = re.compile("[๐-๙]")


def ita(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


# ------------------------------------------------------------- the README

def test_the_readme_states_the_install_and_the_two_commands_ci_runs():
    assert "uv sync" in README
    two_commands = README.split("## The two commands", 1)[1].split("##", 1)[0]
    assert "uv run ita ingest samples/" in two_commands and "uv run pytest" in two_commands
    assert re.search(r"^uv run pytest$", CI_RUN, re.M), "CI must run the README's test command"


def test_the_readme_names_every_debian_package_ci_installs():
    packages = re.search(r"APT_PACKAGES=\(([^)]*)\)", CI_RUN).group(1).split()
    assert packages
    assert [p for p in packages if f"`{p}" not in README and f" {p}`" not in README] == []


def test_the_lock_file_of_a_run_is_ignored_by_git(tmp_path):
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    for name in ("ita.db.lock", "other/place.db.lock", "ita.db-wal"):
        assert subprocess.run(["git", "check-ignore", "-q", name], cwd=REPO).returncode == 0, name


def test_without_shared_the_tests_that_need_it_skip_with_a_reason(tmp_path):
    # A fresh clone with no ../shared beside it: the tests that read the field
    # corpus or the seeds skip, saying why, and the run passes.
    clone = tmp_path / "clone"
    for part in ("flows", "extractors", "normalizers", "records", "schemas", "tests", "samples"):
        shutil.copytree(REPO / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", clone)
    assert not (tmp_path / "shared").exists()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/test_fieldcorpus.py", "tests/test_legacy_doc.py", "tests/test_ocr.py"],
        cwd=clone, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(clone)},
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert re.search(r"\d+ skipped", run.stdout) and "passed" not in run.stdout.splitlines()[-1]
    assert "field corpus" in run.stdout or "fieldcorpus" in run.stdout


def test_without_the_dask_extra_the_dask_test_skips_with_a_reason():
    blocked = ("import sys; sys.modules['distributed'] = None; import pytest; "
               "sys.exit(pytest.main(['-q', '-rs', '-p', 'no:cacheprovider', "
               "'tests/test_nightly.py::test_parsing_on_a_dask_cluster_reports_to_the_prefect_server']))")
    run = subprocess.run([sys.executable, "-c", blocked], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "1 skipped" in run.stdout and "dask extra is not installed" in run.stdout


# ------------------------------------------------------------- telemetry

def test_no_telemetry_is_sent_by_any_command(tmp_path):
    # The environment of a person's shell: no CI variable, no DO_NOT_TRACK.
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED", "GITHUB_ACTIONS")}
    probe = ("import flows.cli; from prefect._internal.analytics.enabled import is_telemetry_enabled; "
             "from prefect.settings import get_current_settings; "
             "print(is_telemetry_enabled(), get_current_settings().server.analytics_enabled)")
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={**env, "PYTHONPATH": str(REPO)},
                         capture_output=True, text=True, timeout=120)
    assert run.stdout.split() == ["False", "False"], run.stderr[-2000:]
    # `uv run prefect server start` from the checkout (README): the server's analytics are off too.
    server_probe = "from prefect.settings import get_current_settings; print(get_current_settings().server.analytics_enabled)"
    run = subprocess.run([sys.executable, "-c", server_probe], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.stdout.strip() == "False", run.stderr[-2000:]


# ------------------------------------------------------------- paths and arguments

def test_a_missing_folder_is_refused_at_once_and_nothing_is_created(tmp_path):
    run = ita("ingest", "no_such_folder", "--db", "missing.db", cwd=tmp_path)
    assert run.returncode == 2
    assert "not found: no_such_folder" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_folder_says_no_reports_found_and_creates_nothing(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notes.txt").write_text("not a report", encoding="utf-8")
    run = ita("ingest", str(inbox), "--db", "ita.db", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "no reports found" in run.stdout and ".txt 1" in run.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inbox"]


@pytest.mark.parametrize("flag", ["--workers", "--batch-size"])
@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_workers_and_batch_size_must_be_positive_whole_numbers(tmp_path, flag, value):
    run = ita("ingest", str(SAMPLES), flag, value, "--db", "ita.db", cwd=tmp_path)
    assert run.returncode == 2 and flag in run.stderr
    assert not (tmp_path / "ita.db").exists()


def test_skipped_files_are_counted_by_kind_and_named_only_with_verbose():
    from io import StringIO

    from rich.console import Console

    long = "/srv/ita/inbox/" + "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" * 2 + ".json"
    summary = IngestSummary(seen=1, loaded=1, skipped=[long, "/srv/ita/inbox/a.txt", "/srv/ita/inbox/b.json"])
    quiet, verbose = StringIO(), StringIO()
    render_summary(Console(file=quiet, width=60), summary, Path("ita.db"))
    render_summary(Console(file=verbose, width=60), summary, Path("ita.db"), verbose=True)
    assert "3 file(s) (.json 2, .txt 1)" in quiet.getvalue() and "-v lists them" in quiet.getvalue()
    assert "a.txt" not in quiet.getvalue()
    assert any(line.strip() == long for line in verbose.getvalue().splitlines()), "a path must not wrap"


# ------------------------------------------------------------- one report, two files

def test_the_docx_and_pdf_of_one_report_are_linked_and_counted_once(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        docs = {name: (doc_id, same) for doc_id, name, same in
                conn.execute("SELECT document_id, file_name, same_report_as FROM documents")}
        for name, (doc_id, same) in docs.items():
            if name.endswith(".pdf"):
                assert same == docs[name[:-4] + ".docx"][0], name
            else:
                assert same is None, name
        for table in ("scores", "measures", "people", "findings"):
            assert conn.execute(f"SELECT count(*) FROM {table} t JOIN documents d USING (document_id) "
                                "WHERE d.same_report_as IS NOT NULL").fetchone()[0] == 0, table
        # The copies keep their pages: a search still finds the PDF page.
        assert conn.execute("SELECT count(*) FROM pages p JOIN documents d USING (document_id) "
                            "WHERE d.format = 'pdf'").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM measures").fetchone()[0] > 0


def _parsed(path: Path, at: Path):
    return dataclasses.replace(parse_file(path), source_path=str(at))


def test_a_word_file_arriving_after_its_pdf_takes_over_its_facts_and_a_replaced_primary_frees_its_copy(tmp_path):
    pdf = _parsed(SAMPLES / "s001_measures_police_station_chanthra.pdf", tmp_path / "in" / "a.pdf")
    docx = _parsed(SAMPLES / "s001_measures_police_station_chanthra.docx", tmp_path / "in" / "a.docx")
    conn = open_database(tmp_path / "ita.db")

    def measures_of(doc_id: int) -> int:
        return conn.execute("SELECT count(*) FROM measures WHERE document_id = ?", (doc_id,)).fetchone()[0]

    write_parsed_file(conn, pdf)
    pdf_id = conn.execute("SELECT document_id FROM documents WHERE format = 'pdf'").fetchone()[0]
    assert measures_of(pdf_id) > 0
    added = write_parsed_file(conn, docx)
    assert added["same_report"] == 0  # the Word file became primary: the PDF is the copy
    docx_id = conn.execute("SELECT document_id FROM documents WHERE format = 'docx'").fetchone()[0]
    assert conn.execute("SELECT same_report_as FROM documents WHERE document_id = ?", (pdf_id,)).fetchone()[0] == docx_id
    assert measures_of(pdf_id) == 0 and measures_of(docx_id) > 0
    assert conn.execute("SELECT count(*) FROM measures_fts").fetchone()[0] == measures_of(docx_id)

    # The unit sends a corrected Word file at the same path: the PDF's facts were
    # never kept, so it is forgotten and read again, whole, by the next run.
    corrected = dataclasses.replace(docx, sha256="0" * 64)
    write_parsed_file(conn, corrected, replaces=docx_id)
    assert conn.execute("SELECT count(*) FROM documents WHERE document_id = ?", (pdf_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT document_id, mtime_ns FROM source_files WHERE source_path = ?",
                        (pdf.source_path,)).fetchone() == (None, -1)
    assert conn.execute("SELECT count(*) FROM pages WHERE document_id = ?", (pdf_id,)).fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_other_reports_of_one_unit_are_not_linked(tmp_path):
    conn = open_database(tmp_path / "ita.db")
    docx = _parsed(SAMPLES / "s001_measures_police_station_chanthra.docx", tmp_path / "a.docx")
    pdf = _parsed(SAMPLES / "s001_measures_police_station_chanthra.pdf", tmp_path / "a.pdf")
    write_parsed_file(conn, docx)
    # the same wording in the same format (another period's report from one template)
    write_parsed_file(conn, dataclasses.replace(docx, sha256="1" * 64, source_path=str(tmp_path / "b.docx")))
    # a PDF with the same title and unit but half the text: another report
    write_parsed_file(conn, dataclasses.replace(
        pdf, pages=[dataclasses.replace(p, text=p.text[: len(p.text) // 2]) for p in pdf.pages]))
    # the real PDF export, but of another fiscal year
    other_year = dataclasses.replace(pdf.records.facts, fiscal_year=pdf.records.facts.fiscal_year - 1)
    write_parsed_file(conn, dataclasses.replace(pdf, sha256="2" * 64, source_path=str(tmp_path / "c.pdf"),
                                                records=dataclasses.replace(pdf.records, facts=other_year)))
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM documents WHERE same_report_as IS NOT NULL").fetchone()[0] == 0


def test_a_pdf_goes_to_the_oldest_alike_word_file_and_a_word_file_takes_every_alike_pdf(tmp_path):
    """Many files of one unit, year and title (the store reads them narrowly, not all, for each new one)."""
    conn = open_database(tmp_path / "ita.db")
    docx = _parsed(SAMPLES / "s001_measures_police_station_chanthra.docx", tmp_path / "a.docx")
    pdf = _parsed(SAMPLES / "s001_measures_police_station_chanthra.pdf", tmp_path / "a.pdf")

    def store(parsed, n: int, **changes) -> int:
        write_parsed_file(conn, dataclasses.replace(parsed, sha256=f"{n:064x}", source_path=f"{tmp_path}/{n}",
                                                    **changes))
        return conn.execute("SELECT document_id FROM documents WHERE sha256 = ?", (f"{n:064x}",)).fetchone()[0]

    def linked_to(doc_id: int) -> int | None:
        return conn.execute("SELECT same_report_as FROM documents WHERE document_id = ?", (doc_id,)).fetchone()[0]

    pdfs = [store(pdf, 1), store(pdf, 2)]
    half = store(docx, 3, pages=[dataclasses.replace(p, text=p.text[: len(p.text) // 2]) for p in docx.pages])
    assert [linked_to(p) for p in pdfs] == [None, None]  # not alike: another report
    word = store(docx, 4)
    assert [linked_to(p) for p in pdfs] == [word, word]
    store(docx, 5)
    later_pdf = store(pdf, 6)
    assert linked_to(later_pdf) == word and linked_to(half) is None
    assert conn.execute("SELECT count(*) FROM measures WHERE document_id IN (?, ?, ?)",
                        (*pdfs, later_pdf)).fetchone()[0] == 0


# ------------------------------------------------------------- search

def _count(conn: sqlite3.Connection, sql: str, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


def test_arabic_and_thai_digits_find_the_same_pages(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        either = _count(conn, "SELECT count(*) FROM pages WHERE text LIKE '%2568%' OR text LIKE '%๒๕๖๘%'")
        assert either > _count(conn, "SELECT count(*) FROM pages WHERE text LIKE '%2568%'")
        arabic = _count(conn, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH '2568'")
        thai = _count(conn, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH '๒๕๖๘'")
        assert arabic == thai == either
        assert (_count(conn, "SELECT count(*) FROM measures_fts WHERE measures_fts MATCH '2568'")
                == _count(conn, "SELECT count(*) FROM measures_fts WHERE measures_fts MATCH '๒๕๖๘'") > 0)


def test_dotted_abbreviations_and_short_words_are_searchable(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'ป.ป.ช.'").fetchone()
        quoted = _count(conn, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ?", fts_query(["ป.ป.ช."]))
        assert quoted == _count(conn, "SELECT count(*) FROM pages WHERE instr(text, 'ป.ป.ช.') > 0") > 0
        hits = search_pages(conn, "ป.ป.ช. ปี", limit=10_000)
        assert hits and all("ป.ป.ช." in h.text and "ปี" in h.text for h in hits)
        assert len(search_pages(conn, "สภ.จันทรา", limit=10_000)) == _count(
            conn, "SELECT count(*) FROM pages WHERE instr(text, 'สภ.จันทรา') > 0")


def test_an_old_search_index_is_rebuilt_with_both_digit_spellings(tmp_path):
    db = tmp_path / "ita.db"
    conn = open_database(db)
    write_parsed_file(conn, _parsed(SAMPLES / "s002_analysis_khwao_yai_municipality.docx", tmp_path / "a.docx"))
    conn.executescript("DROP TABLE pages_fts; CREATE VIRTUAL TABLE pages_fts USING fts5(text, tokenize = 'trigram');")
    conn.close()
    conn = open_database(db)
    assert [r[1] for r in conn.execute("PRAGMA table_info(pages_fts)")] == ["text", "digits"]
    pages = _count(conn, "SELECT count(*) FROM pages WHERE text LIKE '%๒๕๖๘%' OR text LIKE '%2568%'")
    assert _count(conn, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH '2568'") == pages > 0


# ------------------------------------------------------------- structured columns, findings

def test_structured_columns_use_arabic_digits(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        for table, column in (("owners", "position"), ("owners", "org_unit"), ("owners", "rank"),
                              ("people", "position"), ("people", "phone"), ("people", "rank")):
            bad = [v for (v,) in conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
                   if THAI_DIGIT.search(v)]
            assert bad == [], (table, column, bad[:5])
        # the raw owner text keeps what the report wrote
        assert conn.execute("SELECT count(*) FROM owners WHERE raw GLOB '*[๐-๙]*' AND position GLOB '*[0-9]*'"
                            ).fetchone()[0] > 0


def _read(path: Path):
    doc = normalize_document(extract(path))
    return read_records(doc, read_document_facts(doc))


def test_an_english_manual_gets_a_not_an_ita_report_finding(tmp_path):
    manual = tmp_path / "printer_manual.docx"
    document = Document()
    document.add_heading("LaserJet 2000 User Manual", 0)
    for text in ("Chapter 1. Installing the toner cartridge.", "Open the front cover and remove the old cartridge.",
                 "Chapter 2. Printing a test page from the control panel."):
        document.add_paragraph(text)
    document.save(manual)
    assert [f.kind for f in _read(manual).findings] == ["not_an_ita_report"]


def test_no_sample_report_is_called_not_an_ita_report(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM findings WHERE kind = 'not_an_ita_report'").fetchone()[0] == 0


def test_a_measures_report_without_measures_gets_a_finding():
    facts = DocumentFacts(unit=None, fiscal_year=2568, doc_type="measures", title="มาตรการส่งเสริมคุณธรรม")
    [finding] = no_measures_read(facts, [])
    assert finding.kind == "no_measures_read"
    assert no_measures_read(dataclasses.replace(facts, doc_type="analysis"), []) == []
