"""Away now or that day, and back in time for the evening, is a yes: "Am Donnerstag bin
ich noch in Hamburg, komme aber rechtzeitig zurück" (the away clause alone read as a no).
Back only later ("komme erst Freitag zurück", "I'm only back on Friday") is never a yes;
a return only hoped for or denied is no yes either."""

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


BACK_IN_TIME = [
    pytest.param(
        "Am Donnerstag bin ich noch in Hamburg, komme aber rechtzeitig zurück.", id="de-hamburg"
    ),
    pytest.param("Wir sind noch im Urlaub, kommen aber rechtzeitig heim.", id="de-urlaub-heim"),
    pytest.param("Ich bin zwar auf Dienstreise, bin aber pünktlich zurück.", id="de-dienstreise"),
    pytest.param(
        "Bin die Woche auf Montage, aber Donnerstag bin ich bis dahin zurück.", id="de-montage"
    ),
    pytest.param("I'm in Hamburg on Thursday morning but back in time.", id="en-back-in-time"),
]


@pytest.mark.parametrize("text", BACK_IN_TIME)
def test_away_but_back_in_time_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_travelling_but_back_in_time_reads_yes_by_the_rules() -> None:
    text = "I'm travelling that week but I'll be back in time for the meetup."
    assert read_intent(text).answer is Answer.YES


NOT_BACK = [
    pytest.param("Ich bin in Hamburg und hoffe, ich bin rechtzeitig zurück.", id="de-hoffe"),
    pytest.param("Ich bin in Hamburg und komme nicht rechtzeitig zurück.", id="de-nicht"),
    pytest.param(
        "I'm in Leeds that week, but I'll try to be back in time.", id="en-try-to-be-back"
    ),
    pytest.param("We're away that week but hoping to be back in time.", id="en-hoping"),
    pytest.param(
        "Ich bin Donnerstag noch in Köln und komme erst Freitag zurück.", id="de-erst-freitag"
    ),
    pytest.param("Bin erst Freitag wieder da.", id="de-erst-wieder-da"),
    pytest.param("I'm only back on Friday.", id="en-only-back"),
    pytest.param("We'll only be back on the 30th.", id="en-only-be-back"),
]


@pytest.mark.parametrize("text", NOT_BACK)
def test_a_return_only_later_or_only_hoped_for_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bin erst Freitag wieder da.", id="de-erst-wieder-da"),
        pytest.param("I'm only back on Friday.", id="en-only-back"),
    ],
)
def test_back_only_later_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
