"""Coming outdone by a faster way ("Ich komme nicht – ich renne!", "I'm not coming, I'm
running!") is a joke yes. A trip named after the verb ("ich fliege nach Mallorca") is
a real no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OUTDONE = [
    pytest.param("Ich komme nicht – ich renne! 😀", id="de-renne"),
    pytest.param("Ich komme nicht, ich fliege!", id="de-fliege"),
    pytest.param("Komme nicht, ich sprinte!!", id="de-sprinte"),
    pytest.param("I'm not coming, I'm running!", id="en-running"),
    pytest.param("Im not coming - Im flying!!", id="en-flying-phone-typed"),
    pytest.param("I am not walking, I am racing there!", id="en-racing-there"),
]


@pytest.mark.parametrize("text", OUTDONE[:5])
def test_coming_outdone_by_a_faster_way_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", OUTDONE)
def test_coming_outdone_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


TRIPS = [
    pytest.param("Ich komme nicht, ich fliege nach Mallorca.", id="de-fliege-nach"),
    pytest.param("Ich komme nicht, ich fliege morgen weg.", id="de-fliege-weg"),
    pytest.param("I'm not coming, I'm flying to Rome that day.", id="en-flying-to"),
]


@pytest.mark.parametrize("text", TRIPS)
def test_a_trip_named_after_the_verb_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
