"""Topic suggestions and their votes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from somek_tui.models.base import Moment, Record, now_utc
from somek_tui.models.kinds import TopicStatus


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
    created: Moment = field(default_factory=now_utc)

    @property
    def vote_count(self) -> int:
        return len(self.votes)

    @property
    def is_open(self) -> bool:
        return self.status in (TopicStatus.PROPOSED, TopicStatus.SHORTLISTED)


@lru_cache(maxsize=8192)  # titles are compared again on every suggestion
def topic_key(title: str) -> str:
    """Compare topic titles ignoring case, punctuation and spacing."""
    kept = "".join(ch if ch.isalnum() else " " for ch in title.casefold())
    return " ".join(kept.split())
