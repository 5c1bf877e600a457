"""`ita export` on the samples, read back with openpyxl and csv: every sheet's
rows are the database's rows, Thai exact, numbers numeric, dates dates."""

from __future__ import annotations

import contextlib
import csv
import sqlite3
from collections import Counter
from datetime import date, datetime

import openpyxl
import pytest

from desk.export import export_csv, export_xlsx
from flows.cli import main

COUNTS = {  # sheet: the SQL that counts its rows, written independently of desk/export.py
    "หน่วยงาน": "SELECT count(*) FROM units",
    "เอกสาร": "SELECT count(*) FROM documents WHERE status <> 'superseded'",
    "คะแนน": "SELECT count(*) FROM scores",
    "มาตรการ": "SELECT count(*) FROM measures",
    "บุคคล": "SELECT count(*) FROM people",
    "ข้อที่ควรตรวจสอบ": "SELECT count(*) FROM findings",
    "รายการรอตรวจสอบ": "SELECT (SELECT count(*) FROM findings) + (SELECT count(*) FROM scores WHERE needs_review = 1)"
                       " + (SELECT count(*) FROM measures WHERE needs_review = 1)"
                       " + (SELECT count(*) FROM people WHERE needs_review = 1)"
                       " + (SELECT count(*) FROM documents WHERE status = 'failed')"
                       " + (SELECT count(*) FROM documents WHERE status = 'loaded' AND text_source IN ('ocr', 'mixed'))",
}


def scalar(db, sql, params=()):
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchone()[0]


def column(ws, header: str) -> list:
    headers = [c.value for c in ws[1]]
    index = headers.index(header)
    return [row[index] for row in ws.iter_rows(min_row=2)]


@pytest.fixture(scope="module")
def workbook(samples_db, tmp_path_factory):
    db, _ = samples_db
    out = tmp_path_factory.mktemp("export") / "ita.xlsx"
    assert main(["export", "--db", str(db), "--xlsx", str(out)]) == 0
    return db, openpyxl.load_workbook(out)


def test_every_sheet_holds_every_row(workbook):
    db, wb = workbook
    assert wb.sheetnames == list(COUNTS)
    for sheet, sql in COUNTS.items():
        assert wb[sheet].max_row - 1 == scalar(db, sql), sheet
    assert wb["มาตรการ"].max_row > 100


def test_thai_round_trips_exactly(workbook):
    db, wb = workbook
    with contextlib.closing(sqlite3.connect(db)) as conn:
        units = [r[0] for r in conn.execute("SELECT name FROM units")]
        titles = [r[0] for r in conn.execute("SELECT title FROM measures")]
        with_owners = conn.execute("SELECT min(measure_id) FROM owners").fetchone()[0]
        owners = [r[0] for r in conn.execute("SELECT raw FROM owners WHERE measure_id = ? ORDER BY owner_id", (with_owners,))]
    assert sorted(c.value for c in column(wb["หน่วยงาน"], "ชื่อหน่วยงาน")) == sorted(units)
    assert Counter(c.value for c in column(wb["มาตรการ"], "มาตรการ")) == Counter(titles)
    first = next(r for r in wb["มาตรการ"].iter_rows(min_row=2, values_only=True)
                 if r[0] == with_owners)
    assert owners and "; ".join(owners) in first


def test_numbers_are_numeric_cells_and_dates_are_date_cells(workbook):
    db, wb = workbook
    values = column(wb["คะแนน"], "คะแนน")
    assert values and all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in values)
    assert sorted(c.value for c in values) == sorted(
        r[0] for r in sqlite3.connect(db).execute("SELECT value FROM scores"))
    assert all(isinstance(c.value, int) for c in column(wb["คะแนน"], "ปีงบประมาณ") if c.value is not None)
    deadlines = [c for c in column(wb["มาตรการ"], "กำหนดเสร็จ") if c.value is not None]
    assert deadlines and all(c.is_date and isinstance(c.value, datetime) for c in deadlines)
    sql_deadlines = Counter(r[0] for r in sqlite3.connect(db).execute(
        "SELECT end_date FROM measures WHERE end_date IS NOT NULL"))
    assert Counter(c.value.date().isoformat() for c in deadlines) == sql_deadlines
    assert all(c.number_format == "yyyy-mm-dd" for c in deadlines)
    assert all(c.is_date for c in column(wb["เอกสาร"], "เวลานำเข้า"))


def test_sheets_have_frozen_headers_autofilter_and_widths(workbook):
    _, wb = workbook
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == ws.dimensions, ws.title
    widths = wb["มาตรการ"].column_dimensions
    assert widths["F"].width > widths["A"].width  # the measure's title is wider than its number


def test_filters_by_fiscal_year_and_province(samples_db, tmp_path):
    db, _ = samples_db
    counts = export_xlsx(db, tmp_path / "f.xlsx", fiscal_year=2568, province="มหาสารคาม")
    assert counts["คะแนน"] == scalar(db, "SELECT count(*) FROM scores s JOIN units u USING (unit_id) "
                                        "WHERE s.fiscal_year = 2568 AND u.province = 'มหาสารคาม'") > 0
    assert counts["มาตรการ"] == scalar(db, "SELECT count(*) FROM measures m JOIN units u USING (unit_id) "
                                          "WHERE m.fiscal_year = 2568 AND u.province = 'มหาสารคาม'")
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    assert {c.value for c in column(wb["หน่วยงาน"], "จังหวัด")} == {"มหาสารคาม"}


def test_csv_export_is_utf8_with_bom_and_holds_every_row(samples_db, tmp_path):
    db, _ = samples_db
    counts = export_csv(db, tmp_path / "csv")
    measures = tmp_path / "csv" / "measures.csv"
    assert measures.read_bytes().startswith(b"\xef\xbb\xbf")
    with measures.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == counts["measures.csv"] == scalar(db, "SELECT count(*) FROM measures")
    assert Counter(r["มาตรการ"] for r in rows) == Counter(
        r[0] for r in sqlite3.connect(db).execute("SELECT title FROM measures"))
    assert all(date.fromisoformat(r["กำหนดเสร็จ"]) for r in rows if r["กำหนดเสร็จ"])
