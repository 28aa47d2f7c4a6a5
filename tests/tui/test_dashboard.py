from __future__ import annotations

from datetime import timedelta

from textual.pilot import Pilot
from textual.widgets import Sparkline

from somek_tui.app import SomekApp
from somek_tui.models import Answer, AnswerSource, EventStatus, InboxEntry, InboxOutcome, ReviewItem
from somek_tui.screens.dashboard import DashboardScreen
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.services.events import add_event
from somek_tui.services.rsvps import set_answer
from somek_tui.store import Store
from somek_tui.workspace import Workspace

from .conftest import NOW, SIZE, TZ
from .helpers import wait_for


def text_of(app: SomekApp, selector: str) -> str:
    """What a panel shows on screen, line by line, without its border."""
    region = app.screen.query_one(selector).content_region
    strips = app.screen._compositor.render_strips()
    rows = strips[region.y : region.bottom]
    return "\n".join(
        "".join(s.text for s in row.crop(region.x, region.right)).rstrip() for row in rows
    ).strip("\n")


async def loaded(pilot: Pilot[None]) -> None:
    """The dashboard is open and has counted its bouncing addresses."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
    await app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: SomekApp) -> str:
    return "\n".join(
        "".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()
    )


async def test_dashboard_shows_the_next_event(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        event = text_of(app, "#next-event")
        assert "SEO und Erfolgsmessung" in event and "in 18 days" in event
        answers = text_of(app, "#answer-counts")
        assert "2 yes" in answers and "1 maybe" in answers and "1 no" in answers
        assert "3 places taken of 5" in answers  # Anna and her guest, Deniz
        assert sum(app.screen.query_one(Sparkline).data) == 4
        assert text_of(app, "#todo").splitlines() == ["[3] 28.01. invitations not sent"]


async def test_the_coming_evenings_show_answers_against_capacity_and_invitations(
    app: SomekApp, ws: Workspace
) -> None:
    with ws.store.transaction() as tx:
        add_event(
            tx,
            title="Themenabend",
            start=NOW + timedelta(days=60),
            venue="Brauhaus Sion",
            status=EventStatus.DRAFT,
            domain="example.org",
            now=NOW,
        )
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        rows = [
            line for line in screen_text(app).splitlines() if "28.01." in line or "11.03." in line
        ]
        first, second = rows[1], rows[2]  # the to-do list names the first too
        assert "Thu 28.01. 19:00" in first and "roundtable" in first
        assert "SEO und Erfolgsmessung" in first and "Gaststätte Severin" in first
        assert "3/5" in first and "not sent" in first
        assert "Themenabend" in second and "Brauhaus Sion" in second and "draft" in second


async def test_a_reply_recorded_by_a_sync_shows_at_once_with_its_outcome(
    app: SomekApp, ws: Workspace
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert "No replies yet" in text_of(app, "#replies")
        # another process (a cron sync) records one answer and sends one reply to review
        other = Store.open(ws.store.path)
        with other.transaction() as tx:
            emma = tx.member_by_email("emma@example.net")
            event = tx.event("e2")
            assert emma is not None and event is not None
            set_answer(
                tx,
                event=event,
                member=emma,
                answer=Answer.YES,
                guests=1,
                source=AnswerSource.EMAIL,
                message_id="<emma@example.net>",
                now=NOW,
            )
            for message_id, who, outcome in (
                ("<emma@example.net>", emma, InboxOutcome.ANSWER),
                ("<felix@example.org>", None, InboxOutcome.REVIEW),
            ):
                tx.put(
                    InboxEntry(
                        message_id=message_id,
                        outcome=outcome,
                        member_id=who.id if who else None,
                        event_id="e2",
                        sender="felix@example.org",
                        reply_text="Klingt spannend, ich versuche es",
                        received_at=NOW - timedelta(minutes=5 if who else 1),
                        processed_at=NOW,
                    )
                )
        await wait_for(pilot, lambda: "in review" in text_of(app, "#replies"), 6)
        replies = text_of(app, "#replies").splitlines()
        assert "felix@example" in replies[0] and "Klingt spannend" in replies[0]
        assert "Emma Wilson" in replies[1] and "yes +1 guest" in replies[1]
        assert "recorded" in replies[1]
        assert "3 yes" in text_of(app, "#answer-counts")


async def test_dashboard_follows_writes_by_another_process(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        # another process (a cron sync) adds a review item and an earlier event
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
        await wait_for(pilot, lambda: "1 reply to review" in text_of(app, "#todo"))
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
        attention = text_of(app, "#todo")
        assert "20.01. speaker not confirmed" in attention
        assert "20.01. host not confirmed" in attention
