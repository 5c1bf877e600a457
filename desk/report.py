"""`ita report`: a province summary in Thai, as HTML (charts as PNG) or PDF.

The PDF is the HTML printed by headless Chromium (Debian's `chromium`), so
Thai is shaped by a real text engine and stays extractable.

What a fiscal year N covers: scores FOR year N; measures carried out in N or
N+1 (units plan measures for the year after the scores they answer, as the
clerk's query does); documents (coverage) of year N. Without --fiscal-year,
the latest year that has indicator scores.
"""

from __future__ import annotations

import base64
import html
import io
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from desk.chromium import html_to_pdf
from desk.common import DeskError, open_readonly
from desk.queries import BELOW_THRESHOLD, REVIEW_QUEUE
from schemas.descriptions import DOC_TYPES_TH

THRESHOLD = 85.0
THAI_FONTS = ("Loma", "Garuda", "Laksaman", "Norasi", "Kinnari")


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list]
    empty: str = "ไม่มีรายการ"


def _params(fiscal_year: int, province: str | None) -> dict[str, str]:
    return {"fiscal_year": str(fiscal_year), "province": (province or "").strip(), "threshold": str(THRESHOLD)}


def latest_score_year(conn: sqlite3.Connection, province: str | None) -> int:
    row = conn.execute(
        "SELECT max(s.fiscal_year) FROM scores s LEFT JOIN units u ON u.unit_id = s.unit_id "
        "WHERE s.level = 'indicator' AND (:province = '' OR u.province = :province)",
        {"province": (province or "").strip()}).fetchone()
    if row[0] is None:
        raise DeskError("ไม่มีคะแนนตัวชี้วัดในฐานข้อมูล (no indicator scores): give --fiscal-year or ingest reports first")
    return int(row[0])


def indicator_scores(conn: sqlite3.Connection, params: dict) -> dict[int, list[tuple[str, float]]]:
    """{indicator_no: [(unit, score)]}: one score per unit (copies of a report agree; the mean if not)."""
    out: dict[int, list[tuple[str, float]]] = {}
    for no, unit, value in conn.execute(
        "SELECT s.indicator_no, u.name, avg(s.value) FROM scores s JOIN units u ON u.unit_id = s.unit_id "
        "WHERE s.level = 'indicator' AND s.fiscal_year = CAST(:fiscal_year AS INTEGER) "
        "AND (:province = '' OR u.province = :province) GROUP BY s.indicator_no, u.name ORDER BY 1, 2", params):
        out.setdefault(no, []).append((unit, value))
    return out


def measures_per_indicator(conn: sqlite3.Connection, params: dict) -> list[tuple[int, str, int, int]]:
    """(indicator_no, name, distinct measures, units) for measures of year N or N+1."""
    return [tuple(r) for r in conn.execute(
        "SELECT i.indicator_no, i.name, count(DISTINCT m.unit_id || '|' || m.title), count(DISTINCT m.unit_id) "
        "FROM indicators i LEFT JOIN measures m ON m.indicator_no = i.indicator_no "
        "AND m.fiscal_year BETWEEN CAST(:fiscal_year AS INTEGER) AND CAST(:fiscal_year AS INTEGER) + 1 "
        "AND (:province = '' OR m.unit_id IN (SELECT unit_id FROM units WHERE province = :province)) "
        "GROUP BY i.indicator_no ORDER BY i.indicator_no", params)]


def _thai_font_name() -> str:
    from matplotlib import font_manager

    available = {f.name for f in font_manager.fontManager.ttflist}
    for name in THAI_FONTS:
        if name in available:
            return name
    raise DeskError("ไม่พบฟอนต์ไทยสำหรับกราฟ (no Thai font): install the Debian package fonts-thai-tlwg")


def _png_data_uri(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@contextmanager
def thai_chart(height: float, title: str, xlabel: str, ylabel: str) -> Iterator[tuple[object, list[str]]]:
    """A matplotlib axis for indicators 1-10 in a Thai font; on exit the figure, as a PNG data URI,
    is put in the yielded list."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out: list[str] = []
    with plt.rc_context({"font.family": _thai_font_name(), "font.size": 11}):
        fig, ax = plt.subplots(figsize=(9, height))
        try:
            yield ax, out
            ax.set_xticks(range(1, 11), [str(no) for no in range(1, 11)])
            ax.set_xlabel(xlabel)
            ax.set_ylabel(ylabel)
            ax.set_title(title)
            ax.grid(axis="y", alpha=0.3)
            out.append(_png_data_uri(fig))
        finally:
            plt.close(fig)


def score_chart(scores: dict[int, list[tuple[str, float]]]) -> str:
    """Each unit's score per indicator (a dot per unit) and the 85 line: a PNG data URI."""
    with thai_chart(4.2, "คะแนนตัวชี้วัดของแต่ละหน่วยงาน", "ตัวชี้วัด (เลข 1–10 ตามตารางด้านล่าง)", "คะแนน") as (ax, out):
        for no in range(1, 11):
            values = [v for _, v in scores.get(no, [])]
            ax.scatter([no] * len(values), values, s=40, alpha=0.75,
                       c=["#c0392b" if v < THRESHOLD else "#2e86c1" for v in values], zorder=3)
        ax.axhline(THRESHOLD, color="#c0392b", linestyle="--", linewidth=1)
        ax.text(10.45, THRESHOLD, f"เกณฑ์ {THRESHOLD:g}", color="#c0392b", va="center")
        ax.set_xlim(0.5, 10.5)
        ax.set_ylim(0, 105)
    return out[0]


def measures_chart(rows: list[tuple[int, str, int, int]]) -> str:
    """Distinct measures per indicator, as bars: a PNG data URI."""
    with thai_chart(3.6, "จำนวนมาตรการต่อตัวชี้วัด", "ตัวชี้วัด", "จำนวนมาตรการ") as (ax, out):
        ax.bar([r[0] for r in rows], [r[2] for r in rows], color="#2e86c1")
    return out[0]


def report_tables(conn: sqlite3.Connection, fiscal_year: int, province: str | None) -> dict[str, Table]:
    params = _params(fiscal_year, province)
    names = dict(conn.execute("SELECT indicator_no, name FROM indicators"))
    scores = indicator_scores(conn, params)
    tables: dict[str, Table] = {}
    tables["indicators"] = Table(
        "คะแนนตัวชี้วัด: จำนวนหน่วยงาน ต่ำสุด เฉลี่ย สูงสุด และจำนวนที่ต่ำกว่าเกณฑ์",
        ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "หน่วยงาน", "ต่ำสุด", "เฉลี่ย", "สูงสุด", f"ต่ำกว่า {THRESHOLD:g}"],
        [[no, names[no], len(v), min(x for _, x in v), sum(x for _, x in v) / len(v), max(x for _, x in v),
          sum(1 for _, x in v if x < THRESHOLD)] for no, v in sorted(scores.items())])
    below = [dict(r) for r in conn.execute(BELOW_THRESHOLD.sql, params)]
    tables["below"] = Table(
        f"หน่วยงานที่มีคะแนนตัวชี้วัดต่ำกว่า {THRESHOLD:g} และมาตรการของตัวชี้วัดนั้น",
        ["หน่วยงาน", "ตัวชี้วัด", "คะแนน", "มาตรการ", "กำหนดเสร็จ", "ผู้รับผิดชอบ"],
        [[r["unit"], f'{r["indicator_no"]} {r["indicator"]}', r["score"], r["measure"] or "ไม่มีมาตรการ",
          r["deadline"] or "-", r["owners"] or "-"] for r in below])
    tables["coverage"] = coverage_table(conn, params)
    per_indicator = measures_per_indicator(conn, params)
    tables["measures"] = Table(
        f"มาตรการต่อตัวชี้วัด (ดำเนินการปี {fiscal_year} หรือ {fiscal_year + 1})",
        ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "มาตรการ", "หน่วยงาน"], [list(r) for r in per_indicator])
    tables["deadlines"] = Table(
        "กำหนดเสร็จที่กำลังจะถึง (มาตรการที่ยังไม่ถึงกำหนด เรียงตามวัน)",
        ["กำหนดเสร็จ", "หน่วยงาน", "มาตรการ", "ผู้รับผิดชอบ"],
        [list(r) for r in conn.execute(
            "SELECT DISTINCT m.end_date, u.name, m.title, "
            "(SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) "
            "FROM measures m LEFT JOIN units u ON u.unit_id = m.unit_id "
            "WHERE m.end_date >= date('now') AND (:province = '' OR u.province = :province) "
            "ORDER BY m.end_date, u.name LIMIT 30", params)],
        empty="ไม่มีมาตรการที่ยังไม่ถึงกำหนด")
    review = [dict(r) for r in conn.execute(REVIEW_QUEUE.sql, params)]
    counts: dict[str, int] = {}
    for r in review:
        counts[r["item"]] = counts.get(r["item"], 0) + 1
    tables["review"] = Table("รายการรอตรวจสอบ", ["รายการ", "จำนวน"], [[k, v] for k, v in sorted(counts.items())],
                             empty="ไม่มีรายการรอตรวจสอบ")
    tables["_charts"] = Table("", [], [[score_chart(scores), measures_chart(per_indicator)]])
    return tables


def coverage_table(conn: sqlite3.Connection, params: dict) -> Table:
    """Who sent what for the year: the centre's list (province_units) when imported, else the units seen."""
    has_list = conn.execute(
        "SELECT count(*) FROM province_units WHERE (:province = '' OR province = :province)", params).fetchone()[0]
    source = ("SELECT name FROM province_units WHERE (:province = '' OR province = :province)" if has_list
              else "SELECT name FROM units WHERE (:province = '' OR province = :province)")
    codes = [c for c in DOC_TYPES_TH if c != "other"]
    rows = []
    for (name,) in conn.execute(source + " ORDER BY name", params).fetchall():
        sent = {r[0] for r in conn.execute(
            "SELECT DISTINCT d.doc_type FROM documents d JOIN units u ON u.unit_id = d.unit_id "
            "WHERE u.name = ? AND d.status = 'loaded' AND d.fiscal_year = ?", (name, int(params["fiscal_year"])))}
        rows.append([name] + ["ส่งแล้ว" if c in sent else "ยังไม่ส่ง" for c in codes])
    title = "การส่งรายงานปีงบประมาณ " + params["fiscal_year"] + (
        " (ตามรายชื่อหน่วยงานในความดูแล)" if has_list else " (หน่วยงานที่เคยส่งรายงาน; ยังไม่ได้นำเข้ารายชื่อด้วย ita units import)")
    return Table(title, ["หน่วยงาน"] + [DOC_TYPES_TH[c] for c in codes], rows)


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return html.escape(str(value))


def table_html(table: Table) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    if not table.rows:
        body = f'<tr><td colspan="{len(table.headers)}">{html.escape(table.empty)}</td></tr>'
    else:
        body = "".join("<tr>" + "".join(
            f'<td class="{"num" if isinstance(v, (int, float)) else ""}">{_cell(v)}</td>' for v in row) + "</tr>"
            for row in table.rows)
    return f"<h2>{html.escape(table.title)}</h2>\n<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n"


CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: "Sawasdee", "Waree", "Loma", sans-serif; font-size: 11pt; color: #222; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 16pt 0 6pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; page-break-inside: auto; }
th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eef3f8; } td.num { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; } img.chart { width: 100%; max-width: 820px; }
p.meta { color: #555; }
"""


def render_html(db_path: str | Path, fiscal_year: int | None = None, province: str | None = None) -> str:
    """The whole report as one self-contained HTML page (charts inlined as PNG)."""
    conn = open_readonly(db_path)
    try:
        year = fiscal_year or latest_score_year(conn, province)
        tables = report_tables(conn, year, province)
    finally:
        conn.close()
    place = f"จังหวัด{province}" if province else "ทุกจังหวัด"
    score_uri, measures_uri = tables.pop("_charts").rows[0]
    parts = [
        "<!DOCTYPE html>", '<html lang="th"><head><meta charset="utf-8">',
        f"<title>สรุปผล ITA {html.escape(place)} ปีงบประมาณ {year}</title><style>{CSS}</style></head><body>",
        f"<h1>สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) {html.escape(place)} ปีงบประมาณ {year}</h1>",
        f'<p class="meta">จัดทำเมื่อ {datetime.now():%Y-%m-%d %H:%M} จากฐานข้อมูล {html.escape(Path(db_path).name)}</p>',
        "<h2>การกระจายของคะแนนตัวชี้วัด</h2>",
        f'<img class="chart" alt="กราฟคะแนนตัวชี้วัดของแต่ละหน่วยงาน" src="{score_uri}">',
        table_html(tables["indicators"]), table_html(tables["below"]), table_html(tables["coverage"]),
        "<h2>มาตรการต่อตัวชี้วัด</h2>",
        f'<img class="chart" alt="กราฟจำนวนมาตรการต่อตัวชี้วัด" src="{measures_uri}">',
        table_html(tables["measures"]), table_html(tables["deadlines"]), table_html(tables["review"]),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(db_path: str | Path, output: str | Path, fiscal_year: int | None = None,
                 province: str | None = None) -> Path:
    """Write report.html, or report.pdf (through the HTML); returns the file written."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise DeskError(f"{output}: ชื่อไฟล์ต้องลงท้ายด้วย .html หรือ .pdf (name the output .html or .pdf)")
    page = render_html(db_path, fiscal_year, province)
    output.parent.mkdir(parents=True, exist_ok=True)
    if suffix != ".pdf":
        output.write_text(page, encoding="utf-8")
        return output
    with tempfile.TemporaryDirectory(prefix="ita-report-") as tmp:
        html_file = Path(tmp) / "report.html"
        html_file.write_text(page, encoding="utf-8")
        return html_to_pdf(html_file, output)
