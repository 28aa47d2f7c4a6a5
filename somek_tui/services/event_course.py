"""An evening's course: confirmed from a draft, then done, with its topics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.i18n import _, ngettext
from somek_tui.models import Event, EventStatus, InvalidInput, Topic, TopicStatus
from somek_tui.services.events import changeable, edit_event, find_event
from somek_tui.services.topics import KIND_NAMES, topic_limit
from somek_tui.store import Transaction


@dataclass
class ConfirmOutcome:
    event: Event
    announced: bool
    scheduled: list[Topic] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # proposals no longer open


def confirm_event(tx: Transaction, event_id: str) -> ConfirmOutcome:
    """Announce a draft and book its proposed topics onto it.

    A proposal that was merged, finished or booked elsewhere since the plan is
    dropped from the evening rather than booked twice.
    """
    event = changeable(find_event(tx, event_id))
    kept: list[str] = []
    scheduled: list[Topic] = []
    dropped: list[str] = []
    topics: list[Topic] = []
    for topic_id in event.topic_ids:
        topic = tx.topic(topic_id)
        if _bookable(topic, event) and topic is not None:
            kept.append(topic_id)
            topics.append(topic)
        else:
            dropped.append(topic_id)
    limit = topic_limit(event.kind)
    if len(kept) > limit:
        raise InvalidInput(
            _(
                "{id} is {value} with {n_kept} topics but takes {value2}: put the others back "
                "with somek topic shortlist ID"
            ).format(
                id=event.id,
                value=_(KIND_NAMES[event.kind]),
                n_kept=len(kept),
                value2=ngettext("one", "at most {n}", limit).format(n=limit),
            )
        )
    for topic in topics:
        if topic.status is not TopicStatus.SCHEDULED:
            topic.status = TopicStatus.SCHEDULED
            topic.event_id = event.id
            tx.put(topic)
            scheduled.append(topic)
    announced = event.status is EventStatus.DRAFT
    if kept != event.topic_ids:
        event.topic_ids = kept
        tx.put(event)
    if announced:
        event = edit_event(tx, event.id, status=EventStatus.ANNOUNCED.value).event
    return ConfirmOutcome(event, announced, scheduled, dropped)


def _bookable(topic: Topic | None, event: Event) -> bool:
    return (
        topic is not None
        and topic.status not in (TopicStatus.MERGED, TopicStatus.DONE)
        and topic.event_id in (None, event.id)
    )


@dataclass
class DoneOutcome:
    event: Event
    done_topics: list[Topic] = field(default_factory=list)
    released: list[str] = field(default_factory=list)  # proposals back on the shortlist


def mark_event_done(tx: Transaction, event_id: str, *, now: datetime) -> DoneOutcome:
    """The evening took place: its scheduled topics are done, linked to it."""
    event = find_event(tx, event_id)
    if event.status is EventStatus.DONE:
        raise InvalidInput(_("event {id} is already done").format(id=event.id))
    if event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} was cancelled").format(id=event.id))
    if event.status is EventStatus.DRAFT:
        raise InvalidInput(
            _("event {id} is a draft: confirm it first (somek event confirm)").format(id=event.id)
        )
    if event.start > now:
        raise InvalidInput(_("event {id} has not started yet").format(id=event.id))
    done: list[Topic] = []
    released: list[str] = []
    for topic_id in event.topic_ids:
        topic = tx.topic(topic_id)
        if topic is None:
            continue
        if topic.status is TopicStatus.SCHEDULED and topic.event_id == event.id:
            topic.status = TopicStatus.DONE
            tx.put(topic)
            done.append(topic)
        elif topic.is_open:
            released.append(topic.id)
    # an unconfirmed proposal was not talked about: it stays a candidate
    event.topic_ids = [t for t in event.topic_ids if t not in released]
    event.status = EventStatus.DONE
    tx.put(event)
    return DoneOutcome(event, done, released)
