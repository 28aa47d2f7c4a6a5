"""A vote for a topic by name in mixed words: "Vote für Mastodon 🐘".

The name is matched against the open topics later; here only that the
words are read as a vote by name, and a number after them as a number.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "named", "numbers"),
    [
        pytest.param("Vote für Mastodon 🐘", ["Mastodon"], [], id="vote-fuer-name"),
        pytest.param("vote für die KI-Bilder!", ["KI-Bilder"], [], id="lower-case-article"),
        pytest.param("Vote für 2", [], [2], id="vote-fuer-number"),
    ],
)
def test_vote_fuer_names_a_topic_or_a_number(
    text: str, named: list[str], numbers: list[int]
) -> None:
    found = extract_topics(text)
    assert (found.named, found.votes) == (named, numbers)
