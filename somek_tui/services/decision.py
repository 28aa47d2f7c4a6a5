"""What a reply means for the database, as data: :class:`Decision` and what recording it did."""

from __future__ import annotations

from dataclasses import dataclass, field

from mail.commitment import Commitment
from somek_tui.models import Answer, AnswerSource, Event, InboxOutcome, Member, Topic
from somek_tui.services.contributions import Role
from somek_tui.services.rsvps import RsvpOutcome

RECORDING = (InboxOutcome.ANSWER, InboxOutcome.TOPIC, InboxOutcome.ANSWER_TOPIC)


@dataclass
class Decision:
    outcome: InboxOutcome
    member: Member | None = None
    event: Event | None = None
    reason: str = ""  # why review, or what was ignored
    answer: Answer | None = None
    guests: int = 0
    source: AnswerSource = AnswerSource.EMAIL
    comment: str = ""
    topics: list[str] = field(default_factory=list)  # titles to add (or count as a vote)
    votes: list[str] = field(default_factory=list)  # topic ids voted for by number
    bounced: list[Member] = field(default_factory=list)  # for outcome bounce
    permanent: bool = False
    join: bool = False  # confirms a double opt-in: the pending member becomes active
    commitment: Commitment | None = None  # the answer to a talk or contribution request
    role: Role | None = None  # which request ``commitment`` answers
    example_id: str = ""  # the settled reply this one was decided like
    # for the organizer beside what is recorded: someone else would come instead
    note: str = ""

    @property
    def review(self) -> bool:
        return self.outcome is InboxOutcome.REVIEW


@dataclass
class Effects:
    """What :func:`apply_decision` recorded, for acknowledgements and reports."""

    answer: RsvpOutcome | None = None
    topics: list[Topic] = field(default_factory=list)
    voted: list[Topic] = field(default_factory=list)
