"""A party signed up or accompanying the member in other words: "Meldet mich und meine
Frau an", "Zählt mich und meinen Mann mit", "Ich werde von meinem Mann begleitet", "I'll
be accompanied by my wife". The member comes with the one named."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

WITH_ONE = [
    pytest.param("Zählt mich und meinen Mann mit.", id="de-zaehlt-mit"),
    pytest.param("Meldet mich und meine Frau bitte an.", id="de-meldet-an"),
    pytest.param("Tragt mich und meine Kollegin ein.", id="de-tragt-ein"),
    pytest.param("Bitte mich und meinen Sohn anmelden.", id="de-anmelden"),
    pytest.param("Please register me and my colleague.", id="en-register"),
    pytest.param("Ich werde von meinem Mann begleitet.", id="de-von-begleitet"),
    pytest.param("Ich werde übrigens von meiner Kollegin begleitet.", id="de-uebrigens-begleitet"),
    pytest.param("I'll be accompanied by my wife.", id="en-accompanied-by"),
]


@pytest.mark.parametrize("text", WITH_ONE)
def test_the_member_comes_with_the_one_signed_up_or_accompanying(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
