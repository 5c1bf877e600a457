"""`ita units import FILE.csv|FILE.xlsx`: the list of units a centre oversees.

Lists come from many hands, so columns are found by their header (Thai or
English: ชื่อหน่วยงาน/name, ประเภท/type, จังหวัด/province, อำเภอ/district),
and, when a header says nothing, by content: the column whose values are
mostly province names is the province, the one whose values read as unit
names (parse_unit) is the name. Names are stored canonical (abbreviations
expanded, the way ingest names units) so the coverage query can join
`units.name`; the name as written is kept in `name_raw`. Importing again
updates rows by name; nothing is deleted.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from desk.common import DeskError
from normalizers.thai_text import normalize_thai_text, thai_digits_to_arabic
from normalizers.units import PROVINCE_ALIASES, PROVINCES, expand_unit_abbreviations, parse_unit, unit_type_of

ROLE_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("ชื่อหน่วยงาน", "หน่วยงาน", "ชื่อ", "name", "unit", "unit_name"),
    "unit_type": ("ประเภทหน่วยงาน", "ประเภท", "type", "unit_type"),
    "province": ("จังหวัด", "province"),
    "district": ("อำเภอ", "เขต", "district", "amphoe"),
}
_PROVINCE_PREFIX = re.compile(r"^\s*(?:จังหวัด|จ\.)\s*")
_DISTRICT_PREFIX = re.compile(r"^\s*(?:อำเภอ|อ\.|เขต)\s*")


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    matched: int   # rows whose name is a unit that has sent reports


def _clean(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return normalize_thai_text(thai_digits_to_arabic(str(value))).strip()


def _header_key(header: str) -> str:
    return re.sub(r"[\s_.:]+", "", _clean(header)).lower()


def province_name(value: str) -> str | None:
    """A province as stored (no จังหวัด, aliases resolved), or None when it is not one."""
    text = _PROVINCE_PREFIX.sub("", _clean(value)).strip()
    text = PROVINCE_ALIASES.get(text, text)
    return text if text in PROVINCES else None


def column_roles(frame: pd.DataFrame) -> dict[str, str]:
    """{role: column} for name, unit_type, province, district: by header, then by content."""
    roles: dict[str, str] = {}
    keys = {column: _header_key(column) for column in frame.columns}
    for role, names in ROLE_HEADERS.items():
        for name in names:  # most specific header first
            hit = next((c for c, k in keys.items() if k == _header_key(name) and c not in roles.values()), None)
            if hit is not None:
                roles[role] = hit
                break
    free = [c for c in frame.columns if c not in roles.values()]

    def share(column: str, test) -> float:
        values = [v for v in (_clean(x) for x in frame[column].head(200)) if v]
        return sum(1 for v in values if test(v)) / len(values) if values else 0.0

    if "province" not in roles:
        best = max(free, key=lambda c: share(c, province_name), default=None)
        if best is not None and share(best, province_name) >= 0.8:
            roles["province"] = best
            free.remove(best)
    if "name" not in roles:
        best = max(free, key=lambda c: share(c, parse_unit), default=None)
        if best is not None and share(best, parse_unit) >= 0.5:
            roles["name"] = best
    return roles


def read_units_table(path: Path) -> pd.DataFrame:
    """The list's rows as text; errors name the file and what to do."""
    if not path.is_file():
        raise DeskError(f"ไม่พบไฟล์ {path} (file not found)")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
        if suffix in (".xlsx", ".xlsm"):
            return pd.read_excel(path, dtype=str, engine="openpyxl", keep_default_na=False)
    except UnicodeDecodeError:
        raise DeskError(f"{path.name}: อ่านภาษาไทยไม่ได้ — save the CSV as UTF-8 (Excel: CSV UTF-8) and import again")
    except Exception as exc:  # a broken or protected workbook
        raise DeskError(f"{path.name}: เปิดไฟล์ไม่ได้ ({exc}); save it again as .xlsx or CSV UTF-8")
    raise DeskError(f"{path.name}: รองรับเฉพาะ .csv และ .xlsx (save the list as one of these)")


def canonical_unit_name(raw: str) -> str:
    """The name as ingest stores units.name (abbreviations expanded), from a list's cell."""
    text = _clean(raw)
    unit = parse_unit(text)
    return unit.name if unit else expand_unit_abbreviations(text)


def import_units(db_path: str | Path, file: str | Path, province: str | None = None) -> ImportResult:
    """Load the list into province_units; update rows already there (by name)."""
    from schemas.db import open_database
    from schemas.store import transaction, utc_now

    default_province = province_name(province) if province else None
    if province and not default_province:
        raise DeskError(f"--province {province}: ไม่ใช่ชื่อจังหวัด (not a Thai province name)")
    path = Path(file)
    frame = read_units_table(path)
    roles = column_roles(frame)
    if "name" not in roles:
        raise DeskError(f"{path.name}: ไม่พบคอลัมน์ชื่อหน่วยงาน — add a header ชื่อหน่วยงาน (or name) "
                        f"above the unit names; columns found: {', '.join(map(str, frame.columns))}")
    rows = []
    for record in frame.to_dict("records"):
        raw = _clean(record[roles["name"]])
        if not raw:
            continue
        name = canonical_unit_name(raw)
        listed_province = province_name(record[roles["province"]]) if "province" in roles else None
        unit_type = _clean(record[roles["unit_type"]]) if "unit_type" in roles else ""
        district = _DISTRICT_PREFIX.sub("", _clean(record[roles["district"]])) if "district" in roles else ""
        rows.append((name, raw, unit_type or unit_type_of(name), listed_province or default_province,
                     district or None))
    if not rows:
        raise DeskError(f"{path.name}: ไม่มีรายชื่อหน่วยงาน (no unit names under the header)")
    db = Path(db_path)
    conn = open_database(db)
    try:
        existing = {r[0] for r in conn.execute("SELECT name FROM province_units")}
        now = utc_now()
        with transaction(conn):
            conn.executemany(
                "INSERT INTO province_units (name, name_raw, unit_type, province, district, source_file, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET name_raw = excluded.name_raw, "
                "unit_type = excluded.unit_type, province = coalesce(excluded.province, province_units.province), "
                "district = coalesce(excluded.district, province_units.district), "
                "source_file = excluded.source_file, imported_at = excluded.imported_at",
                [row + (path.name, now) for row in rows],
            )
        names = {row[0] for row in rows}
        matched = conn.execute(
            f"SELECT count(*) FROM units WHERE name IN ({','.join('?' * len(names))})", list(names)).fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise DeskError(f"{db}: เขียนฐานข้อมูลไม่ได้ ({exc}); check the file is writable and no other program locks it")
    finally:
        conn.close()
    return ImportResult(added=len(names - existing), updated=len(names & existing), matched=matched)
