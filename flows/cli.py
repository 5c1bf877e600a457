"""`ita`: the command line clerks and administrators use.

    ita ingest PATH... [--db ita.db]                     load reports into the database
    ita serve --inbox DIR --db FILE [--cron "0 2 * * *"]   nightly ingestion (needs a Prefect server)

Both take --dask-address tcp://HOST:PORT to parse on an existing Dask cluster
(needs PREFECT_API_URL; README, Scaling out).
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sqlite3
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description="ITA report pipeline: Thai PDF/Word reports to SQLite.")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="load PDF and Word reports (files or folders, recursively)")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    ingest.add_argument("--db", default="ita.db", help="SQLite database file (default: ita.db)")
    ingest.add_argument("--workers", type=positive_int, default=None, help="parsing processes (default: CPU cores)")
    ingest.add_argument("--batch-size", type=positive_int, default=None,
                        help="files per Prefect task (default: 4; 16 with --dask-address)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                        help="parse on this existing Dask cluster (prefect-dask) instead of local processes")
    ingest.add_argument("-v", "--verbose", action="store_true",
                        help="list every skipped file, and show Prefect's logs")
    ingest.add_argument("--retry-parked", action="store_true",
                        help="try again files set aside after repeatedly going over a limit")
    add_limit_arguments(ingest)

    serve = sub.add_parser("serve", help="deploy nightly ingestion of an inbox folder on a Prefect server")
    serve.add_argument("--inbox", required=True, help="folder where submitted reports land")
    serve.add_argument("--db", required=True, help="SQLite database file")
    serve.add_argument("--cron", default="0 2 * * *", help='schedule, cron syntax (default: "0 2 * * *")')
    serve.add_argument("--timezone", default="Asia/Bangkok", help="time zone of the schedule (default: Asia/Bangkok)")
    serve.add_argument("--name", default="ita-nightly", help="deployment name (default: ita-nightly)")
    serve.add_argument("--workers", type=positive_int, default=None, help="parsing processes (default: CPU cores)")
    serve.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                       help="parse on this existing Dask cluster (prefect-dask) instead of local processes")
    serve.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    from desk.cli import add_desk_commands  # browse, export, report, units (issue 10)

    add_desk_commands(sub)
    return parser


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """Per-file limits (README, Limits); each defaults to its ITA_LIMIT_* variable, then built-in."""
    group = parser.add_argument_group("per-file limits (default: ITA_LIMIT_* variables, then built-in)")
    group.add_argument("--limit-seconds", type=float, default=None, metavar="S",
                       help="wall time to read one file (default 120), plus --limit-seconds-per-ocr-page")
    group.add_argument("--limit-seconds-per-ocr-page", type=float, default=None, metavar="S",
                       help="extra time per page read by OCR (default 20)")
    group.add_argument("--limit-memory-mb", type=int, default=None, metavar="MB",
                       help="memory of one parsing process (default 1536)")
    group.add_argument("--limit-pages", type=int, default=None, metavar="N", help="pages of one PDF (default 1000)")
    group.add_argument("--limit-attempts", type=int, default=None, metavar="N",
                       help="runs a file over a limit is tried before it is set aside (default 3)")


def limits_of(args: argparse.Namespace):
    """The per-file limits: ITA_LIMIT_* variables, overridden by the command line."""
    from extractors.limits import Limits

    return Limits.from_env().with_overrides(
        seconds=args.limit_seconds, seconds_per_ocr_page=args.limit_seconds_per_ocr_page,
        memory_mb=args.limit_memory_mb, pages=args.limit_pages, attempts=args.limit_attempts,
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_LEVEL", "WARNING")
    if getattr(args, "func", None):
        return args.func(args)
    if args.command == "ingest":
        return cmd_ingest(args)
    if args.command == "serve":
        return cmd_serve(args)
    return EXIT_USAGE


def cmd_ingest(args: argparse.Namespace) -> int:
    """Check the paths, say what was found, then run the flow (Prefect starting meanwhile)."""
    from rich.console import Console

    from flows.discover import discover_files
    from flows.startup import BackgroundStart, database_knows_files_under, preview

    console = Console(stderr=False, soft_wrap=True)
    paths = [Path(p).expanduser() for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    if missing:  # before anything starts or any file is created
        for path in missing:
            print(f"ita ingest: not found: {path} (check the path; nothing was read or written)", file=sys.stderr)
        return EXIT_USAGE
    db = Path(args.db).expanduser()
    try:
        limits = limits_of(args)
    except ValueError as exc:
        print(f"ita ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problem = database_problem(db)
    if problem:
        print(f"ita ingest: {problem}", file=sys.stderr)
        return EXIT_USAGE
    discovery = discover_files(paths)
    seen = preview(discovery, db)
    if not discovery.files and not discovery.refused and not database_knows_files_under(db, [p.resolve() for p in paths]):
        console.print(f"no reports found (.pdf, .docx, .doc) in {', '.join(map(str, paths))}"
                      + _skipped_note(seen.skipped_by_kind) + ": nothing to do")
        return EXIT_OK
    server = BackgroundStart() if args.dask_address is None else None
    console.print(f"ita ingest: {seen.reports} report file(s), {seen.to_read} new or changed"
                  + _skipped_note(seen.skipped_by_kind))

    from flows.ingest import run_ingest
    from flows.pool import start_fork_server
    from flows.report import render_summary
    from flows.scaleout import DaskSetupError

    show_progress = not args.no_progress and sys.stderr.isatty()
    quiet_prefect_about_database_faults()
    try:
        if args.dask_address is None:
            start_fork_server()  # parsing processes warm up while Prefect starts
        if server is not None:
            _wait_for_prefect(server, console)
        summary = run_ingest(paths, db, workers=args.workers, batch_size=args.batch_size,
                             show_progress=show_progress, dask_address=args.dask_address, limits=limits,
                             retry_parked=args.retry_parked)
    except DaskSetupError as exc:
        print(f"ita ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (sqlite3.Error, OSError) as exc:
        message = database_fault_message(db, exc)
        if message is None:
            raise
        print(f"ita ingest: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.print("[red]interrupted[/]: documents already stored are complete; run again to finish the rest")
        return EXIT_FAILED
    render_summary(console, summary, db, verbose=args.verbose)
    return EXIT_OK if summary.ok else EXIT_FAILED


def _skipped_note(by_kind: dict[str, int]) -> str:
    from flows.startup import describe_kinds

    return f"; other files skipped: {describe_kinds(by_kind)}" if by_kind else ""


def _wait_for_prefect(server, console) -> None:
    """Wait for the background start of Prefect's temporary server, saying so on a terminal."""
    server.wait(timeout=0.5)
    if server.done():
        return
    with console.status("starting Prefect's temporary server (10-40 s; an always-on `prefect server` "
                        "skips this wait: see README, Nightly ingestion)"):
        server.wait()


# ------------------------------------------------------------ database faults

def database_problem(db: Path) -> str | None:
    """Why `db` cannot be written, found before anything starts; None when it can (or does not exist yet)."""
    if db.is_dir():
        return f"{db} is a folder, not a database file: give the database file with --db"
    if not db.exists():
        folder = db.parent if db.parent.exists() else None
        if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
            return f"cannot create the database {db}: the folder {folder} is read-only for this user"
        return None
    with db.open("rb") as fh:
        head = fh.read(16)
    if head and head != b"SQLite format 3\x00":
        return (f"{db} is not an SQLite database (it is some other file): nothing was changed; "
                "give the ita database with --db, or a new file name to start one")
    if not os.access(db, os.R_OK | os.W_OK):
        return (f"the database {db} is read-only for this user: nothing was changed; ask the administrator to "
                "give write access to the file and its folder, then run again")
    if not os.access(db.parent, os.W_OK | os.X_OK):
        return (f"the folder of the database {db} is read-only (SQLite needs to write its journal next to it): "
                "nothing was changed; ask the administrator for write access to the folder, then run again")
    return None


class _DatabaseFaultFilter(logging.Filter):
    """Drops Prefect's own report (a traceback) of a database fault: cmd_ingest says what to do instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, sqlite3.Error):
            return False
        return not any(name in record.getMessage() for name in ("OperationalError", "DatabaseError"))


def quiet_prefect_about_database_faults() -> None:
    logging.getLogger("prefect.flow_runs").addFilter(_DatabaseFaultFilter())


def database_fault_message(db: Path, exc: BaseException) -> str | None:
    """What to tell the user about a database error during a run (None: not a database fault)."""
    text = str(exc).lower()
    kept = "documents stored before it are complete and kept; "
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text:
        return (f"the disk holding the database {db} is full: the run stopped; {kept}"
                "free some space (or move the database to a larger disk) and run again")
    if "readonly" in text or "read-only" in text or (isinstance(exc, OSError) and exc.errno == errno.EROFS):
        return (f"the database {db} cannot be written (read-only): the run stopped; {kept}"
                "ask the administrator for write access, then run again")
    if "not a database" in text or "malformed" in text:
        return (f"{db} is not a valid SQLite database (damaged, or another file): the run stopped; {kept}"
                "restore it from a backup or give another --db")
    if isinstance(exc, sqlite3.Error):
        return (f"the database {db} failed ({exc}): the run stopped; {kept}check the disk and run again")
    return None


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import ServeError, serve_nightly

    try:
        serve_nightly(args.inbox, args.db, cron=args.cron, timezone=args.timezone, name=args.name,
                      workers=args.workers, dask_address=args.dask_address)
    except ServeError as exc:
        print(f"ita serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
