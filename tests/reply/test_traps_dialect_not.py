"""Dialect answers, read in their own words. Swabian and Alemannic "it" is "nicht" ("I komm
it", "Bin it dabei"): read as the English "it", the verb beside it said yes. Kölsch,
Platt, Berlin and Bavarian forms ("Ich ben dobei", "Ik bün dorbi", "Ick komm nich", "I ko
ned") and the Austrian "geht sich aus" are answers, a negation beside them a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SWABIAN_NOT = [
    pytest.param("I komm it", id="komm-it"),
    pytest.param("Bin it dabei", id="bin-it-dabei"),
    pytest.param("I komm halt it, sorry", id="komm-halt-it"),
    pytest.param("Geht leider it", id="geht-leider-it"),
    pytest.param("I kann it", id="kann-it"),
    pytest.param("I schaff it", id="schaff-it"),
]


@pytest.mark.parametrize("text", SWABIAN_NOT)
def test_swabian_it_is_a_negation(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", SWABIAN_NOT)
def test_swabian_it_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I can make it", id="en-can-make-it"),
        pytest.param("I will make it!", id="en-will-make-it"),
        pytest.param("Bin dabei, I love it", id="mixed-love-it"),
    ],
)
def test_an_english_it_stays_a_pronoun(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich ben dobei", Answer.YES, id="koelsch-ben-dobei"),
        pytest.param("Wir sin dobei!", Answer.YES, id="koelsch-sin-dobei"),
        pytest.param("Ich ben nit dobei", Answer.NO, id="koelsch-nit-dobei"),
        pytest.param("Ik bün dorbi", Answer.YES, id="platt-buen-dorbi"),
        pytest.param("Ik bün nich dorbi", Answer.NO, id="platt-nich-dorbi"),
        pytest.param("Ick komm", Answer.YES, id="berlin-ick-komm"),
        pytest.param("Ick komm nich", Answer.NO, id="berlin-ick-komm-nich"),
        pytest.param("Geht sich aus", Answer.YES, id="austrian-geht-sich-aus"),
        pytest.param("Geht sich leider nicht aus", Answer.NO, id="austrian-nicht-aus"),
        pytest.param("I ko ned", Answer.NO, id="bavarian-ko-ned"),
        pytest.param("Mir kemma ned", Answer.NO, id="bavarian-kemma-ned"),
        pytest.param("Ned dabei, sorry", Answer.NO, id="ned-dabei"),
        pytest.param("net dabei", Answer.NO, id="net-dabei"),
        pytest.param("I'm raus", Answer.NO, id="mixed-im-raus"),
        pytest.param("sorry, I am raus diesmal", Answer.NO, id="mixed-i-am-raus"),
    ],
)
def test_a_dialect_answer_is_read(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
