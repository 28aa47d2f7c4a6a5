"""The domain: plain, typed dataclasses with no I/O.

Every record converts to and from a JSON-friendly dict (``to_dict`` /
``from_dict``); the store keeps exactly those dicts in ``db.json``.
Datetimes are timezone-aware and serialised as ISO 8601 with their offset.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple, Self, TypeVar

from somek_tui.i18n import _


class InvalidInput(ValueError):
    """A value a person typed or a file supplied is not acceptable."""


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


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


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


# --------------------------------------------------------------------------- helpers


def now_utc() -> datetime:
    return datetime.now(UTC)


def new_key() -> str:
    """A secret token with 160 random bits, safe in an e-mail local part."""
    return secrets.token_hex(20)


def normalise_email(address: str) -> str:
    """Validate an address and return its canonical form (domain lower-cased).

    Comparison elsewhere is case-insensitive, so the store keeps the address as
    typed (normalised by email-validator) and compares ``.casefold()``.
    """
    text = (address or "").strip()
    if not text:
        raise InvalidInput(_("an e-mail address is required"))
    # imported here: its tables take longer to load than a cron ``sync`` needs to start
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInput(
            _("invalid e-mail address {text!r}: {exc}").format(text=text, exc=exc)
        ) from None
    return result.normalized


def email_key(address: str) -> str:
    """The form used to compare addresses: case-insensitive."""
    return address.strip().casefold()


def parse_dt(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise InvalidInput(_("timestamp without a timezone: {value!r}").format(value=value))
    return parsed


def dump_dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


_E = TypeVar("_E", bound=StrEnum)


def _enum_or_default(kind: type[_E], value: Any, default: _E) -> _E:
    try:
        return kind(value)
    except ValueError:
        return default


# How each field of a record class goes from and to JSON: worked out once per
# class, since records are read and written by the thousand.
_Convert = Callable[[Any], Any] | None
_READERS: dict[type, dict[str, _Convert]] = {}
_WRITERS: dict[type, tuple[tuple[str, _Convert], ...]] = {}


def _nested_reader(cls: type[Record]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else cls.from_dict(value)


def _list_reader(cls: type[Record]) -> Callable[[Any], Any]:
    return lambda value: [cls.from_dict(item) for item in value or []]


def _readers(cls: type[Record]) -> dict[str, _Convert]:
    plan = _READERS.get(cls)
    if plan is None:
        plan = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in cls._datetimes:
                plan[f.name] = parse_dt
            elif f.name in cls._nested:
                plan[f.name] = _nested_reader(cls._nested[f.name])
            elif f.name in cls._nested_lists:
                plan[f.name] = _list_reader(cls._nested_lists[f.name])
            else:
                plan[f.name] = None
        _READERS[cls] = plan
    return plan


_AS_IS = frozenset({str, int, bool, float, type(None)})


def _write_nested(value: Any) -> Any:
    return None if value is None else value.to_dict()


def _write_list(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _write_plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list | tuple):
        return list(value)
    return value


def _writers(cls: type[Record]) -> tuple[tuple[str, _Convert], ...]:
    plan = _WRITERS.get(cls)
    if plan is None:
        out: list[tuple[str, _Convert]] = []
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in cls._datetimes:
                out.append((f.name, dump_dt))
            elif f.name in cls._nested:
                out.append((f.name, _write_nested))
            elif f.name in cls._nested_lists:
                out.append((f.name, _write_list))
            else:
                out.append((f.name, _write_plain))
        plan = _WRITERS[cls] = tuple(out)
    return plan


class Record:
    """Shared (de)serialisation for the dataclasses below.

    Fields named in ``_datetimes`` are ISO strings on disk; nested records
    declare themselves in ``_nested`` / ``_nested_lists``.
    """

    _datetimes: tuple[str, ...] = ()
    _nested: dict[str, type[Record]] = {}  # noqa: RUF012 - class-level schema
    _nested_lists: dict[str, type[Record]] = {}  # noqa: RUF012

    def to_dict(self) -> dict[str, Any]:
        return {
            name: convert(getattr(self, name)) if convert is not None else getattr(self, name)
            for name, convert in _writers(type(self))
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        plan = _readers(cls)
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            if name not in plan:
                continue  # tolerate keys written by newer minor versions
            convert = plan[name]
            kwargs[name] = value if convert is None else convert(value)
        obj = cls(**kwargs)
        obj._coerce()
        return obj

    def _coerce(self) -> None:
        """Turn plain strings from JSON back into enums."""


# --------------------------------------------------------------------------- members


@dataclass
class ConsentEntry(Record):
    at: datetime
    how: ConsentHow
    source: str | None = None  # the wording, file name or Message-ID it came from
    _datetimes = ("at",)

    def _coerce(self) -> None:
        self.how = ConsentHow(self.how)


@dataclass
class Member(Record):
    id: str
    email: str
    name: str = ""
    language: Language = Language.DE
    status: MemberStatus = MemberStatus.ACTIVE
    consent: list[ConsentEntry] = field(default_factory=list)
    bounce_count: int = 0
    soft_bounces: int = 0
    unsubscribe_key: str = field(default_factory=new_key)
    created: datetime = field(default_factory=now_utc)
    # addresses the organizer confirmed as this member's too: they match like ``email``
    other_addresses: list[str] = field(default_factory=list)
    organization: str = ""  # the company or office (Firma), as an import gave it
    _datetimes = ("created",)
    _nested_lists = {"consent": ConsentEntry}  # noqa: RUF012

    def _coerce(self) -> None:
        self.language = _enum_or_default(Language, self.language, Language.DE)
        self.status = MemberStatus(self.status)

    @property
    def display_name(self) -> str:
        return self.name or self.email

    @property
    def mailable(self) -> bool:
        return self.status is MemberStatus.ACTIVE

    @property
    def key(self) -> str:
        return email_key(self.email)

    def has_address(self, address: str) -> bool:
        key = email_key(address)
        return bool(key) and (key == self.key or key in map(email_key, self.other_addresses))


class MemberSummary(NamedTuple):
    """What a list of members shows, read without building the whole record.

    Ten thousand full records (consent log, timestamps) take far longer to
    build than the table that lists them needs.
    """

    id: str
    email: str
    name: str
    language: Language
    status: MemberStatus

    @classmethod
    def from_fields(
        cls, id: str, email: str, name: str, language: str | None, status: str
    ) -> MemberSummary:
        # the same defaults and coercions as Member; a tuple, since ten
        # thousand frozen dataclasses are slow to make
        return cls(
            id=id,
            email=email,
            name=name,
            language=_LANGUAGES.get(language, Language.DE),  # type: ignore[arg-type]
            status=_STATUSES.get(status) or MemberStatus(status),
        )


# lookups, not enum calls: summaries are made by the ten thousand
_LANGUAGES = {language.value: language for language in Language}
_STATUSES = {status.value: status for status in MemberStatus}


# --------------------------------------------------------------------------- events


@dataclass
class Venue(Record):
    name: str = ""
    address: str = ""

    def __str__(self) -> str:
        return ", ".join(part for part in (self.name, self.address) if part)


@dataclass
class Host(Record):
    organisation: str = ""
    address: str = ""
    contact: str = ""
    confirmed: bool = False


@dataclass
class Speaker(Record):
    name: str
    talk_title: str = ""
    email: str | None = None
    member_id: str | None = None
    confirmed: bool = False


@dataclass
class Contributor(Record):
    """A member preparing a contribution for a theme evening."""

    member_id: str
    subject: str = ""
    confirmed: bool = False


@dataclass
class Event(Record):
    id: str
    title: str
    start: datetime
    end: datetime | None = None
    venue: Venue = field(default_factory=Venue)
    kind: EventKind = EventKind.ROUNDTABLE
    capacity: int | None = None
    description: str = ""
    topic_ids: list[str] = field(default_factory=list)
    status: EventStatus = EventStatus.ANNOUNCED
    uid: str = ""
    sequence: int = 0
    host: Host | None = None
    speakers: list[Speaker] = field(default_factory=list)
    contributors: list[Contributor] = field(default_factory=list)
    created: datetime = field(default_factory=now_utc)
    modified: datetime | None = None  # the last change a calendar shows
    _datetimes = ("start", "end", "created", "modified")
    _nested = {"venue": Venue, "host": Host}  # noqa: RUF012
    _nested_lists = {"speakers": Speaker, "contributors": Contributor}  # noqa: RUF012

    def _coerce(self) -> None:
        self.kind = EventKind(self.kind)
        self.status = EventStatus(self.status)

    def is_past(self, now: datetime) -> bool:
        return (self.end or self.start) < now


# --------------------------------------------------------------------------- topics


@dataclass
class Topic(Record):
    id: str
    title: str
    description: str = ""
    suggested_by: str | None = None  # member id; None once erased or by an organizer
    message_id: str | None = None
    votes: list[str] = field(default_factory=list)  # member ids, one vote each
    credits: list[str] = field(default_factory=list)  # further suggesters (merged topics)
    status: TopicStatus = TopicStatus.PROPOSED
    event_id: str | None = None
    merged_into: str | None = None
    created: datetime = field(default_factory=now_utc)
    _datetimes = ("created",)

    def _coerce(self) -> None:
        self.status = TopicStatus(self.status)

    @property
    def vote_count(self) -> int:
        return len(self.votes)

    @property
    def is_open(self) -> bool:
        return self.status in (TopicStatus.PROPOSED, TopicStatus.SHORTLISTED)


@lru_cache(maxsize=8192)  # the title index is rebuilt for every transaction
def topic_key(title: str) -> str:
    """Compare topic titles ignoring case, punctuation and spacing."""
    kept = "".join(ch if ch.isalnum() else " " for ch in title.casefold())
    return " ".join(kept.split())


# --------------------------------------------------------------------------- answers


@dataclass
class RsvpChange(Record):
    at: datetime
    answer: Answer
    guests: int
    source: AnswerSource
    message_id: str | None = None
    note: str = ""
    _datetimes = ("at",)

    def _coerce(self) -> None:
        self.answer = Answer(self.answer)
        self.source = AnswerSource(self.source)


@dataclass
class Rsvp(Record):
    event_id: str
    member_id: str
    answer: Answer
    guests: int = 0
    waitlisted: bool = False
    source: AnswerSource = AnswerSource.EMAIL
    message_id: str | None = None
    updated_at: datetime = field(default_factory=now_utc)
    comment: str = ""
    attended: bool | None = None
    history: list[RsvpChange] = field(default_factory=list)
    _datetimes = ("updated_at",)
    _nested_lists = {"history": RsvpChange}  # noqa: RUF012

    def _coerce(self) -> None:
        self.answer = Answer(self.answer)
        self.source = AnswerSource(self.source)

    @property
    def party(self) -> int:
        """Places this answer takes: the member and their guests."""
        return 1 + self.guests if self.answer is Answer.YES else 0


# --------------------------------------------------------------------------- mail records


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
    created: datetime = field(default_factory=now_utc)
    sent_at: datetime | None = None
    # what the templates need beyond the records (e.g. the answer an
    # acknowledgement confirms), kept so a rerun renders the same mail
    context: dict[str, Any] = field(default_factory=dict)
    # the open topics as numbered in this mail: "+1 für Thema 3" means topic_numbers[2]
    topic_numbers: list[str] = field(default_factory=list)
    _datetimes = ("created", "sent_at")

    def _coerce(self) -> None:
        self.kind = MailKind(self.kind)
        self.state = OutboxState(self.state)


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
    received_at: datetime | None = None
    processed_at: datetime = field(default_factory=now_utc)
    _datetimes = ("received_at", "processed_at")

    def _coerce(self) -> None:
        self.outcome = InboxOutcome(self.outcome)


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
    created: datetime = field(default_factory=now_utc)
    resolved: bool = False
    resolution: str = ""
    _datetimes = ("created",)


@dataclass
class Example(Record):
    """A settled reply remembered as a precedent: its normalised own words and the decision.

    Only the words and the decision are kept (no sender, no subject): the
    member id says whose reply taught it, so an erasure can take it along.
    """

    id: str
    words: str
    answer: Answer
    guests: int = 0
    member_id: str | None = None
    created: datetime = field(default_factory=now_utc)
    uses: int = 0
    _datetimes = ("created",)

    def _coerce(self) -> None:
        self.answer = Answer(self.answer)

    @property
    def decision(self) -> str:
        return f"{self.answer.value} +{self.guests}" if self.guests else self.answer.value


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
    "email_key",
    "new_key",
    "normalise_email",
    "now_utc",
    "topic_key",
]
