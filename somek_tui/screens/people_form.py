"""A small form for the people of an evening: host, speaker, contributor, walk-in, an ask.

The caller passes the fields and a ``save`` callback that writes through a
service; a problem is shown in the form, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from somek_tui.support.errors import EXPECTED, describe


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    hint: str = ""


@dataclass(frozen=True)
class FormValues:
    text: dict[str, str]
    confirmed: bool


class PeopleFormScreen(ModalScreen[str | None]):
    """Dismisses with what ``save`` returned (a line for a notification), or None."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(
        self,
        title: str,
        fields: list[Field],
        save: Callable[[FormValues], str],
        *,
        confirmed: bool | None = None,
        action: str = "Save",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.save = save
        self.confirmed = confirmed  # None: no checkbox
        self.action = action

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="people-form"):
            yield Static(self.title_text, classes="title", markup=False)
            for field in self.fields:
                yield Label(field.label, classes="field-label")
                yield Input(field.value, placeholder=field.hint, id=f"p-{field.name}", compact=True)
            if self.confirmed is not None:
                yield Checkbox("Confirmed (they said yes)", self.confirmed, id="p-confirmed")
            yield Static("", classes="error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button(f"{self.action} (ctrl+s)", id="save", variant="primary")

    def on_mount(self) -> None:
        if self.fields:
            self.query_one(f"#p-{self.fields[0].name}", Input).focus()

    def collect(self) -> FormValues:
        text = {f.name: self.query_one(f"#p-{f.name}", Input).value.strip() for f in self.fields}
        confirmed = (
            self.query_one("#p-confirmed", Checkbox).value if self.confirmed is not None else False
        )
        return FormValues(text, confirmed)

    def action_save(self) -> None:
        try:
            saved = self.save(self.collect())
        except EXPECTED as exc:
            self.query_one("#form-error", Static).update(describe(exc))
            self.notify(describe(exc), severity="error")
            return
        self.dismiss(saved)

    def on_input_submitted(self) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)
