"""``somek member …``"""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from mail.outgoing import TransportError
from somek_tui.cli.localized import group
from somek_tui.cli.output import Failure, emit_json, note, table
from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import ConsentHow
from somek_tui.services.gdpr import person_data
from somek_tui.services.joining import (
    expire_pending,
    expires_at,
    invite_to_join,
    send_join_confirmations,
)
from somek_tui.services.members import add_member, erase_member, find_member, import_members


@group("member")
def member() -> None:
    """Add, import, list and remove members."""


@member.command("add")
@click.argument("email")
@click.option("--name", default="", help=N_("Display name."))
@click.option("--lang", "language", type=click.Choice(["de", "en"]), help=N_("Mail language."))
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
@click.option("--json", "as_json", is_flag=True, help=N_("Print the report as JSON."))
@click.pass_obj
def member_import(ctx: object, file: Path, as_json: bool) -> None:
    """Add members from a CSV file with a header row.

    Columns: email (E-Mail, Mail, E-Mail-Adresse), optional name (Name, or
    Vorname and Nachname), language (Sprache: de/en, Deutsch/Englisch) and
    organization (Firma, Organisation, Company). UTF-8 with or without BOM
    and German Excel's semicolon CSV in cp1252 are read; the report says
    which columns were used and which ignored. Nothing is written when the
    file cannot be read.

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
                "columns": report.columns,
                "added": len(report.added),
                "duplicates": [{"line": ln, "email": e} for ln, e in report.duplicates],
                "invalid": [{"line": ln, "reason": r} for ln, r in report.invalid],
            }
        )
        return
    click.echo(
        _(
            "{n_added} added, {n_duplicates} skipped as duplicates, {n_invalid} rejected as invalid"
        ).format(
            n_added=len(report.added),
            n_duplicates=len(report.duplicates),
            n_invalid=len(report.invalid),
        )
    )
    click.echo(report.columns)
    for line, address in report.duplicates:
        click.echo(_("  line {line}: duplicate {address}").format(line=line, address=address))
    for line, reason in report.invalid:
        click.echo(_("  line {line}: {reason}").format(line=line, reason=reason))


@member.command("list")
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
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
        ["ID", N_("NAME"), N_("E-MAIL"), N_("LANG"), N_("STATUS")],
    )


@member.command("remove")
@click.argument("member_ref", metavar=N_("EMAIL"))
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
    note(_("erased {email}").format(email=target.email))


@member.command("invite-join")
@click.argument("email")
@click.option("--name", default="", help=N_("Display name."))
@click.option("--lang", "language", type=click.Choice(["de", "en"]), help=N_("Mail language."))
@click.option(
    "--review", "review_id", metavar="ID", help=N_("The review item holding the request.")
)
@click.pass_obj
def member_invite_join(
    ctx: object, email: str, name: str, language: str | None, review_id: str | None
) -> None:
    """Ask someone who wants to join to confirm by replying (double opt-in).

    They are stored as pending and get one confirmation mail; their reply to it
    (read by sync) makes them an active member. Unconfirmed requests are erased
    after series.join_request_days. Their open join-request review item (or the
    one named with --review) is settled and quoted in the consent log.

    \b
    Example:
      somek member invite-join lea@example.org --name "Lea Becker" --lang de
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        asked = invite_to_join(
            tx,
            email,
            name=name,
            language=language,
            default_language=ws.settings.organizer.language,
            review_id=review_id,
            domain=ws.settings.organizer.domain,
            now=ws.now(),
        )
    try:
        summary = asyncio.run(send_join_confirmations(ws, [asked.outgoing.id]))
        problem = summary.failures[0][1] if summary.failures else ""
        sent = summary.sent > 0
    except TransportError as exc:
        problem, sent = str(exc), False
    if not sent:
        raise Failure(
            _(
                "the confirmation mail to {email} was not sent: {problem} (the same command "
                "sends it again)"
            ).format(email=asked.member.email, problem=problem)
        )
    click.echo(asked.member.id)
    days = ws.settings.series.join_request_days
    until = expires_at(asked.member, days).astimezone(ws.tz)
    note(
        _("confirmation mail sent to {email}; unconfirmed it expires {until:%Y-%m-%d}").format(
            email=asked.member.email, until=until
        )
    )


@member.command("expire-pending")
@click.pass_obj
def member_expire_pending(ctx: object) -> None:
    """Erase join requests not confirmed within series.join_request_days.

    Sync does this at the start of every pass; this runs it on its own.

    \b
    Example:
      somek member expire-pending
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        gone = expire_pending(tx, now=ws.now(), days=ws.settings.series.join_request_days)
    for person in gone:
        click.echo(person.email)
    note(
        ngettext(
            "{n} unconfirmed join request erased", "{n} unconfirmed join requests erased", len(gone)
        ).format(n=len(gone))
    )


@member.command("export")
@click.argument("member_ref", metavar=N_("EMAIL"))
@click.pass_obj
def member_export(ctx: object, member_ref: str) -> None:
    """Print everything stored about one person as JSON (GDPR access request).

    The member record with its consent log, answers with their history, topics
    suggested or voted for, mails sent (without keys), inbox and review entries.

    \b
    Example:
      somek member export anna@example.org > auskunft-anna.json
    """
    emit_json(person_data(ctx.ws.store.read(), member_ref))  # type: ignore[attr-defined]


def register(root: click.Group) -> None:
    root.add_command(member)
