"""The few kinds of data the mail code shares with whoever uses it.

``Answer`` is what a reply can say. The ``*View`` protocols name the
attributes the composer and the calendar read from a member, an event or a
topic, so any record with those attributes will do: the mail code never
depends on how the application stores them. Kinds and states are compared
as their string values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Protocol

__all__ = [
    "Answer",
    "EventView",
    "HostView",
    "MemberView",
    "RsvpView",
    "SpeakerView",
    "TopicView",
    "VenueView",
]


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


# event kinds and states, as the values the mail code compares with
TALK = "talk"
DRAFT = "draft"
CANCELLED = "cancelled"


class VenueView(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def address(self) -> str: ...


class HostView(Protocol):
    @property
    def organisation(self) -> str: ...

    @property
    def address(self) -> str: ...


class SpeakerView(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def talk_title(self) -> str: ...

    @property
    def confirmed(self) -> bool: ...


class EventView(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def start(self) -> datetime: ...

    @property
    def end(self) -> datetime | None: ...

    @property
    def venue(self) -> VenueView: ...

    @property
    def kind(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def capacity(self) -> int | None: ...

    @property
    def description(self) -> str: ...

    @property
    def uid(self) -> str: ...

    @property
    def sequence(self) -> int: ...

    @property
    def host(self) -> HostView | None: ...

    @property
    def speakers(self) -> Sequence[SpeakerView]: ...

    @property
    def created(self) -> datetime: ...

    @property
    def modified(self) -> datetime | None: ...


class MemberView(Protocol):
    @property
    def email(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def unsubscribe_key(self) -> str: ...


class TopicView(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def vote_count(self) -> int: ...


class RsvpView(Protocol):
    @property
    def answer(self) -> str: ...

    @property
    def guests(self) -> int: ...

    @property
    def waitlisted(self) -> bool: ...


def venue_text(venue: VenueView) -> str:
    """``name, address`` (what a venue prints as), whatever object carries it."""
    return ", ".join(part for part in (venue.name, venue.address) if part)
