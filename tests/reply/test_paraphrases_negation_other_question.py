"""A no-word said alone and then a negation that is no answer of its own ("No, I don't need
a lift") agrees with that negation: it answers something else that was asked, never
whether the member comes. A no-word followed by a no ("Nein, leider nicht") stays a no.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

OTHER_QUESTION = [
    pytest.param("No, I don't need a lift. See you there!", Answer.YES, id="en-no-lift-see-you"),
    pytest.param(
        "Nope, I don't have anything to add. See you Thursday!", Answer.YES, id="en-nope-nothing"
    ),
    pytest.param(
        "Nein, ich brauche keinen Parkplatz. Bis Donnerstag!", Answer.YES, id="de-kein-parkplatz"
    ),
    pytest.param("Nein, ich hab keine Fragen. Bis Donnerstag!", Answer.YES, id="de-keine-fragen"),
    pytest.param("Nee, ich esse kein Fleisch. Bin dabei!", Answer.YES, id="de-kein-fleisch"),
    pytest.param(
        "No, I'm not vegetarian. Count me in!", Answer.YES, id="en-not-vegetarian-count-me-in"
    ),
    pytest.param("No, I don't need a lift.", None, id="en-no-lift-alone"),
    pytest.param("Nein, ich brauche keine Mitfahrgelegenheit.", None, id="de-keine-mitfahrt-alone"),
]


@pytest.mark.parametrize(("text", "answer"), OTHER_QUESTION)
def test_a_no_word_agreeing_with_another_negation_is_no_answer(
    text: str, answer: Answer | None
) -> None:
    assert read_intent(text).answer is answer


STILL_NO = [
    pytest.param("Nein, leider nicht.", id="de-leider-nicht"),
    pytest.param("Nein, geht nicht.", id="de-geht-nicht"),
    pytest.param("nein, ich habe keine zeit", id="de-keine-zeit"),
    pytest.param("No, not this time.", id="en-not-this-time"),
    pytest.param("no, sadly not", id="en-sadly-not"),
    pytest.param("Nope, not gonna happen.", id="en-not-gonna-happen"),
    pytest.param("Nein, nicht dieses Mal.", id="de-nicht-dieses-mal"),
    pytest.param("No, I can't make it.", id="en-cant-make-it"),
    pytest.param("NEIN, ICH KANN NICHT", id="de-caps-kann-nicht"),
    pytest.param("Nee, dat geiht nich.", id="platt-dat-geiht-nich"),
    pytest.param("Nä, diesmal nit.", id="koelsch-diesmal-nit"),
    pytest.param("Nope, not even if I tried.", id="en-not-even-if-i-tried"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_word_followed_by_a_no_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
