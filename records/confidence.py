"""How sure a fact read from a scan is: confidence and needs_review.

Numbers on OCR pages carry the Thai-digit reader's confidence
(`extractors.model.NumberReading`). A score takes the confidence of the
reading of its value on its page (the least sure one, if the value was read
more than once); one from native text (or Word) gets 1.0. A value below
NEEDS_REVIEW_BELOW, or whose reading cannot be found on its page, is stored
with needs_review: a clerk sees it as a reading to check, never a plain fact.
The fiscal year of a document gets the confidence of its best reading.
"""

from __future__ import annotations

from extractors.model import ExtractedDocument, NumberReading, Page
from normalizers.numbers import parse_number
from records.model import DocumentFacts, ScoreRow

NEEDS_REVIEW_BELOW = 0.9  # chosen on bench/ocr_digits.py: no wrong score above it there
NATIVE = 1.0


def reading_values(readings: list[NumberReading]) -> dict[float, float]:
    """Each value read on a page -> the confidence of its least sure reading."""
    out: dict[float, float] = {}
    for r in readings:
        value = parse_number(r.text)
        if value is None:
            continue
        key = round(value, 4)
        out[key] = min(out.get(key, 1.0), r.confidence)
    return out


def _ocr_pages(doc: ExtractedDocument) -> dict[int, Page]:
    return {p.page_no: p for p in doc.pages if p.text_source == "ocr"}


def attach_score_confidence(doc: ExtractedDocument, scores: list[ScoreRow]) -> None:
    """Set each score's confidence, and needs_review when it is below NEEDS_REVIEW_BELOW.

    A score on an OCR page takes the confidence of its value's reading there
    (0.0 when no reading of that value is on the page); one without a page in a
    scanned document that of any reading of its value; any other 1.0."""
    pages = _ocr_pages(doc)
    values = {n: reading_values(p.numbers) for n, p in pages.items()}
    anywhere = reading_values([r for p in pages.values() for r in p.numbers])
    for s in scores:
        key = round(s.value, 4)
        if s.page in values:
            s.confidence = values[s.page].get(key, 0.0)
        elif s.page is None and doc.text_source == "ocr":
            s.confidence = anywhere.get(key, 0.0)
        else:
            s.confidence = NATIVE
        if s.confidence < NEEDS_REVIEW_BELOW:
            s.needs_review = True


def year_readings(year: int) -> set[float]:
    """How a BE fiscal year can be printed: 2566, ๒๕๖๖, the short ๖๖, or CE 2023."""
    return {float(year), float(year % 100), float(year - 543)}


def attach_year_confidence(doc: ExtractedDocument, facts: DocumentFacts) -> None:
    """The fiscal year's confidence: 1.0 unless the document is a scan, then that of the
    surest reading of the year (or of its short or CE form) on its OCR pages."""
    if facts.fiscal_year is None:
        return
    pages = _ocr_pages(doc)
    if doc.text_source != "ocr" or not pages:
        facts.fiscal_year_confidence = NATIVE
        return
    forms = year_readings(facts.fiscal_year)
    best = 0.0
    for page in pages.values():
        for r in page.numbers:
            value = parse_number(r.text)
            if value is not None and round(value, 4) in forms:
                best = max(best, r.confidence)
    facts.fiscal_year_confidence = best
    if best < NEEDS_REVIEW_BELOW:
        facts.needs_review = True


def attach_confidence(doc: ExtractedDocument, facts: DocumentFacts, scores: list[ScoreRow]) -> list:
    """Confidence and needs_review of the scores and of the fiscal year (nothing returned)."""
    attach_score_confidence(doc, scores)
    attach_year_confidence(doc, facts)
    return []
