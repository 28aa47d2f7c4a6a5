"""The invitation passed on to someone, and their possible coming after it: "Weitergeleitet
an Svenja, vielleicht hat sie Zeit", "Forwarded this to Priya – she might come". The doubt
or yes is the other one's; it is no answer of the member's, so a person reads it. The
member's own answer beside a passing-on still counts."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

THEIRS = [
    pytest.param("Weitergeleitet an Svenja, vielleicht hat sie Zeit.", id="de-weitergeleitet-an"),
    pytest.param(
        "Hab das an Svenja weitergeleitet, vielleicht hat sie Lust.", id="de-hab-weitergeleitet"
    ),
    pytest.param("Ich leite das mal an Svenja weiter, vielleicht kann sie.", id="de-leite-weiter"),
    pytest.param("Forwarded to Priya – she might come.", id="en-forwarded-she-might"),
    pytest.param(
        "I forwarded this to Priya, she may be interested.", id="en-she-may-be-interested"
    ),
    pytest.param("Passed it on to Tom, he'll probably join.", id="en-passed-on-he-will"),
]


@pytest.mark.parametrize("text", THEIRS)
def test_a_doubt_or_yes_of_the_one_passed_to_is_no_answer_of_the_members(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem.startswith("reads like a note passing")) == (None, True)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Hab es an meinen Mann weitergeleitet, ich komme jedenfalls.",
            Answer.YES,
            id="de-member-comes",
        ),
        pytest.param(
            "Tom hat mir die Einladung weitergeleitet – ich komme gern!",
            Answer.YES,
            id="de-forwarded-to-the-member",
        ),
        pytest.param(
            "Priya forwarded me your invite – count me in!", Answer.YES, id="en-forwarded-to-me"
        ),
    ],
)
def test_the_members_own_answer_beside_a_passing_on_counts(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
