"""What every desk command shares: opening the database read-only, errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DeskError(Exception):
    """A problem the official can fix: the message names the file and what to do."""


def prepare_database(db_path: Path) -> None:
    """Bring an older database's schema up to date (new tables, columns) before reading it.

    The only write a desk command makes, and only when something is missing;
    a database the user may not write is read as it is.
    """
    from schemas.db import connect, ensure_schema

    try:
        conn = connect(db_path, timeout=10)
        try:
            ensure_schema(conn)
        finally:
            conn.close()
    except sqlite3.OperationalError:  # read-only file, or the nightly ingest holds the write lock
        pass
    except sqlite3.DatabaseError as exc:
        raise DeskError(f"{db_path}: ไม่ใช่ฐานข้อมูล SQLite ของ ita-pipeline (not an ita database: {exc})")
    except RuntimeError as exc:  # written by a newer ita-pipeline
        raise DeskError(f"{db_path}: {exc}")


def open_readonly(db_path: str | Path) -> sqlite3.Connection:
    """A read-only connection (rows as sqlite3.Row) to an existing ita database."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DeskError(f"ไม่พบฐานข้อมูล {db_path} (database not found): run `ita ingest` first or give --db FILE")
    prepare_database(db_path)
    conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True, timeout=30)
    conn.execute("PRAGMA query_only = 1")
    conn.row_factory = sqlite3.Row
    return conn
