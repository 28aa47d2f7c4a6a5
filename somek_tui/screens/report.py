"""Show a longer result (an import report, a connection test) until dismissed.

The body is content, not markup: it names files, addresses and server answers.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from somek_tui.i18n import N_, _


class ReportScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter", "dismiss", N_("Close"))]  # noqa: RUF012

    def __init__(self, title: str, body: Content) -> None:
        super().__init__()
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="title", markup=False)
            with VerticalScroll(classes="report"):
                yield Static(self.body, id="report-body")
            with Horizontal(classes="buttons"):
                yield Button(_("Close"), id="close", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()
