from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Input, Static

from somek_tui.app import SomekApp
from somek_tui.models import MemberStatus
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.file_picker import FilePickerScreen
from somek_tui.screens.member_form import MemberFormScreen
from somek_tui.screens.members import MembersScreen
from somek_tui.screens.report import ReportScreen

from .conftest import SIZE
from .helpers import fill, wait_for


async def open_members(pilot) -> MembersScreen:  # type: ignore[no-untyped-def]
    await pilot.press("4")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, MembersScreen))
    return pilot.app.screen


async def test_search_filters_the_table(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_members(pilot)
        assert screen.table.row_count == 6
        await pilot.press("slash", *"example.org de")
        # every word must match: German speakers at example.org
        await wait_for(pilot, lambda: screen.table.row_count == 4)
        assert {str(k.value) for k in screen.table.rows} == {"m1", "m2", "m4", "m6"}
        await pilot.press("ctrl+u", *"CHLO")
        await wait_for(pilot, lambda: screen.table.row_count == 1)
        await pilot.press("enter")
        assert screen.table.has_focus


async def test_add_edit_and_erase_a_member(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_members(pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, MemberFormScreen))
        fill(pilot, "#f-email", "not-an-address")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "invalid e-mail" in str(app.screen.query_one("#form-error").render())
        fill(pilot, "#f-email", "greta@example.org")
        fill(pilot, "#f-name", "Greta Koch")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, MembersScreen))
        greta = app.ws.store.read().member_by_email("greta@example.org")
        assert greta is not None and greta.name == "Greta Koch"

        screen.table.move_cursor(row=screen.table.get_row_index(greta.id))
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, MemberFormScreen))
        fill(pilot, "#f-name", "Greta K.")
        app.screen.query_one("#f-status").value = "unsubscribed"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, MembersScreen))
        greta = app.ws.store.read().member(greta.id)
        assert greta is not None and greta.name == "Greta K."
        assert greta.status is MemberStatus.UNSUBSCRIBED

        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.ws.store.read().member(greta.id) is None)


async def test_erase_asks_first(app: SomekApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_members(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.ws.store.read().members()) == 6


async def test_import_members_from_csv(app: SomekApp, tmp_path: Path) -> None:
    csv_file = app.ws.settings.base_dir / "neue.csv"
    csv_file.write_text(
        "email,name,language\n"
        "hanna@example.org,Hanna Becker,de\n"
        "ivan@example.com,Ivan Petrov,en\n"
        "anna@example.org,Anna Schmidt,de\n"
        "kaputt,Niemand,de\n",
        encoding="utf-8",
    )
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        screen = await open_members(pilot)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, FilePickerScreen))
        fill(pilot, "#picker-path", str(csv_file))
        app.screen.query_one("#picker-path").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen), timeout=10)
        body = str(app.screen.query_one("#report-body").render())
        assert "2 added" in body and "1 already members" in body and "1 rejected" in body
        assert "line 5" in body
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MembersScreen))
        view = app.ws.store.read()
        assert view.member_by_email("hanna@example.org") is not None
        assert view.member_by_email("ivan@example.com").language.value == "en"
        assert screen.table.row_count == 8
        # the file was read on the import worker, which reported back by one message
        imported = {id(m): m for m in seen if isinstance(m, MembersScreen.Imported)}.values()
        assert [(m.path, m.error) for m in imported] == [(csv_file, "")]


async def test_file_picker_lists_csv_files(app: SomekApp) -> None:
    folder = app.ws.settings.base_dir
    (folder / "list.csv").write_text("email\nx@example.org\n")
    (folder / "notes.txt").write_text("nope")
    async with app.run_test(size=SIZE) as pilot:
        await open_members(pilot)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, FilePickerScreen))
        tree = app.screen.query_one("#picker-tree")
        await wait_for(pilot, lambda: len(tree.root.children) > 0)
        names = {child.data.path.name for child in tree.root.children}
        assert "list.csv" in names and "notes.txt" not in names and "db.json" not in names
        tree.select_node(next(c for c in tree.root.children if c.data.path.name == "list.csv"))
        await wait_for(pilot, lambda: isinstance(app.screen, (ReportScreen, MembersScreen)))
        await wait_for(pilot, lambda: app.ws.store.read().member_by_email("x@example.org"))


async def test_names_that_look_like_markup_show_as_written(app: SomekApp) -> None:
    with app.ws.store.transaction() as tx:
        member = tx.member("m1")
        assert member is not None
        member.name = "Bert [/] [b]Agentur[/b]"
        tx.put(member)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_members(pilot)
        await wait_for(pilot, lambda: screen.table.row_count == 6)
        name = screen.table.get_row("m1")[0]
        assert str(name) == "Bert [/] [b]Agentur[/b]"
        assert "Bert [/] [b]Agentur[/b]" in "".join(
            str(screen.table.render_line(y).text) for y in range(screen.table.size.height)
        )


async def test_a_missing_file_with_brackets_in_its_name_is_reported_as_typed(
    app: SomekApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_members(pilot)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, FilePickerScreen))
        picker = app.screen
        box = picker.query_one(Input)
        box.value = "/nowhere/[/]list.csv"
        box.focus()
        await pilot.press("enter")
        error = picker.query_one("#picker-error", Static)
        await wait_for(pilot, lambda: "no such file" in str(error.render()))
        assert "/nowhere/[/]list.csv: no such file" in str(error.render())
