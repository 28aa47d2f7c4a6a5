"""A small form for the people of an evening: host, speaker, contributor, walk-in, an ask.

The caller passes the fields and a ``save`` callback that writes through a
service; a problem is shown in the form, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Label, Static

from somek_tui.i18n import N_, _
from somek_tui.screens.form import FormScreen


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


class PeopleFormScreen(FormScreen[FormValues]):
    """Dismisses with what ``save`` returned (a line for a notification), or None."""

    def __init__(
        self,
        title: str,
        fields: list[Field],
        save: Callable[[FormValues], str],
        *,
        confirmed: bool | None = None,
        action: str = N_("Save"),
    ) -> None:
        super().__init__(title, save)
        self.fields = fields
        self.confirmed = confirmed  # None: no checkbox
        self.action = action

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="people-form"):
            yield Static(self.title_text, classes="title", markup=False)
            for field in self.fields:
                yield Label(field.label, classes="field-label")
                yield Input(field.value, placeholder=field.hint, id=f"p-{field.name}", compact=True)
            if self.confirmed is not None:
                yield Checkbox(_("Confirmed (they said yes)"), self.confirmed, id="p-confirmed")
            yield from self.form_footer(self.action)

    def on_mount(self) -> None:
        if self.fields:
            self.query_one(f"#p-{self.fields[0].name}", Input).focus()

    def collect(self) -> FormValues:
        text = {f.name: self.query_one(f"#p-{f.name}", Input).value.strip() for f in self.fields}
        confirmed = (
            self.query_one("#p-confirmed", Checkbox).value if self.confirmed is not None else False
        )
        return FormValues(text, confirmed)
