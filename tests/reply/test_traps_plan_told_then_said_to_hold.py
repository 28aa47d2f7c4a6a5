"""A plan told, then said right after to hold: "I was going to say yes – and I still do",
"Ich hatte fest vor zu kommen und daran hat sich nichts geändert", "I'd planned to come
and I still plan to". A plan told alone is a wish that was, so these clear yeses went to
a person ("reads like a wish", "no answer found"). Said to hold, the member comes. A
plan turned ("…, but plans changed") or a hold that runs on ("and I will let you know")
is no such yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PLAN_HOLDS = [
    pytest.param("I was going to say yes – and I still do.", id="en-still-do"),
    pytest.param("I'd planned to come and I still plan to.", id="en-still-plan"),
    pytest.param("I had planned to be there, and I still am.", id="en-still-am"),
    pytest.param("I was planning to come anyway, and nothing's changed.", id="en-nothing-changed"),
    pytest.param("I always meant to come, and I will.", id="en-and-i-will"),
    pytest.param(
        "Ich hatte fest vor zu kommen und daran hat sich nichts geändert.", id="de-nichts-geaendert"
    ),
    pytest.param("Ich wollte eh kommen, und dabei bleibt's.", id="de-dabei-bleibts"),
]


@pytest.mark.parametrize("text", PLAN_HOLDS)
def test_a_plan_said_to_hold_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I was going to say yes – but now I can't.", id="en-but-cant"),
        pytest.param("I'd planned to come, but plans changed.", id="en-plans-changed"),
        pytest.param(
            "I was going to come, and I will let you know tomorrow.", id="en-let-you-know"
        ),
        pytest.param(
            "Ich hatte vor zu kommen, daran hat sich leider was geändert.", id="de-was-geaendert"
        ),
    ],
)
def test_a_plan_turned_or_left_open_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
