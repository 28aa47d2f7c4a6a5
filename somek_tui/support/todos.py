"""What the organizer still has to do before the coming evenings, computed from the data.

Pure: records and counts in, a list of to-dos out. The dashboard decides how to
show them; nothing here reads the store or the clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Event, EventKind, EventStatus, MailKind, OutboxState, OutgoingMessage
from somek_tui.services.planning import TITLES, WARNING_HORIZON, planning_warnings

# A reminder is worth sending in the last week before an evening.
REMINDER_WINDOW = timedelta(days=7)

# Sections whose key fixes a to-do, as the nav bar numbers them.
EVENTS_KEY, INVITATIONS_KEY, MEMBERS_KEY, INBOX_KEY = "2", "3", "4", "6"

# The planning warnings, said short enough for a line of the to-do list.
_SHORT = {
    "no_confirmed_speaker": N_("speaker not confirmed"),
    "no_confirmed_host": N_("host not confirmed"),
    "no_confirmed_contributor": N_("nobody confirmed to prepare a contribution"),
}

_LIVE = (EventStatus.DRAFT, EventStatus.ANNOUNCED)
_HANDED_OVER = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.SENT)


@dataclass(frozen=True)
class Todo:
    code: str  # stable: no_topic, draft, not_invited, no_reminder, review, bounces, failed, …
    text: str
    key: str  # the section that fixes it
    event_id: str | None = None
    days_left: int | None = None


def mail_kinds_by_event(outbox: Iterable[OutgoingMessage]) -> dict[str, set[MailKind]]:
    """Which kinds of mail each event has had handed over for sending (failed ones do not count)."""
    kinds: dict[str, set[MailKind]] = {}
    for message in outbox:
        if message.event_id and message.state in _HANDED_OVER:
            kinds.setdefault(message.event_id, set()).add(message.kind)
    return kinds


def has_topic(event: Event) -> bool:
    """A chosen topic, a title of its own or a talk title; the series' generic title is none."""
    if event.topic_ids or any(s.talk_title.strip() for s in event.speakers):
        return True
    title = event.title.strip()
    return bool(title) and title not in TITLES.values()


def _days_left(now: datetime, start: datetime) -> int:
    # calendar days in the organizer's zone, the way people count "in 3 days"
    return (start.astimezone(now.tzinfo).date() - now.date()).days


def _event_todos(event: Event, mailed: set[MailKind], now: datetime) -> list[Todo]:
    days = _days_left(now, event.start)
    found: list[tuple[str, str, str]] = []
    if not has_topic(event):
        found.append(("no_topic", _("no topic chosen"), EVENTS_KEY))
    if event.kind is EventKind.ROUNDTABLE and not str(event.venue).strip():
        found.append(("no_venue", _("no venue"), EVENTS_KEY))
    if event.status is EventStatus.DRAFT:
        found.append(("draft", _("still a draft: announce it"), EVENTS_KEY))
    if MailKind.INVITATION not in mailed:
        found.append(("not_invited", _("invitations not sent"), INVITATIONS_KEY))
    elif MailKind.REMINDER not in mailed and event.start - now < REMINDER_WINDOW:
        found.append(("no_reminder", _("reminder not sent yet"), INVITATIONS_KEY))
    return [Todo(code, text, key, event.id, days) for code, text, key in found]


def todos(
    *,
    events: Iterable[Event],
    mailed: Mapping[str, set[MailKind]],
    now: datetime,
    review: int = 0,
    bouncing: int = 0,
    failed: int = 0,
    horizon: timedelta = WARNING_HORIZON,
) -> list[Todo]:
    """Everything to do before the evenings within ``horizon`` (and always the next one).

    Evening to-dos come soonest first, then what waits in the inbox, the member
    list and the outbox. ``now`` should be in the organizer's timezone.
    """
    live = sorted(
        (e for e in events if e.status in _LIVE and e.start >= now), key=lambda e: (e.start, e.id)
    )
    due = [e for i, e in enumerate(live) if i == 0 or e.start <= now + horizon]
    warnings = planning_warnings(
        due, now, horizon=max(horizon, due[-1].start - now) if due else horizon
    )
    out: list[Todo] = []
    for event in due:
        out += _event_todos(event, mailed.get(event.id, set()), now)
        out += [
            Todo(w.code, _(_SHORT.get(w.code, w.message)), EVENTS_KEY, w.event_id, w.days_left)
            for w in warnings
            if w.event_id == event.id
        ]
    # whole ngettext calls, so the catalogue holds each pair as one plural entry
    if review:
        text = ngettext("{n} reply to review", "{n} replies to review", review)
        out.append(Todo("review", text.format(n=review), INBOX_KEY))
    if bouncing:
        text = ngettext("{n} bouncing address to fix", "{n} bouncing addresses to fix", bouncing)
        out.append(Todo("bounces", text.format(n=bouncing), MEMBERS_KEY))
    if failed:
        text = ngettext("{n} failed send", "{n} failed sends", failed)
        out.append(Todo("failed", text.format(n=failed), INVITATIONS_KEY))
    return out
