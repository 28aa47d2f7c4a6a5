"""People named by their names before the member's short clause: "Thomas kommt, ich
nicht", "Klaus und Petra kommen, ich nicht", "Die anderen aus dem Büro kommen nicht,
aber ich schon". The short clause takes its verb from theirs and says the opposite
(or the same, with "auch", "too"): their answer is never the member's."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SET_AGAINST = [
    pytest.param("Thomas kommt, ich nicht.", Answer.NO, id="de-name-comes-not-me"),
    pytest.param("Klaus und Petra kommen, ich nicht.", Answer.NO, id="de-two-names-not-me"),
    pytest.param("Thomas kommt gern, ich aber nicht.", Answer.NO, id="de-gern-ich-aber-nicht"),
    pytest.param(
        "Die anderen aus dem Büro kommen nicht, aber ich schon.",
        Answer.YES,
        id="de-others-from-the-office",
    ),
    pytest.param("Anna und Ben kommen nicht, ich aber schon.", Answer.YES, id="de-names-not"),
    pytest.param("The others are coming, I am not.", Answer.NO, id="en-others-not-me"),
    pytest.param("Paul is in, I am not.", Answer.NO, id="en-name-in-not-me"),
]


@pytest.mark.parametrize(("text", "answer"), SET_AGAINST)
def test_the_members_short_clause_answers_against_the_named_people(
    text: str, answer: Answer
) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(("text", "answer"), SET_AGAINST)
def test_the_named_peoples_answer_is_never_recorded_for_the_member(
    text: str, answer: Answer
) -> None:
    opposite = Answer.NO if answer is Answer.YES else Answer.YES
    assert analyse(_mail(text)).answer is not opposite


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Lisa kommt, ich auch.", Answer.YES, id="de-auch"),
        pytest.param("Jens kommt nicht, ich auch nicht.", Answer.NO, id="de-auch-nicht"),
    ],
)
def test_a_short_clause_with_also_says_the_same(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
