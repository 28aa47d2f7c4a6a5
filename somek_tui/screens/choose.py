"""Pick one of a list (an event to schedule on, a member to assign a reply to)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from somek_tui.i18n import N_, _
from somek_tui.support.plain import as_written


class ChooseScreen(ModalScreen[str | None]):
    """Returns the chosen option's id, or None when cancelled; type to narrow the list."""

    AUTO_FOCUS = "#choose-filter"

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Cancel"))]  # noqa: RUF012

    def __init__(self, title: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = options  # (id, label)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="title", markup=False)
            yield Input(placeholder=_("type to filter"), id="choose-filter")
            yield OptionList(*self._matching(""), id="choose-list")

    def _matching(self, text: str) -> list[Option]:
        needle = text.casefold().strip()
        return [
            Option(as_written(label), id=key)
            for key, label in self.options
            if not needle or needle in label.casefold()
        ][:500]

    def on_input_changed(self, event: Input.Changed) -> None:
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options(self._matching(event.value))
        if listing.option_count:
            listing.highlighted = 0

    def on_input_submitted(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self.dismiss(listing.get_option_at_index(listing.highlighted).id)

    def key_down(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
