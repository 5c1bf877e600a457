"""Measures, owners and people read from generated layouts scanned, against the same PDFs native.

    uv run python bench/scanned_layouts_recall.py --seeds 700-719 -v        # tuning seeds, misses explained
    uv run python bench/scanned_layouts_recall.py --seeds 1300-1319         # held out
    uv run python bench/scanned_layouts_recall.py --dpi 200 --noise heavy   # other scans
    uv run python bench/scanned_layouts_recall.py --pipeline-facts          # scans' own facts (unit, year)

Each generated report (tests/layouts) is written to PDF by LibreOffice, printed and
scanned back (tools/scanlib.py, seeded per file) and read by the whole pipeline up to
the records, with the gold's document facts (as bench/layouts_recall.py). Scanned
measures are compared with `records_eval.compare(..., ocr=True)`: a title matches a
gold title within a character error rate of 0.1 (Tesseract misreads a few marks of
a long Thai title); dates, indicators, owners and people are compared exactly, as
for native files (whose comparison is unchanged).

Every gold measure or owner missed on a scan is put down to one cause, the first
that applies: `no title` (no read measure's title within CER 0.3), `title CER x`
(the nearest title read is that far), `indicator`, `start date` / `end date`
(missing or wrong), and for owners the field that differs in the nearest owner
read (`rank`, `name`, `position`, `org_unit`) or `no owner`. `--cache DIR` keeps
each scan's extraction (pickled, keyed by seed, dpi and noise) so that a change to
the records layer is measured again in seconds.

Every measure and owner read from a scan must be stored with needs_review (OCR
text is never a plain fact): the run counts those that are, and prints how their
confidence spreads for the right ones (matching gold) and the wrong ones (extras;
owners not in gold), as 10th percentile / median / 90th percentile, and the chance
that a right one is more confident than a wrong one (0.5: the confidence tells
them apart no better than a coin).
"""

from __future__ import annotations

import pickle
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "layouts")]

from records_eval import Tally, cer, compare, facts_of, gold_of, norm, norm_title, owner_key  # noqa: E402
from write import write_set  # noqa: E402

TABLES = ("measures", "owners", "people")


def _arg(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def measure_miss_cause(gold: dict, preds: list) -> str:
    """Why a gold measure has no match among the measures read: the first cause that applies."""
    title = norm_title(gold["title"])
    scored = sorted(((cer(norm_title(p.title), title), i) for i, p in enumerate(preds)), key=lambda x: x[0])
    if not scored or scored[0][0] > 0.3:
        return "no title"
    best_cer, i = scored[0]
    p = preds[i]
    if best_cer > 0.1:
        return f"title CER {best_cer:.2f}"
    if p.indicator_no != gold["indicator_no"]:
        return "indicator"
    start = p.start_date.isoformat() if p.start_date else None
    end = p.end_date.isoformat() if p.end_date else None
    if start != gold["start_date"]:
        return "start date missing" if start is None else "start date wrong"
    if end != gold["end_date"]:
        return "end date missing" if end is None else "end date wrong"
    return "taken by another gold"


def owner_miss_cause(gold_key: tuple, pred_keys: list[tuple]) -> str:
    """Why a gold owner (rank, name, position, org_unit) was missed: the fields that differ in the nearest owner read."""
    if not pred_keys:
        return "no owner"
    fields = ("rank", "name", "position", "org_unit")

    def distance(k: tuple) -> float:
        return sum(cer(a, b) for a, b in zip(k, gold_key))

    best = min(pred_keys, key=distance)
    return "+".join(f for f, a, b in zip(fields, best, gold_key) if a != b) or "count"


def right_and_wrong(rec, tallies: dict) -> dict[str, dict[str, list]]:
    """{"measures"/"owners": {"right"/"wrong": [(confidence, needs_review), ...]}}: a measure or
    owner is wrong when compare() left it over (one of its extras), else right."""
    read = {"measures": [(m, (m.indicator_no, m.title[:60], m.start_date, m.end_date)) for m in rec.measures],
            "owners": [(o, owner_key(o)) for m in rec.measures for o in m.owners]}
    out: dict[str, dict[str, list]] = {}
    for table, facts in read.items():
        extras = Counter(tallies[table].extras)
        out[table] = {"right": [], "wrong": []}
        for fact, key in facts:
            wrong = extras[key] > 0
            extras[key] -= wrong
            out[table]["wrong" if wrong else "right"].append((fact.confidence, fact.needs_review))
    return out


def spread(values: list) -> str:
    """n and the 10th percentile / median / 90th percentile of confidences."""
    confs = [c for c, _ in values if c is not None]
    if not confs:
        return f"n={len(values)}"
    p10, p50, p90 = np.percentile(confs, [10, 50, 90])
    return f"n={len(values)} p10/median/p90 {p10:.2f}/{p50:.2f}/{p90:.2f}"


def separation(right: list, wrong: list) -> float:
    """The chance that a right fact has a higher confidence than a wrong one (ties count half;
    the area under the ROC curve): 0.5 is no better than a coin, 1.0 parts them fully."""
    a = np.array([c for c, _ in right if c is not None])
    b = np.array([c for c, _ in wrong if c is not None])
    if not len(a) or not len(b):
        return float("nan")
    return float(((a[:, None] > b[None, :]).sum() + 0.5 * (a[:, None] == b[None, :]).sum()) / (len(a) * len(b)))


def _scan(pdf: Path, target: Path, dpi: int, noise_name: str, seed: int) -> None:
    from tools import scanlib

    scanlib.scan_pdf(pdf, target, dpi=dpi, noise=getattr(scanlib, noise_name.upper()), seed=seed)


def main(argv: list[str]) -> int:
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records

    lo, hi = (int(x) for x in _arg(argv, "--seeds", "700-719").split("-"))
    dpi = int(_arg(argv, "--dpi", "300"))
    noise = _arg(argv, "--noise", "medium")
    out = Path(_arg(argv, "--out", str(ROOT / "tmp" / "scanned_layouts")))
    cache = Path(_arg(argv, "--cache", "")) if "--cache" in argv else None
    verbose = "-v" in argv
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    files = [(s, p) for s, p in write_set(out, range(lo, hi + 1)) if p.suffix == ".pdf"]
    totals = {kind: {t: Tally() for t in TABLES} for kind in ("native", "scanned")}
    causes = {t: Counter() for t in ("measures", "owners")}
    judged = {t: {"right": [], "wrong": []} for t in ("measures", "owners")}
    failed: list[str] = []
    for n, (stem, pdf) in enumerate(files):
        # the scan's noise seed: the layout's seed, or (--scan-seed-by-index) its place in the list,
        # as tests/test_ocr_tables.py scans
        seed = n if "--scan-seed-by-index" in argv else int(stem.rsplit("_", 1)[1])
        gold, facts = gold_of(stem, out / "gold"), facts_of(stem, out / "gold")
        native = compare(gold, read_records(normalize_document(extract(pdf)), facts))
        cached = cache / f"{stem}_{dpi}_{noise}_{seed}.pickle" if cache else None
        if cached and cached.exists():
            doc = pickle.loads(cached.read_bytes())
        else:
            scan = out / f"scan_{stem}.pdf"
            _scan(pdf, scan, dpi, noise, seed)
            try:
                doc = extract(scan)
            except Exception as exc:  # a reader crash: the file would fail to load, every fact missed
                print(f"{stem}: the scan could not be read ({type(exc).__name__}: {exc})")
                failed.append(stem)
                for t in TABLES:
                    totals["native"][t].add(native[t])
                    totals["scanned"][t].add(Tally(n_gold=native[t].n_gold))
                continue
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(pickle.dumps(doc))
        doc = normalize_document(doc)
        if "--pipeline-facts" in argv:  # the reader's own unit, year and type, as in a real ingest
            from records.document import read_document_facts

            facts = read_document_facts(doc, f"scan_{stem}.pdf")
        rec = read_records(doc, facts)
        scanned = compare(gold, rec, ocr=True)
        for t, kinds in right_and_wrong(rec, scanned).items():
            for kind, values in kinds.items():
                judged[t][kind] += values
        for t in TABLES:
            totals["native"][t].add(native[t])
            totals["scanned"][t].add(scanned[t])
        for gm in gold["measures"]:
            key = (gm["indicator_no"], gm["title"][:60], gm["start_date"], gm["end_date"])
            if key in scanned["measures"].misses:
                cause = measure_miss_cause(gm, list(rec.measures))
                causes["measures"][cause.split(" 0.")[0]] += 1
                if verbose:
                    print(f"{stem}: measure missed ({cause}): {key}")
        pred_owner_keys = [tuple(norm(getattr(o, f)) for f in ("rank", "person_name", "position", "org_unit"))
                           for m in rec.measures for o in m.owners]
        for key in scanned["owners"].misses:
            cause = owner_miss_cause(key, pred_owner_keys)
            causes["owners"][cause] += 1
            if verbose:
                near = min(pred_owner_keys, key=lambda k: sum(cer(a, b) for a, b in zip(k, key)), default=None)
                print(f"{stem}: owner missed ({cause}): {key} nearest {near}")
        if verbose:
            for m in scanned["people"].misses:
                print(f"{stem}: person missed: {m}")
            for e in scanned["measures"].extras:
                print(f"{stem}: measure extra: {e}")
    print(f"seeds {lo}-{hi}, {dpi} dpi, {noise} noise: {len(files)} PDFs in {time.perf_counter() - t0:.0f} s")
    for kind in ("native", "scanned"):
        line = " ".join(f"{t} P={totals[kind][t].precision:.3f} R={totals[kind][t].recall:.3f} "
                        f"(n={totals[kind][t].n_gold})" for t in TABLES)
        print(f"TOTAL {kind:8} {line}")
    if failed:
        print(f"scans that could not be read (all their facts counted missed): {', '.join(failed)}")
    for t, counter in causes.items():
        print(f"scanned {t} missed: " + ", ".join(f"{c} {n}" for c, n in counter.most_common()))
    for t, kinds in judged.items():
        every = kinds["right"] + kinds["wrong"]
        print(f"scanned {t} flagged needs_review: {sum(1 for _, flag in every if flag)} of {len(every)}; "
              f"confidence right {spread(kinds['right'])}, wrong {spread(kinds['wrong'])}, "
              f"right above wrong {separation(kinds['right'], kinds['wrong']):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
