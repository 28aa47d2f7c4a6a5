"""A no-word agreeing with a clash denied, said as the whole answer: "Nope, no clash this
time!", "No, no conflicts this time. See you!", "Nee, diesmal keine Überschneidung."
The no-word was dropped as agreeing, but nothing else was read (a plural "conflicts"
not even that), so the no-word stood as the answer or the trained reader guessed a no:
the opposite answer. Now the clash denied is the yes; a turn after it stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO_CLASH = [
    pytest.param("Nope, no clash this time! See you.", id="en-nope-no-clash"),
    pytest.param("No, no conflicts this time. See you!", id="en-no-conflicts"),
    pytest.param("Nah, no overlaps that evening.", id="en-nah-overlaps"),
    pytest.param("Nee, diesmal keine Überschneidung. Bis dann!", id="de-ueberschneidung"),
    pytest.param("Nein, kein Terminkonflikt am Donnerstag.", id="de-terminkonflikt"),
]


@pytest.mark.parametrize("text", NO_CLASH)
def test_a_no_word_agreeing_with_a_clash_denied_is_read_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", NO_CLASH)
def test_a_no_word_agreeing_with_a_clash_denied_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nope, no clashes - but I'm still out.", id="en-still-out"),
        pytest.param("No, no clash, but I'm sick.", id="en-sick"),
        pytest.param("Nee, keine Überschneidung – trotzdem bin ich raus.", id="de-raus"),
    ],
)
def test_a_clash_denied_then_turned_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
