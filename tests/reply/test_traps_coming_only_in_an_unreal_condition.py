"""Coming said only under an unreal condition whose obstacle is real ("Gern dabei, wenn
ich nicht Nachtdienst hätte", "If only I weren't on call") is no yes: the obstacle
stands. Sadness "wenn ich nicht dabei wäre" wishes the coming and refuses nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OBSTACLE_REAL = [
    pytest.param("Gern dabei, wenn ich nicht Nachtdienst hätte.", id="de-nachtdienst-haette"),
    pytest.param("Klar, wenn ich nur nicht arbeiten müsste.", id="de-arbeiten-muesste"),
    pytest.param("Super Sache – wenn ich doch bloß keinen Kurs hätte.", id="de-keinen-kurs"),
    pytest.param("Sounds amazing. If only I weren't on call.", id="en-if-only-on-call"),
    pytest.param("Yes please! If only I didn't have choir that night.", id="en-if-only-choir"),
]


@pytest.mark.parametrize("text", OBSTACLE_REAL)
def test_coming_only_in_an_unreal_condition_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer not in (Answer.YES, Answer.MAYBE)
    assert analyse(_mail(text)).answer is not Answer.YES


def test_if_only_said_of_an_obstacle_is_read_as_no() -> None:
    assert read_intent("Sounds amazing. If only I weren't on call.").answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich wäre traurig, wenn ich nicht dabei wäre. Also komme ich.", id="de-traurig"
        ),
        pytest.param("Ich komme, wenn ich nicht arbeiten muss.", id="de-real-condition"),
    ],
)
def test_a_wish_to_be_there_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
