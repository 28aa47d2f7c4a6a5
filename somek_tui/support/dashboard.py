"""What the dashboard shows, read from one snapshot of the store: no widgets, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Event, EventStatus, InboxEntry, InboxOutcome, MailKind, OutboxState
from somek_tui.queries import Reader
from somek_tui.services.events import upcoming
from somek_tui.services.rsvps import Tally, answers_by_day, tally
from somek_tui.support import reasons
from somek_tui.support.format import daily_series, snippet
from somek_tui.support.todos import Todo, mail_kinds_by_event, todos

# More would not fit even a tall terminal; the Events section lists them all.
EVENINGS_SHOWN = 8
REPLIES_SHOWN = 12

_RECORDED = {
    InboxOutcome.ANSWER: N_("recorded"),
    InboxOutcome.TOPIC: N_("topic recorded"),
    InboxOutcome.ANSWER_TOPIC: N_("recorded"),
    InboxOutcome.UNSUBSCRIBE: N_("unsubscribed"),
    InboxOutcome.BOUNCE: N_("bounce"),
    InboxOutcome.AUTO_REPLY: N_("auto-reply"),
    InboxOutcome.REVIEW: N_("in review"),
    InboxOutcome.DUPLICATE: N_("duplicate"),
    InboxOutcome.DISMISSED: N_("dismissed"),
}


@dataclass(frozen=True)
class EveningRow:
    event_id: str
    start: datetime
    kind: str
    title: str
    place: str  # the host company for a talk, else the venue
    tally: Tally
    invitations: str  # "sent", "not sent" or "draft"


@dataclass(frozen=True)
class ReplyRow:
    at: datetime
    who: str
    what: str
    outcome: str
    in_review: bool


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    tz: ZoneInfo
    next_event: Event | None = None
    tally: Tally | None = None
    answers_per_day: list[float] = field(default_factory=list)
    evenings: tuple[EveningRow, ...] = ()
    replies: tuple[ReplyRow, ...] = ()
    todos: tuple[Todo, ...] = ()
    checking: bool = True  # the bouncing addresses are still being counted


def place(event: Event) -> str:
    if event.host is not None and event.host.organisation:
        return event.host.organisation
    return event.venue.name or event.venue.address


def evening_rows(
    view: Reader, events: list[Event], mailed: dict[str, set[MailKind]]
) -> tuple[EveningRow, ...]:
    rows = []
    for event in events:
        if event.status is EventStatus.DRAFT:
            invitations = N_("draft")
        elif MailKind.INVITATION in mailed.get(event.id, set()):
            invitations = N_("sent")
        else:
            invitations = N_("not sent")
        rows.append(
            EveningRow(
                event_id=event.id,
                start=event.start,
                kind=event.kind.value,
                title=event.title,
                place=place(event),
                tally=tally(view, event),
                invitations=invitations,
            )
        )
    return tuple(rows)


def _what(view: Reader, entry: InboxEntry) -> str:
    """The answer a reply recorded, else its first words."""
    if entry.member_id and entry.event_id:
        rsvp = view.rsvp(entry.event_id, entry.member_id)
        for change in reversed(rsvp.history if rsvp else []):
            if change.message_id == entry.message_id:
                guests = ngettext("{n} guest", "{n} guests", change.guests)
                plus = " +" + guests.format(n=change.guests) if change.guests else ""
                return _(change.answer.value) + plus
    return snippet(entry.reply_text or entry.subject or reasons.shown(entry.reason), 80)


def reply_rows(view: Reader, entries: list[InboxEntry]) -> tuple[ReplyRow, ...]:
    rows = []
    for entry in reversed(entries[-REPLIES_SHOWN:]):
        member = view.member(entry.member_id) if entry.member_id else None
        rows.append(
            ReplyRow(
                at=entry.received_at or entry.processed_at,
                who=member.display_name if member else (entry.member_email or entry.sender),
                what=_what(view, entry),
                outcome=_RECORDED.get(entry.outcome, entry.outcome.value),
                in_review=entry.outcome is InboxOutcome.REVIEW,
            )
        )
    return tuple(rows)


def build(view: Reader, *, now: datetime, tz: ZoneInfo, bouncing: int | None) -> Dashboard:
    """Everything the dashboard's panels show; ``bouncing`` is None while still counted."""
    coming = sorted(upcoming(view, now), key=lambda e: (e.start, e.id))[:EVENINGS_SHOWN]
    # only the coming evenings' mail: the outbox of past ones may run to thousands
    mailed: dict[str, set[MailKind]] = {}
    for event in coming:
        mailed.update(mail_kinds_by_event(view.outbox(event_id=event.id)))
    nxt = coming[0] if coming else None
    return Dashboard(
        now=now,
        tz=tz,
        next_event=nxt,
        tally=tally(view, nxt) if nxt else None,
        answers_per_day=daily_series(answers_by_day(view, nxt, tz=tz), min_days=14)[-60:]
        if nxt
        else [],
        evenings=evening_rows(view, coming, mailed),
        replies=reply_rows(view, view.inbox()),
        todos=tuple(
            todos(
                events=coming,
                mailed=mailed,
                now=now,
                review=len(view.review_items()),
                bouncing=bouncing or 0,
                failed=len(view.outbox(states=[OutboxState.FAILED])),
            )
        ),
        checking=bouncing is None,
    )
