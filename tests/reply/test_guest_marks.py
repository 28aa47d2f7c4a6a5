"""Guests said with a mark ("(12)", a comma list, "+1") are counted; without one, as before."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Ich komme mit meinem Sohn (12).", 1),
        ("Komme mit meiner Tochter (9 Jahre)!", 1),
        ("I'll be there with my son (8 yrs).", 1),
        ("Ja, ich komme mit meiner Frau, meinem Sohn und meiner Tochter.", 3),
        ("I'm coming with my wife, my son and my daughter.", 3),
        ("Ich komme +1", 1),
        ("Bin dabei, +2", 2),
        ("Count me in +1!", 1),
        ("Ja, ich komme mit meiner Frau", 1),
        ("Yes, I'll come with my husband", 1),
    ],
)
def test_guests_beside_a_yes_are_counted_with_or_without_a_mark(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")
