"""Thai full-text search over pages and measures, for programs (the desk, scripts).

The FTS tables use SQLite's trigram tokenizer (schema.sql): a term matches
any text containing it, spaces or not, but a term must be 3+ characters and
punctuation (ป.ป.ช., สภ.จันทรา, 2567/2568) must be quoted. `fts_query`
quotes every term; terms of 1-2 characters cannot go through the index at
all, so `search_pages` checks them with instr() on the rows the index found
(or on every page when no longer term is given).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from normalizers.thai_text import thai_digits_to_arabic

TRIGRAM = 3  # the shortest term the trigram index can find


def terms_of(query: str) -> list[str]:
    """The whitespace-separated terms of a query, in order, without repeats."""
    return list(dict.fromkeys(query.split()))


def fts_query(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression requiring every term of 3+ characters (quoted); None if there is none."""
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if not long_terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)


@dataclass(frozen=True)
class PageHit:
    document_id: int
    page_no: int
    file_name: str
    text: str


def search_pages(conn: sqlite3.Connection, query: str, limit: int = 100) -> list[PageHit]:
    """Pages holding every term of `query` (Thai or Arabic digits alike), best first.

    Terms of 3+ characters go through pages_fts (its `digits` column makes
    ๒๕๖๘ and 2568 equivalent); shorter terms are checked with instr() on
    the page text, both digit spellings.
    """
    terms = terms_of(query)
    if not terms:
        return []
    short = [t for t in terms if len(t) < TRIGRAM]
    match = fts_query(terms)
    if match:
        sql = ("SELECT p.document_id, p.page_no, d.file_name, p.text FROM pages_fts "
               "JOIN pages p ON p.page_id = pages_fts.rowid JOIN documents d USING (document_id) "
               "WHERE pages_fts MATCH ? ORDER BY rank")
        rows = conn.execute(sql, (match,))
    else:
        rows = conn.execute("SELECT p.document_id, p.page_no, d.file_name, p.text FROM pages p "
                            "JOIN documents d USING (document_id) ORDER BY p.document_id, p.page_no")
    hits: list[PageHit] = []
    for row in rows:
        hit = PageHit(*row)
        arabic = thai_digits_to_arabic(hit.text)
        if all(thai_digits_to_arabic(t) in arabic for t in short):
            hits.append(hit)
            if len(hits) >= limit:
                break
    return hits
