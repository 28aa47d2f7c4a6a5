"""The app speaks the organizer's language: ``[organizer] ui_language``, else ``language``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support.workspace import make_settings, populate, workspace
from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from somek_tui.app import SomekApp
from somek_tui.screens.events import EventsScreen
from somek_tui.screens.members import MembersScreen

SIZE = (120, 34)


@pytest.fixture(autouse=True)
def _settings_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    # the suite pins English through the environment; here the settings choose
    monkeypatch.delenv("SOMEK_UI_LANGUAGE", raising=False)


def make_app(tmp_path: Path, *, members: int = 4, language: str = "de", ui: str = "") -> SomekApp:
    settings = make_settings(tmp_path)
    organizer = replace(settings.organizer, language=language, ui_language=ui)
    ws = workspace(tmp_path / "db.json", replace(settings, organizer=organizer))
    populate(ws.store, members=members)
    return SomekApp(ws, poll_seconds=60)


async def wait_for_screen(pilot: Pilot, kind: type) -> None:
    for _ in range(100):
        if isinstance(pilot.app.screen, kind):
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{kind.__name__} did not open")


def status(pilot: Pilot, selector: str) -> str:
    return str(pilot.app.screen.query_one(selector, Static).render())


def footer(pilot: Pilot) -> set[str]:
    return {key.description for key in pilot.app.screen.query(FooterKey)}


async def test_ui_language_de_shows_events_members_and_footer_in_german(tmp_path: Path) -> None:
    app = make_app(tmp_path, language="en", ui="de")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await wait_for_screen(pilot, EventsScreen)
        assert "1 Abend, 1 kommend" in status(pilot, "#events-status")
        assert {"Neu", "Bearbeiten", "Abend absagen", "Hilfe"} <= footer(pilot)
        headers = {str(c.label) for c in app.screen.query_one("#events-table").columns.values()}
        assert {"Wann", "Art", "Titel", "Ort"} <= headers
        await pilot.press("4")
        await wait_for_screen(pilot, MembersScreen)
        assert status(pilot, "#members-status").startswith("4 Mitglieder · / suchen")
        assert {"Hinzufügen", "Löschen", "CSV importieren"} <= footer(pilot)


async def test_ui_language_en_shows_the_same_screens_in_english(tmp_path: Path) -> None:
    app = make_app(tmp_path, language="de", ui="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await wait_for_screen(pilot, EventsScreen)
        assert "1 event, 1 to come" in status(pilot, "#events-status")
        assert {"New", "Edit", "Cancel event", "Help"} <= footer(pilot)
        await pilot.press("4")
        await wait_for_screen(pilot, MembersScreen)
        assert status(pilot, "#members-status").startswith("4 members · / search")


async def test_without_ui_language_the_app_follows_the_organizer_language(tmp_path: Path) -> None:
    app = make_app(tmp_path, language="de")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await wait_for_screen(pilot, MembersScreen)
        assert status(pilot, "#members-status").startswith("4 Mitglieder")


@pytest.mark.parametrize(
    ("ui", "members", "expected"),
    [
        ("de", 1, "1 Mitglied ·"),
        ("de", 2, "2 Mitglieder ·"),
        ("en", 1, "1 member ·"),
        ("en", 2, "2 members ·"),
    ],
)
async def test_member_count_takes_the_plural_form_of_the_language(
    tmp_path: Path, ui: str, members: int, expected: str
) -> None:
    app = make_app(tmp_path, members=members, ui=ui)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await wait_for_screen(pilot, MembersScreen)
        assert status(pilot, "#members-status").startswith(expected)
