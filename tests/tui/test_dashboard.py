from __future__ import annotations

from datetime import timedelta

from textual.widgets import Sparkline

from somek_tui.app import SomekApp
from somek_tui.models import ReviewItem
from somek_tui.screens.dashboard import DashboardScreen
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.services.events import add_event
from somek_tui.workspace import Workspace

from .conftest import NOW, SIZE, TZ
from .helpers import wait_for


def text_of(app: SomekApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_dashboard_shows_the_next_event(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        event = text_of(app, "#next-event")
        assert "SEO und Erfolgsmessung" in event and "in 18 days" in event
        answers = text_of(app, "#answer-counts")
        assert "2 yes" in answers and "1 maybe" in answers and "1 no" in answers
        assert "3 places taken of 5" in answers  # Anna and her guest, Deniz
        assert sum(app.screen.query_one(Sparkline).data) == 4
        assert "All clear" in text_of(app, "#attention")
        topics = text_of(app, "#top-topics").splitlines()
        assert "LinkedIn Ads für Vereine" in topics[0]


async def test_dashboard_follows_writes_by_another_process(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        # another process (a cron sync) adds a review item and an earlier event
        from somek_tui.store import Store

        other = Store.open(ws.store.path)
        with other.transaction() as tx:
            tx.put(
                ReviewItem(
                    id=tx.next_id("review"),
                    message_id="<x@y>",
                    sender="x@y.org",
                    subject="Re: Einladung",
                    reason="no answer found",
                )
            )
            add_event(
                tx,
                title="Neujahrsempfang",
                start=NOW + timedelta(days=3),
                domain="example.org",
                now=NOW,
            )
        await wait_for(pilot, lambda: "Neujahrsempfang" in text_of(app, "#next-event"), 6)
        assert "1 reply to review" in text_of(app, "#attention")
        assert TZ is not None


async def test_open_the_next_event_from_the_dashboard(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        assert app.current_mode == "events"
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "events"


async def test_empty_database(empty_ws: Workspace) -> None:
    app = SomekApp(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert "Nothing planned" in text_of(app, "#next-event")
        for key in "2345671":
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_dashboard_warns_of_a_talk_soon_without_speaker_or_host(
    app: SomekApp, ws: Workspace
) -> None:
    with ws.store.transaction() as tx:
        add_event(
            tx,
            title="Expertenvortrag ohne Gast",
            start=NOW + timedelta(days=10),
            kind="talk",
            domain="example.org",
            now=NOW,
        )
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        attention = text_of(app, "#attention")
        assert "expert talk without a confirmed speaker" in attention
        assert "expert talk without a confirmed host" in attention
