""" "Weder … noch ich": the member is in the no. "Weder meine Frau noch ich können kommen"
has "können kommen" in it, yet says no for both."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NEITHER = [
    pytest.param("Weder meine Frau noch ich können kommen.", id="de-koennen-kommen"),
    pytest.param("Weder meine Frau noch ich.", id="de-bare"),
    pytest.param("Weder meine Frau noch ich haben Zeit.", id="de-haben-zeit"),
    pytest.param("Weder ich noch meine Kollegin schaffen es.", id="de-ich-first"),
    pytest.param("Neither my wife nor I can make it.", id="en-neither-nor"),
]


@pytest.mark.parametrize("text", NEITHER)
def test_neither_the_companion_nor_the_member_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.NO, 0)
