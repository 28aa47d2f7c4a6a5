"""Creating, changing and cancelling events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from somek_tui.models import Event, EventKind, EventStatus, InvalidInput, Venue
from somek_tui.services.members import UnknownRecord, clean_name
from somek_tui.store import Reader, Transaction

# Fields whose change matters to a calendar: they raise SEQUENCE and warrant
# an update mail to everyone invited.
CALENDAR_FIELDS = ("title", "start", "end", "venue", "description", "status")


def parse_kind(value: str | None) -> EventKind:
    try:
        return EventKind((value or "roundtable").strip().lower())
    except ValueError:
        raise InvalidInput(f"unknown kind {value!r}: use talk or roundtable") from None


def check_capacity(value: int | None) -> int | None:
    if value is not None and value < 1:
        raise InvalidInput("capacity must be at least 1")
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
        raise InvalidInput("an event needs a title")
    if end is not None and end <= start:
        raise InvalidInput("the end must be after the start")
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
        raise InvalidInput(f"event {event.id} is cancelled")
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
            raise InvalidInput(f"cannot change {name}")
    if event.end is not None and event.end <= event.start:
        raise InvalidInput("the end must be after the start")
    after = event.to_dict()
    changed = [key for key in after if after[key] != before[key]]
    if "address" in changes and "venue" not in changed and after["venue"] != before["venue"]:
        changed.append("venue")
    result = EventChange(event, changed)
    if result.calendar_relevant:
        event.sequence += 1
    if changed:
        tx.put(event)
    return result


def cancel_event(tx: Transaction, event_id: str) -> Event:
    event = find_event(tx, event_id)
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(f"event {event.id} is already cancelled")
    event.status = EventStatus.CANCELLED
    event.sequence += 1
    tx.put(event)
    return event


def upcoming(view: Reader, now: datetime) -> list[Event]:
    return [
        e
        for e in view.events()
        if not e.is_past(now) and e.status in (EventStatus.ANNOUNCED, EventStatus.DRAFT)
    ]
