"""``somek event ask``: ask a member for a talk or a contribution by e-mail."""

from __future__ import annotations

import asyncio

import click

from mail.outgoing import TransportError
from somek_tui.cli.localized import command
from somek_tui.cli.output import Failure, note
from somek_tui.i18n import N_, _
from somek_tui.services.contributions import ask, parse_role
from somek_tui.services.outbox import deliver


@command("ask")
@click.argument("event_id")
@click.option("--member", "member_ref", required=True, metavar="EMAIL", help=N_("Whom to ask."))
@click.option("--role", type=click.Choice(["talk", "contribution"]), required=True)
@click.option("--subject", default="", help=N_("The talk title or the contribution's theme."))
@click.pass_obj
def event_ask(ctx: object, event_id: str, member_ref: str, role: str, subject: str) -> None:
    """Ask a member to give a talk or prepare a contribution; they answer by reply.

    The member is put on the event unconfirmed; sync confirms them when they
    reply "Ich übernehme das" (or takes them off on "Kann leider nicht").
    Prints the outbox id of the request.

    \b
    Example:
      somek event ask e6 --member anna@example.org --role talk --subject "Reels im B2B"
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        record = ask(
            tx,
            event_id,
            member_ref,
            parse_role(role),
            subject=subject,
            now=ws.now(),
            domain=ws.settings.organizer.domain,
        )
    try:
        summary = asyncio.run(deliver(ws, [record.id]))
    except TransportError as exc:
        raise Failure(
            _("the request was not sent: {exc} (somek outbox retry sends it)").format(exc=exc)
        ) from None
    if not summary.sent:
        error = summary.failures[0][1] if summary.failures else _("unknown error")
        raise Failure(
            _("the request to {recipient} was not sent: {error}").format(
                recipient=record.recipient, error=error
            )
        )
    click.echo(record.id)
    note(_("{role} request sent to {recipient}").format(role=role, recipient=record.recipient))


def register(root: click.Group) -> None:
    # ``event`` is its own module's group; the request lives beside its commands
    from somek_tui.cli.events import event

    event.add_command(event_ask)
