"""Open an ita-pipeline database: create or migrate the public schema.

The schema itself is `schemas/schema.sql`; this module applies it, fills the
reference data and records the schema version in `PRAGMA user_version` so
later versions can migrate old databases instead of breaking them.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

SCHEMA_SQL = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = 1


def connect(db_path: str | Path, *, timeout: float = 60.0) -> sqlite3.Connection:
    """A connection with the pragmas the pipeline relies on.

    WAL lets officials read (Datasette, Excel, sqlite3) while a nightly run
    writes; foreign keys make deleting a document remove its rows.
    """
    conn = sqlite3.connect(str(db_path), timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create missing tables and reference data; migrate older versions."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"this database was written by a newer ita-pipeline (schema {version}, "
            f"this one knows {SCHEMA_VERSION}): upgrade ita-pipeline"
        )
    schema_sql = SCHEMA_SQL.read_text(encoding="utf-8")
    conn.execute("SAVEPOINT add_columns")  # new columns and their first values together, or neither
    try:
        added = _add_missing_columns(conn, schema_sql)  # before indexes on new columns are created
        if ("measures", "needs_review") in added:
            flag_measures_read_by_ocr(conn)
        if ("people", "needs_review") in added:
            flag_rows_read_by_ocr(conn, "people")
    except BaseException:
        conn.execute("ROLLBACK TO add_columns")
        raise
    finally:
        conn.execute("RELEASE add_columns")
    stale_fts = _drop_stale_fts_tables(conn, schema_sql)
    conn.executescript(schema_sql)
    if stale_fts:
        from schemas.store import rebuild_search_index

        rebuild_search_index(conn)
    _fill_indicators(conn)
    if version != SCHEMA_VERSION:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def open_database(db_path: str | Path) -> sqlite3.Connection:
    """connect() + ensure_schema(), creating the file's folder if needed."""
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    conn = connect(db_path)
    ensure_schema(conn)
    return conn


def declared_columns(schema_sql: str) -> dict[str, list[tuple[str, str]]]:
    """{table: [(column, its declaration), ...]} for every CREATE TABLE in schema_sql.

    Only plain column lines count (not constraints such as UNIQUE (...)).
    """
    tables: dict[str, list[tuple[str, str]]] = {}
    body_re = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)\s*\((.*?)\n\);", re.S)
    for name, body in body_re.findall(schema_sql):
        columns = []
        for line in body.splitlines():
            line = re.sub(r"--.*", "", line).strip().rstrip(",")
            parts = [line] if "(" in line else [part.strip() for part in line.split(",")]
            for part in parts:
                match = re.match(r"(\w+)\s+(INTEGER|TEXT|REAL|BLOB)\b", part)
                if match and match.group(1).upper() not in _CONSTRAINT_WORDS:
                    columns.append((match.group(1), part))
        tables[name] = columns
    return tables


_CONSTRAINT_WORDS = {"UNIQUE", "PRIMARY", "FOREIGN", "CHECK", "CONSTRAINT"}


def _add_missing_columns(conn: sqlite3.Connection, schema_sql: str) -> set[tuple[str, str]]:
    """Add columns declared in schema.sql that an older database lacks; the (table, column) added.

    Columns are only ever added (README: rename or drop only with a
    migration), so a database written by an earlier version opens with the
    new columns NULL. SQLite cannot add a column with a non-constant default
    or a PRIMARY KEY/UNIQUE constraint: such columns must not be added later.
    """
    added = set()
    for table, columns in declared_columns(schema_sql).items():
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not existing:  # a table not created yet: the script creates it whole
            continue
        for column, declaration in columns:
            if column not in existing:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {declaration}")
                added.add((table, column))
    return added


def read_by_ocr_sql(table: str) -> str:
    """SQL true for a row of `table` (a document_id and a page) read from an OCR page, or
    without a page in a document with OCR pages."""
    return f"""EXISTS (SELECT 1 FROM pages p WHERE p.document_id = {table}.document_id
    AND p.text_source = 'ocr' AND ({table}.page IS NULL OR p.page_no = {table}.page))"""


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def flag_rows_read_by_ocr(conn: sqlite3.Connection, table: str) -> None:
    """Rows of `table` stored before it had a review flag: those read from an OCR page get
    needs_review = 1 (their confidence stays NULL: it was not kept), the others confidence
    1.0. Otherwise an older database would keep OCR text as plain facts."""
    by_ocr = read_by_ocr_sql(table) if has_table(conn, "pages") else "0"  # no pages: nothing read by OCR
    conn.execute(f"UPDATE {table} SET needs_review = 1 WHERE {by_ocr}")
    conn.execute(f"UPDATE {table} SET confidence = 1.0 WHERE needs_review = 0")


def flag_measures_read_by_ocr(conn: sqlite3.Connection) -> None:
    """Measures and owners stored before they had a review flag (flag_rows_read_by_ocr);
    an owner is flagged with its measure."""
    flag_rows_read_by_ocr(conn, "measures")
    if has_table(conn, "owners"):
        conn.execute("UPDATE owners SET needs_review = 1, confidence = NULL WHERE measure_id IN "
                     "(SELECT measure_id FROM measures WHERE needs_review = 1)")
        conn.execute("UPDATE owners SET confidence = 1.0 WHERE measure_id IN "
                     "(SELECT measure_id FROM measures WHERE needs_review = 0)")


def declared_fts_columns(schema_sql: str) -> dict[str, list[str]]:
    """{table: [column, ...]} for every FTS5 table in schema_sql."""
    fts_re = re.compile(r"CREATE VIRTUAL TABLE IF NOT EXISTS (\w+) USING fts5\(([^)]*)\)")
    return {
        name: [c.strip() for c in args.split(",") if "=" not in c]
        for name, args in fts_re.findall(schema_sql)
    }


def _drop_stale_fts_tables(conn: sqlite3.Connection, schema_sql: str) -> bool:
    """Drop full-text tables whose columns differ from schema.sql; True if any was.

    A full-text index holds nothing that is not in `pages`/`measures`, so an
    older layout is dropped and rebuilt rather than altered.
    """
    dropped = False
    for table, columns in declared_fts_columns(schema_sql).items():
        existing = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if existing and existing != columns:
            conn.execute(f"DROP TABLE {table}")
            dropped = True
    return dropped


def _fill_indicators(conn: sqlite3.Connection) -> None:
    from normalizers.indicators import INDICATORS

    conn.executemany(
        "INSERT INTO indicators (indicator_no, name, tool) VALUES (?, ?, ?) "
        "ON CONFLICT(indicator_no) DO UPDATE SET name = excluded.name, tool = excluded.tool",
        [(i.no, i.name, i.tool) for i in INDICATORS.values()],
    )
