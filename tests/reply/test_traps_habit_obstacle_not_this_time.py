"""A habit that would keep the member away, denied for this evening, is no refusal:
"Normalerweise arbeite ich donnerstags, diesmal nicht", "I usually have practice on
Thursdays, but not this week" (the "nicht" was read as the answer). The habit the other way
round ("…donnerstags nicht, diesmal schon") is no yes; and an obstacle said absent with a
leading "No" ("No work that night, so I'm free") is no refusal either."""

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


OBSTACLE_NOT_THIS_TIME = [
    pytest.param("Normalerweise arbeite ich donnerstags, diesmal nicht.", id="de-arbeite"),
    pytest.param("Hab sonst immer am Donnerstag Chor, aber am 28. nicht.", id="de-chor-am-28"),
    pytest.param("Sonst hab ich donnerstags Training, diese Woche nicht.", id="de-training"),
    pytest.param(
        "Normalerweise hab ich da Spätdienst, diesmal aber nicht. Bin dabei!", id="de-spaetdienst"
    ),
    pytest.param("I usually have practice on Thursdays, but not this week.", id="en-practice"),
    pytest.param("Usually I work Thursday nights, not this one though.", id="en-work-though"),
    pytest.param("Normally I'm on shift that evening, but not this time.", id="en-shift"),
]


@pytest.mark.parametrize("text", OBSTACLE_NOT_THIS_TIME)
def test_a_habit_obstacle_denied_for_this_evening_reads_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", OBSTACLE_NOT_THIS_TIME)
def test_a_habit_obstacle_denied_for_this_evening_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


STILL_NO = [
    pytest.param("Usually I'm free on Thursdays, but not this one.", id="en-free-not-this-one"),
    pytest.param("Normalerweise komme ich immer, diesmal nicht.", id="de-komme-immer"),
    pytest.param("I usually come, but not this time.", id="en-usually-come"),
    pytest.param("Normalerweise arbeite ich donnerstags nicht, diesmal schon.", id="de-other-way"),
    pytest.param("I usually don't work Thursdays, but this time I do.", id="en-other-way"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_habit_of_coming_or_of_being_free_denied_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


NO_OBSTACLE = [
    pytest.param("No work that night, so I'm free!", id="en-no-work"),
    pytest.param("No shift on Thursday, count me in.", id="en-no-shift"),
    pytest.param("No train strike this time, so I'll be there.", id="en-no-strike"),
    pytest.param("No excuses this time – I'm coming.", id="en-no-excuses"),
    pytest.param("No rehearsal this week, so I can come.", id="en-no-rehearsal"),
]


@pytest.mark.parametrize("text", NO_OBSTACLE)
def test_an_obstacle_said_absent_with_no_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No, work is crazy.", id="en-no-comma"),
        pytest.param("No, I have work.", id="en-no-i-have-work"),
        pytest.param("No plans to come, sorry.", id="en-no-plans-to-come"),
    ],
)
def test_a_no_before_the_obstacle_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
