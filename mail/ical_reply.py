"""Calendar answers (iMIP ``METHOD:REPLY``) found anywhere in a message."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from typing import Any

from mail.budget import MAX_CALENDAR_CHARS
from mail.decode import part_text
from mail.types import Answer

_PARTSTAT = {"ACCEPTED": Answer.YES, "DECLINED": Answer.NO, "TENTATIVE": Answer.MAYBE}
_CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
_METHOD_REPLY = re.compile(r"^METHOD:\s*REPLY\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass
class CalendarReply:
    uid: str
    attendee: str  # lower-cased address
    answer: Answer | None
    guests: int
    comment: str
    sequence: int
    problem: str = ""  # non-empty: the calendar answer could not be used, with the reason


def _calendar_parts(message: Message) -> Iterator[Message]:
    for part in message.walk():
        filename = (part.get_filename() or "").lower() if _may_name_file(part) else ""
        if part.get_content_type() in _CALENDAR_TYPES or filename.endswith(".ics"):
            yield part


def _may_name_file(part: Message) -> bool:
    """Could the part have a file name? Not without "name" ("filename=", "name*=") in
    its Content-Type or Content-Disposition as written; parsing those costs more."""
    for key, value in part.raw_items():
        if key.lower() in ("content-type", "content-disposition"):
            written = str(value).lower()
            if "name" in written or "=?" in written:
                return True
    return False


def _is_reply(part: Message, text: str) -> bool:
    method = str(part.get_param("method") or "").upper()
    return method == "REPLY" or bool(_METHOD_REPLY.search(text))


def _failed(reason: str) -> CalendarReply:
    return CalendarReply("", "", None, 0, "", 0, problem=reason)


def _int(value: Any) -> int:
    try:
        return max(0, int(str(value).strip()))
    except (TypeError, ValueError):
        return 0


def _attendee(event: Any) -> Any:
    attendees = event.get("ATTENDEE")
    if isinstance(attendees, list):
        with_status = [a for a in attendees if "PARTSTAT" in getattr(a, "params", {})]
        return (with_status or attendees or [None])[0]
    return attendees


def _read_event(event: Any) -> CalendarReply:
    attendee = _attendee(event)
    if attendee is None:
        return _failed("calendar reply without an ATTENDEE")
    address = re.sub(r"^mailto:", "", str(attendee).strip(), flags=re.IGNORECASE).lower()
    params = getattr(attendee, "params", {})
    status = str(params.get("PARTSTAT", "")).upper()
    answer = _PARTSTAT.get(status)
    guests = params.get("X-NUM-GUESTS") or event.get("X-NUM-GUESTS") or 0
    return CalendarReply(
        uid=str(event.get("UID", "")).strip(),
        attendee=address,
        answer=answer,
        guests=_int(guests),
        comment=str(event.get("COMMENT", "")).strip(),
        sequence=_int(event.get("SEQUENCE", 0)),
        problem="" if answer else f"calendar reply with PARTSTAT={status or 'missing'}",
    )


def _parse(text: str) -> CalendarReply:
    # icalendar takes a tenth of a second to import; few replies carry a calendar
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
        events = calendar.walk("VEVENT")
    except Exception as exc:
        return _failed(f"calendar reply could not be read: {exc}")
    if not events:
        return _failed("calendar reply without an event")
    try:
        return _read_event(events[0])
    except Exception as exc:
        return _failed(f"calendar reply could not be read: {exc}")


def read_calendar_reply(message: Message) -> CalendarReply | None:
    """The first calendar REPLY in the message, or None when there is none.

    An unreadable REPLY comes back with ``problem`` set rather than raising.
    """
    for part in _calendar_parts(message):
        text = part_text(part, MAX_CALENDAR_CHARS)
        if _is_reply(part, text):
            return _parse(text)
    return None
