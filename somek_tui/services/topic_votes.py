"""Votes: by number for the list the member was shown ("+1 für Thema 2"), and by name.

A suggestion that names an open topic in other words ("das SEO-Thema",
"barrierefreie Posts") is a vote for it, not a second topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from mail.analysis import Analysis
from mail.cues import cue
from mail.list_places import ALL_BUT, LAST_PLACE, MIDDLE_PLACE
from mail.topic_described import Described, described_choices
from mail.topic_text import and_parts, choosing_clauses
from somek_tui.models import OutboxState, Topic
from somek_tui.services.matching import Match
from somek_tui.services.topic_match import (
    choosing_words,
    chosen_topic,
    containing_topic,
    could_name,
    described_topic,
    distinctive,
    listed_topic,
    matching_topic,
    named_topic,
    names_it,
    overlapping_topic,
    stems,
)
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
    left_out = {ALL_BUT - n for n in analysis.topic_votes if n < MIDDLE_PLACE}
    every = [n for n in range(1, len(numbered) + 1) if n not in left_out] if left_out else []
    for number in [n for n in analysis.topic_votes if n >= MIDDLE_PLACE] + every:
        if number == LAST_PLACE:
            number = len(numbered)  # "das letzte auf der Liste"
        elif number == MIDDLE_PLACE:
            if len(numbered) % 2 == 0:
                return [], f"a vote for the middle topic, but the list had {len(numbered)} topics"
            number = (len(numbered) + 1) // 2  # "das mittlere" of three is the second
        if not 1 <= number <= len(numbered):
            return [], f"a vote for topic {number}, but the list had {len(numbered)} topics"
        topic = view.topic(numbered[number - 1])
        if topic is None or not topic.is_open:
            return [], f"a vote for topic {number}, which is no longer open"
        if topic.id not in ids:
            ids.append(topic.id)
    return ids, ""


@dataclass
class NamedVotes:
    votes: list[str] = field(default_factory=list)  # ids of open topics named
    titles: list[str] = field(default_factory=list)  # suggestions that name no open topic
    problem: str = ""
    # the clauses that chose a topic by its words ("Mastodon for clubs"): no answer words
    choosing: list[str] = field(default_factory=list)


def votes_by_name(analysis: Analysis, match: Match, view: Reader) -> NamedVotes:
    """Suggestions and named votes read against the open topics."""
    named = analysis.topics or analysis.topic_names or analysis.topic_mentions
    if not (named or analysis.text):
        return NamedVotes()
    shown = [t for t in map(view.topic, _list_shown(match, view)) if t is not None]
    # clauses alone choose among the shown topics: all topics are read only when asked for
    asked = named or not any(t.is_open for t in shown)
    open_topics = [t for t in view.topics() if t.is_open] if asked else []
    # most replies share no word with any topic: their clauses are not read one by one
    chooses_from = [t for t in shown if t.is_open] or open_topics
    could = bool(analysis.text) and could_name(analysis.text, chooses_from)
    clauses = choosing_clauses(analysis.text) if could else []
    described = described_choices(analysis.text) if could else []
    if not (named or clauses or described):
        return NamedVotes()
    return resolve_named(
        analysis.topics,
        analysis.topic_names,
        analysis.topic_mentions,
        open_topics,
        shown=shown,
        known={t for t in analysis.topics if view.topic_by_title(t) is not None},
        clauses=clauses,
        described=described,
    )


def _one_of(
    find: Callable[[str, Sequence[Topic]], Topic | None],
    said: str,
    open_topics: Sequence[Topic],
    shown: Sequence[Topic],
) -> Topic | None:
    """The topic ``said`` names among all open ones; where it fits several, among those
    the member was shown ("das KI-Thema" means the one on their list)."""
    return find(said, open_topics) or (find(said, shown) if shown else None)


def resolve_named(
    titles: Sequence[str],
    names: Sequence[str],
    mentions: Sequence[str],
    open_topics: Sequence[Topic],
    *,
    shown: Sequence[Topic] = (),
    known: Collection[str] = (),
    clauses: Sequence[str] = (),
    described: Sequence[Described] = (),
) -> NamedVotes:
    """Which open topics a reply's suggestions, named votes and mentions vote for.

    ``known`` are suggestions whose exact title exists already: they are counted
    by adding them again (a vote, and the suggester credited). ``clauses`` may
    choose a topic the member was shown by its words ("Mastodon, ganz klar"); only
    a shown one, as a topic added since is one they never read.
    """
    found = NamedVotes()
    shown = [t for t in shown if t.is_open]

    def listed(title: str) -> Topic | None:
        # a suggestion of a listed topic in other words is a vote for it, not a second topic:
        # its words less those that only choose fit it, or it holds all of its words
        return (
            _one_of(matching_topic, title, open_topics, shown)
            or listed_topic(title, shown)
            or chosen_topic(title, shown)
            or containing_topic(title, shown)
        )

    for title in titles:
        if not stems(title) - choosing_words():
            continue  # "3 am meisten" (from "mich würde 3 am meisten interessieren") names nothing
        if title in known:
            found.titles.append(title)
            continue
        topic = listed(title)
        # "ich stimme für KI und LinkedIn" names two listed topics, not a new one
        parts = [] if topic else [listed(part) for part in and_parts(title)]
        chosen = [topic] if topic else parts if len(parts) > 1 and None not in parts else []
        if not chosen:
            found.titles.append(title)
        for one in chosen:
            if one is not None and one.id not in found.votes:
                found.votes.append(one.id)
    for name in names:
        # "I vote for the session about tagging AI pics": a description, not a title
        topic = _one_of(named_topic, name, open_topics, shown) or described_topic(
            name, shown or open_topics
        )
        # "ich stimme für KI und LinkedIn" names two topics, each one by itself
        parts = [] if topic else [listed(part) for part in and_parts(name)]
        chosen = [topic] if topic else parts if len(parts) > 1 and None not in parts else []
        if not chosen:
            found.problem = f"a vote for {name!r}, which names no open topic"
            return found
        for one in chosen:
            if one is not None and one.id not in found.votes:
                found.votes.append(one.id)
    for mention in mentions:
        # only a fit counts: "Pizza wäre super" names no topic and votes for nothing; a
        # longer phrase may hold a title only beside "+1 dafür" ("Posts hatten wir schon" not)
        beside_a_vote = bool(cue("topic", "vote_for_it").search(mention))
        if not distinctive(mention):
            continue
        topic = (
            _one_of(matching_topic, mention, open_topics, shown)
            or (_one_of(named_topic, mention, open_topics, shown) if beside_a_vote else None)
            # "Kennzeichnung von KI-generierten Bildern, das wäre gut": most words fit one
            or _one_of(overlapping_topic, mention, open_topics, shown)
        )
        if topic is not None and not beside_a_vote and not names_it(mention, topic):
            continue  # "Posts, bitte!" names what every topic is made of, not this one
        if topic is not None and topic.id not in found.votes:
            found.votes.append(topic.id)
    for clause in clauses:
        # "PS if votes are still open: Mastodon", "Für die Themenwahl: die KI-Bilder"
        lead, colon, said = clause.rpartition(":")
        if not (colon and _ABOUT_THE_VOTE.search(lead) and said.strip()):
            said = _LEAD_IN.sub("", clause)  # "Und bei den Themen hätte ich gern …"
        chosen = _chosen(said, shown or open_topics, whole=clause)
        if chosen:
            found.choosing.append(clause)
        for topic in chosen:
            if topic.id not in found.votes:
                found.votes.append(topic.id)
    for choice in described:
        # "das Thema, bei dem es um Alt-Texte geht": a description points at one shown topic
        topic = described_topic(choice.description, shown or open_topics)
        if topic is None:
            continue
        found.choosing.extend(choice.clauses)
        if topic.id not in found.votes:
            found.votes.append(topic.id)
    return found


# a lead-in about the vote before a colon: what follows it is the choice
_ABOUT_THE_VOTE = re.compile(
    r"\b(?:them\w*|topics?|vot\w*|stimm\w*|abstimm\w*|\w*wahl|wählen|liste|list|vorschl\w*|pick|choice)\b",
    re.IGNORECASE,
)
# "bei den Themen", "von den Vorschlägen", "of the topics": which list, not which topic
_LEAD_IN = re.compile(
    r"^\W*(?:und\s+|and\s+)?(?:bei|von|unter|aus|for|of|among|from)\s+(?:den|die|the)\s+"
    r"(?:\w+\s+)?(?:them\w*|vorschl\w*|topics?|options?|ideen|ideas|suggestions)\b",
    re.IGNORECASE,
)
# "Mastodon und KI-Bilder", "LinkedIn oder TikTok": either named topic is a choice
_PARTS = re.compile(r"\s+(?:und|and|sowie|&|plus|oder|or)\s+|\s*/\s*", re.IGNORECASE)


def _chosen(clause: str, topics: Sequence[Topic], whole: str = "") -> list[Topic]:
    """The topic a clause chooses; or, when each of its parts chooses one ("Mastodon und
    KI-Bilder"), those ("Fotos digitalisieren und posten" chooses none)."""
    topic = chosen_topic(clause, topics, whole=whole)
    if topic is not None:
        return [topic]
    parts = [
        chosen_topic(part, topics, whole=whole or clause) for part in _PARTS.split(clause) if part
    ]
    if len(parts) < 2 or None in parts:
        return []
    return [t for t in parts if t is not None]
