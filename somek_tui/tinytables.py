"""TinyDB keyed by the records' own ids, for :class:`somek_tui.store.Store`'s writes.

A module of its own so that reading the database never imports tinydb: a
cron sync that finds nothing new writes nothing.
"""

from __future__ import annotations

from tinydb import TinyDB
from tinydb.table import Table


class KeyedTable(Table):
    """Documents keyed by the record's own id rather than TinyDB's counter."""

    document_id_class = str  # type: ignore[assignment]


class KeyedTinyDB(TinyDB):
    table_class = KeyedTable
