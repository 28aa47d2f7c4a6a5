"""Finds English text handed to the places the organizer reads without ``_()``.

An AST walk over ``somek_tui/``: a string literal (or an f-string with words
in it) passed to a widget, a notification, a binding, a column header, a
click message or a ``help=`` is visible text and must go through ``_()``,
``N_()`` or ``ngettext()``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Calls whose positional arguments are shown as they are.
SHOWN_POSITIONAL = {
    "Label": (0,),
    "Static": (0,),
    "Button": (0,),
    "Checkbox": (0,),
    "RadioButton": (0,),
    "TabPane": (0,),
    "Tab": (0,),
    "Binding": (2,),
    "notify": (0,),
    "add_column": (0,),
    "echo": (0,),
    "secho": (0,),
    "note": (0,),
    "ClickException": (0,),
    "UsageError": (0,),
    "BadParameter": (0,),
    "Failure": (0,),
    "InvalidInput": (0,),  # what the organizer did wrong, shown by the CLI and the app
    # the store's and the settings' errors: the CLI and the app show their text
    "StoreError": (0,),
    "StoreMissing": (0,),
    "StoreBusy": (0,),
    "StoreNotWritable": (0,),
    "StoreCorrupt": (0,),
    "StoreTooNew": (0,),
    "ConfigError": (0,),
    "confirm": (0,),
    "prompt": (0,),
    "update": (0,),
    "set_title": (0,),
    "RecordsTable": tuple(range(12)),  # its column headers
    "ConfirmScreen": (0, 1),
    "PromptScreen": (0,),
    "ChooseScreen": (0,),
    "EventFormScreen": (0,),
    "MemberFormScreen": (0,),
    "PeopleFormScreen": (0,),
    "ReportScreen": (0,),
    "FilePickerScreen": (0,),
    "add_columns": tuple(range(12)),
}
# Keyword arguments shown wherever they are passed.
SHOWN_KEYWORDS = {
    "help",
    "placeholder",
    "tooltip",
    "title",
    "label",
    "description",
    "prompt",
    "border_title",
    "message",
    "yes",
}
# Receivers of ``.update(...)`` that are not widgets (dicts, sets, hashes).
NOT_WIDGET_UPDATE = re.compile(r"(dict|set|counts|data|seen|values|hash|digest|changes|env)$")
WORD = re.compile(r"[A-Za-z]{2,}")
NOT_OURS: set[str] = set()
# Text that is the same in every language: product and protocol names, keys.
ALLOWED = {"somek", "SMTP", "IMAP", "JSON", "CSV", "OK", "ID", "URL", "ics", "iCal"}
# Exact words the outside contract fixes in English (docs/contract, "Added 2026-12").
CONTRACT = {"no database at "}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _words(node: ast.expr) -> str | None:
    """The literal text of ``node`` if it carries words a reader would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return None
    if text in CONTRACT:
        return None
    words = [w for w in WORD.findall(text) if w not in ALLOWED]
    return text if words else None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _receiver(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return ast.unparse(func.value)
    return ""


def findings(package: Path) -> Iterator[Finding]:
    root = package.parent
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative in NOT_OURS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == "update" and NOT_WIDGET_UPDATE.search(_receiver(node.func)):
                continue
            shown = [node.args[i] for i in SHOWN_POSITIONAL.get(name, ()) if i < len(node.args)]
            if name == "call_from_thread" and node.args and _name(node.args[0]) == "notify":
                shown += node.args[1:2]
            shown += [kw.value for kw in node.keywords if kw.arg in SHOWN_KEYWORDS]
            for arg in shown:
                for part in _parts(arg):
                    text = _words(part)
                    if text is not None:
                        yield Finding(relative, part.lineno, text)


def _parts(node: ast.expr) -> Iterator[ast.expr]:
    """``node`` and the branches of a conditional expression or string concatenation."""
    if isinstance(node, ast.IfExp):
        yield from _parts(node.body)
        yield from _parts(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _parts(node.left)
        yield from _parts(node.right)
    else:
        yield node
