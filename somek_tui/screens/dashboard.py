"""The evening at a glance: the next event and its answers, the coming evenings,
what is still to do and the latest replies."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.message import Message
from textual.reactive import reactive

from somek_tui.i18n import N_, _
from somek_tui.models import MemberStatus
from somek_tui.screens.base import SectionScreen
from somek_tui.store import View
from somek_tui.support.dashboard import Dashboard, build
from somek_tui.widgets.dashboard_evenings import ComingEvenings
from somek_tui.widgets.dashboard_next import Answers, NextEvent
from somek_tui.widgets.dashboard_replies import LatestReplies
from somek_tui.widgets.dashboard_todos import TodoList


class DashboardScreen(SectionScreen):
    SECTION = "dashboard"
    BINDINGS = [  # noqa: RUF012
        Binding("o", "open_event", N_("Open event")),
        Binding("R", "reload", N_("Refresh"), show=False),
    ]
    # a short terminal gives the next event fewer lines, so the tables keep some
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]  # noqa: RUF012

    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    @dataclass
    class BouncingCounted(Message):
        """The bouncing addresses of one snapshot of the store have been counted."""

        view: View
        count: int

    def __init__(self) -> None:
        super().__init__()
        self._view: View | None = None

    def compose_body(self) -> ComposeResult:
        with Grid(id="dashboard"):
            yield NextEvent(id="next-event").data_bind(DashboardScreen.dashboard)
            yield Answers(id="answers").data_bind(DashboardScreen.dashboard)
            yield ComingEvenings(id="evenings").data_bind(DashboardScreen.dashboard)
            yield TodoList(id="todo").data_bind(DashboardScreen.dashboard)
            yield LatestReplies(id="replies").data_bind(DashboardScreen.dashboard)

    def refresh_data(self) -> None:
        self._view = view = self.ws.store.read()
        self.dashboard = build(view, now=self.ws.now(), tz=self.ws.tz, bouncing=None)
        # after the paint: the worker thread would hold the interpreter meanwhile
        self.call_after_refresh(self.count_bouncing, view)

    @work(thread=True, exclusive=True, group="dashboard")
    def count_bouncing(self, view: View) -> None:
        # reading every member is the slow part with thousands of them: paint first
        self.post_message(self.BouncingCounted(view, view.count_members(MemberStatus.BOUNCING)))

    @on(BouncingCounted)
    def show_bouncing(self, message: BouncingCounted) -> None:
        if message.view is self._view:  # a newer snapshot counts again
            self.dashboard = build(
                message.view, now=self.ws.now(), tz=self.ws.tz, bouncing=message.count
            )

    def action_open_event(self) -> None:
        event = self.dashboard.next_event if self.dashboard else None
        if event is None:
            self.notify(_("No upcoming event."), severity="warning")
            return
        from somek_tui.screens.event_detail import EventDetailScreen

        self.app.switch_mode("events")
        self.app.push_screen(EventDetailScreen(event.id))

    def action_reload(self) -> None:
        self.reload()
