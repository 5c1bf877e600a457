"""A progress bar for long ingests (files done / files seen)."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


class ProgressReporter:
    """Advances a rich progress bar per settled file; silent when disabled."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._progress: Progress | None = None
        self._task = None
        if enabled and total:
            self._progress = Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("eta"),
                TimeRemainingColumn(),
                TextColumn("{task.description}", justify="left"),
                console=Console(file=sys.stderr),
                transient=False,
            )
            self._task = self._progress.add_task("", total=total)

    def __enter__(self) -> "ProgressReporter":
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()

    def advance(self, file_name: str, status: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"{status}: {file_name}")


class HeldProgress:
    """A ProgressReporter's advances held back until `release`: a parse batch's documents
    are stored in one transaction, and a file is shown "loaded" only once it is committed
    (a disk error rolls the whole batch back, and its files are read again next run)."""

    def __init__(self, progress: ProgressReporter) -> None:
        self._progress = progress
        self._held: list[tuple[str, str]] = []

    def advance(self, file_name: str, status: str) -> None:
        self._held.append((file_name, status))

    def release(self) -> None:
        """Show every held advance, in order."""
        for file_name, status in self._held:
            self._progress.advance(file_name, status)
        self._held.clear()
