"""Creating, changing and cancelling events; their course and their people are next door
(:mod:`event_course`, :mod:`event_people`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from somek_tui.i18n import _
from somek_tui.models import (
    Event,
    EventKind,
    EventStatus,
    InvalidInput,
    MailKind,
    OutboxState,
    TopicStatus,
    Venue,
    now_utc,
)
from somek_tui.services.members import UnknownRecord, clean_name
from somek_tui.services.planning import PlannedEvent
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


def changeable(event: Event) -> Event:
    """The event, unless it is over or cancelled (then nothing about it changes)."""
    if event.status in (EventStatus.CANCELLED, EventStatus.DONE):
        raise InvalidInput(_("event {id} is {value}").format(id=event.id, value=event.status.value))
    return event
