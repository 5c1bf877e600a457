"""Structured facts read out of an extracted ITA report.

`read_records(doc, facts)` fills scores, measures (with their owners),
people and findings; `facts` (unit, fiscal year, doc_type) come from
`records.document.read_document_facts`. Each reader is independent and
guarded: a bug in one costs its rows and a warning finding, never the others.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.model import ExtractedDocument
from normalizers.thai_text import thai_digits_to_arabic
from records.model import DocumentFacts, Finding, ReportRecords

if TYPE_CHECKING:
    from records.reread import NumberRereader

log = logging.getLogger(__name__)

__all__ = ["read_records"]


def read_records(doc: ExtractedDocument, facts: DocumentFacts, reread: NumberRereader | None = None) -> ReportRecords:
    """With `reread` (the flow's reader of a scanned PDF's number boxes), the values a
    cross-check doubts are read again before they are stored (`records.reread`)."""
    from records.confidence import attach_confidence, attach_measure_confidence, attach_people_confidence
    from records.findings import read_findings
    from records.measures import read_measures
    from records.people import read_people
    from records.reread import recheck_with_rereads
    from records.scores import read_scores

    records = ReportRecords(facts=facts)
    problems: list[Finding] = []

    def guarded(name, fn, *args):
        try:
            return fn(*args)
        except Exception as exc:  # keep the other readers' rows
            log.error("reading %s failed\n%s", name, traceback.format_exc())
            problems.append(Finding(kind="reader_error", message=f"{name} could not be read ({type(exc).__name__}: {exc})"))
            return []

    records.scores = guarded("scores", read_scores, doc, facts)
    first_read = [replace(s) for s in records.scores]  # before confidence and checks mark them
    guarded("confidence", attach_confidence, doc, facts, records.scores)
    records.measures = guarded("measures", read_measures, doc, facts)
    guarded("measure confidence", attach_measure_confidence, doc, records.measures)
    records.people = guarded("people", read_people, doc)
    guarded("people confidence", attach_people_confidence, doc, records.people)
    records.findings = guarded("findings", read_findings, doc, facts, records.scores, records.measures)
    if reread is not None and not problems:
        rechecked = guarded("re-read", recheck_with_rereads, doc, facts, first_read, records, reread)
        if rechecked:
            records.scores, records.findings = rechecked
    records.findings += problems
    return with_arabic_digits(records)


def with_arabic_digits(records: ReportRecords) -> ReportRecords:
    """Structured columns (positions, offices, ranks, phones) spelled with Arabic digits.

    The schema's promise: structured columns use Arabic digits, whatever
    the report used ("สว.อก.๑" is stored "สว.อก.1"). Text kept as written
    (titles, details, raw owner text) keeps the report's digits.
    """
    for measure in records.measures:
        for owner in measure.owners:
            owner.rank, owner.position, owner.org_unit = map(_arabic, (owner.rank, owner.position, owner.org_unit))
    for person in records.people:
        person.rank, person.position, person.phone = map(_arabic, (person.rank, person.position, person.phone))
    return records


def _arabic(value: str | None) -> str | None:
    return thai_digits_to_arabic(value) if value else value
