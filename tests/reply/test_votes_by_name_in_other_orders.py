"""A listed topic named as one's vote in other orders and dialects may be a vote.

"Aber Mastodon kriegt meine Stimme", "Ick bin für det mit Mastodon", "Ich bin für das mit
den KI-Bildern", "+1 Mastodon": the phrase is kept as a mention, which counts only where
it fits an open topic. A person brought along ("+1 Kollegin") or oneself is never one.
("Plus one für Mastodon" is a vote by name: see test_votes_plus_one_spelled_out.py.)
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ob ich komme, weiß ich noch nicht. Aber Mastodon kriegt meine Stimme.", "Mastodon"),
        ("Barrierefreie Posts bekommen meine Stimme.", "Barrierefreie Posts"),
        ("Ick bin für det mit Mastodon.", "Mastodon"),
        ("Ick bin für dit mit den KI-Bildern.", "KI-Bildern"),
        ("Ich wär eher für das mit den barrierefreien Posts.", "barrierefreien Posts"),
        ("+1 Mastodon", "Mastodon"),
    ],
)
def test_a_topic_named_as_the_vote_is_kept_as_a_mention(text: str, name: str) -> None:
    assert name in extract_topics(text).mentioned


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Ja +1 Kollegin", "Kollegin"),
        ("+1 für mich", "mich"),
        ("Plus one: my partner", "My partner"),
    ],
)
def test_a_person_after_the_plus_one_is_no_mention(text: str, not_named: str) -> None:
    assert not_named not in extract_topics(text).mentioned
