"""Unattended for a year (issues 11 and 14): no file can hang, exhaust or
poison a night's run, and no inbox entry or database fault ends in a
traceback.

Fixtures are made at test time by tests/hostile_fixtures.py. The runs are
real `ita ingest` processes (`python -m flows.cli`) pointed at one Prefect
server for the module, so PATH stand-ins (a `soffice` or `tesseract` that
sleeps forever) and limits set by environment reach the parsing processes.
Each run checks `PRAGMA integrity_check`, and the peak memory of the whole
process tree (flow, fork server, workers, their helpers).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

import hostile_fixtures as fx
from conftest import FIELDCORPUS, REPO, SAMPLES
from nightly_helpers import PrefectServer, _boot_prefect_server, inbox, prefect_server  # noqa: F401  (fixtures)

DOCX = sorted(SAMPLES.glob("s*.docx"))
PDF = sorted(SAMPLES.glob("s*.pdf"))
SCAN_4_PAGES = FIELDCORPUS / "tj12_moit2_procurement_staff_vetting_scan_badocr.pdf"
LEGACY_DOC = FIELDCORPUS / "tj11_moit22_harassment_prevention_guideline.doc"
RSS_CEILING = 2 * 2**30
RUN_TIMEOUT = 300




# ----------------------------------------------------------------- helpers

def tree_rss(root_pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)  # fields[1]: ppid
        rss[pid] = int(fields[21]) * page  # fields[21]: rss in pages
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


@dataclass
class Run:
    returncode: int
    output: str
    seconds: float
    peak_rss: int


def ita_ingest(server: PrefectServer, inbox: Path, db: Path, *extra: str, timeout: float = RUN_TIMEOUT,
               **env: str) -> Run:
    """`ita ingest inbox --db db` as a process, its tree's memory sampled every 0.1 s."""
    command = [sys.executable, "-m", "flows.cli", "ingest", str(inbox), "--db", str(db), "--no-progress", *extra]
    started = time.monotonic()
    env.setdefault("COLUMNS", "500")  # rich wraps long paths at 80 columns otherwise
    process = subprocess.Popen(command, env=server.client_env(**env), cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    peak = 0
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(process.stdout), daemon=True)
    reader.start()
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        if time.monotonic() - started > timeout:
            process.kill()
            pytest.fail(f"ita ingest did not finish in {timeout} s:\n{''.join(output)}")
        time.sleep(0.1)
    reader.join(timeout=10)
    return Run(process.returncode, "".join(output), time.monotonic() - started, peak)


def query(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def assert_consistent(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def status_of(db: Path) -> dict[str, tuple[str, str | None]]:
    """{file name: (status, error)} of every document."""
    return {name: (status, error) for name, status, error in query(
        db, "SELECT file_name, status, error FROM documents WHERE status != 'superseded'")}


def said(run: Run, *words: str) -> bool:
    """Whether the run's output mentions all the words (rich wraps long lines)."""
    flat = " ".join(run.output.split())
    return all(w in flat for w in words)


def stand_in_sleepers(marker: str) -> list[int]:
    """pids of stand-in helpers still alive (their command line holds the marker folder)."""
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline:
                alive.append(int(entry))
    return alive


def good_files(inbox: Path) -> list[str]:
    """Two sample reports (Word and PDF) dropped in the inbox: they must load whatever else is there."""
    names = []
    for src in (DOCX[0], PDF[1]):
        shutil.copy2(src, inbox / src.name)
        names.append(src.name)
    return names


# ------------------------------------------------- one inbox, every hostile file

def test_a_hostile_inbox_costs_one_failed_row_or_a_reason_per_file_and_the_good_files_load(
        prefect_server, inbox, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("SECRET-PASSWORD-LINE\n")
    outside_report = shutil.copy2(DOCX[3], outside / "not-in-the-inbox.docx")
    escape = f"evil-{uuid.uuid4().hex}.txt"
    good = good_files(inbox)
    fx.zip_bomb_docx(inbox / "bomb.docx")
    fx.xxe_docx(inbox / "xxe.docx", secret)
    fx.billion_laughs_docx(inbox / "laughs.docx")
    fx.traversal_docx(inbox / "traversal.docx", escape)
    fx.docx_without_body(inbox / "nobody.docx")
    fx.cyclic_pdf(inbox / "cycle.pdf")
    fx.many_pages_pdf(inbox / "pages2000.pdf")
    fx.huge_image_page_pdf(inbox / "huge.pdf")
    fx.many_lines_pdf(inbox / "lines.pdf")
    fx.truncated_pdf(inbox / "half.pdf")
    fx.html_named_doc(inbox / "webpage.doc")
    fx.rtf_named_doc(inbox / "richtext.doc")
    fx.symlink_loop(inbox)
    fx.dangling_link(inbox)
    fx.link_outside(inbox, Path(outside_report))
    (inbox / "passwd.docx").symlink_to("/etc/passwd")
    fx.named_pipe(inbox)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    db = tmp_path / "ita.db"

    run = ita_ingest(prefect_server, inbox, db, "--workers", "2", TMPDIR=str(tmp))

    assert run.returncode == 1, run.output  # files failed; the run completed
    assert "Traceback" not in run.output, run.output
    assert_consistent(db)
    docs = status_of(db)
    for name in (*good, "traversal.docx", "xxe.docx", "lines.pdf", "webpage.doc", "richtext.doc"):
        assert docs[name] == ("loaded", None), (name, docs.get(name), run.output)
    expected_reason = {
        "bomb.docx": "would unpack to",
        "laughs.docx": "defines XML entities",
        "nobody.docx": "no main text part",
        "cycle.pdf": "damaged PDF",
        "pages2000.pdf": "2,000 pages",
        "huge.pdf": "too large to read by OCR",
        "half.pdf": "may still have been uploading",
    }
    for name, reason in expected_reason.items():
        status, error = docs[name]
        assert status == "failed" and reason in error, (name, status, error)
    # Entities are never expanded: no file content pulled in, the text after the entity kept.
    xxe_text = query(db, "SELECT group_concat(p.text, ' ') FROM pages p JOIN documents d USING (document_id) "
                         "WHERE d.file_name = 'xxe.docx'")[0][0]
    assert "SECRET" not in xxe_text and "หลังเอนทิตี" in xxe_text
    assert not query(db, "SELECT 1 FROM pages WHERE text LIKE '%SECRET-PASSWORD%' OR text LIKE '%root:x:0%'")
    # Zip members named ../../x or /tmp/x wrote nothing anywhere.
    for folder in (inbox, inbox.parent, tmp_path.parent, REPO, Path("/tmp"), tmp):
        assert not (folder / escape).exists()
    # Links, loops and pipes: not read, each with its reason; nothing outside the inbox is stored.
    for words in (("loop_a.pdf", "loops back"), ("dangling.docx", "does not exist"),
                  ("outside.docx", "outside"), ("passwd.docx", "outside"), ("report.pdf", "named pipe")):
        assert said(run, *words), (words, run.output)
    stored_paths = [p for (p,) in query(db, "SELECT source_path FROM source_files")]
    assert all(p.startswith(str(inbox.resolve())) for p in stored_paths), stored_paths
    assert not any(name in docs for name in ("not-in-the-inbox.docx", "passwd", "report.pdf"))
    assert list(tmp.glob("ita-doc-*")) == []  # no folder left by .doc conversions
    assert run.peak_rss < RSS_CEILING, f"peak RSS {run.peak_rss / 2**20:.0f} MiB"
    print(f"hostile inbox: {run.seconds:.1f} s, peak RSS of the process tree {run.peak_rss / 2**20:.0f} MiB")

    again = ita_ingest(prefect_server, inbox, db, "--workers", "2", TMPDIR=str(tmp))  # nothing is stuck
    assert again.returncode == 1 and "Traceback" not in again.output
    assert_consistent(db)
    assert query(db, "SELECT count(*) FROM documents WHERE status = 'loaded'")[0][0] == len(good) + 5


# ------------------------------------------------------ hung and missing helpers

@pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="../shared/fieldcorpus is not here")
def test_hung_soffice_and_tesseract_cost_at_most_their_limit_then_the_files_are_parked(
        prefect_server, inbox, tmp_path):
    bin_dir = tmp_path / f"stand-ins-{uuid.uuid4().hex[:8]}"
    fx.stand_in_program(bin_dir, "soffice")
    fx.stand_in_program(bin_dir, "tesseract", list_langs=True)
    good = good_files(inbox)
    shutil.copy2(LEGACY_DOC, inbox / LEGACY_DOC.name)
    shutil.copy2(SCAN_4_PAGES, inbox / SCAN_4_PAGES.name)
    db = tmp_path / "ita.db"
    limit_s, per_page = 8, 2
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", ITA_OCR_ENGINE="cli", TMPDIR=str(temp),
               ITA_LIMIT_SECONDS=str(limit_s), ITA_LIMIT_SECONDS_PER_OCR_PAGE=str(per_page), ITA_LIMIT_ATTEMPTS="2")
    worst_file = limit_s + 4 * per_page  # the 4-page scan's whole budget

    first = ita_ingest(prefect_server, inbox, db, "--workers", "2", **env)

    assert first.returncode == 1 and "Traceback" not in first.output, first.output
    assert_consistent(db)
    docs = status_of(db)
    assert all(docs[name] == ("loaded", None) for name in good), docs
    assert docs[LEGACY_DOC.name][0] == "failed" and "LibreOffice did not finish" in docs[LEGACY_DOC.name][1]
    assert docs[SCAN_4_PAGES.name][0] == "failed" and "OCR" in docs[SCAN_4_PAGES.name][1]
    parse_seconds = query(db, "SELECT seconds FROM ingest_runs ORDER BY run_id DESC LIMIT 1")[0][0]
    # The two hung files run side by side: the run's whole body costs about one budget, not 4 x 180 s.
    assert parse_seconds < worst_file + 15, parse_seconds
    print(f"hung soffice + tesseract: run body {parse_seconds:.1f} s for a budget of {worst_file} s, "
          f"peak RSS of the process tree {first.peak_rss / 2**20:.0f} MiB")
    assert stand_in_sleepers(str(bin_dir)) == []  # every hung helper was killed with its group
    assert list(temp.glob("ita-doc-*")) == []  # the stopped conversion left no folder

    second = ita_ingest(prefect_server, inbox, db, "--workers", "2", **env)  # the lock was released
    assert second.returncode == 1 and said(second, "set aside after 2 runs"), (
        second.output, query(db, "SELECT file_name, status, failed_attempts, parked_at FROM documents"))
    parked = query(db, "SELECT file_name, failed_attempts FROM documents WHERE parked_at IS NOT NULL")
    assert sorted(parked) == sorted([(LEGACY_DOC.name, 2), (SCAN_4_PAGES.name, 2)])

    third = ita_ingest(prefect_server, inbox, db, **env)  # parked: not read, listed, the night is clean
    assert third.returncode == 0, third.output
    assert said(third, "set aside (parked): 2", "--retry-parked")
    assert query(db, "SELECT failed, loaded FROM ingest_runs ORDER BY run_id DESC LIMIT 1") == [(0, 0)]

    retried = ita_ingest(prefect_server, inbox, db, "--retry-parked", "--limit-seconds", "120",
                         **{**env, "PATH": os.environ["PATH"]})  # LibreOffice works again; a limit raised
    assert said(retried, "loaded")
    assert status_of(db)[LEGACY_DOC.name] == ("loaded", None)  # with a working LibreOffice
    assert_consistent(db)
    assert stand_in_sleepers(str(bin_dir)) == []


@pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="../shared/fieldcorpus is not here")
def test_missing_tesseract_and_libreoffice_fail_their_files_with_what_to_install(prefect_server, inbox, tmp_path):
    good = good_files(inbox)
    shutil.copy2(LEGACY_DOC, inbox / LEGACY_DOC.name)
    shutil.copy2(SCAN_4_PAGES, inbox / SCAN_4_PAGES.name)
    db = tmp_path / "ita.db"
    path = fx.path_without("soffice")
    path = os.pathsep.join(d for d in path.split(os.pathsep) if not (Path(d) / "tesseract").exists())
    run = ita_ingest(prefect_server, inbox, db, PATH=path, ITA_OCR_ENGINE="cli")
    assert run.returncode == 1 and "Traceback" not in run.output, run.output
    docs = status_of(db)
    assert all(docs[name] == ("loaded", None) for name in good)
    assert "libreoffice-writer-nogui" in docs[LEGACY_DOC.name][1]
    assert "tesseract-ocr-tha" in docs[SCAN_4_PAGES.name][1]
    assert_consistent(db)


# ------------------------------------------------------- limits in the workers

def hang_on_marked_files(path: str):
    """A parse function for pool tests: a file named HANG never returns (an in-process hang)."""
    from flows.pool import parse_or_failure

    if "HANG" in Path(path).name:
        while True:
            time.sleep(1)
    return parse_or_failure(path)


def allocate_on_marked_files(path: str):
    """A parse function for pool tests: a file named HOG asks for 8 GiB."""
    from flows.pool import parse_or_failure

    if "HOG" in Path(path).name:
        hog = bytearray(8 * 2**30)
        return hog
    return parse_or_failure(path)


def test_a_reader_hanging_in_process_is_killed_at_the_time_limit_and_the_next_file_parses(tmp_path):
    from extractors.limits import Limits
    from flows.pool import LocalParsePool

    hung = shutil.copy2(DOCX[0], tmp_path / "HANG.docx")
    good = shutil.copy2(DOCX[1], tmp_path / "good.docx")
    pool = LocalParsePool(1, parse=hang_on_marked_files, limits=Limits(seconds=6))
    try:
        pool.parse([str(good)])  # the worker is up
        started = time.monotonic()
        [hung_result] = pool.parse([str(hung)])
        hung_seconds = time.monotonic() - started
        [good_result] = pool.parse([str(good)])  # on a new worker
    finally:
        pool.close()
    assert hung_result.status == "failed" and hung_result.failure_kind == "limit"
    assert hung_result.error.startswith("took longer than 6 s to read") and len(hung_result.sha256) == 64
    assert good_result.status == "loaded"
    assert 6 <= hung_seconds < 6 + 2, hung_seconds


def start_helper_on_marked_files(path: str):
    """A parse function for pool tests: a file named HELPER runs a helper program that never ends,
    with a timeout far beyond the file's limit (only the worker's kill can stop it)."""
    from extractors.helpers import run_killing_group_on_timeout
    from flows.pool import parse_or_failure

    if "HELPER" in Path(path).name:
        run_killing_group_on_timeout(["sh", "-c", f"sleep 100000 # {path}"], timeout=10_000)
    return parse_or_failure(path)


def test_a_worker_killed_at_its_limit_takes_the_helpers_it_started_along(tmp_path):
    from extractors.limits import Limits
    from flows.pool import LocalParsePool

    marked = shutil.copy2(DOCX[0], tmp_path / f"HELPER-{uuid.uuid4().hex[:8]}.docx")
    pool = LocalParsePool(1, parse=start_helper_on_marked_files, limits=Limits(seconds=4))
    try:
        [result] = pool.parse([str(marked)])
    finally:
        pool.close()
    assert result.status == "failed" and result.error.startswith("took longer than 4 s")
    time.sleep(0.5)
    assert stand_in_sleepers(str(marked)) == []


def test_a_reader_asking_for_too_much_memory_fails_that_file_only(tmp_path):
    from extractors.limits import Limits
    from flows.pool import LocalParsePool

    hog = shutil.copy2(DOCX[0], tmp_path / "HOG.docx")
    good = shutil.copy2(DOCX[1], tmp_path / "good.docx")
    pool = LocalParsePool(1, parse=allocate_on_marked_files, limits=Limits(memory_mb=1024))
    try:
        hog_result, good_result = pool.parse([str(hog), str(good)])
    finally:
        pool.close()
    assert hog_result.status == "failed" and hog_result.failure_kind == "limit"
    assert "more than 1024 MB of memory" in hog_result.error
    assert good_result.status == "loaded"


def test_xml_entities_in_a_docx_are_never_expanded(tmp_path):
    from flows.parse import parse_file

    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-PASSWORD-LINE\n")
    laughs = parse_file(fx.billion_laughs_docx(tmp_path / "laughs.docx"))
    assert laughs.status == "failed" and "defines XML entities" in laughs.error
    xxe = parse_file(fx.xxe_docx(tmp_path / "xxe.docx", secret))
    text = "\n".join(p.text for p in xxe.pages)
    assert xxe.status == "loaded" and "SECRET" not in text
    assert "ก่อน" in text and "หลังเอนทิตี" in text  # the text on both sides of the entity


def test_output_caps_refuse_a_file_with_more_text_or_cells_than_a_report(tmp_path):
    from extractors.limits import Limits, end_file, start_file
    from flows.parse import parse_file

    try:
        start_file(Limits(chars=1_000))
        too_long = parse_file(DOCX[0])
        start_file(Limits(table_cells=10))
        too_many_cells = parse_file(DOCX[0])
    finally:
        end_file()
    assert too_long.status == "failed" and "characters of text, more than the 1,000" in too_long.error
    assert too_many_cells.status == "failed" and "table cells, more than the 10" in too_many_cells.error
    assert too_long.failure_kind == too_many_cells.failure_kind == "limit"
    assert parse_file(DOCX[0]).status == "loaded"


@pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="../shared/fieldcorpus is not here")
def test_a_hung_tesseract_costs_one_page_timeout_not_one_per_page(tmp_path, monkeypatch):
    from extractors.errors import OverLimit
    from extractors.limits import Limits, end_file, start_file
    from extractors.ocr import ocr_pdf_pages

    bin_dir = tmp_path / f"stand-ins-{uuid.uuid4().hex[:8]}"
    fx.stand_in_program(bin_dir, "tesseract", list_langs=True)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("ITA_OCR_ENGINE", "cli")  # a tesseract process per page (tesserocr runs in-process)
    page_timeout = 4 + 4 * 1 - 2  # the file's budget for 4 OCR pages, less the helper margin
    started = time.monotonic()
    try:
        start_file(Limits(seconds=4, seconds_per_ocr_page=1))
        with pytest.raises(OverLimit, match="other pages were not waited for"):
            ocr_pdf_pages(SCAN_4_PAGES, [1, 2, 3, 4], max_workers=2)
    finally:
        end_file()
    elapsed = time.monotonic() - started
    assert elapsed < 1.5 * page_timeout, elapsed  # pages 3 and 4 were never started: not 2 x the timeout
    assert stand_in_sleepers(str(bin_dir)) == []


@pytest.mark.skipif(not FIELDCORPUS.is_dir(), reason="../shared/fieldcorpus is not here")
def test_a_failed_doc_conversion_leaves_no_temporary_folder(tmp_path, monkeypatch):
    import tempfile

    from extractors.errors import ExtractionError
    from extractors.legacy_doc import convert_doc_to_docx

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    failing = bin_dir / "soffice"
    failing.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    failing.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with pytest.raises(ExtractionError, match="could not convert"):
        convert_doc_to_docx(LEGACY_DOC)
    assert list(temp.iterdir()) == []


def test_ocr_renders_a_huge_page_within_the_pixel_cap_or_refuses_it():
    from extractors.errors import ExtractionError
    from extractors.ocr import DEFAULT_DPI, MAX_PAGE_PIXELS, render_dpi

    a4 = (595, 842)
    assert render_dpi(*a4, DEFAULT_DPI) == DEFAULT_DPI
    a0 = (2384, 3370)  # 33 x 47 inches: rendered, at fewer dpi
    fitted = render_dpi(*a0, DEFAULT_DPI)
    assert 100 <= fitted < DEFAULT_DPI and (a0[0] / 72 * fitted) * (a0[1] / 72 * fitted) <= MAX_PAGE_PIXELS
    with pytest.raises(ExtractionError, match="200 x 200 inches"):
        render_dpi(14400, 14400, DEFAULT_DPI, page_no=1)


# ------------------------------------------------------------- the inbox walk

def test_inbox_walk_reads_regular_files_inside_the_root_only(inbox, tmp_path):
    from flows.discover import discover_files

    good_files(inbox)
    fx.symlink_loop(inbox)
    fx.dangling_link(inbox)
    fx.link_outside(inbox, Path(shutil.copy2(DOCX[2], tmp_path / "outside-target.docx")))
    fx.named_pipe(inbox)
    (inbox / "sub").mkdir()
    (inbox / "sub" / "inside.docx").symlink_to(inbox / DOCX[0].name)  # a link within the inbox: fine
    found = discover_files([inbox])
    names = sorted(f.path.name for f in found.files)
    assert names == sorted([DOCX[0].name, PDF[1].name])  # the inside link is the same file
    reasons = {p.name: r for p, r in found.refused}
    assert "loops back" in reasons["loop_a.pdf"] and "loops back" in reasons["loop_b.pdf"]
    assert "does not exist" in reasons["dangling.docx"]
    assert "outside" in reasons["outside.docx"]
    assert "named pipe" in reasons["report.pdf"]


def test_a_file_vanishing_between_listing_and_stat_is_skipped_with_a_reason(inbox, monkeypatch):
    import flows.discover as discover

    good_files(inbox)
    listed = list(discover._walk(inbox))
    victim = inbox / DOCX[0].name

    def walk_then_delete(root):
        for path in listed:
            if path == victim:
                victim.unlink()  # deleted after it was listed, before it is looked at
            yield path

    monkeypatch.setattr(discover, "_walk", walk_then_delete)
    found = discover.discover_files([inbox])
    assert [f.path.name for f in found.files] == [PDF[1].name]
    assert [(p.name, "vanished" in r) for p, r in found.refused] == [(DOCX[0].name, True)]


def discover_as_user(folder: Path, uid: int) -> tuple[list[str], list[tuple[str, str]]]:
    """discover_files([folder]) run by another user, in a forked child (no new Python to start)."""
    from flows.discover import discover_files

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to `uid`, walk, report, exit
        try:
            os.close(read_end)
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            found = discover_files([folder])
            report = repr(([f.path.name for f in found.files], [(p.name, r) for p, r in found.refused]))
        except BaseException as exc:
            report = repr((f"{type(exc).__name__}: {exc}", []))
        try:
            os.write(write_end, report.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        report = fh.read()
    os.waitpid(pid, 0)
    import ast

    return ast.literal_eval(report)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to walk the inbox as another user")
def test_an_unreadable_file_is_skipped_with_what_to_ask_for():
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ita-inbox-") as folder:  # under /tmp: other users can reach it
        inbox = Path(folder)
        inbox.chmod(0o755)
        good_files(inbox)
        locked = inbox / "locked.pdf"
        shutil.copy2(PDF[0], locked)
        locked.chmod(0o000)
        listed, refused = discover_as_user(inbox, 65534)
    assert sorted(listed) == sorted([DOCX[0].name, PDF[1].name])
    assert [name for name, _ in refused] == ["locked.pdf"] and "no permission" in refused[0][1]


def test_a_file_still_being_written_is_skipped_until_it_is_stable(prefect_server, inbox, tmp_path):
    good = good_files(inbox)
    growing = inbox / "uploading.pdf"
    data = PDF[2].read_bytes()
    growing.write_bytes(data[: len(data) // 2])
    stop = threading.Event()

    def keep_uploading():  # a slow upload: the file's time moves while the run looks at it
        while not stop.is_set():
            os.utime(growing, ns=(time.time_ns(), time.time_ns()))
            time.sleep(0.005)

    writer = threading.Thread(target=keep_uploading, daemon=True)
    writer.start()
    db = tmp_path / "ita.db"
    try:
        run = ita_ingest(prefect_server, inbox, db)
    finally:
        stop.set()
        writer.join()
    assert run.returncode == 0, run.output  # skipped, not failed
    assert said(run, "uploading.pdf", "still being written")
    assert "uploading.pdf" not in status_of(db)
    assert all(status_of(db)[name] == ("loaded", None) for name in good)
    growing.write_bytes(data)  # the upload finished
    done = ita_ingest(prefect_server, inbox, db)
    assert done.returncode == 0 and status_of(db)["uploading.pdf"] == ("loaded", None), done.output
    assert_consistent(db)


# ----------------------------------------------------------- database faults

def test_a_database_that_is_not_sqlite_is_refused_untouched(prefect_server, inbox, tmp_path):
    good_files(inbox)
    db = tmp_path / "notes.db"
    db.write_text("minutes of the meeting, not a database\n" * 100)
    before = db.read_bytes()
    run = ita_ingest(prefect_server, inbox, db)
    assert run.returncode == 2 and "not an SQLite database" in run.output and "Traceback" not in run.output
    assert db.read_bytes() == before


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MiB tmpfs folder (root only; skipped where mounting is not allowed)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({result.stderr.strip()})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_stops_the_run_with_a_message_and_keeps_what_was_loaded(prefect_server, inbox, tmp_path,
                                                                         small_disk):
    db = small_disk / "ita.db"
    good = good_files(inbox)
    first = ita_ingest(prefect_server, inbox, db)
    assert first.returncode == 0, first.output
    for i in range(40):  # distinct contents, far more text than the disk has room for
        src = PDF[i % len(PDF)]
        (inbox / f"more{i:02d}.pdf").write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 400_000))
    run = ita_ingest(prefect_server, inbox, db)
    assert run.returncode == 2, run.output
    assert "disk holding the database" in run.output and "is full" in run.output and "Traceback" not in run.output
    filler.unlink()
    assert_consistent(db)
    assert all(status_of(db)[name] == ("loaded", None) for name in good)


def test_a_read_only_database_stops_with_a_message_and_loses_nothing(prefect_server, inbox, tmp_path, small_disk):
    db = small_disk / "ita.db"
    good = good_files(inbox)
    assert ita_ingest(prefect_server, inbox, db).returncode == 0
    shutil.copy2(DOCX[2], inbox / DOCX[2].name)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        run = ita_ingest(prefect_server, inbox, db)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert run.returncode == 2 and "read-only" in run.output and "Traceback" not in run.output, run.output
    assert_consistent(db)
    assert sorted(n for n, (s, _) in status_of(db).items() if s == "loaded") == sorted(good)


# ------------------------------------------------------------------ network

def listening_addresses(root_pid: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of TCP sockets a process tree listens on."""
    pids, todo = set(), [root_pid]
    while todo:
        pid = todo.pop()
        pids.add(pid)
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                pass
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                addresses.add(fields[1].rsplit(":", 1)[0])
    return addresses


LOOPBACK_HEX = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1, ::1


def test_everything_a_run_starts_listens_on_loopback_only(inbox, tmp_path, monkeypatch):
    from flows.ingest import run_ingest

    monkeypatch.delenv("PREFECT_API_URL", raising=False)  # Prefect's temporary server, started by this process
    good_files(inbox)
    seen: set[str] = set()
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            seen.update(listening_addresses(os.getpid()))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        summary = run_ingest([inbox], tmp_path / "ita.db", workers=1)
    finally:
        stop.set()
        sampler.join()
    assert summary.loaded == 2
    assert seen and seen <= LOOPBACK_HEX, seen
