"""The desk's `ita` subcommands, registered by flows/cli.py through add_desk_commands().

    ita browse [--db ita.db] [--port 8001] [--host 127.0.0.1]
    ita export (--xlsx OUT.xlsx | --csv DIR) [--db ita.db] [--fiscal-year N] [--province P]
    ita report [--db ita.db] [--fiscal-year N] [--province P] -o report.html|report.pdf
    ita units import FILE.csv|FILE.xlsx [--db ita.db] [--province P]
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_desk_commands(sub: argparse._SubParsersAction) -> None:
    """Add browse, export, report and units to `ita`'s subcommands; each sets `func`."""
    browse = sub.add_parser("browse", help="browse and search the database in a web browser (Datasette, read-only)")
    browse.add_argument("--db", default="ita.db", help="SQLite database file (default: ita.db)")
    browse.add_argument("--port", type=int, default=8001, help="port (default: 8001)")
    browse.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    browse.add_argument("--page-cache", default=None, help="folder for rendered page images (default: ~/.cache/ita-pipeline/pages)")
    browse.set_defaults(func=cmd_browse, verbose=False)

    export = sub.add_parser("export", help="export to one Excel workbook or CSV files (Thai headers)")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", metavar="OUT.xlsx", help="write one workbook")
    target.add_argument("--csv", metavar="DIR", help="write one CSV file per sheet (UTF-8 with BOM)")
    _add_filters(export)
    export.set_defaults(func=cmd_export, verbose=False)

    report = sub.add_parser("report", help="province summary in Thai, as HTML or PDF")
    report.add_argument("-o", "--output", required=True, metavar="report.html|report.pdf", help="output file")
    _add_filters(report)
    report.set_defaults(func=cmd_report, verbose=False)

    units = sub.add_parser("units", help="the list of units the centre oversees")
    units_sub = units.add_subparsers(dest="units_command", required=True)
    units_import = units_sub.add_parser("import", help="load the units list from CSV or Excel")
    units_import.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    units_import.add_argument("--db", default="ita.db", help="SQLite database file (default: ita.db)")
    units_import.add_argument("--province", default=None, help="province of every unit when the list has no province column")
    units_import.set_defaults(func=cmd_units_import, verbose=False)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="ita.db", help="SQLite database file (default: ita.db)")
    parser.add_argument("--fiscal-year", type=int, default=None, help="fiscal year, BE (e.g. 2568)")
    parser.add_argument("--province", default=None, help="province, in Thai (e.g. มหาสารคาม)")


def _fail(command: str, exc: Exception) -> int:
    print(f"ita {command}: {exc}", file=sys.stderr)
    return EXIT_USAGE


def cmd_browse(args: argparse.Namespace) -> int:
    from desk.browse import serve
    from desk.common import DeskError

    try:
        serve(args.db, host=args.host, port=args.port, page_cache=args.page_cache)
    except DeskError as exc:
        return _fail("browse", exc)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desk.common import DeskError
    from desk.export import export_csv, export_xlsx

    try:
        if args.xlsx:
            counts = export_xlsx(args.db, args.xlsx, fiscal_year=args.fiscal_year, province=args.province)
            where = args.xlsx
        else:
            counts = export_csv(args.db, args.csv, fiscal_year=args.fiscal_year, province=args.province)
            where = args.csv
    except DeskError as exc:
        return _fail("export", exc)
    print(f"ita export: {where}: " + ", ".join(f"{sheet} {n}" for sheet, n in counts.items()))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from desk.common import DeskError
    from desk.report import write_report

    try:
        out = write_report(args.db, args.output, fiscal_year=args.fiscal_year, province=args.province)
    except DeskError as exc:
        return _fail("report", exc)
    print(f"ita report: {out}")
    return EXIT_OK


def cmd_units_import(args: argparse.Namespace) -> int:
    from desk.common import DeskError
    from desk.units_import import import_units

    try:
        result = import_units(args.db, args.file, province=args.province)
    except DeskError as exc:
        return _fail("units import", exc)
    print(f"ita units import: {args.file}: เพิ่ม {result.added} แก้ไข {result.updated} หน่วยงาน; "
          f"{result.matched} หน่วยงานตรงกับผู้ที่ส่งรายงานแล้ว "
          f"({result.added} added, {result.updated} updated, {result.matched} match units that sent reports)")
    return EXIT_OK
