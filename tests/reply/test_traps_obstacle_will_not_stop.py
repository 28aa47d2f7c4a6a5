"""An obstacle said not to keep the member away is a yes: "Ich bin erkältet, aber das hält
mich nicht ab" was recorded as a no (the cold read as the answer, the "nicht" as a no).
Like "trotzdem", the words hold against the obstacle named before them; said to keep the
member away after all, the obstacle still declines."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "In-Reply-To: <inv-1@somek>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


WILL_NOT_STOP = [
    pytest.param("Ich bin erkältet, aber das hält mich nicht ab.", id="de-erkaeltet"),
    pytest.param(
        "Bin krankgeschrieben, davon lass ich mich aber nicht abhalten.", id="de-lass-mich-nicht"
    ),
    pytest.param("Es schneit, aber das hält mich nicht ab!", id="de-schnee"),
    pytest.param("Hab Spätdienst bis 19 Uhr, aber das hindert mich nicht.", id="de-spaetdienst"),
    pytest.param("I've got a cold, but that won't stop me.", id="en-cold"),
    pytest.param("It's going to rain, but that won't keep me away.", id="en-rain"),
    pytest.param("Rail strike again – that doesn't stop me, I'll cycle.", id="en-strike"),
]


@pytest.mark.parametrize("text", WILL_NOT_STOP)
def test_an_obstacle_that_will_not_stop_the_member_reads_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", WILL_NOT_STOP)
def test_an_obstacle_that_will_not_stop_the_member_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


STOPS = [
    pytest.param("Ich bin erkältet, und das hält mich leider doch ab.", id="de-doch-ab"),
    pytest.param("Hab Fieber, das hält mich schon ab.", id="de-schon-ab"),
    pytest.param("That cold will keep me away, sorry.", id="en-will-keep-away"),
]


@pytest.mark.parametrize("text", STOPS)
def test_an_obstacle_that_keeps_the_member_away_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
