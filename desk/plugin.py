"""The Datasette plugin behind `ita browse`.

- prepare_connection: the ita database's connections are `query_only` (on top
  of Datasette's own `mode=ro`), and get `ita_date()` so canned queries take
  Thai dates.
- render_cell: a page column (`page`, `measure_page`, or their Thai headers
  หน้า, หน้ามาตรการ) links to that page of the row's document (`document_id`,
  `measure_document_id` / เลขเอกสาร, เลขเอกสารมาตรการ), a document column to
  the document's row.
- asgi_wrapper: any request that is not GET/HEAD/OPTIONS is refused (405),
  so no API of Datasette's or a plugin's can write, whatever it is.
- register_routes: `/-/ita/page/<document_id>/<page>` shows the page text
  the database holds next to the page itself, rasterised from the source PDF
  by pypdfium2 (`.../<page>.png`, cached on disk by content hash), so an
  official can check a value against the page it came from.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import os
import sqlite3
from datetime import date
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from desk.queries import DOCUMENT_COLUMNS, PAGE_COLUMNS

PLUGIN = "ita-desk"
RENDER_DPI = 110  # enough to read Thai body text and digits; ~1000x1400 px for A4


def iso_date(value: str | None) -> str | None:
    """ISO date (CE) for '2026-09-30', '30/9/2569' or '30 ก.ย. 2569'; None if not a date."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    from normalizers.dates import parse_thai_date

    parsed = parse_thai_date(text)
    return parsed.isoformat() if parsed else None


def _is_ita_database(datasette, database: str) -> bool:
    config = datasette.plugin_config(PLUGIN) or {}
    return database == config.get("database")


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette) -> None:
    if not _is_ita_database(datasette, database):
        return
    conn.execute("PRAGMA query_only = 1")
    conn.create_function("ita_date", 1, iso_date, deterministic=True)


def page_url(datasette, document_id, page) -> str:
    return datasette.urls.path(f"/-/ita/page/{int(document_id)}/{int(page)}")


def _plain(value):
    """A cell's value: table pages pass foreign keys as {"value": ..., "label": ...}."""
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or not _is_ita_database(datasette, database):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    value = _plain(value)
    if column in PAGE_COLUMNS:
        document_id = _plain(row[PAGE_COLUMNS[column]]) if PAGE_COLUMNS[column] in keys else None
        if str(document_id).isdigit() and str(value).isdigit():
            url = page_url(datasette, document_id, value)
            return Markup(f'<a href="{html.escape(url)}" title="ดูหน้าเอกสาร">หน้า {int(value)}</a>')
    if column in DOCUMENT_COLUMNS and table != "documents" and str(value).isdigit():
        url = datasette.urls.table(database, "documents") + f"/{int(value)}"
        return Markup(f'<a href="{html.escape(url)}" title="ดูเอกสาร">{int(value)}</a>')
    return None


def page_cache_dir(datasette) -> Path:
    config = datasette.plugin_config(PLUGIN) or {}
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ita-pipeline" / "pages"
    return Path(config.get("page_cache") or default)


def _sha256_of(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def source_pdf(conn: sqlite3.Connection, document_id: int) -> tuple[Path | None, str, str]:
    """(a readable PDF with this document's exact content or None, its sha256, why not)."""
    row = conn.execute(
        "SELECT sha256, source_path, format FROM documents WHERE document_id = ?", (document_id,)
    ).fetchone()
    if row is None:
        return None, "", "ไม่มีเอกสารนี้ในฐานข้อมูล"
    sha256, source_path, fmt = row
    if fmt != "pdf":
        return None, sha256, "ไฟล์ Word ไม่มีภาพหน้า: เปิดไฟล์ต้นฉบับเพื่อดู"
    candidates = [source_path] + [r[0] for r in conn.execute(
        "SELECT source_path FROM source_files WHERE sha256 = ? ORDER BY removed_at IS NOT NULL", (sha256,))]
    for candidate in dict.fromkeys(candidates):
        path = Path(candidate)
        if path.is_file() and _sha256_of(path) == sha256:
            return path, sha256, ""
    return None, sha256, "ไม่พบไฟล์ต้นฉบับ (ถูกย้ายหรือแก้ไขแล้ว): ภาพหน้าแสดงไม่ได้"


def render_page_png(pdf: Path, page_no: int, out: Path, dpi: int = RENDER_DPI) -> Path:
    """Rasterise page `page_no` (1-based) of `pdf` to the PNG `out` (written atomically)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        if not 1 <= page_no <= len(document):
            raise IndexError(f"{pdf.name} has {len(document)} pages, not page {page_no}")
        image = document[page_no - 1].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    image.save(tmp, format="PNG", optimize=True)
    tmp.replace(out)
    return out


def _ita_db(datasette):
    config = datasette.plugin_config(PLUGIN) or {}
    return datasette.get_database(config.get("database"))


async def page_image(datasette, request):
    document_id = int(request.url_vars["document_id"])
    page_no = int(request.url_vars["page_no"])
    db = _ita_db(datasette)

    def locate(conn):
        return source_pdf(conn, document_id)

    pdf, sha256, why = await db.execute_fn(locate)
    if pdf is None:
        return Response.text(why, status=404)
    cached = page_cache_dir(datasette) / sha256[:2] / f"{sha256}-{page_no}-{RENDER_DPI}.png"
    if not cached.exists():
        try:
            await asyncio.to_thread(render_page_png, pdf, page_no, cached)
        except IndexError as exc:
            return Response.text(str(exc), status=404)
    return Response(cached.read_bytes(), content_type="image/png",
                    headers={"Cache-Control": "max-age=86400"})


async def page_view(datasette, request):
    document_id = int(request.url_vars["document_id"])
    page_no = int(request.url_vars["page_no"])
    db = _ita_db(datasette)
    doc = (await db.execute(
        "SELECT d.document_id, d.file_name, d.format, d.page_count, d.fiscal_year, d.title, u.name AS unit "
        "FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id WHERE d.document_id = ?",
        [document_id])).first()
    if doc is None:
        return Response.text("ไม่มีเอกสารนี้ในฐานข้อมูล", status=404)
    page = (await db.execute(
        "SELECT text, text_source FROM pages WHERE document_id = ? AND page_no = ?",
        [document_id, page_no])).first()
    context = {
        "doc": dict(doc),
        "page_no": page_no,
        "page_text": page["text"] if page else None,
        "text_source": page["text_source"] if page else None,
        "image_url": page_url(datasette, document_id, page_no) + ".png" if doc["format"] == "pdf" else None,
        "prev_url": page_url(datasette, document_id, page_no - 1) if page_no > 1 else None,
        "next_url": page_url(datasette, document_id, page_no + 1)
        if doc["page_count"] and page_no < doc["page_count"] else None,
        "document_url": datasette.urls.table(db.name, "documents") + f"/{document_id}",
    }
    return Response.html(await datasette.render_template("ita_page.html", context, request=request))


async def desk_css(datasette, request):
    css = (Path(__file__).with_name("static") / "desk.css").read_text(encoding="utf-8")
    return Response(css, content_type="text/css; charset=utf-8")


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/ita/page/(?P<document_id>\d+)/(?P<page_no>\d+)\.png$", page_image),
        (r"^/-/ita/page/(?P<document_id>\d+)/(?P<page_no>\d+)$", page_view),
        (r"^/-/ita/desk\.css$", desk_css),
    ]


READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@hookimpl
def asgi_wrapper(datasette):
    """Refuse every request that is not a read (POST, PUT, PATCH, DELETE) before Datasette sees it."""

    def wrap(app):
        async def read_only_app(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
                body = "ita browse อ่านอย่างเดียว (read-only): แก้ข้อมูลที่นี่ไม่ได้".encode("utf-8")
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                        (b"allow", b"GET, HEAD, OPTIONS")]})
                await send({"type": "http.response.body", "body": body})
                return
            await app(scope, receive, send)

        return read_only_app

    return wrap


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/ita/desk.css")]
