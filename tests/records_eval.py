"""Compare `read_records` output with hand-written gold facts (samples/gold/*.facts.json).

Matching rules (documented in the report and used by tests and bench):

- scores: exact key (level, tool, indicator_no, question_code, fiscal_year, value rounded to 2), as a multiset;
- measures: same indicator_no, same start and end dates, and titles that match fuzzily (whitespace-free,
  Thai digits as Arabic, leading numbering/bullets dropped; equal, one a prefix of the other (>= 12 chars),
  or difflib ratio >= 0.8 on the first 80 characters); one-to-one, greedy in gold order;
- owners: (rank, person_name, position, org_unit) with each text compared whitespace-free, trailing ฯ dropped,
  Thai digits as Arabic; a multiset over the whole document;
- people: (role, rank, person_name): rank and name compared as owners, role compatible when one
  whitespace-free role starts with the other (both empty also matches); one-to-one;
- findings: the set of finding kinds.

With `ocr=True` (measures read from scans, bench/scanned_layouts_recall.py and tests/test_ocr_tables.py)
titles also match within a character error rate of 0.1 (`ocr_titles_match`): Tesseract misreads a few marks
of a long Thai title, which says nothing about the reader's structure. Everything else is compared as above.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from records.model import DocumentFacts, ReportRecords, UnitFacts

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = SAMPLES / "gold"
VARIANTS = Path(__file__).resolve().parent / "variants"

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_LEAD = re.compile(r"^(?:[-–•●▪■*]+|\(?[0-9]{1,3}(?:\.[0-9]{1,2})?[\.\)]?)+")


def norm(text: str | None) -> str:
    if not text:
        return ""
    t = re.sub(r"\s+", "", text).translate(_THAI_DIGITS)
    return t.rstrip("ฯ").lower()


def norm_title(text: str | None) -> str:
    return _LEAD.sub("", norm(text))


def titles_match(a: str, b: str) -> bool:
    a, b = norm_title(a), norm_title(b)
    if not a or not b:
        return a == b
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 12 and long_.startswith(short):
        return True
    return difflib.SequenceMatcher(None, a[:80], b[:80]).ratio() >= 0.8


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate of `hypothesis` against `reference` (Levenshtein distance over the reference's length)."""
    from rapidfuzz.distance import Levenshtein

    if not reference:
        return 0.0 if not hypothesis else 1.0
    return Levenshtein.distance(hypothesis, reference) / len(reference)


def ocr_titles_match(a: str, b: str) -> bool:
    """Titles that match as `titles_match` does or, OCR'd, within a CER of 0.1 of each other."""
    return titles_match(a, b) or (bool(norm_title(a)) and cer(norm_title(a), norm_title(b)) <= 0.1)


def roles_match(a: str | None, b: str | None) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return a == b
    return a.startswith(b) or b.startswith(a)


def facts_of(stem: str, gold_dir: Path = GOLD) -> DocumentFacts:
    g = json.loads((gold_dir / f"{stem}.document.json").read_text(encoding="utf-8"))
    unit = UnitFacts(g["unit"], g["unit_type"], g.get("province")) if g.get("unit") else None
    return DocumentFacts(unit=unit, fiscal_year=g.get("fiscal_year"), doc_type=g.get("doc_type") or "other",
                         title=g.get("title"))


def gold_of(stem: str, gold_dir: Path = GOLD) -> dict:
    return json.loads((gold_dir / f"{stem}.facts.json").read_text(encoding="utf-8"))


@dataclass
class Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold
        self.misses += other.misses
        self.extras += other.extras

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0


def _multiset(gold_keys: list, pred_keys: list) -> Tally:
    g, p = Counter(gold_keys), Counter(pred_keys)
    tp = sum((g & p).values())
    return Tally(tp, len(pred_keys), len(gold_keys), sorted((g - p).elements(), key=str),
                 sorted((p - g).elements(), key=str))


def score_key(s) -> tuple:
    get = (lambda k: s[k]) if isinstance(s, dict) else (lambda k: getattr(s, k))
    return (get("level"), get("tool"), get("indicator_no"), get("question_code"), get("fiscal_year"),
            round(float(get("value")), 2))


def owner_key(o) -> tuple:
    get = (lambda k: o.get(k)) if isinstance(o, dict) else (lambda k: getattr(o, k))
    return (norm(get("rank")), norm(get("person_name")), norm(get("position")), norm(get("org_unit")))


def compare(gold: dict, rec: ReportRecords, *, ocr: bool = False) -> dict[str, Tally]:
    same_title = ocr_titles_match if ocr else titles_match
    out: dict[str, Tally] = {}
    out["scores"] = _multiset([score_key(s) for s in gold["scores"]], [score_key(s) for s in rec.scores])

    # measures: one-to-one greedy
    preds = list(rec.measures)
    used = [False] * len(preds)
    t = Tally(n_pred=len(preds), n_gold=len(gold["measures"]))
    for gm in gold["measures"]:
        hit = None
        for i, pm in enumerate(preds):
            if used[i] or pm.indicator_no != gm["indicator_no"]:
                continue
            if (pm.start_date.isoformat() if pm.start_date else None) != gm["start_date"]:
                continue
            if (pm.end_date.isoformat() if pm.end_date else None) != gm["end_date"]:
                continue
            if same_title(pm.title, gm["title"]):
                hit = i
                break
        if hit is None:
            t.misses.append((gm["indicator_no"], gm["title"][:60], gm["start_date"], gm["end_date"]))
        else:
            used[hit] = True
            t.tp += 1
    t.extras = [(p.indicator_no, p.title[:60], p.start_date, p.end_date) for i, p in enumerate(preds) if not used[i]]
    out["measures"] = t

    out["owners"] = _multiset([owner_key(o) for m in gold["measures"] for o in m["owners"]],
                              [owner_key(o) for m in rec.measures for o in m.owners])

    # people: one-to-one with compatible roles
    preds_p = list(rec.people)
    used = [False] * len(preds_p)
    tp = Tally(n_pred=len(preds_p), n_gold=len(gold["people"]))
    for gp in gold["people"]:
        hit = None
        for i, pp in enumerate(preds_p):
            if used[i] or norm(pp.rank) != norm(gp["rank"]) or norm(pp.person_name) != norm(gp["person_name"]):
                continue
            if roles_match(pp.role, gp["role"]):
                hit = i
                break
        if hit is None:
            tp.misses.append((gp["role"], gp["rank"], gp["person_name"]))
        else:
            used[hit] = True
            tp.tp += 1
    tp.extras = [(p.role, p.rank, p.person_name) for i, p in enumerate(preds_p) if not used[i]]
    out["people"] = tp

    out["findings"] = _multiset(sorted(set(gold["findings"])), sorted({f.kind for f in rec.findings}))
    return out


def reports_with_gold(folder: Path, gold_dir: Path | None = None) -> list[tuple[str, Path]]:
    """(stem, path) of every Word and PDF report in `folder` that has gold facts."""
    gold_dir = gold_dir or folder / "gold"
    out = []
    for gold in sorted(gold_dir.glob("*.facts.json")):
        stem = gold.name[: -len(".facts.json")]
        out += [(stem, folder / f"{stem}{ext}") for ext in (".docx", ".pdf") if (folder / f"{stem}{ext}").exists()]
    return out


def sample_paths() -> list[tuple[str, Path]]:
    return reports_with_gold(SAMPLES, GOLD)


def variant_paths() -> list[tuple[str, Path]]:
    return reports_with_gold(VARIANTS)


def evaluate(path: Path, stem: str, gold_dir: Path = GOLD, *, pipeline_facts: bool = False) -> dict[str, Tally]:
    """Tallies per table for one report; with `pipeline_facts` the document
    facts (unit, year, type) are the reader's own, as in a real ingest,
    instead of the gold's."""
    from extractors import extract
    from records import read_records
    from records.document import read_document_facts

    doc = _normalized(extract(path))
    facts = read_document_facts(doc, path.name) if pipeline_facts else facts_of(stem, gold_dir)
    return compare(gold_of(stem, gold_dir), read_records(doc, facts))


def _normalized(doc):
    """The document as the pipeline hands it to records (flows.parse.normalize_document)."""
    try:
        from flows.parse import normalize_document
    except Exception:  # the flow package is optional for these tests
        return doc
    return normalize_document(doc)
