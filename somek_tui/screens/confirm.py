"""Ask before anything that cannot be undone or that sends mail."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from somek_tui.i18n import N_, _


class ConfirmScreen(ModalScreen[bool]):
    AUTO_FOCUS = "#no"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(False)", N_("Cancel")),
        Binding("y", "dismiss(True)", N_("Yes"), show=False),
        Binding("n", "dismiss(False)", N_("No"), show=False),
    ]

    def __init__(
        self, title: str, body: str, *, yes: str = N_("Yes"), danger: bool = False
    ) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.yes = yes
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="title", markup=False)
            yield Static(self.body, markup=False)
            with Horizontal(classes="buttons"):
                yield Button(_("Cancel (n)"), id="no")
                yield Button(
                    _("{action} (y)").format(action=_(self.yes)),
                    id="yes",
                    variant="error" if self.danger else "primary",
                )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
