"""``somek topic …``"""

from __future__ import annotations

import click

from somek_tui.cli.output import emit_json, note, table
from somek_tui.services.members import find_member
from somek_tui.services.topics import add_topic, ranked


@click.group("topic")
def topic() -> None:
    """Topic suggestions."""


@topic.command("add")
@click.argument("title")
@click.option("--by", "by_email", metavar="EMAIL", help="The member who suggested it.")
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
        note(f"{added.id} already exists: counted as a vote")


@topic.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--sort", type=click.Choice(["votes", "id"]), default="votes", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Include done and merged topics.")
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
        ["ID", "VOTES", "STATUS", "TITLE"],
    )


def register(root: click.Group) -> None:
    root.add_command(topic)
