"""The review queue's one key for "this is the member's other address"."""

from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.models import ReviewItem
from somek_tui.services.matching import UNKNOWN_ADDRESS
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import wait_for
from .test_inbox import open_inbox

PRIVATE = "anna.privat@example.net"


def add_unknown_address_item(ws: Workspace) -> str:
    with ws.store.transaction() as tx:
        item = ReviewItem(
            id=tx.next_id("review"),
            message_id="<alias-1@example.net>",
            sender=PRIVATE,
            subject="Re: Einladung",
            reason=f"{UNKNOWN_ADDRESS}: anna@example.org's key from {PRIVATE}",
            text="Ja, ich komme.",
            member_id="m1",
            event_id="e2",
        )
        tx.put(item)
    return item.id


async def test_o_remembers_the_sender_as_the_members_other_address(
    app: SomekApp, ws: Workspace
) -> None:
    item_id = add_unknown_address_item(ws)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_inbox(pilot)
        message = str(screen.query_one("#review-text").render())
        assert f"o remembers {PRIVATE} as anna@example.org's other address" in message
        await pilot.press("o")

        def remembered() -> bool:
            anna = ws.store.read().member("m1")
            return anna is not None and anna.other_addresses == [PRIVATE]

        await wait_for(pilot, remembered)
        found = ws.store.read().member_by_address(PRIVATE)
        assert found is not None and found.id == "m1"
        item = ws.store.read().review_item(item_id)
        assert item is not None and not item.resolved
        assert "now anna@example.org's other address" in item.reason
