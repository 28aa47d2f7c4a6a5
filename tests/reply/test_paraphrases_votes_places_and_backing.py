"""Votes by a place in the list, by a list of numbers with articles, by backing a topic.

"ich gebe meine Stimme dem zweiten Vorschlag" (the place in the dative),
"Zweiter Punkt auf eurer Liste, bitte" (where the list is said too), "hätte
ich gern die 2 und die 3" (each number with its article), "accessibility gets
mine", "I'll back the fediverse topic": the same choices as "Nr. 2" and
"+1 für Mastodon", in other words.
"""

from __future__ import annotations

import pytest

from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

SHOWN = [
    Topic(id="t1", title="Mastodon für Vereine"),
    Topic(id="t2", title="Barrierefreie Posts"),
    Topic(id="t3", title="KI-Bilder kennzeichnen"),
]

BY_NUMBER = [
    ("Ich gebe meine Stimme dem zweiten Vorschlag.", [2]),
    ("Meine Stimme geht an den dritten Vorschlag", [3]),
    ("Zweiter Punkt auf eurer Liste, bitte.", [2]),
    ("Das erste Thema auf deiner Liste bitte", [1]),
    ("Das erste klingt am besten", [1]),
    ("the second one sounds best", [2]),
    ("Von den Vorschlägen hätte ich gern die 2 und die 3.", [2, 3]),
    ("Ich nehme die 1 und die 3", [1, 3]),
    ("Gern Thema 3, kann aber leider nicht kommen", [3]),
    ("Topic 2 please, sadly I can't make it", [2]),
]


@pytest.mark.parametrize(("text", "votes"), BY_NUMBER)
def test_a_place_or_numbers_said_in_other_words_vote(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles, found.named, found.mentioned, SHOWN, shown=SHOWN,
        clauses=choosing_clauses(text),
    )  # fmt: skip
    return named.votes


BY_NAME = [
    ("I'll be there. If we're voting, accessibility gets mine.", ["t2"]),
    ("Mastodon gets mine", ["t1"]),
    ("I'll back the fediverse topic.", ["t1"]),
    ("I'm backing the AI images one", ["t3"]),
    ("I'd support Mastodon for clubs", ["t1"]),
]


@pytest.mark.parametrize(("text", "voted"), BY_NAME)
def test_backing_a_topic_or_giving_it_mine_is_a_vote(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


HOW_MANY_THEN_WHICH = [
    ("Von euren drei Vorschlägen nehme ich den letzten.", [0]),
    ("Von den drei Vorschlägen finde ich 2 am besten", [2]),
    ("Of the three topics, I pick 2", [2]),
    ("Aus den 3 Themen wähle ich die 1", [1]),
    ("Von den drei Ideen gefällt mir die zweite am besten", [2]),
]


@pytest.mark.parametrize(("text", "votes"), HOW_MANY_THEN_WHICH)
def test_how_many_topics_there_are_leaves_the_choice_among_them(
    text: str, votes: list[int]
) -> None:
    # 0 is the list's last place, whatever its length
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe 3 Themen gesehen",
        "Von den 3 Vorschlägen gefällt mir keiner",
        "Alle drei Themen sind gut",
    ],
)
def test_how_many_topics_there_are_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
