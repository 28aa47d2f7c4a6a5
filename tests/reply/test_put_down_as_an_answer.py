"""Put down under an answer's name: "setzt mich mal auf vielleicht", "Setzt mich bitte auf
die Vielleicht-Liste", "Setzt mich auf Absage". With "auf" the phrase found no answer
(the word alone reads as a calendar button's name); "als"/"unter" already did."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

PUT_DOWN = [
    pytest.param("setzt mich mal auf vielleicht", Answer.MAYBE, id="auf-vielleicht"),
    pytest.param("Setzt mich bitte auf die Vielleicht-Liste", Answer.MAYBE, id="vielleicht-liste"),
    pytest.param("Schreibt mich vorerst auf „vielleicht“", Answer.MAYBE, id="in-quotes"),
    pytest.param("Setzt mich auf Absage, sorry", Answer.NO, id="auf-absage"),
    pytest.param("Tragt mich bei Zusage ein!", Answer.YES, id="bei-zusage"),
]


@pytest.mark.parametrize(("text", "answer"), PUT_DOWN)
def test_put_down_under_an_answer_is_that_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


def test_put_on_the_list_without_an_answer_word_is_still_a_yes() -> None:
    assert read_intent("Setzt mich auf die Liste").answer is Answer.YES
