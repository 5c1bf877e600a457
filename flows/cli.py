"""`ita`: the command line clerks and administrators use.

    ita ingest PATH... [--db ita.db]                     load reports into the database
    ita serve --inbox DIR --db FILE [--cron "0 2 * * *"]   nightly ingestion (needs a Prefect server)

Both take --dask-address tcp://HOST:PORT to parse on an existing Dask cluster
(needs PREFECT_API_URL; README, Scaling out).
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
    ingest.add_argument("--batch-size", type=int, default=None,
                        help="files per Prefect task (default: 4; 16 with --dask-address)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                        help="parse on this existing Dask cluster (prefect-dask) instead of local processes")
    ingest.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    serve = sub.add_parser("serve", help="deploy nightly ingestion of an inbox folder on a Prefect server")
    serve.add_argument("--inbox", required=True, help="folder where submitted reports land")
    serve.add_argument("--db", required=True, help="SQLite database file")
    serve.add_argument("--cron", default="0 2 * * *", help='schedule, cron syntax (default: "0 2 * * *")')
    serve.add_argument("--timezone", default="Asia/Bangkok", help="time zone of the schedule (default: Asia/Bangkok)")
    serve.add_argument("--name", default="ita-nightly", help="deployment name (default: ita-nightly)")
    serve.add_argument("--workers", type=int, default=None, help="parsing processes (default: CPU cores)")
    serve.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                       help="parse on this existing Dask cluster (prefect-dask) instead of local processes")
    serve.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    from desk.cli import add_desk_commands  # browse, export, report, units (issue 10)

    add_desk_commands(sub)
    return parser


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
    from rich.console import Console

    from flows.ingest import run_ingest
    from flows.report import render_summary
    from flows.scaleout import DaskSetupError

    console = Console(stderr=False)
    show_progress = not args.no_progress and sys.stderr.isatty()
    try:
        summary = run_ingest(args.paths, args.db, workers=args.workers, batch_size=args.batch_size,
                             show_progress=show_progress, dask_address=args.dask_address)
    except DaskSetupError as exc:
        print(f"ita ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.print("[red]interrupted[/]: documents already stored are complete; run again to finish the rest")
        return EXIT_FAILED
    render_summary(console, summary, Path(args.db))
    return EXIT_OK if summary.ok else EXIT_FAILED


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
