"""How long does importing 10,000 members take next to one ``json.dump`` of the result?

Writes a 10,000-row CSV (German Excel headers, ``;``-separated, like the
files organizers bring), imports it into a new database with
:func:`somek_tui.services.members.import_members` (parsing, validating each
address, building the records, one transaction, one write of ``db.json``),
then times one ``json.dump`` of the database that import wrote, in the same
process. Best of a few rounds each::

    python bench/member_import.py [-n 10000] [--rounds 3]

Goal: the import within 8× the ``json.dump``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from somek_tui.services.members import import_members
from somek_tui.store import Store

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)


def csv_rows(count: int, batch: int) -> bytes:
    """Addresses differ per ``batch``: each round starts as a fresh process would."""
    lines = ["Vorname;Nachname;E-Mail;Sprache;Firma"]
    lines += [
        f"Vorname{n};Nachname{n};mitglied{n}.{batch}@verein-{n % 97}.example.org;"
        f"{'de' if n % 3 else 'en'};Firma {n % 50}"
        for n in range(count)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def time_import(data: bytes, folder: Path) -> tuple[float, Path]:
    db = folder / "db.json"
    store = Store.open(db)
    started = time.perf_counter()
    report = import_members(store, data, source="bench.csv", default_language="de", now=NOW)
    took = time.perf_counter() - started
    assert not report.invalid and not report.duplicates, report
    return took, db


def time_dump(db: Path, folder: Path) -> float:
    data = json.loads(db.read_text(encoding="utf-8"))
    started = time.perf_counter()
    with open(folder / "dump.json", "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    imports, dumps = [], []
    for batch in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            took, db = time_import(csv_rows(args.n, batch), Path(tmp))
            imports.append(took)
            dumps.append(time_dump(db, Path(tmp)))
    best_import, best_dump = min(imports), min(dumps)
    print(
        f"import of {args.n:,} members {best_import:.3f} s; one json.dump of the result "
        f"{best_dump:.3f} s; ratio {best_import / best_dump:.1f}x (goal <= 8x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
