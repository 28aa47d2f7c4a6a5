"""``somek event host|speaker|contributor``: who hosts, speaks at and prepares an evening."""

from __future__ import annotations

import click

from somek_tui.cli.localized import command
from somek_tui.cli.output import note
from somek_tui.i18n import N_, _
from somek_tui.services.event_people import (
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
    help=N_("Whether they have said yes. [default: keep; new entries unconfirmed]"),
)


@command("host")
@click.argument("event_id")
@click.option("--name", "organisation", metavar="ORG", help=N_("The host organisation."))
@click.option("--address", help=N_("Where the talk takes place."))
@click.option("--contact", help=N_("Who to talk to there."))
@CONFIRMED
@click.option("--remove", is_flag=True, help=N_("Remove the host."))
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
            note(_("removed the host of {id}").format(id=removed.id))
            return
        if not organisation:
            raise click.UsageError(_("--name is required (or --remove)"))
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
    state = _("confirmed") if host.confirmed else _("not confirmed yet")
    note(
        _("{id} host: {organisation} ({state})").format(
            id=changed.id, organisation=host.organisation, state=state
        )
    )


@command("speaker")
@click.argument("event_id")
@click.option("--name", required=True, metavar="N", help=N_("The speaker's name."))
@click.option("--talk", "talk_title", metavar="TITLE", help=N_("The talk's title."))
@click.option("--email", metavar="E", help=N_("The speaker's address."))
@CONFIRMED
@click.option("--remove", is_flag=True, help=N_("Remove this speaker."))
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
            note(_("removed {name} from {id}").format(name=name, id=removed.id))
            return
        changed = set_speaker(
            tx, event_id, name=name, talk_title=talk_title, email=email, confirmed=confirmed
        )
    for speaker in changed.speakers:
        state = _("confirmed") if speaker.confirmed else _("not confirmed yet")
        note(
            _("{id} speaker: {name} ({state})").format(
                id=changed.id, name=speaker.name, state=state
            )
        )


@command("contributor")
@click.argument("event_id")
@click.argument("email")
@click.option("--subject", metavar="S", help=N_("What they prepare."))
@CONFIRMED
@click.option("--remove", is_flag=True, help=N_("Remove this contributor."))
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
            note(_("removed {email} from {id}").format(email=email, id=removed.id))
            return
        changed = set_contributor(tx, event_id, email, subject=subject, confirmed=confirmed)
        emails = {m.id: m.email for m in tx.members()}
    for contributor in changed.contributors:
        state = _("confirmed") if contributor.confirmed else _("not confirmed yet")
        who = emails.get(contributor.member_id, contributor.member_id)
        about = f" on {contributor.subject}" if contributor.subject else ""
        note(
            _("{id} contributor: {who}{about} ({state})").format(
                id=changed.id, who=who, about=about, state=state
            )
        )


def register(root: click.Group) -> None:
    # the people of an evening are sub-commands of ``event``, defined beside its other commands
    from somek_tui.cli.events import event

    for cmd in (event_host, event_speaker, event_contributor):
        event.add_command(cmd)
