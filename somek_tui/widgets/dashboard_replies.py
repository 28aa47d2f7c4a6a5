"""The latest replies as they arrive: who, what, when, and what became of them."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import RenderResult

from somek_tui.i18n import N_, _
from somek_tui.widgets.dashboard_panel import DashboardPanel


class LatestReplies(DashboardPanel):
    BORDER_TITLE = N_("Latest replies")

    def render(self) -> RenderResult:
        data = self.dashboard
        if data is None or not data.replies:
            return Text(_("No replies yet: they show here as a sync reads them."), style="dim")
        table = Table(expand=True, box=None, pad_edge=False, show_edge=False, show_header=False)
        # when, who, what, outcome: no header line, so no names
        table.add_column(no_wrap=True, style="dim")
        table.add_column(no_wrap=True, overflow="ellipsis", ratio=2)
        table.add_column(no_wrap=True, overflow="ellipsis", ratio=3)
        table.add_column(no_wrap=True)
        today = data.now.astimezone(data.tz).date()
        for row in data.replies:
            local = row.at.astimezone(data.tz)
            at = f"{local:%H:%M}" if local.date() == today else f"{local:%d.%m.}"
            outcome = Text(_(row.outcome), style="bold yellow" if row.in_review else "green")
            table.add_row(at, Text(row.who), Text(row.what), outcome)
        return table
