"""Asking a member for a talk or a contribution, and recording their answer.

The ask puts the member on the event unconfirmed (as a speaker or a
contributor) and queues a ``contribution_request`` mail with a reply key; the
answer, read by ``sync``, confirms the place or gives it up. It is never an
RSVP: taking on a talk says nothing about guests or places.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from mail.commitment import Commitment
from somek_tui.i18n import _
from somek_tui.models import (
    Contributor,
    Event,
    EventStatus,
    InvalidInput,
    MailKind,
    Member,
    OutgoingMessage,
    Speaker,
    email_key,
)
from somek_tui.services.events import bump_if_people_changed, calendar_people, find_event
from somek_tui.services.members import clean_name, find_member
from somek_tui.services.outbox import queue_message
from somek_tui.store import Transaction


class Role(StrEnum):
    TALK = "talk"
    CONTRIBUTION = "contribution"


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise InvalidInput(
            _("unknown role {value!r}: use talk or contribution").format(value=value)
        ) from None


def find_slot(event: Event, member: Member, role: Role) -> Speaker | Contributor | None:
    """The member's place on the event for this role, if they have one."""
    if role is Role.TALK:
        return next(
            (
                s
                for s in event.speakers
                if s.member_id == member.id or (s.email and email_key(s.email) == member.key)
            ),
            None,
        )
    return next((c for c in event.contributors if c.member_id == member.id), None)


def ask(
    tx: Transaction,
    event_id: str,
    member_ref: str,
    role: Role,
    *,
    subject: str = "",
    now: datetime,
    domain: str = "",
) -> OutgoingMessage:
    """Put the member on the event unconfirmed and queue the request mail."""
    event = find_event(tx, event_id)
    member = find_member(tx, member_ref)
    if not member.mailable:
        raise InvalidInput(
            _("{email} is {value}: no mail can go there").format(
                email=member.email, value=member.status.value
            )
        )
    if event.status is EventStatus.CANCELLED or event.is_past(now):
        raise InvalidInput(
            _("event {id} is {value}").format(
                id=event.id, value="cancelled" if not event.is_past(now) else "over"
            )
        )
    subject = clean_name(subject)
    slot = find_slot(event, member, role)
    if slot is not None and slot.confirmed:
        raise InvalidInput(
            _("{email} has already confirmed the {value} for {id}").format(
                email=member.email, value=role.value, id=event.id
            )
        )
    if slot is None:
        if role is Role.TALK:
            event.speakers.append(
                Speaker(
                    name=member.display_name,
                    talk_title=subject,
                    email=member.email,
                    member_id=member.id,
                )
            )
        else:
            event.contributors.append(Contributor(member_id=member.id, subject=subject))
    elif subject:
        if isinstance(slot, Speaker):
            slot.talk_title = subject
        else:
            slot.subject = subject
    tx.put(event)
    if not subject and slot is not None:
        subject = slot.talk_title if isinstance(slot, Speaker) else slot.subject
    return queue_message(
        tx,
        member=member,
        kind=MailKind.CONTRIBUTION_REQUEST,
        event=event,
        now=now,
        domain=domain,
        extra={"request": {"role": role.value, "subject": subject}},
    )


def requested_role(record: OutgoingMessage) -> Role:
    request = record.context.get("request") or {}
    try:
        return Role(request.get("role", Role.CONTRIBUTION.value))
    except ValueError:
        return Role.CONTRIBUTION


def record_commitment(
    tx: Transaction, event: Event, member: Member, role: Role, commitment: Commitment
) -> bool:
    """Confirm the member's place, or give it up; False when there is no place any more."""
    current = tx.event(event.id) or event
    slot = find_slot(current, member, role)
    if slot is None:
        return False
    before = calendar_people(current)
    if commitment is Commitment.ACCEPT:
        slot.confirmed = True
    elif isinstance(slot, Speaker):
        current.speakers = [s for s in current.speakers if s is not slot]
    else:
        current.contributors = [c for c in current.contributors if c is not slot]
    bump_if_people_changed(tx, current, before)
    tx.put(current)
    return True


__all__ = ["Role", "ask", "find_slot", "parse_role", "record_commitment", "requested_role"]
