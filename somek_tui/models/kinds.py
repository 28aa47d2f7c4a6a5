"""The fixed vocabularies records use: each stored as its string value."""

from __future__ import annotations

from enum import StrEnum

# What a reply can say belongs to the mail code; records re-export it.
from mail.types import Answer as Answer


class Language(StrEnum):
    DE = "de"
    EN = "en"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCING = "bouncing"
    PENDING = "pending"  # asked to join, double opt-in not yet confirmed


class ConsentHow(StrEnum):
    IMPORTED = "imported"
    ORGANIZER = "organizer"
    EMAIL = "email"  # joined (or confirmed) by e-mail
    UNSUBSCRIBED = "unsubscribed"


class EventKind(StrEnum):
    TALK = "talk"
    ROUNDTABLE = "roundtable"


class EventStatus(StrEnum):
    DRAFT = "draft"
    ANNOUNCED = "announced"
    CANCELLED = "cancelled"
    DONE = "done"


class TopicStatus(StrEnum):
    PROPOSED = "proposed"
    SHORTLISTED = "shortlisted"
    SCHEDULED = "scheduled"
    DONE = "done"
    MERGED = "merged"


class AnswerSource(StrEnum):
    EMAIL = "email"
    CALENDAR = "calendar"
    ORGANIZER = "organizer"


class MailKind(StrEnum):
    INVITATION = "invitation"
    REMINDER = "reminder"
    CHANGED = "changed"
    CANCELLED = "cancelled"
    ACKNOWLEDGEMENT = "acknowledgement"
    WAITLISTED = "waitlisted"
    PROMOTED = "promoted"
    JOIN_CONFIRM = "join_confirm"
    CONTRIBUTION_REQUEST = "contribution_request"
    THANKS = "thanks"


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # handed to the transport; outcome unknown until marked
    SENT = "sent"
    FAILED = "failed"


class InboxOutcome(StrEnum):
    ANSWER = "answer"
    TOPIC = "topic"
    ANSWER_TOPIC = "answer+topic"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    UNSUBSCRIBE = "unsubscribe"
    REVIEW = "review"
    DUPLICATE = "duplicate"
    DISMISSED = "dismissed"  # a review item the organizer closed without recording anything
