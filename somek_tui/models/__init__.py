"""The domain: plain, typed dataclasses with no I/O, one module per kind of record.

Every record converts to and from a JSON-friendly dict (``to_dict`` /
``from_dict``, both by msgspec); the store keeps exactly those dicts in
``db.json``. Datetimes are timezone-aware and stored as ISO 8601.
"""

from __future__ import annotations

from somek_tui.models.answers import Example, Rsvp, RsvpChange
from somek_tui.models.base import (
    InvalidInput,
    Moment,
    Record,
    dump_dt,
    email_key,
    new_key,
    normalise_email,
    now_utc,
    parse_dt,
)
from somek_tui.models.events import Contributor, Event, Host, Speaker, Venue
from somek_tui.models.kinds import (
    Answer,
    AnswerSource,
    ConsentHow,
    EventKind,
    EventStatus,
    InboxOutcome,
    Language,
    MailKind,
    MemberStatus,
    OutboxState,
    TopicStatus,
)
from somek_tui.models.members import ConsentEntry, Member, MemberSummary
from somek_tui.models.messages import InboxEntry, OutgoingMessage, ReviewItem
from somek_tui.models.topics import Topic, topic_key

__all__ = [
    "Answer",
    "AnswerSource",
    "ConsentEntry",
    "ConsentHow",
    "Contributor",
    "Event",
    "EventKind",
    "EventStatus",
    "Example",
    "Host",
    "InboxEntry",
    "InboxOutcome",
    "InvalidInput",
    "Language",
    "MailKind",
    "Member",
    "MemberStatus",
    "MemberSummary",
    "Moment",
    "OutboxState",
    "OutgoingMessage",
    "Record",
    "ReviewItem",
    "Rsvp",
    "RsvpChange",
    "Speaker",
    "Topic",
    "TopicStatus",
    "Venue",
    "dump_dt",
    "email_key",
    "new_key",
    "normalise_email",
    "now_utc",
    "parse_dt",
    "topic_key",
]
