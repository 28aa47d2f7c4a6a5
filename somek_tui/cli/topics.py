"""``somek topic …``"""

from __future__ import annotations

import click

from somek_tui.cli.localized import group
from somek_tui.cli.output import emit_json, note, table
from somek_tui.i18n import N_, _
from somek_tui.services.members import find_member
from somek_tui.services.topics import (
    add_topic,
    mark_topic_done,
    merge_topics,
    ranked,
    schedule_topic,
    shortlist_topics,
    vote_for,
)


@group("topic")
def topic() -> None:
    """Topic suggestions: suggest, merge, vote, shortlist, schedule, done."""


@topic.command("add")
@click.argument("title")
@click.option("--by", "by_email", metavar=N_("EMAIL"), help=N_("The member who suggested it."))
@click.pass_obj
def topic_add(ctx: object, title: str, by_email: str | None) -> None:
    """Add a topic suggestion (the same title again counts as a vote).

    \b
    Example:
      somek topic add "Community Management" --by anna@example.org
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        by = find_member(tx, by_email).id if by_email else None
        added, new = add_topic(tx, title, by_member=by, now=ws.now())
    click.echo(added.id)
    if not new:
        note(_("{id} already exists: counted as a vote").format(id=added.id))


@topic.command("list")
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.option("--sort", type=click.Choice(["votes", "id"]), default="votes", show_default=True)
@click.option("--all", "show_all", is_flag=True, help=N_("Include done and merged topics."))
@click.pass_obj
def topic_list(ctx: object, as_json: bool, sort: str, show_all: bool) -> None:
    """List topic suggestions, most votes first.

    \b
    Example:
      somek topic list --sort votes
    """
    view = ctx.ws.store.read()  # type: ignore[attr-defined]
    topics = view.topics() if show_all else ranked(view.topics())
    if sort == "votes":
        topics.sort(key=lambda t: (-t.vote_count, t.created, t.id))
    else:
        topics.sort(key=lambda t: int(t.id[1:]) if t.id[1:].isdigit() else 0)
    by = {m.id: m.email for m in view.members()}
    if as_json:
        emit_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "votes": t.vote_count,
                    "status": t.status.value,
                    "suggested_by": by.get(t.suggested_by or ""),
                    "event_id": t.event_id,
                }
                for t in topics
            ]
        )
        return
    table(
        [(t.id, t.vote_count, t.status.value, t.title) for t in topics],
        ["ID", N_("VOTES"), N_("STATUS"), N_("TITLE")],
    )


@topic.command("merge")
@click.argument("keep_id", metavar=N_("KEEP"))
@click.argument("other_ids", metavar="OTHER...", nargs=-1, required=True)
@click.pass_obj
def topic_merge(ctx: object, keep_id: str, other_ids: tuple[str, ...]) -> None:
    """Merge duplicate suggestions into KEEP; votes and credits are combined.

    Somebody who voted for both counts once.

    \b
    Example:
      somek topic merge t3 t7 t9
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        kept = merge_topics(tx, keep_id, list(dict.fromkeys(other_ids)))
    note(
        _("merged {value} into {id}: {vote_count} votes").format(
            value=", ".join(other_ids), id=kept.id, vote_count=kept.vote_count
        )
    )


@topic.command("vote")
@click.argument("topic_id", metavar="ID")
@click.argument("email")
@click.pass_obj
def topic_vote(ctx: object, topic_id: str, email: str) -> None:
    """Count a member's vote for a topic (one per member and topic). Prints the votes.

    \b
    Example:
      somek topic vote t3 anna@example.org
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        member = find_member(tx, email)
        voted, counted = vote_for(tx, topic_id, member.id)
    click.echo(voted.vote_count)
    if not counted:
        note(
            _("{email} has already voted for {id}: counted once").format(
                email=member.email, id=voted.id
            )
        )


@topic.command("shortlist")
@click.argument("topic_ids", metavar="ID...", nargs=-1, required=True)
@click.pass_obj
def topic_shortlist(ctx: object, topic_ids: tuple[str, ...]) -> None:
    """Put topics on the shortlist that `somek event plan` proposes from.

    A topic scheduled on an evening comes back to the shortlist and leaves it.

    \b
    Example:
      somek topic shortlist t3 t5 t8
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        outcomes = shortlist_topics(tx, list(dict.fromkeys(topic_ids)))
    for outcome in outcomes:
        if not outcome.changed:
            note(_("{id} is already shortlisted").format(id=outcome.topic.id))
        elif outcome.left_events:
            note(
                _("{id} shortlisted; taken off {value}").format(
                    id=outcome.topic.id, value=", ".join(outcome.left_events)
                )
            )
        else:
            note(_("{id} shortlisted").format(id=outcome.topic.id))


@topic.command("schedule")
@click.argument("topic_id", metavar="ID")
@click.argument("event_id", metavar=N_("EVENT"))
@click.pass_obj
def topic_schedule(ctx: object, topic_id: str, event_id: str) -> None:
    """Put a topic on an evening: an expert talk takes one, a theme evening up to three.

    \b
    Example:
      somek topic schedule t3 e7
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        outcome = schedule_topic(tx, topic_id, event_id)
    note(_("{id} scheduled on {id2}").format(id=outcome.topic.id, id2=outcome.event.id))
    if outcome.dropped:
        note(
            _("no longer proposed for {id}: {value}").format(
                id=outcome.event.id, value=", ".join(outcome.dropped)
            )
        )


@topic.command("done")
@click.argument("topic_id", metavar="ID")
@click.pass_obj
def topic_done(ctx: object, topic_id: str) -> None:
    """Mark a scheduled topic as talked about, linked to its evening.

    `somek event done EVENT` does this for all of an evening's topics.

    \b
    Example:
      somek topic done t3
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        finished = mark_topic_done(tx, topic_id)
    note(_("{id} done (at {event_id})").format(id=finished.id, event_id=finished.event_id))


def register(root: click.Group) -> None:
    root.add_command(topic)
