"""The changes of one transaction, on top of a :class:`~somek_tui.queries.View`.

Pure: a table is copied the first time it changes, lookups and answer groups
already worked out are kept current change by change; the store writes the
changed tables once at the end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from somek_tui.dbfile import ID_PREFIX, META, Data
from somek_tui.models import Record
from somek_tui.queries import (
    INDEXES,
    Doc,
    View,
    is_waiting,
    one_or_more,
    party,
    record_key,
    waiting_entry,
)

_Undo = tuple[str, str, bool, "Doc | None", "Doc | None"]


class Transaction(View):
    """A :class:`View` plus changes; the store writes them once at the end.

    A table is copied the first time it changes, so views taken before stay
    as they were.
    """

    def __init__(self, data: Data, source: str = "db.json") -> None:
        super().__init__(dict(data), source)
        self._changes: dict[str, dict[str, Doc | None]] = {}
        # (table, key, changed before, change before, document before) in a savepoint
        self._undo: list[_Undo] | None = None
        # records converted once per document, not once per listing: a sync pass lists
        # the topics for each of thousands of replies while it adds more
        self._converted: dict[str, dict[str, Any]] = {}

    def _all(self, table: str) -> list[Any]:
        # shared within the transaction: callers change a record and put it back, which
        # converts that one again next time
        converted = self._converted.setdefault(table, {})
        docs = self._table(table)
        # a change drops its key from ``converted``: the same count means none is new
        if len(converted) != len(docs):
            new = {key: doc for key, doc in docs.items() if key not in converted}
            converted.update(zip(new, self._convert(table, new), strict=True))
        return [converted[key] for key in docs]

    def _set(self, table: str, key: str, doc: Doc | None) -> None:
        changes = self._changes.setdefault(table, {})
        if not changes:
            self._data[table] = dict(self._data.get(table, {}))
        docs = self._data[table]
        old = docs.get(key)
        if self._undo is not None:
            self._undo.append((table, key, key in changes, changes.get(key), old))
        if doc is None:
            docs.pop(key, None)
        else:
            docs[key] = doc
        changes[key] = doc
        self._converted.get(table, {}).pop(key, None)
        if table == "rsvps":
            self._count_places(old, doc)
            self._count_waiting(key, old, doc)
        if table == "rsvps" and self._answers_by_event is not None:
            for gone_or_new in (old, doc):
                if gone_or_new is not None:
                    self._answers_by_event.setdefault(gone_or_new["event_id"], {}).pop(key, None)
            if doc is not None:
                self._answers_by_event[doc["event_id"]][key] = doc
        for name, (index_table, keys_of) in INDEXES.items():
            index = self._indexes.get(name)
            if index_table != table or index is None:
                continue
            for value in one_or_more(keys_of(old)) if old is not None else ():
                if index.get(value) == key:
                    del index[value]
            for value in one_or_more(keys_of(doc)) if doc is not None else ():
                index.setdefault(value, key)

    def _count_waiting(self, key: str, old: Doc | None, new: Doc | None) -> None:
        if old is not None and old["event_id"] in self._waiting:
            self._waiting[old["event_id"]].pop(key, None)
        if is_waiting(new) and new is not None and new["event_id"] in self._waiting:
            self._waiting[new["event_id"]][key] = waiting_entry(new)

    def _count_places(self, old: Doc | None, new: Doc | None) -> None:
        for doc, sign in ((old, -1), (new, 1)):
            if doc is not None and doc["event_id"] in self._places:
                self._places[doc["event_id"]] += sign * party(doc)

    @property
    def changed(self) -> bool:
        return any(self._changes.values())

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """Changes made inside are taken back if it raises; the transaction goes on."""
        outer = self._undo
        undo: list[_Undo] = []
        self._undo = undo
        try:
            yield
        except BaseException:
            self._undo = None
            # a record may have been changed in place before the failure
            self._converted.clear()
            for table, key, had, change, old in reversed(undo):
                self._set(table, key, old)
                if had:
                    self._changes[table][key] = change
                else:
                    del self._changes[table][key]
            self._undo = outer
            raise
        self._undo = outer
        if outer is not None:
            outer.extend(undo)

    # writing ---------------------------------------------------------------------
    def put(self, record: Record) -> None:
        table, key = record_key(record)
        self._set(table, key, record.to_dict())

    def put_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.put(record)

    def delete(self, record: Record) -> None:
        self._set(*record_key(record), None)

    def remove(self, table: str, key: str) -> None:
        """Take a document out by its table and key (records moved to an archive)."""
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
        meta["state"] = {**meta.get("state", {}), key: value}
        self._set(META, META, meta)

    def changed_tables(self) -> Iterator[tuple[str, dict[str, Doc | None]]]:
        """Per changed table: each changed key and its new document (None: gone)."""
        for table, changes in self._changes.items():
            if changes:
                yield table, changes
