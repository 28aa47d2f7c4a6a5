"""The coming evenings in a table that uses the width it has and cuts with an ellipsis."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import RenderResult

from somek_tui.i18n import N_, _
from somek_tui.support.dashboard import EveningRow
from somek_tui.support.format import WEEKDAYS
from somek_tui.widgets.dashboard_panel import DashboardPanel

# Below this width the kind, the hour and the guests give way to the topic.
WIDE = 110


def places(row: EveningRow) -> str:
    taken = row.tally.places_taken
    return f"{taken}/{row.tally.capacity}" if row.tally.capacity else str(taken)


class ComingEvenings(DashboardPanel):
    BORDER_TITLE = N_("Coming evenings")

    def render(self) -> RenderResult:
        data = self.dashboard
        if data is None or not data.evenings:
            return Text(_("No evenings planned: press 2, then n or p."), style="dim")
        wide = self.content_size.width >= WIDE
        table = Table(expand=True, box=None, pad_edge=False, show_edge=False, header_style="bold")
        table.add_column(_("When"), no_wrap=True)
        if wide:
            table.add_column(_("Kind"), no_wrap=True)
        # the room left is shared as the texts need it: a short venue leaves the topic more
        topic = max(len(row.title) for row in data.evenings)
        venue = max(len(row.place) for row in data.evenings)
        table.add_column(_("Topic"), no_wrap=True, overflow="ellipsis", ratio=max(topic, 5))
        table.add_column(_("Host / venue"), no_wrap=True, overflow="ellipsis", ratio=max(venue, 12))
        table.add_column(_("Yes"), no_wrap=True, justify="right")
        table.add_column(_("Maybe"), no_wrap=True, justify="right")
        if wide:
            table.add_column(_("Guests"), no_wrap=True, justify="right")
        table.add_column(_("Places"), no_wrap=True, justify="right")
        table.add_column(_("Invitations") if wide else _("Invited"), no_wrap=True)
        for row in data.evenings:
            local = row.start.astimezone(data.tz)
            full = row.tally.capacity is not None and row.tally.places_taken >= row.tally.capacity
            invited = Text(
                _(row.invitations), style="" if row.invitations == "sent" else "bold yellow"
            )
            day = _(WEEKDAYS[local.weekday()])  # %a would follow the process locale
            cells: list[Text | str] = [
                f"{day} {local:%d.%m. %H:%M}" if wide else f"{day} {local:%d.%m.}"
            ]
            if wide:
                cells.append(_(row.kind))
            # outside text as Text, never as markup
            cells += [Text(row.title), Text(row.place), str(row.tally.yes), str(row.tally.maybe)]
            if wide:
                cells.append(str(row.tally.guests))
            cells += [Text(places(row), style="bold red" if full else ""), invited]
            table.add_row(*cells)
        return table
