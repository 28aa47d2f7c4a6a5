"""One of the companions named may not come: "mit zwei Kolleginnen, eine davon hat aber
evtl. keine Zeit", "two friends, one of them might not make it". How many come is for a
person; the member's answer is never made a no or a maybe with the full count."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ONE_MAY_NOT = [
    pytest.param(
        "Ich komme mit zwei Kolleginnen, eine davon hat aber evtl. keine Zeit.", id="de-evtl"
    ),
    pytest.param("I'm bringing two friends, one of them might not make it.", id="en-might-not"),
    pytest.param(
        "Wir kommen zu dritt, einer von ihnen kann vielleicht nicht.", id="de-von-ihnen-vielleicht"
    ),
]


@pytest.mark.parametrize("text", ONE_MAY_NOT)
def test_a_companion_in_doubt_sends_the_count_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert intent.guests == 0
    assert "may or may not come" in intent.problem


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param(
            "Ich komme mit zwei Kolleginnen, eine davon kommt aber später.", 2, id="de-later"
        ),
        pytest.param("Ich komme mit zwei Kollegen, einer davon ist neu im Team.", 2, id="de-neu"),
    ],
)
def test_one_of_the_companions_described_still_counts(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
