"""The inbox's Examples tab: settling a reply teaches an example, delete forgets it."""

from __future__ import annotations

from textual.widgets import TabbedContent

from somek_tui.app import SomekApp
from somek_tui.models import InboxEntry, InboxOutcome
from somek_tui.widgets.records_table import RecordsTable
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import notes, wait_for
from .test_inbox import add_item, open_inbox


async def test_a_settled_reply_is_listed_as_an_example_and_forgotten_with_delete(
    app: SomekApp, ws: Workspace
) -> None:
    item_id = add_item(ws, member_id="m6", event_id="e2", text="Do sin mer widder 🍻")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_inbox(pilot)
        await pilot.press("y")
        await wait_for(pilot, lambda: ws.store.read().review_item(item_id).resolved)
        await pilot.press("h", "h")
        tabs = screen.query_one(TabbedContent)
        await wait_for(pilot, lambda: tabs.active == "examples-pane")
        table = screen.query_one("#examples-table", RecordsTable)
        await wait_for(pilot, lambda: table.row_count == 1)
        (example,) = ws.store.read().examples()
        assert example.words == "do sin mer widder"
        assert table.current_key == example.id
        await pilot.press("delete")
        await wait_for(pilot, lambda: ws.store.read().examples() == [])
        assert table.row_count == 0
        assert any("go to review again" in n for n in notes(pilot))


async def test_delete_outside_the_examples_tab_forgets_nothing(
    app: SomekApp, ws: Workspace
) -> None:
    add_item(ws, member_id="m6", event_id="e2", text="Do sin mer widder 🍻")
    async with app.run_test(size=SIZE) as pilot:
        await open_inbox(pilot)
        await pilot.press("y")
        await wait_for(pilot, lambda: len(ws.store.read().examples()) == 1)
        await pilot.press("delete")
        await wait_for(pilot, lambda: any("Examples tab" in n for n in notes(pilot)))
        assert len(ws.store.read().examples()) == 1


async def test_the_recent_tab_shows_a_settled_reply_as_answered(
    app: SomekApp, ws: Workspace
) -> None:
    item_id = add_item(ws, member_id="m6", event_id="e2", text="Do sin mer widder")
    with ws.store.transaction() as tx:
        item = tx.review_item(item_id)
        tx.put(InboxEntry(message_id=item.message_id, outcome=InboxOutcome.REVIEW, member_id="m6"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_inbox(pilot)
        await pilot.press("y")
        await wait_for(pilot, lambda: ws.store.read().review_item(item_id).resolved)
        recent = screen.query_one("#recent-table", RecordsTable)
        await wait_for(pilot, lambda: "answer" in str(recent.get_row_at(0)[2]))
        assert ws.store.read().inbox_entry(item.message_id).outcome is InboxOutcome.ANSWER
