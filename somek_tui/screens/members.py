"""Members: search, add, edit, erase (GDPR), import a CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Member
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.file_picker import FilePickerScreen
from somek_tui.screens.member_form import MemberDraft, MemberFormScreen
from somek_tui.screens.report import ReportScreen
from somek_tui.services.members import (
    ImportReport,
    add_member,
    edit_member,
    erase_member,
    import_members,
)
from somek_tui.support.labels import label
from somek_tui.support.members_index import MemberRow, member_rows, search
from somek_tui.support.plain import as_written, lines, shown
from somek_tui.widgets.records_table import RecordsTable, dim

# Typing pauses this long before the table is filtered: one redraw per burst of keys.
SEARCH_DEBOUNCE = 0.15
# A table of thousands is read by searching, not scrolling; more rows only cost time.
MAX_ROWS = 500
STATUS_STYLE = {"bouncing": "bold red", "unsubscribed": "dim", "pending": "italic"}


class MembersScreen(SectionScreen):
    AUTO_FOCUS = "#members-table"
    SECTION = "members"
    BINDINGS = [  # noqa: RUF012
        Binding("slash", "search", N_("Search"), key_display="/"),
        Binding("a", "add_member", N_("Add")),
        Binding("e", "edit_member", N_("Edit")),
        Binding("d", "erase_member", N_("Erase")),
        Binding("i", "import_members", N_("Import CSV")),
        Binding("escape", "leave_search", N_("Back to table"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MemberRow] = []
        self._search_timer: Timer | None = None
        self._shown = 0

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="toolbar"):
            yield Input(
                placeholder=_("/ search name, e-mail, status…"), id="member-search", compact=True
            )
        yield Static("", id="members-status", classes="status-line")
        yield RecordsTable(
            N_("Name"),
            N_("E-mail"),
            (N_("Lang"), "lang"),
            N_("Status"),
            (N_("Last answer"), "last"),
            id="members-table",
        )

    @property
    def table(self) -> RecordsTable:
        return self.query_one("#members-table", RecordsTable)

    def refresh_data(self) -> None:
        view = self.ws.store.read()
        self._rows = member_rows(view.member_summaries(), view.latest_answers())
        self.apply_search()

    def apply_search(self) -> None:
        query = self.query_one("#member-search", Input).value
        shown = search(self._rows, query)
        self.table.replace_rows((row.id, self._cells(row)) for row in shown[:MAX_ROWS])
        self._shown = len(shown)
        self.show_status()

    def show_status(self) -> None:
        search_box = self.query_one("#member-search", Input)
        total = len(self._rows)
        members = ngettext("{n} member", "{n} members", total).format(n=total)
        what = (
            _("{shown} of {members}").format(shown=self._shown, members=members)
            if search_box.value.strip()
            else members
        )
        if self._shown > MAX_ROWS:
            what += _(" (first {n} listed: search to narrow)").format(n=MAX_ROWS)
        hint = (
            _("searching: every word must match · enter or escape: back to the table")
            if search_box.has_focus
            else _("/ search · a add · e edit · d erase · i import")
        )
        self.query_one("#members-status", Static).update(f"{what} · {hint}")

    def on_descendant_focus(self) -> None:
        self.show_status()

    def on_descendant_blur(self) -> None:
        self.show_status()

    @staticmethod
    def _cells(row: MemberRow) -> list[object]:
        name, email, language, status, last = row.cells
        cells: list[object] = [name or dim("—"), email, language, label(status), label(last)]
        if status in STATUS_STYLE:
            from rich.text import Text

            cells[3] = Text(label(status), style=STATUS_STYLE[status])
        return cells

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "member-search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DEBOUNCE, self.apply_search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "member-search":
            self.apply_search()
            self.set_focus(self.table)

    def action_leave_search(self) -> None:
        self.set_focus(self.table)

    def action_search(self) -> None:
        # at once, not via focus(): keys typed right after "/" must land in the box
        self.set_focus(self.query_one("#member-search", Input))

    def selected(self) -> Member | None:
        key = self.table.current_key
        member = self.ws.store.read().member(key) if key else None
        if member is None:
            self.notify(_("No member selected."), severity="warning")
        return member

    # add / edit / erase ------------------------------------------------------------------
    def action_add_member(self) -> None:
        def save(draft: MemberDraft) -> str:
            with self.ws.store.transaction() as tx:
                member = add_member(
                    tx,
                    draft.email,
                    name=draft.name,
                    language=draft.language,
                    default_language=self.ws.settings.organizer.language,
                    source="organizer (app)",
                    now=self.ws.now(),
                )
            return member.id

        def done(member_id: str | None) -> None:
            if member_id:
                self.notify(_("Member {member_id} added.").format(member_id=member_id))
                self.reload()

        draft = MemberDraft(language=self.ws.settings.organizer.language)
        self.app.push_screen(MemberFormScreen(_("Add member"), draft, save), done)

    def action_edit_member(self) -> None:
        member = self.selected()
        if member is None:
            return

        def save(draft: MemberDraft) -> str:
            with self.ws.store.transaction() as tx:
                edit_member(
                    tx,
                    member.id,
                    email=draft.email,
                    name=draft.name,
                    language=draft.language,
                    status=draft.status,
                    now=self.ws.now(),
                )
            return member.id

        draft = MemberDraft(member.email, member.name, member.language.value, member.status.value)
        self.app.push_screen(
            MemberFormScreen(_("Edit {id}").format(id=member.id), draft, save, with_status=True),
            lambda _: self.reload(),
        )

    def action_erase_member(self) -> None:
        member = self.selected()
        if member is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            current = self.ws.store.read().member(member.id)
            if current is None:
                return
            self.write(lambda tx: erase_member(tx, current))
            self.notify(_("{email} erased.").format(email=member.email), markup=False)

        self.app.push_screen(
            ConfirmScreen(
                _("Erase {display_name}?").format(display_name=member.display_name),
                _(
                    "{email} and their answers, votes and mail records are deleted for good "
                    "(GDPR erasure). Topics they suggested stay, without their name."
                ).format(email=member.email),
                yes=_("Erase"),
                danger=True,
            ),
            confirmed,
        )

    # import ------------------------------------------------------------------------------
    def action_import_members(self) -> None:
        def picked(path: Path | None) -> None:
            if path is not None:
                self.import_file(path)

        start = self.ws.settings.base_dir
        self.app.push_screen(FilePickerScreen(_("Import members from a CSV file"), start), picked)

    @work(thread=True, exclusive=True, group="import")
    def import_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
            report = import_members(
                self.ws.store,
                data,
                source=path.name,
                default_language=self.ws.settings.organizer.language,
                now=self.ws.now(),
            )
        except Exception as exc:  # a bad file is the person's to fix, not a crash
            self.post_message(self.Imported(path, None, str(exc)))
            return
        self.post_message(self.Imported(path, report))

    @dataclass
    class Imported(Message):
        """A CSV file was imported (with what came of each line), or could not be."""

        path: Path
        report: ImportReport | None
        error: str = ""

    @on(Imported)
    def show_imported(self, message: Imported) -> None:
        path, report = message.path, message.report
        if report is None:
            self.notify(f"{path.name}: {message.error}", severity="error", markup=False)
            return
        self.reload()
        self.notify(
            _("{n_added} added, {n_duplicates} duplicates, {n_invalid} rejected").format(
                n_added=len(report.added),
                n_duplicates=len(report.duplicates),
                n_invalid=len(report.invalid),
            )
        )
        self.app.push_screen(
            ReportScreen(_("Imported {name}").format(name=path.name), import_text(report))
        )


def import_text(report: ImportReport) -> Content:
    parts = [
        shown(_("[b $success]{n} added[/]").format(n=len(report.added))),
        shown(_("[b]{n} already members[/] (skipped)").format(n=len(report.duplicates))),
        shown(_("[b $error]{n} rejected[/]").format(n=len(report.invalid))),
    ]
    if report.invalid:
        parts.append(as_written(""))
        parts += [
            as_written(_("  line {line}: {reason}").format(line=line, reason=reason))
            for line, reason in report.invalid
        ]
    if report.duplicates:
        parts.append(as_written(""))
        parts += [
            as_written(
                _("  line {line}: {email} is already a member").format(line=line, email=email)
            )
            for line, email in report.duplicates
        ]
    if report.encoding not in ("utf-8", "utf-8-sig"):
        parts.append(shown(_("\n[$text-muted]read as $encoding[/]"), encoding=report.encoding))
    return lines(parts)
