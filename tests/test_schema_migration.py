"""An older database opens under a newer schema with the new columns added."""

from __future__ import annotations

import sqlite3

from schemas.db import SCHEMA_SQL, declared_columns, open_database


def test_every_declared_column_exists_in_a_new_database(tmp_path):
    conn = open_database(tmp_path / "new.db")
    for table, columns in declared_columns(SCHEMA_SQL.read_text(encoding="utf-8")).items():
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        assert [c for c, _ in columns if c not in existing] == [], table
    assert "loaded" in dict(declared_columns(SCHEMA_SQL.read_text(encoding="utf-8"))["ingest_runs"])


def test_a_database_missing_later_columns_gets_them_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    # measures and scores as the first release wrote them, without weight/points.
    old.executescript(
        """
        CREATE TABLE scores (score_id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL,
            unit_id INTEGER, fiscal_year INTEGER, level TEXT NOT NULL, tool TEXT,
            indicator_no INTEGER, question_code TEXT, label TEXT, value REAL NOT NULL,
            rating TEXT, page INTEGER);
        INSERT INTO scores (document_id, level, value) VALUES (1, 'overall', 84.2);
        """
    )
    old.commit()
    old.close()
    conn = open_database(db)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(scores)")}
    assert {"weight", "points"} <= columns
    assert conn.execute("SELECT value, weight FROM scores").fetchall() == [(84.2, None)]


def database_with_a_native_and_an_ocr_page(db):
    """A new database at `db` holding document 1 with page 1 native and page 2 OCR."""
    conn = open_database(db)
    conn.execute("INSERT INTO documents (document_id, sha256, file_name, source_path, status, ingested_at) "
                 "VALUES (1, 'a', 'scan.pdf', '/inbox/scan.pdf', 'loaded', '2026-01-01')")
    conn.executemany("INSERT INTO pages (document_id, page_no, text, text_source) VALUES (1, ?, '', ?)",
                     [(1, "native"), (2, "ocr")])
    return conn


def test_measures_of_an_older_database_get_review_flags_when_opened(tmp_path):
    """A database written before measures and owners had confidence and needs_review gets
    both columns; what it read from an OCR page is flagged (confidence unknown: NULL), the
    rest is native text (1.0), so no OCR text stays a plain fact."""
    db = tmp_path / "old.db"
    conn = database_with_a_native_and_an_ocr_page(db)
    conn.executemany("INSERT INTO measures (measure_id, document_id, title, page) VALUES (?, 1, ?, ?)",
                     [(1, "จากหน้าข้อความ", 1), (2, "จากหน้าสแกน", 2)])
    conn.executemany("INSERT INTO owners (measure_id, raw) VALUES (?, 'งานอำนวยการ')", [(1,), (2,)])
    for table in ("measures", "owners"):  # as an older version wrote them
        conn.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN needs_review")
    conn.close()
    conn = open_database(db)
    assert conn.execute("SELECT measure_id, confidence, needs_review FROM measures ORDER BY measure_id").fetchall() \
        == [(1, 1.0, 0), (2, None, 1)]
    assert conn.execute("SELECT measure_id, confidence, needs_review FROM owners ORDER BY measure_id").fetchall() \
        == [(1, 1.0, 0), (2, None, 1)]


def test_people_of_an_older_database_get_review_flags_when_opened(tmp_path):
    """People stored before they had confidence and needs_review: those read from an OCR
    page are flagged (confidence NULL: not kept), the others are native text (1.0)."""
    db = tmp_path / "old.db"
    conn = database_with_a_native_and_an_ocr_page(db)
    conn.executemany("INSERT INTO people (person_id, document_id, role, person_name, page) VALUES (?, 1, ?, ?, ?)",
                     [(1, "ผู้จัดทำ", "สมชาย ใจดี", 1), (2, "ผู้อนุมัติ", "ธนากร บุญมา", 2)])
    conn.execute("ALTER TABLE people DROP COLUMN confidence")  # as an older version wrote it
    conn.execute("ALTER TABLE people DROP COLUMN needs_review")
    conn.close()
    conn = open_database(db)
    assert conn.execute("SELECT person_id, confidence, needs_review FROM people ORDER BY person_id").fetchall() \
        == [(1, 1.0, 0), (2, None, 1)]


# The parents the writer deletes rows of (replacing, superseding or linking a
# document): with foreign keys on, each such delete looks up the children.
DELETED_PARENTS = ("documents", "measures")


def _indexed_first_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {conn.execute(f"PRAGMA index_info({name})").fetchone()[2]
            for _, name, *_ in conn.execute(f"PRAGMA index_list({table})")}


def test_every_child_key_of_a_deleted_parent_is_indexed(tmp_path):
    conn = open_database(tmp_path / "new.db")
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    unindexed = [
        (table, fk[3]) for table in tables for fk in conn.execute(f"PRAGMA foreign_key_list({table})")
        if fk[2] in DELETED_PARENTS and fk[3] not in _indexed_first_columns(conn, table)
    ]
    assert unindexed == []


def test_the_writers_lookups_by_document_read_no_whole_table(tmp_path):
    conn = open_database(tmp_path / "new.db")
    statements = [
        *(f"DELETE FROM {t} WHERE document_id = ?" for t in ("scores", "measures", "people", "findings")),
        "DELETE FROM measures_fts WHERE rowid IN (SELECT measure_id FROM measures WHERE document_id = ?)",
        "UPDATE documents SET same_report_as = ? WHERE document_id = ? OR same_report_as = ?",
        "SELECT document_id FROM documents WHERE same_report_as = ?",
        "UPDATE documents SET superseded_by = NULL WHERE superseded_by = ?",
        "UPDATE source_files SET document_id = NULL, mtime_ns = -1 WHERE document_id = ?",
    ]
    for sql in statements:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, [1] * sql.count("?"))]
        assert not [step for step in plan if step.startswith("SCAN") and "VIRTUAL TABLE" not in step], (sql, plan)


def test_an_older_database_gets_the_new_indexes_when_opened(tmp_path):
    db = tmp_path / "old.db"
    conn = open_database(db)
    conn.execute("INSERT INTO units (name, unit_type) VALUES ('สถานีตำรวจภูธรทดสอบ', 'police_station')")
    conn.execute("DROP INDEX measures_document")
    conn.execute("DROP INDEX documents_same_report_as")
    conn.close()
    conn = open_database(db)
    assert "document_id" in _indexed_first_columns(conn, "measures")
    assert "same_report_as" in _indexed_first_columns(conn, "documents")
    assert conn.execute("SELECT count(*) FROM units").fetchone() == (1,)
