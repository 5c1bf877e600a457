"""The clerk's query in the README runs on the samples and answers the
question: units under 85 on an indicator, their measures, owners, deadlines."""

from __future__ import annotations

import json
import sqlite3

from conftest import GOLD, REPO


def clerk_query() -> str:
    return (REPO / "docs" / "clerk_query.sql").read_text(encoding="utf-8")


def test_readme_shows_the_query_as_it_is_in_docs():
    assert clerk_query() in (REPO / "README.md").read_text(encoding="utf-8")


def gold_low_indicators(year: int) -> set[tuple[str, int]]:
    """(unit, indicator) pairs a reader finds under 85 in `year`, from the gold files."""
    low = set()
    for facts_file in GOLD.glob("*.facts.json"):
        unit = json.loads(facts_file.with_name(facts_file.name.replace(".facts", ".document")).read_text())["unit"]
        for score in json.loads(facts_file.read_text(encoding="utf-8"))["scores"]:
            if score["level"] == "indicator" and score["fiscal_year"] == year and score["value"] < 85:
                low.add((unit, score["indicator_no"]))
    return low


def test_the_clerks_query_lists_low_indicators_with_measures_and_owners(samples_db):
    db, _ = samples_db
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(clerk_query()).fetchall()
    assert {(r["unit"], r["indicator_no"]) for r in rows} == gold_low_indicators(2568) != set()
    assert all(r["score"] < 85 and r["score_year"] == 2568 for r in rows)
    assert all(r["measure"] and r["owners"] and r["deadline"] for r in rows)
    # the samples are native text: nothing in the answer is flagged for review
    assert {(r["score_needs_review"], r["measure_needs_review"]) for r in rows} == {(0, 0)}
