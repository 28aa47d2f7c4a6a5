"""Review reasons are stored in English and shown in the organizer's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from support.cli import run_somek
from support.workspace import make_settings, populate, workspace, write_config
from textual.pilot import Pilot
from textual.widgets import Static

from somek_tui.app import SomekApp
from somek_tui.models import ReviewItem
from somek_tui.screens.inbox import InboxScreen
from somek_tui.store import Store

SIZE = (120, 34)
# the suite pins English through the environment; an empty value lets the settings choose
SETTINGS_DECIDE = {"SOMEK_UI_LANGUAGE": ""}


@pytest.fixture
def german(tmp_path: Path) -> Path:
    return write_config(tmp_path / "de.toml", 'language = "en"\nui_language = "de"\n')


def test_review_list_shows_stored_reasons_in_german(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    store = Store.open(db)
    with store.transaction() as tx:
        for reason in ("no clear answer", "guest numbers disagree: ['zu zweit', '+3']"):
            tx.put(
                ReviewItem(
                    id=tx.next_id("review"),
                    message_id=f"<{reason[:5]}@example.org>",
                    sender="felix@example.org",
                    subject="Re: Einladung",
                    reason=reason,
                    text="",
                )
            )
    shown = run_somek("review", "list", db=db, config=german, env=SETTINGS_DECIDE).out
    assert "keine klare Antwort" in shown
    assert "Gästezahlen widersprechen sich: ['zu zweit', '+3']" in shown
    # the JSON is the export's contract: the stored English stays
    exported = run_somek("review", "list", "--json", db=db, config=german, env=SETTINGS_DECIDE)
    assert '"reason": "no clear answer"' in exported.out


async def test_the_inbox_shows_a_stored_reason_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOMEK_UI_LANGUAGE", raising=False)
    settings = make_settings(tmp_path)
    organizer = replace(settings.organizer, language="en", ui_language="de")
    ws = workspace(tmp_path / "db.json", replace(settings, organizer=organizer))
    populate(ws.store, members=2)
    with ws.store.transaction() as tx:
        tx.put(
            ReviewItem(
                id=tx.next_id("review"),
                message_id="<r1@example.org>",
                sender="felix@example.org",
                subject="Re: Einladung",
                reason="asks instead of answering: 'Wann genau?'",
                text="Wann genau?",
            )
        )
    app = SomekApp(ws, poll_seconds=60)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await wait_until(pilot, lambda: isinstance(app.screen, InboxScreen))
        message = str(app.screen.query_one("#review-text", Static).render())
        assert "fragt, statt zu antworten: 'Wann genau?'" in message
        assert "asks instead" not in message


async def wait_until(pilot: Pilot, condition: Callable[[], bool]) -> None:
    for _ in range(100):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met")
