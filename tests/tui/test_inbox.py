from __future__ import annotations

from textual.message import Message
from textual.widgets import TabbedContent

from somek_tui.app import SomekApp
from somek_tui.models import Answer, AnswerSource, ReviewItem
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.inbox import InboxScreen
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import notes, wait_for


def add_item(ws: Workspace, *, member_id: str | None, event_id: str | None, text: str) -> str:
    with ws.store.transaction() as tx:
        item = ReviewItem(
            id=tx.next_id("review"),
            message_id=f"<{tx.next_id('review')}@mail.example.org>",
            sender="felix@example.org",
            subject="Re: Einladung",
            reason="no clear answer",
            text=text,
            quoted="> Kommst du am 28.01.?",
            member_id=member_id,
            event_id=event_id,
        )
        tx.put(item)
    return item.id


async def open_inbox(pilot) -> InboxScreen:  # type: ignore[no-untyped-def]
    await pilot.press("6")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, InboxScreen))
    return pilot.app.screen


async def test_settle_a_review_item_with_guests(app: SomekApp, ws: Workspace) -> None:
    item_id = add_item(ws, member_id="m6", event_id="e2", text="Ich komme, mit Begleitung")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_inbox(pilot)
        message = str(screen.query_one("#review-text").render())
        assert "Ich komme, mit Begleitung" in message and "Kommst du" in message
        await pilot.press("plus")
        await pilot.pause()
        assert screen.guests == 1
        await pilot.press("y")
        await wait_for(pilot, lambda: ws.store.read().review_item(item_id).resolved)
        rsvp = ws.store.read().rsvp("e2", "m6")
        assert rsvp is not None and rsvp.answer is Answer.YES and rsvp.guests == 1
        assert rsvp.source is AnswerSource.ORGANIZER
        assert screen.guests == 0
        assert screen.review_table.row_count == 0


async def test_assign_then_answer_and_topic_and_dismiss(app: SomekApp, ws: Workspace) -> None:
    first = add_item(ws, member_id=None, event_id=None, text="vielleicht")
    second = add_item(ws, member_id="m5", event_id=None, text="Thema: Threads vs. Bluesky")
    third = add_item(ws, member_id=None, event_id=None, text="Out of office")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_inbox(pilot)
        assert screen.review_table.current_key == first
        await pilot.press("m")  # no member yet: a clear message, nothing recorded
        await pilot.pause()
        assert any("assign a member first" in n for n in notes(pilot))
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press(*"Felix", "enter")
        await wait_for(pilot, lambda: ws.store.read().review_item(first).member_id == "m6")
        assert ws.store.read().review_item(first).event_id == "e2"  # the next event
        await pilot.press("m")
        await wait_for(pilot, lambda: ws.store.read().review_item(first).resolved)
        assert ws.store.read().rsvp("e2", "m6").answer is Answer.MAYBE

        await wait_for(pilot, lambda: screen.review_table.current_key == second)
        await pilot.press("t")
        await wait_for(pilot, lambda: ws.store.read().review_item(second).resolved)
        assert ws.store.read().topic_by_title("Thema: Threads vs. Bluesky") is not None

        await wait_for(pilot, lambda: screen.review_table.current_key == third)
        await pilot.press("x")
        await wait_for(pilot, lambda: ws.store.read().review_item(third).resolved)
        await pilot.press("h")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "recent-pane"


async def test_sync_now_with_an_empty_inbox(app: SomekApp) -> None:
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_inbox(pilot)
        await pilot.press("s")
        await wait_for(pilot, lambda: any("Sync done" in n for n in notes(pilot)), timeout=15)
        # the sync ran on its worker thread and reported back by one typed message
        # (the hook sees a message again as it bubbles up to the app)
        synced = list({id(m): m for m in seen if isinstance(m, InboxScreen.Synced)}.values())
        assert len(synced) == 1 and synced[0].error == ""
        assert synced[0].summary is not None and synced[0].summary.answers == 0
