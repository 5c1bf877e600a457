"""`ita export`: the database as one Excel workbook, or CSV files, with Thai headers.

Sheets: units, documents, scores, measures (owners joined), people, findings,
review (the review queue). Headers are the Thai column titles of
schemas/descriptions.py; numbers stay numbers, ISO dates become Excel dates.
`--fiscal-year` keeps rows of that fiscal year (each sheet's own
fiscal_year; people and findings by their document's), `--province` rows of
units in that province.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from desk.common import DeskError, open_readonly
from desk.queries import REVIEW_QUEUE
from schemas.descriptions import column_title


@dataclass(frozen=True)
class Sheet:
    key: str              # file name of the CSV, and the English name
    title: str            # Thai sheet name (<= 31 characters, Excel's limit)
    table: str            # whose column titles the headers take
    sql: str              # with :fiscal_year / :province ('' = all)
    dates: tuple[str, ...] = ()
    extra_titles: tuple[tuple[str, str], ...] = ()  # headers of joined columns


_UNIT_FILTER = "(:province = '' OR u.province = :province)"

SHEETS: tuple[Sheet, ...] = (
    Sheet("units", "หน่วยงาน", "units",
          f"""SELECT u.unit_id, u.name, u.unit_type, u.province FROM units u
              WHERE {_UNIT_FILTER}
                AND (:fiscal_year = '' OR EXISTS (SELECT 1 FROM documents d WHERE d.unit_id = u.unit_id
                     AND d.fiscal_year = CAST(:fiscal_year AS INTEGER)))
              ORDER BY u.name"""),
    Sheet("documents", "เอกสาร", "documents",
          f"""SELECT d.document_id, u.name AS unit, d.file_name, d.format, d.page_count, d.fiscal_year,
                     d.doc_type, d.title, d.text_source, d.status, d.error, d.ingested_at
              FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id
              WHERE d.status <> 'superseded' AND {_UNIT_FILTER}
                AND (:fiscal_year = '' OR d.fiscal_year = CAST(:fiscal_year AS INTEGER))
              ORDER BY u.name, d.file_name""",
          dates=("ingested_at",), extra_titles=(("unit", "หน่วยงาน"),)),
    Sheet("scores", "คะแนน", "scores",
          f"""SELECT s.score_id, u.name AS unit, s.fiscal_year, s.level, s.tool, s.indicator_no,
                     s.question_code, s.label, s.value, s.rating, s.weight, s.points, s.needs_review,
                     s.document_id, s.page
              FROM scores s LEFT JOIN units u ON u.unit_id = s.unit_id
              WHERE {_UNIT_FILTER} AND (:fiscal_year = '' OR s.fiscal_year = CAST(:fiscal_year AS INTEGER))
              ORDER BY u.name, s.fiscal_year, s.score_id""",
          extra_titles=(("unit", "หน่วยงาน"),)),
    Sheet("measures", "มาตรการ", "measures",
          f"""SELECT m.measure_id, u.name AS unit, m.fiscal_year, m.indicator_no, i.name AS indicator,
                     m.title, m.detail, m.period_text, m.start_date, m.end_date, m.monitoring,
                     (SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) AS owners,
                     m.confidence, m.needs_review, m.document_id, m.page
              FROM measures m LEFT JOIN units u ON u.unit_id = m.unit_id
              LEFT JOIN indicators i ON i.indicator_no = m.indicator_no
              WHERE {_UNIT_FILTER} AND (:fiscal_year = '' OR m.fiscal_year = CAST(:fiscal_year AS INTEGER))
              ORDER BY u.name, m.indicator_no, m.measure_id""",
          dates=("start_date", "end_date"),
          extra_titles=(("unit", "หน่วยงาน"), ("indicator", "ชื่อตัวชี้วัด"), ("owners", "ผู้รับผิดชอบ"))),
    Sheet("people", "บุคคล", "people",
          f"""SELECT p.person_id, u.name AS unit, p.role, p.rank, p.person_name, p.position, p.phone,
                     p.confidence, p.needs_review, p.document_id, p.page
              FROM people p JOIN documents d ON d.document_id = p.document_id
              LEFT JOIN units u ON u.unit_id = p.unit_id
              WHERE {_UNIT_FILTER} AND (:fiscal_year = '' OR d.fiscal_year = CAST(:fiscal_year AS INTEGER))
              ORDER BY u.name, p.person_id""",
          extra_titles=(("unit", "หน่วยงาน"),)),
    Sheet("findings", "ข้อที่ควรตรวจสอบ", "findings",
          f"""SELECT f.finding_id, u.name AS unit, d.file_name, f.kind, f.message, f.document_id, f.page
              FROM findings f JOIN documents d ON d.document_id = f.document_id
              LEFT JOIN units u ON u.unit_id = d.unit_id
              WHERE {_UNIT_FILTER} AND (:fiscal_year = '' OR d.fiscal_year = CAST(:fiscal_year AS INTEGER))
              ORDER BY u.name, d.file_name, f.finding_id""",
          extra_titles=(("unit", "หน่วยงาน"), ("file_name", "ชื่อไฟล์"))),
    Sheet("review", "รายการรอตรวจสอบ", "documents",
          f"SELECT * FROM ({REVIEW_QUEUE.sql}) AS review",
          extra_titles=(("item", "รายการ"), ("unit", "หน่วยงาน"), ("province", "จังหวัด"),
                        ("detail", "รายละเอียด"), ("page", "หน้า"))),
)


def filter_params(fiscal_year: int | None, province: str | None) -> dict[str, str]:
    """The named parameters of the sheet queries ('' means no filter), as Datasette passes them."""
    return {"fiscal_year": "" if fiscal_year is None else str(int(fiscal_year)),
            "province": (province or "").strip()}


def headers_of(sheet: Sheet, columns: list[str]) -> list[str]:
    extra = dict(sheet.extra_titles)
    return [extra.get(c) or column_title(sheet.table, c) for c in columns]


def sheet_frame(conn: sqlite3.Connection, sheet: Sheet, params: dict[str, str]) -> pd.DataFrame:
    """The sheet's rows, dates as datetimes, columns still named as in SQL."""
    frame = pd.read_sql_query(sheet.sql, conn, params=params)
    for column in sheet.dates:
        values = pd.to_datetime(frame[column], errors="coerce", utc=True, format="ISO8601")
        frame[column] = values.dt.tz_localize(None)
        if column in ("start_date", "end_date"):
            frame[column] = frame[column].dt.normalize()
    return frame


def sheet_frames(db_path: str | Path, fiscal_year: int | None = None,
                 province: str | None = None) -> dict[str, tuple[Sheet, pd.DataFrame]]:
    """{sheet key: (sheet, rows)} for every sheet, filtered."""
    params = filter_params(fiscal_year, province)
    conn = open_readonly(db_path)
    try:
        return {sheet.key: (sheet, sheet_frame(conn, sheet, params)) for sheet in SHEETS}
    finally:
        conn.close()


def _column_width(header: str, values: pd.Series) -> float:
    """Characters wide: Thai combining marks take no width, so count base letters only."""
    def visible(text: str) -> int:
        return sum(1 for ch in text if unicodedata.category(ch) != "Mn")
    longest = max([visible(str(header))] + [visible(str(v)) for v in values.head(200) if pd.notna(v)])
    return float(min(max(longest, 6) + 2, 60))


def export_xlsx(db_path: str | Path, out: str | Path, fiscal_year: int | None = None,
                province: str | None = None) -> dict[str, int]:
    """Write the workbook; {sheet title: rows}."""
    out = Path(out)
    frames = sheet_frames(db_path, fiscal_year, province)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with pd.ExcelWriter(out, engine="openpyxl", datetime_format="yyyy-mm-dd hh:mm",
                            date_format="yyyy-mm-dd") as writer:
            for sheet, frame in frames.values():
                shown = frame.set_axis(headers_of(sheet, list(frame.columns)), axis=1)
                shown.to_excel(writer, sheet_name=sheet.title, index=False, freeze_panes=(1, 0))
                ws = writer.sheets[sheet.title]
                ws.auto_filter.ref = ws.dimensions
                for index, column in enumerate(frame.columns, start=1):
                    letter = ws.cell(row=1, column=index).column_letter
                    ws.column_dimensions[letter].width = _column_width(shown.columns[index - 1], frame[column])
                    if column in ("start_date", "end_date"):
                        for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                            cell.number_format = "yyyy-mm-dd"
    except PermissionError as exc:
        raise DeskError(f"เขียนไฟล์ {out} ไม่ได้ (cannot write): close it in Excel or choose another name ({exc})")
    return {sheet.title: len(frame) for sheet, frame in frames.values()}


def export_csv(db_path: str | Path, out_dir: str | Path, fiscal_year: int | None = None,
               province: str | None = None) -> dict[str, int]:
    """One CSV per sheet in out_dir, UTF-8 with BOM (Excel then reads Thai right); {file: rows}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for sheet, frame in sheet_frames(db_path, fiscal_year, province).values():
        shown = frame.set_axis(headers_of(sheet, list(frame.columns)), axis=1)
        for column, header in zip(frame.columns, shown.columns):
            if column in ("start_date", "end_date"):
                shown[header] = frame[column].dt.strftime("%Y-%m-%d")
        path = out_dir / f"{sheet.key}.csv"
        shown.to_csv(path, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d %H:%M:%S")
        counts[path.name] = len(frame)
    return counts
