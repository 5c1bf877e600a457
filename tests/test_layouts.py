"""Reports drawn from the layout grammar (tests/layouts/): the generator is reproducible and
the readers find the measures, owners and people it put in, Word and PDF.

The bench (bench/layouts_recall.py) measures hundreds of held-out seeds; these tests
use a few seeds of their own (3000+, not used for tuning) as a regression floor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import needs

sys.path.insert(0, str(Path(__file__).resolve().parent / "layouts"))
from grammar import gold_facts, report  # noqa: E402
from records_eval import Tally, compare, facts_of, gold_of  # noqa: E402
from write import write_set  # noqa: E402

SEEDS = range(3000, 3024)
FLOORS = {"measures": 0.9, "owners": 0.85, "people": 0.85}


def test_the_same_seed_gives_the_same_report_and_seeds_vary_the_layout():
    assert gold_facts(report(7)) == gold_facts(report(7))
    layouts = {tuple(report(s).roles) for s in SEEDS}
    assert len(layouts) >= 12
    assert any(report(s).budget_years for s in SEEDS) and any(report(s).landscape for s in SEEDS)
    assert any("status" in report(s).roles for s in SEEDS)


def _totals(files, suffix: str, out: Path) -> dict[str, Tally]:
    from extractors import extract
    from flows.parse import normalize_document
    from records import read_records

    totals = {t: Tally() for t in FLOORS}
    for stem, path in files:
        if path.suffix != suffix:
            continue
        doc = normalize_document(extract(path))
        res = compare(gold_of(stem, out / "gold"), read_records(doc, facts_of(stem, out / "gold")))
        for t in FLOORS:
            totals[t].add(res[t])
    return totals


# PDF owners: where LibreOffice breaks a row over a page and repeats the header, pdfplumber's
# cells of the repeated header and of the broken row come out mixed ("โครงการ/" | "กิจกรรงบประมาณ...");
# the owners of such rows are lost or glued (extractor geometry, extractors/pdf.py). Over 200
# held-out seeds the bench measures owners P=0.95 R=0.97 on PDF; this smaller set sits lower.
PDF_FLOORS = {**FLOORS, "owners": 0.8}


def _assert_floors(totals: dict[str, Tally], floors: dict[str, float] = FLOORS) -> None:
    for table, floor in floors.items():
        t = totals[table]
        assert t.n_gold > 0
        assert t.recall >= floor and t.precision >= floor, (
            f"{table}: P={t.precision:.3f} R={t.recall:.3f}; missed {t.misses[:5]}, spurious {t.extras[:5]}")


def test_generated_word_reports(tmp_path):
    files = write_set(tmp_path, SEEDS, pdf=False)
    _assert_floors(_totals(files, ".docx", tmp_path))


@needs("soffice")
def test_generated_pdf_reports(tmp_path):
    files = write_set(tmp_path, SEEDS, pdf=True)
    assert sum(1 for _, p in files if p.suffix == ".pdf") == len(SEEDS)
    _assert_floors(_totals(files, ".pdf", tmp_path), PDF_FLOORS)


@pytest.mark.parametrize("seed", [s for s in SEEDS if "status" in report(s).roles][:2])
def test_check_box_status_is_read_from_generated_tables(tmp_path, seed):
    from extractors import extract
    from flows.parse import normalize_document
    from records.measures import read_measures

    rep = report(seed)
    files = write_set(tmp_path, range(seed, seed + 1), pdf=False)
    doc = normalize_document(extract(files[0][1]))
    statuses = [m.status for m in read_measures(doc, facts_of(f"layout_{seed}", tmp_path / "gold"))]
    printed = [str(r.cells["status"]) for r in rep.rows if r.kind == "measure"]
    ticked = [next((ln[2:] for ln in p.split("\n") if ln.startswith("☑")), p) for p in printed]
    assert statuses == ticked
