"""Textual's command palette in the organizer's language.

Textual writes its palette texts (the search placeholder, "No matches found",
the system commands' titles and help) in English; they are msgids here and
swapped for translations when the palette opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.binding import BindingsMap
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from somek_tui.i18n import N_, _

SEARCH_COMMANDS = N_("Search for commands…")
SEARCH_THEMES = N_("Search for themes…")
NO_MATCHES = N_("No matches found")
# The key Textual adds to every app in App.__init__, after the bindings were translated.
PALETTE_KEY = (N_("palette"), N_("Open the command palette"))
# Textual's own system commands (textual.app.App.get_system_commands), title and help.
SYSTEM_TEXTS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)


class Palette(CommandPalette):
    """The command palette with its placeholder and "no matches" line translated."""

    def __init__(self, placeholder: str = SEARCH_COMMANDS, **kwargs: object) -> None:
        super().__init__(placeholder=_(placeholder), **kwargs)  # type: ignore[arg-type]

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own version, with the English line translated
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if not search_value:  # discovering, not searching: nothing to miss
                self._list_visible = False
                return
            self.query_one(CommandList).add_option(
                Option(
                    Align.center(Text(_(NO_MATCHES), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def translated(commands: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """Textual's system commands with their title and help in the current language."""
    for command in commands:
        yield command._replace(title=_(command.title), help=_(command.help))


def translate_palette_key(bindings: BindingsMap) -> None:
    """The footer's "palette" key, which Textual adds per app, in the current language."""
    for key, found in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            replace(b, description=_(b.description), tooltip=_(b.tooltip))
            if b.action == "command_palette"
            else b
            for b in found
        ]
