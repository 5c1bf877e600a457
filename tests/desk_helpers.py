"""Helpers for the desk tests: a private copy of the samples database with a
units list imported, and `ita browse` running on a free loopback port."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from conftest import REPO

# The centre's list: two units that sent reports (one abbreviated), two that did not.
UNITS_CSV = """ลำดับ,ชื่อหน่วยงาน,อำเภอ,จังหวัด
1,ทต.เขวาใหญ่,กันทรวิชัย,มหาสารคาม
2,ภ.จว.มหาสารคาม,เมืองมหาสารคาม,จ.มหาสารคาม
3,อบต.ท่าขอนยาง,กันทรวิชัย,มหาสารคาม
4,สภ.เมืองมหาสารคาม,เมืองมหาสารคาม,มหาสารคาม
"""


class PageText(HTMLParser):
    """What a reader sees of an HTML page: its visible text (no <head>, <style>,
    <script>, <textarea>), the text of each <td>, the <img> sources, the tables."""

    HIDDEN = {"head", "style", "script", "title", "textarea"}

    def __init__(self, page: str) -> None:
        super().__init__()
        self.text: list[str] = []
        self.cells: list[str] = []
        self.images: list[str] = []
        self.tables = 0
        self._cell: list[str] | None = None
        self._hidden = 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in self.HIDDEN
        if tag == "td":
            self._cell = []
        elif tag == "img":
            self.images.append(dict(attrs).get("src", ""))
        elif tag == "table":
            self.tables += 1

    def handle_endtag(self, tag):
        self._hidden -= tag in self.HIDDEN
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._hidden:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def english_keys(row: dict) -> dict:
    """A canned query's result row with the SQL's English column names instead of the Thai headers."""
    from desk.queries import RESULT_COLUMNS_EN

    return {RESULT_COLUMNS_EN[key]: value for key, value in row.items()}


def copy_database(src: Path, dst: Path) -> Path:
    """A consistent copy of a (WAL) database through SQLite's backup API."""
    with contextlib.closing(sqlite3.connect(src)) as source, contextlib.closing(sqlite3.connect(dst)) as target:
        source.backup(target)
    return dst


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_browse(db: Path, cache: Path, timeout: float = 90) -> Iterator[str]:
    """`ita browse --db db` on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    log = (cache / "browse.log").open("w")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "browse", "--db", str(db), "--port", str(port),
         "--page-cache", str(cache)],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"ita browse exited: {(cache / 'browse.log').read_text()}")
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("ita browse did not answer in time")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def desk_db(samples_db, tmp_path_factory):
    """A copy of the samples database with a units list, one score, one measure and one person
    flagged and one failed file."""
    src, _ = samples_db
    work = tmp_path_factory.mktemp("desk")
    db = copy_database(src, work / "ita.db")
    (work / "units.csv").write_text(UNITS_CSV, encoding="utf-8")
    from desk.units_import import import_units

    import_units(db, work / "units.csv")
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE scores SET needs_review = 1 WHERE score_id = "
                     "(SELECT min(score_id) FROM scores WHERE level = 'indicator')")
        conn.execute("UPDATE measures SET needs_review = 1, confidence = 0.42 WHERE measure_id = "
                     "(SELECT min(measure_id) FROM measures)")  # as if read from a scan
        conn.execute("UPDATE people SET needs_review = 1, confidence = 0.37 WHERE person_id = "
                     "(SELECT min(person_id) FROM people)")
        conn.execute("INSERT INTO documents (sha256, file_name, source_path, status, error, ingested_at) "
                     "VALUES ('0'*64, 'locked.pdf', '/inbox/locked.pdf', 'failed', "
                     "'encrypted PDF: ask the unit for an unprotected copy', '2026-01-01T00:00:00+00:00')")
    return db


@pytest.fixture(scope="module")
def browse(desk_db, tmp_path_factory):
    with running_browse(desk_db, tmp_path_factory.mktemp("pages")) as base:
        yield base, desk_db
