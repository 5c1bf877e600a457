"""Write parsed documents into the database: whole documents, never parts of one.

Only the flow's single writer calls these functions. Documents are written
inside one `BEGIN IMMEDIATE ... COMMIT` (one document, or the documents of
one parse batch: `store_batch`), each document in its own savepoint, so a
crash leaves every document whole or absent, and a document the database
refuses is rolled back alone.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from normalizers.thai_text import other_digit_spellings
from records.model import DocumentFacts, ReportRecords, UnitFacts

if TYPE_CHECKING:
    from flows.parse import ParsedFile

# A line break between two Thai characters is a wrap, not a word break.
_THAI_WRAP = re.compile(r"(?<=[\u0E00-\u0E7F])[ \t]*\n[ \t]*(?=[\u0E00-\u0E7F])")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; a savepoint inside an open transaction.

    Nested in a batch (`store_batch`), a document's writes roll back alone
    on an error while the batch's other documents stay.
    """
    if conn.in_transaction:
        with _savepoint(conn):
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("SAVEPOINT part")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled the whole transaction back itself (disk full)
            conn.execute("ROLLBACK TO part")
            conn.execute("RELEASE part")
        raise
    else:
        conn.execute("RELEASE part")


@dataclass
class StoreBatch:
    """Rows written in the open transaction that are not in the full-text tables yet.

    FTS5 writes a new index segment each time it flushes its pending terms:
    at every commit, savepoint, and statement that may need a partial
    rollback; and it merges segments as they pile up, each entry rewritten
    once per level of merging. Indexing every document as it was written
    made one small segment per document. The full-text rows of a batch's
    documents are instead inserted together, last, just before the commit:
    one segment per batch, the same rows, in the same transaction as the
    documents they index.
    """

    page_ids: set[int] = field(default_factory=set)
    measure_ids: set[int] = field(default_factory=set)


@contextmanager
def store_batch(conn: sqlite3.Connection) -> Iterator[StoreBatch]:
    """One transaction for several documents (`write_parsed_file(..., batch=)`), indexed for search at its end."""
    batch = StoreBatch()
    with transaction(conn):
        yield batch
        index_batch(conn, batch)


def index_batch(conn: sqlite3.Connection, batch: StoreBatch) -> None:
    """Index the batch's pages and measures that are still there, in rowid order.

    Read back by id: a row written and then rolled back or deleted within
    the batch is not indexed; an id taken again by a later row indexes that
    row. Ascending rowids keep FTS5 from flushing between inserts.
    """
    for page_id, text in _rows_by_id(conn, "SELECT page_id, text FROM pages", "page_id", batch.page_ids):
        _index_page(conn, page_id, text)
    for row in _rows_by_id(conn, "SELECT measure_id, title, detail, owner_text FROM measures", "measure_id",
                           batch.measure_ids):
        _index_measure(conn, *row)
    batch.page_ids.clear()
    batch.measure_ids.clear()


SEARCH_TABLES = ("pages_fts", "measures_fts")


def merge_search_index(conn: sqlite3.Connection, pages: int = 64) -> bool:
    """Do some of FTS5's pending segment merging (about `pages` leaf pages per table); True if there was any.

    FTS5 merges a level's segments (automerge: 8) inside the transaction
    that fills it, so a document now and then paid for a merge, and more
    as the database grew (each entry is rewritten once per level). Called
    while the writer has nothing to store, in small steps so that a parsed
    batch waits little, this does those merges (usermerge 8: the same ones)
    before a store runs into them. Searches find the same rows either way.
    """
    worked = False
    with transaction(conn):
        for table in SEARCH_TABLES:
            before = conn.total_changes
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (pages,))
            worked |= conn.total_changes - before >= 2  # FTS5's documented sign that it merged something
    return worked


def _rows_by_id(conn: sqlite3.Connection, select: str, key: str, ids: set[int]) -> list[tuple]:
    """The rows of `select` whose `key` is one of `ids`, by ascending key (any number of ids: one JSON parameter)."""
    if not ids:
        return []
    return conn.execute(f"{select} WHERE {key} IN (SELECT value FROM json_each(?)) ORDER BY {key}",
                        (json.dumps(sorted(ids)),)).fetchall()


def searchable_text(text: str) -> str:
    """Text for the trigram index: Thai words wrapped over lines made whole."""
    return _THAI_WRAP.sub("", text)


def _index_page(conn: sqlite3.Connection, page_id: int, text: str) -> None:
    searchable = searchable_text(text)
    conn.execute("INSERT INTO pages_fts (rowid, text, digits) VALUES (?, ?, ?)",
                 (page_id, searchable, other_digit_spellings(searchable)))


def _index_measure(conn: sqlite3.Connection, measure_id: int, title: str, detail: str | None,
                   owner_text: str | None) -> None:
    title, detail, owner_text = searchable_text(title), searchable_text(detail or ""), owner_text or ""
    conn.execute(
        "INSERT INTO measures_fts (rowid, title, detail, owner_text, digits) VALUES (?, ?, ?, ?, ?)",
        (measure_id, title, detail, owner_text, other_digit_spellings("\n".join((title, detail, owner_text)))),
    )


def rebuild_search_index(conn: sqlite3.Connection) -> None:
    """Fill pages_fts and measures_fts again from pages and measures (after a layout change)."""
    conn.execute("DELETE FROM pages_fts")
    conn.execute("DELETE FROM measures_fts")
    for page_id, text in conn.execute("SELECT page_id, text FROM pages").fetchall():
        _index_page(conn, page_id, text)
    for row in conn.execute("SELECT measure_id, title, detail, owner_text FROM measures").fetchall():
        _index_measure(conn, *row)


def loaded_document_id(conn: sqlite3.Connection, sha256: str) -> int | None:
    row = conn.execute(
        "SELECT document_id FROM documents WHERE sha256 = ? AND status = 'loaded'", (sha256,)
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class PathVersion:
    """A path as seen by this run, and the loaded document it held before its content changed."""

    source_path: str
    size: int
    mtime_ns: int
    replaces: int | None = None


def write_parsed_file(conn: sqlite3.Connection, parsed: "ParsedFile", replaces: int | None = None,
                      copies: Sequence[PathVersion] = (), batch: StoreBatch | None = None) -> Counter[str]:
    """Store one parsed file and the paths holding its content atomically; rows added per table.

    A content hash already loaded is not written again (only its paths are
    recorded). A failed or superseded `documents` row with the same hash is
    reused, so `document_id`s and `superseded_by` links stay valid.
    `replaces` (and each copy's) is the document the path held before its
    content changed: once the new version loads, the old one's rows go in
    the same transaction and its `documents` row stays, marked superseded
    (counted under the key "superseded"). A new version that fails to load
    supersedes nothing: the path keeps pointing at the old, loaded version,
    and the new one is tried again next run. Within a `batch` the document
    is a savepoint (rolled back alone if it raises) and is indexed for
    search when the batch ends; alone, it is a transaction of its own.
    """
    if batch is None:
        with store_batch(conn) as alone:
            return write_parsed_file(conn, parsed, replaces, copies, alone)
    added: Counter[str] = Counter()
    now = utc_now()
    replaced = {v for v in (replaces, *(c.replaces for c in copies)) if v is not None}
    with transaction(conn):
        document_id, loaded = _store_document(conn, parsed, now, added, replaced, batch)
        for version in (PathVersion(parsed.source_path, parsed.size, parsed.mtime_ns, replaces), *copies):
            held = document_id if loaded or version.replaces is None else version.replaces
            added["superseded"] += _record_version(conn, version, parsed.sha256, held, loaded, now)
    return added


def record_path_version(conn: sqlite3.Connection, version: PathVersion, sha256: str, document_id: int,
                        now: str) -> int:
    """Record a path whose content is the loaded document `document_id` (call inside a transaction).

    Returns 1 when the document the path held before was superseded by it, else 0.
    """
    return _record_version(conn, version, sha256, document_id, True, now)


def _record_version(conn: sqlite3.Connection, version: PathVersion, sha256: str, document_id: int | None,
                    loaded: bool, now: str) -> int:
    record_source_file(conn, version.source_path, sha256, version.size, version.mtime_ns, document_id, now)
    old = version.replaces
    if loaded and old is not None and old != document_id and not _still_submitted(conn, old):
        supersede_document(conn, old, document_id, now)
        return 1
    return 0


def touch_source_files(conn: sqlite3.Connection, paths: Sequence[str], now: str) -> None:
    """Mark unchanged paths as seen now (and present again, if they had been removed)."""
    conn.executemany("UPDATE source_files SET last_seen = ?, removed_at = NULL WHERE source_path = ?",
                     [(now, p) for p in paths])


def _store_document(conn: sqlite3.Connection, parsed: "ParsedFile", now: str,
                    added: Counter[str], replaced: set[int], batch: StoreBatch) -> tuple[int | None, bool]:
    """(document_id, loaded) for the parsed content, inserting or reusing its `documents` row."""
    row = conn.execute("SELECT document_id, status FROM documents WHERE sha256 = ?", (parsed.sha256,)).fetchone()
    if row is not None and row[1] == "loaded":
        return row[0], True
    if parsed.status == "loaded":
        if row is not None:
            delete_document_rows(conn, row[0])
        return _insert_document(conn, parsed, now, added, replaced, batch, reuse_id=row[0] if row else None), True
    if row is None or row[1] == "failed":
        return _insert_document(conn, parsed, now, added, replaced, batch, reuse_id=row[0] if row else None), False
    return row[0], False  # superseded: keep that history; the failure is in the run's report


def count_failure(conn: sqlite3.Connection, sha256: str, *, costly: bool, attempts_allowed: int, now: str) -> bool:
    """Account for a run in which this content failed; True when it is now parked.

    A costly failure (over a limit, or killing its reader) counts one more
    attempt, and at `attempts_allowed` parks the content: it is not tried
    again until the file changes. Any other failure (cheap to repeat) starts
    the count again.
    """
    with transaction(conn):
        if costly:
            conn.execute(
                "UPDATE documents SET failed_attempts = failed_attempts + 1, parked_at = CASE WHEN "
                "failed_attempts + 1 >= ? THEN ? END WHERE sha256 = ? AND status = 'failed'",
                (attempts_allowed, now, sha256),
            )
        else:
            conn.execute("UPDATE documents SET failed_attempts = 0, parked_at = NULL WHERE sha256 = ?", (sha256,))
        row = conn.execute("SELECT parked_at FROM documents WHERE sha256 = ? AND status = 'failed'",
                           (sha256,)).fetchone()
    return row is not None and row[0] is not None


def parked_contents(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """{sha256: (failed_attempts, error)} of the parked contents."""
    return {sha: (attempts, error) for sha, attempts, error in conn.execute(
        "SELECT sha256, failed_attempts, error FROM documents WHERE status = 'failed' AND parked_at IS NOT NULL")}


def _still_submitted(conn: sqlite3.Connection, document_id: int) -> bool:
    """Whether a path in the inbox still holds this document's content."""
    return conn.execute(
        "SELECT 1 FROM source_files s JOIN documents d ON d.document_id = s.document_id "
        "WHERE s.document_id = ? AND s.sha256 = d.sha256 AND s.removed_at IS NULL", (document_id,)
    ).fetchone() is not None


FACT_TABLES = ("scores", "measures", "people", "findings")


def delete_document_facts(conn: sqlite3.Connection, document_id: int) -> None:
    """Remove the facts read from a document (scores, measures and owners, people, findings)."""
    conn.execute("DELETE FROM measures_fts WHERE rowid IN (SELECT measure_id FROM measures WHERE document_id = ?)",
                 (document_id,))
    for table in FACT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))


def delete_document_rows(conn: sqlite3.Connection, document_id: int) -> None:
    """Remove everything read from a document, keeping its `documents` row."""
    conn.execute("DELETE FROM pages_fts WHERE rowid IN (SELECT page_id FROM pages WHERE document_id = ?)",
                 (document_id,))
    for table in ("pages", "doc_tables"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    delete_document_facts(conn, document_id)


def supersede_document(conn: sqlite3.Connection, old_id: int, new_id: int | None, now: str) -> None:
    release_copies(conn, old_id)
    delete_document_rows(conn, old_id)
    conn.execute(
        "UPDATE documents SET status = 'superseded', superseded_by = ?, superseded_at = ? WHERE document_id = ?",
        (new_id, now, old_id),
    )


def record_source_file(conn: sqlite3.Connection, source_path: str, sha256: str, size: int,
                       mtime_ns: int, document_id: int | None, now: str) -> None:
    conn.execute(
        "INSERT INTO source_files (source_path, sha256, size, mtime_ns, document_id, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_path) DO UPDATE SET sha256 = excluded.sha256, "
        "size = excluded.size, mtime_ns = excluded.mtime_ns, document_id = excluded.document_id, "
        "last_seen = excluded.last_seen, removed_at = NULL",
        (source_path, sha256, size, mtime_ns, document_id, now, now),
    )


_DOCUMENT_COLUMNS = ("sha256", "file_name", "source_path", "format", "page_count", "unit_id", "fiscal_year",
                     "doc_type", "title", "text_source", "status", "error", "ingested_at", "file_size", "warnings",
                     "fiscal_year_confidence", "needs_review")


def _insert_document(conn: sqlite3.Connection, parsed: "ParsedFile", now: str, added: Counter[str],
                     replaced: set[int], batch: StoreBatch, reuse_id: int | None = None) -> int:
    """Write the document and everything read from it; `reuse_id` overwrites that (emptied) row."""
    records = parsed.records
    facts = records.facts if records else None
    unit_id = None
    if facts and facts.unit:
        unit_id, created = upsert_unit(conn, facts.unit)
        added["units"] += created
    values = (
        parsed.sha256, parsed.file_name, parsed.source_path, parsed.format, parsed.page_count, unit_id,
        facts.fiscal_year if facts else None, facts.doc_type if facts else None,
        facts.title if facts else None, parsed.text_source, parsed.status, parsed.error, now,
        parsed.size, json.dumps(parsed.warnings, ensure_ascii=False) if parsed.warnings else None,
        facts.fiscal_year_confidence if facts else None, int(facts.needs_review) if facts else 0,
    )
    if reuse_id is None:
        cur = conn.execute(
            f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' * len(values))})", values
        )
        document_id = cur.lastrowid
        added["documents"] += 1
    else:
        assignments = ", ".join(f"{c} = ?" for c in _DOCUMENT_COLUMNS)
        conn.execute(
            f"UPDATE documents SET {assignments}, superseded_by = NULL, superseded_at = NULL, same_report_as = NULL "
            "WHERE document_id = ?",
            (*values, reuse_id),
        )
        document_id = reuse_id
    _insert_pages(conn, document_id, parsed, added, batch)
    _insert_tables(conn, document_id, parsed, added)
    if records is not None:
        primary = same_report_primary(conn, document_id, parsed, unit_id, facts, replaced)
        if primary == document_id:
            _insert_records(conn, document_id, unit_id, records, added, batch)
        else:
            added["same_report"] += 1
    return document_id


# ------------------------------------------------- one report in two files

SAME_REPORT_MIN_SIMILARITY = 0.95
_WORD_FORMATS = ("docx", "doc")
_RE_WHITESPACE = re.compile(r"\s+")


def without_spaces(text: str) -> str:
    """The text with all whitespace removed: what titles and texts are compared by."""
    return _RE_WHITESPACE.sub("", text)


def _similarity_without_spaces(a: str, b: str, at_least: float) -> float:
    """0-1: how alike two texts already without spaces are (normalised edit distance).

    Below `at_least` the answer is 0.0 (and comes sooner). The texts are
    stripped by the caller, so a new document's text is stripped once, not
    once per document it is compared with.
    """
    from rapidfuzz.distance import Indel

    return Indel.normalized_similarity(a, b, score_cutoff=at_least)


def document_text(conn: sqlite3.Connection, document_id: int) -> str:
    return "\n".join(t for (t,) in conn.execute(
        "SELECT text FROM pages WHERE document_id = ? ORDER BY page_no", (document_id,)))


def same_report_primary(conn: sqlite3.Connection, document_id: int, parsed: "ParsedFile", unit_id: int | None,
                        facts: "DocumentFacts | None", replaced: set[int]) -> int:
    """The document whose facts count for the report just stored as `document_id` (maybe itself).

    One report in two files: a unit sends the Word file and the PDF made
    from it. They are one Word and one PDF document of the same unit,
    fiscal year and title (spaces ignored; or no title in both) whose texts
    are at least 95% alike (spaces ignored). Their facts are stored once,
    from the Word file: it is the original, read without layout loss. The
    PDF is linked through `same_report_as` (and keeps its pages and tables);
    when a Word file arrives after its PDF, the PDF's facts go. Two files of
    the same format are never linked: a unit's report of another year or
    period often reuses the same template and wording.
    """
    if unit_id is None or facts is None or parsed.format is None:
        return document_id
    is_word = parsed.format in _WORD_FORMATS
    title_key = without_spaces(facts.title or "")

    @cache
    def text() -> str:  # only when a document has the same title
        return without_spaces("\n".join(page.text for page in parsed.pages))

    def alike(others: Iterable[tuple[int, str | None]]) -> Iterator[int]:
        """The documents among `others` (id, title) with this title and an alike text, in order."""
        for other, other_title in others:
            if other not in replaced and without_spaces(other_title or "") == title_key and _similarity_without_spaces(
                    text(), without_spaces(document_text(conn, other)), SAME_REPORT_MIN_SIMILARITY):
                yield other

    with closing(_other_format_primaries(conn, document_id, unit_id, facts.fiscal_year, not is_word)) as others:
        # a PDF is a copy of the oldest alike Word file: read no further than it
        linked = list(alike(others)) if is_word else list(islice(alike(others), 1))
    if not is_word:
        if not linked:
            return document_id
        make_copy_of(conn, document_id, linked[0])
        return linked[0]
    for pdf in linked:
        make_copy_of(conn, pdf, document_id)
    return document_id


def _other_format_primaries(conn: sqlite3.Connection, document_id: int, unit_id: int, fiscal_year: int | None,
                            word: bool) -> sqlite3.Cursor:
    """(document_id, title) of the unit's loaded, unlinked documents of that year, Word or not, oldest first.

    Narrowed in SQL (by the partial index documents_unlinked_by_format in
    schema.sql, whose expression this query repeats) and read lazily, so that a unit with many reports of the same year and title (a
    resubmission every month, a bench's hundred copies) is not read whole
    for every new document. A NULL format counts as not Word, as before.
    """
    word_formats = ", ".join(f"'{f}'" for f in _WORD_FORMATS)
    return conn.execute(
        "SELECT document_id, title FROM documents WHERE unit_id = ? AND fiscal_year IS ? AND status = 'loaded' "
        f"AND same_report_as IS NULL AND document_id != ? AND coalesce(format IN ({word_formats}), 0) = ? "
        "ORDER BY document_id",
        (unit_id, fiscal_year, document_id, int(word)))


def make_copy_of(conn: sqlite3.Connection, copy_id: int, primary_id: int) -> None:
    """Link `copy_id` (and its own copies) to `primary_id`; the copy's facts go."""
    delete_document_facts(conn, copy_id)
    conn.execute("UPDATE documents SET same_report_as = ? WHERE document_id = ? OR same_report_as = ?",
                 (primary_id, copy_id, copy_id))


def release_copies(conn: sqlite3.Connection, primary_id: int) -> None:
    """Before a primary loses its rows: its copies are read again, whole, by the next run.

    A copy's facts were never stored, so the copy is forgotten (its
    documents row and pages go; its paths stay, marked for re-reading).
    """
    copies = [c for (c,) in conn.execute("SELECT document_id FROM documents WHERE same_report_as = ?",
                                         (primary_id,))]
    for copy_id in copies:
        delete_document_rows(conn, copy_id)
        conn.execute("UPDATE source_files SET document_id = NULL, mtime_ns = -1 WHERE document_id = ?", (copy_id,))
        conn.execute("UPDATE documents SET superseded_by = NULL WHERE superseded_by = ?", (copy_id,))
        conn.execute("DELETE FROM documents WHERE document_id = ?", (copy_id,))


def upsert_unit(conn: sqlite3.Connection, unit: UnitFacts) -> tuple[int, bool]:
    """(unit_id, created): the unit's row, creating it or filling a province learnt later."""
    row = conn.execute("SELECT unit_id, province FROM units WHERE name = ?", (unit.name,)).fetchone()
    if row:
        if row[1] is None and unit.province:
            conn.execute("UPDATE units SET province = ? WHERE unit_id = ?", (unit.province, row[0]))
        return row[0], False
    cur = conn.execute(
        "INSERT INTO units (name, unit_type, province) VALUES (?, ?, ?)", (unit.name, unit.unit_type, unit.province)
    )
    return cur.lastrowid, True


def _insert_pages(conn: sqlite3.Connection, document_id: int, parsed: "ParsedFile", added: Counter[str],
                  batch: StoreBatch) -> None:
    for page in parsed.pages:
        cur = conn.execute(
            "INSERT INTO pages (document_id, page_no, text, text_source) VALUES (?, ?, ?, ?)",
            (document_id, page.page_no, page.text, page.text_source),
        )
        batch.page_ids.add(cur.lastrowid)
        added["pages"] += 1


def _insert_tables(conn: sqlite3.Connection, document_id: int, parsed: "ParsedFile", added: Counter[str]) -> None:
    for table_no, table in enumerate(parsed.tables, start=1):
        conn.execute(
            "INSERT INTO doc_tables (document_id, table_no, first_page, last_page, n_rows, n_cols, rows_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document_id, table_no, table.first_page, table.last_page, len(table.rows), table.n_cols,
             json.dumps(table.rows, ensure_ascii=False)),
        )
        added["doc_tables"] += 1


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _insert_records(conn: sqlite3.Connection, document_id: int, unit_id: int | None,
                    records: ReportRecords, added: Counter[str], batch: StoreBatch) -> None:
    for s in records.scores:
        conn.execute(
            "INSERT INTO scores (document_id, unit_id, fiscal_year, level, tool, indicator_no, question_code, "
            "label, value, rating, page, weight, points, confidence, needs_review) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, unit_id, s.fiscal_year, s.level, s.tool, s.indicator_no, s.question_code,
             s.label, s.value, s.rating, s.page, s.weight, s.points, s.confidence, int(s.needs_review)),
        )
        added["scores"] += 1
    for m in records.measures:
        cur = conn.execute(
            "INSERT INTO measures (document_id, unit_id, fiscal_year, indicator_no, title, detail, period_text, "
            "start_date, end_date, monitoring, owner_text, page, budget_baht, result_text, status, "
            "confidence, needs_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, unit_id, m.fiscal_year, m.indicator_no, m.title, m.detail, m.period_text,
             _iso(m.start_date), _iso(m.end_date), m.monitoring, m.owner_text, m.page,
             m.budget_baht, m.result_text, m.status, m.confidence, int(m.needs_review)),
        )
        measure_id = cur.lastrowid
        batch.measure_ids.add(measure_id)
        added["measures"] += 1
        for o in m.owners:
            conn.execute(
                "INSERT INTO owners (measure_id, raw, rank, person_name, position, org_unit, confidence, needs_review) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (measure_id, o.raw, o.rank, o.person_name, o.position, o.org_unit, o.confidence,
                 int(o.needs_review)),
            )
            added["owners"] += 1
    for p in records.people:
        conn.execute(
            "INSERT INTO people (document_id, unit_id, role, rank, person_name, position, phone, page, "
            "confidence, needs_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, unit_id, p.role, p.rank, p.person_name, p.position, p.phone, p.page,
             p.confidence, int(p.needs_review)),
        )
        added["people"] += 1
    for f in records.findings:
        conn.execute(
            "INSERT INTO findings (document_id, kind, message, page) VALUES (?, ?, ?, ?)",
            (document_id, f.kind, f.message, f.page),
        )
        added["findings"] += 1
