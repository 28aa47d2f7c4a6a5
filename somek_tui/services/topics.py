"""Topic suggestions: adding, voting, merging, scheduling."""

from __future__ import annotations

from datetime import datetime

from somek_tui.models import InvalidInput, Topic, TopicStatus
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
        raise InvalidInput("a topic needs a title")
    if len(title) > 200:
        raise InvalidInput("a topic title is at most 200 characters")
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
    keep = find_topic(tx, keep_id)
    for other_id in other_ids:
        other = find_topic(tx, other_id)
        if other.id == keep.id:
            raise InvalidInput("cannot merge a topic into itself")
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
