"""Evenings: where, who hosts, who speaks, who contributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.models.base import Moment, Record, now_utc
from somek_tui.models.kinds import EventKind, EventStatus


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
    start: Moment
    end: Moment | None = None
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
    created: Moment = field(default_factory=now_utc)
    modified: Moment | None = None  # the last change a calendar shows

    def is_past(self, now: datetime) -> bool:
        return (self.end or self.start) < now
