"""One event: attendees, answers by hand, people, check-in, report, thanks, exports."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static

from somek_tui.i18n import N_, _, ngettext
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
from somek_tui.support.format import short_when, when
from somek_tui.support.labels import label
from somek_tui.support.plain import shown
from somek_tui.support.year import report_name
from somek_tui.widgets.records_table import RecordsTable, styled

ANSWER_STYLE = {"yes": "green", "maybe": "yellow", "no": "red", "waitlist": "bold yellow"}
CAME = {None: "", True: N_("✔ came"), False: N_("✘ missed")}


class EventDetailScreen(EventPeopleActions, SectionScreen):
    AUTO_FOCUS = "#attendee-table"
    SECTION = "events"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "app.pop_screen", N_("Back")),
        Binding("y", "answer('yes')", N_("Yes")),
        Binding("m", "answer('maybe')", N_("Maybe")),
        Binding("n", "answer('no')", N_("No")),
        Binding("plus", "guests(1)", N_("+Guest"), key_display="+"),
        Binding("minus", "guests(-1)", N_("-Guest"), key_display="-", show=False),
        Binding("a", "attended", N_("Came?")),
        Binding("f", "filter", N_("Filter")),
        Binding("s", "sort", N_("Sort")),
        Binding("A", "answer_for", N_("Answer for…"), show=False),
        Binding("x", "export_csv", "CSV"),
        Binding("i", "export_ics", ".ics"),
        Binding("c", "checkin", N_("Check-in")),
        Binding("h", "host", N_("Host")),
        Binding("S", "speaker", N_("Speaker")),
        Binding("C", "contributor", N_("Contributor")),
        Binding("M", "ask", N_("Ask by mail")),
        Binding("r", "report", N_("Report")),
        Binding("T", "thanks", N_("Thanks")),
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
            N_("Name"),
            N_("E-mail"),
            N_("Answer"),
            N_("Guests"),
            N_("Source"),
            N_("Came"),
            N_("Updated"),
            id="attendee-table",
        )

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
        places = (
            _("{taken} of {capacity} places").format(taken=t.places_taken, capacity=t.capacity)
            if t.capacity
            else ngettext("{n} place", "{n} places", t.places_taken).format(n=t.places_taken)
        )
        self.query_one("#event-header", Static).update(
            shown(
                f"[b]$title[/b]  [$text-muted]{event.id} · {label(event.kind.value)} · "
                f"{label(event.status.value)}[/]\n{when(event.start, self.ws.tz)} · $venue\n"
                + _(
                    "[$success]{yes} yes[/] · [$warning]{maybe} maybe[/] · [$error]{no} no[/] · "
                    "{no_answer} no answer · {guests} · {places}"
                ).format(
                    yes=t.yes,
                    maybe=t.maybe,
                    no=t.no,
                    no_answer=t.no_answer,
                    guests=ngettext("{n} guest", "{n} guests", t.guests).format(n=t.guests),
                    places=places,
                )
                + (
                    _(" · [b $warning]{n} waiting[/]").format(n=t.waitlisted)
                    if t.waitlisted
                    else ""
                ),
                title=event.title,
                venue=str(event.venue) or _("no venue yet"),
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
                        styled(label(a.answer), ANSWER_STYLE.get(a.answer, "dim")),
                        str(rsvp.guests) if rsvp and rsvp.guests else "",
                        label(rsvp.source.value) if rsvp else "",
                        _(CAME[rsvp.attended if rsvp else None]),
                        short_when(a.updated, self.ws.tz)[5:],  # the year is plain
                    ],
                )
            )
        self.table.replace_rows(rows)
        self.query_one("#attendee-status", Static).update(
            _(
                "showing {answer_filter} ({n_rows}) · sorted by {sort} · y/m/n answer · +/- "
                "guests · a came"
            ).format(
                answer_filter=label(self.answer_filter), n_rows=len(rows), sort=label(self.sort)
            )
        )

    # changing answers --------------------------------------------------------------
    def _member_id(self) -> str | None:
        key = self.table.current_key
        if key is None:
            self.notify(_("Nobody selected."), severity="warning")
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
            note = f"{member.display_name}: {label(answer.value)}"
            if outcome.waitlisted:
                note += _(" (waitlisted: the event is full)")
            if outcome.promoted:
                moved = len(outcome.promoted)
                note += ngettext(
                    "; {n} moved up from the waitlist", "; {n} moved up from the waitlist", moved
                ).format(n=moved)
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

        self.app.push_screen(ChooseScreen(_("Record a yes for…"), options), chosen)

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
        self.notify(_("Nobody is checked in yet: c opens the check-in."), severity="warning")

    def action_thanks(self) -> None:
        event = self._current()
        if event is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.send_thanks()

        self.app.push_screen(
            ConfirmScreen(
                _("Send thanks for {title}?").format(title=event.title),
                _(
                    "“Danke + nächster Termin” goes to everyone checked in as there who has "
                    "not had it yet."
                ),
                yes=_("Send thanks"),
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
                _("Sending stopped: {exc} (T again sends what is left)").format(exc=exc),
                severity="error",
                markup=False,
            )
            return
        self.reload()
        self.notify(
            _("Thanks: {value}").format(value=summary.line()),
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
