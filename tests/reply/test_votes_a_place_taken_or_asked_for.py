"""A place in the shown list, taken or asked for, is a vote for it.

"Von den Themen würde ich das dritte nehmen", "Das zweite bitte.", "I'd take the
second", "I'd pick the first please": the verb that takes the place, or a plain "bitte"
ending the clause, chooses it as a rating does. "Den ersten bitte ich um Geduld", "das
erste Mal", "the first train" or a place turned down choose nothing.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Von den Themen würde ich das dritte nehmen.", [3]),
        ("Ich würde das zweite wählen.", [2]),
        ("Ich nehm das erste.", [1]),
        ("Das dritte bitte.", [3]),
        ("Ja, komme. Das zweite bitte!", [2]),
        ("I would take the second.", [2]),
        ("Of the topics I'd choose the third.", [3]),
        ("The third please!", [3]),
    ],
)
def test_a_place_taken_or_asked_for_is_a_vote(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        "Den ersten bitte ich um Geduld.",
        "Ich würde das erste Mal nehmen.",
        "Ich nehme den ersten Zug.",
        "I will take the first bus.",
        "Das zweite Bier bitte.",
        "Das erste bitte nicht.",
        "Das dritte nehme ich nicht.",
    ],
)
def test_a_place_of_something_else_or_turned_down_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
