#!/usr/bin/env python3
"""Score the pipeline on the blind3 set (tests/blind3/*.docx|pdf against tests/blind3/gold/).

For every report, Word and PDF, this runs what ingest runs:
extractors.extract -> flows.parse.normalize_document -> records.document.read_document_facts ->
records.read_records, and compares with the hand-written gold using the matching rules of
tests/records_eval.py (scores exact multiset, measures fuzzy one-to-one, owners multiset,
people one-to-one, findings as a set).

Records are read with the document facts the pipeline itself found (end to end); the totals are
also given with the gold document facts, which isolates the table readers from doc-fact errors.

    uv run python tests/blind3/evaluate.py        # per file + totals
    uv run python tests/blind3/evaluate.py -v     # also misses (-) and spurious rows (+)
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from records_eval import Tally, compare, facts_of, gold_of, norm  # noqa: E402

GOLD = HERE / "gold"
TABLES = ("scores", "measures", "owners", "people", "findings")
DOC_FIELDS = ("unit", "unit_type", "province", "fiscal_year", "doc_type", "title")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def runs() -> list[tuple[str, Path]]:
    out = []
    for g in sorted(GOLD.glob("*.facts.json")):
        stem = g.name[: -len(".facts.json")]
        for ext in (".docx", ".pdf"):
            p = HERE / f"{stem}{ext}"
            if p.exists():
                out.append((stem, p))
    return out


def _title_norm(t: str | None) -> str:
    return re.sub(r"\s+", "", (t or "")).translate(_THAI_DIGITS)


def doc_fact_checks(stem: str, pred) -> dict[str, tuple[bool, object, object]]:
    g = json.loads((GOLD / f"{stem}.document.json").read_text(encoding="utf-8"))
    unit = pred.unit
    got = {
        "unit": unit.name if unit else None,
        "unit_type": unit.unit_type if unit else None,
        "province": unit.province if unit else None,
        "fiscal_year": pred.fiscal_year,
        "doc_type": pred.doc_type,
        "title": pred.title,
    }
    out = {}
    units_ok = {norm(g.get("unit"))} | {norm(u) for u in g.get("unit_alternatives", [])}
    out["unit"] = (norm(got["unit"]) in units_ok, g.get("unit"), got["unit"])
    for f in ("unit_type", "province", "fiscal_year", "doc_type"):
        out[f] = (got[f] == g.get(f) if f == "fiscal_year" else norm(str(got[f] or "")) == norm(str(g.get(f) or "")),
                  g.get(f), got[f])
    out["title"] = (_title_norm(got["title"]) == _title_norm(g.get("title")), g.get("title"), got["title"])
    return out


def evaluate_one(stem: str, path: Path):
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    doc = normalize_document(extract(path))
    pred_facts = read_document_facts(doc, path.name)
    checks = doc_fact_checks(stem, pred_facts)
    gold = gold_of(stem, GOLD)
    res_pred = compare(gold, read_records(doc, pred_facts))
    res_gold = compare(gold, read_records(doc, facts_of(stem, GOLD)))
    return checks, res_pred, res_gold


def _failed(stem: str) -> dict[str, Tally]:
    gold = gold_of(stem, GOLD)
    n = {"scores": len(gold["scores"]), "measures": len(gold["measures"]),
         "owners": sum(len(m["owners"]) for m in gold["measures"]), "people": len(gold["people"]),
         "findings": len(set(gold["findings"]))}
    return {t: Tally(0, 0, n[t], ["<run failed>"], []) for t in TABLES}


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    tot = {mode: {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")} for mode in ("pred", "gold")}
    doc_ok = {fmt: {f: 0 for f in DOC_FIELDS} for fmt in ("docx", "pdf")}
    doc_n = {"docx": 0, "pdf": 0}
    print(f"{'file':42} " + " ".join(f"{t:>15}" for t in TABLES[:4]) + "  doc-facts  (P/R(n gold))")
    for stem, path in runs():
        fmt = path.suffix.lstrip(".")
        try:
            checks, res, res_g = evaluate_one(stem, path)
        except Exception:
            print(f"{path.name[:42]:42}  ERROR")
            traceback.print_exc()
            checks = {f: (False, None, "<error>") for f in DOC_FIELDS}
            res = res_g = _failed(stem)
        doc_n[fmt] += 1
        for f in DOC_FIELDS:
            doc_ok[fmt][f] += bool(checks[f][0])
        for t in TABLES:
            tot["pred"][fmt][t].add(res[t])
            tot["gold"][fmt][t].add(res_g[t])
        cells = [f"{res[t].precision:6.2f}/{res[t].recall:4.2f}({res[t].n_gold:3d})" for t in TABLES[:4]]
        nd = sum(bool(c[0]) for c in checks.values())
        fin = res["findings"]
        print(f"{path.name[:42]:42} " + " ".join(f"{c:>15}" for c in cells) + f"  {nd}/{len(DOC_FIELDS)}"
              + ("" if fin.precision == fin.recall == 1 else f"  findings miss={fin.misses} extra={fin.extras}"))
        if verbose:
            for f, (ok, g, p) in checks.items():
                if not ok:
                    print(f"    ! doc {f}: gold={g!r} got={p!r}")
            for t in TABLES:
                for m in res[t].misses:
                    print(f"    - {t} missing: {m}")
                for e in res[t].extras:
                    print(f"    + {t} extra:   {e}")
    print()
    for mode, label in (("pred", "pipeline doc-facts"), ("gold", "gold doc-facts")):
        for fmt in ("docx", "pdf"):
            line = " ".join(f"{t} P={tot[mode][fmt][t].precision:.3f} R={tot[mode][fmt][t].recall:.3f}"
                            for t in TABLES)
            print(f"TOTAL {fmt:4} [{label:18}] {line}")
    both = {t: Tally() for t in TABLES}
    for fmt in ("docx", "pdf"):
        for t in TABLES:
            both[t].add(tot["pred"][fmt][t])
    print("TOTAL all  [pipeline doc-facts] " + " ".join(
        f"{t} P={both[t].precision:.3f} R={both[t].recall:.3f} (tp={both[t].tp} pred={both[t].n_pred} gold={both[t].n_gold})"
        for t in TABLES))
    for fmt in ("docx", "pdf"):
        print(f"DOC-FACTS {fmt:4} " + " ".join(f"{f}={doc_ok[fmt][f]}/{doc_n[fmt]}" for f in DOC_FIELDS)
              + f"  all={sum(doc_ok[fmt].values())}/{doc_n[fmt] * len(DOC_FIELDS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
