"""Answers to invitations, their history, and settled replies kept as precedents."""

from __future__ import annotations

from dataclasses import dataclass, field

from somek_tui.models.base import Moment, Record, now_utc
from somek_tui.models.kinds import Answer, AnswerSource


@dataclass
class RsvpChange(Record):
    at: Moment
    answer: Answer
    guests: int
    source: AnswerSource
    message_id: str | None = None
    note: str = ""


@dataclass
class Rsvp(Record):
    event_id: str
    member_id: str
    answer: Answer
    guests: int = 0
    waitlisted: bool = False
    source: AnswerSource = AnswerSource.EMAIL
    message_id: str | None = None
    updated_at: Moment = field(default_factory=now_utc)
    comment: str = ""
    attended: bool | None = None
    history: list[RsvpChange] = field(default_factory=list)

    @property
    def party(self) -> int:
        """Places this answer takes: the member and their guests."""
        return 1 + self.guests if self.answer is Answer.YES else 0


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
    created: Moment = field(default_factory=now_utc)
    uses: int = 0

    @property
    def decision(self) -> str:
        return f"{self.answer.value} +{self.guests}" if self.guests else self.answer.value
