"""The evening itself and the day after: check-in, walk-ins, who came, the thank-you mail.

Check-in works on the answers: a member who came is marked ``attended`` on
their answer, and someone who came without answering gets one. The TUI and
the command line share these functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.i18n import _
from somek_tui.models import (
    Answer,
    Event,
    EventStatus,
    InvalidInput,
    MailKind,
    Member,
    OutboxState,
    OutgoingMessage,
    Rsvp,
)
from somek_tui.services.events import find_event
from somek_tui.services.joining import invite_to_join
from somek_tui.services.members import find_member
from somek_tui.services.outbox import (
    PENDING,
    Progress,
    SendSummary,
    deliver,
    queue_message,
    topic_numbering,
)
from somek_tui.services.rsvps import mark_attended, no_shows
from somek_tui.store import Reader, Transaction
from somek_tui.workspace import Workspace

WALK_IN_NOTE = "walk-in"  # the note rsvps.mark_attended gives an answer it creates

_ANSWER_ORDER = {"yes": 0, "waitlist": 1, "maybe": 2, "no": 3}


# --------------------------------------------------------------------------- who came


def is_walk_in(rsvp: Rsvp, event: Event) -> bool:
    """Came without having said yes before the evening began."""
    if rsvp.attended is not True:
        return False
    if any(change.note == WALK_IN_NOTE for change in rsvp.history):
        return True
    if not rsvp.history:
        return rsvp.answer is not Answer.YES
    before = [change for change in rsvp.history if change.at < event.start]
    return not before or before[-1].answer is not Answer.YES


def first_evenings(view: Reader) -> dict[str, str]:
    """Per member id: the id of the first event they came to."""
    start = {e.id: e.start for e in view.events()}
    first: dict[str, str] = {}
    for rsvp in view.rsvps():
        if rsvp.attended is not True or rsvp.event_id not in start:
            continue
        known = first.get(rsvp.member_id)
        if known is None or start[rsvp.event_id] < start[known]:
            first[rsvp.member_id] = rsvp.event_id
    return first


@dataclass(frozen=True)
class Attendance:
    members: int  # members checked in as present
    guests: int  # the guests those members announced; assumed to have come with them
    new_faces: int  # members for whom this was the first evening they came to
    walk_ins: int  # members who came without having said yes beforehand
    said_yes: int  # yes answers given beforehand (not waitlisted)
    absent: int  # said yes and were checked in as not there
    unchecked: int  # said yes, not yet checked in either way

    @property
    def total(self) -> int:
        return self.members + self.guests


def attendance(view: Reader, event: Event) -> Attendance:
    rsvps = view.rsvps(event_id=event.id)
    came = [r for r in rsvps if r.attended is True]
    confirmed = [
        r for r in rsvps if r.answer is Answer.YES and not r.waitlisted and not is_walk_in(r, event)
    ]
    first = first_evenings(view)
    return Attendance(
        members=len(came),
        guests=sum(r.guests for r in came if r.answer is Answer.YES),
        new_faces=sum(first.get(r.member_id) == event.id for r in came),
        walk_ins=sum(is_walk_in(r, event) for r in came),
        said_yes=len(confirmed),
        absent=sum(r.attended is False for r in confirmed),
        unchecked=sum(r.attended is None for r in confirmed),
    )


# --------------------------------------------------------------------------- check-in


@dataclass(frozen=True)
class CheckinRow:
    member: Member
    rsvp: Rsvp
    walk_in: bool
    no_shows: int  # over all evenings; for organizers' eyes only, never in a mail

    @property
    def answer(self) -> str:
        return "waitlist" if self.rsvp.waitlisted else self.rsvp.answer.value

    @property
    def came(self) -> bool | None:
        return self.rsvp.attended


def checkin_list(view: Reader, event: Event) -> list[CheckinRow]:
    """Everyone expected (yes, waitlist, maybe) and everyone already checked in either way."""
    counts = no_shows(view)
    rows = []
    for rsvp in view.rsvps(event_id=event.id):
        if rsvp.answer is Answer.NO and rsvp.attended is None:
            continue
        member = view.member(rsvp.member_id)
        if member is None:
            continue
        rows.append(CheckinRow(member, rsvp, is_walk_in(rsvp, event), counts[member.id]))
    return sorted(rows, key=lambda r: (_ANSWER_ORDER[r.answer], r.member.display_name.casefold()))


def _checkable(view: Reader, event_id: str) -> Event:
    event = find_event(view, event_id)
    if event.status in (EventStatus.CANCELLED, EventStatus.DRAFT):
        raise InvalidInput(
            _("event {id} is {value}: nobody can come to it").format(
                id=event.id, value=event.status.value
            )
        )
    return event


def record_attendance(
    tx: Transaction, event_id: str, member_ref: str, attended: bool, now: datetime
) -> Rsvp | None:
    """Mark a member (id or address) as there or not; returns the answer as stored.

    Marking absent someone whose only answer is a check-in (a mistaken one)
    removes that answer instead, so the slip never counts as a no-show; then
    the result is None.
    """
    event = _checkable(tx, event_id)
    member = find_member(tx, member_ref)
    rsvp = tx.rsvp(event.id, member.id)
    if not attended:
        if rsvp is None:
            raise InvalidInput(
                _("{email} has no answer for {id}: nothing to undo").format(
                    email=member.email, id=event.id
                )
            )
        if rsvp.history and all(change.note == WALK_IN_NOTE for change in rsvp.history):
            tx.delete(rsvp)
            return None
    return mark_attended(tx, event.id, member.id, attended, now)


@dataclass(frozen=True)
class WalkIn:
    member: Member
    rsvp: Rsvp
    added: bool  # the address was new: stored as pending, with the join confirmation queued
    confirmation: OutgoingMessage | None = None


def add_walk_in(
    tx: Transaction,
    event_id: str,
    email: str,
    name: str,
    now: datetime,
    *,
    language: str | None = None,
    default_language: str = "de",
    domain: str = "",
) -> WalkIn:
    """Check in someone who came; an unknown address is asked to confirm joining.

    Coming to an evening is not consent to mail: a new address becomes a
    *pending* member with the join confirmation queued (the double opt-in),
    and is mailed like a member only once they confirm.
    """
    event = _checkable(tx, event_id)
    member = tx.member_by_email(email)
    if member is not None:
        return WalkIn(member, mark_attended(tx, event.id, member.id, True, now), added=False)
    joining = invite_to_join(
        tx,
        email,
        name=name,
        language=language,
        default_language=default_language,
        domain=domain,
        source=f"walk-in at {event.id}",
        now=now,
    )
    rsvp = mark_attended(tx, event.id, joining.member.id, True, now)
    return WalkIn(joining.member, rsvp, added=True, confirmation=joining.outgoing)


# --------------------------------------------------------------------------- next date


def next_announced(view: Reader, after: Event, now: datetime) -> Event | None:
    """The next announced evening after ``after`` that has not begun yet."""
    later = [
        e
        for e in view.events()
        if e.status is EventStatus.ANNOUNCED and e.start > after.start and e.start > now
    ]
    return min(later, key=lambda e: e.start, default=None)


# --------------------------------------------------------------------------- thank-you mail


@dataclass
class ThanksPlan:
    event: Event
    next_event: Event | None
    targets: list[Member] = field(default_factory=list)
    pending: list[OutgoingMessage] = field(default_factory=list)  # queued earlier, not sent
    skipped: list[tuple[Member, str]] = field(default_factory=list)


def plan_thanks(view: Reader, event: Event, now: datetime) -> ThanksPlan:
    """Who gets "Danke + nächster Termin": everyone who came, once each."""
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} is cancelled").format(id=event.id))
    if event.start > now:
        raise InvalidInput(_("event {id} has not taken place yet").format(id=event.id))
    came = sorted(r.member_id for r in view.rsvps(event_id=event.id) if r.attended is True)
    if not came:
        raise InvalidInput(
            _("nobody is checked in for {id}: somek checkin {id} EMAIL... first").format(
                id=event.id
            )
        )
    done: dict[str, OutgoingMessage] = {}
    for record in view.outbox(event_id=event.id, kind=MailKind.THANKS):
        if record.state is not OutboxState.FAILED:
            done[record.member_id] = record
    plan = ThanksPlan(event=event, next_event=next_announced(view, event, now))
    for member_id in came:
        member = view.member(member_id)
        if member is None:
            continue
        earlier = done.get(member.id)
        if not member.mailable:
            plan.skipped.append((member, member.status.value))
        elif earlier is None:
            plan.targets.append(member)
        elif earlier.state in PENDING:
            plan.pending.append(earlier)
        else:
            plan.skipped.append((member, "already thanked"))
    return plan


def queue_thanks(
    tx: Transaction, plan: ThanksPlan, *, now: datetime, domain: str, note: str = ""
) -> list[OutgoingMessage]:
    extra: dict[str, object] = {}
    if plan.next_event is not None:
        extra["next_event_id"] = plan.next_event.id
    if note.strip():
        extra["note"] = note.strip()
    # numbered like an invitation's, so "+1 für Thema 2" in a reply counts
    numbered = topic_numbering(tx)
    return [
        queue_message(
            tx,
            member=member,
            kind=MailKind.THANKS,
            event=plan.event,
            now=now,
            domain=domain,
            extra=extra,
            topic_numbers=numbered,
        )
        for member in plan.targets
    ]


async def send_thanks(
    ws: Workspace,
    event_id: str,
    *,
    note: str = "",
    progress: Progress | None = None,
    on_plan: Callable[[ThanksPlan], None] | None = None,
) -> SendSummary:
    """Queue the thank-you mail for everyone who came and has not had it, then send."""
    with ws.store.transaction() as tx:
        plan = plan_thanks(tx, find_event(tx, event_id), ws.now())
        queued = queue_thanks(
            tx, plan, now=ws.now(), domain=ws.settings.organizer.domain, note=note
        )
    if on_plan is not None:
        on_plan(plan)
    summary = await deliver(
        ws, [r.id for r in plan.pending] + [r.id for r in queued], progress=progress
    )
    summary.skipped += len(plan.skipped)
    return summary
