"""A topic wished for in the past is a regret, not a suggestion.

"Mal was zu Datenschutz wäre toll gewesen" in a mail that leaves the list asks
for nothing; the same words without "gewesen" still suggest the topic."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mal was zu Datenschutz wäre toll gewesen, aber egal.", id="mal-was-zu"),
        pytest.param("Ein Abend zu Reels wäre super gewesen.", id="ein-abend-zu"),
        pytest.param("Etwas über Podcasts fände ich spannend gewesen.", id="etwas-ueber"),
    ],
)
def test_a_topic_wished_for_in_the_past_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Mal was zu Datenschutz wäre toll.", "Datenschutz", id="mal-was-zu"),
        pytest.param("Ein Abend zu Reels wäre super.", "Reels", id="ein-abend-zu"),
    ],
)
def test_the_same_wish_said_now_suggests_the_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
