"""Nigerian Pidgin says no with "no" (or "nor") before the verb and its particles "go",
"fit", "dey": "I no fit come", "I no go fit make am", "e no go work for me". Read as a
stray English "no", the verb of coming beside it said yes: the opposite answer. "No
wahala" ("no problem") and "no vex" ("don't be cross") are no refusal."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PIDGIN_NO = [
    pytest.param("I no fit come", id="no-fit-come"),
    pytest.param("I no go fit make am", id="no-go-fit-make-am"),
    pytest.param("e no go work for me", id="e-no-go-work"),
    pytest.param("Sorry o, I no fit come this Thursday", id="sorry-o-no-fit-come"),
    pytest.param("Abeg no vex, I no go fit attend", id="abeg-no-vex-attend"),
    pytest.param("Thursday no go work for me, I get work", id="thursday-no-go-work"),
    pytest.param("We no fit make am this time, sorry", id="we-no-fit-make-am"),
    pytest.param("I nor fit come o", id="nor-fit-come"),
]


@pytest.mark.parametrize("text", PIDGIN_NO)
def test_pidgin_no_before_the_verb_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", PIDGIN_NO)
def test_pidgin_no_before_the_verb_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I go come, no wahala", id="go-come-no-wahala"),
        pytest.param("I dey come!", id="dey-come"),
    ],
)
def test_pidgin_coming_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No wahala, I go dey there", id="no-wahala-go-dey-there"),
        pytest.param("No wahala o, I go come", id="no-wahala-o-go-come"),
    ],
)
def test_no_wahala_is_no_refusal(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No problem, I'll come.", id="no-problem-come"),
        pytest.param("Yes, I'll come, no worries.", id="no-worries-come"),
    ],
)
def test_an_english_no_before_a_noun_stays_as_it_was(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I no sabi if I go fit come, I go tell you Wednesday.", id="no-sabi-if"),
        pytest.param("We no sabi whether we fit make am.", id="no-sabi-whether"),
    ],
)
def test_not_knowing_whether_in_pidgin_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
