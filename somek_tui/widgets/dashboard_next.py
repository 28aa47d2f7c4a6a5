"""The next evening: when and where, and how its answers stand."""

from __future__ import annotations

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Sparkline, Static

from somek_tui.i18n import N_, _, ngettext
from somek_tui.services.rsvps import Tally
from somek_tui.support.dashboard import Dashboard
from somek_tui.support.format import bar, days_to_go, when
from somek_tui.support.plain import as_written, lines, shown
from somek_tui.widgets.dashboard_panel import DashboardPanel


class NextEvent(DashboardPanel):
    BORDER_TITLE = N_("Next event")

    def render(self) -> RenderResult:
        data = self.dashboard
        event = data.next_event if data else None
        if data is None or event is None:
            return lines(
                [
                    shown("[$text-muted]$text[/]", text=_("Nothing planned yet.")),
                    shown("$text", text=_("Press 2, then n.")),
                ]
            )
        parts = [
            shown("[b]$title[/b]", title=event.title),
            shown(
                f"{when(event.start, data.tz)}  [b $accent]{days_to_go(event.start, data.now)}[/]"
            ),
            shown(
                "[$text-muted]$kind · $status · $id[/]",
                kind=_(event.kind.value),
                status=_(event.status.value),
                id=event.id,
            ),
        ]
        if str(event.venue):
            parts.append(as_written(event.venue))
        return lines(parts)


def tally_text(t: Tally) -> Content:
    parts = [
        shown(
            "[b $success]$yes[/]  [$warning]$maybe[/]  [$error]$no[/]  [$text-muted]$none[/]",
            yes=_("{n} yes").format(n=t.yes),
            maybe=_("{n} maybe").format(n=t.maybe),
            no=_("{n} no").format(n=t.no),
            none=_("{n} no answer yet").format(n=t.no_answer),
        ),
        shown(
            "$guests · $places",
            guests=ngettext("{n} guest", "{n} guests", t.guests).format(n=t.guests),
            places=(
                _("{taken} places taken of {capacity}").format(
                    taken=t.places_taken, capacity=t.capacity
                )
                if t.capacity
                else ngettext("{n} place taken", "{n} places taken", t.places_taken).format(
                    n=t.places_taken
                )
            ),
        ),
    ]
    if t.capacity:
        colour = "$error" if t.places_taken >= t.capacity else "$success"
        percent = round(100 * (t.fill_ratio or 0))
        parts.append(shown(f"[{colour}]{bar(t.places_taken, t.capacity, 24)}[/] {percent}%"))
    if t.waitlisted:
        waiting = _("{n} on the waitlist").format(n=t.waitlisted)
        parts.append(shown("[b $warning]$waiting[/]", waiting=waiting))
    return lines(parts)


class AnswerCounts(Static):
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def render(self) -> RenderResult:
        data = self.dashboard
        if data is None or data.tally is None:
            return shown("[$text-muted]$text[/]", text=_("No event planned."))
        return tally_text(data.tally)


class AnswersSpark(Sparkline):
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def watch_dashboard(self, data: Dashboard | None) -> None:
        self.data = data.answers_per_day if data else []


class Answers(Vertical):
    """The next evening's answers so far, and how they came in day by day."""

    BORDER_TITLE = N_("Answers")
    DEFAULT_CLASSES = "panel"
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def compose(self) -> ComposeResult:
        yield AnswerCounts(id="answer-counts").data_bind(Answers.dashboard)
        yield Static(_("answers per day"), id="spark-label", classes="muted", markup=False)
        yield AnswersSpark([], id="answers-spark").data_bind(Answers.dashboard)

    def on_mount(self) -> None:
        self.border_title = _(self.BORDER_TITLE)
