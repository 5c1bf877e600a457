"""What one file may cost to read: time, memory, output size, retries.

A hostile or broken upload must cost one failed row with a reason, never the
night. The parse workers (flows/pool.py) enforce the wall time and memory
from outside; the readers enforce page and output caps and size their own
subprocess timeouts (LibreOffice, Tesseract) from the time the file has
left, so a hung helper is stopped cleanly before the worker is killed.

Every limit can be changed by an environment variable (README, "Limits"),
or for `ita ingest` / `ita serve` by a command-line flag.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, fields, replace
from typing import Callable, Mapping

ENV_PREFIX = "ITA_LIMIT_"


@dataclass(frozen=True)
class Limits:
    """Per-file limits. Defaults fit the largest real ITA reports with room to spare."""

    # Wall time of any file (opening, text, tables, records), and more per
    # page sent to OCR: ~10x what a file costs on a busy 2-core machine
    # (native PDF 25-60 ms a page, .doc 1.5 s, OCR 1.7 s a page), so that
    # a night with every core oversubscribed does not stop normal reports.
    seconds: float = 120.0
    seconds_per_ocr_page: float = 20.0
    memory_mb: int = 1536  # address space of one parsing process (and each helper it starts)
    pages: int = 1000  # a PDF with more pages is refused before it is read
    chars: int = 5_000_000  # characters of text one file may produce
    table_cells: int = 500_000  # table cells one file may produce
    attempts: int = 3  # a file over a limit is tried this many runs, then parked

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "Limits":
        """Defaults overridden by ITA_LIMIT_SECONDS, ITA_LIMIT_MEMORY_MB, ... (ValueError names a bad one)."""
        changes: dict[str, float | int] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is None or not raw.strip():
                continue
            kind = float if f.type in ("float", float) else int
            try:
                value = kind(raw)
            except ValueError:
                raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a number") from None
            if value <= 0:
                raise ValueError(f"{ENV_PREFIX}{f.name.upper()} must be greater than 0 (got {raw})")
            changes[f.name] = value
        return replace(cls(), **changes)

    def with_overrides(self, **overrides: float | int | None) -> "Limits":
        """These limits with the given non-None values replacing them (command-line flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


# ------------------------------------------------ the file being read now

@dataclass
class FileBudget:
    """The time the file being read in this process has left; more is granted per OCR page."""

    limits: Limits
    deadline: float  # time.monotonic()
    on_extend: Callable[[float], None] | None = None  # tells the watching parent

    def seconds_left(self) -> float:
        return self.deadline - time.monotonic()

    def grant_ocr_pages(self, n_pages: int) -> None:
        extra = n_pages * self.limits.seconds_per_ocr_page
        self.deadline += extra
        if self.on_extend is not None:
            self.on_extend(extra)


_current: FileBudget | None = None
_current_lock = threading.Lock()
# A helper process is stopped this long before the worker itself would be
# killed, so its own clean-up (killing its process group) runs first.
HELPER_MARGIN_SECONDS = 2.0


def start_file(limits: Limits, on_extend: Callable[[float], None] | None = None) -> FileBudget:
    """Start the clock for a new file in this process."""
    global _current
    budget = FileBudget(limits, time.monotonic() + limits.seconds, on_extend)
    with _current_lock:
        _current = budget
    return budget


def end_file() -> None:
    """No file is being read in this process any more (helpers get their own timeouts again)."""
    global _current
    with _current_lock:
        _current = None


def current_limits() -> Limits:
    """The limits of the file being read (defaults from the environment outside a parse worker)."""
    budget = _current
    return budget.limits if budget is not None else Limits.from_env()


def grant_ocr_pages(n_pages: int) -> None:
    """More time for the file being read: it has n pages to OCR (no-op outside a parse worker)."""
    budget = _current
    if budget is not None and n_pages > 0:
        budget.grant_ocr_pages(n_pages)


def helper_timeout(own_timeout: float) -> float:
    """A subprocess timeout: its own, or less when the file has less time left (at least 1 s)."""
    budget = _current
    if budget is None:
        return own_timeout
    return max(1.0, min(own_timeout, budget.seconds_left() - HELPER_MARGIN_SECONDS))


SET_ASIDE = "it is tried again on the next runs, then set aside"


def over_time_message(seconds: float) -> str:
    """The clerk-facing reason for a file stopped at its time limit."""
    return (f"took longer than {seconds:.0f} s to read and was stopped: {SET_ASIDE}; if it is a normal "
            "report, ask the ita-pipeline administrator to raise ITA_LIMIT_SECONDS")


def over_output_message(what: str, found: int, limit: int, variable: str) -> str:
    """The clerk-facing reason for a file whose text or tables exceed an output cap."""
    return (f"produced {found:,} {what}, more than the {limit:,} one report may have: it is not read; "
            f"if it is a normal report, ask the ita-pipeline administrator to raise {variable}")
