"""``somek event host|speaker|contributor``: who hosts, speaks at and prepares an evening."""

from __future__ import annotations

import click

from somek_tui.cli.output import note
from somek_tui.services.events import (
    remove_contributor,
    remove_host,
    remove_speaker,
    set_contributor,
    set_host,
    set_speaker,
)

CONFIRMED = click.option(
    "--confirmed/--unconfirmed",
    default=None,
    help="Whether they have said yes. [default: keep; new entries unconfirmed]",
)


@click.command("host")
@click.argument("event_id")
@click.option("--name", "organisation", metavar="ORG", help="The host organisation.")
@click.option("--address", help="Where the talk takes place.")
@click.option("--contact", help="Who to talk to there.")
@CONFIRMED
@click.option("--remove", is_flag=True, help="Remove the host.")
@click.pass_obj
def event_host(
    ctx: object,
    event_id: str,
    organisation: str | None,
    address: str | None,
    contact: str | None,
    confirmed: bool | None,
    remove: bool,
) -> None:
    """Set the organisation hosting an expert talk (talks only).

    The same --name again updates address, contact or confirmation.

    \b
    Example:
      somek event host e7 --name "Domblick PR" --address "Am Hof 20, 50667 Köln" \\
        --contact "Jana Becker" --confirmed
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        if remove:
            removed = remove_host(tx, event_id)
            note(f"removed the host of {removed.id}")
            return
        if not organisation:
            raise click.UsageError("--name is required (or --remove)")
        changed = set_host(
            tx,
            event_id,
            organisation=organisation,
            address=address,
            contact=contact,
            confirmed=confirmed,
        )
    host = changed.host
    assert host is not None
    state = "confirmed" if host.confirmed else "not confirmed yet"
    note(f"{changed.id} host: {host.organisation} ({state})")


@click.command("speaker")
@click.argument("event_id")
@click.option("--name", required=True, metavar="N", help="The speaker's name.")
@click.option("--talk", "talk_title", metavar="TITLE", help="The talk's title.")
@click.option("--email", metavar="E", help="The speaker's address.")
@CONFIRMED
@click.option("--remove", is_flag=True, help="Remove this speaker.")
@click.pass_obj
def event_speaker(
    ctx: object,
    event_id: str,
    name: str,
    talk_title: str | None,
    email: str | None,
    confirmed: bool | None,
    remove: bool,
) -> None:
    """Add or update a speaker of an expert talk (talks only).

    A speaker is known by name: the same --name again updates them.

    \b
    Example:
      somek event speaker e7 --name "Jana Becker" --talk "TikTok für B2B" \\
        --email jana@domblick.example --confirmed
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        if remove:
            removed = remove_speaker(tx, event_id, name)
            note(f"removed {name} from {removed.id}")
            return
        changed = set_speaker(
            tx, event_id, name=name, talk_title=talk_title, email=email, confirmed=confirmed
        )
    for speaker in changed.speakers:
        state = "confirmed" if speaker.confirmed else "not confirmed yet"
        note(f"{changed.id} speaker: {speaker.name} ({state})")


@click.command("contributor")
@click.argument("event_id")
@click.argument("email")
@click.option("--subject", metavar="S", help="What they prepare.")
@CONFIRMED
@click.option("--remove", is_flag=True, help="Remove this contributor.")
@click.pass_obj
def event_contributor(
    ctx: object,
    event_id: str,
    email: str,
    subject: str | None,
    confirmed: bool | None,
    remove: bool,
) -> None:
    """Record who prepares a contribution for a theme evening (roundtables only).

    EMAIL is a member's address; the same member again updates subject or confirmation.

    \b
    Example:
      somek event contributor e8 anna@example.org --subject "Community-Regeln" --confirmed
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        if remove:
            removed = remove_contributor(tx, event_id, email)
            note(f"removed {email} from {removed.id}")
            return
        changed = set_contributor(tx, event_id, email, subject=subject, confirmed=confirmed)
        emails = {m.id: m.email for m in tx.members()}
    for contributor in changed.contributors:
        state = "confirmed" if contributor.confirmed else "not confirmed yet"
        who = emails.get(contributor.member_id, contributor.member_id)
        about = f" on {contributor.subject}" if contributor.subject else ""
        note(f"{changed.id} contributor: {who}{about} ({state})")


def register(root: click.Group) -> None:
    # the people of an evening are sub-commands of ``event``, defined beside its other commands
    from somek_tui.cli.events import event

    for command in (event_host, event_speaker, event_contributor):
        event.add_command(command)
