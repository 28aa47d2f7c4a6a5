"""Planning the series: dates from the rule, alternating kinds, topic proposals, warnings.

Everything here is pure: records and settings in, plans and warnings out. The
command line and the dashboard decide what to write or show.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from somek_tui.config import SeriesSettings
from somek_tui.i18n import N_, _
from somek_tui.models import Event, EventKind, EventStatus, InvalidInput, Topic, TopicStatus
from somek_tui.services.topics import ranked, topic_limit

# How far ahead a missing speaker, host or contributor is worth a warning.
WARNING_HORIZON = timedelta(weeks=4)

TITLES = {EventKind.TALK: "Expertenvortrag", EventKind.ROUNDTABLE: "Themenabend"}


# --------------------------------------------------------------------------- dates


def parse_start_time(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            _("series.start_time {text!r} is not a time such as 19:00").format(text=text)
        ) from None


def next_dates(
    rule: str,
    *,
    after: datetime,
    count: int,
    start_time: time,
    tz: ZoneInfo,
) -> list[datetime]:
    """The next ``count`` dates of an iCalendar RRULE, on days after ``after``.

    The rule runs in local wall-clock time from ``after``'s day at
    ``start_time``, so ``INTERVAL=2`` keeps the rhythm of the last evening and
    19:00 stays 19:00 across clock changes. A ``DTSTART`` in the rule wins.
    """
    if count < 1:
        return []
    local_after = after.astimezone(tz)
    anchor = datetime.combine(local_after.date(), start_time)
    try:
        recurrence = rrulestr(rule.strip(), dtstart=anchor, ignoretz=True)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            _("series.rrule {rule!r} is not a valid RRULE: {exc}").format(rule=rule, exc=exc)
        ) from None
    # a whole day later: an evening is never planned for the day of the last one
    wanted = (d for d in recurrence if d.date() > local_after.date())
    return [d.replace(tzinfo=tz) for d in islice(wanted, count)]


# --------------------------------------------------------------------------- kinds


def parse_kind_setting(value: str) -> EventKind:
    try:
        return EventKind(value.strip().lower())
    except ValueError:
        raise InvalidInput(
            _("series.first_kind {value!r}: use talk or roundtable").format(value=value)
        ) from None


def other_kind(kind: EventKind) -> EventKind:
    return EventKind.ROUNDTABLE if kind is EventKind.TALK else EventKind.TALK


def alternating_kinds(previous: EventKind | None, first: EventKind, count: int) -> list[EventKind]:
    """Kinds for the next ``count`` evenings, continuing the alternation."""
    kinds: list[EventKind] = []
    kind = first if previous is None else other_kind(previous)
    for _n in range(count):
        kinds.append(kind)
        kind = other_kind(kind)
    return kinds


def last_held_kind(events: Iterable[Event]) -> EventKind | None:
    """The kind of the latest evening that was not cancelled (a cancelled one never happened)."""
    kept = [e for e in events if e.status is not EventStatus.CANCELLED]
    return max(kept, key=lambda e: e.start).kind if kept else None


# --------------------------------------------------------------------------- topics


def proposable_topics(topics: Sequence[Topic], events: Iterable[Event]) -> list[Topic]:
    """Shortlisted topics not yet on any evening, best-voted first."""
    taken = {tid for e in events if e.status is not EventStatus.CANCELLED for tid in e.topic_ids}
    return [
        t
        for t in ranked(list(topics))
        if t.status is TopicStatus.SHORTLISTED and t.event_id is None and t.id not in taken
    ]


def propose_topics(kinds: Sequence[EventKind], candidates: Sequence[Topic]) -> list[list[Topic]]:
    """Share the best topics among the evenings, soonest first.

    Every evening gets one topic before any theme evening gets a second, so a
    short shortlist is not spent on the first theme evening alone.
    """
    proposals: list[list[Topic]] = [[] for _ in kinds]
    pool = list(candidates)
    for limit_round in range(max((topic_limit(k) for k in kinds), default=0)):
        for index, kind in enumerate(kinds):
            if pool and limit_round < topic_limit(kind):
                proposals[index].append(pool.pop(0))
    return proposals


def draft_title(kind: EventKind, topics: Sequence[Topic]) -> str:
    base = TITLES[kind]
    return f"{base}: {', '.join(t.title for t in topics)}" if topics else base


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlannedEvent:
    title: str
    start: datetime
    end: datetime
    kind: EventKind
    topics: tuple[Topic, ...] = ()

    @property
    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]


def plan_series(
    events: Sequence[Event],
    topics: Sequence[Topic],
    series: SeriesSettings,
    *,
    count: int,
    now: datetime,
    tz: ZoneInfo,
) -> list[PlannedEvent]:
    """Draft the next ``count`` evenings after the last one (or after now)."""
    if series.duration_minutes < 1:
        raise InvalidInput(_("series.duration_minutes must be at least 1"))
    # cancelled dates count too: planning must not offer a cancelled date again
    after = max([now, *(e.start for e in events)])
    starts = next_dates(
        series.rrule,
        after=after,
        count=count,
        start_time=parse_start_time(series.start_time),
        tz=tz,
    )
    kinds = alternating_kinds(
        last_held_kind(events), parse_kind_setting(series.first_kind), len(starts)
    )
    proposals = propose_topics(kinds, proposable_topics(topics, events))
    length = timedelta(minutes=series.duration_minutes)
    return [
        PlannedEvent(
            title=draft_title(kind, chosen),
            start=start,
            end=start + length,
            kind=kind,
            topics=tuple(chosen),
        )
        for start, kind, chosen in zip(starts, kinds, proposals, strict=True)
    ]


# --------------------------------------------------------------------------- warnings


@dataclass(frozen=True)
class PlanningWarning:
    event_id: str
    title: str
    start: datetime
    kind: EventKind
    code: str  # no_confirmed_speaker | no_confirmed_host | no_confirmed_contributor
    message: str
    days_left: int

    def to_dict(self) -> dict[str, object]:
        return {
            "event_id": self.event_id,
            "title": self.title,
            "start": self.start.isoformat(),
            "kind": self.kind.value,
            "code": self.code,
            "message": self.message,
            "days_left": self.days_left,
        }


@dataclass(frozen=True)
class _Gap:
    code: str
    message: str


def _gaps(event: Event) -> list[_Gap]:
    gaps: list[_Gap] = []
    if event.kind is EventKind.TALK:
        if not any(s.confirmed for s in event.speakers):
            gaps.append(_Gap("no_confirmed_speaker", N_("expert talk without a confirmed speaker")))
        if event.host is None or not event.host.confirmed:
            gaps.append(_Gap("no_confirmed_host", N_("expert talk without a confirmed host")))
    elif not any(c.confirmed for c in event.contributors):
        gaps.append(
            _Gap(
                "no_confirmed_contributor",
                N_("theme evening without anybody confirmed preparing a contribution"),
            )
        )
    return gaps


def _days_between(now: datetime, start: datetime) -> int:
    # calendar days in the organizer's zone, the way people count "in 3 days"
    return (start.astimezone(now.tzinfo).date() - now.date()).days


def planning_warnings(
    events: Iterable[Event],
    now: datetime,
    *,
    horizon: timedelta = WARNING_HORIZON,
) -> list[PlanningWarning]:
    """What still needs arranging for the evenings starting within ``horizon``, soonest first.

    ``now`` should be in the organizer's timezone: ``days_left`` counts its calendar days.
    """
    out: list[PlanningWarning] = []
    live = (EventStatus.DRAFT, EventStatus.ANNOUNCED)
    due = [e for e in events if e.status in live and now <= e.start <= now + horizon]
    for event in sorted(due, key=lambda e: (e.start, e.id)):
        for gap in _gaps(event):
            out.append(
                PlanningWarning(
                    event_id=event.id,
                    title=event.title,
                    start=event.start,
                    kind=event.kind,
                    code=gap.code,
                    message=gap.message,
                    days_left=_days_between(now, event.start),
                )
            )
    return out
