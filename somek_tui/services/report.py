"""The post-event write-up: everything ``report.md.j2`` needs, built from the records.

The report is meant for a blog or a newsletter, so it names only people in a
public role (host, speakers, contributors); attendees appear as counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from babel.dates import format_date as babel_date

from mail.dates import format_date, format_time, format_when
from mail.ical import event_location
from mail.render import language_folder
from somek_tui.config import OrganizerSettings
from somek_tui.i18n import _
from somek_tui.models import Event, EventKind, EventStatus, InvalidInput, Topic, TopicStatus
from somek_tui.services.evening import attendance, next_announced
from somek_tui.store import Reader

REPORT_TEMPLATE = "report.md.j2"

# "Am 22. Januar trafen sich …": the year goes without saying in a write-up
_DAY_PATTERNS = {"de": "d. MMMM", "en": "d MMMM"}

# an evening with no end recorded is taken to last this long
_EVENING = timedelta(hours=3)


def discussed_topics(view: Reader, event: Event) -> list[Topic]:
    """The event's theme topics, then scheduled or done topics linked to it."""
    topics = {t.id: t for t in view.topics() if t.status is not TopicStatus.MERGED}
    chosen = [topics[i] for i in event.topic_ids if i in topics]
    linked = sorted(
        (
            t
            for t in topics.values()
            if t.event_id == event.id
            and t.status in (TopicStatus.SCHEDULED, TopicStatus.DONE)
            and t not in chosen
        ),
        key=lambda t: (t.created, t.id),
    )
    return chosen + linked


def suggested_during(view: Reader, event: Event, exclude: Sequence[Topic] = ()) -> list[Topic]:
    """Topic ideas recorded while the evening was on: a round table collects them."""
    end = event.end or event.start + _EVENING
    skip = {t.id for t in exclude}
    return sorted(
        (
            t
            for t in view.topics()
            if event.start <= t.created <= end
            and t.status is not TopicStatus.MERGED
            and t.id not in skip
        ),
        key=lambda t: (t.created, t.id),
    )


def _day(start: datetime, language: str) -> str:
    return babel_date(start, _DAY_PATTERNS.get(language, "d MMMM"), locale=language)


def _event(event: Event, organizer: OrganizerSettings, language: str) -> dict[str, Any]:
    zone = organizer.tz
    start = event.start.astimezone(zone)
    end = event.end.astimezone(zone) if event.end is not None else None
    host = event.host
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind.value,
        "is_talk": event.kind is EventKind.TALK,
        "day": _day(start, language),
        "date": format_date(start, language),
        "time": format_time(start, language),
        "when": format_when(start, end, language),
        "year": start.year,
        "venue_name": event.venue.name,
        "venue_address": event.venue.address,
        "location": event_location(event),
        "description": event.description.strip(),
        "host": host.organisation if host is not None and host.organisation else "",
    }


def _topic(topic: Topic) -> dict[str, Any]:
    return {"title": topic.title, "description": topic.description, "votes": topic.vote_count}


def _contributors(view: Reader, event: Event) -> list[dict[str, str]]:
    out = []
    for contributor in event.contributors:
        member = view.member(contributor.member_id)
        if member is not None:
            out.append({"name": member.display_name, "subject": contributor.subject})
    return out


def report_context(
    view: Reader,
    event: Event,
    *,
    organizer: OrganizerSettings,
    language: str,
    decided: Sequence[str] = (),
    now: datetime,
) -> dict[str, Any]:
    """The template context for one event's write-up, in ``language``."""
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(
            _("event {id} is cancelled: there is nothing to report").format(id=event.id)
        )
    if event.start > now:
        raise InvalidInput(_("event {id} has not taken place yet").format(id=event.id))
    code, _folder = language_folder(language)
    counts = attendance(view, event)
    topics = discussed_topics(view, event)
    following = next_announced(view, event, now)
    return {
        "language": code,
        "organizer": {"name": organizer.name, "email": organizer.from_address},
        "event": _event(event, organizer, code),
        "attendance": {
            "total": counts.total,
            "members": counts.members,
            "guests": counts.guests,
            "new_faces": counts.new_faces,
            "walk_ins": counts.walk_ins,
        },
        "topics": [_topic(t) for t in topics],
        "suggested": [_topic(t) for t in suggested_during(view, event, topics)],
        "decided": [line.strip() for line in decided if line.strip()],
        "speakers": [{"name": s.name, "talk_title": s.talk_title} for s in event.speakers],
        "contributors": _contributors(view, event),
        "next_event": _event(following, organizer, code) if following is not None else None,
    }
