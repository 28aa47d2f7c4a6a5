"""Check-in on the evening: who said yes, who came, walk-ins added on the spot."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from somek_tui.i18n import N_, _, ngettext
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.people_form import Field, FormValues, PeopleFormScreen
from somek_tui.services.evening import add_walk_in, attendance, checkin_list, record_attendance
from somek_tui.services.events import find_event
from somek_tui.store import Transaction
from somek_tui.support.format import short_when
from somek_tui.support.labels import label
from somek_tui.support.plain import shown
from somek_tui.support.year import CAME_LABELS, next_came, no_show_label
from somek_tui.widgets.records_table import RecordsTable, dim, styled

ANSWER_STYLE = {"yes": "green", "maybe": "yellow", "no": "red", "waitlist": "bold yellow"}


class CheckinScreen(SectionScreen):
    AUTO_FOCUS = "#checkin-table"
    SECTION = "events"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "app.pop_screen", N_("Back")),
        Binding("space", "toggle_came", N_("Came / undo"), key_display="space"),
        Binding("n", "came(False)", N_("Not there")),
        Binding("w", "walk_in", N_("Walk-in")),
    ]

    def __init__(self, event_id: str) -> None:
        super().__init__()
        self.event_id = event_id

    def compose_body(self) -> ComposeResult:
        yield Static(id="checkin-header")
        yield Static("", id="checkin-status", classes="status-line")
        yield RecordsTable(
            N_("Name"),
            N_("E-mail"),
            N_("Answer"),
            N_("Guests"),
            N_("Came"),
            N_("Walk-in"),
            (N_("No-shows"), "noshows"),
            id="checkin-table",
        )

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#checkin-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        event = find_event(view, self.event_id)
        counts = attendance(view, event)
        self.query_one("#checkin-header", Static).update(
            shown(
                _("[b]Check-in · $title[/b]")
                + f"  [$text-muted]{event.id} · {short_when(event.start, self.ws.tz)}[/]\n"
                + _(
                    "[$success]{members} came[/] ({walk_ins}, {guests}) · {absent} missed · "
                    "{unchecked} of {said_yes} yes not checked in"
                ).format(
                    members=counts.members,
                    walk_ins=ngettext("{n} walk-in", "{n} walk-ins", counts.walk_ins).format(
                        n=counts.walk_ins
                    ),
                    guests=ngettext("{n} guest", "{n} guests", counts.guests).format(
                        n=counts.guests
                    ),
                    absent=counts.absent,
                    unchecked=counts.unchecked,
                    said_yes=counts.said_yes,
                ),
                title=event.title,
            )
        )
        rows = [
            (
                row.member.id,
                [
                    row.member.display_name,
                    row.member.email,
                    styled(label(row.answer), ANSWER_STYLE.get(row.answer, "dim")),
                    str(row.rsvp.guests) if row.rsvp.guests else "",
                    _(CAME_LABELS[row.came]),
                    _("walk-in") if row.walk_in else "",
                    dim(no_show_label(row.no_shows)),
                ],
            )
            for row in checkin_list(view, event)
        ]
        self.table.replace_rows(rows)
        self.query_one("#checkin-status", Static).update(
            _("space came/undo · n not there · w walk-in · no-shows: organizers' eyes only")
        )

    def _member_id(self) -> str | None:
        key = self.table.current_key
        if key is None:
            self.notify(_("Nobody selected; w adds a walk-in."), severity="warning")
        return key

    def _record(self, member_id: str, came: bool) -> None:
        def change(tx: Transaction) -> str:
            rsvp = record_attendance(tx, self.event_id, member_id, came, self.ws.now())
            member = tx.member(member_id)
            name = member.display_name if member else member_id
            if rsvp is None:
                return _("{name}: check-in removed").format(name=name)
            if came:
                return _("{name}: came").format(name=name)
            return _("{name}: not there").format(name=name)

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
                return _("{name} came (new, asked to confirm joining).").format(
                    name=walk_in.member.display_name
                )
            return _("{name} came.").format(name=walk_in.member.display_name)

        def done(note: str | None) -> None:
            self.reload()
            if note:
                self.notify(note, markup=False)
            for outbox_id, address in confirmations:
                self.send_join(outbox_id, address)

        self.app.push_screen(
            PeopleFormScreen(
                _("Walk-in: who came?"),
                [
                    Field("email", _("E-mail"), hint="nina@example.org"),
                    Field("name", _("Name"), hint="Nina Neu"),
                ],
                save,
                action=_("Check in"),
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
                _("The confirmation to {address} was not sent: {exc}").format(
                    address=address, exc=exc
                ),
                severity="error",
                markup=False,
            )
            return
        if not summary.sent:
            error = summary.failures[0][1] if summary.failures else _("unknown error")
            self.notify(
                _("The confirmation to {address} was not sent: {error}").format(
                    address=address, error=error
                ),
                severity="error",
                markup=False,
            )
