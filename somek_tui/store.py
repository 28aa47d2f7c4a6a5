"""The database: ``db.json`` through TinyDB, made safe for many processes.

TinyDB's own JSON storage rewrites the file in place on every write; two
processes writing at once corrupt it. Here:

* :class:`AtomicJSONStorage` writes a temp file, fsyncs it, renames it over
  ``db.json`` and fsyncs the folder, so a kill leaves the old or the new file.
* Every change runs in :meth:`Store.transaction`, under a ``db.json.lock``
  file lock: read the file's current contents, apply, write once.
* Reads come from memory while the file is unchanged; a write by another
  process is noticed (inode, size, mtime) and the file read again.
* Mail delivered during a mailing is logged line by line beside the file
  (:mod:`somek_tui.deliveries`) and folded in by the next write.

This and :mod:`somek_tui.tinytables` are the only modules that import
tinydb, and only at the first write: reading needs the parsed file alone.
Records go in and out as the dataclasses of :mod:`somek_tui.models`;
documents are keyed by their own ids
(``"m12"``, ``"e3"``), so ``db.json`` stays readable by a person.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somek_tui import archive
from somek_tui.dbfile import (
    META,
    SCHEMA_VERSION,
    Data,
    FileSignature,
    StoreBusy,
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreNotWritable,
    StoreTooNew,
    atomic_write,
    load_file,
    migrate,
    serialise,
    signature,
)
from somek_tui.deliveries import Delivery, DeliveryLog, apply_deliveries
from somek_tui.i18n import _
from somek_tui.models import OutgoingMessage
from somek_tui.private_files import FILE_MODE
from somek_tui.queries import TABLES, Reader, View, Waiting, record_key
from somek_tui.transaction import Transaction

if TYPE_CHECKING:
    from filelock import FileLock

    from somek_tui.tinytables import KeyedTinyDB

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


class AtomicJSONStorage:
    """A TinyDB storage that caches the parsed file and replaces it atomically.

    TinyDB writes table by table; :meth:`begin` and :meth:`commit` collect a
    transaction's table writes into one file write.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._data: Data | None = None
        self.signature: FileSignature | None = None
        self._pending: Data | None = None

    def read(self) -> Data | None:
        return self._pending if self._pending is not None else self.current()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self._pending is None:
            raise RuntimeError("writes go through Store.transaction()")
        self._pending = data

    def current(self) -> Data:
        """The file's data, read again only when another process replaced it."""
        sig = signature(self.path)
        if self._data is None or sig != self.signature:
            self._data = load_file(self.path) if sig is not None else migrate({}, self.path)
            self.signature = sig
        return self._data

    def begin(self, base: Data) -> None:
        # a fresh top-level dict: TinyDB swaps whole tables into it, so views
        # taken before keep their tables
        self._pending = dict(base)

    def commit(self) -> None:
        assert self._pending is not None
        data, self._pending = self._pending, None
        atomic_write(self.path, serialise(data))
        self._data = data
        self.signature = signature(self.path)

    def rollback(self) -> None:
        self._pending = None

    def close(self) -> None:
        """Nothing is held open between reads and writes."""


class Store:
    """One ``db.json``, shared safely by this process's threads and other processes."""

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.deliveries = DeliveryLog(self.path.with_name(self.path.name + ".deliveries"))
        self._storage = AtomicJSONStorage(self.path)
        self._tinydb: KeyedTinyDB | None = None  # made at the first write
        self._lock_timeout = lock_timeout
        self._file_lock: FileLock | None = None  # made at the first write: reading needs none
        self._thread_lock = threading.RLock()
        self._in_transaction = False
        self._view: View | None = None
        # the file and the delivery log as the view saw them
        self._view_of: tuple[FileSignature | None, FileSignature | None] | None = None

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
            raise StoreError(_("the folder of {path} does not exist").format(path=store.path))
        if must_exist and not store.path.exists():
            raise StoreMissing(f"no database at {store.path}")
        store.read()
        return store

    def read(self) -> View:
        """The current state; the same object while nobody has written since."""
        with self._thread_lock:
            data = self._storage.current()
            state = (self._storage.signature, self.deliveries.signature())
            if self._view is None or self._view_of != state:
                if state[1] is not None:
                    data = apply_deliveries(data, self.deliveries.read())
                self._view = View(data, self.path.name)
                self._view_of = state
            return self._view

    @property
    def version_token(self) -> object:
        """Changes whenever the data does; lets a UI poll cheaply for changes."""
        with self._thread_lock:
            self.read()
            return self._view_of

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            from filelock import FileLock, Timeout

            if self._file_lock is None:
                self._file_lock = FileLock(
                    str(self.lock_path), timeout=self._lock_timeout, mode=FILE_MODE
                )
            try:
                self._file_lock.acquire()
            except Timeout:
                raise StoreBusy(
                    _("{path} is locked by another somek process ({lock})").format(
                        path=self.path, lock=self.lock_path
                    )
                ) from None
            except OSError as exc:
                raise StoreNotWritable(
                    _("cannot lock {lock}: {exc}").format(lock=self.lock_path, exc=exc)
                ) from None
            try:
                yield
            finally:
                self._file_lock.release()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, read the file as it is now, collect changes, write once."""
        with self._locked():
            self._in_transaction = True
            try:
                logged = self.deliveries.read()
                base = apply_deliveries(self._storage.current(), logged)
                tx = Transaction(base, self.path.name)
                yield tx
                if tx.changed or logged:
                    self._write(base, tx)
                if logged:
                    # only once db.json holds them; a kill before this applies
                    # the same lines again, which changes nothing
                    self.deliveries.clear()
            finally:
                self._in_transaction = False

    def _write(self, base: Data, tx: Transaction) -> None:
        """Through TinyDB's tables: per changed table one removal and one insertion."""
        from tinydb.table import Document

        from somek_tui.tinytables import KeyedTinyDB

        if self._tinydb is None:
            self._tinydb = KeyedTinyDB(storage=lambda: self._storage)
        self._storage.begin(base)
        try:
            for name, changes in tx.changed_tables():
                table = self._tinydb.table(name)
                gone = [key for key in changes if key in base.get(name, {})]
                if gone:
                    table.remove(doc_ids=gone)  # type: ignore[arg-type]
                # keyed tables take the record's own id as document id (KeyedTable)
                docs = [
                    Document(doc, doc_id=key)  # type: ignore[arg-type]
                    for key, doc in changes.items()
                    if doc is not None
                ]
                if docs:
                    table.insert_multiple(docs)
            self._storage.commit()
        except BaseException:
            self._storage.rollback()
            raise

    def log_delivery(self, record: OutgoingMessage, at: datetime) -> None:
        """Make one mail's delivery durable now, without rewriting ``db.json``."""
        with self._locked():
            if self._in_transaction:
                # the transaction would empty the log without this line in its write
                raise RuntimeError("log_delivery() inside a transaction; use tx.put()")
            self.deliveries.append(Delivery(record.id, record.message_id, at))

    def fold_deliveries(self) -> None:
        """Write logged deliveries into ``db.json`` (one write, none if there are none)."""
        with self.transaction():
            pass

    def archive_before(self, cutoff: datetime) -> int:
        """Move finished inbox and outbox records older than ``cutoff`` to yearly archives.

        Each archive is written and fsynced before the records leave
        ``db.json``: a kill in between leaves them in both, and the next run
        merges them into the archive again by key, adding nothing twice.
        """
        with self.transaction() as tx:
            old = archive.old_records({t: tx.documents(t) for t in archive.TABLES}, cutoff)
            for year, tables in sorted(old.items()):
                archive.add_to_archive(archive.archive_path(self.path, year), tables)
                for table, docs in tables.items():
                    for key in docs:
                        tx.remove(table, key)
        return sum(len(docs) for tables in old.values() for docs in tables.values())
