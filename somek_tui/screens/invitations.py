"""Invitations: see exactly what a member will get, send after confirming, watch outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, ProgressBar, Select, Static, TabbedContent, TabPane

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import EventStatus, MailKind, OutboxState
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.report import ReportScreen
from somek_tui.services.events import upcoming
from somek_tui.support.format import short_when
from somek_tui.support.labels import label as shown_value
from somek_tui.support.plain import as_written
from somek_tui.support.reasons import shown as reason_shown
from somek_tui.widgets.records_table import RecordsTable, styled

KIND_TITLES = {  # shown through _()
    MailKind.INVITATION: N_("invitations"),
    MailKind.REMINDER: N_("reminders"),
    MailKind.CHANGED: N_("change notices"),
    MailKind.CANCELLED: N_("cancellation notices"),
}
STATE_STYLE = {"sent": "green", "failed": "bold red", "queued": "yellow", "sending": "yellow"}


class InvitationsScreen(SectionScreen):
    SECTION = "invitations"
    BINDINGS = [  # noqa: RUF012
        Binding("s", "send_new", N_("Send to new")),
        Binding("A", "send_all", N_("Send to all")),
        Binding("o", "send_one", N_("Send to one")),
        Binding("w", "choose_member", N_("Preview for…")),
        Binding("r", "retry_failed", N_("Retry failed")),
        Binding("R", "send_reminders", N_("Remind")),
        Binding("N", "send_notice", N_("Notify change")),
        Binding("p", "preview", N_("Refresh preview"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.member_id: str | None = None
        self.event_id: str | None = None

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="invite-pickers", classes="toolbar"):
            yield Select[str]([], prompt=_("Event"), id="invite-event", compact=True)
            yield Button(_("Member: first active (w)"), id="invite-member", compact=True)
        yield ProgressBar(total=1, show_eta=False, id="send-progress")
        with TabbedContent(id="preview-tabs"):
            with TabPane(_("Text"), id="tab-text"), VerticalScroll():
                yield Static("", id="preview-text", markup=False)
            with TabPane(_("HTML"), id="tab-html"), VerticalScroll():
                yield Static("", id="preview-html", markup=False)
            with TabPane(_("Calendar"), id="tab-cal"), VerticalScroll():
                yield Static("", id="preview-cal", markup=False)
            with TabPane(_("Outcomes"), id="tab-outcomes"):
                yield RecordsTable(
                    N_("Name"),
                    N_("E-mail"),
                    N_("State"),
                    (N_("Tries"), "tries"),
                    N_("Error"),
                    id="outcome-table",
                )

    def on_mount(self) -> None:
        self.query_one("#send-progress").display = False
        super().on_mount()

    # data --------------------------------------------------------------------------------
    def refresh_data(self) -> None:
        view = self.ws.store.read()
        now = self.ws.now()
        events = view.events()
        select = self.query_one("#invite-event", Select)
        # cancelled evenings stay choosable: their cancellation notice goes out from here
        options = [
            (
                as_written(
                    f"{short_when(e.start, self.ws.tz)}  {e.title}"
                    + (_("  (cancelled)") if e.status is EventStatus.CANCELLED else "")
                ),
                e.id,
            )
            for e in events
        ]
        if self.event_id is None:
            coming = upcoming(view, now)
            self.event_id = coming[0].id if coming else (events[-1].id if events else None)
        with select.prevent(Select.Changed):
            select.set_options(options)
            if self.event_id is not None:
                select.value = self.event_id
        self.refresh_outcomes()
        self.preview()

    def refresh_outcomes(self) -> None:
        view = self.ws.store.read()
        rows = []
        failed = 0
        if self.event_id is not None:
            for out in view.outbox(event_id=self.event_id, kind=MailKind.INVITATION):
                member = view.member(out.member_id)
                failed += out.state is OutboxState.FAILED
                rows.append(
                    (
                        out.id,
                        [
                            member.name if member else "",
                            out.recipient,
                            styled(
                                shown_value(out.state.value), STATE_STYLE.get(out.state.value, "")
                            ),
                            str(out.attempts),
                            reason_shown(out.last_error),
                        ],
                    )
                )
        self.query_one("#outcome-table", RecordsTable).replace_rows(rows)
        label = (
            _("Outcomes ({n}, {failed} failed)").format(n=len(rows), failed=failed)
            if failed
            else _("Outcomes ({n})").format(n=len(rows))
        )
        self.set_tab_label("tab-outcomes", label)

    def on_select_changed(self, message: Select.Changed) -> None:
        if message.select.id == "invite-event" and isinstance(message.value, str):
            self.event_id = message.value
            self.refresh_outcomes()
            self.preview()

    def on_button_pressed(self, message: Button.Pressed) -> None:
        if message.button.id == "invite-member":
            self.action_choose_member()

    def action_choose_member(self) -> None:
        members = sorted(self.ws.store.read().members(), key=lambda m: m.display_name.casefold())
        options = [
            (m.id, f"{m.display_name} <{m.email}> [{shown_value(m.status.value)}]") for m in members
        ]

        def chosen(member_id: str | None) -> None:
            if member_id:
                self.member_id = member_id
                member = self.ws.store.read().member(member_id)
                label = member.display_name if member else member_id
                self.query_one("#invite-member", Button).label = _("Member: {name} (w)").format(
                    name=label
                )
                self.preview()

        self.app.push_screen(ChooseScreen(_("Preview the invitation for…"), options), chosen)

    # preview -----------------------------------------------------------------------------
    def action_preview(self) -> None:
        self.preview()

    @dataclass
    class Previewed(Message):
        """The invitation rendered for the chosen member, or why it could not be."""

        shown: Any
        error: str = ""

    @work(thread=True, exclusive=True, group="preview")
    def preview(self) -> None:
        # templates are read from disk and rendered here, off the event loop
        if self.event_id is None:
            self.post_message(self.Previewed(None, _("No event yet: add one first.")))
            return
        try:
            from somek_tui.services.invitations import preview

            shown = preview(self.ws, self.event_id, self.member_id, "invitation")
        except Exception as exc:  # a template or data problem is shown, not raised
            self.post_message(self.Previewed(None, _("Cannot render: {exc}").format(exc=exc)))
            return
        self.post_message(self.Previewed(shown))

    @on(Previewed)
    def show_preview(self, message: Previewed) -> None:
        shown = message.shown
        if shown is None:
            for name in ("text", "html", "cal"):
                self.query_one(f"#preview-{name}", Static).update(message.error)
            return
        self.query_one("#preview-text", Static).update(
            _("Subject: {subject}\n\n{text}").format(subject=shown.subject, text=shown.text)
        )
        self.query_one("#preview-html", Static).update(shown.html)
        self.query_one("#preview-cal", Static).update(shown.calendar_summary)

    # sending -----------------------------------------------------------------------------
    def _confirm_send(
        self, what: str, refs: list[str] | None, kind: MailKind = MailKind.INVITATION
    ) -> None:
        if self.event_id is None:
            self.notify(_("Choose an event first."), severity="warning")
            return
        event = self.ws.store.read().event(self.event_id)
        title = event.title if event else self.event_id
        event_id = self.event_id

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.send(event_id, refs, kind)

        self.app.push_screen(
            ConfirmScreen(
                _("Send {what} for “{title}”?").format(what=_(KIND_TITLES[kind]), title=title),
                what,
                yes=_("Send"),
            ),
            confirmed,
        )

    def action_send_reminders(self) -> None:
        self._confirm_send(
            _("A reminder to everyone who answered yes or maybe and has not had one."),
            None,
            MailKind.REMINDER,
        )

    def action_send_notice(self) -> None:
        from somek_tui.services.invitations import not_yet_told, notice_kind

        if self.event_id is None:
            self.notify(_("Choose an event first."), severity="warning")
            return
        view = self.ws.store.read()
        event = view.event(self.event_id)
        if event is None:
            return
        waiting = not_yet_told(view, event)
        if not waiting:
            self.notify(_("Everyone invited already knows the event as it stands."))
            return
        self._confirm_send(
            ngettext(
                "To the {n} invited member who has not heard of it yet.",
                "To the {n} invited members who have not heard of it yet.",
                waiting,
            ).format(n=waiting),
            None,
            notice_kind(event),
        )

    def action_send_new(self) -> None:
        self._confirm_send(_("To every active member who has not had this invitation yet."), None)

    def action_send_all(self) -> None:
        members = [m for m in self.ws.store.read().members() if m.mailable]
        self._confirm_send(
            ngettext(
                "To the {n} active member, unless already invited.",
                "To all {n} active members; those already invited are not sent it twice.",
                len(members),
            ).format(n=len(members)),
            [m.email for m in members],
        )

    def action_send_one(self) -> None:
        if self.member_id is None:
            self.notify(_("Choose the member first (w)."), severity="warning")
            return
        member = self.ws.store.read().member(self.member_id)
        if member is None:
            return
        self._confirm_send(
            _("Only to {name} <{email}>.").format(name=member.display_name, email=member.email),
            [member.email],
        )

    def action_retry_failed(self) -> None:
        self.retry(self.event_id)

    def _start_progress(self) -> None:
        bar = self.query_one("#send-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.query_one(TabbedContent).active = "tab-outcomes"

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#send-progress", ProgressBar).update(total=max(total, 1), progress=done)

    @work(exclusive=True, group="send")
    async def send(
        self, event_id: str, refs: list[str] | None, kind: MailKind = MailKind.INVITATION
    ) -> None:
        self._start_progress()
        try:
            from somek_tui.services.invitations import send_mail

            summary = await send_mail(
                self.ws, event_id, kind, member_refs=refs, progress=self._progress
            )
        except Exception as exc:  # a server problem must end in a message, not a crash
            self._sent(None, _("Sending failed: {exc}").format(exc=exc))
            return
        self._sent(summary, None)

    @work(exclusive=True, group="send")
    async def retry(self, event_id: str | None) -> None:
        self._start_progress()
        try:
            from somek_tui.services.invitations import retry_failed

            summary = await retry_failed(self.ws, event_id=event_id, progress=self._progress)
        except Exception as exc:  # as above
            self._sent(None, _("Retry failed: {exc}").format(exc=exc))
            return
        self._sent(summary, None)

    def _sent(self, summary: Any, error: str | None) -> None:
        self.query_one("#send-progress").display = False
        self.reload()
        if error is not None:
            self.notify(error, severity="error", timeout=10, markup=False)
            return
        self.notify(
            _("{sent} sent, {skipped} skipped, {failed} failed").format(
                sent=summary.sent, skipped=summary.skipped, failed=summary.failed
            ),
            severity="error" if summary.failed else "information",
        )
        if summary.failures:
            body = as_written("\n".join(f"{a}: {e}" for a, e in summary.failures))
            self.app.push_screen(ReportScreen(_("Some invitations failed (r retries)"), body))
