"""Turn one file into everything the database stores about it.

`parse_file` is the CPU-bound unit of work: it runs in worker processes (or
on Dask workers) and returns a picklable `ParsedFile`; it never touches the
database. Any failure becomes a `failed` ParsedFile with a clerk-facing
reason, so one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from extractors import extract
from extractors.errors import ExtractionError, OverLimit
from extractors.limits import current_limits, over_output_message
from extractors.model import Block, ExtractedDocument, Page, Table
from normalizers.thai_text import normalize_thai_text
from records.model import DocumentFacts, Finding, ReportRecords

if TYPE_CHECKING:
    from records.reread import NumberRereader

log = logging.getLogger(__name__)


@dataclass
class ParsedFile:
    source_path: str
    file_name: str
    sha256: str
    size: int
    mtime_ns: int
    status: str  # loaded or failed
    error: str | None = None
    format: str | None = None
    page_count: int | None = None
    text_source: str | None = None
    pages: list[Page] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    records: ReportRecords | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # why a failed file failed, when it counts towards parking it: "limit"
    # (over time, memory or output caps) or "crash" (its process died)
    failure_kind: str | None = None


def sha256_of_file(path: Path, chunk_size: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(chunk_size):
            h.update(chunk)
    return h.hexdigest()


def parse_file(path: str | Path) -> ParsedFile:
    """Extract, normalise and read one file; failures are returned, not raised."""
    started = time.perf_counter()
    path = Path(path)
    st = path.stat()
    parsed = ParsedFile(
        source_path=str(path),
        file_name=path.name,
        sha256=sha256_of_file(path),
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        status="failed",
    )
    try:
        doc = normalize_document(extract(path))
        over_cap = output_over_cap(doc)
    except ExtractionError as exc:
        parsed.error = str(exc)
        parsed.failure_kind = "limit" if isinstance(exc, OverLimit) else None
    except MemoryError:
        limits = current_limits()
        parsed.failure_kind = "limit"
        parsed.error = (f"needed more than {limits.memory_mb} MB of memory to read and was stopped; if it is a "
                        "normal report, ask the ita-pipeline administrator to raise ITA_LIMIT_MEMORY_MB")
    except Exception as exc:  # a bug or an unforeseen file: keep going, say what to do
        log.error("unexpected error reading %s\n%s", path, traceback.format_exc())
        parsed.error = (
            f"could not read this file ({type(exc).__name__}: {exc}); "
            "send it to the ita-pipeline maintainers so they can fix the reader"
        )
    else:
        if over_cap:
            parsed.error, parsed.failure_kind = over_cap, "limit"
            parsed.seconds = time.perf_counter() - started
            return parsed
        parsed.status = "loaded"
        parsed.format = doc.format
        parsed.page_count = doc.page_count
        parsed.text_source = doc.text_source
        parsed.pages = doc.pages
        parsed.tables = doc.tables
        parsed.warnings = list(doc.warnings)
        parsed.records = read_records_safely(doc, path, parsed.warnings)
    parsed.seconds = time.perf_counter() - started
    return parsed


def output_over_cap(doc: ExtractedDocument) -> str | None:
    """The reason a document's text or tables are more than one report may have, else None."""
    limits = current_limits()
    chars = sum(len(p.text) for p in doc.pages)
    if chars > limits.chars:
        return over_output_message("characters of text", chars, limits.chars, "ITA_LIMIT_CHARS")
    cells = sum(len(row) for t in doc.tables for row in t.rows)
    if cells > limits.table_cells:
        return over_output_message("table cells", cells, limits.table_cells, "ITA_LIMIT_TABLE_CELLS")
    return None


def read_records_safely(doc: ExtractedDocument, path: Path, warnings: list[str]) -> ReportRecords:
    """Structured facts; a reader bug costs the facts, never the document's text."""
    from records import read_records
    from records.document import read_document_facts

    facts = read_document_facts(doc, path.name)
    reread = number_rereader(doc, path)
    year_findings: list[Finding] = []
    if facts.fiscal_year is None and reread is not None:
        doc, facts, year_findings = facts_with_years_reread(doc, path, facts, reread)
    try:
        records = read_records(doc, facts, reread)
        records.findings.extend(year_findings)
        return records
    except Exception as exc:
        log.error("reading structured facts from %s failed\n%s", path, traceback.format_exc())
        warnings.append(f"scores/measures could not be read ({type(exc).__name__}: {exc})")
        return ReportRecords(facts=facts)


def facts_with_years_reread(doc: ExtractedDocument, path: Path, facts: DocumentFacts, reread: NumberRereader,
                            ) -> tuple[ExtractedDocument, DocumentFacts, list[Finding]]:
    """A scan's document and facts after its implausible years were read again (a fiscal
    year found so is stored for review; `records.reread.with_years_reread`), with the
    findings that say so; as they were when no year changed or the second look failed."""
    from records.document import read_document_facts
    from records.reread import with_years_reread

    try:
        reread_doc, findings = with_years_reread(doc, reread)
    except Exception:  # the second look is a bonus: the document is read as it was
        log.warning("reading the years of %s again failed\n%s", path, traceback.format_exc())
        return doc, facts, []
    if not findings:
        return doc, facts, []
    return reread_doc, read_document_facts(reread_doc, path.name), findings


def number_rereader(doc: ExtractedDocument, path: Path) -> NumberRereader | None:
    """What reads a scanned PDF's numbers again from their boxes (at REREAD_DPI, digit
    reader alone), for the values a cross-check doubts; None when no number has a box."""
    if doc.format != "pdf" or not any(r.box is not None for p in doc.pages for r in p.numbers):
        return None
    from extractors.ocr import reread_numbers_in_pdf

    return partial(reread_numbers_in_pdf, path)


def normalize_document(doc: ExtractedDocument) -> ExtractedDocument:
    """The same document with every string canonical (NFC, marks, spaces)."""
    return replace(
        doc,
        pages=[replace(p, text=normalize_thai_text(p.text)) for p in doc.pages],
        blocks=[_normalize_block(b) for b in doc.blocks],
    )


def _normalize_block(block: Block) -> Block:
    if block.table is not None:
        rows = [[normalize_thai_text(c) for c in row] for row in block.table.rows]
        return replace(block, table=replace(block.table, rows=rows))
    return replace(block, text=normalize_thai_text(block.text))
