"""Tables cut long texts with an ellipsis instead of running past the right edge."""

from __future__ import annotations

from datetime import timedelta

from somek_tui.app import SomekApp
from somek_tui.screens.events import EventsScreen
from somek_tui.services.events import add_event
from somek_tui.widgets.records_table import fitted_widths
from somek_tui.workspace import Workspace

from .conftest import NOW
from .helpers import wait_for


def test_widths_that_fit_are_kept() -> None:
    assert fitted_widths([10, 20, 5], 40) == [10, 20, 5]


def test_the_widest_column_gives_up_width_first() -> None:
    assert fitted_widths([10, 30, 5], 40) == [10, 25, 5]


def test_wide_columns_shrink_towards_each_other() -> None:
    assert fitted_widths([20, 30, 5], 35) == [15, 15, 5]


def test_fixed_columns_and_the_minimum_are_kept() -> None:
    assert fitted_widths([18, 30, 30], 40, fixed=[True, False, False]) == [18, 11, 11]
    assert fitted_widths([18, 30], 10, fixed=[True, False], minimum=6) == [18, 6]


async def test_a_long_title_ends_in_an_ellipsis_within_80_columns(ws: Workspace) -> None:
    title = "Künstliche Intelligenz im Community Management kleiner Vereine und Verbände"
    with ws.store.transaction() as tx:
        add_event(tx, title=title, start=NOW + timedelta(days=40), domain="example.org", now=NOW)
    app = SomekApp(ws, poll_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        lines = ["".join(s.text for s in strip) for strip in strips]
        row = next(line for line in lines if "Künst" in line)
        assert "Künstlich…" in row and title not in row
        # the last column (the state) is on screen: nothing runs past the edge
        assert row.rstrip().endswith("announced"), row
