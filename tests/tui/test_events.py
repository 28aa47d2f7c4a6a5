from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.models import Answer, AnswerSource, EventStatus
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.screens.event_form import EventFormScreen
from somek_tui.screens.events import EventsScreen

from .conftest import SIZE
from .helpers import fill, notes, wait_for


async def test_create_an_event(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, EventFormScreen))
        await pilot.press(*"Karneval")  # the title field has the focus
        fill(pilot, "#f-start", "2027-03-25 19:00")
        fill(pilot, "#f-end", "22:00")
        fill(pilot, "#f-venue", "Stadtbibliothek")
        fill(pilot, "#f-capacity", "25")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        created = [e for e in app.ws.store.read().events() if e.title == "Karneval"]
        assert len(created) == 1
        event = created[0]
        assert event.capacity == 25
        assert event.venue.name == "Stadtbibliothek"
        assert f"{event.end:%H:%M}" == "22:00"
        assert any("created" in n for n in notes(pilot))
        table = app.screen.query_one("#events-table")
        assert event.id in [str(k.value) for k in table.rows]


async def test_event_form_keeps_open_on_bad_input(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "n")
        await wait_for(pilot, lambda: isinstance(app.screen, EventFormScreen))
        fill(pilot, "#f-title", "Ohne Zeit")
        fill(pilot, "#f-start", "next friday")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventFormScreen)
        error = str(app.screen.query_one("#form-error").render())
        assert "expected YYYY-MM-DD HH:MM" in error
        fill(pilot, "#f-start", "2027-03-25 19:00")
        fill(pilot, "#f-capacity", "viele")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "whole number" in str(app.screen.query_one("#form-error").render())
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        assert all(e.title != "Ohne Zeit" for e in app.ws.store.read().events())


async def test_edit_and_cancel_an_event(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        table = app.screen.query_one("#events-table")
        assert table.current_key == "e2"  # newest first
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EventFormScreen))
        fill(pilot, "#f-venue", "Rathaus")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        event = app.ws.store.read().event("e2")
        assert event is not None and event.venue.name == "Rathaus"
        assert event.sequence == 0  # nobody has the calendar entry yet: no new version
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(
            pilot, lambda: app.ws.store.read().event("e2").status is EventStatus.CANCELLED
        )
        status = app.screen.query_one("#events-status")
        # a cancelled evening is not one to come
        await wait_for(pilot, lambda: ", 0 to come" in str(status.render()))


async def test_edit_an_answer_by_hand_and_mark_attendance(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        screen = app.screen
        assert isinstance(screen, EventDetailScreen)
        table = screen.table
        assert table.row_count == 4  # the four who answered
        table.move_cursor(row=table.get_row_index("m2"))  # Ben said maybe
        await pilot.press("y")
        await pilot.pause()
        rsvp = app.ws.store.read().rsvp("e2", "m2")
        assert rsvp is not None and rsvp.answer is Answer.YES
        assert rsvp.source is AnswerSource.ORGANIZER
        await pilot.press("plus")
        await pilot.pause()
        rsvp = app.ws.store.read().rsvp("e2", "m2")
        # capacity 5: Anna+1, Deniz, Ben; Ben's guest fits (5 places)
        assert rsvp is not None and rsvp.guests == 1 and not rsvp.waitlisted
        await pilot.press("a")
        await pilot.pause()
        assert app.ws.store.read().rsvp("e2", "m2").attended is True
        await pilot.press("f")  # filter: yes only
        await pilot.pause()
        assert screen.answer_filter == "yes"
        assert table.row_count == 3
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))


async def test_exports(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventDetailScreen))
        await pilot.press("x")
        exports = app.ws.settings.base_dir / "exports"
        await wait_for(pilot, lambda: (exports / "e2-attendees.csv").exists())
        text = (exports / "e2-attendees.csv").read_text(encoding="utf-8-sig")
        assert text.splitlines()[0].startswith("name,email,answer")
        assert "anna@example.org" in text
        await pilot.press("i")
        await wait_for(pilot, lambda: (exports / "e2.ics").exists())
        assert b"BEGIN:VEVENT" in (exports / "e2.ics").read_bytes()
