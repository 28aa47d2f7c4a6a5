"""The member alone, said with the verb first or without one: "Diesmal komme nur ich",
"Only me this time". Beside a companion who drops out it is the member's yes, no guest."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ONLY_ME = [
    pytest.param("Diesmal komme nur ich, mein Mann ist verhindert.", id="de-komme-nur-ich"),
    pytest.param("Dann komme halt nur ich, die Kollegin hat Grippe.", id="de-halt-nur-ich"),
    pytest.param("Only me this time.", id="en-only-me-this-time"),
    pytest.param("Only me this time, my colleague is ill.", id="en-only-me-colleague-ill"),
]


@pytest.mark.parametrize("text", ONLY_ME)
def test_the_member_alone_is_a_yes_without_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")
