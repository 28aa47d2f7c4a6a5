"""Mail from the year's workflow: join confirmations from the inbox, asking for a contribution."""

from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.models import MailKind, MemberStatus, OutboxState, ReviewItem
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.screens.inbox import InboxScreen
from somek_tui.screens.people_form import PeopleFormScreen
from somek_tui.services.joining import JOIN_REQUEST_REASON
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import notes, wait_for


def add_request(ws: Workspace, *, reason: str = JOIN_REQUEST_REASON) -> str:
    with ws.store.transaction() as tx:
        item = ReviewItem(
            id=tx.next_id("review"),
            message_id="<join1@mail.example.org>",
            sender="lea@example.org",
            subject="Stammtisch",
            reason=reason,
            text="Hallo, ich würde gern zum Stammtisch kommen. Lea",
        )
        tx.put(item)
    return item.id


async def open_inbox(pilot) -> InboxScreen:  # type: ignore[no-untyped-def]
    await pilot.press("6")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, InboxScreen))
    return pilot.app.screen


async def test_join_request_gets_a_confirmation_mail(app: SomekApp, ws: Workspace) -> None:
    item_id = add_request(ws)
    async with app.run_test(size=SIZE) as pilot:
        await open_inbox(pilot)
        await pilot.press("j")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: any("Join confirmation sent" in n for n in notes(pilot)), 20)
        view = ws.store.read()
        assert view.review_item(item_id).resolved
        lea = view.member_by_email("lea@example.org")
        assert lea is not None and lea.status is MemberStatus.PENDING
        (mail,) = view.outbox(member_id=lea.id, kind=MailKind.JOIN_CONFIRM)
        assert mail.state is OutboxState.SENT


async def test_join_key_ignores_other_review_items(app: SomekApp, ws: Workspace) -> None:
    item_id = add_request(ws, reason="no clear answer")
    async with app.run_test(size=SIZE) as pilot:
        await open_inbox(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        assert any("not asking to join" in n for n in notes(pilot))
        assert not ws.store.read().review_item(item_id).resolved
        assert ws.store.read().member_by_email("lea@example.org") is None


async def test_ask_a_member_to_prepare_a_contribution(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")  # e2, the theme evening
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press(*"Deniz", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        await pilot.press(*"Reichweite auf TikTok", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: any("Request sent to" in n for n in notes(pilot)), 20)
        view = ws.store.read()
        contributors = {c.member_id: c for c in view.event("e2").contributors}
        assert contributors["m4"].subject == "Reichweite auf TikTok"
        assert not contributors["m4"].confirmed
        (mail,) = view.outbox(event_id="e2", kind=MailKind.CONTRIBUTION_REQUEST)
        assert mail.state is OutboxState.SENT and mail.member_id == "m4"


async def test_asking_can_be_called_off(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press(*"Deniz", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        await pilot.press("enter")  # no subject
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        assert ws.store.read().outbox(event_id="e2", kind=MailKind.CONTRIBUTION_REQUEST) == []
        assert "m4" not in {c.member_id for c in ws.store.read().event("e2").contributors}
