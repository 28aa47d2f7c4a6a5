"""Topic suggestions: votes, who suggested them; merge, shortlist, schedule, mark done."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import EventStatus, Topic, TopicStatus
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.prompt import PromptScreen
from somek_tui.services.topics import add_topic, merge_topics, schedule_topic, set_topic_status
from somek_tui.support.format import short_when
from somek_tui.support.labels import label
from somek_tui.widgets.records_table import RecordsTable, dim, styled

STATUS_STYLE = {"shortlisted": "bold", "scheduled": "green", "done": "dim", "merged": "dim"}
ORDER = {"shortlisted": 0, "proposed": 1, "scheduled": 2, "done": 3, "merged": 4}


class TopicsScreen(SectionScreen):
    AUTO_FOCUS = "#topics-table"
    SECTION = "topics"
    BINDINGS = [  # noqa: RUF012
        Binding("a", "add_topic", N_("Add")),
        Binding("space", "mark", N_("Mark"), key_display="space"),
        Binding("M", "merge", N_("Merge marked")),
        Binding("l", "status('shortlisted')", N_("Shortlist")),
        Binding("g", "schedule", N_("Schedule")),
        Binding("d", "status('done')", N_("Done")),
        Binding("p", "status('proposed')", N_("Reopen"), show=False),
        Binding("f", "toggle_all", N_("All/open")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: set[str] = set()
        self.show_all = False

    def compose_body(self) -> ComposeResult:
        yield Static("", id="topics-status", classes="status-line")
        yield RecordsTable(
            ("", "mark"),
            "ID",
            N_("Votes"),
            N_("Status"),
            N_("Title"),
            (N_("Suggested by"), "by"),
            N_("Event"),
            id="topics-table",
        )

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#topics-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        topics = view.topics()
        if not self.show_all:
            topics = [t for t in topics if t.status not in (TopicStatus.MERGED, TopicStatus.DONE)]
        topics.sort(key=lambda t: (ORDER[t.status.value], -t.vote_count, t.created, t.id))
        self.marked &= {t.id for t in topics}
        rows = []
        for t in topics:
            by = view.member(t.suggested_by) if t.suggested_by else None
            who = by.display_name if by else _("organizer")
            if t.credits:
                who += f" +{len(t.credits)}"
            event = view.event(t.event_id) if t.event_id else None
            rows.append(
                (
                    t.id,
                    [
                        "●" if t.id in self.marked else "",
                        t.id,
                        str(t.vote_count),
                        styled(label(t.status.value), STATUS_STYLE.get(t.status.value, "")),
                        t.title,
                        who if by else dim(who),
                        f"{event.id} {short_when(event.start, self.ws.tz)[:10]}" if event else "",
                    ],
                )
            )
        self.table.replace_rows(rows)
        marked = _(" · {n} marked (M merges them into the row under the cursor)").format(
            n=len(self.marked)
        )
        count = len(rows)
        self.query_one("#topics-status", Static).update(
            (
                ngettext("{n} topic", "{n} topics", count)
                if self.show_all
                else ngettext("{n} open or scheduled topic", "{n} open and scheduled topics", count)
            ).format(n=count)
            + (marked if self.marked else _(" · space marks duplicates to merge"))
        )

    def selected(self) -> Topic | None:
        key = self.table.current_key
        topic = self.ws.store.read().topic(key) if key else None
        if topic is None:
            self.notify(_("No topic selected."), severity="warning")
        return topic

    def action_add_topic(self) -> None:
        def entered(title: str | None) -> None:
            if not title:
                return
            result = self.write(lambda tx: add_topic(tx, title, now=self.ws.now()))
            if result:
                topic, new = result
                self.notify(
                    _("{id} added.").format(id=topic.id)
                    if new
                    else _("Already there as {id}.").format(id=topic.id)
                )

        self.app.push_screen(PromptScreen(_("New topic"), placeholder=_("Title")), entered)

    def action_mark(self) -> None:
        key = self.table.current_key
        if key is None:
            return
        self.marked ^= {key}
        self.reload()
        if self.table.cursor_row < self.table.row_count - 1:
            self.table.move_cursor(row=self.table.cursor_row + 1)

    def action_merge(self) -> None:
        keep = self.selected()
        if keep is None:
            return
        others = sorted(self.marked - {keep.id})
        if not others:
            self.notify(_("Mark the duplicates with space first."), severity="warning")
            return

        def confirmed(yes: bool | None) -> None:
            if yes and self.write(lambda tx: merge_topics(tx, keep.id, others)):
                self.marked.clear()
                self.notify(
                    _("Merged {value} into {id}.").format(value=", ".join(others), id=keep.id)
                )
                self.reload()

        self.app.push_screen(
            ConfirmScreen(
                _("Merge topics?"),
                _("{value} go into {id} “{title}”, votes and credits too.").format(
                    value=", ".join(others), id=keep.id, title=keep.title
                ),
                yes=_("Merge"),
            ),
            confirmed,
        )

    def action_status(self, status: str) -> None:
        topic = self.selected()
        if topic is None:
            return
        if self.write(lambda tx: set_topic_status(tx, topic.id, TopicStatus(status))):
            self.notify(_("{id} is {status}.").format(id=topic.id, status=status))

    def action_schedule(self) -> None:
        topic = self.selected()
        if topic is None:
            return
        now = self.ws.now()
        events = [
            e
            for e in self.ws.store.read().events()
            if not e.is_past(now) and e.status is not EventStatus.CANCELLED
        ]
        if not events:
            self.notify(
                _("No upcoming event to schedule it on; add one first."), severity="warning"
            )
            return
        options = [(e.id, f"{short_when(e.start, self.ws.tz)}  {e.title}") for e in events]

        def chosen(event_id: str | None) -> None:
            if event_id and self.write(lambda tx: schedule_topic(tx, topic.id, event_id).topic):
                self.notify(
                    _("{id} scheduled on {event_id}.").format(id=topic.id, event_id=event_id)
                )

        self.app.push_screen(
            ChooseScreen(_("Schedule “{title}” on…").format(title=topic.title), options), chosen
        )

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.reload()
