"""What every modal form shares: save through a service, or show why not and stay open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from somek_tui.i18n import N_, _
from somek_tui.support.errors import EXPECTED, describe
from somek_tui.support.plain import as_written

T = TypeVar("T")


class FormScreen(ModalScreen[str | None], Generic[T]):
    """Dismisses with what ``save`` returned (an id or a line to show), or None.

    Subclasses compose their fields, end with :meth:`form_footer`, and read
    the fields back in :meth:`collect`.
    """

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(None)", N_("Cancel")),
        Binding("ctrl+s", "save", N_("Save")),
    ]

    def __init__(self, title: str, save: Callable[[T], str]) -> None:
        super().__init__()
        self.title_text = title
        self.save = save

    def collect(self) -> T:
        raise NotImplementedError

    def form_footer(self, action: str = N_("Save")) -> ComposeResult:
        yield Static("", classes="error", id="form-error")
        with Horizontal(classes="buttons"):
            yield Button(_("Cancel"), id="cancel")
            yield Button(
                _("{action} (ctrl+s)").format(action=_(action)), id="save", variant="primary"
            )

    def action_save(self) -> None:
        try:
            saved = self.save(self.collect())
        except EXPECTED as exc:
            self.query_one("#form-error", Static).update(as_written(describe(exc)))
            self.notify(describe(exc), severity="error", markup=False)
            return
        self.dismiss(saved)

    def on_input_submitted(self) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)
