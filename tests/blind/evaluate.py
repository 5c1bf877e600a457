#!/usr/bin/env python3
"""Score the pipeline on the blind reports in tests/blind/ against their hand-written gold.

For each blind report (docx and pdf) this runs the pipeline's own steps:
extractors.extract -> flows.parse.normalize_document -> records.document.read_document_facts
-> records.read_records, then compares with gold/<stem>.*.json using the matching rules of
tests/records_eval.py (compare, titles_match, norm).

    uv run python tests/blind/evaluate.py              # per file + totals
    uv run python tests/blind/evaluate.py -v           # also list each missed (-) and spurious (+) item
    uv run python tests/blind/evaluate.py --gold-facts # feed the gold document facts to read_records
                                                       # (isolates record errors from unit/year errors)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from records_eval import Tally, compare, facts_of, gold_of, norm, owner_key, score_key, titles_match  # noqa: E402

GOLD = HERE / "gold"
TABLES = ("scores", "measures", "owners", "people", "findings")
DOC_FIELDS = ("unit", "unit_type", "province", "fiscal_year", "doc_type", "title")


def blind_paths() -> list[tuple[str, Path]]:
    out = []
    for g in sorted(GOLD.glob("*.facts.json")):
        stem = g.name[: -len(".facts.json")]
        for ext in (".docx", ".pdf"):
            p = HERE / f"{stem}{ext}"
            if p.exists():
                out.append((stem, p))
    return out


def doc_checks(gold, pred) -> dict[str, tuple[bool, object, object]]:
    gu, pu = gold.unit, pred.unit
    pairs = {
        "unit": (gu.name if gu else None, pu.name if pu else None),
        "unit_type": (gu.unit_type if gu else None, pu.unit_type if pu else None),
        "province": (gu.province if gu else None, pu.province if pu else None),
        "fiscal_year": (gold.fiscal_year, pred.fiscal_year),
        "doc_type": (gold.doc_type, pred.doc_type),
        "title": (gold.title, pred.title),
    }
    out = {}
    for k, (g, p) in pairs.items():
        if k == "title":
            ok = titles_match(g or "", p or "") if (g or p) else True
        elif k == "fiscal_year":
            ok = g == p
        else:
            ok = norm(g) == norm(p)
        out[k] = (ok, g, p)
    return out


def run_one(path: Path, stem: str, use_gold_facts: bool):
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    doc = normalize_document(extract(path))
    pred_facts = read_document_facts(doc, path.name)
    gold_facts = facts_of(stem, GOLD)
    rec = read_records(doc, gold_facts if use_gold_facts else pred_facts)
    return doc_checks(gold_facts, pred_facts), compare(gold_of(stem, GOLD), rec), rec


def _context(table: str, key, rec) -> str:
    """The text behind a spurious item: a score's label, an owner's raw text, a measure's period/owner."""
    if table == "scores":
        for s in rec.scores:
            if score_key(s) == key:
                return f"  label={(s.label or '')[:70]!r} rating={s.rating!r} page={s.page}"
    if table == "owners":
        for m in rec.measures:
            for o in m.owners:
                if owner_key(o) == key:
                    return f"  raw={o.raw!r}"
    if table == "measures":
        for m in rec.measures:
            if m.title[:60] == key[1]:
                return f"  period={m.period_text!r} owner={m.owner_text!r}"
    return ""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--gold-facts", action="store_true", help="pass the gold document facts to read_records")
    ap.add_argument("only", nargs="*", help="substring filter on file names")
    args = ap.parse_args(argv)

    totals = {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")}
    doc_ok = {fmt: {k: [0, 0] for k in DOC_FIELDS} for fmt in ("docx", "pdf")}
    print(f"{'file':42} " + " ".join(f"{t:>17}" for t in TABLES[:4]) + "  doc-facts   (P/R(n_gold))")
    t0 = time.time()
    for stem, path in blind_paths():
        if args.only and not any(o in path.name for o in args.only):
            continue
        fmt = path.suffix.lstrip(".")
        try:
            checks, res, rec = run_one(path, stem, args.gold_facts)
        except Exception as e:  # a crash is a result too
            print(f"{path.name[:42]:42} CRASH {type(e).__name__}: {e}")
            continue
        for t in TABLES:
            totals[fmt][t].add(res[t])
        for k, (ok, _g, _p) in checks.items():
            doc_ok[fmt][k][0] += ok
            doc_ok[fmt][k][1] += 1
        cells = [f"{res[t].precision:5.2f}/{res[t].recall:4.2f}({res[t].n_gold:3d})" for t in TABLES[:4]]
        nd = sum(ok for ok, _g, _p in checks.values())
        print(f"{path.name[:42]:42} " + " ".join(f"{c:>17}" for c in cells) + f"  {nd}/{len(checks)}"
              + ("" if res["findings"].precision == res["findings"].recall == 1 else
                 f"  findings miss={res['findings'].misses} extra={res['findings'].extras}"))
        if args.verbose:
            for k, (ok, g, p) in checks.items():
                if not ok:
                    print(f"    ! doc {k}: gold={g!r} got={p!r}")
            for t in TABLES:
                for m in res[t].misses:
                    print(f"    - {t} missing: {m}")
                for e in res[t].extras:
                    print(f"    + {t} extra:   {e}{_context(t, e, rec)}")
    print()
    for fmt in ("docx", "pdf"):
        line = "  ".join(f"{t} P={totals[fmt][t].precision:.3f} R={totals[fmt][t].recall:.3f}"
                         f" ({totals[fmt][t].tp}/{totals[fmt][t].n_gold})" for t in TABLES[:4])
        print(f"TOTAL {fmt:4}  {line}")
        print(f"      {'':4}  doc facts: " + "  ".join(f"{k} {a}/{n}" for k, (a, n) in doc_ok[fmt].items())
              + f"  findings P={totals[fmt]['findings'].precision:.2f} R={totals[fmt]['findings'].recall:.2f}")
    print(f"\n({time.time() - t0:.1f}s; read_records fed {'GOLD' if args.gold_facts else 'predicted'} document facts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
