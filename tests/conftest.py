"""Shared paths and fixtures.

The sample reports live in samples/; the real field corpus is read from
../shared/fieldcorpus (never copied into the repo). Ingest fixtures run the
Prefect flow in this process, so Prefect's temporary server starts once per
test session, not once per test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
GOLD = SAMPLES / "gold"
REFERENCE = SAMPLES / "reference"
FIELDCORPUS = REPO.parent / "shared" / "fieldcorpus"

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("s*.*") if p.suffix in (".pdf", ".docx"))


def needs(program: str):
    return pytest.mark.skipif(shutil.which(program) is None, reason=f"{program} is not installed")


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> tuple[Path, object]:
    """ita.db after one ingest of samples/: (db path, the run's summary)."""
    from flows.ingest import run_ingest

    db = tmp_path_factory.mktemp("samples") / "ita.db"
    summary = run_ingest([SAMPLES], db)
    return db, summary
