from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.models import TopicStatus
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.prompt import PromptScreen
from somek_tui.screens.topics import TopicsScreen

from .conftest import SIZE
from .helpers import wait_for


async def open_topics(pilot) -> TopicsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("5")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, TopicsScreen))
    return pilot.app.screen


async def test_schedule_a_topic_onto_an_event(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_topics(pilot)
        assert screen.table.current_key == "t1"  # most votes first
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press("enter")  # the only upcoming event
        await wait_for(pilot, lambda: isinstance(app.screen, TopicsScreen))
        view = app.ws.store.read()
        topic = view.topic("t1")
        assert topic is not None and topic.status is TopicStatus.SCHEDULED
        assert topic.event_id == "e2"
        assert "t1" in view.event("e2").topic_ids


async def test_merge_duplicates(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_topics(pilot)
        table = screen.table
        table.move_cursor(row=table.get_row_index("t3"))
        await pilot.press("space")
        await pilot.pause()
        assert screen.marked == {"t3"}
        table.move_cursor(row=table.get_row_index("t1"))
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.ws.store.read().topic("t3").status is TopicStatus.MERGED)
        view = app.ws.store.read()
        assert view.topic("t3").merged_into == "t1"
        assert view.topic("t1").vote_count == 4
        await pilot.pause()
        assert "t3" not in {str(k.value) for k in table.rows}


async def test_shortlist_done_and_add(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_topics(pilot)
        screen.table.move_cursor(row=screen.table.get_row_index("t2"))
        await pilot.press("l")
        await pilot.pause()
        assert app.ws.store.read().topic("t2").status is TopicStatus.SHORTLISTED
        await pilot.press("d")
        await pilot.pause()
        assert app.ws.store.read().topic("t2").status is TopicStatus.DONE
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        await pilot.press(*"Threads oder Bluesky", "enter")
        await wait_for(pilot, lambda: app.ws.store.read().topic_by_title("threads oder bluesky"))
