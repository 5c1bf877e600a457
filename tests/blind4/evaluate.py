#!/usr/bin/env python3
"""Score the pipeline on the blind-4 held-out reports (tests/blind4/*.docx|pdf vs tests/blind4/gold/).

For every report with gold and for both formats: extractors.extract -> flows.parse.normalize_document ->
records.document.read_document_facts (compared field by field with the gold document facts) ->
records.read_records, compared with the gold facts by tests/records_eval.py (same matching rules as
bench/records_accuracy.py). Records are read twice: with the pipeline's own document facts (end to end,
the per-file rows) and with the gold document facts (as the bench does; totals only), so errors in the
document facts can be told apart from errors in the record readers.

    uv run python tests/blind4/evaluate.py          # per file + totals
    uv run python tests/blind4/evaluate.py -v       # also list doc-fact errors, misses (-) and spurious (+)
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
    """(fields right, [descriptions of wrong fields]). Title: whitespace/digit-insensitive equality."""
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


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    totals = {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")}
    totals_gf = {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")}
    doc_ok = {"docx": [0, 0], "pdf": [0, 0]}
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
                n = len(gold[t]) if t != "owners" else sum(len(m["owners"]) for m in gold["measures"])
                totals[fmt][t].add(Tally(n_gold=n))
                totals_gf[fmt][t].add(Tally(n_gold=n))
            doc_ok[fmt][1] += len(DOC_FIELDS)
            continue
        ok, errs = doc_fact_errors(gold_doc, pred_facts)
        doc_ok[fmt][0] += ok
        doc_ok[fmt][1] += len(DOC_FIELDS)
        res = compare(gold, rec)
        res_gf = compare(gold, rec_gf)
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
            # records that differ only because of the pipeline's document facts
            for t in TABLES[:4]:
                if res_gf[t].tp != res[t].tp:
                    print(f"    * {t}: with gold document facts tp={res_gf[t].tp} (end-to-end tp={res[t].tp})")
    print()
    for label, tot in (("end-to-end", totals), ("gold-facts", totals_gf)):
        for fmt in ("docx", "pdf"):
            line = " ".join(f"{t} P={tot[fmt][t].precision:.3f} R={tot[fmt][t].recall:.3f}" for t in TABLES)
            print(f"TOTAL {label:10} {fmt:4}  {line}")
    for fmt in ("docx", "pdf"):
        print(f"DOC FACTS {fmt:4}  {doc_ok[fmt][0]}/{doc_ok[fmt][1]} fields right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
