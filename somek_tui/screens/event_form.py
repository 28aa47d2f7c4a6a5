"""Create or edit an event; problems are shown in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from somek_tui.support.errors import EXPECTED, describe


@dataclass
class EventDraft:
    """What was typed, as text; the caller parses and validates it."""

    title: str = ""
    start: str = ""
    end: str = ""
    venue: str = ""
    address: str = ""
    kind: str = "roundtable"
    capacity: str = ""
    description: str = ""


FIELDS = (
    ("title", "Title", "SEO und Erfolgsmessung"),
    ("start", "Start", "2027-03-25 19:00"),
    ("end", "End", "22:00 or 2027-03-25 22:00"),
    ("venue", "Venue", "Gaststätte Severin"),
    ("address", "Address", "Severinstraße 1, Köln"),
    ("capacity", "Capacity", "places incl. guests; empty = no limit"),
    ("description", "Description", ""),
)


class EventFormScreen(ModalScreen[str | None]):
    """Dismisses with the saved event's id, or None when cancelled."""

    AUTO_FOCUS = "#f-title"

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, title: str, draft: EventDraft, save: Callable[[EventDraft], str]) -> None:
        super().__init__()
        self.title_text = title
        self.draft = draft
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="event-form"):
            yield Static(self.title_text, classes="title", markup=False)
            with VerticalScroll(classes="form-body"):
                for name, label, hint in FIELDS:
                    yield Label(label, classes="field-label")
                    yield Input(
                        getattr(self.draft, name), placeholder=hint, id=f"f-{name}", compact=True
                    )
                    if name == "end":
                        yield Label("Kind", classes="field-label")
                        yield Select(
                            [("Round table", "roundtable"), ("Expert talk", "talk")],
                            value=self.draft.kind,
                            allow_blank=False,
                            id="f-kind",
                            compact=True,
                        )
            yield Static("", classes="error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save (ctrl+s)", id="save", variant="primary")

    def collect(self) -> EventDraft:
        values = {name: self.query_one(f"#f-{name}", Input).value for name, _, _ in FIELDS}
        kind = self.query_one("#f-kind", Select).value
        return EventDraft(kind=str(kind), **values)

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
