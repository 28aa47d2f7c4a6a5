"""Check-in on the evening: who said yes, who came, walk-ins added on the spot."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from somek_tui.screens.base import SectionScreen
from somek_tui.screens.people_form import Field, FormValues, PeopleFormScreen
from somek_tui.services.evening import add_walk_in, attendance, checkin_list, record_attendance
from somek_tui.services.events import find_event
from somek_tui.store import Transaction
from somek_tui.support.format import short_when
from somek_tui.support.plain import shown
from somek_tui.support.year import CAME_LABELS, next_came, no_show_label
from somek_tui.widgets.records_table import RecordsTable, dim, styled

ANSWER_STYLE = {"yes": "green", "maybe": "yellow", "no": "red", "waitlist": "bold yellow"}


class CheckinScreen(SectionScreen):
    AUTO_FOCUS = "#checkin-table"
    SECTION = "events"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "app.pop_screen", "Back"),
        Binding("space", "toggle_came", "Came / undo", key_display="space"),
        Binding("n", "came(False)", "Not there"),
        Binding("w", "walk_in", "Walk-in"),
    ]

    def __init__(self, event_id: str) -> None:
        super().__init__()
        self.event_id = event_id

    def compose_body(self) -> ComposeResult:
        yield Static(id="checkin-header")
        yield Static("", id="checkin-status", classes="status-line")
        yield RecordsTable(
            "Name", "E-mail", "Answer", "Guests", "Came", "Walk-in", ("No-shows", "noshows"),
            id="checkin-table",
        )  # fmt: skip

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#checkin-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        event = find_event(view, self.event_id)
        counts = attendance(view, event)
        self.query_one("#checkin-header", Static).update(
            shown(
                f"[b]Check-in · $title[/b]  [$text-muted]{event.id} · "
                f"{short_when(event.start, self.ws.tz)}[/]\n"
                f"[$success]{counts.members} came[/] ({counts.walk_ins} walk-ins, "
                f"{counts.guests} guests) · {counts.absent} missed · "
                f"{counts.unchecked} of {counts.said_yes} yes not checked in",
                title=event.title,
            )
        )
        rows = [
            (
                row.member.id,
                [
                    row.member.display_name,
                    row.member.email,
                    styled(row.answer, ANSWER_STYLE.get(row.answer, "dim")),
                    str(row.rsvp.guests) if row.rsvp.guests else "",
                    CAME_LABELS[row.came],
                    "walk-in" if row.walk_in else "",
                    dim(no_show_label(row.no_shows)),
                ],
            )
            for row in checkin_list(view, event)
        ]
        self.table.replace_rows(rows)
        self.query_one("#checkin-status", Static).update(
            "space came/undo · n not there · w walk-in · no-shows: organizers' eyes only"
        )

    def _member_id(self) -> str | None:
        key = self.table.current_key
        if key is None:
            self.notify("Nobody selected; w adds a walk-in.", severity="warning")
        return key

    def _record(self, member_id: str, came: bool) -> None:
        def change(tx: Transaction) -> str:
            rsvp = record_attendance(tx, self.event_id, member_id, came, self.ws.now())
            member = tx.member(member_id)
            name = member.display_name if member else member_id
            if rsvp is None:
                return f"{name}: check-in removed"
            return f"{name}: {'came' if came else 'not there'}"

        note = self.write(change)
        if note:
            self.notify(note, markup=False)

    def action_toggle_came(self) -> None:
        member_id = self._member_id()
        if member_id is None:
            return
        rsvp = self.ws.store.read().rsvp(self.event_id, member_id)
        self._record(member_id, next_came(rsvp.attended if rsvp else None))

    def action_came(self, came: bool) -> None:
        member_id = self._member_id()
        if member_id is not None:
            self._record(member_id, came)

    def action_walk_in(self) -> None:
        confirmations: list[tuple[str, str]] = []

        def save(values: FormValues) -> str:
            organizer = self.ws.settings.organizer
            with self.ws.store.transaction() as tx:
                walk_in = add_walk_in(
                    tx,
                    self.event_id,
                    values.text["email"],
                    values.text["name"],
                    self.ws.now(),
                    default_language=organizer.language,
                    domain=organizer.domain,
                )
            if walk_in.confirmation is not None:
                confirmations.append((walk_in.confirmation.id, walk_in.member.email))
                return f"{walk_in.member.display_name} came (new, asked to confirm joining)."
            return f"{walk_in.member.display_name} came."

        def done(note: str | None) -> None:
            self.reload()
            if note:
                self.notify(note, markup=False)
            for outbox_id, address in confirmations:
                self.send_join(outbox_id, address)

        self.app.push_screen(
            PeopleFormScreen(
                "Walk-in: who came?",
                [
                    Field("email", "E-mail", hint="nina@example.org"),
                    Field("name", "Name", hint="Nina Neu"),
                ],
                save,
                action="Check in",
            ),
            done,
        )

    @work(exclusive=True, group="join")
    async def send_join(self, outbox_id: str, address: str) -> None:
        from somek_tui.services.joining import send_join_confirmations

        try:
            summary = await send_join_confirmations(self.ws, [outbox_id])
        except Exception as exc:  # a server problem: the outbox keeps the mail for a retry
            self.notify(
                f"The confirmation to {address} was not sent: {exc}", severity="error", markup=False
            )
            return
        if not summary.sent:
            error = summary.failures[0][1] if summary.failures else "unknown error"
            self.notify(
                f"The confirmation to {address} was not sent: {error}",
                severity="error",
                markup=False,
            )
