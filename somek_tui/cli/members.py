"""``somek member …``"""

from __future__ import annotations

from pathlib import Path

import click

from somek_tui.cli.output import Failure, emit_json, note, table
from somek_tui.models import ConsentHow
from somek_tui.services.members import add_member, erase_member, find_member, import_members


@click.group("member")
def member() -> None:
    """Add, import, list and remove members."""


@member.command("add")
@click.argument("email")
@click.option("--name", default="", help="Display name.")
@click.option("--lang", "language", type=click.Choice(["de", "en"]), help="Mail language.")
@click.pass_obj
def member_add(ctx: object, email: str, name: str, language: str | None) -> None:
    """Add a member (an address already on the list is an error).

    \b
    Example:
      somek member add anna@example.org --name "Anna Schmitz" --lang de
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        added = add_member(
            tx,
            email,
            name=name,
            language=language,
            default_language=ws.settings.organizer.language,
            how=ConsentHow.ORGANIZER,
            source="somek member add",
            now=ws.now(),
        )
    click.echo(added.id)


@member.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def member_import(ctx: object, file: Path, as_json: bool) -> None:
    """Add members from a CSV file with a header row.

    Columns: email (or E-Mail), optional name (Name) and language (Sprache).
    UTF-8 with or without BOM, Excel's semicolon CSV and Latin-1 are read.
    Nothing is written when the file cannot be read.

    \b
    Example:
      somek member import mitglieder.csv
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise Failure(f"{file}: {exc.strerror}") from None
    report = import_members(
        ws.store,
        data,
        source=f"import of {file.name}",
        default_language=ws.settings.organizer.language,
        now=ws.now(),
    )
    if as_json:
        emit_json(
            {
                "added": len(report.added),
                "duplicates": [{"line": ln, "email": e} for ln, e in report.duplicates],
                "invalid": [{"line": ln, "reason": r} for ln, r in report.invalid],
            }
        )
        return
    click.echo(
        f"{len(report.added)} added, {len(report.duplicates)} skipped as duplicates, "
        f"{len(report.invalid)} rejected as invalid"
    )
    for line, address in report.duplicates:
        click.echo(f"  line {line}: duplicate {address}")
    for line, reason in report.invalid:
        click.echo(f"  line {line}: {reason}")


@member.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--status", type=click.Choice(["active", "unsubscribed", "bouncing", "pending"]))
@click.pass_obj
def member_list(ctx: object, as_json: bool, status: str | None) -> None:
    """List members.

    \b
    Example:
      somek member list --status active --json
    """
    view = ctx.ws.store.read()  # type: ignore[attr-defined]
    members = [m for m in view.members() if status is None or m.status.value == status]
    members.sort(key=lambda m: m.name.casefold() or m.email.casefold())
    if as_json:
        emit_json(
            [
                {
                    "id": m.id,
                    "email": m.email,
                    "name": m.name,
                    "language": m.language.value,
                    "status": m.status.value,
                }
                for m in members
            ]
        )
        return
    table(
        [(m.id, m.name, m.email, m.language.value, m.status.value) for m in members],
        ["ID", "NAME", "E-MAIL", "LANG", "STATUS"],
    )


@member.command("remove")
@click.argument("member_ref", metavar="EMAIL")
@click.pass_obj
def member_remove(ctx: object, member_ref: str) -> None:
    """Erase a member (GDPR): their answers and votes go too.

    Topics they suggested stay, without their name.

    \b
    Example:
      somek member remove anna@example.org
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        target = find_member(tx, member_ref)
        erase_member(tx, target)
    note(f"erased {target.email}")


def register(root: click.Group) -> None:
    root.add_command(member)
