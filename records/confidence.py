"""How sure a fact read from a scan is: confidence and needs_review.

Numbers on OCR pages carry the Thai-digit reader's confidence
(`extractors.model.NumberReading`). A score takes the confidence of the
reading of its value on its page (the least sure one, if the value was read
more than once); one from native text (or Word) gets 1.0. A value below
NEEDS_REVIEW_BELOW, or whose reading cannot be found on its page, is stored
with needs_review: a clerk sees it as a reading to check, never a plain fact.
The fiscal year of a document gets the confidence of its best reading.

Measures and their owners read from an OCR page are text Tesseract read, not
text taken from a file: each is stored with needs_review, whatever its
confidence, and the confidence says how surely its cells were read (the
least sure of its table cells, `extractors.ocr_tables.reading_confidence`;
for a measure read from the page's paragraphs, the page's). Native ones get
1.0 and no flag. People (signature blocks, committees) read from an OCR page
likewise: flagged, with their page's confidence.
"""

from __future__ import annotations

from extractors.model import ExtractedDocument, NumberReading, Page
from normalizers.numbers import parse_number
from records.model import DocumentFacts, MeasureRow, PersonRow, ScoreRow

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


LABEL_DISAGREES = 0.5  # at most, for a value whose label on the scan names another indicator


def _label_confidence(readings: list[NumberReading], value: float, label_no: int | None) -> float | None:
    """Confidence of the number labelling a value ("ตัวชี้วัดที่ ๓ ... ๖๘.๓๑"): that of the
    reading just before the value's, if it is `label_no`; LABEL_DISAGREES if it is
    another small whole number (the value was given another row's indicator);
    None when no number stands before the value."""
    if label_no is None:
        return None
    values = [parse_number(r.text) for r in readings]
    found = None
    for i, v in enumerate(values):
        if v is None or round(v, 4) != round(value, 4) or i == 0:
            continue
        before = values[i - 1]
        if before == label_no:
            return readings[i - 1].confidence
        if before is not None and before == int(before) and 1 <= before <= 10:
            found = LABEL_DISAGREES
    return found


def attach_score_confidence(doc: ExtractedDocument, scores: list[ScoreRow],
                            year_confidence: dict[int, float] | None = None) -> None:
    """Set each score's confidence, and needs_review when it is below NEEDS_REVIEW_BELOW.

    A score on an OCR page takes the confidence of its value's reading there
    (0.0 when no reading of that value is on the page), lowered to that of its
    indicator number where it was read, and to that of its year on the same
    page (LABEL_DISAGREES when the year is not read there: it was inferred);
    one without a page in a scanned document that of any reading of its value;
    any other 1.0."""
    pages = _ocr_pages(doc)
    values = {n: reading_values(p.numbers) for n, p in pages.items()}
    anywhere = reading_values([r for p in pages.values() for r in p.numbers])
    for s in scores:
        key = round(s.value, 4)
        if s.page in values:
            confidence = values[s.page].get(key, 0.0)
            label = _label_confidence(pages[s.page].numbers, s.value, s.indicator_no)
            confidence = min(confidence, label if label is not None else 1.0)
        elif s.page is None and doc.text_source == "ocr":
            confidence = anywhere.get(key, 0.0)
        else:
            s.confidence = NATIVE
            continue
        if s.fiscal_year is not None and s.page in pages:
            # a year not read on the score's own page was inferred from elsewhere in a scan
            on_page = year_confidence_on(pages[s.page], s.fiscal_year)
            confidence = min(confidence, on_page if on_page > 0 else LABEL_DISAGREES)
        elif s.fiscal_year is not None and year_confidence is not None:
            confidence = min(confidence, year_confidence.get(s.fiscal_year, confidence))
        if (s.level == "tool" and not s.tool) or (s.level == "indicator" and not s.indicator_no):
            confidence = min(confidence, LABEL_DISAGREES)  # read from a scan without knowing whose score it is
        if s.level != "kpi" and s.value == int(s.value) and 0 <= s.value < 10:
            # one digit on a scan is far likelier a list number ("๑.", "(1") than an ITA score
            confidence = min(confidence, LABEL_DISAGREES)
        s.confidence = confidence
        if s.confidence < NEEDS_REVIEW_BELOW:
            s.needs_review = True


def year_readings(year: int) -> set[float]:
    """How a BE fiscal year can be printed: 2566, ๒๕๖๖, the short ๖๖, or CE 2023."""
    return {float(year), float(year % 100), float(year - 543)}


def year_confidence_on(page: Page, year: int) -> float:
    """The surest reading of a BE year (or its short or CE form) on one OCR page; 0.0 if none."""
    forms = year_readings(year)
    return max((r.confidence for r in page.numbers
                if (v := parse_number(r.text)) is not None and round(v, 4) in forms), default=0.0)


def year_confidence(doc: ExtractedDocument, year: int) -> float:
    """Confidence of a BE year read on a scan: its surest reading (or of its short or CE
    form) on the OCR pages; 0.0 when it was not read as a number there."""
    return max((year_confidence_on(page, year) for page in _ocr_pages(doc).values()), default=0.0)


def attach_year_confidence(doc: ExtractedDocument, facts: DocumentFacts) -> None:
    """The fiscal year's confidence: 1.0 unless the document is a scan (year_confidence)."""
    if facts.fiscal_year is None:
        return
    if doc.text_source != "ocr" or not _ocr_pages(doc):
        facts.fiscal_year_confidence = NATIVE
        return
    facts.fiscal_year_confidence = year_confidence(doc, facts.fiscal_year)
    if facts.fiscal_year_confidence < NEEDS_REVIEW_BELOW:
        facts.needs_review = True


def attach_confidence(doc: ExtractedDocument, facts: DocumentFacts, scores: list[ScoreRow]) -> list:
    """Confidence and needs_review of the scores and of the fiscal year (nothing returned)."""
    years = {s.fiscal_year for s in scores if s.fiscal_year is not None}
    attach_score_confidence(doc, scores, {y: year_confidence(doc, y) for y in years} if _ocr_pages(doc) else None)
    attach_year_confidence(doc, facts)
    return []


UNKNOWN_OCR = 0.0  # an OCR reading of no known confidence (the cli engine): as unsure as can be
OCR_AT_MOST = 0.99  # 1.0 says "native text": no OCR reading claims it (the digit reader rounds to 1.0)


def read_by_ocr(doc: ExtractedDocument, page: int | None, cell_confidence: float | None) -> bool:
    """Whether a fact was read by OCR: its cells carry an OCR confidence, it is on an OCR
    page, or it has no page in a document with OCR pages (no place to tell it by)."""
    if cell_confidence is not None:
        return True
    if page is None:
        return doc.text_source != "native"
    return page in _ocr_pages(doc)


def page_confidence(doc: ExtractedDocument, page: int | None) -> float:
    """How surely OCR read a page's text (UNKNOWN_OCR when not known); for no page, the
    least sure of the document's OCR pages."""
    pages = _ocr_pages(doc)
    confidences = [pages[page].confidence] if page in pages else [p.confidence for p in pages.values()]
    known = [c for c in confidences if c is not None]
    return min(known) if known else UNKNOWN_OCR


def attach_measure_confidence(doc: ExtractedDocument, measures: list[MeasureRow]) -> None:
    """Each measure's and owner's confidence, and needs_review for every one read by OCR.

    A measure from a scanned table keeps the confidence of its cells (set by the table
    reader), one read from an OCR page's paragraphs gets the page's; either way it is
    flagged: its title, period and dates are OCR text. An owner takes its own cell's
    confidence, else its measure's. Native measures and owners: 1.0, not flagged."""
    for m in measures:
        if not read_by_ocr(doc, m.page, m.confidence):
            m.confidence, m.needs_review = NATIVE, False
            for o in m.owners:
                o.confidence, o.needs_review = NATIVE, False
            continue
        if m.confidence is None:
            m.confidence = page_confidence(doc, m.page)
        m.confidence, m.needs_review = min(m.confidence, OCR_AT_MOST), True
        for o in m.owners:
            o.confidence = m.confidence if o.confidence is None else min(o.confidence, OCR_AT_MOST)
            o.needs_review = True


def attach_people_confidence(doc: ExtractedDocument, people: list[PersonRow]) -> None:
    """Each person's confidence, and needs_review for every one read by OCR: the page's
    confidence (a person is read from paragraphs and cells of one page). Native: 1.0."""
    for p in people:
        if read_by_ocr(doc, p.page, None):
            p.confidence, p.needs_review = min(page_confidence(doc, p.page), OCR_AT_MOST), True
        else:
            p.confidence, p.needs_review = NATIVE, False
