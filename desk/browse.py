"""`ita browse`: Datasette over the database, read-only, in Thai.

Read-only by construction: Datasette 0.65 opens a mutable database file with
`mode=ro` (this plugin adds `PRAGMA query_only`), has no insert/update API,
no plugin that writes is installed, and no canned query is `write: true`.
The file is opened as mutable, not immutable, so pages served while the
nightly ingest writes (WAL) see each committed document.
"""

from __future__ import annotations

from pathlib import Path

from desk.common import DeskError, prepare_database
from desk.queries import CANNED_QUERIES, thai_headed
from schemas.descriptions import TABLES

SQL_TIME_LIMIT_MS = 5000  # officials' own SQL stops after 5 s
MAX_RETURNED_ROWS = 2000

SHORT_WORD_NOTE = (
    "ช่องค้นหาของตารางนี้ใช้ดัชนี trigram: พบคำที่ยาว 3 ตัวอักษรขึ้นไป "
    "คำสั้น 1–2 ตัวอักษรจะไม่พบผล ให้ใช้หน้า <a href=\"{search_url}\">ค้นหาข้อความ</a> "
    "ซึ่งค้นคำสั้นทีละหน้าแทน"
)

FTS_TABLES = {"pages": ("pages_fts", "page_id"), "measures": ("measures_fts", "measure_id")}


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the file (its stem), as used in URLs."""
    return Path(db_path).stem


def build_metadata(db_name: str, page_cache: str | None = None) -> dict:
    """Datasette metadata: Thai titles/descriptions from schemas/descriptions.py,
    trigram search on pages and measures, the canned queries."""
    search_url = f"/{db_name}/search"
    tables = {}
    for name, doc in TABLES.items():
        entry: dict = {
            "title": doc.title,
            "description": doc.description,
            "columns": {column: f"{title}: {text}" for column, (title, text) in doc.columns.items()},
        }
        if name in FTS_TABLES:
            fts_table, fts_pk = FTS_TABLES[name]
            entry.update(fts_table=fts_table, fts_pk=fts_pk)
            entry["description_html"] = (
                f"{doc.description}<br>" + SHORT_WORD_NOTE.format(search_url=search_url)
            )
            del entry["description"]
        tables[name] = entry
    queries = {
        q.name: {"title": q.title, "description": q.description, "sql": thai_headed(q), "params": list(q.params),
                 "hide_sql": True}  # officials see the form and the rows; "show" reveals the SQL
        for q in CANNED_QUERIES
    }
    return {
        "title": "ฐานข้อมูลรายงาน ITA",
        "description": "รายงานการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานในความดูแล: อ่านอย่างเดียว",
        "databases": {db_name: {
            "title": "ฐานข้อมูลรายงาน ITA",
            "description": "คำค้นที่เตรียมไว้อยู่ด้านล่าง (คะแนนต่ำกว่าเกณฑ์, มาตรการ, รายการรอตรวจสอบ, ค้นหาข้อความ)",
            "tables": tables,
            "queries": queries,
        }},
        "plugins": {"ita-desk": {"database": db_name, "page_cache": page_cache}},
    }


SETTINGS = {
    "sql_time_limit_ms": SQL_TIME_LIMIT_MS,
    "max_returned_rows": MAX_RETURNED_ROWS,
    "allow_download": False,    # no copying the whole file through the browser
    "default_allow_sql": True,  # officials may type their own (read-only) SQL
    "suggest_facets": False,
}


def make_datasette(db_path: str | Path, page_cache: str | None = None):
    """A Datasette instance over db_path with the ita-desk plugin and Thai metadata."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    import desk.plugin

    if not pm.is_registered(desk.plugin):
        pm.register(desk.plugin, name="ita-desk")
    db_path = Path(db_path)
    return Datasette(
        [str(db_path)],
        metadata=build_metadata(database_name(db_path), page_cache),
        settings=SETTINGS,
        template_dir=str(Path(__file__).with_name("templates")),
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, page_cache: str | None = None) -> None:
    """Run Datasette until interrupted."""
    import asyncio

    import uvicorn

    db_path = Path(db_path)
    if not db_path.is_file():
        raise DeskError(f"ไม่พบฐานข้อมูล {db_path} (database not found): run `ita ingest` first or give --db FILE")
    prepare_database(db_path)
    ds = make_datasette(db_path, page_cache)
    asyncio.run(ds.invoke_startup())
    print(f"ita browse: http://{host}:{port}/{database_name(db_path)}  (Ctrl-C to stop)", flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
