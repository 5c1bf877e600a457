"""Score the pipeline on the blind2 held-out reports.

    uv run python tests/blind2/evaluate.py            # per file and totals
    uv run python tests/blind2/evaluate.py -v         # also list misses (-) and spurious items (+)
    uv run python tests/blind2/evaluate.py --gold-facts   # feed read_records the gold document facts
                                                          # (as bench/records_accuracy.py does) instead of
                                                          # the predicted ones (as the ingest flow does)

Each report is run through extractors.extract -> flows.parse.normalize_document ->
records.document.read_document_facts -> records.read_records and compared with
gold/<stem>.{document,facts}.json using tests/records_eval.py's matching rules.
"""

from __future__ import annotations

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


def doc_fact_checks(gold, pred) -> dict[str, tuple[bool, object, object]]:
    gu, pu = gold.unit, pred.unit
    vals = {
        "unit": (gu.name if gu else None, pu.name if pu else None),
        "unit_type": (gu.unit_type if gu else None, pu.unit_type if pu else None),
        "province": (gu.province if gu else None, pu.province if pu else None),
        "fiscal_year": (gold.fiscal_year, pred.fiscal_year),
        "doc_type": (gold.doc_type, pred.doc_type),
        "title": (gold.title, pred.title),
    }
    out = {}
    for k, (g, p) in vals.items():
        if k == "title":
            ok = titles_match(g or "", p or "") if (g or p) else True
        elif k == "fiscal_year":
            ok = g == p
        else:
            ok = norm(g) == norm(p)
        out[k] = (ok, g, p)
    return out


def run(path: Path, stem: str, use_gold_facts: bool):
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    doc = normalize_document(extract(path))
    pred_facts = read_document_facts(doc, path.name)
    gold_facts = facts_of(stem, GOLD)
    rec = read_records(doc, gold_facts if use_gold_facts else pred_facts)
    return doc_fact_checks(gold_facts, pred_facts), compare(gold_of(stem, GOLD), rec)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    use_gold = "--gold-facts" in argv
    stems = sorted(p.name[: -len(".facts.json")] for p in GOLD.glob("*.facts.json"))
    totals = {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")}
    doc_ok = {fmt: [0, 0] for fmt in ("docx", "pdf")}
    print(f"records from {'GOLD' if use_gold else 'PREDICTED'} document facts")
    print(f"{'file':14} {'docfacts':>8} " + " ".join(f"{t:>16}" for t in TABLES[:4]) + "   (P/R(n_gold))")
    for stem in stems:
        for ext in ("docx", "pdf"):
            path = HERE / f"{stem}.{ext}"
            if not path.exists():
                continue
            try:
                checks, res = run(path, stem, use_gold)
            except Exception:
                print(f"{path.name:14} CRASH")
                traceback.print_exc()
                continue
            n_ok = sum(ok for ok, _, _ in checks.values())
            doc_ok[ext][0] += n_ok
            doc_ok[ext][1] += len(checks)
            cells = []
            for t in TABLES:
                totals[ext][t].add(res[t])
            for t in TABLES[:4]:
                r = res[t]
                cells.append(f"{r.precision:5.2f}/{r.recall:4.2f}({r.n_gold:3d})")
            f = res["findings"]
            extra = "" if f.precision == f.recall == 1 else f"  findings miss={f.misses} extra={f.extras}"
            print(f"{path.name:14} {n_ok:>4}/{len(checks):<3} " + " ".join(f"{c:>16}" for c in cells) + extra)
            bad = [f"{k}: gold={g!r} pred={p!r}" for k, (ok, g, p) in checks.items() if not ok]
            if verbose or bad:
                for b in bad:
                    print(f"    ! docfact {b}")
            if verbose:
                for t in TABLES:
                    for m in res[t].misses:
                        print(f"    - {t} missing: {m}")
                    for e in res[t].extras:
                        print(f"    + {t} extra:   {e}")
    print()
    for ext in ("docx", "pdf"):
        line = " ".join(f"{t} P={totals[ext][t].precision:.3f} R={totals[ext][t].recall:.3f}" for t in TABLES[:4])
        print(f"TOTAL {ext:4} docfacts {doc_ok[ext][0]}/{doc_ok[ext][1]}  {line}")
        f = totals[ext]["findings"]
        print(f"           findings P={f.precision:.3f} R={f.recall:.3f} (gold {f.n_gold}, predicted {f.n_pred})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
