"""One event: attendees, answers by hand, people, check-in, report, thanks, exports."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static

from somek_tui.models import Answer, AnswerSource, Event
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.event_people import EventPeopleActions
from somek_tui.services.events import find_event
from somek_tui.services.members import find_member
from somek_tui.services.rsvps import mark_attended, set_answer, tally
from somek_tui.store import Transaction
from somek_tui.support.attendees import FILTERS, SORTS, arrange, attendees, next_in
from somek_tui.support.errors import EXPECTED, describe
from somek_tui.support.exports import csv_bytes, write_export
from somek_tui.support.format import plural, short_when, when
from somek_tui.support.plain import shown
from somek_tui.support.year import report_name
from somek_tui.widgets.records_table import RecordsTable, styled

ANSWER_STYLE = {"yes": "green", "maybe": "yellow", "no": "red", "waitlist": "bold yellow"}
CAME = {None: "", True: "✔ came", False: "✘ missed"}


class EventDetailScreen(EventPeopleActions, SectionScreen):
    AUTO_FOCUS = "#attendee-table"
    SECTION = "events"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "app.pop_screen", "Back"),
        Binding("y", "answer('yes')", "Yes"),
        Binding("m", "answer('maybe')", "Maybe"),
        Binding("n", "answer('no')", "No"),
        Binding("plus", "guests(1)", "+Guest", key_display="+"),
        Binding("minus", "guests(-1)", "-Guest", key_display="-", show=False),
        Binding("a", "attended", "Came?"),
        Binding("f", "filter", "Filter"),
        Binding("s", "sort", "Sort"),
        Binding("A", "answer_for", "Answer for…", show=False),
        Binding("x", "export_csv", "CSV"),
        Binding("i", "export_ics", ".ics"),
        Binding("c", "checkin", "Check-in"),
        Binding("h", "host", "Host"),
        Binding("S", "speaker", "Speaker"),
        Binding("C", "contributor", "Contributor"),
        Binding("M", "ask", "Ask by mail"),
        Binding("r", "report", "Report"),
        Binding("T", "thanks", "Thanks"),
    ]

    def __init__(self, event_id: str) -> None:
        super().__init__()
        self.event_id = event_id
        self.answer_filter = "all"
        self.sort = "name"

    def compose_body(self) -> ComposeResult:
        yield Static(id="event-header")
        yield Static("", id="attendee-status", classes="status-line")
        yield RecordsTable(
            "Name", "E-mail", "Answer", "Guests", "Source", "Came", "Updated",
            id="attendee-table",
        )  # fmt: skip

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#attendee-table", RecordsTable)

    def event(self) -> Event:
        return find_event(self.ws.store.read(), self.event_id)

    def _current(self) -> Event | None:
        """The event, or None after a notification saying why not."""
        with self.reporting():
            return self.event()
        return None

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        event = find_event(view, self.event_id)
        t = tally(view, event)
        cap = f" of {t.capacity}" if t.capacity else ""
        self.query_one("#event-header", Static).update(
            shown(
                f"[b]$title[/b]  [$text-muted]{event.id} · {event.kind.value} · "
                f"{event.status.value}[/]\n{when(event.start, self.ws.tz)} · $venue\n"
                f"[$success]{t.yes} yes[/] · [$warning]{t.maybe} maybe[/] · [$error]{t.no} no[/] · "
                f"{t.no_answer} no answer · {plural(t.guests, 'guest')} · "
                f"{t.places_taken}{cap} places"
                + (f" · [b $warning]{t.waitlisted} waiting[/]" if t.waitlisted else ""),
                title=event.title,
                venue=str(event.venue) or "no venue yet",
            )
        )
        rows = []
        for a in arrange(attendees(view, event), self.answer_filter, self.sort):
            rsvp = a.rsvp
            rows.append(
                (
                    a.member.id,
                    [
                        a.member.name or "—",
                        a.member.email,
                        styled(a.answer, ANSWER_STYLE.get(a.answer, "dim")),
                        str(rsvp.guests) if rsvp and rsvp.guests else "",
                        rsvp.source.value if rsvp else "",
                        CAME[rsvp.attended if rsvp else None],
                        short_when(a.updated, self.ws.tz)[5:],  # the year is plain
                    ],
                )
            )
        self.table.replace_rows(rows)
        self.query_one("#attendee-status", Static).update(
            f"showing {self.answer_filter} ({len(rows)}) · sorted by {self.sort} · "
            "y/m/n answer · +/- guests · a came"
        )

    # changing answers --------------------------------------------------------------
    def _member_id(self) -> str | None:
        key = self.table.current_key
        if key is None:
            self.notify("Nobody selected.", severity="warning")
        return key

    def _set(self, member_id: str, answer: Answer, guests: int) -> None:
        def change(tx: Transaction) -> str:
            event = find_event(tx, self.event_id)
            member = find_member(tx, member_id)
            outcome = set_answer(
                tx,
                event=event,
                member=member,
                answer=answer,
                guests=guests,
                source=AnswerSource.ORGANIZER,
                message_id=None,
                now=self.ws.now(),
            )
            note = f"{member.display_name}: {answer.value}"
            if outcome.waitlisted:
                note += " (waitlisted: the event is full)"
            if outcome.promoted:
                note += f"; {len(outcome.promoted)} moved up from the waitlist"
            return note

        note = self.write(change)
        if note:
            self.notify(note, markup=False)

    def action_answer(self, value: str) -> None:
        member_id = self._member_id()
        if member_id is None:
            return
        rsvp = self.ws.store.read().rsvp(self.event_id, member_id)
        guests = rsvp.guests if rsvp and value == "yes" else 0
        self._set(member_id, Answer(value), guests)

    def action_guests(self, delta: int) -> None:
        member_id = self._member_id()
        if member_id is None:
            return
        rsvp = self.ws.store.read().rsvp(self.event_id, member_id)
        current = rsvp.guests if rsvp and rsvp.answer is Answer.YES else 0
        self._set(member_id, Answer.YES, max(0, current + delta))

    def action_attended(self) -> None:
        member_id = self._member_id()
        if member_id is None:
            return
        rsvp = self.ws.store.read().rsvp(self.event_id, member_id)
        came = not (rsvp is not None and rsvp.attended)
        self.write(lambda tx: mark_attended(tx, self.event_id, member_id, came, self.ws.now()))

    def action_answer_for(self) -> None:
        members = sorted(self.ws.store.read().members(), key=lambda m: m.display_name.casefold())
        options = [(m.id, f"{m.display_name} <{m.email}>") for m in members]

        def chosen(member_id: str | None) -> None:
            if member_id:
                self._set(member_id, Answer.YES, 0)

        self.app.push_screen(ChooseScreen("Record a yes for…", options), chosen)

    # the evening and after -----------------------------------------------------------
    def action_checkin(self) -> None:
        from somek_tui.screens.checkin import CheckinScreen

        self.app.push_screen(CheckinScreen(self.event_id))

    def action_report(self) -> None:
        self.write_report()

    @work(thread=True, exclusive=True, group="report")
    def write_report(self) -> None:
        from mail.documents import render_document
        from somek_tui.services.report import REPORT_TEMPLATE, report_context

        try:
            view = self.ws.store.read()
            event = find_event(view, self.event_id)
            language = self.ws.settings.organizer.language
            context = report_context(
                view,
                event,
                organizer=self.ws.settings.organizer,
                language=language,
                now=self.ws.now(),
            )
            text = render_document(
                REPORT_TEMPLATE,
                language,
                context,
                override_dir=self.ws.settings.templates_override_dir,
            )
            path = write_export(self.exports_dir, report_name(event.id), text.encode("utf-8"))
        except Exception as exc:  # a template or file problem must not end the app
            self.post_message(self.Saved(None, str(exc), kind="report"))
            return
        self.post_message(self.Saved(path, kind="report"))
        if not context["attendance"]["members"]:
            self.post_message(self.NobodyCheckedIn())

    class NobodyCheckedIn(Message):
        """The report was written before anybody was checked in."""

    @on(NobodyCheckedIn)
    def warn_nobody_checked_in(self) -> None:
        self.notify("Nobody is checked in yet: c opens the check-in.", severity="warning")

    def action_thanks(self) -> None:
        event = self._current()
        if event is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.send_thanks()

        self.app.push_screen(
            ConfirmScreen(
                f"Send thanks for {event.title}?",
                "“Danke + nächster Termin” goes to everyone checked in as there who has "
                "not had it yet.",
                yes="Send thanks",
            ),
            confirmed,
        )

    @work(exclusive=True, group="thanks")
    async def send_thanks(self) -> None:
        from somek_tui.services.evening import send_thanks

        try:
            summary = await send_thanks(self.ws, self.event_id)
        except EXPECTED as exc:
            self.notify(describe(exc), severity="error", timeout=8, markup=False)
            return
        except Exception as exc:  # a server problem: say so, a rerun sends what is left
            self.notify(
                f"Sending stopped: {exc} (T again sends what is left)",
                severity="error",
                markup=False,
            )
            return
        self.reload()
        self.notify(
            f"Thanks: {summary.line()}",
            severity="error" if summary.failed else "information",
            markup=False,
        )

    # view --------------------------------------------------------------------------
    def action_filter(self) -> None:
        self.answer_filter = next_in(FILTERS, self.answer_filter)
        self.reload()

    def action_sort(self) -> None:
        self.sort = next_in(SORTS, self.sort)
        self.reload()

    def on_data_table_header_selected(self, message: DataTable.HeaderSelected) -> None:
        by_column = {"name": "name", "e-mail": "name", "answer": "answer", "updated": "updated"}
        self.sort = by_column.get(str(message.column_key.value), self.sort)
        self.reload()

    # exports -----------------------------------------------------------------------
    @property
    def exports_dir(self) -> Path:
        return self.ws.settings.base_dir / "exports"

    def action_export_csv(self) -> None:
        self.export("csv")

    def action_export_ics(self) -> None:
        self.export("ics")

    @work(thread=True, exclusive=True, group="export")
    def export(self, kind: str) -> None:
        try:
            view = self.ws.store.read()
            event = find_event(view, self.event_id)
            if kind == "csv":
                listed = arrange(attendees(view, event), self.answer_filter, "answer")
                payload = csv_bytes(
                    ["name", "email", "answer", "guests", "waitlisted", "source", "attended"],
                    [
                        (
                            a.member.name,
                            a.member.email,
                            a.rsvp.answer.value if a.rsvp else "",
                            a.rsvp.guests if a.rsvp else "",
                            a.rsvp.waitlisted if a.rsvp else "",
                            a.rsvp.source.value if a.rsvp else "",
                            "" if a.rsvp is None or a.rsvp.attended is None else a.rsvp.attended,
                        )
                        for a in listed
                    ],
                )
                name = f"{event.id}-attendees.csv"
            else:
                from mail.ical import build_feed

                organizer = self.ws.settings.organizer
                payload = build_feed([event], organizer.timezone, organizer)
                name = f"{event.id}.ics"
            path = write_export(self.exports_dir, name, payload)
        except Exception as exc:  # a full disk must not end the app
            self.post_message(self.Saved(None, str(exc)))
            return
        self.post_message(self.Saved(path))
