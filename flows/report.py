"""The summary a user sees at the end of an ingest."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flows.ingest import IngestSummary
from flows.startup import describe_kinds, skipped_by_kind

TABLE_ORDER = ("documents", "units", "pages", "doc_tables", "scores", "measures", "owners", "people", "findings")


def render_summary(console: Console, summary: IngestSummary, db: Path, *, verbose: bool = False) -> None:
    """The end-of-run tables; skipped file names only with `verbose` (they are rarely news)."""
    files = Table(title=f"ita ingest → {db}", show_header=True)
    for col in ("seen", "loaded", "unchanged", "duplicate", "failed", "skipped", "time"):
        files.add_column(col, justify="right")
    files.add_row(
        str(summary.seen), str(summary.loaded), str(summary.unchanged), str(summary.duplicate),
        str(summary.failed), str(len(summary.skipped)), f"{summary.seconds:.1f} s",
    )
    if summary.replaced:
        files.caption = f"{summary.replaced} loaded file(s) replaced an older version at the same path"
    console.print(files)

    rows = Table(show_header=True)
    rows.add_column("table")
    rows.add_column("rows added", justify="right")
    for name in TABLE_ORDER:
        rows.add_row(name, str(summary.rows_added.get(name, 0)))
    console.print(rows)

    if summary.removed:
        console.print(f"gone from the inbox since the last run (their data is kept): {len(summary.removed)}")
        for path in summary.removed[:20]:
            console.print(f"  {path}", soft_wrap=True)
    for path in summary.missing:
        console.print(f"[red]not found[/]: {path}")
    if summary.skipped:
        kinds = skipped_by_kind([Path(p) for p in summary.skipped])
        console.print(f"skipped, not .pdf/.docx/.doc: {describe_kinds(kinds)}" + ("" if verbose else "; -v lists them"))
        if verbose:
            for path in summary.skipped:
                console.print(f"  {escape(path)}", soft_wrap=True)
    if summary.rows_added.get("same_report"):
        console.print(f"{summary.rows_added['same_report']} file(s) hold the same report as another file "
                      "(e.g. its .docx and its PDF): linked in documents.same_report_as, facts counted once")
    render_not_read(console, "not read this run", summary.refused)
    render_not_read(console, "set aside (parked)", summary.parked)
    if summary.failures:
        console.print(f"[red]failed[/]: {len(summary.failures)} file(s)")
        for path, reason in summary.failures:  # reasons may hold [brackets]: not rich markup
            console.print(f"  {escape(path)}\n    → {escape(reason)}", soft_wrap=True)


def render_not_read(console: Console, title: str, files: list[tuple[str, str]], shown: int = 20) -> None:
    """Files with the reason they were not read (refused by the inbox walk, parked)."""
    if not files:
        return
    console.print(f"[yellow]{title}[/]: {len(files)} file(s)")
    for path, reason in files[:shown]:
        console.print(f"  {escape(path)}\n    → {escape(reason)}", soft_wrap=True)
    if len(files) > shown:
        console.print(f"  ... and {len(files) - shown} more")
