"""Leave asked for a companion: "Ich bringe meinen Hund mit, wenn das erlaubt ist", "if
that's allowed", "falls Kinder erlaubt sind". The condition is the organizer's to grant,
not the member's doubt: the yes stands."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

LEAVE = [
    pytest.param("Ich bringe meinen Hund mit, wenn das erlaubt ist.", 0, id="de-hund-erlaubt"),
    pytest.param("I'll bring my dog if that's allowed.", 0, id="en-dog-allowed"),
    pytest.param("Komme mit meinem Sohn, falls Kinder erlaubt sind.", 1, id="de-kinder-erlaubt"),
    pytest.param("I'm bringing my daughter, if kids are welcome.", 1, id="en-kids-welcome"),
]


@pytest.mark.parametrize(("text", "guests"), LEAVE)
def test_leave_asked_for_company_keeps_the_yes(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
