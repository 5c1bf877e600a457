#!/usr/bin/env python3
"""Score the pipeline on the blind-5 held-out reports (tests/blind5/*.docx|pdf vs tests/blind5/gold/).

Per report and format: extractors.extract -> flows.parse.normalize_document -> records.document.read_document_facts
(compared field by field with the gold document facts) -> records.read_records, compared with the gold facts by
tests/records_eval.py (same matching rules as the bench). Records are read twice: with the pipeline's own
document facts (end to end; per-file rows) and with the gold document facts (totals), so document-fact errors
can be told apart from record-reader errors.

    uv run python tests/blind5/make_blind5.py      # (re)build the reports
    uv run python tests/blind5/write_gold.py       # (re)write the gold
    uv run python tests/blind5/evaluate.py         # per file + totals
    uv run python tests/blind5/evaluate.py -v      # also doc-fact errors, misses (-) and spurious (+)
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from records_eval import Tally, compare, facts_of, gold_of, norm, titles_match  # noqa: E402

GOLD = HERE / "gold"
TABLES = ("scores", "measures", "owners", "people", "findings")
DOC_FIELDS = ("unit", "unit_type", "province", "fiscal_year", "doc_type", "title")


def runs() -> list[tuple[str, Path]]:
    out = []
    for g in sorted(GOLD.glob("*.facts.json")):
        stem = g.name[: -len(".facts.json")]
        for ext in (".docx", ".pdf"):
            p = HERE / f"{stem}{ext}"
            if p.exists():
                out.append((stem, p))
    return out


def doc_fact_errors(gold: dict, pred) -> tuple[int, list[str]]:
    """(fields right, [wrong fields]). Title: whitespace/Thai-digit-insensitive equality (fuzzy-only is wrong)."""
    got = {
        "unit": pred.unit.name if pred.unit else None,
        "unit_type": pred.unit.unit_type if pred.unit else None,
        "province": pred.unit.province if pred.unit else None,
        "fiscal_year": pred.fiscal_year,
        "doc_type": pred.doc_type,
        "title": pred.title,
    }
    ok, errs = 0, []
    for f in DOC_FIELDS:
        g, p = gold.get(f), got[f]
        if f == "title":
            same = norm(g) == norm(p)
            if not same and g and p and titles_match(g, p):
                errs.append(f"title ~fuzzy only: gold={g!r} got={p!r}")
                continue
        else:
            same = (norm(str(g)) == norm(str(p))) if (g is not None and p is not None) else g == p
        if same:
            ok += 1
        else:
            errs.append(f"{f}: gold={g!r} got={p!r}")
    return ok, errs


def _n_gold(gold: dict, t: str) -> int:
    return sum(len(m["owners"]) for m in gold["measures"]) if t == "owners" else len(gold[t])


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    fmts = ("docx", "pdf")
    totals = {f: {t: Tally() for t in TABLES} for f in fmts}
    totals_gf = {f: {t: Tally() for t in TABLES} for f in fmts}
    doc_ok = {f: [0, 0] for f in fmts}
    print(f"{'file':46} {'doc':>5} " + " ".join(f"{t:>16}" for t in TABLES[:4]) + "   (P/R(n gold))")
    for stem, path in runs():
        fmt = path.suffix.lstrip(".")
        gold_doc = json.loads((GOLD / f"{stem}.document.json").read_text(encoding="utf-8"))
        gold = gold_of(stem, GOLD)
        try:
            doc = normalize_document(extract(path))
            pred_facts = read_document_facts(doc, path.name)
            rec = read_records(doc, pred_facts)
            rec_gf = read_records(doc, facts_of(stem, GOLD))
        except Exception:
            print(f"{path.name[:46]:46} FAILED")
            traceback.print_exc()
            for t in TABLES:
                totals[fmt][t].add(Tally(n_gold=_n_gold(gold, t)))
                totals_gf[fmt][t].add(Tally(n_gold=_n_gold(gold, t)))
            doc_ok[fmt][1] += len(DOC_FIELDS)
            continue
        ok, errs = doc_fact_errors(gold_doc, pred_facts)
        doc_ok[fmt][0] += ok
        doc_ok[fmt][1] += len(DOC_FIELDS)
        res, res_gf = compare(gold, rec), compare(gold, rec_gf)
        for t in TABLES:
            totals[fmt][t].add(res[t])
            totals_gf[fmt][t].add(res_gf[t])
        cells = [f"{res[t].precision:5.2f}/{res[t].recall:4.2f}({res[t].n_gold:3d})" for t in TABLES[:4]]
        fd = res["findings"]
        print(f"{path.name[:46]:46} {ok}/{len(DOC_FIELDS)}   " + " ".join(f"{c:>16}" for c in cells)
              + ("" if fd.precision == fd.recall == 1 else f"  findings miss={fd.misses} extra={fd.extras}"))
        if verbose:
            for e in errs:
                print(f"    ! doc {e}")
            for t in TABLES:
                for m in res[t].misses:
                    print(f"    - {t} missing: {m}")
                for e in res[t].extras:
                    print(f"    + {t} extra:   {e}")
            for t in TABLES[:4]:
                if res_gf[t].tp != res[t].tp:
                    print(f"    * {t}: with gold document facts tp={res_gf[t].tp} (end-to-end tp={res[t].tp})")
    print()
    for label, tot in (("end-to-end", totals), ("gold-facts", totals_gf)):
        for f in fmts:
            line = " ".join(f"{t} P={tot[f][t].precision:.3f} R={tot[f][t].recall:.3f}" for t in TABLES)
            print(f"TOTAL {label:10} {f:4}  {line}")
    for f in fmts:
        print(f"DOC FACTS {f:4}  {doc_ok[f][0]}/{doc_ok[f][1]} fields right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
