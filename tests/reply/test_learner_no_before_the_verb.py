"""A learner of English who puts "no" before the verb says no: "I no can come", "Me no can
make it", "We no coming this time", "I no will be there". Before, the stray "no" lost to
the "can come" beside it and the reply read as a yes, the opposite answer. "No problem"
beside a yes stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("I no can come.", id="i-no-can-come"),
    pytest.param("I no can come, sorry, I have work.", id="i-no-can-come-work"),
    pytest.param("Me no can make it.", id="me-no-can-make-it"),
    pytest.param("We no coming this time.", id="we-no-coming"),
    pytest.param("I no will be there, my daughter is sick.", id="i-no-will-be-there"),
]

YESES = [
    pytest.param("I can come, no problem.", id="can-come-no-problem"),
    pytest.param("No problem, I come!", id="no-problem-i-come"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_no_before_the_verb_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_no_before_the_verb_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_no_problem_beside_a_yes_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
