"""The member set apart from a "wir" or from everyone else: "Wir können leider nicht,
ich aber schon", "We're all coming except me", "Bis auf mich kommen alle". The others'
answer is never recorded as the member's."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

WE_NOT_BUT_ME = [
    pytest.param("Wir sind leider nicht dabei, ich aber schon.", id="de-nicht-dabei-ich-schon"),
    pytest.param("Wir können leider nicht, ich aber schon.", id="de-koennen-nicht-ich-schon"),
    pytest.param(
        "Wir schaffen es diesmal nicht, ich dagegen schon.", id="de-schaffen-nicht-ich-dagegen"
    ),
    pytest.param("We can't make it, but I can.", id="en-we-cant-i-can"),
    pytest.param("We won't be there, I will though.", id="en-we-wont-i-will"),
]


@pytest.mark.parametrize("text", WE_NOT_BUT_ME)
def test_a_we_that_cannot_beside_the_members_own_yes_is_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


ALL_BUT_ME = [
    pytest.param("We're coming, except me.", id="en-coming-except-me"),
    pytest.param("Everyone from my team is coming except me.", id="en-everyone-except-me"),
    pytest.param("Bis auf mich kommen alle.", id="de-bis-auf-mich"),
    pytest.param("Das ganze Team kommt – außer mir, leider.", id="de-team-ausser-mir"),
    pytest.param("Wir kommen alle außer mir.", id="de-alle-ausser-mir"),
]


@pytest.mark.parametrize("text", ALL_BUT_ME)
def test_everyone_but_the_member_coming_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bis auf mich kommen alle.", id="de-bis-auf-mich"),
        pytest.param("Except me, they are all coming.", id="en-except-me-they"),
    ],
)
def test_all_but_the_member_said_first_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


SAME_AS_WE = [
    pytest.param("Wir kommen alle, ich auch.", Answer.YES, id="de-wir-ich-auch"),
    pytest.param("Wir kommen, ich aber nicht.", Answer.NO, id="de-wir-ich-nicht"),
    pytest.param("Außer mir kommen noch zwei Kollegen mit.", Answer.YES, id="de-ausser-mir-noch"),
]


@pytest.mark.parametrize(("text", "answer"), SAME_AS_WE)
def test_the_member_beside_a_we_keeps_their_own_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
