"""Recall and precision of measures, owners and people on generated reports (tests/layouts/).

    uv run python bench/layouts_recall.py                      # seeds 1000-1199 (held out), Word + PDF
    uv run python bench/layouts_recall.py --seeds 0-99 -v      # the tuning seeds, with misses listed
    uv run python bench/layouts_recall.py --formats docx       # Word only (no LibreOffice needed)

The generator draws each report from a grammar of real layouts (column sets and
orders, header synonyms, split headers, grouping rows, budgets per year,
check-box status, Thai/Arabic digits, fonts, portrait/landscape, side-by-side
signatures); its gold comes by construction. Seeds 0-999 are for tuning, 1000
and up are held out. Files go to tmp/layouts/ (not committed). Document facts
(unit, unit_type, fiscal year, doc_type) are the reader's own, scored too.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "layouts")]

from records_eval import Tally, compare, facts_of, gold_of  # noqa: E402
from write import write_set  # noqa: E402

TABLES = ("measures", "owners", "people")
DOC_FIELDS = ("unit", "unit_type", "fiscal_year", "doc_type")


def _arg(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def main(argv: list[str]) -> int:
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records
    from records.document import read_document_facts

    lo, hi = (int(x) for x in _arg(argv, "--seeds", "1000-1199").split("-"))
    formats = _arg(argv, "--formats", "docx,pdf").split(",")
    out = Path(_arg(argv, "--out", str(ROOT / "tmp" / "layouts")))
    verbose = "-v" in argv
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    files = write_set(out, range(lo, hi + 1), pdf="pdf" in formats)
    t_gen = time.perf_counter() - t0
    totals = {fmt: {t: Tally() for t in TABLES} for fmt in formats}
    doc_right = {fmt: {f: 0 for f in DOC_FIELDS} for fmt in formats}
    n_docs = {fmt: 0 for fmt in formats}
    t1 = time.perf_counter()
    for stem, path in files:
        fmt = path.suffix.lstrip(".")
        if fmt not in formats:
            continue
        doc = normalize_document(extract(path))
        gold_dir = out / "gold"
        res = compare(gold_of(stem, gold_dir), read_records(doc, facts_of(stem, gold_dir)))
        for t in TABLES:
            totals[fmt][t].add(res[t])
        got = read_document_facts(doc, path.name)
        want = facts_of(stem, gold_dir)
        n_docs[fmt] += 1
        checks = {"unit": (got.unit and got.unit.name) == want.unit.name,
                  "unit_type": (got.unit and got.unit.unit_type) == want.unit.unit_type,
                  "fiscal_year": got.fiscal_year == want.fiscal_year, "doc_type": got.doc_type == want.doc_type}
        for f, ok in checks.items():
            doc_right[fmt][f] += ok
        if verbose:
            bad = [f"{f}={getattr(got, f, None) if f in ('fiscal_year', 'doc_type') else got.unit}"
                   for f, ok in checks.items() if not ok]
            for t in TABLES:
                for m in res[t].misses:
                    print(f"{path.name}: - {t} missing: {m}")
                for e in res[t].extras:
                    print(f"{path.name}: + {t} extra:   {e}")
            if bad:
                print(f"{path.name}: document facts wrong: {bad}")
    t_read = time.perf_counter() - t1
    print(f"seeds {lo}-{hi}: {sum(n_docs.values())} documents; generated in {t_gen:.0f} s, read in {t_read:.0f} s")
    for fmt in formats:
        line = " ".join(f"{t} P={totals[fmt][t].precision:.3f} R={totals[fmt][t].recall:.3f} (n={totals[fmt][t].n_gold})"
                        for t in TABLES)
        print(f"TOTAL {fmt:4} {n_docs[fmt]:4d} docs  {line}")
        print(f"      {fmt:4} document facts: " + " ".join(
            f"{f}={doc_right[fmt][f] / max(1, n_docs[fmt]):.3f}" for f in DOC_FIELDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
