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
