"""How commands talk: quiet by default, JSON on request, errors as one line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from somek_tui.i18n import _


class Failure(click.ClickException):
    """A clear error: ``somek: <message>`` on stderr and exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        # a known English sentence from the mail code, in the organizer's language
        from somek_tui.support.reasons import shown

        click.echo(f"somek: {shown(self.message)}", err=True)


def emit_json(data: Any) -> None:
    import json  # only the commands asked for JSON pay for it

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    """A plain aligned table; readable in a terminal and in a pipe."""
    # headers are N_-marked English; shown in the organizer's language
    cells = [[_(str(h)) for h in headers]] + [
        ["" if c is None else str(c) for c in r] for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        line = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        click.echo(click.style(line, bold=True) if index == 0 and sys.stdout.isatty() else line)


def note(message: str) -> None:
    """Progress and summaries for a person; stderr so stdout stays data."""
    click.echo(message, err=True)
