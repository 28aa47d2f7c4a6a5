"""Approval said to be the others' only ("Passt perfekt! Also für euch. Ich bin weg.",
"Perfect timing! For you lot, anyway.") is never a yes, nor is a yes that excepts a
weekday ("Gerne, jederzeit – außer donnerstags"): the evening may fall on it, so a
person reads it. Something brought for the others ("Kuchen – für euch!") restricts
nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEFT_TO_OTHERS = [
    pytest.param("Passt perfekt! Also für euch. Ich bin weg.", id="de-also-fuer-euch"),
    pytest.param("Super Termin – für die anderen jedenfalls. Ich bin raus.", id="de-die-anderen"),
    pytest.param("Toller Abend! Für euch, zumindest.", id="de-zumindest"),
    pytest.param("Perfect timing! For you lot, anyway. I'm off to Spain.", id="en-you-lot"),
    pytest.param("Great date! I mean, for everyone else.", id="en-everyone-else"),
]


@pytest.mark.parametrize("text", LEFT_TO_OTHERS)
def test_approval_left_to_the_others_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


WEEKDAY_EXCEPTED = [
    pytest.param("Gerne, jederzeit – außer Donnerstags.", id="de-ausser-donnerstags"),
    pytest.param("Klar, bin dabei – außer an Donnerstagen.", id="de-an-donnerstagen"),
    pytest.param("I'm in, any day except Thursdays.", id="en-except-thursdays"),
    pytest.param("Count me in – just not on Thursdays.", id="en-just-not-thursdays"),
]


@pytest.mark.parametrize("text", WEEKDAY_EXCEPTED)
def test_a_yes_excepting_a_weekday_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "weekday" in intent.problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bringe Kuchen mit – für euch! Bis Donnerstag.", id="de-kuchen"),
        pytest.param("I'm in! Bringing cookies – for you lot.", id="en-cookies"),
    ],
)
def test_something_brought_for_the_others_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
