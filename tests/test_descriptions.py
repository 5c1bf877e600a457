"""Every table and column of schema.sql has a Thai title and description in
schemas/descriptions.py (the source of Datasette's metadata and the export's
headers), so what officials read cannot drift from what is stored."""

from __future__ import annotations

import re
import sqlite3

from schemas.db import SCHEMA_SQL, declared_columns, ensure_schema
from schemas.descriptions import TABLES

THAI = re.compile(r"[\u0E01-\u0E5B]")


def schema_columns() -> dict[str, list[str]]:
    """Tables and columns as SQLite itself creates them from schema.sql."""
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts_%'")]
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in names}


def test_every_table_and_column_of_the_schema_is_described_in_thai():
    tables = schema_columns()
    assert {"units", "scores", "pages_fts", "province_units"} <= tables.keys()
    missing = [f"{t}.{c}" for t, cols in tables.items() for c in cols
               if t not in TABLES or c not in TABLES[t].columns]
    assert missing == [], f"describe these in schemas/descriptions.py: {missing}"
    for table in tables:
        doc = TABLES[table]
        assert THAI.search(doc.title) and THAI.search(doc.description), table
        for column, (title, description) in doc.columns.items():
            assert THAI.search(title) and description, f"{table}.{column}"


def test_no_description_names_a_column_the_schema_does_not_have():
    tables = schema_columns()
    assert set(TABLES) == set(tables)
    for table, doc in TABLES.items():
        assert set(doc.columns) <= set(tables[table]), table


def test_the_text_parser_of_schema_sql_sees_the_same_columns():
    declared = declared_columns(SCHEMA_SQL.read_text(encoding="utf-8"))
    for table, columns in declared.items():
        assert [c for c, _ in columns] == schema_columns()[table]
