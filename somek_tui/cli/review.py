"""``somek review …``: the replies somek would not guess about, and settling them."""

from __future__ import annotations

import click

from somek_tui.cli.localized import group
from somek_tui.cli.output import emit_json, note, table
from somek_tui.i18n import N_, _
from somek_tui.services.examples import forget
from somek_tui.services.review import ACTIONS, add_other_address, find_item, settle
from somek_tui.support.reasons import shown


@group("review")
def review() -> None:
    """Replies waiting for a person: list them, settle them."""


@review.command("list")
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.option("--all", "show_all", is_flag=True, help=N_("Include settled items."))
@click.pass_obj
def review_list(ctx: object, as_json: bool, show_all: bool) -> None:
    """List the review queue, oldest first.

    \b
    Example:
      somek review list --json
    """
    view = ctx.ws.store.read()  # type: ignore[attr-defined]
    items = view.review_items(include_resolved=show_all)
    if as_json:
        emit_json(
            [
                {
                    "id": i.id,
                    "message_id": i.message_id,
                    "from": i.sender,
                    "subject": i.subject,
                    "reason": i.reason,
                    "member_id": i.member_id,
                    "event_id": i.event_id,
                    "resolved": i.resolved,
                    "resolution": i.resolution,
                }
                for i in items
            ]
        )
        return
    table([(i.id, i.sender, shown(i.reason)) for i in items], ["ID", N_("FROM"), N_("REASON")])


@review.command("alias")
@click.argument("item_ref", metavar="ID|MESSAGE-ID")
@click.pass_obj
def review_alias(ctx: object, item_ref: str) -> None:
    """Remember the item's sender as its member's other address.

    Their next mail from that address is matched to them; the item stays open
    for its answer (`somek review settle ID yes`).

    \b
    Example:
      somek review alias r4
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        item = find_item(tx, item_ref)
        if item.resolved:
            note(
                _("review item {id} is already settled ({resolution})").format(
                    id=item.id, resolution=item.resolution
                )
            )
        address = add_other_address(tx, item)
        tx.put(item)
        member = tx.member(item.member_id or "")
    note(
        _("{address} is now {value}'s other address").format(
            address=address, value=member.email if member else "?"
        )
    )


@review.command("settle")
@click.argument("item_ref", metavar="ID|MESSAGE-ID")
@click.argument("action", type=click.Choice(ACTIONS, case_sensitive=False))
@click.option("--guests", type=click.IntRange(0), default=0, help=N_("Guests with a yes."))
@click.option("--member", "member_ref", metavar=N_("EMAIL"), help=N_("Whose reply it is."))
@click.option("--event", "event_id", metavar="ID", help=N_("Which event it answers."))
@click.pass_obj
def review_settle(
    ctx: object,
    item_ref: str,
    action: str,
    guests: int,
    member_ref: str | None,
    event_id: str | None,
) -> None:
    """Decide what a reply meant: yes, no, maybe, topic, assign, alias, dismiss.

    \b
    Example:
      somek review settle r4 yes --guests 1
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        item = settle(
            tx, item_ref, action, guests=guests, member_ref=member_ref, event_id=event_id,
            now=ws.now(),
        )  # fmt: skip
    note(f"{item.id}: {item.resolution or shown(item.reason)}")


@review.command("examples")
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.pass_obj
def review_examples(ctx: object, as_json: bool) -> None:
    """List settled replies that decide replies in the same words, oldest first.

    \b
    Example:
      somek review examples --json
    """
    examples = ctx.ws.store.read().examples()  # type: ignore[attr-defined]
    if as_json:
        emit_json(
            [
                {
                    "id": x.id,
                    "words": x.words,
                    "decision": x.decision,
                    "answer": x.answer.value,
                    "guests": x.guests,
                    "uses": x.uses,
                    "created": x.created.isoformat(),
                }
                for x in examples
            ]
        )
        return
    table(
        [(x.id, x.decision, str(x.uses), x.words) for x in examples],
        ["ID", N_("DECISION"), N_("USES"), N_("WORDS")],
    )


@review.command("forget")
@click.argument("example_id", metavar="ID")
@click.pass_obj
def review_forget(ctx: object, example_id: str) -> None:
    """Forget one example: replies in its words go to review again.

    \b
    Example:
      somek review forget x3
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        gone = forget(tx, example_id)
    note(
        _("forgot example {id} ({decision}): {words}").format(
            id=gone.id, decision=gone.decision, words=gone.words
        )
    )


def register(root: click.Group) -> None:
    root.add_command(review)
