"""Files and folders only their owner may read, whatever the umask.

Member addresses, answers and mail are personal data: everything somek
creates is 0600 (folders 0700). A file someone has already loosened on
purpose keeps its mode; ``somek check`` warns about it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parents as 0700; existing folders stay as they are."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=FOLDER_MODE)
            # mkdir's mode passes through the umask, which may take the owner's bits
            os.chmod(folder, FOLDER_MODE)


def write_private(path: Path, payload: bytes) -> None:
    """Replace ``path`` atomically: a reader (a web server, a calendar) sees old or new.

    A new file is 0600; an existing one keeps the mode its owner gave it.
    """
    folder = path.parent if str(path.parent) else Path(".")
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else FILE_MODE
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_private_append(path: Path) -> int:
    """A descriptor appending to ``path``, created 0600 if it is new."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    return fd


def readable_by_others(path: Path) -> bool:
    """True when group or others may read ``path`` (or, for a folder, enter it)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    bits = stat.S_IRGRP | stat.S_IROTH
    if stat.S_ISDIR(mode):
        bits |= stat.S_IXGRP | stat.S_IXOTH
    return bool(mode & bits)


def somek_paths(db_path: Path, folders: tuple[Path, ...]) -> list[Path]:
    """The database, its delivery log and archives, and the given folders with their sub-folders.

    Lock files are left out: they are always empty, so they show nothing.
    """
    suffixes = ("", ".deliveries")
    beside = [db_path.with_name(db_path.name + suffix) for suffix in suffixes]
    beside += sorted(db_path.parent.glob(f"{db_path.stem}-archive-*.json"))
    found = [p for p in beside if p.exists()]
    for folder in folders:
        if folder.is_dir():
            found.append(folder)
            found.extend(p for p in sorted(folder.iterdir()) if p.is_dir())
    return found


def loose_paths(db_path: Path, folders: tuple[Path, ...]) -> list[Path]:
    """Those of :func:`somek_paths` that others may read: personal data in the open."""
    return [p for p in somek_paths(db_path, folders) if readable_by_others(p)]
