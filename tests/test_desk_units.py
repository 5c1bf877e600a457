"""`ita units import`: a centre's list in CSV or Excel, columns found by header
or by content, names made canonical so they join units.name."""

from __future__ import annotations

import contextlib
import sqlite3

import pandas as pd
import pytest

from desk.common import DeskError
from desk.units_import import column_roles, import_units
from flows.cli import main


def rows(db) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT name, name_raw, unit_type, province, district FROM province_units "
                            "ORDER BY name").fetchall()


def test_a_thai_csv_list_is_imported_with_canonical_names(tmp_path):
    src = tmp_path / "units.csv"
    src.write_text("ลำดับ,ชื่อหน่วยงาน,อำเภอ,จังหวัด\n"
                   "๑,ทต.เขวาใหญ่,อ.กันทรวิชัย,จ.มหาสารคาม\n"
                   "๒,สภ.จันทรา,จังหาร,ร้อยเอ็ด\n", encoding="utf-8-sig")
    assert main(["units", "import", str(src), "--db", str(tmp_path / "ita.db")]) == 0
    assert rows(tmp_path / "ita.db") == sorted([
        ("เทศบาลตำบลเขวาใหญ่", "ทต.เขวาใหญ่", "municipality", "มหาสารคาม", "กันทรวิชัย"),
        ("สถานีตำรวจภูธรจันทรา", "สภ.จันทรา", "police_station", "ร้อยเอ็ด", "จังหาร"),
    ])


def test_columns_without_known_headers_are_found_by_content():
    frame = pd.DataFrame({"ก": ["1", "2", "3"],
                          "ข": ["อบต.ท่าขอนยาง", "เทศบาลเมืองมหาสารคาม", "สภ.เมืองมหาสารคาม"],
                          "ค": ["มหาสารคาม", "มหาสารคาม", "จ.มหาสารคาม"]})
    assert column_roles(frame) == {"name": "ข", "province": "ค"}


def test_an_excel_list_with_english_headers_updates_rows_on_reimport(tmp_path):
    db = tmp_path / "ita.db"
    src = tmp_path / "units.xlsx"
    pd.DataFrame({"Name": ["อบต.ท่าขอนยาง"], "Type": ["subdistrict_admin"], "District": ["กันทรวิชัย"]}).to_excel(
        src, index=False)
    first = import_units(db, src, province="มหาสารคาม")
    assert (first.added, first.updated) == (1, 0)
    pd.DataFrame({"Name": ["องค์การบริหารส่วนตำบลท่าขอนยาง", "ทต.เขวาใหญ่"]}).to_excel(src, index=False)
    second = import_units(db, src, province="มหาสารคาม")
    assert (second.added, second.updated) == (1, 1)
    assert rows(db)[0] == ("องค์การบริหารส่วนตำบลท่าขอนยาง", "องค์การบริหารส่วนตำบลท่าขอนยาง",
                           "subdistrict_admin", "มหาสารคาม", "กันทรวิชัย")


def test_a_list_without_a_name_column_is_refused_with_what_to_do(tmp_path):
    src = tmp_path / "units.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DeskError, match="ชื่อหน่วยงาน"):
        import_units(tmp_path / "ita.db", src)
    bad = tmp_path / "units-cp874.csv"
    bad.write_bytes("ชื่อหน่วยงาน\nทต.เขวาใหญ่\n".encode("cp874"))
    with pytest.raises(DeskError, match="UTF-8"):
        import_units(tmp_path / "ita.db", bad)
    with pytest.raises(DeskError, match="จังหวัด"):
        import_units(tmp_path / "ita.db", src, province="ไม่มีจังหวัดนี้")


def test_desk_commands_refuse_a_file_that_is_not_an_ita_database(tmp_path, capsys):
    not_db = tmp_path / "รายงาน.db"
    not_db.write_text("not a database", encoding="utf-8")
    for argv in (["export", "--csv", str(tmp_path / "csv")], ["report", "-o", str(tmp_path / "r.html")],
                 ["browse"]):
        assert main([*argv, "--db", str(not_db)]) == 2, argv
        assert "ไม่ใช่ฐานข้อมูล" in capsys.readouterr().err
