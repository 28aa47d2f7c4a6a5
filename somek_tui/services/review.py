"""Settling review items: the organizer decides what an unclear message meant."""

from __future__ import annotations

from datetime import datetime

from somek_tui.models import Answer, AnswerSource, InvalidInput, MailKind, ReviewItem
from somek_tui.services.events import find_event
from somek_tui.services.members import UnknownRecord, find_member
from somek_tui.services.outbox import queue_message
from somek_tui.services.rsvps import set_answer
from somek_tui.services.topics import add_topic
from somek_tui.store import Transaction

ANSWERS = {"yes": Answer.YES, "no": Answer.NO, "maybe": Answer.MAYBE}
ACTIONS = (*ANSWERS, "topic", "assign", "dismiss")


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
    ``event_id``) and keeps it open; ``dismiss`` closes it. ``member_ref`` and
    ``event_id`` may come with any action and apply first.
    """
    item = tx.review_item(item_id.strip())
    if item is None:
        raise UnknownRecord(f"no review item {item_id!r}")
    if item.resolved:
        raise InvalidInput(f"review item {item.id} is already settled ({item.resolution})")
    action = action.strip().lower()
    if action not in ACTIONS:
        raise InvalidInput(f"unknown action {action!r}: use {', '.join(ACTIONS)}")
    if member_ref:
        item.member_id = find_member(tx, member_ref).id
    if event_id:
        item.event_id = find_event(tx, event_id).id
    if action == "assign":
        if not member_ref and not event_id:
            raise InvalidInput("name a member (or an event) to assign the item to")
    elif action == "dismiss":
        _resolve(item, "dismissed")
    elif action == "topic":
        _topic(tx, item, now)
    else:
        _answer(tx, item, ANSWERS[action], guests, now)
    tx.put(item)
    return item


def _resolve(item: ReviewItem, text: str) -> None:
    item.resolved = True
    item.resolution = text


def _answer(tx: Transaction, item: ReviewItem, answer: Answer, guests: int, now: datetime) -> None:
    member = tx.member(item.member_id) if item.member_id else None
    if member is None:
        raise InvalidInput(f"review item {item.id} has no member: assign a member first")
    event = tx.event(item.event_id) if item.event_id else None
    if event is None:
        raise InvalidInput(f"review item {item.id} has no event: assign an event first")
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
        raise InvalidInput(f"review item {item.id} has no text to make a topic of")
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
