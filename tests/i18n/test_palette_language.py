"""Textual's own texts in the app (the command palette) read in German."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from rich.align import Align
from support.workspace import make_settings, populate, workspace
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey
from textual.widgets.option_list import OptionDoesNotExist

from somek_tui.app import SomekApp

SIZE = (120, 34)


@pytest.fixture(autouse=True)
def _settings_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    # the suite pins English through the environment; here the settings choose
    monkeypatch.delenv("SOMEK_UI_LANGUAGE", raising=False)


def german_app(tmp_path: Path) -> SomekApp:
    settings = make_settings(tmp_path)
    organizer = replace(settings.organizer, language="en", ui_language="de")
    ws = workspace(tmp_path / "db.json", replace(settings, organizer=organizer))
    populate(ws.store, members=2)
    return SomekApp(ws, poll_seconds=60)


async def wait_until(pilot: Pilot, condition: Callable[[], bool]) -> None:
    for _ in range(100):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")


def no_matches_line(app: SomekApp) -> str:
    """The text of the palette's "no matches" line, "" while it is not shown."""
    try:
        option = app.screen.query_one(CommandList).get_option("--no-matches")
    except OptionDoesNotExist:
        return ""
    prompt = option.prompt
    return str(prompt.renderable if isinstance(prompt, Align) else prompt)


async def test_the_command_palette_searches_in_german(tmp_path: Path) -> None:
    app = german_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert app.screen.query_one(CommandInput).placeholder == "Befehle suchen…"
        await pilot.press(*"zzqx")
        await wait_until(pilot, lambda: no_matches_line(app) == "Keine Treffer")


async def test_textual_system_commands_are_listed_in_german(tmp_path: Path) -> None:
    app = german_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Farbschema", "Beenden", "Tasten", "Bildschirmfoto"} <= titles
        await pilot.pause()


async def test_the_footer_s_palette_key_reads_in_german(tmp_path: Path) -> None:
    app = german_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(".-command-palette")))
        key = app.screen.query_one(".-command-palette", FooterKey)
        assert (key.description, key.tooltip) == ("Befehle", "Die Befehlsliste öffnen")
