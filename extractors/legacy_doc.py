"""Legacy Word 97-2003 (.doc) to .docx through LibreOffice, headless.

python-docx reads only .docx; LibreOffice converts .doc (including Thai in
code page 874) cleanly. Each conversion gets its own LibreOffice profile
directory, so conversions running in parallel (several workers, several
files) do not fight over one user profile, and its own output directory.
A conversion that hangs is stopped with its whole process group (soffice
starts a child oosplash/soffice.bin pair).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from extractors.errors import ExtractionError, OverLimit
from extractors.helpers import run_killing_group_on_timeout
from extractors.limits import helper_timeout

CONVERSION_TIMEOUT_SECONDS = 120

INSTALL_HINT = (
    "legacy Word .doc needs LibreOffice: apt-get install libreoffice-writer-nogui, "
    "or ask the unit for .docx/.pdf"
)


def soffice_executable() -> str:
    """Path of LibreOffice's soffice (or libreoffice); ExtractionError if absent."""
    for name in ("soffice", "libreoffice"):
        exe = shutil.which(name)
        if exe:
            return exe
    raise ExtractionError(f"This file is a {INSTALL_HINT}.")


def conversion_command(soffice: str, source: Path, out_dir: Path, profile_dir: Path) -> list[str]:
    """The soffice command line converting `source` to .docx in `out_dir`."""
    return [
        soffice,
        f"-env:UserInstallation={profile_dir.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(out_dir),
        str(source),
    ]


def _run_killing_group_on_timeout(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return run_killing_group_on_timeout(command, timeout, env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
                                        text=True)


def convert_doc_to_docx(
    path: Path,
    out_dir: Path | None = None,
    *,
    timeout: float = CONVERSION_TIMEOUT_SECONDS,
) -> Path:
    """Convert a legacy .doc to .docx and return the .docx path.

    The .docx is written to `out_dir` (a fresh temporary directory when not
    given; the caller owns it and may delete it after reading). Raises
    ExtractionError, with a message a clerk or an admin can act on, when
    LibreOffice is missing, times out, or produces no file.
    """
    source = Path(path)
    if not source.is_file():
        raise ExtractionError(f"The Word file {source.name} was not found.")
    soffice = soffice_executable()
    own_dir = out_dir is None
    target_dir = Path(tempfile.mkdtemp(prefix="ita-doc-")) if own_dir else Path(out_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    try:
        return _convert_into(soffice, source, target_dir, helper_timeout(timeout))
    except BaseException:
        if own_dir:  # a failed conversion leaves no temporary folder behind
            shutil.rmtree(target_dir, ignore_errors=True)
        raise


def _convert_into(soffice: str, source: Path, target_dir: Path, timeout: float) -> Path:
    with tempfile.TemporaryDirectory(prefix="ita-lo-profile-") as profile:
        command = conversion_command(soffice, source, target_dir, Path(profile))
        try:
            result = _run_killing_group_on_timeout(command, timeout)
        except subprocess.TimeoutExpired as exc:
            raise OverLimit(
                f"LibreOffice did not finish converting the legacy Word file {source.name} "
                f"within {timeout:.0f} s; ask the unit for .docx or .pdf."
            ) from exc
        except OSError as exc:
            raise ExtractionError(f"This file is a {INSTALL_HINT} ({exc}).") from exc
    converted = target_dir / f"{source.stem}.docx"
    if result.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()[-2:]
        raise ExtractionError(
            f"LibreOffice could not convert the legacy Word file {source.name}"
            + (f" ({' / '.join(detail)})" if detail else "")
            + "; it may be damaged or not a Word file. Ask the unit for .docx or .pdf."
        )
    return converted
