"""Settling review items: the organizer decides what an unclear message meant."""

from __future__ import annotations

from datetime import datetime

from somek_tui.i18n import _
from somek_tui.models import (
    Answer,
    AnswerSource,
    InboxOutcome,
    InvalidInput,
    MailKind,
    ReviewItem,
    email_key,
    normalise_email,
)
from somek_tui.services.events import find_event
from somek_tui.services.examples import learn
from somek_tui.services.members import UnknownRecord, find_member
from somek_tui.services.outbox import queue_message
from somek_tui.services.rsvps import set_answer
from somek_tui.services.topics import add_topic
from somek_tui.store import Transaction

ANSWERS = {"yes": Answer.YES, "no": Answer.NO, "maybe": Answer.MAYBE}
ACTIONS = (*ANSWERS, "topic", "assign", "alias", "dismiss")


def settle(
    tx: Transaction,
    item_id: str,
    action: str,
    *,
    guests: int = 0,
    member_ref: str | None = None,
    event_id: str | None = None,
    now: datetime,
) -> ReviewItem:
    """Apply the organizer's decision to one review item.

    ``yes`` / ``no`` / ``maybe`` record the answer for the item's member and
    event (source "organizer"); ``topic`` turns the item's text into a topic
    credited to its member; ``assign`` ties the item to ``member_ref`` (and
    ``event_id``) and keeps it open; ``alias`` remembers the sender as another
    address of the item's member (their next mail from it matches) and keeps
    the item open for its answer; ``dismiss`` closes it. ``member_ref`` and
    ``event_id`` may come with any action and apply first.
    """
    item = find_item(tx, item_id)
    if item.resolved:
        raise InvalidInput(
            _("review item {id} is already settled ({resolution})").format(
                id=item.id, resolution=item.resolution
            )
        )
    action = action.strip().lower()
    if action not in ACTIONS:
        raise InvalidInput(
            _("unknown action {action!r}: use {value}").format(
                action=action, value=", ".join(ACTIONS)
            )
        )
    if member_ref:
        item.member_id = find_member(tx, member_ref).id
    if event_id:
        item.event_id = find_event(tx, event_id).id
    if action == "assign":
        if not member_ref and not event_id:
            raise InvalidInput(_("name a member (or an event) to assign the item to"))
    elif action == "alias":
        add_other_address(tx, item)
    elif action == "dismiss":
        _resolve(item, "dismissed")
        _settled_entry(tx, item, InboxOutcome.DISMISSED)
    elif action == "topic":
        _topic(tx, item, now)
        _settled_entry(tx, item, InboxOutcome.TOPIC)
    else:
        _answer(tx, item, ANSWERS[action], guests, now)
        _settled_entry(tx, item, InboxOutcome.ANSWER)
        # the next reply in these words needs no person: it is decided the same way
        learn(tx, item, ANSWERS[action], guests if action == "yes" else 0, now)
    tx.put(item)
    return item


def _settled_entry(tx: Transaction, item: ReviewItem, outcome: InboxOutcome) -> None:
    """The inbox shows what came of the message in the end, not that it waited for review."""
    entry = tx.inbox_entry(item.message_id)
    if entry is None or entry.outcome is not InboxOutcome.REVIEW:
        return  # a note beside a recorded answer (a stand-in named): the answer stands
    entry.outcome = outcome
    entry.reason = f"settled: {item.resolution}"
    if item.member_id and entry.member_id != item.member_id:
        member = tx.member(item.member_id)
        entry.member_id = item.member_id
        entry.member_email = member.email if member is not None else None
    if item.event_id:
        entry.event_id = item.event_id
    tx.put(entry)


def find_item(tx: Transaction, ref: str) -> ReviewItem:
    """A review item by its id or by the Message-ID of its mail (open items first)."""
    ref = ref.strip()
    item = tx.review_item(ref)
    if item is not None:
        return item
    wanted = ref if ref.startswith("<") else f"<{ref}>"
    found = [i for i in tx.review_items(include_resolved=True) if i.message_id == wanted]
    found.sort(key=lambda i: i.resolved)
    if not found:
        raise UnknownRecord(f"no review item {ref!r}")
    return found[0]


def add_other_address(tx: Transaction, item: ReviewItem) -> str:
    """Remember the item's sender as its member's other address; returns the address."""
    member = tx.member(item.member_id) if item.member_id else None
    if member is None:
        raise InvalidInput(
            _("review item {id} has no member: assign a member first").format(id=item.id)
        )
    if not item.sender:
        raise InvalidInput(_("review item {id} has no sender address").format(id=item.id))
    address = normalise_email(item.sender)
    owner = tx.member_by_address(address)
    if owner is not None:
        whose = "a member's" if owner.key == email_key(address) else f"{owner.email}'s other"
        raise InvalidInput(
            _("{address} is already {whose} address: nothing to remember").format(
                address=address, whose=whose
            )
        )
    if email_key(address) not in map(email_key, member.other_addresses):
        member.other_addresses.append(address)
        tx.put(member)
    # the old reason asked the question this answers; what is left is the reply itself
    item.reason = f"{address} is now {member.email}'s other address: settle the reply"
    return address


def _resolve(item: ReviewItem, text: str) -> None:
    item.resolved = True
    item.resolution = text


def _answer(tx: Transaction, item: ReviewItem, answer: Answer, guests: int, now: datetime) -> None:
    member = tx.member(item.member_id) if item.member_id else None
    if member is None:
        raise InvalidInput(
            _("review item {id} has no member: assign a member first").format(id=item.id)
        )
    event = tx.event(item.event_id) if item.event_id else None
    if event is None:
        raise InvalidInput(
            _("review item {id} has no event: assign an event first").format(id=item.id)
        )
    if answer is not Answer.YES:
        guests = 0
    outcome = set_answer(
        tx,
        event=event,
        member=member,
        answer=answer,
        guests=guests,
        source=AnswerSource.ORGANIZER,
        message_id=item.message_id,
        now=now,
    )
    for promoted in outcome.promoted:
        other = tx.member(promoted.member_id)
        if other is not None and other.mailable:
            queue_message(
                tx,
                member=other,
                kind=MailKind.PROMOTED,
                event=event,
                now=now,
                extra={"rsvp": {"answer": "yes", "guests": promoted.guests, "waitlisted": False}},
            )
    text = f"recorded {answer.value}"
    if guests:
        text += f" +{guests}"
    if outcome.waitlisted:
        text += " (waitlisted)"
    _resolve(item, f"{text} for {member.email}, event {event.id}")


def _topic(tx: Transaction, item: ReviewItem, now: datetime) -> None:
    lines = [line.strip() for line in item.text.splitlines() if line.strip()]
    if not lines:
        raise InvalidInput(_("review item {id} has no text to make a topic of").format(id=item.id))
    title = lines[0][:200]
    member = tx.member(item.member_id) if item.member_id else None
    topic, new = add_topic(
        tx,
        title,
        by_member=member.id if member else None,
        message_id=item.message_id,
        description="\n".join(lines[1:]),
        now=now,
    )
    _resolve(item, f"{'added' if new else 'counted as a vote for'} topic {topic.id}")
