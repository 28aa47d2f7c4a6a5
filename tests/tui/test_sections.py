"""Opening the sections while the app watches the store for other writers."""

from __future__ import annotations

from somek_tui.app import SomekApp
from somek_tui.screens.base import SectionScreen
from somek_tui.workspace import Workspace

from .helpers import wait_for


async def test_a_poll_while_a_section_is_still_mounting_waits_for_it(ws: Workspace) -> None:
    app = SomekApp(ws, poll_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        for mode in ("inbox", "invitations", "members", "events", "topics", "settings"):
            mounted = app.switch_mode(mode)
            # the poll comes before the new section has mounted its tabs and tables
            app.check_store()
            await mounted
            await wait_for(pilot, lambda: isinstance(app.screen, SectionScreen))
            await wait_for(pilot, lambda: not app.screen.is_stale())
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert errors == []
