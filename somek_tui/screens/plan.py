"""Propose the next evenings of the series; writing them makes drafts."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from somek_tui.i18n import N_, _
from somek_tui.services.planning import PlannedEvent
from somek_tui.support.errors import EXPECTED, describe
from somek_tui.support.plain import as_written
from somek_tui.support.year import clamp_count, plan_rows
from somek_tui.widgets.records_table import RecordsTable

DEFAULT_COUNT = 3


class PlanScreen(ModalScreen[list[str] | None]):
    """Dismisses with the ids of the drafts written, or None when cancelled."""

    AUTO_FOCUS = "#plan-table"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(None)", N_("Cancel")),
        Binding("plus", "count(1)", N_("One more"), key_display="+"),
        Binding("minus", "count(-1)", N_("One fewer"), key_display="-"),
        Binding("ctrl+s,w", "save", N_("Write drafts")),
    ]

    def __init__(
        self,
        propose: Callable[[int], list[PlannedEvent]],
        save: Callable[[int], list[str]],
        tz: ZoneInfo,
        *,
        count: int = DEFAULT_COUNT,
    ) -> None:
        super().__init__()
        self.propose = propose
        self.save = save
        self.tz = tz
        self.count = clamp_count(count)
        self.plan: list[PlannedEvent] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="plan-dialog"):
            yield Static(_("Plan the series"), classes="title")
            yield Static("", id="plan-hint", classes="muted")
            yield RecordsTable(N_("When"), N_("Kind"), N_("Topics"), N_("Title"), id="plan-table")
            yield Static("", classes="error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button(_("Cancel"), id="cancel")
                yield Button(_("Write drafts (w)"), id="save", variant="primary")

    def on_mount(self) -> None:
        self.show_plan()

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#plan-table", RecordsTable)

    def show_plan(self) -> None:
        error = self.query_one("#form-error", Static)
        try:
            self.plan = self.propose(self.count)
        except EXPECTED as exc:
            self.plan = []
            error.update(as_written(describe(exc)))
        else:
            error.update("")
        self.table.replace_rows(
            (str(i), list(cells)) for i, cells in enumerate(plan_rows(self.plan, self.tz))
        )
        short = "" if len(self.plan) == self.count else _(" (the rule has no more dates)")
        self.query_one("#plan-hint", Static).update(
            _(
                "The next {n_plan} evenings{short} from the series rule, with the best-voted "
                "shortlisted topics · +/- more or fewer · w writes them as drafts"
            ).format(n_plan=len(self.plan), short=short)
        )

    def action_count(self, delta: int) -> None:
        self.count = clamp_count(self.count + delta)
        self.show_plan()

    def action_save(self) -> None:
        if not self.plan:
            self.notify(_("Nothing to plan."), severity="warning")
            return
        try:
            created = self.save(self.count)
        except EXPECTED as exc:
            self.query_one("#form-error", Static).update(as_written(describe(exc)))
            self.notify(describe(exc), severity="error", markup=False)
            return
        self.dismiss(created)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)
