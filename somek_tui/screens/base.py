"""What every section screen shares: the workspace, refreshing, readable errors."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import TabbedContent

from somek_tui.i18n import N_, _
from somek_tui.store import Transaction
from somek_tui.support.errors import EXPECTED, describe
from somek_tui.widgets.footer import KeyFooter
from somek_tui.widgets.navbar import NavBar
from somek_tui.workspace import Workspace

if TYPE_CHECKING:
    from somek_tui.app import SomekApp

T = TypeVar("T")

# What the organizer reads when a worker has written a file, or could not.
_SAVED = {
    "export": (N_("Saved {path}"), N_("Export failed: {exc}")),
    "report": (N_("Report saved: {path}"), N_("Report failed: {exc}")),
}


class SectionScreen(Screen[None]):
    """A top-level section: a nav bar, the body, a footer; reloads when data changes."""

    SECTION = ""

    def __init__(self) -> None:
        super().__init__()
        self._loaded_version: object = None

    @property
    def somek(self) -> SomekApp:
        return self.app  # type: ignore[return-value]

    @property
    def ws(self) -> Workspace:
        return self.somek.ws

    def compose(self) -> ComposeResult:
        yield NavBar(self.SECTION)
        yield from self.compose_body()
        yield KeyFooter(compact=True)

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        # every widget composed below is mounted by now; the app's poll waits for this
        self.reload()

    def on_screen_resume(self) -> None:
        # another screen (or another process) may have written meanwhile
        with self.reporting():
            if self.is_stale():
                self.reload()

    def is_stale(self) -> bool:
        return self._loaded_version != self.ws.store.version_token

    def reload(self) -> None:
        """Read the store again and redraw; safe to call at any time."""
        with self.reporting():
            self._loaded_version = self.ws.store.version_token
            self.refresh_data()

    def refresh_data(self) -> None:
        """Subclasses redraw from ``self.ws.store.read()`` here."""

    def set_tab_label(self, tab_id: str, label: str) -> None:
        self.query_one(TabbedContent).get_tab(tab_id).label = label

    @dataclass
    class Saved(Message):
        """A worker wrote a file (an export, a report), or says why it could not."""

        path: Path | None
        error: str = ""
        kind: str = "export"  # or "report": how the notice names it

    @on(Saved)
    def show_saved(self, message: Saved) -> None:
        done, failed = _SAVED[message.kind]
        if message.path is None:
            text = _(failed).format(exc=message.error)
            self.notify(text, severity="error", markup=False)
        else:
            self.notify(_(done).format(path=message.path), timeout=8, markup=False)

    @contextmanager
    def reporting(self) -> Iterator[None]:
        """Turn a person's mistake or a file problem into a notification."""
        try:
            yield
        except EXPECTED as exc:
            self.notify(describe(exc), severity="error", timeout=8, markup=False)
        except Exception as exc:  # a bug must not take the organizer's evening with it
            self.log.error(traceback.format_exc())
            self.notify(
                _("Unexpected error: {error}").format(error=f"{type(exc).__name__}: {exc}"),
                severity="error",
                markup=False,
            )

    def write(self, change: Callable[[Transaction], T]) -> T | None:
        """Run one transaction; on failure notify and return None; redraw after."""
        result: T | None = None
        with self.reporting(), self.ws.store.transaction() as tx:
            result = change(tx)
        self.reload()
        return result
