"""Event detail: people, the check-in with walk-ins, the report, the thank-you mail."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox

from somek_tui.app import SomekApp
from somek_tui.models import MailKind, MemberStatus, OutboxState
from somek_tui.screens.checkin import CheckinScreen
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.screens.events import EventsScreen
from somek_tui.screens.people_form import PeopleFormScreen
from somek_tui.services.evening import record_attendance
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import fill, notes, wait_for


async def open_event(pilot, event_id: str) -> EventDetailScreen:  # type: ignore[no-untyped-def]
    await pilot.press("2")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EventsScreen))
    table = pilot.app.screen.table
    table.move_cursor(row=table.get_row_index(event_id))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EventDetailScreen))
    return pilot.app.screen


async def test_host_and_speaker_of_a_talk(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_event(pilot, "e1")
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        await pilot.press(*"Agentur Rheinblick")
        fill(pilot, "#p-contact", "Jana Becker")
        app.screen.query_one("#p-confirmed", Checkbox).value = True
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        host = ws.store.read().event("e1").host
        assert host is not None and host.organisation == "Agentur Rheinblick"
        assert host.contact == "Jana Becker" and host.confirmed

        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        fill(pilot, "#p-name", "Jana Becker")
        fill(pilot, "#p-talk", "Reels im B2B")
        fill(pilot, "#p-email", "jana@rheinblick.example")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        (speaker,) = ws.store.read().event("e1").speakers
        assert speaker.talk_title == "Reels im B2B" and not speaker.confirmed
        assert any("Speaker Jana Becker (not confirmed yet)" in n for n in notes(pilot))


async def test_people_forms_keep_to_the_kind_of_evening(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_event(pilot, "e2")  # a theme evening
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, EventDetailScreen)
        assert any("only for expert talks" in n for n in notes(pilot))
        await pilot.press("C")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseScreen))
        await pilot.press(*"Emma", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        await pilot.press(*"Threads vs. Bluesky")
        app.screen.query_one("#p-confirmed", Checkbox).value = True
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        contributors = {c.member_id: c for c in ws.store.read().event("e2").contributors}
        assert contributors["m5"].subject == "Threads vs. Bluesky" and contributors["m5"].confirmed
        assert contributors["m2"].confirmed  # Ben's stays as it was


async def test_checkin_toggle_and_walk_in(app: SomekApp, ws: Workspace) -> None:
    with ws.store.transaction() as tx:  # Anna said yes twice and missed e1
        record_attendance(tx, "e1", "m1", False, ws.now())
    async with app.run_test(size=SIZE) as pilot:
        await open_event(pilot, "e2")
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, CheckinScreen))
        screen = app.screen
        assert isinstance(screen, CheckinScreen)
        # yes, maybe; Chloé said no and is left out
        assert screen.table.row_count == 3
        anna = screen.table.get_row("m1")
        assert str(anna[-1]) == "1"  # one evening missed, shown dim
        screen.table.move_cursor(row=screen.table.get_row_index("m4"))
        await pilot.press("space")
        await wait_for(pilot, lambda: ws.store.read().rsvp("e2", "m4").attended is True)
        await pilot.press("space")
        await wait_for(pilot, lambda: ws.store.read().rsvp("e2", "m4").attended is False)

        await pilot.press("w")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleFormScreen))
        fill(pilot, "#p-email", "kein-at-zeichen")
        fill(pilot, "#p-name", "Nina Neu")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PeopleFormScreen)  # stays open on a bad address
        fill(pilot, "#p-email", "nina@example.org")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, CheckinScreen))
        nina = ws.store.read().member_by_email("nina@example.org")
        assert nina is not None and nina.name == "Nina Neu"
        rsvp = ws.store.read().rsvp("e2", nina.id)
        assert rsvp is not None and rsvp.attended is True
        assert screen.table.row_count == 4
        assert "walk-in" in [str(c) for c in screen.table.get_row(nina.id)]
        assert any("Nina Neu came (new, asked to confirm joining)" in n for n in notes(pilot))
        assert nina.status is MemberStatus.PENDING
        await wait_for(
            pilot,
            lambda: (
                [r.state for r in ws.store.read().outbox(member_id=nina.id)] == [OutboxState.SENT]
            ),
        )
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))


async def test_checkin_is_readable_at_80_by_24(app: SomekApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await open_event(pilot, "e2")
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, CheckinScreen))
        await pilot.pause()
        table = app.screen.query_one("#checkin-table")
        assert table.region.height >= 5
        assert app.screen.query_one("#checkin-header").region.height == 3  # two lines + rule


async def test_report_goes_to_the_exports_folder(app: SomekApp, ws: Workspace) -> None:
    with ws.store.transaction() as tx:
        record_attendance(tx, "e1", "m1", True, ws.now())
    async with app.run_test(size=SIZE) as pilot:
        await open_event(pilot, "e1")
        await pilot.press("r")
        path = Path(ws.settings.base_dir) / "exports" / "report-e1.md"
        await wait_for(pilot, lambda: any("Report saved" in n for n in notes(pilot)))
        assert path.exists()
        assert "Instagram Reels im B2B" in path.read_text(encoding="utf-8")
        assert any(str(path) in n for n in notes(pilot))


async def test_send_thanks_after_confirming(app: SomekApp, ws: Workspace) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_event(pilot, "e1")
        await pilot.press("T")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        # nobody is checked in yet: a readable message, nothing queued
        await wait_for(pilot, lambda: any("nobody is checked in" in n for n in notes(pilot)))
        assert ws.store.read().outbox(event_id="e1", kind=MailKind.THANKS) == []

        await pilot.press("a")  # Anna came
        await wait_for(pilot, lambda: ws.store.read().rsvp("e1", "m1").attended is True)
        await pilot.press("T")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: any("Thanks: 1 sent" in n for n in notes(pilot)), timeout=20)
        (sent,) = ws.store.read().outbox(event_id="e1", kind=MailKind.THANKS)
        assert sent.state is OutboxState.SENT and sent.member_id == "m1"
