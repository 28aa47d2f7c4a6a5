"""The organizer's app: sections as modes, global keys, the command palette."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, ScreenStackError, SystemCommand, UnknownModeError
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import ThemeProvider

from somek_tui.i18n import N_, _, choose_language, set_language
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.dashboard import DashboardScreen
from somek_tui.screens.events import EventsScreen
from somek_tui.screens.inbox import InboxScreen
from somek_tui.screens.invitations import InvitationsScreen
from somek_tui.screens.members import MembersScreen
from somek_tui.screens.settings import SettingsScreen
from somek_tui.screens.topics import TopicsScreen
from somek_tui.support.errors import EXPECTED, describe
from somek_tui.widgets.bindings import translate_bindings
from somek_tui.widgets.navbar import SECTIONS
from somek_tui.widgets.palette import (
    SEARCH_THEMES,
    Palette,
    translate_palette_key,
    translated,
)
from somek_tui.workspace import Workspace

# How often the app looks for writes by other processes (a cron ``sync``).
POLL_SECONDS = 2.0


class SectionCommands(Provider):
    """``Go to …`` for every section, plus each section's main actions."""

    def _commands(self) -> list[tuple[str, str, str]]:
        found = [
            (_("Go to {section}").format(section=_(s.label)), f"switch_mode('{s.mode}')", s.mode)
            for s in SECTIONS
        ]
        found += [
            (_("New event"), "new_event", "events"),
            (_("Plan the series (next evenings as drafts)"), "plan_series", "events"),
            (_("Announce the selected draft"), "confirm_event", "events"),
            (_("Mark the selected event done"), "event_done", "events"),
            (_("Add member"), "add_member", "members"),
            (_("Import members from CSV"), "import_members", "members"),
            (_("Add topic"), "add_topic", "topics"),
            (_("Sync inbox now"), "sync_now", "inbox"),
            (_("Send join confirmation for the selected request"), "join_confirm", "inbox"),
            (_("Send invitations"), "send_new", "invitations"),
            (_("Retry failed sends"), "retry_failed", "invitations"),
            (_("Test SMTP connection"), "test_smtp", "settings"),
            (_("Test IMAP connection"), "test_imap", "settings"),
        ]
        return found

    async def discover(self) -> Hits:
        for title, action, mode in self._commands():
            yield DiscoveryHit(title, partial(self._run, action, mode))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, mode in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, action, mode))

    async def _run(self, action: str, mode: str) -> None:
        app = self.app
        if action.startswith("switch_mode"):
            await app.run_action(action)
            return
        await app.switch_mode(mode)
        await app.screen.run_action(action)


class ScreenKeys(Provider):
    """Every main key of the open screen: at 80 columns the footer runs out of room."""

    def _commands(self) -> list[tuple[str, Binding, DOMNode]]:
        found = []
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.show and active.enabled and binding.description:
                key = self.app.get_key_display(binding)
                found.append((f"{binding.description} ({key})", binding, active.node))
        return found

    async def discover(self) -> Hits:
        for title, binding, node in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_action, binding.action, node))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, binding, node in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, binding.action, node),
                )


class SomekApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "somek"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {SectionCommands, ScreenKeys}
    MODES: ClassVar = {
        "dashboard": DashboardScreen,
        "events": EventsScreen,
        "invitations": InvitationsScreen,
        "members": MembersScreen,
        "topics": TopicsScreen,
        "inbox": InboxScreen,
        "settings": SettingsScreen,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(s.key, f"switch_mode('{s.mode}')", s.label, show=False, id=f"go-{s.mode}")
            for s in SECTIONS
        ),
        Binding("question_mark", "toggle_help", N_("Help"), key_display="?"),
        Binding("ctrl+t", "toggle_dark", N_("Theme"), show=False),
        Binding("q", "quit", N_("Quit"), show=False),
    ]

    def __init__(self, ws: Workspace, *, poll_seconds: float = POLL_SECONDS) -> None:
        # before Textual copies this app's bindings, so the footer starts translated
        set_language(choose_language(ws.settings.organizer.interface_language, os.environ))
        translate_bindings()
        super().__init__()
        translate_palette_key(self._bindings)
        self.ws = ws
        self.poll_seconds = poll_seconds
        self.sub_title = ws.settings.organizer.name

    def on_mount(self) -> None:
        self.switch_mode("dashboard")
        self.set_interval(self.poll_seconds, self.check_store)

    def check_store(self) -> None:
        """Show what a cron ``sync`` (or any other process) wrote meanwhile."""
        try:
            screen = self.screen
        except (ScreenStackError, UnknownModeError):
            return  # starting up or shutting down
        if not isinstance(screen, SectionScreen):
            return  # a modal is open: the screen below catches up when it resumes
        if not screen.is_mounted:
            return  # a section opened a moment ago draws itself once mounted
        try:
            stale = screen.is_stale()
        except EXPECTED as exc:
            self.notify(describe(exc), severity="error", markup=False)
            return
        if stale:
            screen.reload()

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        self.push_screen(Palette(SEARCH_THEMES, providers=[ThemeProvider]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from translated(super().get_system_commands(screen))
        yield SystemCommand(
            _("Light / dark"), _("Switch between the light and dark theme"), self.action_toggle_dark
        )


def make_app(ws: Workspace) -> SomekApp:
    """The one way the CLI, the browser server and the tests build the app."""
    return SomekApp(ws)


def run_app(ws: Workspace) -> None:
    make_app(ws).run()
