"""Who makes an evening: the host and speakers of a talk, contributors to a theme evening."""

from __future__ import annotations

from somek_tui.i18n import N_, _
from somek_tui.models import (
    Contributor,
    Event,
    EventKind,
    Host,
    InvalidInput,
    Speaker,
    normalise_email,
)
from somek_tui.services.events import (
    bump_if_people_changed,
    calendar_people,
    changeable,
    find_event,
)
from somek_tui.services.members import clean_name, find_member
from somek_tui.services.topics import KIND_NAMES
from somek_tui.store import Transaction


def _require_kind(event: Event, kind: EventKind, what: str) -> None:
    if event.kind is not kind:
        raise InvalidInput(
            _("{what} is only for {value} ({value2}); {id} is {value3} ({value4})").format(
                what=_(what),
                value=_(KIND_NAMES[kind]),
                value2=kind.value,
                id=event.id,
                value3=_(KIND_NAMES[event.kind]),
                value4=event.kind.value,
            )
        )


def set_host(
    tx: Transaction,
    event_id: str,
    *,
    organisation: str,
    address: str | None = None,
    contact: str | None = None,
    confirmed: bool | None = None,
) -> Event:
    """The organisation hosting an expert talk; the same name again updates it.

    Unconfirmed unless told otherwise; a new organisation starts unconfirmed.
    """
    event = changeable(find_event(tx, event_id))
    _require_kind(event, EventKind.TALK, N_("a host"))
    name = clean_name(organisation)
    if not name:
        raise InvalidInput(_("a host needs the organisation's name"))
    before = calendar_people(event)
    current = event.host
    same = current is not None and current.organisation.casefold() == name.casefold()
    base = current if same and current is not None else Host()
    event.host = Host(
        organisation=name,
        address=clean_name(address) if address is not None else base.address,
        contact=clean_name(contact) if contact is not None else base.contact,
        confirmed=confirmed if confirmed is not None else base.confirmed,
    )
    bump_if_people_changed(tx, event, before)
    tx.put(event)
    return event


def remove_host(tx: Transaction, event_id: str) -> Event:
    event = changeable(find_event(tx, event_id))
    if event.host is None:
        raise InvalidInput(_("{id} has no host").format(id=event.id))
    before = calendar_people(event)
    event.host = None
    bump_if_people_changed(tx, event, before)
    tx.put(event)
    return event


def set_speaker(
    tx: Transaction,
    event_id: str,
    *,
    name: str,
    talk_title: str | None = None,
    email: str | None = None,
    confirmed: bool | None = None,
) -> Event:
    """Add a speaker to an expert talk, or update the one with that name."""
    event = changeable(find_event(tx, event_id))
    _require_kind(event, EventKind.TALK, N_("a speaker"))
    cleaned = clean_name(name)
    if not cleaned:
        raise InvalidInput(_("a speaker needs a name"))
    address = normalise_email(email) if email else None
    before = calendar_people(event)
    speaker = next((s for s in event.speakers if s.name.casefold() == cleaned.casefold()), None)
    if speaker is None:
        speaker = Speaker(name=cleaned)
        event.speakers.append(speaker)
    speaker.name = cleaned
    if talk_title is not None:
        speaker.talk_title = clean_name(talk_title)
    if address is not None:
        speaker.email = address
        member = tx.member_by_email(address)
        speaker.member_id = member.id if member is not None else None
    if confirmed is not None:
        speaker.confirmed = confirmed
    bump_if_people_changed(tx, event, before)
    tx.put(event)
    return event


def remove_speaker(tx: Transaction, event_id: str, name: str) -> Event:
    event = changeable(find_event(tx, event_id))
    wanted = clean_name(name).casefold()
    kept = [s for s in event.speakers if s.name.casefold() != wanted]
    if len(kept) == len(event.speakers):
        raise InvalidInput(_("{id} has no speaker {name!r}").format(id=event.id, name=name))
    before = calendar_people(event)
    event.speakers = kept
    bump_if_people_changed(tx, event, before)
    tx.put(event)
    return event


def set_contributor(
    tx: Transaction,
    event_id: str,
    member_ref: str,
    *,
    subject: str | None = None,
    confirmed: bool | None = None,
) -> Event:
    """The member preparing a contribution for a theme evening; again updates it."""
    event = changeable(find_event(tx, event_id))
    _require_kind(event, EventKind.ROUNDTABLE, N_("a prepared contribution"))
    member = find_member(tx, member_ref)
    contributor = next((c for c in event.contributors if c.member_id == member.id), None)
    if contributor is None:
        contributor = Contributor(member_id=member.id)
        event.contributors.append(contributor)
    if subject is not None:
        contributor.subject = clean_name(subject)
    if confirmed is not None:
        contributor.confirmed = confirmed
    tx.put(event)
    return event


def remove_contributor(tx: Transaction, event_id: str, member_ref: str) -> Event:
    event = changeable(find_event(tx, event_id))
    member = find_member(tx, member_ref)
    kept = [c for c in event.contributors if c.member_id != member.id]
    if len(kept) == len(event.contributors):
        raise InvalidInput(
            _("{email} is not preparing anything for {id}").format(email=member.email, id=event.id)
        )
    event.contributors = kept
    tx.put(event)
    return event
