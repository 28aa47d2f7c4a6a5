"""The database file itself: its format, atomic replacement and schema.

Nothing here knows TinyDB or the records' meaning: ``db.json`` is a mapping of
tables to documents keyed by id, written one document per line (a person can
read, grep and diff it record by record), replaced atomically and migrated in
memory. msgspec reads and writes the JSON.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from somek_tui.i18n import _
from somek_tui.private_files import FILE_MODE

SCHEMA_VERSION = 1
META = "meta"
ID_PREFIX = {
    "members": "m",
    "events": "e",
    "topics": "t",
    "outbox": "o",
    "review": "r",
    "examples": "x",
}

Data = dict[str, dict[str, Any]]


class StoreError(Exception):
    """The database file cannot be used; the message names the file."""


class StoreCorrupt(StoreError):
    pass


class StoreMissing(StoreError):
    """There is no database file where one was expected."""


class StoreTooNew(StoreError):
    pass


class StoreNotWritable(StoreError, PermissionError):
    pass


class StoreBusy(StoreError, TimeoutError):
    pass


@dataclass(frozen=True)
class FileSignature:
    """Changes whenever the file is replaced or written."""

    inode: int
    size: int
    mtime_ns: int


def signature(path: Path) -> FileSignature | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return FileSignature(st.st_ino, st.st_size, st.st_mtime_ns)


# --------------------------------------------------------------------------- writing


_encoder = msgspec.json.Encoder()
_encode = _encoder.encode
_encode_into = _encoder.encode_into


def serialise(data: Mapping[str, Mapping[str, Any]]) -> Iterator[bytes | bytearray]:
    """JSON with one document per line, tables in order, a few hundred lines at a time.

    Produced in pieces as it is written, so a big database is not held a
    second time, as one block of bytes, while it goes to disk.
    """
    yield b"{"
    for t_index, (name, table) in enumerate(data.items()):
        yield b"\n  " + _encode(name) + b": {"
        keys = list(table)
        for start in range(0, len(keys), 500):
            # each line encoded straight onto the piece: no bytes object per line
            piece = bytearray()
            for key in keys[start : start + 500]:
                piece += b",\n    " if piece or start else b"\n    "
                _encode_into(key, piece, -1)
                piece += b": "
                _encode_into(table[key], piece, -1)
            yield piece
        yield b"\n  }" if t_index == len(data) - 1 else b"\n  },"
    yield b"\n}\n"


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes | Iterable[bytes | bytearray]) -> None:
    """Replace ``path`` by ``payload`` so that a reader or a crash sees old or new.

    Temp file in the same folder, fsync, rename, fsync the folder. A new file
    is the owner's only; an existing one keeps the mode a person gave it.
    """
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreNotWritable(_("{path} is not writable; nothing was changed").format(path=path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreNotWritable(
            _("cannot write next to {path}: {error}").format(path=path, error=exc.strerror)
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [payload] if isinstance(payload, bytes) else payload:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        mode = path.stat().st_mode & 0o7777 if path.exists() else FILE_MODE
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise StoreNotWritable(
                _("cannot write {path}: {error}").format(path=path, error=exc.strerror or exc)
            ) from None
        raise


# --------------------------------------------------------------------------- reading


_Tables = dict[str, dict[str, dict[str, Any]]]
_decode = msgspec.json.Decoder(_Tables).decode


def load_file(path: Path) -> Data:
    """The file's data, migrated; a clear :class:`StoreError` naming the file otherwise."""
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise StoreNotWritable(_("{path} is not readable").format(path=path)) from None
    except OSError as exc:
        raise StoreError(
            _("cannot read {path}: {error}").format(path=path, error=exc.strerror)
        ) from None
    return migrate(parse(raw, path), path)


def parse(raw: bytes, path: Path) -> Data:
    """Tables of documents from the file's bytes; :class:`StoreCorrupt` says where not."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return {}
    try:
        return _decode(raw)
    except msgspec.ValidationError:
        raise StoreCorrupt(
            _("{path}: {problem}; it was left untouched").format(
                path=path, problem=_misfit(msgspec.json.decode(raw))
            )
        ) from None
    except msgspec.DecodeError as exc:
        raise StoreCorrupt(
            _(
                "{path}: not valid JSON at {where} (perhaps truncated); it was left untouched"
            ).format(path=path, where=_line_of(raw, str(exc)))
        ) from None


def _misfit(data: Any) -> str:
    """Where valid JSON departs from tables of records (msgspec does not name keys)."""
    if not isinstance(data, dict):
        return _("the file is not a JSON object of tables")
    for name, table in data.items():
        if not isinstance(table, dict):
            return _("{name} is not a table of records").format(name=name)
        for key, doc in table.items():
            if not isinstance(doc, dict):
                return _("the record {name}/{key} is not a JSON object").format(name=name, key=key)
    return _("the file is not a somek database")


def _line_of(raw: bytes, message: str) -> str:
    """msgspec names a byte offset; a person looks for a line."""
    found = re.search(r"byte (\d+)", message)
    if found is None:
        return message
    offset = int(found.group(1))
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return _("line {line}, column {column}").format(line=line, column=column)


# --------------------------------------------------------------------------- schema


def migrate(data: Data, path: Path) -> Data:
    """Bring an older file up to :data:`SCHEMA_VERSION` in memory.

    The migrated form reaches the disk with the next write; a file that is
    only read is never rewritten.
    """
    meta = data.get(META, {}).get(META, {})
    version = meta.get("schema_version", 0)
    if not isinstance(version, int):
        raise StoreCorrupt(
            _("{path} has a bad schema_version {version!r}").format(path=path, version=version)
        )
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            _(
                "{path} was written by a newer somek (schema {version}, this one reads up to "
                "{newest}); upgrade somek. The file was left untouched"
            ).format(path=path, version=version, newest=SCHEMA_VERSION)
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def _migrate_0_to_1(data: Data) -> Data:
    """A bare TinyDB file (or an empty one): add the meta document and counters."""
    out: Data = {name: dict(table) for name, table in data.items() if name != "_default"}
    counters = {}
    for table, prefix in ID_PREFIX.items():
        numbers = [
            int(key[len(prefix) :])
            for key in out.get(table, {})
            if key.startswith(prefix) and key[len(prefix) :].isdigit()
        ]
        counters[table] = max(numbers, default=0)
    out[META] = {META: {"schema_version": 1, "counters": counters, "state": {}}}
    return out


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _migrate_0_to_1}
