"""Add or edit a member; problems are shown in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select, Static

from somek_tui.i18n import _
from somek_tui.models import MemberStatus
from somek_tui.screens.form import FormScreen
from somek_tui.support.labels import label


@dataclass
class MemberDraft:
    email: str = ""
    name: str = ""
    language: str = "de"
    status: str = "active"


class MemberFormScreen(FormScreen[MemberDraft]):
    """Dismisses with the saved member's id, or None when cancelled."""

    AUTO_FOCUS = "#f-email"

    def __init__(
        self,
        title: str,
        draft: MemberDraft,
        save: Callable[[MemberDraft], str],
        *,
        with_status: bool = False,
    ) -> None:
        super().__init__(title, save)
        self.draft = draft
        self.with_status = with_status

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="member-form"):
            yield Static(self.title_text, classes="title", markup=False)
            yield Label(_("E-mail"), classes="field-label")
            yield Input(
                self.draft.email, placeholder=_("name@example.org"), id="f-email", compact=True
            )
            yield Label(_("Name"), classes="field-label")
            yield Input(self.draft.name, placeholder=_("optional"), id="f-name", compact=True)
            yield Label(_("Language"), classes="field-label")
            yield Select(
                [("Deutsch", "de"), ("English", "en")],
                value=self.draft.language,
                allow_blank=False,
                id="f-language",
                compact=True,
            )
            if self.with_status:
                yield Label(_("Status"), classes="field-label")
                yield Select(
                    [(label(s.value), s.value) for s in MemberStatus],
                    value=self.draft.status,
                    allow_blank=False,
                    id="f-status",
                    compact=True,
                )
            yield from self.form_footer()

    def collect(self) -> MemberDraft:
        status = self.draft.status
        if self.with_status:
            status = str(self.query_one("#f-status", Select).value)
        return MemberDraft(
            email=self.query_one("#f-email", Input).value,
            name=self.query_one("#f-name", Input).value,
            language=str(self.query_one("#f-language", Select).value),
            status=status,
        )
