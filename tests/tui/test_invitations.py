from __future__ import annotations

from textual.message import Message

from somek_tui.app import SomekApp
from somek_tui.models import MailKind, OutboxState
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.invitations import InvitationsScreen

from .conftest import SIZE
from .helpers import notes, wait_for


def preview_text(app: SomekApp) -> str:
    return str(app.screen.query_one("#preview-text").render())


def outbox_files(app: SomekApp) -> list[str]:
    folder = app.ws.settings.smtp.maildir / "new"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


async def open_invitations(pilot) -> InvitationsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, InvitationsScreen))
    return pilot.app.screen


async def test_preview_for_a_chosen_member(app: SomekApp) -> None:
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        screen = await open_invitations(pilot)
        assert screen.event_id == "e2"
        await wait_for(pilot, lambda: "Subject:" in preview_text(app), timeout=10)
        assert "SEO und Erfolgsmessung" in preview_text(app)
        await pilot.press("w")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press(*"Emma", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InvitationsScreen))
        assert screen.member_id == "m5"
        await wait_for(pilot, lambda: "Emma" in preview_text(app), timeout=10)
        calendar = str(app.screen.query_one("#preview-cal").render())
        assert calendar.strip()
        assert outbox_files(app) == []  # a preview sends nothing
        # each preview was rendered on a worker and came back as a typed message
        previews = {id(m): m for m in seen if isinstance(m, InvitationsScreen.Previewed)}
        assert len(previews) >= 2 and all(m.error == "" for m in previews.values())


async def test_send_to_the_not_yet_invited_after_confirming(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_invitations(pilot)
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: any("sent" in n for n in notes(pilot)), timeout=20)
        assert "6 sent, 0 skipped, 0 failed" in notes(pilot)
        sent = app.ws.store.read().outbox(event_id="e2", kind=MailKind.INVITATION)
        assert len(sent) == 6 and all(o.state is OutboxState.SENT for o in sent)
        assert len(outbox_files(app)) == 6
        await pilot.pause()
        assert screen.query_one("#outcome-table").row_count == 6
        # a second send reaches nobody new
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: "0 sent, 6 skipped, 0 failed" in notes(pilot), timeout=20)
        assert len(outbox_files(app)) == 6


async def test_send_to_one_member(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_invitations(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert any("Choose the member" in n for n in notes(pilot))
        screen.member_id = "m3"
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await pilot.pause()
        assert outbox_files(app) == []
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: len(outbox_files(app)) == 1, timeout=20)
        sent = app.ws.store.read().outbox(event_id="e2")
        assert [o.member_id for o in sent] == ["m3"]


async def test_reminders_go_out_from_the_invitations_screen(app: SomekApp) -> None:
    answered = {
        r.member_id for r in app.ws.store.read().rsvps(event_id="e2") if r.answer.value != "no"
    }
    async with app.run_test(size=SIZE) as pilot:
        await open_invitations(pilot)
        await pilot.press("R")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: any("sent" in n for n in notes(pilot)), timeout=20)
        sent = app.ws.store.read().outbox(event_id="e2", kind=MailKind.REMINDER)
        assert {o.member_id for o in sent} == answered
        assert all(o.state is OutboxState.SENT for o in sent)


async def test_a_change_notice_goes_out_from_the_invitations_screen(app: SomekApp) -> None:
    from datetime import timedelta

    from somek_tui.services.events import edit_event

    async with app.run_test(size=SIZE) as pilot:
        await open_invitations(pilot)
        await pilot.press("N")
        await wait_for(pilot, lambda: any("already knows" in n for n in notes(pilot)))
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: "6 sent, 0 skipped, 0 failed" in notes(pilot), timeout=20)
        with app.ws.store.transaction() as tx:
            event = tx.event("e2")
            assert event is not None
            edit_event(tx, "e2", start=event.start + timedelta(hours=1))
        await pilot.press("N")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(
            pilot,
            lambda: len(app.ws.store.read().outbox(event_id="e2", kind=MailKind.CHANGED)) == 6,
            timeout=20,
        )
        await wait_for(
            pilot,
            lambda: all(
                o.state is OutboxState.SENT
                for o in app.ws.store.read().outbox(event_id="e2", kind=MailKind.CHANGED)
            ),
            timeout=20,
        )
