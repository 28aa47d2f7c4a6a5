"""Companions named in chat short forms: "my gf is coming", "me + gf", "mit meinem bf".
They are people like "girlfriend": someone else's answer alone is not the member's, and
one brought along counts once."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("my gf is coming", id="en-gf-coming"),
        pytest.param("my bf says yes", id="en-bf-says-yes"),
    ],
)
def test_a_partner_named_short_answering_is_not_the_member(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "someone else" in intent.problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("me + gf", id="en-me-plus-gf"),
        pytest.param("Ich komme mit meinem bf.", id="de-mit-bf"),
        pytest.param("Bringing my gf along", id="en-bringing-gf"),
        pytest.param("I'm coming with my fiancé.", id="en-fiance"),
    ],
)
def test_a_partner_named_short_and_brought_is_one_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
