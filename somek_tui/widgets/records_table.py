"""A DataTable of records keyed by id that keeps its cursor across refreshes."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, RowDoesNotExist

from somek_tui.i18n import _

Row = tuple[str, Sequence[CellType]]

# A column cut shorter than this would show little but its ellipsis.
MIN_WIDTH = 6
# What a date, a time or a count is written with.
NUMERIC = re.compile(r"[\d\s:.,/+%()-]*")


def fitted_widths(
    widths: Sequence[int],
    room: int,
    *,
    fixed: Sequence[bool] = (),
    minimum: int = MIN_WIDTH,
) -> list[int]:
    """Column widths that fit ``room``: the widest column gives up width first.

    Narrow columns (counts, states) and ``fixed`` ones (dates, ids) stay
    whole; long texts (names, titles, reasons) shrink towards each other,
    never below ``minimum``.
    """
    out = list(widths)
    free = [i for i in range(len(out)) if not (i < len(fixed) and fixed[i])]
    for _step in range(sum(out) - room):
        shrinkable = [i for i in free if out[i] > minimum]
        if not shrinkable:
            break
        # one cell at a time from the widest, so columns of a width shrink together
        out[max(shrinkable, key=lambda i: (out[i], -i))] -= 1
    return out


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
        self._rows: list[Row] = []
        self._fitted_room = 0

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
        self._rows = list(rows)
        self.clear()
        self._fit_columns()
        for key, cells in self._rows:
            # text shows as it is: a name such as "Bert [/]" is not markup, and
            # not parsing it as such saves most of the cost of a long table
            shown: list[Any] = [
                Text(c, end="", no_wrap=True, overflow="ellipsis") if type(c) is str else c
                for c in cells
            ]
            self.add_row(*shown, key=key)
        if self.row_count == 0:
            return
        target = min(keep_row, self.row_count - 1)
        if keep is not None:
            with contextlib.suppress(RowDoesNotExist):
                target = self.get_row_index(keep)
        self.move_cursor(row=target, animate=False, scroll=True)

    def _fit_columns(self) -> bool:
        """Cut the longest texts with an ellipsis rather than run past the right edge.

        Returns whether any column's width changed.
        """
        columns = list(self.columns.values())
        room = self._fitted_room = self.scrollable_content_region.width
        if not columns or room <= 0:
            return False
        before = [None if c.auto_width else c.width for c in columns]
        needed = [c.label.cell_len for c in columns]
        # dates, times and counts cut short could not be read at all: they stay whole
        fixed = [True] * len(columns)
        for _key, cells in self._rows:
            for i, cell in enumerate(cells[: len(needed)]):
                text = cell.plain if isinstance(cell, Text) else str(cell)
                needed[i] = max(needed[i], cell_len(text))
                fixed[i] = fixed[i] and NUMERIC.fullmatch(text) is not None
        pad = 2 * self.cell_padding
        fitted = fitted_widths([w + pad for w in needed], room, fixed=fixed)
        for column, width, need in zip(columns, fitted, needed, strict=True):
            column.auto_width = width >= need + pad
            column.width = width - pad
        return [None if c.auto_width else c.width for c in columns] != before

    def on_resize(self, _: events.Resize) -> None:
        # the rows are laid out again only when the new width cuts them differently
        resized = self.scrollable_content_region.width != self._fitted_room
        if self._rows and resized and self._fit_columns():
            self.replace_rows(self._rows)


def dim(text: str) -> Text:
    return Text(text, style="dim", no_wrap=True, overflow="ellipsis")


def styled(text: str, style: str) -> Text:
    return Text(text, style=style, no_wrap=True, overflow="ellipsis")
