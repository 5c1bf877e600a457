"""`ita browse` on the samples: a real Datasette on a free loopback port.

Each canned query is fetched with Thai parameters as HTML and as JSON and its
rows are checked against SQL written here; the trigram search through the
UI finds what the SQL finds; writes are refused; rows link to page images.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
import sqlite3
from pathlib import Path

import httpx
import pytest

from conftest import REPO
from desk_helpers import browse, desk_db, english_keys  # noqa: F401 (fixtures)

THAI = re.compile(r"[\u0E01-\u0E5B]")


def thai_unescape(page: str) -> str:
    return html.unescape(page)


def sql_rows(db, sql: str, params=()) -> list[dict]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def fetch(base: str, db, query: str, params: dict) -> tuple[list[dict], str]:
    """(rows as JSON, the page as HTML) of a canned query."""
    name = db.stem
    rows = httpx.get(f"{base}/{name}/{query}.json", params={**params, "_shape": "array"}, timeout=60)
    rows.raise_for_status()
    assert all(THAI.match(key) for row in rows.json() for key in row)  # Thai headers
    page = httpx.get(f"{base}/{name}/{query}", params=params, timeout=60)
    page.raise_for_status()
    return [english_keys(row) for row in rows.json()], thai_unescape(page.text)



def test_the_clerks_page_lists_what_docs_clerk_query_lists(browse):
    base, db = browse
    rows, page = fetch(base, db, "below_threshold", {"fiscal_year": "2568", "threshold": "85", "province": "มหาสารคาม"})
    clerk = sql_rows(db, (REPO / "docs" / "clerk_query.sql").read_text(encoding="utf-8"))
    assert clerk and len(rows) == len(clerk)
    key = ("unit", "indicator_no", "score", "measure", "deadline", "owners")
    assert sorted(tuple(r[k] for k in key) for r in rows) == sorted(tuple(r[k] for k in key) for r in clerk)
    assert "คะแนนต่ำกว่าเกณฑ์" in page
    for row in clerk:
        assert row["unit"] in page and row["measure"] in page
    # another province has none of them
    other, _ = fetch(base, db, "below_threshold", {"fiscal_year": "2568", "threshold": "85", "province": "ร้อยเอ็ด"})
    assert other == []


def test_measures_by_indicator_takes_a_thai_indicator_name(browse):
    base, db = browse
    rows, page = fetch(base, db, "measures_by_indicator",
                       {"indicator": "การเปิดเผยข้อมูล", "fiscal_year": "", "province": ""})
    expected = sql_rows(db, "SELECT measure_id, title FROM measures WHERE indicator_no = 9")
    assert expected and len(rows) == len(expected)
    assert {r["measure"] for r in rows} == {r["title"] for r in expected}
    assert all(r["indicator_no"] == 9 for r in rows)
    by_number, _ = fetch(base, db, "measures_by_indicator", {"indicator": "9", "fiscal_year": "", "province": ""})
    assert len(by_number) == len(rows)
    assert "มาตรการตามตัวชี้วัด" in page and expected[0]["title"] in page


def test_measures_due_reads_thai_dates(browse):
    base, db = browse
    rows, page = fetch(base, db, "measures_due",
                       {"date_from": "1 ต.ค. 2568", "date_to": "30 ก.ย. 2569", "province": ""})
    expected = sql_rows(db, "SELECT measure_id FROM measures WHERE end_date BETWEEN '2025-10-01' AND '2026-09-30'")
    assert expected and len(rows) == len(expected)
    assert all("2025-10-01" <= r["deadline"] <= "2026-09-30" for r in rows)
    overdue, _ = fetch(base, db, "measures_due", {"date_from": "", "date_to": "", "province": ""})
    assert len(overdue) == len(sql_rows(db, "SELECT 1 FROM measures WHERE end_date < date('now')"))
    assert all(r["status"] == "เลยกำหนด" for r in overdue)
    assert "มาตรการที่ครบกำหนด" in page


def test_units_that_did_not_send_a_report_type(browse):
    base, db = browse
    rows, page = fetch(base, db, "not_submitted", {"fiscal_year": "2568", "doc_type": "การวิเคราะห์", "province": "มหาสารคาม"})
    # เทศบาลตำบลเขวาใหญ่ sent its 2568 analysis; the three others did not.
    assert sorted(r["unit"] for r in rows) == sorted(
        ["ตำรวจภูธรจังหวัดมหาสารคาม", "องค์การบริหารส่วนตำบลท่าขอนยาง", "สถานีตำรวจภูธรเมืองมหาสารคาม"])
    assert {r["missing_report"] for r in rows} == {"การวิเคราะห์ผลการประเมิน"}
    assert "ตำรวจภูธรจังหวัดมหาสารคาม" in page
    # the provincial police sent its KPI report for 2566: it is not missing that one
    kpi, _ = fetch(base, db, "not_submitted", {"fiscal_year": "2566", "doc_type": "kpi_report", "province": ""})
    assert "ตำรวจภูธรจังหวัดมหาสารคาม" not in {r["unit"] for r in kpi} and len(kpi) == 3


def test_review_queue_holds_flagged_scores_measures_people_findings_and_failed_files(browse):
    base, db = browse
    rows, page = fetch(base, db, "review_queue", {"province": ""})
    n_findings = sql_rows(db, "SELECT count(*) AS n FROM findings")[0]["n"]
    n_ocr = sql_rows(db, "SELECT count(*) AS n FROM documents WHERE text_source IN ('ocr', 'mixed')")[0]["n"]
    n_people = sql_rows(db, "SELECT count(*) AS n FROM people WHERE needs_review = 1")[0]["n"]
    assert len(rows) == n_findings + n_ocr + n_people + 1 + 1 + 1
    person = next(r for r in rows if r["item"] == "บุคคลที่ต้องตรวจสอบ")
    flagged = sql_rows(db, "SELECT person_name FROM people WHERE confidence = 0.37")
    assert flagged[0]["person_name"] in person["detail"] and "(ความมั่นใจ 0.37)" in person["detail"]
    items = [r["item"] for r in rows]
    assert items.count("ไฟล์ที่อ่านไม่สำเร็จ") == 1 and items.count("คะแนนที่ต้องตรวจสอบ") == 1
    measure = next(r for r in rows if r["item"] == "มาตรการที่ต้องตรวจสอบ")
    flagged = sql_rows(db, "SELECT title, document_id FROM measures WHERE needs_review = 1")
    assert len(flagged) == 1 and measure["detail"].startswith(flagged[0]["title"])
    assert measure["document_id"] == flagged[0]["document_id"] and "(ความมั่นใจ 0.42)" in measure["detail"]
    failed = next(r for r in rows if r["item"] == "ไฟล์ที่อ่านไม่สำเร็จ")
    assert failed["file_name"] == "locked.pdf" and "encrypted" in failed["detail"]
    assert "รายการรอตรวจสอบ" in page and "locked.pdf" in page


def search_sql(db, word: str) -> set[tuple[int, int]]:
    return {(r["document_id"], r["page_no"]) for r in sql_rows(
        db, "SELECT p.document_id, p.page_no FROM pages_fts JOIN pages p ON p.page_id = pages_fts.rowid "
            "WHERE pages_fts MATCH ?", (f'"{word}"',))}


def test_thai_search_through_the_ui_finds_what_the_sql_finds(browse):
    base, db = browse
    word = "ทรัพย์สิน"
    expected = search_sql(db, word)
    assert expected
    rows, page = fetch(base, db, "search", {"q": word})
    assert {(r["document_id"], r["page"]) for r in rows if r["found_in"] == "หน้า"} == expected
    measures = sql_rows(db, "SELECT rowid FROM measures_fts WHERE measures_fts MATCH ?", (f'"{word}"',))
    assert len([r for r in rows if r["found_in"] == "มาตรการ"]) == len(measures)
    # Datasette's own search box on the pages table goes through pages_fts
    table = httpx.get(f"{base}/{db.stem}/pages.json", params={"_search": word, "_shape": "array", "_size": "max"},
                      timeout=60).json()
    assert {(r["document_id"], r["page_no"]) for r in table} == expected
    box = thai_unescape(httpx.get(f"{base}/{db.stem}/pages", params={"_search": word}, timeout=60).text)
    assert "คำสั้น 1–2 ตัวอักษรจะไม่พบผล" in box  # the UI says what happens with short words


def test_words_shorter_than_three_characters_are_searched_page_by_page(browse):
    base, db = browse
    word = "ปี"
    assert search_sql(db, word) == set()  # the trigram index cannot find them
    expected = {(r["document_id"], r["page_no"]) for r in sql_rows(
        db, "SELECT p.document_id, p.page_no FROM pages_fts f JOIN pages p ON p.page_id = f.rowid "
            "WHERE instr(f.text, ?) > 0", (word,))}
    assert expected
    rows, page = fetch(base, db, "search", {"q": word})
    assert {(r["document_id"], r["page"]) for r in rows if r["found_in"] == "หน้า"} == expected
    assert "คำสั้น 1–2 ตัวอักษร" in page


WRITES = [
    "INSERT INTO units (name, unit_type) VALUES ('หน่วยทดสอบ', 'other')",
    "WITH x AS (SELECT 1) INSERT INTO units (name, unit_type) SELECT 'หน่วยทดสอบ', 'other' FROM x",
    "UPDATE units SET name = 'หน่วยทดสอบ'",
    "DELETE FROM findings",
    "DROP TABLE findings",
    "PRAGMA query_only = 0",
    "ATTACH DATABASE '/tmp/x.db' AS x",
]


@pytest.mark.parametrize("sql", WRITES)
def test_writes_through_the_sql_box_are_refused(browse, sql):
    base, db = browse
    before = sql_rows(db, "SELECT (SELECT count(*) FROM units) AS u, (SELECT count(*) FROM findings) AS f, "
                          "(SELECT group_concat(name) FROM units) AS names")
    response = httpx.get(f"{base}/{db.stem}.json", params={"sql": sql}, timeout=30)
    body = response.json()
    assert response.status_code >= 400 or body.get("ok") is False or body.get("error"), body
    posted = httpx.post(f"{base}/{db.stem}", data={"sql": sql}, timeout=30)
    assert posted.status_code == 405
    assert sql_rows(db, "SELECT (SELECT count(*) FROM units) AS u, (SELECT count(*) FROM findings) AS f, "
                        "(SELECT group_concat(name) FROM units) AS names") == before


def test_there_is_no_write_api(browse):
    base, db = browse
    row = {"row": {"name": "หน่วยทดสอบ", "unit_type": "other"}}
    for path in (f"/{db.stem}/units/-/insert", f"/{db.stem}/-/create", f"/{db.stem}/units/1/-/update",
                 f"/{db.stem}/units/1/-/delete", f"/{db.stem}/units/-/drop"):
        assert httpx.post(base + path, json=row, timeout=30).status_code == 405, path
        assert httpx.request("PUT", base + path, json=row, timeout=30).status_code == 405, path
    assert sql_rows(db, "SELECT count(*) AS n FROM units WHERE name = 'หน่วยทดสอบ'")[0]["n"] == 0


def test_own_sql_runs_read_only_and_sees_rows_the_ingest_writes_meanwhile(browse):
    base, db = browse
    own = httpx.get(f"{base}/{db.stem}.json", params={"sql": "SELECT count(*) AS n FROM units", "_shape": "array"},
                    timeout=30).json()
    n = own[0]["n"]
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:  # a writer, as the nightly ingest is
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("INSERT INTO units (name, unit_type, province) VALUES ('เทศบาลตำบลทดสอบ', 'municipality', 'มหาสารคาม')")
    after = httpx.get(f"{base}/{db.stem}.json", params={"sql": "SELECT count(*) AS n FROM units", "_shape": "array"},
                      timeout=30).json()
    assert after[0]["n"] == n + 1
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM units WHERE name = 'เทศบาลตำบลทดสอบ'")


def test_rows_link_to_their_page_and_the_page_is_rendered(browse):
    from PIL import Image

    base, db = browse
    _, page = fetch(base, db, "search", {"q": "ทรัพย์สิน"})
    pdf_hit = sql_rows(db, "SELECT p.document_id, p.page_no, p.text FROM pages_fts JOIN pages p ON p.page_id = pages_fts.rowid "
                           "JOIN documents d USING (document_id) WHERE d.format = 'pdf' AND pages_fts MATCH '\"ทรัพย์สิน\"' "
                           "ORDER BY p.page_id LIMIT 1")[0]
    link = f"/-/ita/page/{pdf_hit['document_id']}/{pdf_hit['page_no']}"
    assert f'href="{link}"' in page
    view = thai_unescape(httpx.get(base + link, timeout=60).text)
    assert pdf_hit["text"].splitlines()[0].strip() in view and f'src="{link}.png"' in view
    png = httpx.get(base + link + ".png", timeout=120)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(png.content))
    assert image.width > 600 and image.height > 800  # an A4 page at 110 dpi
    assert httpx.get(base + link + ".png", timeout=30).content == png.content  # from the cache
    word_doc = sql_rows(db, "SELECT document_id FROM documents WHERE format = 'docx' LIMIT 1")[0]["document_id"]
    assert httpx.get(f"{base}/-/ita/page/{word_doc}/1.png", timeout=30).status_code == 404


def test_every_table_has_its_thai_title_in_the_browser(browse):
    from schemas.descriptions import TABLES

    base, db = browse
    meta = httpx.get(f"{base}/-/metadata.json", timeout=30).json()
    tables = meta["databases"][db.stem]["tables"]
    assert {name: t["title"] for name, t in tables.items()} == {name: t.title for name, t in TABLES.items()}
    page = thai_unescape(httpx.get(f"{base}/{db.stem}/scores", timeout=30).text)
    assert "คะแนน" in page and "ต้องตรวจสอบ" in page  # column descriptions shown


def listening_addresses(port: int) -> set[str]:
    """IPv4 addresses with a socket listening on `port`, from /proc/net/tcp."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port_hex = local.split(":")
        if state == "0A" and int(port_hex, 16) == port:
            found.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_browse_listens_on_loopback_only(browse):
    base, _ = browse
    assert listening_addresses(int(base.rsplit(":", 1)[1])) == {"127.0.0.1"}


def test_browse_without_a_database_says_what_to_do(tmp_path, capsys):
    from flows.cli import main

    assert main(["browse", "--db", str(tmp_path / "none.db")]) == 2
    assert "ita ingest" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_browse_listens_on_loopback_unless_told_otherwise():
    from flows.cli import build_parser

    assert build_parser().parse_args(["browse"]).host == "127.0.0.1"
    assert build_parser().parse_args(["browse", "--host", "0.0.0.0"]).host == "0.0.0.0"
