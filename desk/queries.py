"""The canned queries of `ita browse`: named Thai pages with parameters.

Each query is plain SQLite. Datasette passes every parameter as text, ''
when the official left the box empty, so optional filters read
`(:p = '' OR ...)` and numbers are CAST. Dates may be typed as ISO
(2026-09-30) or in Thai (30 ก.ย. 2569): `ita_date()` (registered by
desk.plugin on Datasette's connections) turns either into ISO.

Every row carries `document_id` and `page` (or `<x>_document_id`,
`<x>_page`) so the browser can link it to the page it was read from.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from schemas.descriptions import DOC_TYPES_TH


@dataclass(frozen=True)
class CannedQuery:
    name: str            # URL slug: /ita/<name>
    title: str           # Thai page title
    description: str     # Thai: what it shows and what each parameter means
    sql: str
    params: tuple[str, ...]


def _doc_types_cte() -> str:
    """A `doc_types(code, name_th)` CTE from DOC_TYPES_TH, so a Thai report type matches too."""
    rows = ", ".join(f"('{code}', '{name}')" for code, name in DOC_TYPES_TH.items())
    return f"doc_types(code, name_th) AS (VALUES {rows})"


BELOW_THRESHOLD = CannedQuery(
    "below_threshold",
    "คะแนนต่ำกว่าเกณฑ์",
    "หน่วยงานที่มีคะแนนตัวชี้วัดต่ำกว่าเกณฑ์ในปีงบประมาณที่เลือก พร้อมมาตรการของตัวชี้วัดนั้น "
    "(ดำเนินการในปีนั้นหรือปีถัดไป) ผู้รับผิดชอบ และกำหนดเสร็จ. "
    "fiscal_year = ปีงบประมาณ พ.ศ. เช่น 2568; threshold = เกณฑ์ เช่น 85; province = จังหวัด (เว้นว่างได้)",
    """WITH found AS (
SELECT
    u.name          AS unit,
    u.province,
    s.fiscal_year   AS score_year,
    i.indicator_no,
    i.name          AS indicator,
    s.value         AS score,
    s.needs_review,
    m.fiscal_year   AS measure_year,
    m.title         AS measure,
    m.start_date,
    m.end_date      AS deadline,
    (SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) AS owners,
    m.needs_review  AS measure_needs_review,
    -- the source to link: a copy with a page (the PDF) before one without (Word)
    printf('%09d:%d', coalesce(s.page, 999999999), s.document_id) AS score_source,
    CASE WHEN m.measure_id IS NOT NULL
         THEN printf('%09d:%d', coalesce(m.page, 999999999), m.document_id) END AS measure_source
FROM scores s
JOIN units u       ON u.unit_id = s.unit_id
JOIN indicators i  ON i.indicator_no = s.indicator_no
LEFT JOIN measures m
       ON m.unit_id = s.unit_id
      AND m.indicator_no = s.indicator_no
      AND m.fiscal_year BETWEEN s.fiscal_year AND s.fiscal_year + 1
WHERE s.level = 'indicator' AND s.value < CAST(:threshold AS REAL)
  AND s.fiscal_year = CAST(:fiscal_year AS INTEGER)
  AND (:province = '' OR u.province = :province)
), grouped AS (
SELECT unit, province, score_year, indicator_no, indicator, score, max(needs_review) AS needs_review,
       measure_year, measure, start_date, deadline, owners, max(measure_needs_review) AS measure_needs_review,
       min(score_source) AS score_source, min(measure_source) AS measure_source
FROM found
GROUP BY unit, province, score_year, indicator_no, indicator, score, measure_year, measure, start_date, deadline, owners
)
SELECT unit, province, score_year, indicator_no, indicator, score, needs_review,
       CAST(substr(score_source, 11) AS INTEGER) AS document_id,
       nullif(CAST(substr(score_source, 1, 9) AS INTEGER), 999999999) AS page,
       measure_year, measure, start_date, deadline, owners, measure_needs_review,
       CAST(substr(measure_source, 11) AS INTEGER) AS measure_document_id,
       nullif(CAST(substr(measure_source, 1, 9) AS INTEGER), 999999999) AS measure_page
FROM grouped
ORDER BY unit, indicator_no, deadline, measure""",
    ("fiscal_year", "threshold", "province"),
)

MEASURES_BY_INDICATOR = CannedQuery(
    "measures_by_indicator",
    "มาตรการตามตัวชี้วัด",
    "มาตรการของทุกหน่วยงานสำหรับตัวชี้วัดหนึ่ง เพื่อเทียบว่าหน่วยงานต่าง ๆ ทำอะไร. "
    "indicator = เลขตัวชี้วัด (1–10) หรือส่วนหนึ่งของชื่อ เช่น การเปิดเผยข้อมูล; "
    "fiscal_year = ปีงบประมาณ (เว้นว่างได้); province = จังหวัด (เว้นว่างได้)",
    """SELECT
    i.indicator_no,
    i.name        AS indicator,
    u.name        AS unit,
    u.province,
    m.fiscal_year,
    m.title       AS measure,
    m.period_text,
    m.start_date,
    m.end_date    AS deadline,
    (SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) AS owners,
    m.needs_review,
    m.document_id,
    m.page
FROM measures m
JOIN indicators i ON i.indicator_no = m.indicator_no
LEFT JOIN units u ON u.unit_id = m.unit_id
WHERE (CAST(i.indicator_no AS TEXT) = trim(:indicator) OR instr(i.name, trim(:indicator)) > 0)
  AND trim(:indicator) <> ''
  AND (:fiscal_year = '' OR m.fiscal_year = CAST(:fiscal_year AS INTEGER))
  AND (:province = '' OR u.province = :province)
ORDER BY i.indicator_no, u.name, m.end_date, m.title""",
    ("indicator", "fiscal_year", "province"),
)

MEASURES_DUE = CannedQuery(
    "measures_due",
    "มาตรการที่ครบกำหนด",
    "มาตรการที่กำหนดเสร็จอยู่ในช่วงวันที่เลือก หรือเลยกำหนดแล้ว (เว้นวันที่ว่างทั้งสองช่อง = เลยกำหนด ณ วันนี้). "
    "date_from, date_to = วันที่ เช่น 2026-09-30 หรือ 30 ก.ย. 2569 (วันที่ที่อ่านไม่ออกจะไม่พบรายการ); "
    "province = จังหวัด (เว้นว่างได้)",
    """SELECT
    m.end_date    AS deadline,
    CASE WHEN m.end_date < date('now') THEN 'เลยกำหนด' ELSE 'ยังไม่ถึงกำหนด' END AS status,
    u.name        AS unit,
    u.province,
    m.indicator_no,
    m.title       AS measure,
    m.period_text,
    (SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) AS owners,
    m.needs_review,
    m.document_id,
    m.page
FROM measures m
LEFT JOIN units u ON u.unit_id = m.unit_id
CROSS JOIN (SELECT ita_date(:date_from) AS date_from, ita_date(:date_to) AS date_to) AS b  -- once, not per row
WHERE m.end_date IS NOT NULL
  AND CASE WHEN :date_from = '' AND :date_to = '' THEN m.end_date < date('now')
           ELSE (:date_from = '' OR m.end_date >= b.date_from)
            AND (:date_to = '' OR m.end_date <= b.date_to) END
  AND (:province = '' OR u.province = :province)
ORDER BY m.end_date, u.name, m.title""",
    ("date_from", "date_to", "province"),
)

NOT_SUBMITTED = CannedQuery(
    "not_submitted",
    "หน่วยงานที่ยังไม่ส่งรายงาน",
    "หน่วยงานในรายชื่อที่ศูนย์ดูแล (ita units import) ที่ยังไม่มีรายงานประเภทที่เลือกในปีงบประมาณนั้น. "
    "fiscal_year = ปีงบประมาณ เช่น 2568; doc_type = ประเภทรายงาน: measures/มาตรการ, analysis/การวิเคราะห์, "
    "kpi_report/รายงานผล, minutes/การประชุม; province = จังหวัด (เว้นว่างได้)",
    f"""WITH {_doc_types_cte()},
wanted AS (
    SELECT code, name_th FROM doc_types
    WHERE code = trim(:doc_type) OR (trim(:doc_type) <> '' AND instr(name_th, trim(:doc_type)) > 0)
)
SELECT
    pu.name       AS unit,
    pu.unit_type,
    pu.province,
    pu.district,
    w.name_th     AS missing_report,
    CAST(:fiscal_year AS INTEGER) AS fiscal_year,
    (SELECT group_concat(DISTINCT d2.fiscal_year) FROM units u2 JOIN documents d2 ON d2.unit_id = u2.unit_id
      WHERE u2.name = pu.name AND d2.doc_type = w.code AND d2.status = 'loaded') AS years_sent
FROM province_units pu
CROSS JOIN wanted w
WHERE (:province = '' OR pu.province = :province)
  AND NOT EXISTS (
    SELECT 1 FROM units u JOIN documents d ON d.unit_id = u.unit_id
    WHERE u.name = pu.name AND d.doc_type = w.code AND d.status = 'loaded'
      AND d.fiscal_year = CAST(:fiscal_year AS INTEGER))
ORDER BY pu.province, pu.district, pu.name""",
    ("fiscal_year", "doc_type", "province"),
)

REVIEW_QUEUE = CannedQuery(
    "review_queue",
    "รายการรอตรวจสอบ",
    "สิ่งที่ต้องเทียบกับหน้าเอกสารก่อนใช้: เอกสารที่อ่านด้วย OCR, คะแนนที่ต้องตรวจสอบ (needs_review), "
    "มาตรการที่อ่านจากภาพสแกน (needs_review: ชื่อ ระยะเวลา ผู้รับผิดชอบอาจอ่านผิด พร้อมความมั่นใจ), "
    "บุคคลที่อ่านจากภาพสแกน (needs_review: ชื่อ บทบาทอาจอ่านผิด), "
    "ข้อที่ควรตรวจสอบ (findings) และไฟล์ที่อ่านไม่สำเร็จพร้อมสาเหตุ. province = จังหวัด (เว้นว่างได้)",
    """SELECT * FROM (
    SELECT 'ไฟล์ที่อ่านไม่สำเร็จ' AS item, d.file_name, u.name AS unit, u.province,
           d.error AS detail, d.document_id, NULL AS page
    FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id
    WHERE d.status = 'failed'
    UNION ALL
    SELECT 'คะแนนที่ต้องตรวจสอบ', d.file_name, u.name, u.province,
           coalesce(s.label, s.question_code, 'ตัวชี้วัด ' || s.indicator_no, s.level) || ' = ' || s.value,
           s.document_id, s.page
    FROM scores s JOIN documents d ON d.document_id = s.document_id LEFT JOIN units u ON u.unit_id = s.unit_id
    WHERE s.needs_review = 1 AND d.status = 'loaded'
    UNION ALL
    SELECT 'มาตรการที่ต้องตรวจสอบ', d.file_name, u.name, u.province,
           m.title || coalesce(' / ผู้รับผิดชอบ: ' || m.owner_text, '')
           || CASE WHEN m.confidence IS NULL THEN '' ELSE printf(' (ความมั่นใจ %.2f)', m.confidence) END,
           m.document_id, m.page
    FROM measures m JOIN documents d ON d.document_id = m.document_id LEFT JOIN units u ON u.unit_id = m.unit_id
    WHERE m.needs_review = 1 AND d.status = 'loaded'
    UNION ALL
    SELECT 'บุคคลที่ต้องตรวจสอบ', d.file_name, u.name, u.province,
           coalesce(p.role || ': ', '') || coalesce(p.rank || ' ', '') || coalesce(p.person_name, '')
           || CASE WHEN p.confidence IS NULL THEN '' ELSE printf(' (ความมั่นใจ %.2f)', p.confidence) END,
           p.document_id, p.page
    FROM people p JOIN documents d ON d.document_id = p.document_id LEFT JOIN units u ON u.unit_id = p.unit_id
    WHERE p.needs_review = 1 AND d.status = 'loaded'
    UNION ALL
    SELECT 'ข้อที่ควรตรวจสอบ', d.file_name, u.name, u.province, f.kind || ': ' || f.message,
           f.document_id, f.page
    FROM findings f JOIN documents d ON d.document_id = f.document_id LEFT JOIN units u ON u.unit_id = d.unit_id
    WHERE d.status = 'loaded'
    UNION ALL
    SELECT 'อ่านด้วย OCR', d.file_name, u.name, u.province,
           'หน้า OCR ' || (SELECT count(*) FROM pages p WHERE p.document_id = d.document_id AND p.text_source = 'ocr')
           || ' จาก ' || coalesce(d.page_count, '?') || ' หน้า',
           d.document_id,
           (SELECT min(p.page_no) FROM pages p WHERE p.document_id = d.document_id AND p.text_source = 'ocr')
    FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id
    WHERE d.status = 'loaded' AND d.text_source IN ('ocr', 'mixed')
)
WHERE (:province = '' OR province = :province)
ORDER BY item, file_name, page""",
    ("province",),
)

SEARCH = CannedQuery(
    "search",
    "ค้นหาข้อความ",
    "ค้นหาคำไทยในข้อความทุกหน้าและในมาตรการ ด้วยดัชนี trigram. "
    "คำตั้งแต่ 3 ตัวอักษรขึ้นไปค้นด้วยดัชนี (เร็ว); คำสั้น 1–2 ตัวอักษร ดัชนี trigram ค้นไม่ได้ "
    "จึงค้นทีละหน้าแทน (ช้ากว่า และพบคำนั้นทุกที่ที่ปรากฏ แม้เป็นส่วนหนึ่งของคำอื่น). q = คำที่ค้น",
    """WITH hits AS (
    SELECT 'หน้า' AS found_in, f.rowid AS row_id, f.text AS text FROM pages_fts f
    WHERE length(trim(:q)) >= 3 AND pages_fts MATCH '"' || replace(trim(:q), '"', '""') || '"'
    UNION ALL
    SELECT 'หน้า', f.rowid, f.text FROM pages_fts f
    WHERE length(trim(:q)) BETWEEN 1 AND 2 AND instr(f.text, trim(:q)) > 0
    UNION ALL
    SELECT 'มาตรการ', f.rowid, f.title FROM measures_fts f
    WHERE length(trim(:q)) >= 3 AND measures_fts MATCH '"' || replace(trim(:q), '"', '""') || '"'
    UNION ALL
    SELECT 'มาตรการ', f.rowid, f.title FROM measures_fts f
    WHERE length(trim(:q)) BETWEEN 1 AND 2
      AND (instr(f.title, trim(:q)) > 0 OR instr(coalesce(f.detail, ''), trim(:q)) > 0
           OR instr(coalesce(f.owner_text, ''), trim(:q)) > 0)
)
SELECT h.found_in, d.file_name, un.name AS unit,
       CASE WHEN h.found_in = 'หน้า' THEN p.page_no ELSE m.page END AS page,
       d.document_id,
       CASE WHEN h.found_in = 'มาตรการ' THEN h.text
            ELSE substr(h.text, max(1, instr(h.text, trim(:q)) - 60), 160) END AS excerpt,
       h.row_id
FROM hits h
LEFT JOIN pages p    ON h.found_in = 'หน้า' AND p.page_id = h.row_id
LEFT JOIN measures m ON h.found_in = 'มาตรการ' AND m.measure_id = h.row_id
JOIN documents d     ON d.document_id = coalesce(p.document_id, m.document_id)
LEFT JOIN units un   ON un.unit_id = d.unit_id
ORDER BY h.found_in DESC, d.file_name, page""",
    ("q",),
)

# Thai headers of the canned queries' result columns, as officials see them in
# the browser and in its CSV/JSON. The SQL keeps English names, so the report
# and the export read the same queries by those.
RESULT_COLUMNS_TH: dict[str, str] = {
    "unit": "หน่วยงาน", "province": "จังหวัด", "district": "อำเภอ", "unit_type": "ประเภทหน่วยงาน",
    "score_year": "ปีของคะแนน", "fiscal_year": "ปีงบประมาณ", "indicator_no": "ตัวชี้วัด",
    "indicator": "ชื่อตัวชี้วัด", "score": "คะแนน", "needs_review": "ต้องตรวจสอบ",
    "measure_year": "ปีของมาตรการ", "measure": "มาตรการ", "period_text": "ระยะเวลา",
    "start_date": "วันเริ่ม", "deadline": "กำหนดเสร็จ", "status": "สถานะ", "owners": "ผู้รับผิดชอบ",
    "document_id": "เลขเอกสาร", "page": "หน้า", "measure_document_id": "เลขเอกสารมาตรการ",
    "measure_page": "หน้ามาตรการ", "measure_needs_review": "มาตรการต้องตรวจสอบ",
    "missing_report": "รายงานที่ยังไม่ส่ง", "years_sent": "ปีที่เคยส่ง",
    "item": "รายการ", "file_name": "ชื่อไฟล์", "detail": "รายละเอียด", "found_in": "พบใน",
    "excerpt": "ข้อความ", "row_id": "เลขแถว",
}
RESULT_COLUMNS_EN: dict[str, str] = {thai: en for en, thai in RESULT_COLUMNS_TH.items()}
# {page column: the document column it belongs to}, by English and by Thai name
PAGE_COLUMNS: dict[str, str] = {
    name: doc for page, document in (("page", "document_id"), ("measure_page", "measure_document_id"))
    for name, doc in ((page, document), (RESULT_COLUMNS_TH[page], RESULT_COLUMNS_TH[document]))
}
DOCUMENT_COLUMNS: frozenset[str] = frozenset(PAGE_COLUMNS.values())


@cache
def result_columns(sql: str) -> tuple[str, ...]:
    """The names of the columns `sql` returns (run on an empty database with the schema)."""
    from schemas.db import ensure_schema

    conn = sqlite3.connect(":memory:")
    try:
        ensure_schema(conn)
        conn.create_function("ita_date", 1, lambda value: value)
        names = {name: "" for name in _param_names(sql)}
        return tuple(d[0] for d in conn.execute(sql, names).description)
    finally:
        conn.close()


def _param_names(sql: str) -> list[str]:
    import re

    return re.findall(r"(?<!:):(\w+)", re.sub(r"'[^']*'", "", sql))


def thai_headed(query: "CannedQuery") -> str:
    """The query with its result columns renamed to their Thai headers (order kept)."""
    columns = ", ".join(f'{c} AS "{RESULT_COLUMNS_TH.get(c, c)}"' for c in result_columns(query.sql))
    return f"SELECT {columns} FROM (\n{query.sql}\n)"


CANNED_QUERIES: tuple[CannedQuery, ...] = (
    BELOW_THRESHOLD, MEASURES_BY_INDICATOR, MEASURES_DUE, NOT_SUBMITTED, REVIEW_QUEUE, SEARCH,
)
