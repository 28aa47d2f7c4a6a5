"""Things that read like people or a party: "bringe 2 Flaschen Mate mit" (the drink, not
mates), "habe 3 Plätze frei" (seats offered in the car, not a party of three). No guests;
real mates and seats booked still count."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

THINGS = [
    pytest.param("Ich bringe Mate mit.", id="de-mate"),
    pytest.param("Ich bringe zwei Kisten Club-Mate mit.", id="de-kisten-club-mate"),
    pytest.param("Komme, bringe 2 Flaschen Mate mit.", id="de-flaschen-mate"),
    pytest.param("Ich komme mit dem Auto, habe 3 Plätze frei.", id="de-plaetze-frei"),
    pytest.param("I have 2 seats left in my car, I'm coming.", id="en-seats-left"),
]


@pytest.mark.parametrize("text", THINGS)
def test_things_and_seats_offered_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("I'm bringing a mate.", 1, id="en-a-mate"),
        pytest.param("Bitte 3 Plätze reservieren.", 2, id="de-plaetze-reservieren"),
    ],
)
def test_a_mate_and_seats_booked_still_count(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


def test_mates_are_several_so_a_person_counts_them() -> None:
    intent = read_intent("I'm coming with my mates.")
    assert intent.answer is not Answer.NO
    assert intent.guests == 0
