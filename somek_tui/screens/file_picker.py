"""Pick a CSV file from a folder tree (or type its path)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Static

from somek_tui.i18n import N_, _
from somek_tui.support.plain import as_written


class CsvTree(DirectoryTree):
    """Folders and ``.csv`` files only; hidden entries left out."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            p
            for p in paths
            if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() == ".csv")
        ]


class FilePickerScreen(ModalScreen[Path | None]):
    AUTO_FOCUS = "#picker-tree"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "dismiss(None)", N_("Cancel")),
        Binding("backspace", "up", N_("Parent folder"), show=False),
    ]

    def __init__(self, title: str, start: Path) -> None:
        super().__init__()
        self.title_text = title
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="title", markup=False)
            yield CsvTree(self.start, id="picker-tree")
            yield Input(
                placeholder=_("…or type a path and press enter"), id="picker-path", compact=True
            )
            yield Static("", classes="error", id="picker-error")
            with Horizontal(classes="buttons"):
                yield Button(_("Parent folder"), id="up")
                yield Button(_("Cancel"), id="cancel")

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(Path(event.path))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if path.is_dir():
            self.query_one(CsvTree).path = path
        elif path.is_file():
            self.dismiss(path)
        else:
            self.query_one("#picker-error", Static).update(as_written(f"{path}: no such file"))

    def action_up(self) -> None:
        tree = self.query_one(CsvTree)
        tree.path = Path(tree.path).resolve().parent

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "up":
            self.action_up()
        else:
            self.dismiss(None)
