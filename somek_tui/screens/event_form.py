"""Create or edit an event; problems are shown in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from somek_tui.i18n import N_, _
from somek_tui.screens.form import FormScreen


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


FIELDS = (  # labels and hints shown through _()
    ("title", N_("Title"), "SEO und Erfolgsmessung"),
    ("start", N_("Start"), "2027-03-25 19:00"),
    ("end", N_("End"), N_("22:00 or 2027-03-25 22:00")),
    ("venue", N_("Venue"), "Gaststätte Severin"),
    ("address", N_("Address"), "Severinstraße 1, Köln"),
    ("capacity", N_("Capacity"), N_("places incl. guests; empty = no limit")),
    ("description", N_("Description"), ""),
)


class EventFormScreen(FormScreen[EventDraft]):
    """Dismisses with the saved event's id, or None when cancelled."""

    AUTO_FOCUS = "#f-title"

    def __init__(self, title: str, draft: EventDraft, save: Callable[[EventDraft], str]) -> None:
        super().__init__(title, save)
        self.draft = draft

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="event-form"):
            yield Static(self.title_text, classes="title", markup=False)
            with VerticalScroll(classes="form-body"):
                for name, label, hint in FIELDS:
                    yield Label(_(label), classes="field-label")
                    yield Input(
                        getattr(self.draft, name), placeholder=_(hint), id=f"f-{name}", compact=True
                    )
                    if name == "end":
                        yield Label(_("Kind"), classes="field-label")
                        yield Select(
                            [(_("Round table"), "roundtable"), (_("Expert talk"), "talk")],
                            value=self.draft.kind,
                            allow_blank=False,
                            id="f-kind",
                            compact=True,
                        )
            yield from self.form_footer()

    def collect(self) -> EventDraft:
        values = {name: self.query_one(f"#f-{name}", Input).value for name, _, _ in FIELDS}
        kind = self.query_one("#f-kind", Select).value
        return EventDraft(kind=str(kind), **values)
