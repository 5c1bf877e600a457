"""Structured facts on the blind reports: 116 reports (twenty-nine sets of four, Word
and PDF) written by people who never saw the readers, with hand-made gold.

The readers were tuned on each set in turn after measuring it held out, so
these are regression floors, not a measure of unseen accuracy (the notes
report the held-out figures). The floors sit below today's totals so a rule
that helps one layout but breaks others shows up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from records_eval import Tally, evaluate, reports_with_gold

HERE = Path(__file__).resolve().parent
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
              "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19",
              "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
              "blind29")
FLOORS = {"scores": 0.93, "measures": 0.9, "owners": 0.9, "people": 0.8}


def blind_reports(suffix: str) -> list[tuple[str, Path, Path]]:
    return [(stem, path, HERE / name / "gold") for name in BLIND_SETS
            for stem, path in reports_with_gold(HERE / name) if path.suffix == suffix]


@pytest.fixture(scope="module", params=[".docx", ".pdf"])
def totals(request) -> dict[str, Tally]:
    tallies = {table: Tally() for table in FLOORS}
    reports = blind_reports(request.param)
    assert len(reports) == 4 * len(BLIND_SETS)
    for stem, path, gold in reports:
        result = evaluate(path, stem, gold)
        for table in FLOORS:
            tallies[table].add(result[table])
    return tallies


@pytest.mark.parametrize("table", FLOORS)
def test_precision_and_recall_on_blind_reports_stay_above_the_floor(totals, table):
    tally = totals[table]
    floor = FLOORS[table]
    assert tally.precision >= floor and tally.recall >= floor, (
        f"{table}: P={tally.precision:.3f} R={tally.recall:.3f}; "
        f"missed {tally.misses[:5]}, spurious {tally.extras[:5]}")
