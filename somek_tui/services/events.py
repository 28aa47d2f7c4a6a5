"""Creating, changing and cancelling events."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import (
    Contributor,
    Event,
    EventKind,
    EventStatus,
    Host,
    InvalidInput,
    MailKind,
    OutboxState,
    Speaker,
    Topic,
    TopicStatus,
    Venue,
    normalise_email,
    now_utc,
)
from somek_tui.services.members import UnknownRecord, clean_name, find_member
from somek_tui.services.planning import PlannedEvent
from somek_tui.services.topics import KIND_NAMES, topic_limit
from somek_tui.store import Reader, Transaction

# Fields whose change matters to a calendar: they raise SEQUENCE and warrant
# an update mail to everyone invited.
CALENDAR_FIELDS = ("title", "start", "end", "venue", "description", "status")
# Mails that carry the evening's calendar entry.
CALENDAR_MAIL = (MailKind.INVITATION, MailKind.CHANGED, MailKind.CANCELLED, MailKind.PROMOTED)


def calendar_people(event: Event) -> tuple[object, ...]:
    """The people a calendar entry shows: the host and the speakers who said yes."""
    host = event.host.organisation if event.host is not None else ""
    speakers = tuple((s.name, s.talk_title) for s in event.speakers if s.confirmed)
    return (host, speakers)


def published(view: Reader, event: Event) -> bool:
    """Someone has been sent (or is about to be sent) this evening's calendar entry."""
    return any(
        record.kind in CALENDAR_MAIL and record.state is not OutboxState.FAILED
        for record in view.outbox(event_id=event.id)
    )


def revise(view: Reader, event: Event) -> None:
    """Note a change a calendar shows.

    SEQUENCE counts the versions members have seen, so it rises only once the
    entry is out: the first invitation goes out with 0 however often the
    draft was edited. ``modified`` is what the feed gives as DTSTAMP.
    """
    if published(view, event):
        event.sequence += 1
    event.modified = now_utc()


def bump_if_people_changed(view: Reader, event: Event, before: tuple[object, ...]) -> None:
    """A change a calendar would show raises SEQUENCE, so ``notify`` tells everyone."""
    if calendar_people(event) != before:
        revise(view, event)


def parse_kind(value: str | None) -> EventKind:
    try:
        return EventKind((value or "roundtable").strip().lower())
    except ValueError:
        raise InvalidInput(
            _("unknown kind {value!r}: use talk or roundtable").format(value=value)
        ) from None


def check_capacity(value: int | None) -> int | None:
    if value is not None and value < 1:
        raise InvalidInput(_("capacity must be at least 1"))
    return value


def add_event(
    tx: Transaction,
    *,
    title: str,
    start: datetime,
    end: datetime | None = None,
    venue: str = "",
    address: str = "",
    kind: str | None = None,
    capacity: int | None = None,
    description: str = "",
    status: EventStatus = EventStatus.ANNOUNCED,
    domain: str,
    now: datetime,
) -> Event:
    title = clean_name(title)
    if not title:
        raise InvalidInput(_("an event needs a title"))
    if end is not None and end <= start:
        raise InvalidInput(_("the end must be after the start"))
    event = Event(
        id=tx.next_id("events"),
        title=title,
        start=start,
        end=end,
        venue=Venue(name=clean_name(venue), address=clean_name(address)),
        kind=parse_kind(kind),
        capacity=check_capacity(capacity),
        description=description.strip(),
        status=status,
        uid=f"{uuid.uuid4()}@{domain}",
        created=now,
    )
    tx.put(event)
    return event


def find_event(view: Reader, event_id: str) -> Event:
    event = view.event(event_id.strip())
    if event is None:
        raise UnknownRecord(f"no event {event_id!r}")
    return event


@dataclass
class EventChange:
    event: Event
    changed: list[str]

    @property
    def calendar_relevant(self) -> bool:
        return any(name in CALENDAR_FIELDS for name in self.changed)


def edit_event(tx: Transaction, event_id: str, **changes: object) -> EventChange:
    """Apply the given fields; bump SEQUENCE when a calendar would show a difference."""
    event = find_event(tx, event_id)
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} is cancelled").format(id=event.id))
    before = event.to_dict()
    if changes.get("start") is not None and changes.get("end") is None and event.end is not None:
        # moving an evening keeps its length unless a new end is given
        changes["end"] = event.end + (changes["start"] - event.start)  # type: ignore[operator]
    for name, value in changes.items():
        if value is None:
            continue
        if name == "title":
            event.title = clean_name(str(value)) or event.title
        elif name == "venue":
            event.venue = Venue(name=clean_name(str(value)), address=event.venue.address)
        elif name == "address":
            event.venue = Venue(name=event.venue.name, address=clean_name(str(value)))
        elif name == "kind":
            event.kind = parse_kind(str(value))
        elif name == "capacity":
            event.capacity = check_capacity(int(value))  # type: ignore[call-overload]
        elif name == "status":
            event.status = EventStatus(str(value))
        elif name in ("start", "end", "description"):
            setattr(event, name, value)
        else:
            raise InvalidInput(_("cannot change {name}").format(name=name))
    if event.end is not None and event.end <= event.start:
        raise InvalidInput(_("the end must be after the start"))
    after = event.to_dict()
    changed = [key for key in after if after[key] != before[key]]
    if "address" in changes and "venue" not in changed and after["venue"] != before["venue"]:
        changed.append("venue")
    result = EventChange(event, changed)
    if result.calendar_relevant:
        revise(tx, event)
    if changed:
        tx.put(event)
    return result


def cancel_event(tx: Transaction, event_id: str) -> Event:
    """Cancel an evening; topics booked for it go back to the shortlist."""
    event = find_event(tx, event_id)
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} is already cancelled").format(id=event.id))
    event.status = EventStatus.CANCELLED
    revise(tx, event)
    for topic_id in event.topic_ids:
        topic = tx.topic(topic_id)
        # done and merged topics keep their history; a booked one is free again
        if topic is None or topic.event_id != event.id:
            continue
        if topic.status is TopicStatus.SCHEDULED:
            topic.status = TopicStatus.SHORTLISTED
        if topic.status in (TopicStatus.SHORTLISTED, TopicStatus.PROPOSED):
            topic.event_id = None
            tx.put(topic)
    event.topic_ids = []
    tx.put(event)
    return event


def upcoming(view: Reader, now: datetime) -> list[Event]:
    return [
        e
        for e in view.events()
        if not e.is_past(now) and e.status in (EventStatus.ANNOUNCED, EventStatus.DRAFT)
    ]


# --------------------------------------------------------------------------- the series


def add_planned(
    tx: Transaction, plan: Sequence[PlannedEvent], *, domain: str, now: datetime
) -> list[Event]:
    """Write planned evenings as drafts; their topics are proposals, still shortlisted."""
    created: list[Event] = []
    for planned in plan:
        event = add_event(
            tx,
            title=planned.title,
            start=planned.start,
            end=planned.end,
            kind=planned.kind.value,
            status=EventStatus.DRAFT,
            domain=domain,
            now=now,
        )
        event.topic_ids = planned.topic_ids
        tx.put(event)
        created.append(event)
    return created


@dataclass
class ConfirmOutcome:
    event: Event
    announced: bool
    scheduled: list[Topic] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # proposals no longer open


def confirm_event(tx: Transaction, event_id: str) -> ConfirmOutcome:
    """Announce a draft and book its proposed topics onto it.

    A proposal that was merged, finished or booked elsewhere since the plan is
    dropped from the evening rather than booked twice.
    """
    event = _changeable(find_event(tx, event_id))
    kept: list[str] = []
    scheduled: list[Topic] = []
    dropped: list[str] = []
    topics: list[Topic] = []
    for topic_id in event.topic_ids:
        topic = tx.topic(topic_id)
        if _bookable(topic, event) and topic is not None:
            kept.append(topic_id)
            topics.append(topic)
        else:
            dropped.append(topic_id)
    limit = topic_limit(event.kind)
    if len(kept) > limit:
        raise InvalidInput(
            _(
                "{id} is {value} with {n_kept} topics but takes {value2}: put the others back "
                "with somek topic shortlist ID"
            ).format(
                id=event.id,
                value=_(KIND_NAMES[event.kind]),
                n_kept=len(kept),
                value2=ngettext("one", "at most {n}", limit).format(n=limit),
            )
        )
    for topic in topics:
        if topic.status is not TopicStatus.SCHEDULED:
            topic.status = TopicStatus.SCHEDULED
            topic.event_id = event.id
            tx.put(topic)
            scheduled.append(topic)
    announced = event.status is EventStatus.DRAFT
    if kept != event.topic_ids:
        event.topic_ids = kept
        tx.put(event)
    if announced:
        event = edit_event(tx, event.id, status=EventStatus.ANNOUNCED.value).event
    return ConfirmOutcome(event, announced, scheduled, dropped)


def _bookable(topic: Topic | None, event: Event) -> bool:
    return (
        topic is not None
        and topic.status not in (TopicStatus.MERGED, TopicStatus.DONE)
        and topic.event_id in (None, event.id)
    )


@dataclass
class DoneOutcome:
    event: Event
    done_topics: list[Topic] = field(default_factory=list)
    released: list[str] = field(default_factory=list)  # proposals back on the shortlist


def mark_event_done(tx: Transaction, event_id: str, *, now: datetime) -> DoneOutcome:
    """The evening took place: its scheduled topics are done, linked to it."""
    event = find_event(tx, event_id)
    if event.status is EventStatus.DONE:
        raise InvalidInput(_("event {id} is already done").format(id=event.id))
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} was cancelled").format(id=event.id))
    if event.status is EventStatus.DRAFT:
        raise InvalidInput(
            _("event {id} is a draft: confirm it first (somek event confirm)").format(id=event.id)
        )
    if event.start > now:
        raise InvalidInput(_("event {id} has not started yet").format(id=event.id))
    done: list[Topic] = []
    released: list[str] = []
    for topic_id in event.topic_ids:
        topic = tx.topic(topic_id)
        if topic is None:
            continue
        if topic.status is TopicStatus.SCHEDULED and topic.event_id == event.id:
            topic.status = TopicStatus.DONE
            tx.put(topic)
            done.append(topic)
        elif topic.is_open:
            released.append(topic.id)
    # an unconfirmed proposal was not talked about: it stays a candidate
    event.topic_ids = [t for t in event.topic_ids if t not in released]
    event.status = EventStatus.DONE
    tx.put(event)
    return DoneOutcome(event, done, released)


# --------------------------------------------------------------------------- people


def _changeable(event: Event) -> Event:
    if event.status in (EventStatus.CANCELLED, EventStatus.DONE):
        raise InvalidInput(_("event {id} is {value}").format(id=event.id, value=event.status.value))
    return event


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
    event = _changeable(find_event(tx, event_id))
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
    event = _changeable(find_event(tx, event_id))
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
    event = _changeable(find_event(tx, event_id))
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
    event = _changeable(find_event(tx, event_id))
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
    event = _changeable(find_event(tx, event_id))
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
    event = _changeable(find_event(tx, event_id))
    member = find_member(tx, member_ref)
    kept = [c for c in event.contributors if c.member_id != member.id]
    if len(kept) == len(event.contributors):
        raise InvalidInput(
            _("{email} is not preparing anything for {id}").format(email=member.email, id=event.id)
        )
    event.contributors = kept
    tx.put(event)
    return event
