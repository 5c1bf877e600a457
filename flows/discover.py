"""Find the report files under the paths a user gives.

The inbox is whatever units upload, so walking it must never stop a run:
- only regular files are read: a named pipe or device called report.pdf
  would block the run forever on open();
- symbolic links are followed only to a regular file inside the root they
  were found under: a loop, a dangling link or a link out of the inbox
  (`x.docx -> /etc/passwd`) is skipped with its reason, never followed;
- a file that vanishes between listing and stat, or cannot be read, is
  skipped with its reason and looked at again next run;
- a file still being written (its size or mtime changes while it is
  looked at) is skipped until it is stable.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".doc")
# Files editors and OSes leave behind; never reports, never worth a line.
_IGNORED_PREFIXES = ("~$", ".~lock.", "._")
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}

MSG_STILL_WRITTEN = "still being written (its size or time changed while it was looked at): it is read on a later run"


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
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason) not read this run


class NotARegularFile(Exception):
    """A path that must not be read this run; str() is the reason shown to the user."""


def discover_files(paths: list[str | Path]) -> Discovery:
    """Walk files and folders recursively; sort supported from skipped and refused."""
    files: dict[Path, FoundFile] = {}
    skipped: list[Path] = []
    missing: list[Path] = []
    refused: dict[Path, str] = {}
    for given in paths:
        root = Path(given).expanduser()
        if not root.exists():
            missing.append(root)
            continue
        root_real = root.resolve()
        for path in _walk(root):
            if _is_ignored(path):
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.append(path)
                continue
            try:
                real, st = regular_file_under(path, root_real)
            except NotARegularFile as why:
                refused[path] = str(why)
                continue
            files[real] = FoundFile(real, st.st_size, st.st_mtime_ns)
    return Discovery(sorted(files.values(), key=lambda f: str(f.path)), sorted(set(skipped)), missing,
                     sorted(refused.items()))


def regular_file_under(path: Path, root: Path) -> tuple[Path, os.stat_result]:
    """(the real path, its stat) of a readable regular file inside `root` (the file itself when the
    root is a file); NotARegularFile saying why not otherwise."""
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13: a symlink loop
        raise NotARegularFile("a symbolic link that loops back on itself: not read") from None
    except FileNotFoundError:
        if path.is_symlink():
            raise NotARegularFile("a symbolic link to a file that does not exist: not read") from None
        raise NotARegularFile("vanished while the inbox was read: looked at again next run") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP (Python >= 3.13 raises it as OSError)
            raise NotARegularFile("a symbolic link that loops back on itself: not read") from None
        raise NotARegularFile(f"could not be looked at ({exc.strerror}): looked at again next run") from None
    if root.is_dir() and not real.is_relative_to(root):
        raise NotARegularFile(f"a symbolic link to a file outside {root}: not followed, not read")
    try:
        st = os.stat(real)
    except OSError as exc:
        raise NotARegularFile(f"vanished while the inbox was read ({exc.strerror}): looked at again next run") from None
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFile(f"not a regular file ({_kind_of(st.st_mode)}): not read")
    if not os.access(real, os.R_OK):
        raise NotARegularFile("cannot be read (no permission): ask the administrator to give ita read access; "
                              "looked at again next run")
    return real, st


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def still_being_written(found: FoundFile) -> bool:
    """Whether the file's size or mtime is no longer what was listed (an upload in progress)."""
    try:
        st = os.stat(found.path)
    except OSError:
        return True
    return (st.st_size, st.st_mtime_ns) != (found.size, found.mtime_ns)


def _walk(root: Path):
    """Paths under root, as listed (links not resolved); folder links are not descended into."""
    if not root.is_dir():
        yield root.absolute()
        return
    for dirpath, dirnames, filenames in os.walk(root.resolve()):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            yield Path(dirpath) / name


def _is_ignored(path: Path) -> bool:
    return path.name in _IGNORED_NAMES or path.name.startswith(_IGNORED_PREFIXES)
