"""`ita`: the command line clerks and administrators use.

    ita ingest PATH... [--db ita.db]    load reports into the database
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description="ITA report pipeline: Thai PDF/Word reports to SQLite.")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="load PDF and Word reports (files or folders, recursively)")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    ingest.add_argument("--db", default="ita.db", help="SQLite database file (default: ita.db)")
    ingest.add_argument("--workers", type=int, default=None, help="parsing processes (default: CPU cores)")
    ingest.add_argument("--batch-size", type=int, default=4, help="files per Prefect task (default: 4)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_LEVEL", "WARNING")
    if args.command == "ingest":
        return cmd_ingest(args)
    return EXIT_USAGE


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console

    from flows.ingest import run_ingest
    from flows.report import render_summary

    console = Console(stderr=False)
    show_progress = not args.no_progress and sys.stderr.isatty()
    try:
        summary = run_ingest(args.paths, args.db, workers=args.workers, batch_size=args.batch_size,
                             show_progress=show_progress)
    except KeyboardInterrupt:
        console.print("[red]interrupted[/]: documents already stored are complete; run again to finish the rest")
        return EXIT_FAILED
    render_summary(console, summary, Path(args.db))
    return EXIT_OK if summary.ok else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
