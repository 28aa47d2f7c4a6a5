"""The attendee list of one event: who answered what, who was invited and is silent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from somek_tui.models import Answer, Event, Member, Rsvp
from somek_tui.services.rsvps import invited_member_ids
from somek_tui.store import Reader

FILTERS = ("all", "yes", "maybe", "no", "waitlist", "no answer")
SORTS = ("name", "answer", "updated")
_ANSWER_ORDER = {"yes": 0, "waitlist": 1, "maybe": 2, "no": 3, "no answer": 4}


@dataclass(frozen=True)
class Attendee:
    member: Member
    rsvp: Rsvp | None

    @property
    def answer(self) -> str:
        if self.rsvp is None:
            return "no answer"
        if self.rsvp.waitlisted:
            return "waitlist"
        return self.rsvp.answer.value

    @property
    def updated(self) -> datetime | None:
        return None if self.rsvp is None else self.rsvp.updated_at


def attendees(view: Reader, event: Event) -> list[Attendee]:
    rsvps = {r.member_id: r for r in view.rsvps(event_id=event.id)}
    ids = set(rsvps) | invited_member_ids(view, event.id)
    found = []
    for member_id in ids:
        member = view.member(member_id)
        if member is not None:
            found.append(Attendee(member, rsvps.get(member_id)))
    return found


def matches(attendee: Attendee, answer_filter: str) -> bool:
    if answer_filter == "all":
        return True
    if answer_filter == "yes":
        return attendee.rsvp is not None and attendee.rsvp.answer is Answer.YES
    return attendee.answer == answer_filter


def arrange(items: Iterable[Attendee], answer_filter: str, sort: str) -> list[Attendee]:
    chosen = [a for a in items if matches(a, answer_filter)]
    if sort == "answer":
        chosen.sort(key=lambda a: (_ANSWER_ORDER[a.answer], a.member.display_name.casefold()))
    elif sort == "updated":
        chosen.sort(key=lambda a: (a.updated is None, -(a.updated.timestamp() if a.updated else 0)))
    else:
        chosen.sort(key=lambda a: a.member.display_name.casefold())
    return chosen


def next_in(options: tuple[str, ...], current: str) -> str:
    return options[(options.index(current) + 1) % len(options)]
