"""Replies: sync now, the review queue with one key per decision, recent messages.

The Examples tab lists settled replies that decide replies in the same words;
``delete`` forgets one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, ProgressBar, Static, TabbedContent, TabPane

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import InboxOutcome, ReviewItem
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.join_requests import JoinRequests
from somek_tui.screens.report import ReportScreen
from somek_tui.screens.review_text import review_text
from somek_tui.services.events import upcoming
from somek_tui.services.sync_summary import SyncSummary
from somek_tui.support.format import short_when, snippet
from somek_tui.support.labels import label
from somek_tui.support.plain import as_written
from somek_tui.support.reasons import shown as reason_shown
from somek_tui.widgets.records_table import RecordsTable, styled

OUTCOME_STYLE = {
    InboxOutcome.ANSWER: "green",
    InboxOutcome.ANSWER_TOPIC: "green",
    InboxOutcome.TOPIC: "cyan",
    InboxOutcome.REVIEW: "yellow",
    InboxOutcome.BOUNCE: "red",
    InboxOutcome.UNSUBSCRIBE: "magenta",
    InboxOutcome.AUTO_REPLY: "dim",
    InboxOutcome.DUPLICATE: "dim",
    InboxOutcome.DISMISSED: "dim",
}
RECENT_LIMIT = 300
ACTION_WORDS = {  # shown through _()
    "yes": N_("recorded as yes"),
    "no": N_("recorded as no"),
    "maybe": N_("recorded as maybe"),
    "topic": N_("made a topic"),
    "assign": N_("assigned"),
    "alias": N_("remembered as the member's other address"),
    "dismiss": N_("dismissed"),
}


class InboxScreen(JoinRequests):
    AUTO_FOCUS = "#review-table"
    SECTION = "inbox"
    BINDINGS = [  # noqa: RUF012
        Binding("s", "sync_now", N_("Sync now")),
        Binding("y", "settle('yes')", N_("Yes")),
        Binding("n", "settle('no')", N_("No")),
        Binding("m", "settle('maybe')", N_("Maybe")),
        Binding("plus", "guests(1)", N_("+Guest"), key_display="+"),
        Binding("minus", "guests(-1)", N_("-Guest"), key_display="-", show=False),
        Binding("t", "settle('topic')", N_("Topic")),
        Binding("a", "assign", N_("Assign")),
        # shown with the item it fits (a reply key from an unknown address), and in help
        Binding("o", "settle('alias')", N_("Other address"), show=False),
        Binding("x", "settle('dismiss')", N_("Dismiss")),
        Binding("h", "switch_tab", N_("Review/Recent/Examples")),
        Binding("delete", "forget_example", N_("Forget example"), key_display="del"),
        Binding("j", "join_confirm", N_("Join: confirm")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.guests = 0

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="sync-line", classes="status-line"):
            yield Static("", id="inbox-status")
        yield ProgressBar(total=None, show_eta=False, id="sync-progress")
        with TabbedContent(id="inbox-tabs", initial="review-pane"):
            with TabPane(_("Review"), id="review-pane"), Horizontal(id="review-split"):
                yield RecordsTable(N_("From"), N_("Reason"), id="review-table")
                with VerticalScroll(id="review-message", classes="panel"):
                    yield Static("", id="review-text")
            with TabPane(_("Recent"), id="recent-pane"):
                yield RecordsTable(
                    N_("When"),
                    N_("From"),
                    N_("Outcome"),
                    N_("Event"),
                    N_("What they wrote"),
                    id="recent-table",
                )
            with TabPane(_("Examples"), id="examples-pane"):
                yield RecordsTable(
                    N_("Decision"), N_("Uses"), N_("Their words"), id="examples-table"
                )

    def on_mount(self) -> None:
        self.query_one("#sync-progress").display = False
        self.query_one("#review-message").border_title = _("Message")
        super().on_mount()

    @property
    def review_table(self) -> RecordsTable:
        return self.query_one("#review-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        items = view.review_items()
        self.review_table.replace_rows(
            (item.id, [snippet(item.sender, 24), snippet(reason_shown(item.reason), 24)])
            for item in items
        )
        entries = view.inbox()[-RECENT_LIMIT:]
        self.query_one("#recent-table", RecordsTable).replace_rows(
            (
                entry.message_id,
                [
                    short_when(entry.processed_at, self.ws.tz),
                    entry.member_email or entry.sender or "—",
                    styled(label(entry.outcome.value), OUTCOME_STYLE.get(entry.outcome, "")),
                    entry.event_id or "",
                    snippet(entry.reply_text or reason_shown(entry.reason), 50),
                ],
            )
            for entry in reversed(entries)
        )
        examples = view.examples()
        self.query_one("#examples-table", RecordsTable).replace_rows(
            (x.id, [label(x.decision), str(x.uses), snippet(x.words, 60)])
            for x in reversed(examples)
        )
        self.set_tab_label("examples-pane", _("Examples ({n})").format(n=len(examples)))
        self.set_tab_label("review-pane", _("Review ({n})").format(n=len(items)))
        self.set_tab_label("recent-pane", _("Recent ({n})").format(n=len(view.inbox())))
        self._show_status(len(items))
        self.show_item()

    def _show_status(self, waiting: int) -> None:
        guests = (
            ngettext(
                " · next yes brings [b]+{n}[/b] guest",
                " · next yes brings [b]+{n}[/b] guests",
                self.guests,
            ).format(n=self.guests)
            if self.guests
            else ""
        )
        self.query_one("#inbox-status", Static).update(
            _("{waiting} to review · s sync now · h review/recent{guests}").format(
                waiting=waiting, guests=guests
            )
        )

    def current_item(self) -> ReviewItem | None:
        key = self.review_table.current_key
        return self.ws.store.read().review_item(key) if key else None

    def show_item(self) -> None:
        item = self.current_item()
        text = self.query_one("#review-text", Static)
        if item is None:
            text.update(_("[$text-muted]Nothing to review.[/]"))
            return
        text.update(review_text(item, self._member_label(item)))

    def _member_label(self, item: ReviewItem) -> str:
        member = self.ws.store.read().member(item.member_id) if item.member_id else None
        return member.email if member else _("— (assign one with a)")

    def on_data_table_row_highlighted(self, message: DataTable.RowHighlighted) -> None:
        if message.data_table.id == "review-table":
            self.show_item()

    # settling --------------------------------------------------------------------------
    def action_guests(self, delta: int) -> None:
        self.guests = max(0, self.guests + delta)
        self._show_status(self.review_table.row_count)

    def action_settle(self, action: str, **extra: Any) -> None:
        item = self.current_item()
        if item is None:
            self.notify(_("Nothing to review."), severity="warning")
            return
        try:
            from somek_tui.services.review import settle
        except ImportError:
            self.notify(_("Settling review items is not available yet."), severity="error")
            return
        guests = self.guests if action == "yes" else 0
        done = self.write(
            lambda tx: settle(tx, item.id, action, guests=guests, now=self.ws.now(), **extra)
        )
        if done is not None:
            self.guests = 0
            self.notify(f"{item.sender}: {_(ACTION_WORDS.get(action, action))}.", markup=False)
            self._show_status(self.review_table.row_count)

    def action_assign(self) -> None:
        item = self.current_item()
        if item is None:
            self.notify(_("Nothing to review."), severity="warning")
            return
        view = self.ws.store.read()
        members = sorted(view.members(), key=lambda m: m.display_name.casefold())
        options = [(m.id, f"{m.display_name} <{m.email}>") for m in members]
        event_id = item.event_id
        if event_id is None:
            coming = upcoming(view, self.ws.now())
            event_id = coming[0].id if coming else None

        def chosen(member_id: str | None) -> None:
            if member_id:
                self.action_settle("assign", member_ref=member_id, event_id=event_id)

        self.app.push_screen(
            ChooseScreen(_("Whose reply is this? ({sender})").format(sender=item.sender), options),
            chosen,
        )

    def action_switch_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        order = ("review", "recent", "examples")
        current = tabs.active.removesuffix("-pane")
        following = order[(order.index(current) + 1) % len(order)] if current in order else order[0]
        tabs.active = f"{following}-pane"
        # focus follows, or the hidden table keeps it and the tab switches back
        self.set_focus(self.query_one(f"#{following}-table"))

    def action_forget_example(self) -> None:
        if self.query_one(TabbedContent).active != "examples-pane":
            self.notify(_("Examples are forgotten on the Examples tab (h)."), severity="warning")
            return
        key = self.query_one("#examples-table", RecordsTable).current_key
        if not key:
            self.notify(_("No example to forget."), severity="warning")
            return
        from somek_tui.services.examples import forget

        gone = self.write(lambda tx: forget(tx, key))
        if gone is not None:
            self.notify(
                _("Forgot example {id}: replies like “{value}” go to review again.").format(
                    id=gone.id, value=snippet(gone.words, 40)
                ),
                markup=False,
            )

    # sync ------------------------------------------------------------------------------
    def action_sync_now(self) -> None:
        bar = self.query_one("#sync-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.query_one("#inbox-status", Static).update(_("Syncing…"))
        self.sync()

    @dataclass
    class SyncProgress(Message):
        """So many messages of the running sync have been read."""

        count: int

    @dataclass
    class Synced(Message):
        """The sync has ended: with a summary, or with the error that stopped it."""

        summary: SyncSummary | None
        error: str = ""

    @work(thread=True, exclusive=True, group="sync")
    def sync(self) -> None:
        # imapclient blocks: the whole sync runs on this thread and reports by message
        def progress(count: int) -> None:
            self.post_message(self.SyncProgress(count))

        try:
            from somek_tui.services.sync import run_sync

            summary = run_sync(self.ws, progress=progress)
        except Exception as exc:  # a network or mailbox problem: say so, keep running
            self.post_message(self.Synced(None, _("Sync failed: {exc}").format(exc=exc)))
            return
        self.post_message(self.Synced(summary))

    @on(SyncProgress)
    def show_progress(self, message: SyncProgress) -> None:
        self.query_one("#sync-progress", ProgressBar).update(progress=message.count)
        self.query_one("#inbox-status", Static).update(
            _("Syncing… {count} messages read").format(count=message.count)
        )

    @on(Synced)
    def show_synced(self, message: Synced) -> None:
        self.query_one("#sync-progress").display = False
        self.reload()
        summary = message.summary
        if summary is None:
            self.notify(message.error, severity="error", timeout=10, markup=False)
            return
        done = _("Sync done: {answers}, {topics}, {review} to review, {ignored} ignored").format(
            answers=ngettext("{n} answer", "{n} answers", summary.answers).format(
                n=summary.answers
            ),
            topics=ngettext("{n} topic", "{n} topics", summary.topics).format(n=summary.topics),
            review=summary.review,
            ignored=summary.ignored,
        )
        self.notify(done, severity="warning" if summary.errors else "information")
        if summary.errors:
            body = as_written("\n".join(summary.errors))
            self.app.push_screen(ReportScreen(_("Sync finished with problems"), body))
