"""Headless Chromium (Debian's `chromium`): print HTML to PDF, take screenshots, read the DOM.

Each run gets a new empty profile and no background networking, so it
neither reads nor leaves state and talks to nothing but the page it opens.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from desk.common import DeskError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


def find_chromium() -> str:
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    raise DeskError("ไม่พบ Chromium สำหรับทำ PDF (chromium not found): install the Debian package chromium, "
                    "or write .html and print it from a browser")


def chromium(args: list[str], timeout: float = 180) -> str:
    """Run headless Chromium with a new empty profile; its stdout. DeskError with its output on failure."""
    with tempfile.TemporaryDirectory(prefix="ita-chromium-") as profile:
        cmd = [find_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise DeskError(f"Chromium ไม่ตอบภายใน {timeout:.0f} วินาที (timed out)")
    if done.returncode != 0:
        raise DeskError(f"Chromium ล้มเหลว (failed, exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def html_to_pdf(html_file: Path, pdf_file: Path) -> Path:
    pdf_file.unlink(missing_ok=True)
    chromium(["--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={pdf_file}",
              html_file.resolve().as_uri()])
    if not pdf_file.is_file() or pdf_file.stat().st_size == 0:
        raise DeskError(f"Chromium ไม่ได้เขียน {pdf_file} (no PDF written)")
    return pdf_file


def screenshot(url: str, out: Path, width: int = 1280, height: int = 1400, scale: float = 1.5) -> Path:
    """A PNG of `url` as a {width}x{height} window at device scale `scale`."""
    out = Path(out)
    out.unlink(missing_ok=True)
    chromium([f"--window-size={width},{height}", f"--force-device-scale-factor={scale}",
              "--hide-scrollbars", f"--screenshot={out}", url])
    if not out.is_file():
        raise DeskError(f"Chromium ไม่ได้เขียน {out} (no screenshot written)")
    return out


def dump_dom(url: str) -> str:
    """The page's DOM (HTML) after it loaded, as Chromium serialises it."""
    return chromium(["--dump-dom", url])
