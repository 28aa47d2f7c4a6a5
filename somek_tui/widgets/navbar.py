"""The row of sections across the top: shows each section's key, click to switch."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from somek_tui.i18n import N_, _


@dataclass(frozen=True)
class Section:
    key: str
    mode: str
    label: str


SECTIONS: tuple[Section, ...] = (
    Section("1", "dashboard", N_("Dashboard")),
    Section("2", "events", N_("Events")),
    Section("3", "invitations", N_("Invitations")),
    Section("4", "members", N_("Members")),
    Section("5", "topics", N_("Topics")),
    Section("6", "inbox", N_("Inbox")),
    Section("7", "settings", N_("Settings")),
)


class NavItem(Static):
    def __init__(self, section: Section, *, current: bool) -> None:
        super().__init__(
            Content.from_markup("[b]$key[/b] $label", key=section.key, label=_(section.label)),
            classes="nav-item -current" if current else "nav-item",
        )
        self.section = section

    def on_click(self) -> None:
        self.app.switch_mode(self.section.mode)


class NavBar(Horizontal):
    """Which section is open and how to reach the others."""

    def __init__(self, current: str) -> None:
        super().__init__(id="navbar")
        self.current = current

    def compose(self) -> ComposeResult:
        for section in SECTIONS:
            yield NavItem(section, current=section.mode == self.current)

    def on_resize(self, event: events.Resize) -> None:
        # when the names do not all fit (German at 80 columns), they share the
        # bar and end in "…"; the open section keeps its whole name
        needed = sum(len(s.key) + len(_(s.label)) + 3 for s in SECTIONS)
        self.set_class(event.size.width < needed, "-squeezed")
