"""The settings in force (no secrets) and a test of each mail connection."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Static

from somek_tui.i18n import N_, _
from somek_tui.screens.base import SectionScreen
from somek_tui.support.plain import as_written
from somek_tui.support.settings_view import settings_lines
from somek_tui.widgets.records_table import RecordsTable, dim


class SettingsScreen(SectionScreen):
    SECTION = "settings"
    BINDINGS = [  # noqa: RUF012
        Binding("o", "test_smtp", N_("Test SMTP")),
        Binding("i", "test_imap", N_("Test IMAP")),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("", id="settings-source", classes="status-line")
        yield RecordsTable(
            N_("Section"), N_("Setting"), N_("Value"), id="settings-body", cursor_type="row"
        )
        with Horizontal(id="settings-buttons"):
            yield Button(_("Test SMTP (o)"), id="test-smtp", compact=True)
            yield Button(_("Test IMAP (i)"), id="test-imap", compact=True)
        yield Static("", id="connection-result")

    def refresh_data(self) -> None:
        redacted = self.ws.settings.redacted()
        source = redacted.get("source")
        self.query_one("#settings-source", Static).update(
            as_written(_("from {source}").format(source=source))
            if source
            else _("no settings file: built-in defaults (Maildir folders next to the database)")
        )
        rows = []
        for n, (section, key, value) in enumerate(settings_lines(redacted)):
            if section == "":
                continue
            rows.append((str(n), [dim(section), key, value]))
        self.query_one(RecordsTable).replace_rows(rows)

    def on_button_pressed(self, message: Button.Pressed) -> None:
        if message.button.id == "test-smtp":
            self.action_test_smtp()
        elif message.button.id == "test-imap":
            self.action_test_imap()

    @dataclass
    class Checked(Message):
        """A connection test has ended: what was tested, what came back, and whether it worked."""

        what: str
        text: str
        ok: bool

    @on(Checked)
    def show_checked(self, message: Checked) -> None:
        what, text, ok = message.what, message.text, message.ok
        result = self.query_one("#connection-result", Static)
        result.set_classes("ok" if ok else "failed")
        result.update(as_written(f"{what}: {'✔' if ok else '✘'} {text}"))
        self.notify(f"{what}: {text}", severity="information" if ok else "error", markup=False)

    def action_test_smtp(self) -> None:
        self.query_one("#connection-result", Static).update(_("SMTP: connecting…"))
        self.test_smtp()

    def action_test_imap(self) -> None:
        self.query_one("#connection-result", Static).update(_("IMAP: connecting…"))
        self.test_imap()

    @work(exclusive=True, group="smtp")
    async def test_smtp(self) -> None:
        try:
            from somek_tui.services.invitations import check_smtp

            text = await check_smtp(self.ws)
        except Exception as exc:  # the point of the test is to report this
            self.post_message(self.Checked("SMTP", str(exc) or type(exc).__name__, ok=False))
            return
        self.post_message(self.Checked("SMTP", text, ok=True))

    @work(thread=True, exclusive=True, group="imap")
    def test_imap(self) -> None:
        try:
            from somek_tui.services.sync import check_imap

            text = check_imap(self.ws)
        except Exception as exc:  # as above
            self.post_message(self.Checked("IMAP", str(exc) or type(exc).__name__, ok=False))
            return
        self.post_message(self.Checked("IMAP", text, ok=True))
