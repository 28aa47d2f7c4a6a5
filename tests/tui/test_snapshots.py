"""How the main screens look at 80×24 on the fixed sample database (fixed clock)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from somek_tui.app import SomekApp
from somek_tui.models import ReviewItem

from .conftest import make_workspace
from .helpers import wait_for

SIZE = (80, 24)


def sample_app(folder: Path) -> SomekApp:
    ws = make_workspace(folder)
    with ws.store.transaction() as tx:
        tx.put(
            ReviewItem(
                id="r1",
                message_id="<r1@mail.example.org>",
                sender="felix@example.org",
                subject="Re: Einladung: SEO und Erfolgsmessung",
                reason="no clear answer",
                text="Klingt spannend! Ich versuche es,\nkann aber erst ab 20 Uhr.",
                quoted="> Kommst du am 28.01.?",
                member_id="m6",
                event_id="e2",
            )
        )
    return SomekApp(ws, poll_seconds=60)


def go(*keys: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await pilot.press(*keys)
        await pilot.pause(0.2)
        await wait_for(pilot, lambda: not pilot.app.screen.is_modal)

    return run_before


def test_dashboard(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go())


def test_events(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go("2"))


def test_event_detail(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go("2", "enter"))


def test_members(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go("4"))


def test_review(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go("6"))


def test_light_theme_topics(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(sample_app(tmp_path), terminal_size=SIZE, run_before=go("ctrl+t", "5"))
