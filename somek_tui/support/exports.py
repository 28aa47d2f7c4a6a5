"""Files an organizer takes away: attendee lists as CSV, events as .ics."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from somek_tui.private_files import make_private_dir, write_private
from somek_tui.services.exports import spreadsheet_safe


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a BOM, so Excel opens umlauts correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            ["" if cell is None else spreadsheet_safe(cell) if isinstance(cell, str) else cell
             for cell in row]
        )  # fmt: skip
    return buffer.getvalue().encode("utf-8-sig")


def write_export(folder: Path, name: str, payload: bytes) -> Path:
    """Write next to the database in ``exports/`` (owner-only); returns the file's path."""
    make_private_dir(folder)
    target = folder / name
    write_private(target, payload)
    return target
