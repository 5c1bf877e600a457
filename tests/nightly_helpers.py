"""Helpers for tests/test_nightly.py: a real Prefect server, test corpora,
database consistency checks, a parse function that crashes its process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, sample_files

SERVER_START_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PrefectServer:
    """`prefect server start` on loopback with its own PREFECT_HOME, in its own process group."""

    home: Path
    port: int
    process: subprocess.Popen
    log: Path

    @classmethod
    def launch(cls, home: Path) -> "PrefectServer":
        home.mkdir(parents=True, exist_ok=True)
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
        env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false",
                   PREFECT_LOGGING_LEVEL="WARNING")
        log = home / "server.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True, cwd=home,
        )
        return cls(home, port, process, log)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_until_healthy(self, timeout: float = SERVER_START_TIMEOUT) -> float:
        """Seconds waited for /api/health to answer."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"prefect server exited ({self.process.returncode}):\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"prefect server not healthy after {timeout} s:\n{self.log.read_text()[-3000:]}")

    def client_env(self, **extra: str) -> dict[str, str]:
        """Environment for an `ita` subprocess that records its runs on this server."""
        env = dict(os.environ, PREFECT_API_URL=self.url, PREFECT_HOME=str(self.home / "client"),
                   PREFECT_LOGGING_LEVEL="WARNING", PYTHONPATH=str(REPO))
        env.update(extra)
        return env

    def stop(self) -> None:
        stop_process_group(self.process)


# Fixtures for the modules that run `ita` against a real Prefect server
# (test_nightly.py, test_hostile.py import them by name).

@pytest.fixture(scope="module", autouse=True)
def _boot_prefect_server(tmp_path_factory):
    """Start `prefect server start` when the importing module starts; stopped (whole group) when it ends."""
    server = PrefectServer.launch(tmp_path_factory.mktemp("prefect-home"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def prefect_server(_boot_prefect_server) -> PrefectServer:
    _boot_prefect_server.wait_until_healthy()
    return _boot_prefect_server


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def stop_process_group(process: subprocess.Popen, grace: float = 15.0) -> None:
    """SIGTERM the process group, SIGKILL it if still there after `grace` seconds."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        except ProcessLookupError:
            pass
    try:  # leftovers of the group (children that ignored SIGTERM)
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def group_is_gone(pgid: int, timeout: float = 5.0) -> bool:
    """Whether every process of the group has ended (within `timeout`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def distinct_copy(src: Path, dst: Path, tag: str) -> Path:
    """A copy of a sample with bytes appended: same text, different sha256 (PDF and DOCX readers ignore them)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    with dst.open("ab") as fh:
        fh.write(f"\n%ita-test-copy {tag}\n".encode())
    return dst


def make_corpus(folder: Path, copies_per_sample: int) -> list[Path]:
    """Distinct copies of every sample, named `<sample stem>__<n><suffix>`."""
    return [
        distinct_copy(src, folder / f"{src.stem}__{n}{src.suffix}", f"{src.name}/{n}")
        for n in range(copies_per_sample) for src in sample_files()
    ]


def sample_of(file_name: str) -> str:
    """The sample file a corpus copy was made from."""
    stem, _, rest = file_name.partition("__")
    return stem + Path(rest).suffix if rest else file_name


CHILD_TABLES = ("pages", "doc_tables", "scores", "measures", "people", "findings")


def rows_per_document(db: Path, status: str = "loaded") -> dict[str, tuple[int, ...]]:
    """file_name -> row counts in CHILD_TABLES (and owners) for documents with `status`."""
    with sqlite3.connect(db) as conn:
        out = {}
        for document_id, name in conn.execute("SELECT document_id, file_name FROM documents WHERE status = ?",
                                              (status,)):
            counts = tuple(conn.execute(f"SELECT count(*) FROM {t} WHERE document_id = ?", (document_id,))
                           .fetchone()[0] for t in CHILD_TABLES)
            owners = conn.execute("SELECT count(*) FROM owners JOIN measures USING (measure_id) "
                                  "WHERE measures.document_id = ?", (document_id,)).fetchone()[0]
            out[name] = (*counts, owners)
        return out


def consistency_problems(db: Path) -> list[str]:
    """Everything wrong with the database a crash could have caused (empty list: consistent)."""
    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:5]}")
        if fk := conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign keys: {fk[:5]}")
        for name, fmt, page_count, pages in conn.execute(
            "SELECT d.file_name, d.format, d.page_count, (SELECT count(*) FROM pages p WHERE p.document_id = "
            "d.document_id) FROM documents d WHERE d.status = 'loaded'"
        ):
            if pages == 0:
                problems.append(f"{name}: loaded without pages")
            if fmt == "pdf" and pages != page_count:
                problems.append(f"{name}: {pages} pages stored, page_count {page_count}")
        for table in CHILD_TABLES:
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE document_id NOT IN "
                "(SELECT document_id FROM documents WHERE status = 'loaded')"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{table}: {orphans} rows of documents not loaded")
        for sql, what in (
            ("SELECT count(*) FROM owners WHERE measure_id NOT IN (SELECT measure_id FROM measures)", "owners"),
            ("SELECT (SELECT count(*) FROM pages_fts) - (SELECT count(*) FROM pages)", "pages_fts vs pages"),
            ("SELECT count(*) FROM pages WHERE page_id NOT IN (SELECT rowid FROM pages_fts)", "pages without fts"),
            ("SELECT (SELECT count(*) FROM measures_fts) - (SELECT count(*) FROM measures)", "measures_fts"),
            ("SELECT count(*) FROM (SELECT document_id, page_no FROM pages GROUP BY 1, 2 HAVING count(*) > 1)",
             "duplicate pages"),
        ):
            if n := conn.execute(sql).fetchone()[0]:
                problems.append(f"{what}: {n}")
    finally:
        conn.close()
    return problems


def crash_on_marked_files(path: str):
    """A parse function for pool tests: a file whose name contains CRASH kills its process."""
    from flows.pool import parse_or_failure

    if "CRASH" in Path(path).name:
        os._exit(70)
    return parse_or_failure(path)
