"""The same-report check reads only what it needs, however many reports a unit sent for a year."""

from __future__ import annotations

import pytest

from schemas.db import open_database
from schemas.store import _other_format_primaries


@pytest.mark.parametrize("word", [True, False])
def test_the_same_report_check_reads_only_the_unlinked_documents_of_the_other_format(tmp_path, word):
    conn = open_database(tmp_path / "ita.db")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    _other_format_primaries(conn, 1, 1, 2568, word).close()
    conn.set_trace_callback(None)
    plan = " ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + statements[-1]))
    assert "documents_unlinked_by_format" in plan and "<expr>=?" in plan, plan
