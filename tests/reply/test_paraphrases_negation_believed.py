"""A no the member only believed before ("I thought I couldn't make it", "ich dachte erst,
ich kann nicht") is not said now: what follows decides, and with nothing after it a person
does. A no still said after it stays a no.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

BELIEVED = [
    pytest.param(
        "I thought I couldn't make it but it turns out I can!",
        {None, Answer.YES},
        id="en-thought-turns-out-i-can",
    ),
    pytest.param(
        "We first thought we couldn't come, but we'll be there!",
        {Answer.YES},
        id="en-first-thought-well-be-there",
    ),
    pytest.param(
        "I originally thought I was busy that night - I'm in!",
        {None, Answer.YES},
        id="en-originally-thought-busy-im-in",
    ),
    pytest.param(
        "Ich dachte erst, ich kann nicht, aber jetzt klappt es doch.",
        {Answer.YES},
        id="de-dachte-erst-klappt-doch",
    ),
    pytest.param(
        "Ich hatte befürchtet, dass ich nicht kann, aber ich bin dabei.",
        {Answer.YES},
        id="de-befuerchtet-bin-dabei",
    ),
    pytest.param(
        "Hatte eigentlich gedacht, ich hab keine Zeit. Passt aber doch!",
        {Answer.YES},
        id="de-gedacht-keine-zeit-passt-doch",
    ),
    pytest.param(
        "I originally thought I couldn't come, and now I really can't.",
        {Answer.NO},
        id="en-thought-and-now-cant",
    ),
    pytest.param(
        "Dachte erst, es klappt nicht, und so ist es leider auch: ich muss absagen.",
        {Answer.NO},
        id="de-dachte-erst-muss-absagen",
    ),
]


@pytest.mark.parametrize(("text", "answers"), BELIEVED)
def test_a_no_believed_before_is_not_said_now(text: str, answers: set[Answer | None]) -> None:
    assert read_intent(text).answer in answers
