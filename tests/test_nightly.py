"""Nightly unattended ingestion (issue 5): incremental and idempotent runs,
the run log, one ingest at a time, SIGKILL at any point, `ita serve` on a
real Prefect server, parsing on Dask.

In-process tests use the session's temporary Prefect server. The others
start `prefect server start` once for this module (it boots in the
background while the in-process tests run) and point their `ita`
subprocesses at it with PREFECT_API_URL: a CLI run then starts in ~5 s
instead of the ~15-20 s of a temporary server each.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES, sample_files
from flows.ingest import run_ingest
from nightly_helpers import (  # noqa: F401  (_boot_prefect_server, prefect_server, inbox: fixtures)
    PrefectServer, _boot_prefect_server, consistency_problems, crash_on_marked_files, distinct_copy,
    group_is_gone, inbox, make_corpus, prefect_server, rows_per_document, sample_of, stop_process_group,
)

DOCX = sorted(SAMPLES.glob("s*.docx"))
PDF = sorted(SAMPLES.glob("s*.pdf"))
CLI_TIMEOUT = 240


def query(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def scalar(db: Path, sql: str, *params):
    return query(db, sql, *params)[0][0]


def replace_content(path: Path, src: Path) -> None:
    """Overwrite `path` with `src`'s bytes and a new mtime, as a unit re-submitting a report would."""
    old_mtime = path.stat().st_mtime_ns if path.exists() else 0
    shutil.copyfile(src, path)
    os.utime(path, ns=(time.time_ns(), max(time.time_ns(), old_mtime + 1_000_000)))


def document(db: Path, file_name: str) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM documents WHERE file_name = ? ORDER BY document_id", (file_name,)).fetchall()
    assert len(rows) == 1, f"{len(rows)} documents named {file_name}"
    return dict(rows[0])


def pages_of(db: Path, document_id: int) -> int:
    return scalar(db, "SELECT count(*) FROM pages WHERE document_id = ?", document_id)




# --------------------------------------------------- incremental, idempotent

def test_unchanged_files_are_skipped_without_reading_them(inbox, tmp_path, monkeypatch):
    db = tmp_path / "ita.db"
    for src in (DOCX[0], PDF[2]):
        shutil.copy2(src, inbox / src.name)
    first = run_ingest([inbox], db)
    assert (first.loaded, first.failed) == (2, 0), first.failures

    import flows.ingest

    def must_not_read(path):
        raise AssertionError(f"{path} was read although size and mtime are unchanged")

    monkeypatch.setattr(flows.ingest, "sha256_of_file", must_not_read)
    again = run_ingest([inbox], db)
    assert (again.unchanged, again.loaded, again.duplicate, again.failed) == (2, 0, 0, 0)
    monkeypatch.undo()

    touched = inbox / DOCX[0].name
    os.utime(touched, ns=(time.time_ns(), time.time_ns()))  # new mtime, same bytes: hashed, still unchanged
    third = run_ingest([inbox], db)
    assert (third.unchanged, third.loaded) == (2, 0)
    assert scalar(db, "SELECT count(*) FROM documents") == 2
    assert scalar(db, "SELECT mtime_ns FROM source_files WHERE source_path = ?",
                  touched.as_posix()) == touched.stat().st_mtime_ns


def test_a_file_replaced_at_the_same_path_replaces_its_rows_and_keeps_the_old_version(inbox, tmp_path):
    db = tmp_path / "ita.db"
    report = inbox / "report.docx"
    replace_content(report, DOCX[0])
    run_ingest([inbox], db)
    old = document(db, "report.docx")
    assert pages_of(db, old["document_id"]) > 0

    replace_content(report, DOCX[1])
    summary = run_ingest([inbox], db)
    assert (summary.loaded, summary.replaced, summary.failed) == (1, 1, 0)
    rows = {r[0]: r[1:] for r in query(db, "SELECT document_id, status, superseded_by FROM documents")}
    new_id = scalar(db, "SELECT document_id FROM source_files WHERE source_path = ?", report.as_posix())
    assert rows[old["document_id"]] == ("superseded", new_id)
    assert rows[new_id] == ("loaded", None)
    for table in ("pages", "doc_tables", "scores", "measures", "people", "findings"):
        assert scalar(db, f"SELECT count(*) FROM {table} WHERE document_id = ?", old["document_id"]) == 0, table
    assert pages_of(db, new_id) > 0
    assert consistency_problems(db) == []


def test_a_new_version_that_fails_keeps_the_old_data_and_is_retried(inbox, tmp_path):
    db = tmp_path / "ita.db"
    report = inbox / "report.pdf"
    replace_content(report, PDF[0])
    run_ingest([inbox], db)
    old_id = document(db, "report.pdf")["document_id"]
    old_pages = pages_of(db, old_id)

    report.write_bytes(PDF[1].read_bytes()[:5000])  # a damaged upload
    broken = run_ingest([inbox], db)
    assert (broken.failed, broken.replaced) == (1, 0)
    assert query(db, "SELECT status FROM documents WHERE document_id = ?", old_id) == [("loaded",)]
    assert pages_of(db, old_id) == old_pages
    assert scalar(db, "SELECT document_id FROM source_files WHERE source_path = ?", report.as_posix()) == old_id

    still_broken = run_ingest([inbox], db)  # a failed content is tried again, not taken as unchanged
    assert (still_broken.failed, still_broken.unchanged) == (1, 0)

    replace_content(report, PDF[2])  # the unit sends a good file
    fixed = run_ingest([inbox], db)
    assert (fixed.loaded, fixed.replaced, fixed.failed) == (1, 1, 0)
    assert query(db, "SELECT status FROM documents WHERE document_id = ?", old_id) == [("superseded",)]
    assert consistency_problems(db) == []


def test_a_path_going_back_to_an_old_content_revives_that_document(inbox, tmp_path):
    db = tmp_path / "ita.db"
    report = inbox / "report.docx"
    replace_content(report, DOCX[0])
    run_ingest([inbox], db)
    first_id = scalar(db, "SELECT document_id FROM documents")
    replace_content(report, DOCX[1])
    run_ingest([inbox], db)
    replace_content(report, DOCX[0])
    back = run_ingest([inbox], db)
    assert (back.loaded, back.replaced, back.failed) == (1, 1, 0), back.failures
    rows = dict(query(db, "SELECT document_id, status FROM documents"))
    assert rows[first_id] == "loaded" and sorted(rows.values()) == ["loaded", "superseded"]
    assert pages_of(db, first_id) > 0
    assert consistency_problems(db) == []


def test_the_same_content_under_other_names_is_a_duplicate_not_loaded_twice(inbox, tmp_path):
    db = tmp_path / "ita.db"
    for sub in ("unit_a", "unit_b"):
        (inbox / sub).mkdir()
        shutil.copyfile(PDF[3], inbox / sub / f"{sub}_report.pdf")
    first = run_ingest([inbox], db)
    assert (first.loaded, first.duplicate) == (1, 1)
    shutil.copyfile(PDF[3], inbox / "again.pdf")
    second = run_ingest([inbox], db)
    assert (second.loaded, second.duplicate, second.unchanged) == (0, 1, 2)
    assert scalar(db, "SELECT count(*) FROM documents") == 1
    document_id = scalar(db, "SELECT document_id FROM documents")
    assert scalar(db, "SELECT count(DISTINCT document_id) FROM source_files") == 1
    assert scalar(db, "SELECT count(*) FROM source_files") == 3
    assert pages_of(db, document_id) == scalar(db, "SELECT page_count FROM documents")


def test_a_path_changed_to_content_loaded_elsewhere_supersedes_its_old_version(inbox, tmp_path):
    db = tmp_path / "ita.db"
    replace_content(inbox / "a.docx", DOCX[0])
    replace_content(inbox / "b.docx", DOCX[1])
    run_ingest([inbox], db)
    a_id = document(db, "a.docx")["document_id"]
    b_id = document(db, "b.docx")["document_id"]
    replace_content(inbox / "a.docx", DOCX[1])
    summary = run_ingest([inbox], db)
    assert (summary.duplicate, summary.replaced, summary.loaded) == (1, 1, 0)
    assert query(db, "SELECT status, superseded_by FROM documents WHERE document_id = ?", a_id) == [
        ("superseded", b_id)]
    assert consistency_problems(db) == []


def test_a_removed_file_keeps_its_data_and_is_reported(inbox, tmp_path):
    db = tmp_path / "ita.db"
    kept, removed = inbox / DOCX[2].name, inbox / PDF[4].name
    shutil.copy2(DOCX[2], kept)
    shutil.copy2(PDF[4], removed)
    run_ingest([inbox], db)
    counts_before = rows_per_document(db)
    moved_away = tmp_path / removed.name
    removed.rename(moved_away)

    summary = run_ingest([inbox], db)
    assert summary.removed == [removed.as_posix()] and summary.failed == 0
    assert rows_per_document(db) == counts_before  # nothing deleted
    assert scalar(db, "SELECT removed_at IS NOT NULL FROM source_files WHERE source_path = ?", removed.as_posix())
    assert query(db, "SELECT removed FROM ingest_runs ORDER BY run_id DESC LIMIT 1") == [(1,)]
    assert run_ingest([inbox], db).removed == []  # reported once

    moved_away.rename(removed)  # back, unchanged
    back = run_ingest([inbox], db)
    assert (back.unchanged, back.loaded) == (2, 0)
    assert scalar(db, "SELECT removed_at FROM source_files WHERE source_path = ?", removed.as_posix()) is None


def test_an_inbox_that_is_not_there_does_not_mark_its_files_removed(inbox, tmp_path):
    db = tmp_path / "ita.db"
    shutil.copy2(DOCX[0], inbox / DOCX[0].name)
    run_ingest([inbox], db)
    inbox.rename(tmp_path / "unmounted")
    summary = run_ingest([inbox], db)
    assert summary.missing == [str(inbox)] and summary.removed == []
    assert scalar(db, "SELECT count(*) FROM source_files WHERE removed_at IS NOT NULL") == 0


def test_a_document_the_database_refuses_is_rolled_back_whole_and_the_run_goes_on(inbox, tmp_path, monkeypatch):
    db = tmp_path / "ita.db"
    report = inbox / "report.pdf"
    replace_content(report, PDF[0])
    replace_content(inbox / "other.docx", DOCX[3])
    run_ingest([inbox], db)
    old_id = document(db, "report.pdf")["document_id"]
    before = rows_per_document(db)

    import schemas.store

    real_insert_tables = schemas.store._insert_tables

    def refuse_after_pages(conn, document_id, parsed, added):  # pages of the new version are written by now
        real_insert_tables(conn, document_id, parsed, added)
        if parsed.status == "loaded":
            raise sqlite3.IntegrityError("CHECK constraint failed: injected by the test")

    monkeypatch.setattr(schemas.store, "_insert_tables", refuse_after_pages)
    replace_content(report, PDF[1])
    replace_content(inbox / "new.docx", DOCX[4])
    summary = run_ingest([inbox], db)
    assert summary.failed == 2 and summary.unchanged == 1 and summary.loaded == 0
    assert all("could not be stored" in reason for _, reason in summary.failures)
    assert rows_per_document(db) == before  # the old version whole, nothing of the refused ones
    assert scalar(db, "SELECT document_id FROM source_files WHERE source_path = ?", report.as_posix()) == old_id
    assert consistency_problems(db) == []

    monkeypatch.undo()
    retried = run_ingest([inbox], db)
    assert (retried.loaded, retried.replaced, retried.failed) == (2, 1, 0)


# ------------------------------------------------------------------ run log

def artifacts_of(flow_run_id: str) -> dict[str, object]:
    """key -> data of the flow run's artifacts, through the Prefect client."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[uuid.UUID(flow_run_id)])))
    return {a.key: a.data for a in artifacts}


def test_each_run_is_logged_in_the_database_and_as_prefect_artifacts(inbox, tmp_path):
    db = tmp_path / "ita.db"
    shutil.copy2(DOCX[1], inbox / DOCX[1].name)
    (inbox / "empty.pdf").write_bytes(b"")
    first = run_ingest([inbox], db)
    with sqlite3.connect(db) as conn:  # a run that was killed: still 'running'
        conn.execute("UPDATE ingest_runs SET status = 'running', ended_at = NULL")
    second = run_ingest([inbox], db)

    runs = query(db, "SELECT run_id, flow_run_id, started_at, ended_at, status, seen, loaded, unchanged, failed "
                     "FROM ingest_runs ORDER BY run_id")
    assert [r[0] for r in runs] == [first.run_id, second.run_id]
    assert [r[4] for r in runs] == ["crashed", "completed"]
    run_id, flow_run_id, started_at, ended_at, _, seen, loaded, unchanged, failed = runs[1]
    assert uuid.UUID(flow_run_id) and started_at <= ended_at
    assert (seen, loaded, unchanged, failed) == (2, 0, 1, 1)

    artifacts = artifacts_of(flow_run_id)
    assert f"# ita ingest run {run_id}" in artifacts["ita-ingest-summary"]
    failures = json.loads(artifacts["ita-ingest-failures"])
    assert [Path(f["file"]).name for f in failures] == ["empty.pdf"] and "empty" in failures[0]["reason"]


# ------------------------------------------------------- a crashing reader

def test_a_file_that_kills_its_parsing_process_fails_alone(tmp_path):
    from flows.pool import LocalParsePool, parse_in_fresh_process

    good = [distinct_copy(DOCX[0], tmp_path / f"good{i}.docx", str(i)) for i in range(3)]
    bad = distinct_copy(DOCX[1], tmp_path / "CRASH.docx", "x")
    pool = LocalParsePool(2, parse=crash_on_marked_files)
    try:
        # each file is watched on its own worker: the crash is pinned on the one file, the others load
        batch = pool.parse([str(p) for p in (good[0], bad, good[1])])
        assert [p.status for p in batch] == ["loaded", "failed", "loaded"]
        assert "crashed" in batch[1].error and batch[1].failure_kind == "crash" and len(batch[1].sha256) == 64
        assert [p.status for p in pool.parse([str(good[2])])] == ["loaded"]  # the dead worker was replaced
    finally:
        pool.close()
    crashed = parse_in_fresh_process(str(bad), "f" * 64, 1, 1, parse=crash_on_marked_files)
    assert crashed.status == "failed" and "crashed" in crashed.error and "maintainers" in crashed.error
    alone = parse_in_fresh_process(str(good[0]), "0" * 64, 1, 1, parse=crash_on_marked_files)
    assert alone.status == "loaded"


# ------------------------------------------- one ingest at a time, SIGKILL

def ingest_command(inbox: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "flows.cli", "ingest", str(inbox), "--db", str(db), "--no-progress", *extra]


def start_ingest(server: PrefectServer, inbox: Path, db: Path, *extra: str) -> subprocess.Popen:
    """`ita ingest` in a process group of its own (pool workers included)."""
    return subprocess.Popen(ingest_command(inbox, db, *extra), env=server.client_env(), cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def test_a_second_ingest_waits_for_the_first_and_says_so(prefect_server, inbox, tmp_path):
    from flows.lock import database_lock

    db = tmp_path / "ita.db"
    shutil.copy2(DOCX[0], inbox / DOCX[0].name)
    lines: list[str] = []
    with database_lock(db, logger=lambda message: None):  # "the first ingest"
        process = start_ingest(prefect_server, inbox, db)
        reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
        reader.start()
        deadline = time.monotonic() + 60
        while not any("waiting" in line for line in lines) and time.monotonic() < deadline:
            assert process.poll() is None, "".join(lines)
            time.sleep(0.1)
        assert any("another ingest (pid" in line and "waiting" in line for line in lines), "".join(lines)
        assert not db.exists() or scalar(db, "SELECT count(*) FROM documents") == 0
    assert process.wait(timeout=CLI_TIMEOUT) == 0, "".join(lines)
    reader.join(timeout=10)
    assert scalar(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 1


def test_two_ingests_started_together_neither_fail_nor_duplicate(prefect_server, inbox, tmp_path):
    db = tmp_path / "ita.db"
    files = make_corpus(inbox, 1)
    processes = [start_ingest(prefect_server, inbox, db, "--workers", "1") for _ in range(2)]
    outputs = [p.communicate(timeout=CLI_TIMEOUT)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    assert consistency_problems(db) == []
    assert scalar(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == len(files)
    assert query(db, "SELECT status, loaded, unchanged FROM ingest_runs ORDER BY loaded DESC") == [
        ("completed", len(files), 0), ("completed", 0, len(files))]


def wait_for_loaded(db: Path, at_least: int, process: subprocess.Popen, timeout: float = 120) -> bool:
    """Poll (read-only) until `at_least` documents are loaded; False if the run ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if db.exists() and scalar(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") >= at_least:
                return True
        except sqlite3.OperationalError:  # schema not created yet
            pass
        time.sleep(0.02)
    return False


def test_sigkill_at_random_points_leaves_a_consistent_database_and_the_next_run_finishes(
        prefect_server, samples_db, inbox, tmp_path):
    rng = random.Random(20250405)
    db = tmp_path / "ita.db"
    files = make_corpus(inbox, 2)  # 20 distinct files
    total = len(files)
    # One kill during start-up/planning, then three while documents are being stored. The
    # whole process group is killed, except once: the flow process alone (as the OOM killer
    # would), after which its parsing processes must end by themselves.
    kill_points = [("seconds", rng.uniform(1.0, 4.0), "group")] + [
        ("loaded", rng.randint(lo, hi), target) for (lo, hi), target in (((2, 6), "group"), ((8, 12), "flow"),
                                                                         ((14, 17), "group"))
    ]
    report = []
    for kind, point, target in kill_points:
        process = start_ingest(prefect_server, inbox, db, "--workers", "2", "--batch-size", "2")
        if kind == "seconds":
            time.sleep(point)
            reached = process.poll() is None
        else:
            reached = wait_for_loaded(db, point, process)
            time.sleep(rng.uniform(0, 0.3))
        if target == "group":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait(timeout=30)
        assert group_is_gone(process.pid, timeout=10), f"a process of the killed ingest survived ({target} killed)"
        loaded = scalar(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") if db.exists() else 0
        report.append((kind, point, reached, loaded))
        if db.exists():
            assert consistency_problems(db) == [], report

    print("kill points (kind, point, reached, documents loaded after the kill):", report)
    final = subprocess.run(ingest_command(inbox, db), env=prefect_server.client_env(), cwd=REPO,
                           capture_output=True, text=True, timeout=CLI_TIMEOUT)
    assert final.returncode == 0, final.stdout + final.stderr
    assert consistency_problems(db) == [], report
    assert sum(reached for *_, reached, _ in report) >= 3, f"most kills came too late: {report}"
    # Every file loaded exactly once, each with exactly the rows of its sample.
    assert scalar(db, "SELECT count(*) FROM documents") == total
    assert scalar(db, "SELECT count(DISTINCT sha256) FROM source_files") == total
    expected = rows_per_document(samples_db[0])
    got = rows_per_document(db)
    assert sorted(got) == sorted(f.name for f in files)
    assert {name: counts for name, counts in got.items() if counts != expected[sample_of(name)]} == {}
    statuses = [s for (s,) in query(db, "SELECT status FROM ingest_runs ORDER BY run_id")]
    assert statuses[-1] == "completed" and set(statuses[:-1]) <= {"crashed"}, statuses


# --------------------------------------------------------- ita serve, Dask

def test_ita_serve_deploys_nightly_in_bangkok_time_and_a_triggered_run_loads_a_new_file(
        prefect_server, inbox, tmp_path):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    db = tmp_path / "ita.db"
    name = f"test-nightly-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "serve.log"
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--inbox", str(inbox), "--db", str(db), "--name", name,
         "--cron", "0 2 * * *", "--workers", "1"],
        env=prefect_server.client_env(PREFECT_RUNNER_POLL_FREQUENCY="1"), cwd=REPO,
        stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        with temporary_settings({PREFECT_API_URL: prefect_server.url}):
            deployment = wait_for_deployment(f"ita-ingest/{name}", serve, log)
            [schedule] = deployment.schedules
            assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 2 * * *", "Asia/Bangkok")
            assert schedule.active

            shutil.copy2(DOCX[2], inbox / "submitted_tonight.docx")  # a new file lands in the inbox
            flow_run = run_deployment(f"ita-ingest/{name}", timeout=CLI_TIMEOUT)
            assert flow_run.state.is_completed(), (flow_run.state, log.read_text()[-3000:])
        assert query(db, "SELECT file_name, status FROM documents") == [("submitted_tonight.docx", "loaded")]
        assert query(db, "SELECT flow_run_id, status FROM ingest_runs") == [(str(flow_run.id), "completed")]
    finally:
        stop_process_group(serve)


def wait_for_deployment(name: str, serve: subprocess.Popen, log: Path, timeout: float = 90):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            if serve.poll() is not None:
                pytest.fail(f"ita serve exited ({serve.returncode}): {log.read_text()[-3000:]}")
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                time.sleep(0.25)
    pytest.fail(f"deployment {name} did not appear within {timeout} s")


def test_ita_serve_without_a_prefect_server_says_what_to_do(inbox, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", "--inbox", str(inbox), "--db", str(tmp_path / "x.db")],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "prefect server start" in result.stderr and "PREFECT_API_URL" in result.stderr


def test_dask_mode_without_a_prefect_server_says_what_to_do():
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.scaleout import DaskSetupError, check_dask_setup

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        with pytest.raises(DaskSetupError, match="PREFECT_API_URL"):
            check_dask_setup("tcp://10.1.2.3:8786")
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        with pytest.raises(DaskSetupError, match="loopback"):
            check_dask_setup("tcp://10.1.2.3:8786")


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                    reason="the dask extra is not installed (uv sync --extra dask, or --all-extras as CI does)")
def test_parsing_on_a_dask_cluster_reports_to_the_prefect_server(prefect_server, inbox, tmp_path):
    from distributed import LocalCluster
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    files = [distinct_copy(src, inbox / src.name, "dask") for src in sample_files()[:6]]
    db = tmp_path / "ita.db"
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, \
            temporary_settings({PREFECT_API_URL: prefect_server.url}):
        summary = run_ingest([inbox], db, dask_address=cluster.scheduler_address, batch_size=2)
        assert (summary.loaded, summary.failed) == (6, 0), summary.failures
        flow_run_id = scalar(db, "SELECT flow_run_id FROM ingest_runs")
        with get_client(sync_client=True) as client:  # the workers' task runs are on the server
            names = task_run_names(client, flow_run_id, expected=3)
    assert sorted(n.rsplit("-", 1)[0] for n in names) == ["parse-batch"] * 3
    assert consistency_problems(db) == []


def task_run_names(client, flow_run_id: str, expected: int, timeout: float = 30) -> list[str]:
    """Names of the flow run's completed task runs, once `expected` of them are recorded."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    deadline = time.monotonic() + timeout
    names: list[str] = []
    while time.monotonic() < deadline:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[uuid.UUID(flow_run_id)])))
        names = [r.name for r in runs if r.state and r.state.is_completed()]
        if len(names) >= expected:
            return names
        time.sleep(0.5)
    return names
