"""Storing documents in batches: whole documents or none, searchable, one full-text segment per batch.

The flow stores each parse batch in one transaction and inserts the batch's
full-text rows together at its end (schemas/store.py, store_batch), so that
the time to store a document stays flat as the database grows. These
tests build small documents by hand: no file is read.
"""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from extractors.model import Page
from flows.ingest import finished_in_turn
from flows.parse import ParsedFile
from records.model import DocumentFacts, MeasureRow, ReportRecords, UnitFacts
from schemas.db import open_database
from schemas.store import _other_format_primaries, merge_search_index, store_batch, write_parsed_file


def _document(n: int, word: str, *, budget: object = None) -> ParsedFile:
    """A two-page PDF whose pages and one measure say `word`; a `budget` SQLite cannot store makes it refused."""
    facts = DocumentFacts(unit=UnitFacts(f"หน่วยงานทดสอบ{n}", "other"), fiscal_year=2568, doc_type="measures",
                          title=f"เอกสาร {n}")
    measure = MeasureRow(title=f"มาตรการ {word}", detail=f"รายละเอียด {word}", budget_baht=budget)
    return ParsedFile(source_path=f"/inbox/{n}.pdf", file_name=f"{n}.pdf", sha256=f"{n:064x}", size=1,
                      mtime_ns=1, status="loaded", format="pdf", page_count=2, text_source="native",
                      pages=[Page(1, f"หน้าแรก {word} ปี 2568"), Page(2, f"หน้าสอง {word}")],
                      records=ReportRecords(facts=facts, measures=[measure]))


def _found(conn: sqlite3.Connection, table: str, word: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (f'"{word}"',)).fetchone()[0]


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return conn.execute(sql).fetchone()[0]


def test_a_batch_is_searchable_and_written_as_one_full_text_segment(tmp_path):
    conn = open_database(tmp_path / "ita.db")
    words = ["กระรอก", "นกยูง", "ช้างป่า"]
    with store_batch(conn) as batch:
        for n, word in enumerate(words):
            write_parsed_file(conn, _document(n, word), batch=batch)
    assert [(_found(conn, "pages_fts", w), _found(conn, "measures_fts", w)) for w in words] == [(2, 1)] * 3
    # one flush for the batch, not one per document (FTS5 flushes at every savepoint)
    assert _count(conn, "SELECT count(DISTINCT segid) FROM pages_fts_idx") == 1
    assert _count(conn, "SELECT count(DISTINCT segid) FROM measures_fts_idx") == 1


def test_a_document_refused_in_a_batch_leaves_nothing_and_the_others_stay(tmp_path):
    """The refused document's pages and measure are rolled back with its savepoint; the next
    document takes the same ids, and the index holds its text, not the refused one's."""
    conn = open_database(tmp_path / "ita.db")
    with store_batch(conn) as batch:
        write_parsed_file(conn, _document(1, "กระรอก"), batch=batch)
        with pytest.raises(sqlite3.Error):  # a value the database refuses, after its pages were written
            write_parsed_file(conn, _document(2, "นกยูง", budget=object()), batch=batch)
        write_parsed_file(conn, _document(3, "ช้างป่า"), batch=batch)
    assert [r[0] for r in conn.execute("SELECT sha256 FROM documents ORDER BY document_id")] == [
        f"{1:064x}", f"{3:064x}"]
    assert _found(conn, "pages_fts", "นกยูง") == _found(conn, "measures_fts", "นกยูง") == 0
    assert _found(conn, "pages_fts", "ช้างป่า") == 2 and _found(conn, "measures_fts", "ช้างป่า") == 1
    assert _count(conn, "SELECT count(*) FROM pages") == _count(conn, "SELECT count(*) FROM pages_fts") == 4
    assert _count(conn, "SELECT count(*) FROM measures") == _count(conn, "SELECT count(*) FROM measures_fts") == 2


def test_a_batch_that_fails_leaves_none_of_its_documents(tmp_path):
    conn = open_database(tmp_path / "ita.db")
    write_parsed_file(conn, _document(1, "กระรอก"))
    with pytest.raises(sqlite3.OperationalError), store_batch(conn) as batch:
        write_parsed_file(conn, _document(2, "นกยูง"), batch=batch)
        raise sqlite3.OperationalError("disk I/O error")  # the run stops; the next one stores the batch
    assert _count(conn, "SELECT count(*) FROM documents") == 1
    assert _count(conn, "SELECT count(*) FROM pages") == _count(conn, "SELECT count(*) FROM pages_fts") == 2
    assert _found(conn, "pages_fts", "นกยูง") == 0 and _found(conn, "pages_fts", "กระรอก") == 2
    assert not conn.in_transaction


def test_an_older_database_gets_the_full_text_hash_size_and_the_same_report_index(tmp_path):
    db = tmp_path / "ita.db"
    conn = open_database(db)
    conn.executescript("DELETE FROM pages_fts_config WHERE k = 'hashsize'; DELETE FROM measures_fts_config "
                       "WHERE k = 'hashsize'; DELETE FROM pages_fts_config WHERE k = 'usermerge'; DROP INDEX documents_unlinked_by_format;")
    conn.close()
    conn = open_database(db)
    assert [_count(conn, f"SELECT v FROM {t}_config WHERE k = 'hashsize'") for t in ("pages_fts", "measures_fts")] \
        == [16 * 2**20] * 2
    assert [_count(conn, f"SELECT v FROM {t}_config WHERE k = 'usermerge'") for t in ("pages_fts", "measures_fts")] \
        == [8] * 2
    assert _count(conn, "SELECT count(*) FROM sqlite_master WHERE name = 'documents_unlinked_by_format'") == 1


@pytest.mark.parametrize("word", [True, False])
def test_the_same_report_check_reads_only_the_unlinked_documents_of_the_other_format(tmp_path, word):
    conn = open_database(tmp_path / "ita.db")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    _other_format_primaries(conn, 1, 1, 2568, word).close()
    conn.set_trace_callback(None)
    plan = " ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + statements[-1]))
    assert "documents_unlinked_by_format" in plan and "<expr>=?" in plan, plan


def test_merging_while_idle_leaves_one_segment_and_the_same_search_results(tmp_path):
    conn = open_database(tmp_path / "ita.db")
    conn.execute("INSERT INTO pages_fts(pages_fts, rank) VALUES ('automerge', 0)")  # let the segments pile up
    words = ["กระรอก", "นกยูง", "ช้างป่า", "ปลาทอง", "ม้าลาย", "เสือดาว", "หมีควาย", "กวางป่า"]
    for n, word in enumerate(words):
        write_parsed_file(conn, _document(n, word))
    found = [conn.execute("SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? ORDER BY rowid", (f'"{w}"',)).fetchall()
             for w in [*words, "หน้าแรก"]]
    assert _count(conn, "SELECT count(DISTINCT segid) FROM pages_fts_idx") == 8
    steps = 0
    while merge_search_index(conn):
        steps += 1
    assert steps >= 1 and not conn.in_transaction
    assert _count(conn, "SELECT count(DISTINCT segid) FROM pages_fts_idx") == 1
    assert [conn.execute("SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? ORDER BY rowid", (f'"{w}"',)).fetchall()
            for w in [*words, "หน้าแรก"]] == found
    assert not merge_search_index(conn)  # nothing left to merge


def test_the_writer_works_while_it_waits_and_stops_when_nothing_is_left():
    handed: list[float] = []
    calls: list[int] = []  # items handed out when idle was called

    def idle() -> bool:
        calls.append(len(handed))
        return len(calls) < 5  # the fifth call finds no more work

    with ThreadPoolExecutor(1) as pool:
        for item, _ in finished_in_turn([0.3, 0.0], lambda s: pool.submit(time.sleep, s), window=2, idle=idle):
            handed.append(item)
    assert handed == [0.3, 0.0]
    # called while the first was parsed until it said there was no more work; then only at a later wait
    assert calls[:5] == [0] * 5 and all(c > 0 for c in calls[5:])


def test_files_are_shown_loaded_only_once_their_batch_is_committed():
    from flows.progress import HeldProgress

    shown = []

    class Progress:
        def advance(self, file_name, status):
            shown.append((file_name, status))

    held = HeldProgress(Progress())
    held.advance("a.pdf", "loaded")
    held.advance("b.docx", "failed")
    assert shown == []  # the batch's transaction is still open: a disk error would roll both back
    held.release()
    assert shown == [("a.pdf", "loaded"), ("b.docx", "failed")]
    held.release()
    assert len(shown) == 2
