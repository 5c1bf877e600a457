"""Scores a cross-check doubts, read again from the scan before they are stored.

A score read from a scan that a value cross-check flags (a tool total that is
not the mean of its indicators, an overall that is not its tools' weighted
sum, a value outside 0-100, a rating outside its score's band, two values for
one score: `records.findings.doubted_by_checks`) may be a misreading. Its
reading on its page (`NumberReading.page`, `.box`) is read again by the
digit reader alone, at a higher resolution (`extractors.ocr.reread_numbers_in_pdf`,
passed in by the flow as `reread`: records do no image work and do not know
the file). Only doubted values are read again.

Outcome (a wrong fact is worse than a missing one):
- every reading of the value re-reads as one other number, and with it the
  checks no longer doubt the score, nor any score they did not doubt before:
  the re-read value is stored, still with needs_review (REREAD_CHANGED_CONFIDENCE:
  two looks of the digit reader disagreed, and a check passing is no proof: a
  tool's mean has 0.6 points of tolerance), and a `reread_changed` finding
  gives the first reading and the page;
- otherwise the first value stays, flagged, and a `reread_unresolved` finding
  names the page and what the second look read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractors.model import ExtractedDocument, NumberReading
from normalizers.numbers import numbers_in
from records.confidence import attach_confidence
from records.document import plausible_fiscal_year
from records.findings import checked_with, doubted_by_checks, read_findings
from records.model import DocumentFacts, Finding, MeasureRow, ReportRecords, ScoreRow

# readings (each with its page and box) -> each read again, None where no number was read
NumberRereader = Callable[[list[NumberReading]], list[NumberReading | None]]
REREAD_DPI_TEXT = "400 dpi"  # what the findings say the second look was (extractors.ocr.REREAD_DPI)
# at most, for a value the second look changed: below records.confidence.NEEDS_REVIEW_BELOW, so it
# is stored for review, never as a plain fact (trusting a 400-dpi second look once stored a wrong score)
REREAD_CHANGED_CONFIDENCE = 0.8

ReadingRef = tuple[int, int]  # (page number, index in that page's numbers)


@dataclass(frozen=True)
class Reread:
    """What the second look gave for one doubted score."""

    score: int  # index in the scores
    refs: tuple[ReadingRef, ...]  # its value's readings on its page
    readings: tuple[NumberReading | None, ...]  # each read again

    def value(self) -> float | None:
        """The one number every reading re-read as; None if one read as no number or they differ."""
        values = set()
        for r in self.readings:
            found = numbers_in(r.text) if r is not None else []
            if len(found) != 1:
                return None
            values.add(round(found[0], 4))
        return values.pop() if len(values) == 1 else None


def value_readings(doc: ExtractedDocument, score: ScoreRow) -> list[ReadingRef]:
    """Where a score's value was read on its OCR page, by readings that know their box."""
    page = next((p for p in doc.pages if p.page_no == score.page and p.text_source == "ocr"), None)
    if page is None:
        return []
    key = round(score.value, 4)
    return [(page.page_no, i) for i, r in enumerate(page.numbers)
            if r.box is not None and (v := numbers_in(r.text)) and round(v[0], 4) == key]


def reread_doubted(doc: ExtractedDocument, scores: list[ScoreRow], doubted: set[int],
                   reread: NumberRereader) -> list[Reread]:
    """The doubted scores' readings, read again in one call of `reread`."""
    refs = {i: tuple(value_readings(doc, scores[i])) for i in sorted(doubted)}
    refs = {i: r for i, r in refs.items() if r}
    wanted = sorted({ref for r in refs.values() for ref in r})
    if not wanted:
        return []
    pages = {p.page_no: p for p in doc.pages}
    again = dict(zip(wanted, reread([pages[n].numbers[i] for n, i in wanted])))
    return [Reread(i, r, tuple(again[ref] for ref in r)) for i, r in refs.items()]


def with_readings(doc: ExtractedDocument, new: dict[ReadingRef, NumberReading]) -> ExtractedDocument:
    """The document with some pages' readings replaced."""
    pages = []
    for page in doc.pages:
        numbers = [new.get((page.page_no, i), r) for i, r in enumerate(page.numbers)]
        pages.append(replace(page, numbers=numbers) if numbers != page.numbers else page)
    return replace(doc, pages=pages)


def changed_readings(rereads: list[Reread], accepted: set[int]) -> dict[ReadingRef, NumberReading]:
    """The re-readings of the accepted scores' values, as sure as a changed value may be."""
    out = {}
    for rr in rereads:
        if rr.score in accepted:
            for ref, r in zip(rr.refs, rr.readings):
                out[ref] = replace(r, confidence=min(r.confidence, REREAD_CHANGED_CONFIDENCE))
    return out


def checked(doc: ExtractedDocument, facts: DocumentFacts, first_read: list[ScoreRow], measures: list[MeasureRow],
            values: dict[int, float]) -> tuple[list[ScoreRow], list[Finding]]:
    """The scores as read, some values replaced, with their confidence and the findings of every check."""
    scores = [replace(s, value=values.get(i, s.value)) for i, s in enumerate(first_read)]
    attach_confidence(doc, facts, scores)
    return scores, read_findings(doc, facts, scores, measures)


def reread_findings(scores: list[ScoreRow], first: list[ScoreRow], rereads: list[Reread],
                    accepted: set[int]) -> list[Finding]:
    """A reread_changed finding per value the second look changed; a reread_unresolved one per
    page whose doubted values it did not settle, naming the page and what it read."""
    out = []
    unresolved: dict[int, list[str]] = {}
    doubted = doubted_by_checks(scores)
    for rr in rereads:
        if rr.score not in accepted and rr.score not in doubted:
            continue  # read again only as a value a doubted one is checked with: not itself in doubt
        s, old = scores[rr.score], first[rr.score]
        label = s.label or s.level
        if rr.score in accepted:
            out.append(Finding(
                kind="reread_changed",
                message=f"คะแนน {s.value:g} ({label}) หน้า {s.page}: อ่านครั้งแรกได้ {old.value:g} ซึ่งไม่ผ่านการตรวจ "
                        f"อ่านซ้ำจากภาพสแกนที่ {REREAD_DPI_TEXT} ได้ {s.value:g} - ตรวจสอบกับต้นฉบับหน้า {s.page} "
                        f"(first read {old.value:g}, failing a cross-check; re-read at {REREAD_DPI_TEXT} as "
                        f"{s.value:g}: check page {s.page})",
                page=s.page))
        else:
            second = rr.value()
            seen = "อ่านซ้ำไม่ได้" if second is None else f"อ่านซ้ำได้ {second:g}"
            unresolved.setdefault(s.page, []).append(f"{s.value:g} ({label}; {seen})")
    for page, values in unresolved.items():
        out.append(Finding(
            kind="reread_unresolved",
            message=f"หน้า {page}: คะแนนที่ไม่ผ่านการตรวจ อ่านซ้ำจากภาพสแกนที่ {REREAD_DPI_TEXT} แล้วยังไม่ผ่าน: "
                    f"{', '.join(values)} - ตรวจสอบกับต้นฉบับหน้า {page} "
                    f"(values failing a cross-check, re-read at {REREAD_DPI_TEXT}, still failing: check page {page})",
            page=page))
    return out


def recheck_with_rereads(doc: ExtractedDocument, facts: DocumentFacts, first_read: list[ScoreRow],
                         records: ReportRecords, reread: NumberRereader) -> tuple[list[ScoreRow], list[Finding]] | None:
    """The scores and findings after reading the doubted values again (see the module's
    docstring); None when no score was doubted or none of the doubted has a reading with a box.

    `first_read` are the scores as read, before confidence and checks; `records` hold
    them after, with the findings. A change is taken when no score is doubted that was
    not before and every check weighing a changed value passes; changes some check still
    refuses are dropped and the others tried again."""
    doubted = doubted_by_checks(records.scores)
    if not doubted:
        return None
    rereads = reread_doubted(doc, records.scores, doubted | checked_with(records.scores, doubted), reread)
    if not rereads:
        return None
    candidates = {rr.score: v for rr in rereads
                  if (v := rr.value()) is not None and v != round(records.scores[rr.score].value, 4)}
    accepted: set[int] = set()
    scores, findings = records.scores, records.findings
    while candidates:
        trial_doc = with_readings(doc, changed_readings(rereads, set(candidates)))
        trial, trial_findings = checked(trial_doc, facts, first_read, records.measures, candidates)
        still = doubted_by_checks(trial)
        kept = {i: v for i, v in candidates.items() if not ({i} | checked_with(trial, {i})) & still}
        if still <= doubted and kept == candidates:
            accepted, scores, findings = set(candidates), trial, trial_findings
            break
        candidates = kept if kept != candidates else {}  # try again with the changes the checks accept
    return scores, findings + reread_findings(scores, records.scores, rereads, accepted)


# ---------------------------------------------------------------------------
# a year no report can be for (๒๕๖๖ read ๒๕๒๒), read again when no fiscal year was found

_BE_LOOKING = range(2400, 2700)  # four digits a BE year misread keeps (๒๕..)


def implausible_year_refs(doc: ExtractedDocument) -> list[ReadingRef]:
    """Readings with a box on OCR pages that look like a BE year no ITA report is for
    (`plausible_fiscal_year` refuses them: a ๖ read as ๒)."""
    out = []
    for page in doc.pages:
        if page.text_source != "ocr":
            continue
        for i, r in enumerate(page.numbers):
            year = whole_number(r.text)
            if r.box is not None and year is not None and year in _BE_LOOKING and not plausible_fiscal_year(year):
                out.append((page.page_no, i))
    return out


def whole_number(text: str | None) -> int | None:
    """The one whole number a reading gives ("๒๕๖๖" -> 2566); None for none, several or a fraction."""
    found = numbers_in(text)
    return int(found[0]) if len(found) == 1 and found[0].is_integer() else None


def with_token_replaced(doc: ExtractedDocument, page_no: int, old: str, new: str) -> ExtractedDocument:
    """The document with the number `old` written `new` on one page: its text, paragraphs and table cells."""
    token = re.compile(rf"(?<![0-9๐-๙]){re.escape(old)}(?![0-9๐-๙])")

    def swap(text: str) -> str:
        return token.sub(new, text)

    pages = [replace(p, text=swap(p.text)) if p.page_no == page_no else p for p in doc.pages]
    blocks = []
    for b in doc.blocks:
        if b.page != page_no:
            blocks.append(b)
        elif b.table is not None:
            blocks.append(replace(b, table=replace(b.table, rows=[[swap(c) for c in row] for row in b.table.rows])))
        else:
            blocks.append(replace(b, text=swap(b.text)))
    return replace(doc, pages=pages, blocks=blocks)


def with_years_reread(doc: ExtractedDocument, reread: NumberRereader) -> tuple[ExtractedDocument, list[Finding]]:
    """The document with its implausible years read again (digit reader, higher dpi): each
    that re-reads as a plausible fiscal year is written so on its page, its reading kept
    below NEEDS_REVIEW_BELOW (the year read from it is stored for review), with a
    reread_changed finding that gives the first reading and the page. A misread written
    twice on a page is changed only if both re-read alike."""
    refs = implausible_year_refs(doc)
    if not refs:
        return doc, []
    pages = {p.page_no: p for p in doc.pages}
    again = dict(zip(refs, reread([pages[n].numbers[i] for n, i in refs])))
    by_token: dict[tuple[int, str], set[str | None]] = {}
    for (n, i), r in again.items():
        year = whole_number(r.text) if r is not None else None
        possible = year is not None and plausible_fiscal_year(year)
        by_token.setdefault((n, pages[n].numbers[i].text), set()).add(r.text if possible else None)
    changes = {key: texts.pop() for key, texts in by_token.items() if len(texts) == 1 and None not in texts}
    if not changes:
        return doc, []
    new_readings = {(n, i): replace(r, confidence=min(r.confidence, REREAD_CHANGED_CONFIDENCE))
                    for (n, i), r in again.items() if r is not None and (n, pages[n].numbers[i].text) in changes}
    doc = with_readings(doc, new_readings)
    findings = []
    for (page_no, old), new in changes.items():
        doc = with_token_replaced(doc, page_no, old, new)
        findings.append(Finding(
            kind="reread_changed",
            message=f"ปี {new} หน้า {page_no}: อ่านครั้งแรกได้ {old} ซึ่งไม่ใช่ปีงบประมาณที่เป็นไปได้ อ่านซ้ำจากภาพสแกนที่ "
                    f"{REREAD_DPI_TEXT} ได้ {new} - ตรวจสอบกับต้นฉบับหน้า {page_no} (year first read {old}, not a "
                    f"possible fiscal year; re-read at {REREAD_DPI_TEXT} as {new}: check page {page_no})",
            page=page_no))
    return doc, findings
