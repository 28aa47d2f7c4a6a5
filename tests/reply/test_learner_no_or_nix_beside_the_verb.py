"""A learner who puts "no" or "nix" beside the verb says no: "I no can come", "Me no can
make it", "We no coming this time", "I have no time for come", "Ich nix kommen", "Ich bin
nix da", "Ich kommen nix". Before, the stray word lost to the "can come" or "da" beside
it and the reply read as a yes, the opposite answer, or went to review. "No problem" and
"nix Problem" beside a yes stay a yes."""

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
    pytest.param("I have no time for come.", id="no-time-for-come"),
    pytest.param("Ich nix kommen, sorry.", id="ich-nix-kommen"),
    pytest.param("Ich bin nix da, Arbeit.", id="bin-nix-da"),
    pytest.param("Ich kommen nix.", id="kommen-nix"),
    pytest.param("Nix kommen, Arbeit.", id="nix-kommen"),
]

YESES = [
    pytest.param("I can come, no problem.", id="can-come-no-problem"),
    pytest.param("No problem, I come!", id="no-problem-i-come"),
    pytest.param("Ich komme, nix Problem.", id="nix-problem"),
    pytest.param("Nix für ungut, ich komme.", id="nix-fuer-ungut"),
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


LEARNER_YESES = [
    pytest.param("It's possible for me to come.", id="possible-for-me"),
    pytest.param("For me is ok.", id="for-me-is-ok"),
    pytest.param("Für mich geht.", id="fuer-mich-geht"),
    pytest.param("Bei mir geht.", id="bei-mir-geht"),
    pytest.param("Geht für mich klar.", id="geht-fuer-mich-klar"),
    pytest.param("Ich werde sein dort.", id="werde-sein-dort"),
]

LEARNER_REFUSALS = [
    pytest.param("For me is not ok.", id="for-me-not-ok"),
    pytest.param("For me it is not possible.", id="for-me-not-possible"),
    pytest.param("It's not possible for me to come.", id="not-possible-for-me"),
    pytest.param("Für mich geht nicht.", id="fuer-mich-geht-nicht"),
    pytest.param("For me is ok if we start later, but I can't come.", id="ok-but-cant"),
]


@pytest.mark.parametrize("text", LEARNER_YESES)
def test_a_learners_for_me_yes_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", LEARNER_REFUSALS)
def test_a_learners_for_me_refusal_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
