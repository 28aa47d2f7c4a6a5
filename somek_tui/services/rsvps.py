"""Recording answers: capacity, the waitlist, and the counts organizers watch."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from somek_tui.i18n import _
from somek_tui.models import (
    Answer,
    AnswerSource,
    Event,
    InvalidInput,
    MailKind,
    Member,
    OutboxState,
    Rsvp,
    RsvpChange,
)
from somek_tui.store import Reader, Transaction

MAX_GUESTS = 10


@dataclass
class RsvpOutcome:
    rsvp: Rsvp
    changed: bool
    promoted: list[Rsvp] = field(default_factory=list)  # moved off the waitlist by this change

    @property
    def waitlisted(self) -> bool:
        return self.rsvp.waitlisted


def set_answer(
    tx: Transaction,
    *,
    event: Event,
    member: Member,
    answer: Answer,
    guests: int = 0,
    source: AnswerSource,
    message_id: str | None,
    now: datetime,
    comment: str = "",
) -> RsvpOutcome:
    """Record an answer; a later one overrides, the history keeps every one.

    A yes whose party (member and guests) does not fit the remaining places is
    waitlisted; places freed by this change go to the waitlist in arrival order.
    """
    if not 0 <= guests <= MAX_GUESTS:
        raise InvalidInput(
            _("guests must be between 0 and {MAX_GUESTS}").format(MAX_GUESTS=MAX_GUESTS)
        )
    if answer is Answer.NO:
        guests = 0  # a maybe keeps its guests; only a yes takes places (Rsvp.party)
    previous = tx.rsvp(event.id, member.id)
    if previous is not None and (previous.answer, previous.guests) == (answer, guests):
        if comment and comment != previous.comment:
            previous.comment = comment
            tx.put(previous)
        return RsvpOutcome(previous, changed=False)
    waitlisted = False
    if answer is Answer.YES and event.capacity is not None:
        mine = previous.party if previous is not None and not previous.waitlisted else 0
        free = event.capacity - (tx.places_taken(event.id) - mine)
        waitlisted = 1 + guests > free
    change = RsvpChange(
        at=now, answer=answer, guests=guests, source=source, message_id=message_id, note=comment
    )
    rsvp = Rsvp(
        event_id=event.id,
        member_id=member.id,
        answer=answer,
        guests=guests,
        waitlisted=waitlisted,
        source=source,
        message_id=message_id,
        updated_at=now,
        comment=comment or (previous.comment if previous else ""),
        attended=previous.attended if previous else None,
        history=[*(previous.history if previous else []), change],
    )
    tx.put(rsvp)
    frees_places = previous is not None and rsvp.party < (
        0 if previous.waitlisted else previous.party
    )
    promoted = promote_waitlist(tx, event) if event.capacity is not None and frees_places else []
    return RsvpOutcome(rsvp, changed=True, promoted=promoted)


def promote_waitlist(tx: Transaction, event: Event) -> list[Rsvp]:
    """Give free places to waitlisted members whose party fits, first come first served."""
    if event.capacity is None:
        return []
    free = event.capacity - tx.places_taken(event.id)
    if free <= 0:
        return []
    promoted: list[Rsvp] = []
    for waiting in tx.waitlist_in_order(event.id):
        if free <= 0:
            break
        if waiting.party_if_confirmed <= free:
            rsvp = tx.rsvp(event.id, waiting.member_id)
            assert rsvp is not None
            rsvp.waitlisted = False
            tx.put(rsvp)
            promoted.append(rsvp)
            free -= waiting.party_if_confirmed
    return promoted


@dataclass(frozen=True)
class Tally:
    yes: int
    maybe: int
    no: int
    no_answer: int
    guests: int
    places_taken: int
    capacity: int | None
    waitlisted: int
    invited: int

    @property
    def fill_ratio(self) -> float | None:
        return None if not self.capacity else min(1.0, self.places_taken / self.capacity)


def invited_member_ids(view: Reader, event_id: str) -> set[str]:
    return {
        o.member_id
        for o in view.outbox(event_id=event_id, kind=MailKind.INVITATION)
        if o.state in (OutboxState.SENT, OutboxState.SENDING)
    }


def tally(view: Reader, event: Event) -> Tally:
    rsvps = view.rsvps(event_id=event.id)
    confirmed = [r for r in rsvps if r.answer is Answer.YES and not r.waitlisted]
    invited = invited_member_ids(view, event.id)
    answered = {r.member_id for r in rsvps}
    guests = sum(r.guests for r in confirmed)
    return Tally(
        yes=len(confirmed),
        maybe=sum(r.answer is Answer.MAYBE for r in rsvps),
        no=sum(r.answer is Answer.NO for r in rsvps),
        no_answer=len(invited - answered),
        guests=guests,
        places_taken=len(confirmed) + guests,
        capacity=event.capacity,
        waitlisted=sum(r.waitlisted for r in rsvps),
        invited=len(invited),
    )


def answers_by_day(view: Reader, event: Event, *, tz: object = None) -> list[tuple[date, int]]:
    """How many answers arrived on each day, from the first to the last, gaps as zero."""
    counts: Counter[date] = Counter()
    for rsvp in view.rsvps(event_id=event.id):
        for change in rsvp.history:
            moment = change.at.astimezone(tz) if tz is not None else change.at  # type: ignore[arg-type]
            counts[moment.date()] += 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    days = (last - first).days + 1
    return [
        (day, counts.get(day, 0))
        for day in (date.fromordinal(first.toordinal() + n) for n in range(days))
    ]


def mark_attended(
    tx: Transaction, event_id: str, member_id: str, attended: bool, now: datetime
) -> Rsvp:
    """After the evening: who came. A walk-in without an answer gets one."""
    rsvp = tx.rsvp(event_id, member_id)
    if rsvp is None:
        rsvp = Rsvp(
            event_id=event_id,
            member_id=member_id,
            answer=Answer.YES if attended else Answer.NO,
            source=AnswerSource.ORGANIZER,
            updated_at=now,
            history=[
                RsvpChange(
                    at=now,
                    answer=Answer.YES if attended else Answer.NO,
                    guests=0,
                    source=AnswerSource.ORGANIZER,
                    note="walk-in",
                )
            ],
        )
    rsvp.attended = attended
    tx.put(rsvp)
    return rsvp


def no_shows(view: Reader) -> Counter[str]:
    """Per member: evenings they said yes to and did not come (for organizers only)."""
    counts: Counter[str] = Counter()
    for rsvp in view.rsvps():
        if rsvp.answer is Answer.YES and rsvp.attended is False:
            counts[rsvp.member_id] += 1
    return counts
