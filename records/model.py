"""Rows that `records/` reads out of an extracted report.

They mirror the public tables in `schemas/` (see docs in the README); the
flow's single writer turns them into SQL rows. Keeping them as plain
dataclasses lets parsing run in worker processes and be pickled back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class UnitFacts:
    name: str  # canonical full Thai name, abbreviations expanded
    unit_type: str
    province: str | None = None


@dataclass
class DocumentFacts:
    unit: UnitFacts | None
    fiscal_year: int | None  # BE
    doc_type: str  # measures, analysis, kpi_report, minutes, other
    title: str | None
    fiscal_year_confidence: float | None = None  # 0-1; 1.0 from native text (records.confidence)
    needs_review: bool = False  # the year was read unsurely from a scan or is implausible


@dataclass
class ScoreRow:
    level: str  # overall, tool, indicator, question, kpi
    value: float
    fiscal_year: int | None = None
    tool: str | None = None
    indicator_no: int | None = None
    question_code: str | None = None
    label: str | None = None
    rating: str | None = None
    page: int | None = None
    weight: float | None = None  # kpi level: the KPI's weight (น้ำหนัก, ร้อยละ)
    points: float | None = None  # kpi level: points earned (ค่าคะแนนที่ได้); value is the result
    confidence: float | None = None  # 0-1; 1.0 from native text (records.confidence)
    needs_review: bool = False  # a cross-check failed or OCR was unsure: not a plain fact


@dataclass
class OwnerRow:
    raw: str
    rank: str | None = None
    person_name: str | None = None
    position: str | None = None
    org_unit: str | None = None
    confidence: float | None = None  # 0-1; 1.0 from native text; OCR: how surely its cell was read
    needs_review: bool = False  # read from a scan: a reading to check, not a plain fact


@dataclass
class MeasureRow:
    title: str
    fiscal_year: int | None = None
    indicator_no: int | None = None
    detail: str | None = None
    period_text: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    monitoring: str | None = None
    owner_text: str | None = None
    page: int | None = None
    owners: list[OwnerRow] = field(default_factory=list)
    budget_baht: float | None = None  # the budget column (of the measure's fiscal year when one per year)
    result_text: str | None = None  # what a progress report says was done (ผลการดำเนินงาน)
    status: str | None = None  # the ticked status (☑ ดำเนินการแล้ว) or a status column's words
    confidence: float | None = None  # 0-1; 1.0 from native text; OCR: how surely its cells were read
    needs_review: bool = False  # read from a scan (title, period, owners are OCR text): not a plain fact


@dataclass
class PersonRow:
    role: str | None
    person_name: str | None
    rank: str | None = None
    position: str | None = None
    phone: str | None = None
    page: int | None = None
    confidence: float | None = None  # 0-1; 1.0 from native text; OCR: how surely its page was read
    needs_review: bool = False  # read from a scan (name, role, position are OCR text): not a plain fact


@dataclass
class Finding:
    kind: str  # e.g. unit_mismatch, period_reversed, low_score_no_measure, score_out_of_range, tool_total_mismatch
    message: str  # Thai/English sentence a clerk can read
    page: int | None = None


@dataclass
class ReportRecords:
    facts: DocumentFacts
    scores: list[ScoreRow] = field(default_factory=list)
    measures: list[MeasureRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
