"""Dates written with a slash, as Germans and English speakers write them.

"Am 28/1 bin ich dabei", "I'll be there on 1/28": one day, whichever way round.
"Am 7/1" is the 7th of January to a German and the 1st of July to an American:
either reading that is the evening makes it the evening's answer; neither
sends an answer for another day to a person. "1/2 Stunde" is no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from mail.named_days import another_day, answer_days, days_in
from mail.types import Answer

EVENING = date(2027, 1, 28)
WRITTEN = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Am 28/1 bin ich dabei.", Answer.YES, id="de-day-first"),
        pytest.param("I'll be there on 1/28.", Answer.YES, id="en-month-first"),
        pytest.param("Am 28/01/2027 kann ich leider nicht.", Answer.NO, id="de-with-year"),
        pytest.param("Can't make it on 1/28, sorry.", Answer.NO, id="en-no"),
    ],
)
def test_a_slashed_date_of_the_evening_is_the_evening(text: str, answer: Answer) -> None:
    days = answer_days(text, answer)
    assert days
    assert another_day(days, answer, EVENING, "Stammtisch", WRITTEN) == ""


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Am 4/2 bin ich dabei.", Answer.YES, id="de-4-february"),
        pytest.param("I'll be there on 2/14.", Answer.YES, id="en-14-february"),
        pytest.param("Am 21/1 kann ich nicht.", Answer.NO, id="de-21-january"),
    ],
)
def test_a_slashed_date_of_another_day_goes_to_a_person(text: str, answer: Answer) -> None:
    days = answer_days(text, answer)
    assert another_day(days, answer, EVENING, "Stammtisch", WRITTEN)


def test_either_reading_of_an_ambiguous_date_may_be_the_evening() -> None:
    days = answer_days("Am 7/1 bin ich dabei.", Answer.YES)
    assert another_day(days, Answer.YES, date(2027, 7, 1), "Stammtisch", WRITTEN) == ""
    assert another_day(days, Answer.YES, date(2027, 1, 7), "Stammtisch", WRITTEN) == ""
    assert another_day(days, Answer.YES, date(2027, 1, 28), "Stammtisch", WRITTEN)


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("ich komme 1/2 stunde spaeter", id="half-an-hour"),
        pytest.param("ich bin 24/7 erreichbar", id="round-the-clock"),
        pytest.param("sixty-forty, say 60/40", id="odds"),
    ],
)
def test_a_fraction_is_no_date(clause: str) -> None:
    assert days_in(clause) == []
