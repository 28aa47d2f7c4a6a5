"""A word every topic of the club may hold names none of them.

"Posts, bitte!", "Content wäre spannend", "Vereine!" and "das mit den
Bildern" say what social-media work is made of, not which listed topic the
member wants: "Barrierefreie Posts" only happens to be the one topic on
today's list holding "Posts". Such a clause is no vote (a person reads the
mail); a word that only this topic holds ("barrierefrei", "Mastodon", "KI")
still chooses it, with or without the generic word beside it.
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


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        SHOWN,
        shown=SHOWN,
        clauses=choosing_clauses(text),
    )
    return named.votes


GENERIC = [
    "Posts, bitte!",
    "Die Posts bitte",
    "Posts wäre super",
    "Content wäre spannend",
    "Vereine!",
    "Bilder bitte",
    "das mit den Bildern 👍",
    "Beiträge, ganz klar",
    "the posts one pls",
    "pictures please",
    "Clubs, definitely",
    "POSTS!!",
    "Was mit Fotos wäre toll",
]


@pytest.mark.parametrize("text", GENERIC)
def test_a_word_every_topic_may_hold_votes_for_none(text: str) -> None:
    assert _voted(text) == []


OWN_WORDS = [
    ("Mastodon, ganz klar", ["t1"]),
    ("Barrierefreiheit bitte", ["t2"]),
    ("barrierefreie Posts 👍", ["t2"]),
    ("KI-Bilder, auf jeden Fall", ["t3"]),
    ("das mit der KI", ["t3"]),
    ("the accessibility one pls", ["t2"]),
    ("Mastodon for clubs, definitely", ["t1"]),
    ("Kennzeichnung, bitte", ["t3"]),
]


@pytest.mark.parametrize(("text", "voted"), OWN_WORDS)
def test_a_word_only_one_topic_holds_still_chooses_it(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted
