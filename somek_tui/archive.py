"""Retention: old inbox and outbox records move to a yearly archive beside ``db.json``.

``db-archive-YYYY.json`` has the layout of ``db.json`` (tables of documents
by key), so merging into it is a dict update: a rerun after a kill between
writing the archive and writing ``db.json`` finds the same keys and adds
nothing twice.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from somek_tui.dbfile import Data, atomic_write, load_file, serialise

# when a record of each table happened, and which are finished with
_WHEN = {"inbox": "processed_at", "outbox": "created"}
TABLES = tuple(_WHEN)
_FINISHED = {
    "inbox": lambda doc: True,
    "outbox": lambda doc: doc.get("state") in ("sent", "failed"),
}


def months_before(moment: datetime, months: int) -> datetime:
    """The same day ``months`` earlier (the month's last day where it is shorter)."""
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def old_records(data: Data, cutoff: datetime) -> dict[int, dict[str, dict[str, Any]]]:
    """The finished inbox and outbox documents from before ``cutoff``, by year."""
    by_year: dict[int, dict[str, dict[str, Any]]] = {}
    for table, field in _WHEN.items():
        for key, doc in data.get(table, {}).items():
            when = doc.get(field)
            if not when or not _FINISHED[table](doc):
                continue
            moment = datetime.fromisoformat(when)
            if moment < cutoff:
                by_year.setdefault(moment.year, {}).setdefault(table, {})[key] = doc
    return by_year


def archive_path(db_path: Path, year: int) -> Path:
    return db_path.with_name(f"{db_path.stem}-archive-{year}.json")


def add_to_archive(path: Path, tables: dict[str, dict[str, Any]]) -> None:
    """Merge ``tables`` into the archive file and make it durable (0600 when new)."""
    existing: Data = load_file(path) if path.exists() else {}
    for table, docs in tables.items():
        existing[table] = {**existing.get(table, {}), **docs}
    atomic_write(path, serialise(existing))
