"""Topic suggestions: adding, voting, merging, scheduling."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Event, EventKind, EventStatus, InvalidInput, Topic, TopicStatus
from somek_tui.services.members import UnknownRecord, clean_name
from somek_tui.store import Reader, Transaction


def add_topic(
    tx: Transaction,
    title: str,
    *,
    by_member: str | None = None,
    message_id: str | None = None,
    description: str = "",
    now: datetime,
) -> tuple[Topic, bool]:
    """Add a suggestion, or count it as a vote when the same topic exists.

    Returns the topic and whether it is new.
    """
    title = clean_name(title).strip(" .:;-")
    if not title:
        raise InvalidInput(_("a topic needs a title"))
    if len(title) > 200:
        raise InvalidInput(_("a topic title is at most 200 characters"))
    existing = tx.topic_by_title(title)
    if existing is not None:
        if by_member and by_member not in existing.votes:
            existing.votes.append(by_member)
        if by_member and by_member != existing.suggested_by and by_member not in existing.credits:
            existing.credits.append(by_member)
        tx.put(existing)
        return existing, False
    topic = Topic(
        id=tx.next_id("topics"),
        title=title,
        description=description.strip(),
        suggested_by=by_member,
        message_id=message_id,
        votes=[by_member] if by_member else [],
        created=now,
    )
    tx.put(topic)
    return topic, True


def find_topic(view: Reader, topic_id: str) -> Topic:
    topic = view.topic(topic_id.strip())
    if topic is None:
        raise UnknownRecord(f"no topic {topic_id!r}")
    return topic


def vote(tx: Transaction, topic: Topic, member_id: str) -> bool:
    """One vote per member and topic; False when already counted."""
    if member_id in topic.votes:
        return False
    topic.votes.append(member_id)
    tx.put(topic)
    return True


def ranked(topics: list[Topic]) -> list[Topic]:
    """Open topics, most votes first, older first among equals."""
    return sorted((t for t in topics if t.is_open), key=lambda t: (-t.vote_count, t.created, t.id))


def merge_topics(tx: Transaction, keep_id: str, other_ids: list[str]) -> Topic:
    """Fold duplicates into one topic: votes and credits combined, nobody counted twice."""
    keep = find_topic(tx, keep_id)
    if keep.status is TopicStatus.MERGED:
        raise InvalidInput(
            _("{id} was merged into {merged_into}: keep that one").format(
                id=keep.id, merged_into=keep.merged_into
            )
        )
    for other_id in other_ids:
        other = find_topic(tx, other_id)
        if other.id == keep.id:
            raise InvalidInput(_("cannot merge a topic into itself"))
        if other.status is TopicStatus.MERGED:
            raise InvalidInput(
                _("{id} is already merged into {merged_into}").format(
                    id=other.id, merged_into=other.merged_into
                )
            )
        if other.status in (TopicStatus.SCHEDULED, TopicStatus.DONE):
            raise InvalidInput(
                _("{id} is {value} on {event_id}: only open topics can be merged away").format(
                    id=other.id, value=other.status.value, event_id=other.event_id
                )
            )
        _unlink_from_events(tx, other)
        for voter in other.votes:
            if voter not in keep.votes:
                keep.votes.append(voter)
        for person in [other.suggested_by, *other.credits]:
            if person and person != keep.suggested_by and person not in keep.credits:
                keep.credits.append(person)
        other.status = TopicStatus.MERGED
        other.merged_into = keep.id
        tx.put(other)
    tx.put(keep)
    return keep


def set_topic_status(tx: Transaction, topic_id: str, status: TopicStatus) -> Topic:
    topic = find_topic(tx, topic_id)
    topic.status = status
    tx.put(topic)
    return topic


# --------------------------------------------------------------------------- the pipeline

# How many topics an evening takes: an expert talk has one subject, a theme
# evening one to three.
TOPIC_LIMITS = {EventKind.TALK: 1, EventKind.ROUNDTABLE: 3}
KIND_NAMES = {EventKind.TALK: N_("an expert talk"), EventKind.ROUNDTABLE: N_("a theme evening")}


def topic_limit(kind: EventKind) -> int:
    return TOPIC_LIMITS[kind]


def _open_topic(topic: Topic) -> Topic:
    if topic.status is TopicStatus.MERGED:
        raise InvalidInput(
            _("{id} was merged into {merged_into}: use that one").format(
                id=topic.id, merged_into=topic.merged_into
            )
        )
    if topic.status is TopicStatus.DONE:
        raise InvalidInput(_("{id} is already done").format(id=topic.id))
    return topic


def _unlink_from_events(tx: Transaction, topic: Topic, *, keep: str | None = None) -> list[str]:
    """Take a topic off every evening's list (scheduled or proposed) but ``keep``'s."""
    left: list[str] = []
    for event in tx.events():
        if event.id != keep and topic.id in event.topic_ids:
            event.topic_ids = [t for t in event.topic_ids if t != topic.id]
            tx.put(event)
            left.append(event.id)
    topic.event_id = None
    return left


def vote_for(tx: Transaction, topic_id: str, member_id: str) -> tuple[Topic, bool]:
    """A member's vote; False when it was already counted (one per member and topic)."""
    topic = find_topic(tx, topic_id)
    if topic.status is TopicStatus.MERGED:
        raise InvalidInput(
            _("{id} was merged into {merged_into}: vote for that one").format(
                id=topic.id, merged_into=topic.merged_into
            )
        )
    if topic.status is TopicStatus.DONE:
        raise InvalidInput(
            _("{id} is done: votes are for topics still to come").format(id=topic.id)
        )
    return topic, vote(tx, topic, member_id)


@dataclass
class ShortlistOutcome:
    topic: Topic
    changed: bool
    left_events: list[str] = field(default_factory=list)  # evenings it was taken off


def shortlist_topics(tx: Transaction, topic_ids: list[str]) -> list[ShortlistOutcome]:
    """Put topics on the shortlist the planner proposes from.

    A scheduled topic comes back to the shortlist and leaves its evening: the
    way to take a topic off an evening that has not happened yet.
    """
    out: list[ShortlistOutcome] = []
    for topic_id in topic_ids:
        topic = _open_topic(find_topic(tx, topic_id))
        if topic.status is TopicStatus.SHORTLISTED and topic.event_id is None:
            out.append(ShortlistOutcome(topic, changed=False))
            continue
        left = _unlink_from_events(tx, topic) if topic.status is TopicStatus.SCHEDULED else []
        topic.status = TopicStatus.SHORTLISTED
        tx.put(topic)
        out.append(ShortlistOutcome(topic, changed=True, left_events=left))
    return out


@dataclass
class ScheduleOutcome:
    topic: Topic
    event: Event
    dropped: list[str] = field(default_factory=list)  # proposals that made room


def _find_event(view: Reader, event_id: str) -> Event:
    # the events service builds on this module, so it cannot be imported here
    event = view.event(event_id.strip())
    if event is None:
        raise UnknownRecord(f"no event {event_id!r}")
    return event


def scheduled_on(view: Reader, event: Event) -> list[Topic]:
    """The topics confirmed for an evening, in its order."""
    topics = [view.topic(tid) for tid in event.topic_ids]
    return [
        t
        for t in topics
        if t is not None and t.status is TopicStatus.SCHEDULED and t.event_id == event.id
    ]


def schedule_topic(tx: Transaction, topic_id: str, event_id: str) -> ScheduleOutcome:
    """Confirm a topic for an evening, within what the evening's kind takes.

    Only confirmed topics count against the limit; proposals the planner made
    give way, latest first, when the new topic would not fit beside them.
    """
    event = _find_event(tx, event_id)
    topic = _open_topic(find_topic(tx, topic_id))
    if event.status in (EventStatus.CANCELLED, EventStatus.DONE):
        raise InvalidInput(_("event {id} is {value}").format(id=event.id, value=event.status.value))
    limit = topic_limit(event.kind)
    confirmed = [t for t in scheduled_on(tx, event) if t.id != topic.id]
    if len(confirmed) >= limit:
        raise InvalidInput(
            _("{id} is {value}, which takes {value2}; it already has {value3}").format(
                id=event.id,
                value=_(KIND_NAMES[event.kind]),
                value2=ngettext("one topic", "at most {n} topics", limit).format(n=limit),
                value3=", ".join(t.id for t in confirmed),
            )
        )
    # one evening per topic: a proposal or booking elsewhere goes
    _unlink_from_events(tx, topic, keep=event.id)
    ids = [tid for tid in event.topic_ids if tid != topic.id]
    confirmed_ids = {t.id for t in confirmed}
    dropped: list[str] = []
    while len(ids) + 1 > limit:
        proposal = next(tid for tid in reversed(ids) if tid not in confirmed_ids)
        ids.remove(proposal)
        dropped.append(proposal)
    event.topic_ids = [*ids, topic.id]
    tx.put(event)
    topic.status = TopicStatus.SCHEDULED
    topic.event_id = event.id
    tx.put(topic)
    return ScheduleOutcome(topic, event, dropped)


def mark_topic_done(tx: Transaction, topic_id: str) -> Topic:
    """A topic the round has talked about, linked to that evening."""
    topic = find_topic(tx, topic_id)
    if topic.status is TopicStatus.DONE:
        raise InvalidInput(_("{id} is already done").format(id=topic.id))
    if topic.status is not TopicStatus.SCHEDULED or topic.event_id is None:
        raise InvalidInput(
            _(
                "{id} is not on an evening yet: schedule it first (somek topic schedule {id} EVENT)"
            ).format(id=topic.id)
        )
    topic.status = TopicStatus.DONE
    tx.put(topic)
    return topic
