"""Not deciding read as a refusal: "Die Themen klingen alle gut, ich kann mich nicht
entscheiden", "The topics all sound great, I can't decide." The "kann … nicht", "can't"
was taken for a no to the evening although nothing is declined. Not deciding between
topics, or at all, now answers nothing: a person sees what is undecided."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

UNDECIDED = [
    pytest.param("Die Themen klingen alle gut, ich kann mich nicht entscheiden.", id="de-themen"),
    pytest.param("Puh, ich kann mich zwischen den Themen nicht entscheiden.", id="de-zwischen"),
    pytest.param("The topics all sound great, I can't decide.", id="en-cant-decide"),
    pytest.param("Can't choose between the topics, they're all good!", id="en-cant-choose"),
    pytest.param("I honestly can't pick one, all three sound interesting.", id="en-cant-pick"),
    pytest.param("Ich kann mich nicht entscheiden.", id="de-bare"),
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_not_deciding_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Die Themen klingen alle gut, ich kann mich nicht entscheiden. Ich komme aber!",
            Answer.YES,
            id="de-komme-aber",
        ),
        pytest.param(
            "I can't decide between the topics, but I can't come anyway.", Answer.NO, id="en-no"
        ),
    ],
)
def test_an_answer_beside_not_deciding_is_read(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
