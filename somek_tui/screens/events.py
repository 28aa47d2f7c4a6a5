"""All events: plan the series, create, edit, announce, cancel, mark done, export."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Event, EventStatus
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.event_form import EventDraft, EventFormScreen
from somek_tui.screens.plan import PlanScreen
from somek_tui.services.event_course import confirm_event, mark_event_done
from somek_tui.services.events import add_event, add_planned, cancel_event, edit_event
from somek_tui.services.planning import PlannedEvent, plan_series
from somek_tui.services.rsvps import tally
from somek_tui.support.event_draft import draft_fields, draft_values
from somek_tui.support.exports import write_export
from somek_tui.support.format import short_when, snippet
from somek_tui.widgets.records_table import RecordsTable, Row, dim, styled


class EventsScreen(SectionScreen):
    AUTO_FOCUS = "#events-table"
    SECTION = "events"
    BINDINGS = [  # noqa: RUF012
        Binding("n", "new_event", N_("New")),
        Binding("e", "edit_event", N_("Edit")),
        Binding("c", "cancel_event", N_("Cancel event")),
        Binding("enter", "open_event", N_("Open"), show=False),
        Binding("x", "export_ics", N_("Export .ics")),
        Binding("p", "plan_series", N_("Plan")),
        Binding("a", "confirm_event", N_("Announce")),
        Binding("d", "event_done", N_("Done")),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("", id="events-status", classes="status-line")
        yield RecordsTable(
            "ID",
            N_("When"),
            N_("Kind"),
            N_("Title"),
            N_("Venue"),
            N_("Yes"),
            N_("Cap"),
            N_("Status"),
            id="events-table",
        )

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#events-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        now = self.ws.now()
        rows: list[Row] = []
        events = view.events()
        for event in reversed(events):  # newest first: the next evening is near the top
            counts = tally(view, event)
            cells = [
                event.id,
                short_when(event.start, self.ws.tz),
                event.kind.value,
                snippet(event.title, 32),
                snippet(event.venue.name, 20),
                str(counts.yes),
                "" if event.capacity is None else str(event.capacity),
                event.status.value,
            ]
            if event.is_past(now) or event.status is EventStatus.CANCELLED:
                rows.append((event.id, [dim(str(c)) for c in cells]))
            elif event.status is EventStatus.DRAFT:
                rows.append((event.id, [styled(str(c), "italic") for c in cells]))
            else:
                rows.append((event.id, cells))
        self.table.replace_rows(rows)
        upcoming = sum(not e.is_past(now) and e.status is not EventStatus.CANCELLED for e in events)
        self.query_one("#events-status", Static).update(
            _("{events}, {upcoming} to come · enter opens one · past events are dimmed").format(
                events=ngettext("{n} event", "{n} events", len(events)).format(n=len(events)),
                upcoming=upcoming,
            )
        )

    def selected(self) -> Event | None:
        key = self.table.current_key
        if key is None:
            self.notify(_("No event selected."), severity="warning")
            return None
        return self.ws.store.read().event(key)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_event()

    def action_open_event(self) -> None:
        from somek_tui.screens.event_detail import EventDetailScreen

        event = self.selected()
        if event is not None:
            self.app.push_screen(EventDetailScreen(event.id))

    def _save_new(self, draft: EventDraft) -> str:
        values = draft_values(draft, self.ws.tz)
        with self.ws.store.transaction() as tx:
            created = add_event(
                tx, **values, domain=self.ws.settings.organizer.domain, now=self.ws.now()
            )
        return created.id

    def action_new_event(self) -> None:
        def done(event_id: str | None) -> None:
            if event_id:
                self.notify(_("Event {event_id} created.").format(event_id=event_id))
                self.reload()

        self.app.push_screen(EventFormScreen(_("New event"), EventDraft(), self._save_new), done)

    def action_edit_event(self) -> None:
        event = self.selected()
        if event is None:
            return
        if event.status is EventStatus.CANCELLED:
            self.notify(
                _("{id} is cancelled and cannot be edited.").format(id=event.id), severity="warning"
            )
            return

        def save(draft: EventDraft) -> str:
            values = draft_values(draft, self.ws.tz)
            with self.ws.store.transaction() as tx:
                change = edit_event(tx, event.id, **values)
            if change.calendar_relevant:
                self.notify(
                    _("Changed {value}. Tell the invited: Invitations (3), N.").format(
                        value=", ".join(change.changed)
                    ),
                    timeout=6,
                )
            return event.id

        draft = EventDraft(**draft_fields(event, self.ws.tz))
        self.app.push_screen(
            EventFormScreen(_("Edit {id}").format(id=event.id), draft, save),
            lambda _: self.reload(),
        )

    def action_cancel_event(self) -> None:
        event = self.selected()
        if event is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes and self.write(lambda tx: cancel_event(tx, event.id)):
                self.notify(
                    _("{id} cancelled. Tell the invited: Invitations (3), N.").format(id=event.id)
                )

        self.app.push_screen(
            ConfirmScreen(
                _("Cancel {title}?").format(title=event.title),
                _("{value} · the event stays in the list, marked cancelled.").format(
                    value=short_when(event.start, self.ws.tz)
                ),
                yes=_("Cancel event"),
                danger=True,
            ),
            confirmed,
        )

    # the series -------------------------------------------------------------------
    def _propose(self, count: int) -> list[PlannedEvent]:
        view = self.ws.store.read()
        return plan_series(
            view.events(),
            view.topics(),
            self.ws.settings.series,
            count=count,
            now=self.ws.now(),
            tz=self.ws.tz,
        )

    def _write_plan(self, count: int) -> list[str]:
        now = self.ws.now()
        with self.ws.store.transaction() as tx:
            plan = plan_series(
                tx.events(),
                tx.topics(),
                self.ws.settings.series,
                count=count,
                now=now,
                tz=self.ws.tz,
            )
            created = add_planned(tx, plan, domain=self.ws.settings.organizer.domain, now=now)
        return [e.id for e in created]

    def action_plan_series(self) -> None:
        def done(created: list[str] | None) -> None:
            if created:
                self.notify(
                    _("Drafted {value}; announce each with a.").format(value=", ".join(created)),
                    timeout=6,
                    markup=False,
                )
            self.reload()

        self.app.push_screen(PlanScreen(self._propose, self._write_plan, self.ws.tz), done)

    def action_confirm_event(self) -> None:
        event = self.selected()
        if event is None:
            return
        outcome = self.write(lambda tx: confirm_event(tx, event.id))
        if outcome is None:
            return
        done = _("announced") if outcome.announced else _("was already announced")
        topics = ", ".join(t.id for t in outcome.scheduled) or _("no new topics")
        self.notify(
            _("{id} {done}; scheduled {topics}.").format(id=event.id, done=done, topics=topics),
            markup=False,
        )
        if outcome.dropped:
            self.notify(
                _("Dropped proposals no longer open: {value}").format(
                    value=", ".join(outcome.dropped)
                ),
                severity="warning",
            )

    def action_event_done(self) -> None:
        event = self.selected()
        if event is None:
            return
        outcome = self.write(lambda tx: mark_event_done(tx, event.id, now=self.ws.now()))
        if outcome is None:
            return
        topics = ", ".join(t.id for t in outcome.done_topics) or _("none")
        self.notify(
            _("{id} done; topics done: {topics}.").format(id=event.id, topics=topics), markup=False
        )
        if outcome.released:
            self.notify(
                _("Back on the shortlist: {value}").format(value=", ".join(outcome.released)),
                markup=False,
            )

    def action_export_ics(self) -> None:
        self.export_feed()

    @work(thread=True, exclusive=True, group="export")
    def export_feed(self) -> None:
        from mail.ical import build_feed

        try:
            view = self.ws.store.read()
            events = [e for e in view.events() if e.status is not EventStatus.CANCELLED]
            payload = build_feed(
                events, self.ws.settings.organizer.timezone, self.ws.settings.organizer
            )
            path = write_export(self.exports_dir, "events.ics", payload)
        except Exception as exc:  # a file or calendar problem must not end the app
            self.post_message(self.Saved(None, str(exc)))
            return
        self.post_message(self.Saved(path))

    @property
    def exports_dir(self) -> Path:
        return self.ws.settings.base_dir / "exports"
