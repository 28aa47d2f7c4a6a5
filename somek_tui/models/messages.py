"""Mail records: what went out, what came in, and what waits for a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from somek_tui.models.base import Moment, Record, now_utc
from somek_tui.models.kinds import InboxOutcome, MailKind, OutboxState


@dataclass
class OutgoingMessage(Record):
    """One mail in the outbox, recorded before it is handed to a transport."""

    id: str
    member_id: str
    recipient: str
    kind: MailKind
    message_id: str
    event_id: str | None = None
    reply_key: str | None = None
    state: OutboxState = OutboxState.QUEUED
    attempts: int = 0
    last_error: str = ""
    sequence: int = 0  # the event's calendar SEQUENCE this message carried
    created: Moment = field(default_factory=now_utc)
    sent_at: Moment | None = None
    # what the templates need beyond the records (e.g. the answer an
    # acknowledgement confirms), kept so a rerun renders the same mail
    context: dict[str, Any] = field(default_factory=dict)
    # the open topics as numbered in this mail: "+1 für Thema 3" means topic_numbers[2]
    topic_numbers: list[str] = field(default_factory=list)


@dataclass
class InboxEntry(Record):
    """Every message ``sync`` has seen, once, with what came of it."""

    message_id: str
    outcome: InboxOutcome
    reason: str = ""
    member_id: str | None = None
    member_email: str | None = None
    event_id: str | None = None
    reply_text: str = ""
    sender: str = ""
    subject: str = ""
    folder: str = ""
    uidvalidity: int | None = None
    uid: int | None = None
    maildir_key: str | None = None
    received_at: Moment | None = None
    processed_at: Moment = field(default_factory=now_utc)


@dataclass
class ReviewItem(Record):
    """A message a person must look at: unclear, unmatched or unreadable."""

    id: str
    message_id: str
    sender: str
    subject: str
    reason: str
    text: str = ""  # the member's own words
    quoted: str = ""  # what was stripped as quote or signature
    member_id: str | None = None
    event_id: str | None = None
    created: Moment = field(default_factory=now_utc)
    resolved: bool = False
    resolution: str = ""
