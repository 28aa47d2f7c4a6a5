"""The database: ``db.json`` through TinyDB, made safe for many processes.

TinyDB's own JSON storage rewrites the file in place on every write and
re-reads it on every query; two processes writing at once corrupt it. Here:

* :class:`AtomicJSONStorage` writes a temp file, fsyncs it, renames it over
  ``db.json`` and fsyncs the folder, so a kill leaves the old or the new file.
* Every change runs in :meth:`Store.transaction`, under a ``db.json.lock``
  file lock, on the file's current contents, and ends in exactly one write.
* Reads come from memory while the file's identity (inode, size, mtime) is
  unchanged; a write by another process is noticed and reloaded.

This is the only module that imports tinydb. Records go in and out as the
dataclasses of :mod:`somek_tui.models`; documents are keyed by their own ids
(``"m12"``, ``"e3"``), so ``db.json`` stays readable by a person.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from somek_tui.models import (
    Event,
    InboxEntry,
    Member,
    OutgoingMessage,
    Record,
    ReviewItem,
    Rsvp,
    Topic,
    email_key,
    topic_key,
)

SCHEMA_VERSION = 1
META = "meta"
TABLES: dict[str, type[Record]] = {
    "members": Member,
    "events": Event,
    "topics": Topic,
    "rsvps": Rsvp,
    "outbox": OutgoingMessage,
    "inbox": InboxEntry,
    "review": ReviewItem,
}
ID_PREFIX = {"members": "m", "events": "e", "topics": "t", "outbox": "o", "review": "r"}

R = TypeVar("R", bound=Record)
Data = dict[str, dict[str, dict[str, Any]]]


class StoreError(Exception):
    """The database file cannot be used; the message names the file."""


class StoreCorrupt(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class StoreNotWritable(StoreError, PermissionError):
    pass


class StoreBusy(StoreError, TimeoutError):
    pass


# --------------------------------------------------------------------------- storage


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
            comma = "," if d_index < last else ""
            lines.append(f"    {_compact(key)}: {_compact(doc)}{comma}")
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
        # keep the permissions a person gave the file; a new one gets the usual
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreNotWritable(f"cannot write {path}: {exc.strerror or exc}") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


class AtomicJSONStorage(Storage):
    """A TinyDB storage that caches the parsed file and replaces it atomically.

    Outside a transaction it is read-only in effect: :class:`Store` routes all
    writes through :meth:`begin` / :meth:`commit`, which collect TinyDB's many
    table writes into one file write.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._data: Data | None = None
        self._signature: FileSignature | None = None
        self._pending: Data | None = None

    # TinyDB's interface ------------------------------------------------------
    def read(self) -> Data | None:
        if self._pending is not None:
            return self._pending
        return self.current()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self._pending is None:
            raise RuntimeError("writes go through Store.transaction()")
        self._pending = data

    # ours --------------------------------------------------------------------
    def current(self) -> Data:
        """The file's data, reloaded only when another process replaced it."""
        signature = _signature(self.path)
        if self._data is None or signature != self._signature:
            self._data = self._load() if signature is not None else migrate({}, self.path)
            self._signature = signature
        return self._data

    def _load(self) -> Data:
        try:
            raw = self.path.read_bytes()
        except PermissionError:
            raise StoreNotWritable(f"{self.path} is not readable") from None
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror}") from None
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise StoreCorrupt(f"{self.path} is not UTF-8 text; it was left untouched") from None
        except json.JSONDecodeError as exc:
            raise StoreCorrupt(
                f"{self.path} is not valid JSON (line {exc.lineno}, column {exc.colno}), "
                "perhaps truncated; it was left untouched"
            ) from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise StoreCorrupt(f"{self.path} is not a somek database; it was left untouched")
        return migrate(data, self.path)

    def begin(self) -> None:
        # a fresh top-level dict: TinyDB swaps whole tables into it, so views
        # taken before the transaction keep seeing the old tables
        self._pending = dict(self.current())

    def commit(self) -> None:
        assert self._pending is not None
        data, self._pending = self._pending, None
        atomic_write(self.path, serialise(data))
        self._data = data
        self._signature = _signature(self.path)

    def rollback(self) -> None:
        self._pending = None

    def forget(self) -> None:
        self._data = None
        self._signature = None


class KeyedTable(Table):
    """Documents keyed by the record's own id rather than TinyDB's counter."""

    document_id_class = str  # type: ignore[assignment]


class _KeyedTinyDB(TinyDB):
    table_class = KeyedTable


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


# --------------------------------------------------------------------------- reading


def _rsvp_key(event_id: str, member_id: str) -> str:
    return f"{event_id}:{member_id}"


def record_key(record: Record) -> tuple[str, str]:
    """The table a record lives in and its key there."""
    if isinstance(record, Rsvp):
        return "rsvps", _rsvp_key(record.event_id, record.member_id)
    if isinstance(record, InboxEntry):
        return "inbox", record.message_id
    for table, cls in TABLES.items():
        if isinstance(record, cls):
            return table, record.id  # type: ignore[attr-defined]
    raise TypeError(f"not a stored record: {record!r}")


class Reader:
    """Typed queries over one consistent state of the database.

    Subclasses supply :meth:`_doc`, :meth:`_docs` and :meth:`_index`.
    """

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        raise NotImplementedError

    def _index(self, name: str) -> dict[str, str]:
        raise NotImplementedError

    def _load(self, table: str, key: str | None) -> Any:
        if key is None:
            return None
        doc = self._doc(table, key)
        return None if doc is None else TABLES[table].from_dict(doc)

    def _all(self, table: str) -> list[Any]:
        cls = TABLES[table]
        return [cls.from_dict(doc) for doc in self._docs(table)]

    # meta ----------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        return dict(self._doc(META, META) or {})

    def state(self, key: str, default: Any = None) -> Any:
        return self.meta().get("state", {}).get(key, default)

    # members -------------------------------------------------------------------
    def members(self) -> list[Member]:
        return self._all("members")

    def member(self, member_id: str) -> Member | None:
        return self._load("members", member_id)

    def member_by_email(self, address: str) -> Member | None:
        return self._load("members", self._index("member_email").get(email_key(address)))

    def member_by_unsubscribe_key(self, key: str) -> Member | None:
        return self._load("members", self._index("unsubscribe_key").get(key.casefold()))

    # events --------------------------------------------------------------------
    def events(self) -> list[Event]:
        return sorted(self._all("events"), key=lambda e: e.start)

    def event(self, event_id: str) -> Event | None:
        return self._load("events", event_id)

    def event_by_uid(self, uid: str) -> Event | None:
        return self._load("events", self._index("event_uid").get(uid))

    # topics --------------------------------------------------------------------
    def topics(self) -> list[Topic]:
        return self._all("topics")

    def topic(self, topic_id: str) -> Topic | None:
        return self._load("topics", topic_id)

    def topic_by_title(self, title: str) -> Topic | None:
        return self._load("topics", self._index("topic_title").get(topic_key(title)))

    # answers -------------------------------------------------------------------
    def rsvps(self, *, event_id: str | None = None, member_id: str | None = None) -> list[Rsvp]:
        docs = self._docs("rsvps")
        return [
            Rsvp.from_dict(doc)
            for doc in docs
            if (event_id is None or doc["event_id"] == event_id)
            and (member_id is None or doc["member_id"] == member_id)
        ]

    def rsvp(self, event_id: str, member_id: str) -> Rsvp | None:
        return self._load("rsvps", _rsvp_key(event_id, member_id))

    def places_taken(self, event_id: str) -> int:
        """Places confirmed yes-answers take (members and guests), without parsing."""
        return sum(_party(doc) for doc in self._docs("rsvps") if doc["event_id"] == event_id)

    def waitlist_in_order(self, event_id: str) -> list[Waiting]:
        """Who waits for a place, first come first, without parsing whole answers."""
        waiting = [
            Waiting(
                datetime.fromisoformat(doc["updated_at"]),
                doc["member_id"],
                1 + int(doc.get("guests") or 0),
            )
            for doc in self._waitlist_docs(event_id).values()
        ]
        return sorted(waiting)

    def _waitlist_docs(self, event_id: str) -> dict[str, dict[str, Any]]:
        return {
            _key_of("rsvps", doc): doc
            for doc in self._docs("rsvps")
            if doc["event_id"] == event_id and _waiting(doc)
        }

    # outbox --------------------------------------------------------------------
    def outbox(
        self,
        *,
        event_id: str | None = None,
        kind: str | None = None,
        states: Iterable[str] | None = None,
        member_id: str | None = None,
    ) -> list[OutgoingMessage]:
        wanted = None if states is None else {str(s) for s in states}
        return [
            OutgoingMessage.from_dict(doc)
            for doc in self._docs("outbox")
            if (event_id is None or doc.get("event_id") == event_id)
            and (kind is None or doc["kind"] == str(kind))
            and (wanted is None or doc["state"] in wanted)
            and (member_id is None or doc["member_id"] == member_id)
        ]

    def outgoing(self, outbox_id: str) -> OutgoingMessage | None:
        return self._load("outbox", outbox_id)

    def outgoing_by_reply_key(self, key: str) -> OutgoingMessage | None:
        return self._load("outbox", self._index("reply_key").get(key.casefold()))

    def outgoing_by_message_id(self, message_id: str) -> OutgoingMessage | None:
        return self._load("outbox", self._index("out_message_id").get(message_id.strip()))

    # inbox and review -----------------------------------------------------------
    def inbox(self) -> list[InboxEntry]:
        return sorted(self._all("inbox"), key=lambda e: e.processed_at)

    def inbox_entry(self, message_id: str) -> InboxEntry | None:
        return self._load("inbox", message_id)

    def review_items(self, *, include_resolved: bool = False) -> list[ReviewItem]:
        items = [r for r in self._all("review") if include_resolved or not r.resolved]
        return sorted(items, key=lambda r: r.created)

    def review_item(self, item_id: str) -> ReviewItem | None:
        return self._load("review", item_id)


_INDEXES: dict[str, tuple[str, Callable[[dict[str, Any]], str | None]]] = {
    "member_email": ("members", lambda d: email_key(d["email"])),
    "unsubscribe_key": ("members", lambda d: (d.get("unsubscribe_key") or "").casefold() or None),
    "event_uid": ("events", lambda d: d.get("uid") or None),
    "topic_title": ("topics", lambda d: None if d.get("merged_into") else topic_key(d["title"])),
    "reply_key": ("outbox", lambda d: (d.get("reply_key") or "").casefold() or None),
    "out_message_id": ("outbox", lambda d: d.get("message_id")),
}


@dataclass(frozen=True, order=True)
class Waiting:
    since: datetime
    member_id: str
    party_if_confirmed: int


def _waiting(doc: dict[str, Any] | None) -> bool:
    return doc is not None and doc.get("answer") == "yes" and bool(doc.get("waitlisted"))


def _party(doc: dict[str, Any] | None) -> int:
    if doc is None or doc.get("answer") != "yes" or doc.get("waitlisted"):
        return 0
    return 1 + int(doc.get("guests") or 0)


def _key_of(table: str, doc: dict[str, Any]) -> str:
    if table == "rsvps":
        return _rsvp_key(doc["event_id"], doc["member_id"])
    if table == "inbox":
        return str(doc["message_id"])
    return str(doc["id"])


class View(Reader):
    """A read-only snapshot; cheap to take, never changes under the caller."""

    def __init__(self, data: Data) -> None:
        self._data = data
        self._indexes: dict[str, dict[str, str]] = {}
        self._parsed: dict[str, list[Any]] = {}

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        return self._data.get(table, {}).get(key)

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        return self._data.get(table, {}).values()

    def _index(self, name: str) -> dict[str, str]:
        if name not in self._indexes:
            table, key_fn = _INDEXES[name]
            index: dict[str, str] = {}
            for key, doc in self._data.get(table, {}).items():
                value = key_fn(doc)
                if value is not None:
                    index.setdefault(value, key)
            self._indexes[name] = index
        return self._indexes[name]

    def _all(self, table: str) -> list[Any]:
        # parsed once per snapshot: the UI lists the same tables again and again
        if table not in self._parsed:
            self._parsed[table] = super()._all(table)
        return list(self._parsed[table])

    def counts(self) -> dict[str, int]:
        return {name: len(self._data.get(name, {})) for name in TABLES}


class Transaction(View):
    """A :class:`View` plus changes; the store writes them once at the end."""

    def __init__(self, data: Data) -> None:
        super().__init__(data)
        self._changes: dict[str, dict[str, dict[str, Any] | None]] = {}
        self._places: dict[str, int] = {}
        self._waiting: dict[str, dict[str, dict[str, Any]]] = {}

    def _waitlist_docs(self, event_id: str) -> dict[str, dict[str, Any]]:
        # like places_taken: found once, then kept current by _set
        if event_id not in self._waiting:
            self._waiting[event_id] = super()._waitlist_docs(event_id)
        return self._waiting[event_id]

    def places_taken(self, event_id: str) -> int:
        # counted once, then kept current by _set: a sync recording thousands of
        # answers must not rescan the table for each one
        if event_id not in self._places:
            self._places[event_id] = super().places_taken(event_id)
        return self._places[event_id]

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        changed = self._changes.get(table)
        if changed is not None and key in changed:
            return changed[key]
        return super()._doc(table, key)

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        changed = self._changes.get(table)
        if not changed:
            return super()._docs(table)
        base = self._data.get(table, {})
        merged = {k: v for k, v in base.items() if k not in changed}
        merged.update({k: v for k, v in changed.items() if v is not None})
        return merged.values()

    def _set(self, table: str, key: str, doc: dict[str, Any] | None) -> None:
        old = self._doc(table, key)
        if table == "rsvps":
            event_id = (doc or old or {}).get("event_id")
            if event_id in self._places:
                self._places[event_id] += _party(doc) - _party(old)
            if event_id in self._waiting:
                if _waiting(doc):
                    self._waiting[event_id][key] = doc  # type: ignore[assignment]
                else:
                    self._waiting[event_id].pop(key, None)
        self._changes.setdefault(table, {})[key] = doc
        for name, (index_table, key_fn) in _INDEXES.items():
            if index_table != table or name not in self._indexes:
                continue
            index = self._indexes[name]
            if old is not None and index.get(key_fn(old) or "") == key:
                del index[key_fn(old) or ""]
            if doc is not None and (value := key_fn(doc)) is not None:
                index.setdefault(value, key)

    def _all(self, table: str) -> list[Any]:
        # fresh objects: callers change and put them back
        return Reader._all(self, table)

    @property
    def changed(self) -> bool:
        return any(self._changes.values())

    # writing ---------------------------------------------------------------------
    def put(self, record: Record) -> None:
        table, key = record_key(record)
        self._set(table, key, record.to_dict())

    def put_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.put(record)

    def delete(self, record: Record) -> None:
        table, key = record_key(record)
        self._set(table, key, None)

    def next_id(self, table: str) -> str:
        """A short, never reused id such as ``m24``."""
        meta = self.meta()
        counters = dict(meta.get("counters", {}))
        number = int(counters.get(table, 0)) + 1
        counters[table] = number
        meta["counters"] = counters
        self._set(META, META, meta)
        return f"{ID_PREFIX[table]}{number}"

    def set_state(self, key: str, value: Any) -> None:
        meta = self.meta()
        state = dict(meta.get("state", {}))
        state[key] = value
        meta["state"] = state
        self._set(META, META, meta)

    def apply(self, db: TinyDB) -> None:
        """Hand the changes to TinyDB: one removal and one insertion per table."""
        for table_name, changes in self._changes.items():
            if not changes:
                continue
            table = db.table(table_name)
            existing = set(self._data.get(table_name, {}))
            gone = [key for key in changes if key in existing]
            if gone:
                table.remove(doc_ids=gone)  # type: ignore[arg-type]
            # keyed tables take the record id as document id (KeyedTable)
            docs = [
                Document(doc, doc_id=key)  # type: ignore[arg-type]
                for key, doc in changes.items()
                if doc is not None
            ]
            if docs:
                table.insert_multiple(docs)


# --------------------------------------------------------------------------- the journal


class Journal:
    """An append-only file of whole-record writes, each line fsynced.

    Lines are only ever appended or the file emptied, both under the store's
    file lock; a torn last line (a kill mid-append) is ignored.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def signature(self) -> FileSignature | None:
        sig = _signature(self.path)
        return None if sig is None or sig.size == 0 else sig

    def append(self, table: str, key: str, doc: dict[str, Any]) -> None:
        self.append_many([(table, key, doc)])

    def append_many(
        self, items: Iterable[tuple[str, str, dict[str, Any]]], *, fsync: bool = True
    ) -> None:
        line = "".join(_compact({"t": t, "k": k, "d": d}) + "\n" for t, k, d in items)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise StoreNotWritable(f"cannot write {self.path}: {exc.strerror}") from None
        try:
            os.write(fd, line.encode())
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)

    def sync(self) -> None:
        """fsync what was appended without it."""
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def entries(self) -> list[tuple[str, str, dict[str, Any]]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        out = []
        for line in raw.splitlines():
            try:
                item = json.loads(line)
                out.append((str(item["t"]), str(item["k"]), dict(item["d"])))
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a kill: its work is redone on rerun
        return out

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError), open(self.path, "r+b") as handle:
            handle.truncate(0)
            os.fsync(handle.fileno())


def apply_journal(data: Data, entries: list[tuple[str, str, dict[str, Any]]]) -> Data:
    out = dict(data)
    copied: set[str] = set()
    for table, key, doc in entries:
        if table not in copied:
            out[table] = dict(out.get(table, {}))
            copied.add(table)
        out[table][key] = doc
    return out


# --------------------------------------------------------------------------- the store


class Store:
    """One ``db.json``, shared safely by this process's threads and other processes."""

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.journal = Journal(self.path.with_name(self.path.name + ".journal"))
        self._storage = AtomicJSONStorage(self.path)
        self._db = _KeyedTinyDB(storage=lambda: self._storage)
        self._file_lock = FileLock(str(self.lock_path), timeout=lock_timeout)
        self._thread_lock = threading.RLock()
        self._view: View | None = None
        self._view_data: Data | None = None
        self._view_journal: FileSignature | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], **kwargs: Any) -> Store:
        """Open and check the file now, so a bad file is reported up front."""
        store = cls(path, **kwargs)
        if not store.path.parent.is_dir():
            raise StoreError(f"the folder of {store.path} does not exist")
        store.read()
        return store

    def read(self) -> View:
        """The current state; the same object while nobody has written since."""
        with self._thread_lock:
            data = self._storage.current()
            journal_sig = self.journal.signature()
            if (
                self._view is None
                or self._view_data is not data
                or self._view_journal != journal_sig
            ):
                entries = self.journal.entries() if journal_sig is not None else []
                self._view = View(apply_journal(data, entries) if entries else data)
                self._view_data = data
                self._view_journal = journal_sig
            return self._view

    @property
    def version_token(self) -> object:
        """Changes whenever the data does; lets a UI poll cheaply for changes."""
        with self._thread_lock:
            self.read()
            return (self._storage._signature, self._view_journal)

    def record_fast(self, *records: Record, fsync: bool = True) -> None:
        """Record records' new states now, without rewriting ``db.json``.

        For progress marks during long work (every message sent): the lines are
        appended to the journal; every reader applies them and the next
        transaction folds them into the file. Once appended they survive a
        kill of this process; ``fsync`` also makes them survive a power cut.
        """
        lines = [(*record_key(record), record.to_dict()) for record in records]
        with self._thread_lock:
            try:
                self._file_lock.acquire()
            except Timeout:
                raise StoreBusy(f"{self.path} is locked by another somek process") from None
            try:
                self.journal.append_many(lines, fsync=fsync)
            finally:
                self._file_lock.release()

    def fold_journal(self) -> None:
        """Write pending journal lines into ``db.json`` (one write)."""
        with self.transaction():
            pass

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, reload if another process wrote, collect changes, write once."""
        with self._thread_lock:
            try:
                self._file_lock.acquire()
            except Timeout:
                raise StoreBusy(
                    f"{self.path} is locked by another somek process ({self.lock_path})"
                ) from None
            except OSError as exc:
                raise StoreNotWritable(f"cannot lock {self.lock_path}: {exc}") from None
            try:
                tx = Transaction(self._storage.current())
                pending = self.journal.entries()
                for table, key, doc in pending:
                    tx._set(table, key, doc)
                yield tx
                if tx.changed:
                    self._storage.begin()
                    try:
                        tx.apply(self._db)
                        self._storage.commit()
                    except BaseException:
                        self._storage.rollback()
                        raise
                if pending:
                    # only after db.json holds them; a kill before this replays
                    # the same whole-record lines again, which is harmless
                    self.journal.clear()
            finally:
                self._file_lock.release()

    def update(self, change: Callable[[Transaction], R]) -> R:
        with self.transaction() as tx:
            return change(tx)
