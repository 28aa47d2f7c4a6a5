"""A dashboard panel: a bordered box that renders itself from the dashboard's data."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widget import Widget

from somek_tui.i18n import _
from somek_tui.support.dashboard import Dashboard


class DashboardPanel(Widget):
    """Bound to the screen's ``dashboard``; a new snapshot redraws the panel."""

    DEFAULT_CLASSES = "panel"

    # the snapshot is rebuilt on every store change: redraw without comparing
    dashboard: reactive[Dashboard | None] = reactive(None, always_update=True)

    def on_mount(self) -> None:
        # the title in the language chosen when the app started, not at import
        self.border_title = _(self.BORDER_TITLE)
