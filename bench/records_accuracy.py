"""Precision and recall of records (scores, measures, owners, people) against the gold facts.

    uv run python bench/records_accuracy.py                   # samples + variants, per file and totals
    uv run python bench/records_accuracy.py -v                # also list misses and extras
    uv run python bench/records_accuracy.py blind blind2 ...  # the blind sets in tests/ instead
    uv run python bench/records_accuracy.py --pipeline-facts blind5   # with the reader's own document facts

The blind sets (tests/blind, blind2..blind5) are reports written by people
who never saw the readers, each with hand-made gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from records_eval import GOLD, VARIANTS, Tally, evaluate, reports_with_gold, sample_paths, variant_paths  # noqa: E402

TABLES = ("scores", "measures", "owners", "people", "findings")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    pipeline_facts = "--pipeline-facts" in argv
    sets = [a for a in argv if not a.startswith("-")]
    totals = {fmt: {t: Tally() for t in TABLES} for fmt in ("docx", "pdf")}
    if sets:
        runs = [(s, p, ROOT / "tests" / name / "gold") for name in sets
                for s, p in reports_with_gold(ROOT / "tests" / name)]
    else:
        runs = [(s, p, GOLD) for s, p in sample_paths()] + [(s, p, VARIANTS / "gold") for s, p in variant_paths()]
    print(f"{'file':58} " + " ".join(f"{t:>15}" for t in TABLES[:4]) + "   (P/R)")
    for stem, path, gold_dir in runs:
        res = evaluate(path, stem, gold_dir, pipeline_facts=pipeline_facts)
        fmt = path.suffix.lstrip(".")
        cells = []
        for t in TABLES:
            totals[fmt][t].add(res[t])
        for t in TABLES[:4]:
            r = res[t]
            cells.append(f"{r.precision:6.2f}/{r.recall:4.2f}({r.n_gold:3d})")
        print(f"{path.name[:58]:58} " + " ".join(f"{c:>15}" for c in cells)
              + ("" if res["findings"].precision == res["findings"].recall == 1 else
                 f"  findings miss={res['findings'].misses} extra={res['findings'].extras}"))
        if verbose:
            for t in TABLES:
                for m in res[t].misses:
                    print(f"    - {t} missing: {m}")
                for e in res[t].extras:
                    print(f"    + {t} extra:   {e}")
    print()
    for fmt in ("docx", "pdf"):
        line = " ".join(f"{t} P={totals[fmt][t].precision:.3f} R={totals[fmt][t].recall:.3f}" for t in TABLES[:4])
        print(f"TOTAL {fmt:4}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
