"""A no-word that denies a word of missing across the comma before "dass" / "that":
"Keine Chance, dass ich das verpasse" is a yes, never recorded as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <n-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


DENIED = [
    pytest.param("Keine Chance, dass ich das verpasse.", id="keine-chance-dass-verpasse"),
    pytest.param("Keine Chance dass ich das verpasse", id="keine-chance-ohne-komma"),
    pytest.param("Keine Chance, das ich das verpasse!", id="keine-chance-das-typo"),
    pytest.param("I don't think I'll miss it.", id="dont-think-ill-miss"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_no_that_denies_missing_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


PLAIN = [
    pytest.param("Leider kann ich nicht, schade dass ich das verpasse.", id="schade-dass-verpasse"),
    pytest.param("Keine Zeit, muss das leider verpassen.", id="keine-zeit-verpassen"),
    pytest.param("Ich kann nicht, werde es verpassen.", id="kann-nicht-werde-verpassen"),
    pytest.param("Nein, dass ich das verpasse, tut mir leid.", id="nein-tut-mir-leid"),
]


@pytest.mark.parametrize("text", PLAIN)
def test_a_no_beside_a_regretted_miss_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


THE_EVENING_NOT_MADE = [
    pytest.param(
        "Much as I'd like to, I won't make the 28th.", id="much-as-id-like-wont-make-28th"
    ),
    pytest.param("I won't make the 28th, sorry.", id="wont-make-the-28th"),
    pytest.param("Sadly I can't make this one.", id="cant-make-this-one"),
    pytest.param("Couldn't make Thursday even if I tried.", id="couldnt-make-thursday"),
]


@pytest.mark.parametrize("text", THE_EVENING_NOT_MADE)
def test_not_making_the_evening_itself_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_not_making_it_before_a_time_is_no_refusal() -> None:
    text = "I won't make the 28th before 8, but I'll come later."
    assert read_intent(text).answer is Answer.YES
    # the trained reader may still ask for a look at it; never a no
    assert analyse(_mail(text)).answer is not Answer.NO
