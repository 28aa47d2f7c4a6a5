"""Words after a vote that only back it up belong to the vote.

"Third one, definitely, not the second" votes for the third topic; the stress
("definitely", "ganz klar") and the place turned down ("not the second") are
no answer to the evening: neither a yes nor a no, and nothing sent to review.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Third one, definitely, not the second.", [3]),
        ("Third one, definitely.", [3]),
        ("The second, for sure!", [2]),
        ("First one, absolutely, not the third one.", [1]),
        ("Die dritte, ganz klar, nicht die erste.", [3]),
        ("Das zweite Thema, auf jeden Fall.", [2]),
        ("Die erste, eindeutig.", [1]),
    ],
)
def test_the_backing_words_leave_no_answer(text: str, votes: list[int]) -> None:
    read = extract_topics(text)
    assert read.votes == votes
    assert read_intent(read.rest).answer is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Third one, definitely. I'll be there!", "yes"),
        ("The first one, definitely, but I can't come this time.", "no"),
        ("Die zweite, ganz klar. Ich komme leider nicht.", "no"),
    ],
)
def test_an_answer_of_its_own_after_the_vote_stays(text: str, answer: str) -> None:
    read = extract_topics(text)
    intent = read_intent(read.rest)
    assert intent.answer is not None and intent.answer.value == answer
