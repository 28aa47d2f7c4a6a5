"""The next evening: when and where, and how its answers stand."""

from __future__ import annotations

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Sparkline, Static

from somek_tui.services.rsvps import Tally
from somek_tui.support.dashboard import Dashboard
from somek_tui.support.format import bar, days_to_go, plural, when
from somek_tui.support.plain import as_written, lines, shown
from somek_tui.widgets.dashboard_panel import DashboardPanel


class NextEvent(DashboardPanel):
    BORDER_TITLE = "Next event"

    def render(self) -> RenderResult:
        data = self.dashboard
        event = data.next_event if data else None
        if data is None or event is None:
            return shown("[$text-muted]Nothing planned yet.[/]\nPress [b]2[/b], then [b]n[/b].")
        parts = [
            shown("[b]$title[/b]", title=event.title),
            shown(
                f"{when(event.start, data.tz)}  [b $accent]{days_to_go(event.start, data.now)}[/]"
            ),
            shown(f"[$text-muted]{event.kind.value} · {event.status.value} · {event.id}[/]"),
        ]
        if str(event.venue):
            parts.append(as_written(event.venue))
        return lines(parts)


def tally_text(t: Tally) -> Content:
    parts = [
        shown(
            f"[b $success]{t.yes} yes[/]  [$warning]{t.maybe} maybe[/]  "
            f"[$error]{t.no} no[/]  [$text-muted]{t.no_answer} no answer yet[/]"
        ),
        shown(
            f"{plural(t.guests, 'guest')} · {t.places_taken} places taken"
            + (f" of {t.capacity}" if t.capacity else "")
        ),
    ]
    if t.capacity:
        colour = "$error" if t.places_taken >= t.capacity else "$success"
        percent = round(100 * (t.fill_ratio or 0))
        parts.append(shown(f"[{colour}]{bar(t.places_taken, t.capacity, 24)}[/] {percent}%"))
    if t.waitlisted:
        parts.append(shown(f"[b $warning]{t.waitlisted} on the waitlist[/]"))
    return lines(parts)


class AnswerCounts(Static):
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def render(self) -> RenderResult:
        data = self.dashboard
        if data is None or data.tally is None:
            return shown("[$text-muted]No event planned.[/]")
        return tally_text(data.tally)


class AnswersSpark(Sparkline):
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def watch_dashboard(self, data: Dashboard | None) -> None:
        self.data = data.answers_per_day if data else []


class Answers(Vertical):
    """The next evening's answers so far, and how they came in day by day."""

    BORDER_TITLE = "Answers"
    DEFAULT_CLASSES = "panel"
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def compose(self) -> ComposeResult:
        yield AnswerCounts(id="answer-counts").data_bind(Answers.dashboard)
        yield Static("answers per day", id="spark-label", classes="muted")
        yield AnswersSpark([], id="answers-spark").data_bind(Answers.dashboard)
