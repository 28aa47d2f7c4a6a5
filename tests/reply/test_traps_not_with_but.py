"""A companion or a way of coming put right with "sondern": "Ich komme nicht mit
Begleitung, sondern allein", "not with my wife but on my own". The "nicht" denies the
company, not the coming, and is never the member's no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COMPANY_PUT_RIGHT = [
    pytest.param("Ich komme nicht mit Begleitung, sondern allein.", id="de-begleitung-allein"),
    pytest.param("Komme nicht mit meinem Mann, sondern alleine.", id="de-mann-alleine"),
    pytest.param("Wir kommen nicht mit den Kindern, sondern zu zweit.", id="de-kinder-zu-zweit"),
    pytest.param("Ich komme nicht mit dem Auto, sondern mit dem Rad.", id="de-auto-rad"),
    pytest.param("I'm not coming with my wife but alone.", id="en-not-coming-with-but-alone"),
    pytest.param("I'll come, not with my partner but on my own.", id="en-not-with-but-own"),
]


@pytest.mark.parametrize("text", COMPANY_PUT_RIGHT)
def test_company_put_right_with_sondern_is_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


STILL_NO = [
    pytest.param("Ich komme nicht mit, sondern bleibe zu Hause.", id="de-nicht-mit-zu-hause"),
    pytest.param("Ich komme nicht mit meinem Mann, sondern gar nicht.", id="de-sondern-gar-nicht"),
    pytest.param("Not with my wife, but I can't come anyway.", id="en-cant-anyway"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_beside_the_company_put_right_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
