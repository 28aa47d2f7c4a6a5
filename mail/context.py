"""What the templates see: one mail's context, built from the records it is about.

Pure: the parts every member of a mailing shares (the event with its dates
in words, the open topics) can be remembered in a ``memo`` and worked out
once per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

from mail.dates import format_date, format_time, format_when
from mail.ical import event_location
from mail.kinds import CALENDAR_METHOD, kind_value
from mail.render import language_folder
from mail.reply_keys import header_text, reply_address, unsubscribe_address
from mail.settings import MailSettings
from mail.types import TALK, Answer, EventView, MemberView, TopicView, VenueView, venue_text

__all__ = ["mail_context", "remembered"]


def _event_dict(
    event: EventView,
    settings: MailSettings,
    language: str,
    contributors: Sequence[tuple[str, str]] = (),
    theme_topics: Sequence[TopicView] = (),
) -> dict[str, Any]:
    zone = settings.organizer.tz
    start = event.start.astimezone(zone)
    end = event.end.astimezone(zone) if event.end is not None else None
    host = event.host
    return {
        "id": event.id,
        "title": header_text(event.title),
        "kind": str(event.kind),
        "is_talk": event.kind == TALK,
        "status": str(event.status),
        "start": start,
        "end": end,
        "when": format_when(start, end, language),
        "date": format_date(start, language),
        "time": format_time(start, language),
        "end_time": format_time(end, language) if end is not None else "",
        "venue": venue_text(event.venue),
        "venue_name": event.venue.name,
        "venue_address": event.venue.address,
        "location": event_location(event),
        "description": event.description.strip(),
        "capacity": event.capacity,
        "host": (
            {"organisation": host.organisation, "address": host.address}
            if host is not None and host.organisation
            else None
        ),
        # only who has said yes is announced; an asked speaker may still decline
        "speakers": [
            {"name": s.name, "talk_title": s.talk_title} for s in event.speakers if s.confirmed
        ],
        "contributors": [{"name": n, "subject": s} for n, s in contributors],
        "theme": [t.title for t in theme_topics],
    }


def _topics_list(open_topics: Sequence[TopicView]) -> list[dict[str, Any]]:
    return [
        {
            "number": number,
            "title": topic.title,
            "description": topic.description,
            "votes": topic.vote_count,
        }
        for number, topic in enumerate(open_topics, start=1)
    ]


def remembered(memo: dict[Any, Any] | None, key: tuple[Any, ...], make: Any, *args: Any) -> Any:
    if memo is None:
        return make(*args)
    if key not in memo:
        memo[key] = make(*args)
    return memo[key]


def _answer_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):  # a recorded answer
        return {
            "value": Answer(value.answer).value,
            "guests": value.guests,
            "waitlisted": value.waitlisted,
        }
    answer = value.get("answer", value.get("value", Answer.YES))
    return {
        "value": Answer(answer).value,
        "guests": int(value.get("guests", 0)),
        "waitlisted": bool(value.get("waitlisted", False)),
    }


def _previous(
    extra: Mapping[str, Any], event: EventView | None, settings: MailSettings, language: str
) -> dict[str, Any] | None:
    before = extra.get("previous")
    if before is None or event is None:
        return None
    zone = settings.organizer.tz
    start = before.get("start") or event.start
    # Without an old end, assume the evening kept its length.
    end = (
        before["end"]
        if "end" in before
        else (start + (event.end - event.start) if event.end is not None else None)
    )
    venue = before.get("venue", event.venue)
    before_text = venue_text(venue) if _is_venue(venue) else str(venue or "")
    return {
        "when": format_when(start.astimezone(zone), end and end.astimezone(zone), language),
        "venue": before_text,
        "time_changed": start != event.start or end != event.end,
        "venue_changed": before_text != venue_text(event.venue),
    }


def _is_venue(value: object) -> TypeGuard[VenueView]:
    return hasattr(value, "name") and hasattr(value, "address")


def mail_context(
    kind: str,
    member: MemberView,
    event: EventView | None,
    settings: MailSettings,
    open_topics: Sequence[TopicView] = (),
    contributors: Sequence[tuple[str, str]] = (),
    extra: Mapping[str, Any] | None = None,
    *,
    theme_topics: Sequence[TopicView] = (),
    reply_key: str | None = None,
    unsubscribe_key: str | None = None,
    memo: dict[Any, Any] | None = None,
) -> dict[str, Any]:
    """Everything the packaged templates use; keys are listed in the README.

    ``open_topics`` are numbered in the order given, starting at 1; the inbox
    must resolve "+1 für Thema 3" against the same order. ``extra`` may carry
    ``rsvp`` (an Rsvp or dict), ``previous`` (``start``/``end``/``venue`` before
    a change), ``reason``, ``next_event`` (an Event), ``request`` (``role``:
    "talk" or "contribution", ``subject``), ``noted_topics``, ``noted_votes``,
    ``waitlist_position`` and ``note``; other keys pass through unchanged.

    ``memo`` is for a mailing: one dict shared by every message of it, which
    then computes the parts that are the same for everyone (the event with
    its dates in words, the open topics) once per language. Only share it
    between messages made from the same records.
    """
    extra = dict(extra or {})
    language, _ = remembered(
        memo, ("language", str(member.language)), language_folder, str(member.language)
    )
    organizer = settings.organizer
    value = kind_value(kind)
    unsub_key = unsubscribe_key if unsubscribe_key is not None else member.unsubscribe_key
    unsubscribe = (
        unsubscribe_address(organizer.from_address, unsub_key, organizer.reply_to)
        if unsub_key
        else ""
    )
    next_event = extra.pop("next_event", None)
    request = dict(extra.pop("request", None) or {})
    context: dict[str, Any] = {
        "kind": value,
        "language": language,
        "organizer": {"name": organizer.name, "email": organizer.from_address},
        "member": {"name": header_text(member.name), "email": member.email},
        "reply_address": reply_address(organizer.reply_to, reply_key) or organizer.from_address,
        "unsubscribe_address": unsubscribe,
        "unsubscribe_mailto": f"mailto:{unsubscribe}?subject=unsubscribe" if unsubscribe else "",
        "calendar": value in CALENDAR_METHOD and event is not None,
        "event": (
            remembered(
                memo,
                ("event", event.id, language),
                _event_dict,
                event,
                settings,
                language,
                contributors,
                theme_topics,
            )
            if event is not None
            else None
        ),
        "open_topics": remembered(
            memo, ("topics", *(t.id for t in open_topics)), _topics_list, open_topics
        ),
        "answer": _answer_dict(extra.pop("rsvp", None)),
        "waitlist_position": extra.pop("waitlist_position", None),
        "noted_topics": list(extra.pop("noted_topics", [])),
        "noted_votes": list(extra.pop("noted_votes", [])),
        "previous": _previous(extra, event, settings, language),
        "reason": str(extra.pop("reason", "") or ""),
        "next_event": (
            _event_dict(next_event, settings, language) if next_event is not None else None
        ),
        "request": {
            "role": request.get("role", "contribution"),
            "subject": request.get("subject", ""),
        },
        "note": str(extra.pop("note", "") or "").strip(),
    }
    extra.pop("previous", None)
    for key, item in extra.items():
        context.setdefault(key, item)
    return context
