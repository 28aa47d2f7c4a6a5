"""The member alone, in other words: "Es bleibt bei mir allein", "diesmal allein", "Ja, aber
ohne meine Frau", "Yes, but alone this time", "my husband is staying home with the kids".
The "but" takes company away and does not turn the yes; whoever stays home, and whoever
stays with them, is no guest."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ALONE = [
    pytest.param("Es bleibt bei mir allein.", id="de-bleibt-bei-mir-allein"),
    pytest.param("Es bleibt also bei mir, meine Kollegin ist krank.", id="de-bleibt-bei-mir"),
    pytest.param("Sonst immer mit meiner Frau, diesmal allein.", id="de-diesmal-allein"),
    pytest.param("Usually with my wife, this time solo.", id="en-this-time-solo"),
    pytest.param("Ja, aber ohne meine Frau.", id="de-ja-aber-ohne"),
    pytest.param("Yes, but without my husband.", id="en-yes-but-without"),
    pytest.param("Ja, aber allein.", id="de-ja-aber-allein"),
    pytest.param("Yes but alone this time.", id="en-yes-but-alone"),
    pytest.param(
        "I'll be there; my husband is staying home with the kids.", id="en-home-with-kids"
    ),
    pytest.param(
        "Ich komme, mein Mann bleibt zu Hause bei den Kindern.", id="de-zu-hause-bei-kindern"
    ),
]


@pytest.mark.parametrize("text", ALONE)
def test_the_member_alone_is_a_yes_without_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


def test_yes_but_not_alone_brings_someone() -> None:
    intent = read_intent("Ja, aber nicht allein.")
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
