"""The evening at a glance: next event, answers so far, what needs attention, top topics."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.widgets import Sparkline, Static

from somek_tui.models import Event, MemberStatus, OutboxState
from somek_tui.screens.base import SectionScreen
from somek_tui.services.events import upcoming
from somek_tui.services.planning import planning_warnings
from somek_tui.services.rsvps import Tally, answers_by_day, tally
from somek_tui.services.topics import ranked
from somek_tui.store import View
from somek_tui.support.format import bar, daily_series, days_to_go, plural, snippet, when
from somek_tui.support.plain import as_written, lines, shown


class DashboardScreen(SectionScreen):
    SECTION = "dashboard"
    BINDINGS = [  # noqa: RUF012
        Binding("o", "open_event", "Open event"),
        Binding("R", "reload", "Refresh", show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with Grid(id="dashboard"):
            yield Static(id="next-event", classes="panel")
            with Vertical(id="answers", classes="panel"):
                yield Static(id="answer-counts")
                yield Static("answers per day", id="spark-label", classes="muted")
                yield Sparkline([], id="answers-spark")
            yield Static(id="attention", classes="panel")
            yield Static(id="top-topics", classes="panel")

    def on_mount(self) -> None:
        self.query_one("#next-event").border_title = "Next event"
        self.query_one("#answers").border_title = "Answers"
        self.query_one("#attention").border_title = "Needs attention"
        self.query_one("#top-topics").border_title = "Top topics"
        super().on_mount()

    def next_event(self, view: View) -> Event | None:
        coming = upcoming(view, self.ws.now())
        return coming[0] if coming else None

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        event = self.next_event(view)
        self.query_one("#next-event", Static).update(self._event_text(event))
        if event is None:
            self.query_one("#answer-counts", Static).update("[$text-muted]No event planned.[/]")
            self.query_one(Sparkline).data = []
        else:
            counts = tally(view, event)
            self.query_one("#answer-counts", Static).update(self._tally_text(counts))
            series = daily_series(answers_by_day(view, event, tz=self.ws.tz), min_days=14)
            self.query_one(Sparkline).data = series[-60:]
        self.query_one("#attention", Static).update(self._attention_text(view, None))
        self.query_one("#top-topics", Static).update(self._topics_text(view))
        # after the paint: the worker thread would hold the interpreter meanwhile
        self.call_after_refresh(self.count_bouncing, view)

    @work(thread=True, exclusive=True, group="dashboard")
    def count_bouncing(self, view: View) -> None:
        # reading every member is the slow part with thousands of them: paint first
        bouncing = view.count_members(MemberStatus.BOUNCING.value)
        self.app.call_from_thread(self._show_attention, view, bouncing)

    def _show_attention(self, view: View, bouncing: int) -> None:
        panels = self.query("#attention").results(Static)
        # the count may arrive as the app closes, with the panel gone
        for panel in panels:
            if view is self.ws.store.read():
                panel.update(self._attention_text(view, bouncing))

    def _event_text(self, event: Event | None) -> Content:
        if event is None:
            return shown("[$text-muted]Nothing planned yet.[/]\nPress [b]2[/b], then [b]n[/b].")
        parts = [
            shown("[b]$title[/b]", title=event.title),
            shown(
                f"{when(event.start, self.ws.tz)}  "
                f"[b $accent]{days_to_go(event.start, self.ws.now())}[/]"
            ),
            shown(f"[$text-muted]{event.kind.value} · {event.status.value} · {event.id}[/]"),
        ]
        if str(event.venue):
            parts.append(as_written(event.venue))
        return lines(parts)

    def _tally_text(self, t: Tally) -> str:
        lines = [
            f"[b $success]{t.yes} yes[/]  [$warning]{t.maybe} maybe[/]  "
            f"[$error]{t.no} no[/]  [$text-muted]{t.no_answer} no answer yet[/]",
            f"{plural(t.guests, 'guest')} · {t.places_taken} places taken"
            + (f" of {t.capacity}" if t.capacity else ""),
        ]
        if t.capacity:
            colour = "$error" if t.places_taken >= t.capacity else "$success"
            percent = round(100 * (t.fill_ratio or 0))
            lines.append(f"[{colour}]{bar(t.places_taken, t.capacity, 24)}[/] {percent}%")
        if t.waitlisted:
            lines.append(f"[b $warning]{t.waitlisted} on the waitlist[/]")
        return "\n".join(lines)

    def _attention_text(self, view: View, bouncing: int | None) -> Content | str:
        review = len(view.review_items())
        failed = len(view.outbox(states=[OutboxState.FAILED]))
        warnings = planning_warnings(view.events(), self.ws.now())
        if not (review or bouncing or failed or warnings):
            return "[$text-muted]Checking…[/]" if bouncing is None else "[$success]All clear.[/]"
        parts = [
            shown(
                "[b $warning]  ![/] $event: $message  [$text-muted]\\[2][/]",
                event=w.event_id,
                message=w.message,
            )
            for w in warnings
        ]
        for count, one, many, key in (
            (review, "reply to review", "replies to review", "6"),
            (bouncing or 0, "bouncing address", "bouncing addresses", "4"),
            (failed, "failed send", "failed sends", "3"),
        ):
            if count:
                what = one if count == 1 else many
                parts.append(shown(f"[b $warning]{count:>3}[/] {what}  [$text-muted]\\[{key}][/]"))
        return lines(parts)

    def _topics_text(self, view: View) -> Content | str:
        top = ranked(view.topics())[:5]
        if not top:
            return "[$text-muted]No suggestions yet.[/]"
        return lines(
            shown(f"[b]{topic.vote_count:>3}[/] $title", title=snippet(topic.title, 30))
            for topic in top
        )

    def action_open_event(self) -> None:
        event = self.next_event(self.ws.store.read())
        if event is None:
            self.notify("No upcoming event.", severity="warning")
            return
        from somek_tui.screens.event_detail import EventDetailScreen

        self.app.switch_mode("events")
        self.app.push_screen(EventDetailScreen(event.id))

    def action_reload(self) -> None:
        self.reload()
