"""Turning the event form's text into the values the events service takes."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from somek_tui.i18n import _
from somek_tui.models import Event, InvalidInput
from somek_tui.support.format import short_when
from somek_tui.timeparse import parse_end, parse_local


def parse_capacity(text: str) -> int | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise InvalidInput(_("capacity {cleaned!r} must be a whole number").format(cleaned=cleaned))
    return int(cleaned)


def draft_values(draft: Any, tz: ZoneInfo) -> dict[str, Any]:
    """Keyword arguments for ``add_event`` / ``edit_event`` from an ``EventDraft``."""
    if not draft.title.strip():
        raise InvalidInput(_("an event needs a title"))
    if not draft.start.strip():
        raise InvalidInput(_("an event needs a start, e.g. 2027-03-25 19:00"))
    start: datetime = parse_local(draft.start, tz, what="start")
    return {
        "title": draft.title,
        "start": start,
        "end": parse_end(draft.end, start, tz),
        "venue": draft.venue,
        "address": draft.address,
        "kind": draft.kind,
        "capacity": parse_capacity(draft.capacity),
        "description": draft.description,
    }


def draft_fields(event: Event, tz: ZoneInfo) -> dict[str, str]:
    """The form's text for an existing event."""
    return {
        "title": event.title,
        "start": short_when(event.start, tz),
        "end": short_when(event.end, tz),
        "venue": event.venue.name,
        "address": event.venue.address,
        "kind": event.kind.value,
        "capacity": "" if event.capacity is None else str(event.capacity),
        "description": event.description,
    }
