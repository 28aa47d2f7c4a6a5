"""iCalendar (RFC 5545 / iMIP RFC 6047) objects for invitations and the feed.

One VEVENT per event with a stable UID, so a changed or cancelled event
updates the entry a member already has instead of adding a second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, vCalAddress
from icalendar import Event as VEvent
from icalendar.parser import Contentline

from mail.settings import OrganizerSettings
from mail.types import CANCELLED, DRAFT, TALK, EventView, venue_text

PRODID = "-//somek//Stammtisch invitations//EN"
DEFAULT_DURATION = timedelta(hours=3)

Method = Literal["REQUEST", "CANCEL"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def _clean(text: str) -> str:
    """One line with no control characters: safe in a property parameter."""
    return " ".join(_CONTROL.sub(" ", text or "").split())


def _cn(name: str) -> str:
    # Parameter values cannot hold a double quote; icalendar would fall back to
    # RFC 6868 caret escapes, which Outlook shows literally.
    return _clean(name).replace('"', "'")


def event_uid(event: EventView, domain: str) -> str:
    """The event's UID, or a stable one derived from its id when none is stored."""
    return event.uid or f"{event.id}@{domain}"


def event_end(event: EventView) -> datetime:
    return event.end if event.end is not None else event.start + DEFAULT_DURATION


def event_location(event: EventView) -> str:
    text = venue_text(event.venue)
    if not text and event.host is not None:
        text = ", ".join(p for p in (event.host.organisation, event.host.address) if p)
    return _clean(text)


def _description(event: EventView, language: str) -> str:
    german = language.startswith("de")
    lines: list[str] = []
    if event.kind == TALK:
        if event.host is not None and event.host.organisation:
            lines.append(("Zu Gast bei: " if german else "Hosted by: ") + event.host.organisation)
        for speaker in (s for s in event.speakers if s.confirmed):
            talk = f": {speaker.talk_title}" if speaker.talk_title else ""
            lines.append(f"{speaker.name}{talk}")
    if event.description:
        if lines:
            lines.append("")
        lines.append(event.description.strip())
    if lines:
        lines.append("")
    lines.append(
        "Antworte einfach per E-Mail mit Ja, Nein oder Vielleicht."
        if german
        else "Just reply by e-mail with Yes, No or Maybe."
    )
    return "\n".join(lines)


def _address(email: str, name: str, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{_clean(email)}")
    if _cn(name):
        address.params["CN"] = _cn(name)
    for key, value in params.items():
        address.params[key] = value
    return address


def _status(event: EventView, method: str) -> str:
    if method == "CANCEL" or event.status == CANCELLED:
        return "CANCELLED"
    if event.status == DRAFT:
        return "TENTATIVE"
    return "CONFIRMED"


def _vevent(
    event: EventView,
    *,
    zone: ZoneInfo,
    method: str,
    organizer_email: str,
    organizer_name: str,
    language: str,
    stamp: datetime,
) -> VEvent:
    domain = organizer_email.rpartition("@")[2] or "localhost"
    vevent = VEvent()
    vevent.add("uid", event_uid(event, domain))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", stamp.astimezone(UTC))
    vevent.add("dtstart", event.start.astimezone(zone))
    vevent.add("dtend", event_end(event).astimezone(zone))
    vevent.add("summary", _clean(event.title))
    location = event_location(event)
    if location:
        vevent.add("location", location)
    vevent.add("description", _description(event, language))
    vevent.add("status", _status(event, method))
    vevent.add("transp", "OPAQUE")
    vevent.add("organizer", _address(organizer_email, organizer_name))
    return vevent


def _calendar(method: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    return cal


def build_calendar(
    event: EventView,
    *,
    method: Method,
    organizer_email: str,
    organizer_name: str,
    attendee_email: str,
    attendee_name: str,
    timezone: str,
    language: str,
    stamp: datetime | None = None,
) -> bytes:
    """An iMIP REQUEST or CANCEL for one member, as the bytes of a .ics file.

    The caller bumps ``event.sequence`` before sending a change or a
    cancellation; calendar clients ignore an update that does not raise it.
    """
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError(f"unsupported iTIP method {method!r}")
    # DTSTAMP is when the object was made: to the second, like the format
    when = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    shared = _shared_calendar(
        _EventKey(event), method, organizer_email, organizer_name, timezone, language, when
    )
    attendee = _attendee_line(attendee_email, attendee_name)
    # Everything but ATTENDEE is the same for every member of a mailing, so it
    # is built once and each member's line goes in before END:VEVENT.
    head, tail = shared.rsplit(b"END:VEVENT\r\n", 1)
    return head + attendee + b"END:VEVENT\r\n" + tail


class _EventKey:
    """Lets an event (a mutable record) key a cache by everything a calendar shows."""

    def __init__(self, event: EventView) -> None:
        self.event = event
        host = event.host
        self._key = repr(
            (
                event.id, event.uid, event.sequence, event.title, event.start, event.end,
                venue_text(event.venue), str(event.kind), str(event.status), event.description,
                (host.organisation, host.address) if host is not None else None,
                [(s.name, s.talk_title, s.confirmed) for s in event.speakers],
            )
        )  # fmt: skip

    def __hash__(self) -> int:
        return hash(self._key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _EventKey) and other._key == self._key


@lru_cache(maxsize=32)
def _shared_calendar(
    key: _EventKey,
    method: Method,
    organizer_email: str,
    organizer_name: str,
    timezone: str,
    language: str,
    stamp: datetime,
) -> bytes:
    event = key.event
    cal = _calendar(method)
    vevent = _vevent(
        event,
        zone=ZoneInfo(timezone),
        method=method,
        organizer_email=organizer_email,
        organizer_name=organizer_name,
        language=language,
        stamp=stamp,
    )
    cal.add_component(vevent)
    _add_timezone(cal, [event.start, event_end(event)], timezone)
    return cal.to_ical()


def _attendee_line(email: str, name: str) -> bytes:
    attendee = _address(
        email,
        name,
        CUTYPE="INDIVIDUAL",
        ROLE="REQ-PARTICIPANT",
        PARTSTAT="NEEDS-ACTION",
        RSVP="TRUE",
    )
    line = Contentline.from_parts("ATTENDEE", attendee.params, attendee, sorted=True)
    return line.to_ical() + b"\r\n"


def build_feed(
    events: Iterable[EventView],
    timezone: str,
    organizer: OrganizerSettings,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """A subscribable calendar (METHOD:PUBLISH) with every given event.

    Each entry's DTSTAMP is when it last changed (RFC 5545 for a published
    calendar), not when the file was made: an unchanged evening reads the same
    in every export, so calendar apps and backups see no change.
    """
    items = list(events)
    zone = ZoneInfo(timezone)
    cal = _calendar("PUBLISH")
    cal.add("x-wr-calname", _clean(organizer.name))
    cal.add("x-wr-timezone", timezone)
    for event in sorted(items, key=lambda e: e.start):
        when = stamp or event.modified or event.created
        cal.add_component(
            _vevent(
                event,
                zone=zone,
                method="PUBLISH",
                organizer_email=organizer.from_address,
                organizer_name=organizer.name,
                language=organizer.language,
                stamp=when,
            )
        )
    if items:
        _add_timezone(cal, [m for e in items for m in (e.start, event_end(e))], timezone)
    return cal.to_ical()


# --------------------------------------------------------------------------- VTIMEZONE


def _add_timezone(cal: Calendar, moments: Iterable[datetime], tzid: str) -> None:
    """icalendar's own VTIMEZONE for the zone the events use, over just their years.

    The window starts on 1 January of the first event's year, so each
    observance's first onset is its DTSTART: a client that reads no RDATE
    still gets the offsets of those years right.
    """
    zone = ZoneInfo(tzid)
    years = [m.astimezone(zone).year for m in moments] or [datetime.now(UTC).year]
    cal.add_missing_timezones(
        first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1)
    )


__all__ = ["PRODID", "build_calendar", "build_feed", "event_end", "event_location", "event_uid"]
