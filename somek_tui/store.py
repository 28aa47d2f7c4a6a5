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
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from somek_tui.dbfile import (
    META,
    SCHEMA_VERSION,
    Data,
    Entry,
    FileSignature,
    Journal,
    StoreBusy,
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreNotWritable,
    StoreTooNew,
    _signature,
    apply_journal,
    atomic_write,
    load_file,
    migrate,
    serialise,
)
from somek_tui.models import Record
from somek_tui.private_files import FILE_MODE
from somek_tui.queries import TABLES, Carried, Reader, Transaction, View, Waiting, record_key

__all__ = [
    "META",
    "SCHEMA_VERSION",
    "TABLES",
    "AtomicJSONStorage",
    "Reader",
    "Store",
    "StoreBusy",
    "StoreCorrupt",
    "StoreError",
    "StoreMissing",
    "StoreNotWritable",
    "StoreTooNew",
    "Transaction",
    "View",
    "Waiting",
    "atomic_write",
    "record_key",
    "serialise",
]


# --------------------------------------------------------------------------- TinyDB


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
        return load_file(self.path)

    def begin(self, base: Data | None = None) -> None:
        """Start collecting TinyDB's writes on ``base`` (the file's data by default)."""
        # a fresh top-level dict: TinyDB swaps whole tables into it, so views
        # taken before the transaction keep seeing the old tables
        self._pending = dict(self.current() if base is None else base)

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


# --------------------------------------------------------------------------- the store


class Store:
    """One ``db.json``, shared safely by this process's threads and other processes."""

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.journal = Journal(self.path.with_name(self.path.name + ".journal"))
        self._storage = AtomicJSONStorage(self.path)
        self._db = _KeyedTinyDB(storage=lambda: self._storage)
        self._file_lock = FileLock(str(self.lock_path), timeout=lock_timeout, mode=FILE_MODE)
        self._thread_lock = threading.RLock()
        self._view: View | None = None
        self._view_data: Data | None = None
        self._view_journal: FileSignature | None = None
        self._applied: _Applied | None = None
        self._transactions = 0  # open in this process (only ever one thread's)
        # the data a journaled transaction left and what it had worked out on it
        self._carried: tuple[Data, Carried] | None = None

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, must_exist: bool = False, **kwargs: Any
    ) -> Store:
        """Open and check the file now, so a bad file is reported up front.

        Without ``must_exist`` a missing file reads as empty and the first
        write creates it; with it, a missing file is :class:`StoreMissing`
        (a mistyped path must not look like an empty database).
        """
        store = cls(path, **kwargs)
        if not store.path.parent.is_dir():
            raise StoreError(f"the folder of {store.path} does not exist")
        if must_exist and not store.path.exists():
            raise StoreMissing(f"no database at {store.path}")
        store.read()
        return store

    def read(self) -> View:
        """The current state; the same object while nobody has written since."""
        with self._thread_lock:
            data = self._with_journal()
            if self._view is None or self._view_data is not data:
                self._view = View(data)
                self._view_data = data
            return self._view

    def _with_journal(self) -> Data:
        """db.json's data with the journal applied; only new journal lines are read.

        The journal grows by a line per sync batch; reading it whole for each
        batch would cost ever more as the pass goes on.
        """
        data = self._storage.current()
        sig = self.journal.signature()
        self._view_journal = sig
        if sig is None:
            self._applied = None
            return data
        cached = self._applied
        if (
            cached is not None
            and cached.base is data
            and cached.inode == sig.inode
            and cached.offset <= sig.size
        ):
            if cached.offset == sig.size:
                return cached.data
            entries, offset = self.journal.entries_from(cached.offset)
            applied = apply_journal(cached.data, entries) if entries else cached.data
        else:
            entries, offset = self.journal.entries_from(0)
            applied = apply_journal(data, entries) if entries else data
        self._applied = _Applied(data, sig.inode, offset, applied)
        return applied

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
            if self._transactions:
                # the transaction holds the journal's lock: this would wait forever
                raise RuntimeError("record_fast() inside a transaction; use tx.put()")
            self.journal.append_many(lines, fsync=fsync)

    def fold_journal(self) -> None:
        """Write pending journal lines into ``db.json`` (one write)."""
        with self.transaction():
            pass

    def _own_append(self, base: Data, start: int, end: int, written: list[Entry]) -> Data | None:
        """Take this process's own journal lines in without reading them back.

        Returns the data now current, or None when someone else's lines came
        in between (then the next read applies the journal from the file).
        """
        cached = self._applied
        sig = self.journal.signature()
        if sig is None or sig.size != end:
            return None
        if cached is not None and cached.data is base and cached.offset == start:
            applied = apply_journal(base, written)
            self._applied = _Applied(cached.base, sig.inode, end, applied)
            return applied
        if cached is None and start == 0 and base is self._storage.current():
            applied = apply_journal(base, written)
            self._applied = _Applied(base, sig.inode, end, applied)
            return applied
        return None

    @contextlib.contextmanager
    def transaction(self, *, journaled: bool = False) -> Iterator[Transaction]:
        """Lock, reload if another process wrote, collect changes, write once.

        Usually the write replaces db.json, taking in the journal's lines. A
        ``journaled`` transaction instead appends its changes to the journal
        as one fsynced line: as durable, and far cheaper than rewriting a big
        file, for work that commits often (a sync batch). The next ordinary
        transaction folds them in.
        """
        with self._thread_lock:
            try:
                self._file_lock.acquire()
            except Timeout:
                raise StoreBusy(
                    f"{self.path} is locked by another somek process ({self.lock_path})"
                ) from None
            except OSError as exc:
                raise StoreNotWritable(f"cannot lock {self.lock_path}: {exc}") from None
            self._transactions += 1
            try:
                with self.journal.held() as journal:
                    if journaled:
                        base = self._with_journal()
                        tx = Transaction(base)
                        carried, self._carried = self._carried, None
                        if carried is not None and carried[0] is base:
                            # the last journaled transaction here led to exactly
                            # this data: its running counts and indexes still hold
                            tx.adopt(carried[1])
                        yield tx
                        if tx.changed:
                            start = journal.size()
                            written = journal.append_transaction(list(tx.changes()))
                            now = self._own_append(base, start, journal.size(), written)
                            if now is not None:
                                self._carried = (now, tx.carry())
                        return
                    # the journal's lines are already applied for readers; the
                    # write takes them in with this transaction's changes
                    base = self._with_journal()
                    folding = base is not self._storage.current()
                    tx = Transaction(base)
                    yield tx
                    if tx.changed or folding:
                        self._storage.begin(base)
                        try:
                            _hand_to_tinydb(tx, self._db)
                            self._storage.commit()
                        except BaseException:
                            self._storage.rollback()
                            raise
                    self._carried = None
                    if folding:
                        # only after db.json holds them; a kill before this
                        # replays the same whole-record lines, which is harmless
                        self.journal.clear()
                        self._applied = None
            finally:
                self._transactions -= 1
                self._file_lock.release()


@dataclass(frozen=True)
class _Applied:
    base: Data  # db.json's data the journal was applied to
    inode: int  # the journal file's
    offset: int  # how much of it is applied
    data: Data


def _hand_to_tinydb(tx: Transaction, db: TinyDB) -> None:
    """One removal and one insertion per changed table."""
    for table_name, gone, docs in tx.changed_tables():
        table = db.table(table_name)
        if gone:
            table.remove(doc_ids=gone)  # type: ignore[arg-type]
        if docs:
            # keyed tables take the record id as document id (KeyedTable)
            table.insert_multiple(
                [Document(doc, doc_id=key) for key, doc in docs]  # type: ignore[arg-type]
            )
