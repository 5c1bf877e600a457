"""read_records on every sample (Word and PDF) and every variant against hand-written gold facts.

Targets (precision and recall, per file and table): scores and measures >= 0.95, owners and people
>= 0.9; findings: the kinds a clerk should see. Matching rules: tests/records_eval.py.
"""

from __future__ import annotations

import pytest

from records_eval import GOLD, VARIANTS, evaluate, sample_paths, variant_paths

TARGETS = {"scores": 0.95, "measures": 0.95, "owners": 0.9, "people": 0.9, "findings": 1.0}
CASES = [pytest.param(stem, path, GOLD, id=path.name) for stem, path in sample_paths()] + [
    pytest.param(stem, path, VARIANTS / "gold", id=f"variant-{path.name}") for stem, path in variant_paths()
]


def test_every_sample_has_gold():
    stems = {p.stem for p in GOLD.parent.glob("s*.docx")}
    assert stems and stems == {s for s, _ in sample_paths()}


@pytest.mark.parametrize("stem, path, gold_dir", CASES)
def test_records_match_gold(stem, path, gold_dir):
    result = evaluate(path, stem, gold_dir)
    failures = []
    for table, target in TARGETS.items():
        r = result[table]
        if r.precision < target or r.recall < target:
            failures.append(f"{table}: P={r.precision:.3f} R={r.recall:.3f} (gold {r.n_gold}, read {r.n_pred}); "
                            f"missing {r.misses[:5]} extra {r.extras[:5]}")
    assert not failures, "\n".join(failures)
