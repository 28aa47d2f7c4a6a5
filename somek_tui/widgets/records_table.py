"""A DataTable of records keyed by id that keeps its cursor across refreshes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Any

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, RowDoesNotExist

from somek_tui.i18n import _

Row = tuple[str, Sequence[CellType]]


class RecordsTable(DataTable[CellType]):
    """Rows are records; the row key is the record's id."""

    DEFAULT_CSS = """
    RecordsTable { height: 1fr; }
    """

    def __init__(self, *columns: str | tuple[str, str], **kwargs: object) -> None:
        """``columns``: English headers (``N_``-marked), or (header, key) pairs.

        Headers are translated when shown; a column's key stays the English one.
        """
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._columns_spec = columns

    def on_mount(self) -> None:
        for spec in self._columns_spec:
            if isinstance(spec, tuple):
                self.add_column(_(spec[0]), key=spec[1])
            else:
                self.add_column(_(spec), key=spec.lower())

    @property
    def current_key(self) -> str | None:
        """The id of the record under the cursor, if any."""
        if self.row_count == 0:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except RowDoesNotExist:
            return None
        return None if key.value is None else str(key.value)

    def replace_rows(self, rows: Iterable[Row]) -> None:
        """All rows at once; the cursor stays on the same record when it is still there."""
        keep = self.current_key
        keep_row = self.cursor_row
        self.clear()
        for key, cells in rows:
            # text shows as it is: a name such as "Bert [/]" is not markup, and
            # not parsing it as such saves most of the cost of a long table
            shown: list[Any] = [Text(c, end="") if type(c) is str else c for c in cells]
            self.add_row(*shown, key=key)
        if self.row_count == 0:
            return
        target = min(keep_row, self.row_count - 1)
        if keep is not None:
            with contextlib.suppress(RowDoesNotExist):
                target = self.get_row_index(keep)
        self.move_cursor(row=target, animate=False, scroll=True)


def dim(text: str) -> Text:
    return Text(text, style="dim")


def styled(text: str, style: str) -> Text:
    return Text(text, style=style)
