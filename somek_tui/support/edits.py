"""Small changes the screens make that the services do not offer as one call.

Each takes a transaction and plain values, and builds on the services'
own validation, so the command line and the app agree on what is allowed.
"""

from __future__ import annotations

from datetime import datetime

from somek_tui.models import ConsentHow, Member, MemberStatus, Topic, normalise_email
from somek_tui.services.members import (
    DuplicateMember,
    clean_name,
    find_member,
    parse_language,
    set_status,
)
from somek_tui.services.topics import schedule_topic as services_schedule_topic
from somek_tui.store import Transaction


def edit_member(
    tx: Transaction,
    member_id: str,
    *,
    email: str,
    name: str,
    language: str,
    status: str,
    now: datetime,
) -> Member:
    member = find_member(tx, member_id)
    address = normalise_email(email)
    other = tx.member_by_email(address)
    if other is not None and other.id != member.id:
        raise DuplicateMember(f"{address} is already a member ({other.id})")
    member.email = address
    member.name = clean_name(name)
    member.language = parse_language(language, member.language.value)
    new_status = MemberStatus(status)
    tx.put(member)
    if new_status is not member.status:
        # a change of status is a change of consent: it is kept on record
        how = (
            ConsentHow.UNSUBSCRIBED
            if new_status is MemberStatus.UNSUBSCRIBED
            else (ConsentHow.ORGANIZER)
        )
        set_status(tx, member, new_status, how=how, source="organizer (app)", now=now)
    return member


def schedule_topic(tx: Transaction, topic_id: str, event_id: str) -> Topic:
    """Put a topic on an event's agenda, within what the evening's kind takes."""
    return services_schedule_topic(tx, topic_id, event_id).topic
