from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import HelpPanel

from somek_tui.app import SomekApp
from somek_tui.config import load_settings
from somek_tui.screens.members import MembersScreen
from somek_tui.screens.settings import SettingsScreen
from somek_tui.store import Store
from somek_tui.workspace import Workspace

from .conftest import NOW, SIZE
from .helpers import wait_for

CONFIG = """
[organizer]
name = "#SoMe Stammtisch Köln"
from = "stammtisch@example.org"

[smtp]
host = "127.0.0.1"
port = 1
security = "none"
username = "stammtisch@example.org"
password_env = "SOMEK_TEST_SMTP_PASSWORD"

[imap]
transport = "maildir"
"""


def settings_text(app: SomekApp) -> str:
    table = app.screen.query_one("#settings-body")
    return "\n".join(" ".join(str(c) for c in table.get_row(key)) for key in table.rows)


async def test_settings_never_show_a_password(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOMEK_TEST_SMTP_PASSWORD", "geheim-123")
    config = tmp_path / "somek.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = tmp_path / "db.json"
    ws = Workspace(Store.open(db), load_settings(config, db_path=db), clock=lambda: NOW)
    app = SomekApp(ws)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("7")
        await wait_for(pilot, lambda: isinstance(app.screen, SettingsScreen))
        shown = settings_text(app)
        assert "SOMEK_TEST_SMTP_PASSWORD" in shown and "127.0.0.1" in shown
        assert "geheim-123" not in shown
        await pilot.press("i")  # IMAP (a Maildir here) answers at once
        result = app.screen.query_one("#connection-result")
        await wait_for(
            pilot,
            lambda: "IMAP:" in str(result.render()) and "…" not in str(result.render()),
            timeout=10,
        )
        await pilot.press("o")  # nothing listens on port 1: a clear failure, no crash
        await wait_for(pilot, lambda: "SMTP: ✘" in str(result.render()), timeout=20)
        assert result.has_class("failed")
        # each test reported back from its worker by one typed message
        checked = {id(m): m for m in seen if isinstance(m, SettingsScreen.Checked)}.values()
        assert [(m.what, m.ok) for m in checked] == [("IMAP", True), ("SMTP", False)]


async def test_help_theme_and_palette(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: not app.screen.query(HelpPanel))
        before = app.theme
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme != before
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to members")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MembersScreen))


async def test_readable_at_80_by_24(app: SomekApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        for key in "1234567":
            await pilot.press(key)
            await pilot.pause()
            assert not [n for n in app._notifications if n.severity == "error"]
        assert app.screen.query_one("#navbar").region.height == 1


def test_workspace_sample_is_fixed(ws: Workspace) -> None:
    assert ws.now() == NOW
