"""Re-extract the app's and CLI's texts into the catalogues and compile them.

    .venv/bin/python scripts/catalogues.py          # update .po files, compile .mo files
    .venv/bin/python scripts/catalogues.py --check  # list what lacks a translation

Texts come from ``_()``, ``N_()`` and ``ngettext()`` calls in ``somek_tui/`` and
from the docstrings click shows as command help. New texts land in
``somek_tui/locale/<lang>/LC_MESSAGES/somek.po`` with an empty translation;
fill in the German, then run this again to compile.
"""

from __future__ import annotations

import inspect
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import click
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "somek_tui"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "somek"
LANGUAGES = ("de", "en")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    """Every text the organizer can read, as a template catalogue."""
    template = Catalog(domain=DOMAIN, project="somek", charset="utf-8")
    for filename, lineno, message, _comments, _context in extract_from_dir(
        PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        template.add(message, locations=[(filename, lineno)])
    for path, command in _commands():
        if command.help:
            template.add(inspect.cleandoc(command.help), auto_comments=[path])
    return template


def _commands() -> Iterator[tuple[str, click.Command]]:
    sys.path.insert(0, str(ROOT))
    from somek_tui import cli

    ctx = click.Context(cli.cli)
    for name in cli.COMMANDS:  # each command's module loads on demand
        cli.cli.get_command(ctx, name)
    pending: list[tuple[str, click.Command]] = [("somek", cli.cli)]
    while pending:
        path, command = pending.pop()
        yield path, command
        if isinstance(command, click.Group):
            pending.extend((f"{path} {name}", sub) for name, sub in command.commands.items())


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def compiled(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


def update() -> None:
    template = extract()
    for language in LANGUAGES:
        catalogue = read(language)
        catalogue.update(template, no_fuzzy_matching=True, update_creation_date=False)
        # no line numbers: they would make every edit elsewhere a catalogue change
        with po_path(language).open("wb") as f:
            write_po(f, catalogue, no_location=True, ignore_obsolete=True, sort_output=True)
        po_path(language).with_suffix(".mo").write_bytes(compiled(read(language)))


def untranslated(language: str = "de") -> list[str]:
    """The msgids of the source that have no translation in ``language``'s catalogue."""
    catalogue = read(language)
    missing = []
    for message in extract():
        if not message.id:
            continue
        found = catalogue.get(message.id)
        strings = () if found is None else found.string
        strings = strings if isinstance(strings, tuple) else (strings,)
        if found is None or found.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main(argv: list[str]) -> int:
    if "--check" in argv:
        missing = untranslated()
        for msgid in missing:
            print(f"untranslated: {msgid!r}")
        return 1 if missing else 0
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
