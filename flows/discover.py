"""Find the report files under the paths a user gives."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".doc")
# Files editors and OSes leave behind; never reports, never worth a line.
_IGNORED_PREFIXES = ("~$", ".~lock.", "._")
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class FoundFile:
    path: Path  # absolute
    size: int
    mtime_ns: int


@dataclass
class Discovery:
    files: list[FoundFile]  # supported, in a stable order
    skipped: list[Path]  # other files, listed to the user, not errors
    missing: list[Path]  # paths given that do not exist


def discover_files(paths: list[str | Path]) -> Discovery:
    """Walk files and folders recursively; sort supported from skipped."""
    files: dict[Path, FoundFile] = {}
    skipped: list[Path] = []
    missing: list[Path] = []
    for given in paths:
        root = Path(given).expanduser()
        if not root.exists():
            missing.append(root)
            continue
        for path in _walk(root):
            if _is_ignored(path):
                continue
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                st = path.stat()
                files[path] = FoundFile(path, st.st_size, st.st_mtime_ns)
            else:
                skipped.append(path)
    return Discovery(sorted(files.values(), key=lambda f: str(f.path)), sorted(set(skipped)), missing)


def _walk(root: Path):
    if root.is_file():
        yield root.resolve()
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            yield (Path(dirpath) / name).resolve()


def _is_ignored(path: Path) -> bool:
    return path.name in _IGNORED_NAMES or path.name.startswith(_IGNORED_PREFIXES)
