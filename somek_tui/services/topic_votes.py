"""Votes by number: "+1 für Thema 2" counts for the list the member was shown."""

from __future__ import annotations

from mail.analysis import Analysis
from somek_tui.models import OutboxState
from somek_tui.services.matching import Match
from somek_tui.store import Reader


def _list_shown(match: Match, view: Reader) -> list[str]:
    """The numbered topics the member was shown: in the mail answered, else in the
    newest invitation that evening's mails followed (a reply to its reminder)."""
    if match.outgoing is not None and match.outgoing.topic_numbers:
        return list(match.outgoing.topic_numbers)
    if match.member is None or match.outgoing is None or match.outgoing.event_id is None:
        return []
    shown = [
        r
        for r in view.outbox(event_id=match.outgoing.event_id, member_id=match.member.id)
        if r.topic_numbers and r.state is OutboxState.SENT
    ]
    newest = max(shown, key=lambda r: r.created, default=None)
    return list(newest.topic_numbers) if newest is not None else []


def votes_by_number(analysis: Analysis, match: Match, view: Reader) -> tuple[list[str], str]:
    """Topic ids for "+1 für Thema N", numbered as in the mail the member answered."""
    if not analysis.topic_votes:
        return [], ""
    numbered = _list_shown(match, view)
    if not numbered:
        # a number means a place in a list the member saw; today's list may differ
        return [], "a vote by number, but the mail answered showed no numbered topic list"
    ids: list[str] = []
    for number in analysis.topic_votes:
        if not 1 <= number <= len(numbered):
            return [], f"a vote for topic {number}, but the list had {len(numbered)} topics"
        topic = view.topic(numbered[number - 1])
        if topic is None or not topic.is_open:
            return [], f"a vote for topic {number}, which is no longer open"
        if topic.id not in ids:
            ids.append(topic.id)
    return ids, ""
