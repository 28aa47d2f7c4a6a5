"""The series from the events screen: propose, write drafts, announce, mark done."""

from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.models import EventKind, EventStatus, TopicStatus
from somek_tui.screens.events import EventsScreen
from somek_tui.screens.plan import PlanScreen
from somek_tui.services.topics import set_topic_status
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import notes, wait_for


def shortlist(ws: Workspace, *topic_ids: str) -> None:
    with ws.store.transaction() as tx:
        for topic_id in topic_ids:
            set_topic_status(tx, topic_id, TopicStatus.SHORTLISTED)


async def open_events(pilot) -> EventsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("2")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EventsScreen))
    return pilot.app.screen


async def test_plan_writes_drafts_with_proposed_topics(app: SomekApp, ws: Workspace) -> None:
    shortlist(ws, "t1")
    async with app.run_test(size=SIZE) as pilot:
        await open_events(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        assert plan.table.row_count == 3
        await pilot.press("minus")
        await pilot.pause()
        assert plan.table.row_count == 2
        assert ws.store.read().event("e3") is None  # a proposal writes nothing
        await pilot.press("w")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        view = ws.store.read()
        drafts = [e for e in view.events() if e.status is EventStatus.DRAFT]
        assert [e.id for e in drafts] == ["e3", "e4"]
        # the last evening was a theme evening: a talk comes next, with the best topic
        assert [e.kind for e in drafts] == [EventKind.TALK, EventKind.ROUNDTABLE]
        assert drafts[0].topic_ids == ["t1"]
        assert f"{drafts[0].start:%Y-%m-%d %H:%M}" == "2027-03-25 19:00"
        assert any("Drafted e3, e4" in n for n in notes(pilot))


async def test_announce_a_draft_and_mark_a_past_event_done(app: SomekApp, ws: Workspace) -> None:
    shortlist(ws, "t1")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_events(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        screen.table.move_cursor(row=screen.table.get_row_index("e3"))
        await pilot.press("a")
        await wait_for(pilot, lambda: ws.store.read().event("e3").status is EventStatus.ANNOUNCED)
        topic = ws.store.read().topic("t1")
        assert topic.status is TopicStatus.SCHEDULED and topic.event_id == "e3"

        # a future evening cannot be done yet: a notification, nothing written
        await pilot.press("d")
        await wait_for(pilot, lambda: any("has not started yet" in n for n in notes(pilot)))
        assert ws.store.read().event("e3").status is EventStatus.ANNOUNCED

        screen.table.move_cursor(row=screen.table.get_row_index("e1"))
        await pilot.press("d")
        await wait_for(pilot, lambda: ws.store.read().event("e1").status is EventStatus.DONE)
        assert any("e1 done" in n for n in notes(pilot))


async def test_plan_from_the_command_palette(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Plan the series")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        assert all(e.status is not EventStatus.DRAFT for e in app.ws.store.read().events())


async def test_plan_is_readable_at_80_by_24(app: SomekApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await open_events(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.pause()
        dialog = app.screen.query_one("#plan-dialog")
        assert dialog.region.height <= 24 and dialog.region.width <= 80
        save = app.screen.query_one("#save")
        assert save.region.height > 0 and save.region.bottom <= 24
