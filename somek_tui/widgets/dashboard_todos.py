"""What is still to do before the coming evenings, each with the key of the section that does it."""

from __future__ import annotations

from textual.app import RenderResult

from somek_tui.i18n import N_, _
from somek_tui.support.plain import lines, shown
from somek_tui.widgets.dashboard_panel import DashboardPanel


class TodoList(DashboardPanel):
    BORDER_TITLE = N_("To do")

    def render(self) -> RenderResult:
        data = self.dashboard
        if data is None or (data.checking and not data.todos):
            return shown("[$text-muted]$text[/]", text=_("Checking…"))
        if not data.todos:
            return shown("[$success]$text[/]", text=_("All clear."))
        parts = []
        for todo in data.todos:
            if todo.event_id is None:
                when = ""
            else:
                event = next((e for e in data.evenings if e.event_id == todo.event_id), None)
                when = (
                    f"{event.start.astimezone(data.tz):%d.%m.} " if event else f"{todo.event_id} "
                )
            parts.append(
                shown(
                    "[$text-muted]\\[$key][/] $when[b]$text[/]",
                    when=when,
                    text=todo.text,
                    key=todo.key,
                )
            )
        return lines(parts)
