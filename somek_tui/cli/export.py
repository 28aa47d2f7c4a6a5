"""``somek export --json``"""

from __future__ import annotations

import click

from somek_tui.cli.localized import command
from somek_tui.cli.output import emit_json
from somek_tui.i18n import N_
from somek_tui.services.export import export_data


@command("export")
@click.option("--json", "as_json", is_flag=True, required=True, help=N_("Print JSON (required)."))
@click.pass_obj
def export(ctx: object, as_json: bool) -> None:
    """Print the whole database as JSON (the documented export schema).

    \b
    Example:
      somek export --json > backup.json
    """
    emit_json(export_data(ctx.ws.store.read()))  # type: ignore[attr-defined]


def register(root: click.Group) -> None:
    root.add_command(export)
