"""A companion who only sends greetings: "Yes, and my wife says hi!", "Komme gern, und
mein Mann lässt schön grüßen". Named beside the member's yes, they are no guest; one who
comes along and greets as well still counts."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

GREETS_ONLY = [
    pytest.param("Yes, and my wife says hi!", id="en-wife-says-hi"),
    pytest.param("Count me in – and my colleague sends her regards.", id="en-sends-regards"),
    pytest.param("Komme gern, und mein Mann lässt schön grüßen.", id="de-laesst-gruessen"),
    pytest.param("Ich bin dabei, und meine Frau grüßt euch herzlich.", id="de-gruesst-euch"),
]


@pytest.mark.parametrize("text", GREETS_ONLY)
def test_a_companion_sending_greetings_is_no_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


def test_a_companion_who_comes_and_greets_is_a_guest() -> None:
    intent = read_intent("Ich komme mit meiner Frau, die lässt schön grüßen.")
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
