"""The database file itself: its format, atomic replacement, schema and journal.

Nothing here knows TinyDB or the records' meaning: ``db.json`` is a mapping of
tables to documents keyed by id, written one document per line, replaced
atomically, migrated in memory, and extended by an append-only journal.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import orjson

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

# A document is a dict, or the JSON text of its line until someone reads it.
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


# --------------------------------------------------------------------------- the file


@dataclass(frozen=True)
class FileSignature:
    inode: int
    size: int
    mtime_ns: int


def _signature(path: Path) -> FileSignature | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return FileSignature(st.st_ino, st.st_size, st.st_mtime_ns)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def serialise(data: Mapping[str, Mapping[str, Any]]) -> Iterator[bytes]:
    """Indented JSON with one document per line, produced a table at a time.

    ``json.dumps(indent=...)`` falls back to the pure-Python encoder; encoding
    each document compactly keeps the C encoder and gives a file a person can
    read, grep and diff record by record. Streaming it keeps a second copy of
    the whole database out of memory while it is written.
    """
    yield b"{\n"
    tables = list(data.items())
    for t_index, (name, table) in enumerate(tables):
        lines = [f"  {_compact(name)}: {{"]
        last = len(table) - 1
        for d_index, (key, doc) in enumerate(table.items()):
            lines.append(_line_for(key, doc, "," if d_index < last else ""))
            if len(lines) >= 1000:
                yield ("\n".join(lines) + "\n").encode()
                lines = []
        lines.append("  }" + ("," if t_index < len(tables) - 1 else ""))
        yield ("\n".join(lines) + "\n").encode()
    yield b"}\n"


def atomic_write(path: Path, payload: Iterable[bytes]) -> None:
    """Replace ``path`` by ``payload`` so that a reader or a crash sees old or new."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreNotWritable(f"{path} is not writable; nothing was changed")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreNotWritable(f"cannot write next to {path}: {exc.strerror}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in payload:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        # keep the permissions a person gave the file; a new one is the owner's only
        mode = path.stat().st_mode & 0o7777 if path.exists() else FILE_MODE
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreNotWritable(f"cannot write {path}: {exc.strerror or exc}") from None


def load_file(path: Path) -> Data:
    """The file's data, migrated; a clear :class:`StoreError` naming the file otherwise.

    A file in the layout :func:`serialise` writes is split into documents
    without parsing them: each stays the JSON text of its line until someone
    reads it (see :func:`document`). Opening a database of ten thousand
    members then costs a split, not a parse, and a write passes untouched
    lines through as they were. Any other layout is parsed whole.
    """
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise StoreNotWritable(f"{path} is not readable") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from None
    if not raw.strip():
        return {}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreCorrupt(f"{path} is not UTF-8 text; it was left untouched") from None
    data = _split(text)
    if data is None:
        data = _parse_whole(text, path)
    return migrate(data, path)


def _parse_whole(text: str, path: Path) -> Data:
    try:
        data = _parse(text)
    except json.JSONDecodeError as exc:
        raise StoreCorrupt(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}), "
            "perhaps truncated; it was left untouched"
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise StoreCorrupt(f"{path} is not a somek database; it was left untouched")
    return data


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """For building many acyclic objects (records, rows) at once.

    The cycle collector would otherwise walk the growing heap again and
    again while it is built, and plain data has no cycles to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(text: str) -> Any:
    with without_cycle_collection():
        return orjson.loads(text)


def _split(text: str) -> Data | None:
    """Tables of unparsed documents, or None unless ``text`` is exactly our layout.

    Every line is checked for its shape (table header, ``"key": {…}`` with the
    commas JSON needs, closing braces), so a truncated or hand-reformatted
    file takes the whole-file parse and its clear error. What is left for
    later is whether the text inside one document's braces is valid, which
    :func:`document` reports naming the record. Whole-list operations keep
    this at a few milliseconds for tens of thousands of lines.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 2 or lines[0] != "{" or lines[-1] != "}":
        return None
    heads = [i for i, line in enumerate(lines) if not line.startswith("    ")]
    # heads: 0, then per table its header and its closing line, then the last;
    # a closing line is followed at once by the next header or the end, so no
    # line goes unaccounted for
    if len(heads) % 2 or heads[-1] != len(lines) - 1:
        return None
    if any(heads[i] + 1 != heads[i + 1] for i in range(0, len(heads), 2)):
        return None
    data: Data = {}
    bounds = heads[1:-1]
    for n in range(0, len(bounds), 2):
        start, stop = bounds[n], bounds[n + 1]
        header, closer = lines[start], lines[stop]
        last_table = n + 2 == len(bounds)
        if not (header.startswith('  "') and header.endswith('": {')):
            return None
        name = header[3:-4]
        if "\\" in name or '"' in name or name in data:
            return None
        if closer != ("  }" if last_table else "  },"):
            return None
        table = _split_table(lines[start + 1 : stop])
        if table is None:
            return None
        data[name] = table
    if META in data:
        meta = data[META].get(META)
        if isinstance(meta, str):
            try:
                data[META][META] = orjson.loads(_line_document(meta))
            except json.JSONDecodeError:
                return None
    return data


def _split_table(body: list[str]) -> dict[str, Any] | None:
    if not body:
        return {}
    ends = [line.find('": {', 5) for line in body]
    if -1 in ends:
        return None
    keys = [line[5:end] for line, end in zip(body, ends, strict=True)]
    joined = "".join(keys)
    if "\\" in joined or '"' in joined:
        return None  # an escaped key: rare enough for the whole-file parse
    if not all(line.startswith('    "') for line in body):
        return None
    if not (all(line.endswith("},") for line in body[:-1]) and body[-1].endswith("}")):
        return None
    if body[-1].endswith("},"):
        return None
    # the whole line is kept: slicing out the document would copy the file again
    table = dict(zip(keys, body, strict=True))
    return table if len(table) == len(keys) else None


# the C scanner behind json.loads; typeshed does not list it
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


def _line_document(line: str) -> str:
    """The JSON text of the document on one ``    "key": {…},`` line."""
    # the key is scanned as JSON: an escaped quote in it (a Message-ID may
    # have one) must not be taken for its end
    _, end = scanstring(line, 5)
    text = line[end + 2 :]
    return text[:-1] if text.endswith(",") else text


def _line_for(key: str, doc: Any, comma: str) -> str:
    if type(doc) is str:
        # a document nobody parsed goes back exactly as it was read
        return (doc[:-1] if doc.endswith(",") else doc) + comma
    return f"    {_compact(key)}: {_compact(doc)}{comma}"


# --------------------------------------------------------------------------- documents


class DamagedRecord(StoreCorrupt):
    """One document's text is not valid JSON; the rest of the file was fine."""


def document(table_name: str, table: dict[str, Any], key: str) -> dict[str, Any] | None:
    """``table[key]`` parsed (and kept parsed), or None when there is none."""
    doc = table.get(key)
    if type(doc) is str:
        doc = table[key] = _parse_document(table_name, key, doc)
    return doc


def documents(table_name: str, table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every document of ``table`` parsed; the same mapping, returned."""
    keys = [key for key, doc in table.items() if type(doc) is str]
    if keys:
        with without_cycle_collection():
            for key in keys:
                table[key] = _parse_document(table_name, key, table[key])
    return table


def some_fields(
    table_name: str,
    table: dict[str, Any],
    decoder: msgspec.json.Decoder[Any],
    from_doc: Callable[[dict[str, Any]], tuple[Any, ...]],
) -> list[tuple[Any, ...]]:
    """A few fields of every document, as tuples, without parsing whole documents.

    ``decoder`` decodes a document's text into a struct of just those fields
    (msgspec skips the rest without building it); ``from_doc`` picks the same
    fields, in the same order, from a parsed document. A document the
    decoder refuses is parsed whole, so a damaged one is reported by name.
    """
    out = []
    for key, doc in list(table.items()):
        if type(doc) is str:
            try:
                out.append(msgspec.structs.astuple(decoder.decode(_line_document(doc))))
                continue
            except msgspec.MsgspecError:
                doc = document(table_name, table, key)
        out.append(from_doc(doc))
    return out


def _parse_document(table_name: str, key: str, line: str) -> dict[str, Any]:
    try:
        doc = orjson.loads(_line_document(line))
    except json.JSONDecodeError as exc:
        raise DamagedRecord(
            f"the database record {table_name}/{key} is damaged ({exc.msg}); "
            "fix that line in the file or restore it from a backup"
        ) from None
    if not isinstance(doc, dict):
        raise DamagedRecord(f"the database record {table_name}/{key} is not a JSON object")
    return doc


# --------------------------------------------------------------------------- schema


def migrate(data: Data, path: Path) -> Data:
    """Bring an older file up to :data:`SCHEMA_VERSION` in memory.

    The migrated form reaches the disk with the next write; a file that is
    only read is never rewritten.
    """
    meta = data.get(META, {}).get(META, {})
    version = meta.get("schema_version", 0)
    if not isinstance(version, int):
        raise StoreCorrupt(f"{path} has a bad schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            f"{path} was written by a newer somek (schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade somek. The file was left untouched"
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


# --------------------------------------------------------------------------- the journal


# table, key, and the document (None: deleted). Read back from the journal a
# document stays text, in the form of a db.json line (see _split), and is
# parsed only when someone reads it, as after opening the file.
Entry = tuple[str, str, dict[str, Any] | str | None]


class Journal:
    """An append-only file of whole-record writes.

    Each line is one record, ``{"t": table, "k": key, "d": document}``. A
    transaction's lines follow a ``{"tx": n}`` line and are applied all n or,
    if a kill tore them, not at all. An append always starts on a fresh line,
    so a torn line never swallows the next one.

    Appends and the fold (read, write db.json, empty) each hold an exclusive
    ``flock`` on the journal itself, so an append can never fall between a
    fold's read and its emptying. The lock is the journal's own, not the
    database's: marking each sent mail then costs a lock and a write on an
    open file, not a lock file's open and close.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._inode: int | None = None

    def signature(self) -> FileSignature | None:
        sig = _signature(self.path)
        return None if sig is None or sig.size == 0 else sig

    def append_many(
        self, items: Iterable[tuple[str, str, dict[str, Any]]], *, fsync: bool = True
    ) -> None:
        data = "".join(_compact({"t": t, "k": k, "d": d}) + "\n" for t, k, d in items).encode()
        fd = self._open()
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            _write_lines(fd, data, fsync)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def _open(self) -> int:
        """The append descriptor, reopened if the file was removed or replaced."""
        try:
            current = os.stat(self.path).st_ino
        except FileNotFoundError:
            current = None
        if self._fd is not None and current == self._inode:
            return self._fd
        self.close()
        fd = self._open_new()
        self._fd, self._inode = fd, os.fstat(fd).st_ino
        return fd

    def _open_new(self) -> int:
        try:
            # read too: an append checks the last byte for a torn line
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, FILE_MODE)
        except OSError as exc:
            raise StoreNotWritable(f"cannot write {self.path}: {exc.strerror}") from None

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = self._inode = None

    @contextlib.contextmanager
    def held(self) -> Iterator[HeldJournal]:
        """No other append happens meanwhile (in any process); this one may append."""
        fd = self._open_new()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield HeldJournal(fd)
        finally:
            os.close(fd)  # closing releases the lock

    def sync(self) -> None:
        """fsync what was appended without it."""
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def entries_from(self, offset: int) -> tuple[list[Entry], int]:
        """The entries of the complete lines after ``offset``, and where they end."""
        try:
            with open(self.path, "rb") as handle:
                handle.seek(offset)
                raw = handle.read()
        except FileNotFoundError:
            return [], 0
        end = raw.rfind(b"\n") + 1  # a line still being written waits for the next read
        return _read_lines(raw[:end].split(b"\n")), offset + end

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError), open(self.path, "r+b") as handle:
            handle.truncate(0)
            os.fsync(handle.fileno())


class HeldJournal:
    """The journal while :meth:`Journal.held` keeps others out."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def size(self) -> int:
        return os.fstat(self._fd).st_size

    def append_transaction(self, entries: list[Entry]) -> list[Entry]:
        """All of a transaction's changes, fsynced: all or nothing.

        Returns the entries to apply in this process: a document given as
        text stays text; one given parsed stays parsed (its line is the same
        either way), so the next read need not parse it again.
        """
        lines = [_compact({"tx": len(entries)})]
        out: list[Entry] = []
        for table, key, doc in entries:
            text = (
                "null"
                if doc is None
                else (_line_document(doc) if type(doc) is str else _compact(doc))
            )
            lines.append(f'{{"t": {_compact(table)}, "k": {_compact(key)}, "d": {text}}}')
            if doc is None or type(doc) is not str:
                out.append((table, key, doc))
            else:
                out.append((table, key, f"    {_compact(key)}: {text}"))
        _write_lines(self._fd, ("\n".join(lines) + "\n").encode(), True)
        return out


def _write_lines(fd: int, data: bytes, fsync: bool) -> None:
    size = os.fstat(fd).st_size
    if size and os.pread(fd, 1, size - 1) != b"\n":
        data = b"\n" + data  # after a torn line: start afresh
    os.write(fd, data)
    if fsync:
        os.fsync(fd)


def _read_lines(lines: list[bytes]) -> list[Entry]:
    out: list[Entry] = []
    group: list[Entry] | None = None
    expected = 0
    for line in lines:
        if not line:
            continue
        header = _group_size(line)
        if header is not None:
            group, expected = [], header  # an unfinished group before it is dropped
            continue
        entry = _entry_of(line)
        if group is None:
            if entry is not None:
                out.append(entry)
            continue
        if entry is None:
            group = None  # a torn line inside a transaction: none of it happened
            continue
        group.append(entry)
        if len(group) == expected:
            out.extend(group)
            group = None
    return out


def _group_size(line: bytes) -> int | None:
    if not line.startswith(b'{"tx": '):
        return None
    try:
        size = orjson.loads(line)["tx"]
    except (ValueError, KeyError, TypeError):
        return None
    return size if isinstance(size, int) and size > 0 else None


def _entry_of(line: bytes) -> Entry | None:
    """One record line; None for a line torn by a kill (its work is redone on rerun)."""
    try:
        item = orjson.loads(line)
        table, key, doc = str(item["t"]), str(item["k"]), item["d"]
    except (ValueError, KeyError, TypeError):
        return None
    if doc is None:
        return table, key, None
    if not isinstance(doc, dict):
        return None
    text = line.decode("utf-8")
    at = text.find(', "d": {')
    # the document's own text, so it is kept as text; parsed above only to check it
    body = text[at + 7 : -1] if at >= 0 and text.endswith("}}") else _compact(doc)
    return table, key, f"    {_compact(key)}: {body}"


def apply_journal(data: Data, entries: Iterable[Entry]) -> Data:
    """``data`` with the entries applied, sharing every table they do not touch."""
    out = dict(data)
    copied: set[str] = set()
    for table, key, doc in entries:
        if table not in copied:
            out[table] = dict(out.get(table, {}))
            copied.add(table)
        if doc is None:
            out[table].pop(key, None)
        else:
            out[table][key] = doc
    return out
