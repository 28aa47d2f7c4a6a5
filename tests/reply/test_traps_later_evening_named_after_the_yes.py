"""A yes-word followed by a later time said on its own ("Absolutely – next month",
"Gladly – for the next meetup", "Bin dabei – aber erst nächsten Monat", "Ja, ich bin
dabei – nächstes Jahr wieder!") is a yes for that later evening, as "Next month, count
me in" is: it goes to a person with the time it names. The evening itself named after
the yes, or a time that holds it, lets the yes stand."""

from __future__ import annotations

from datetime import date

import pytest

from mail.intent import read_intent
from mail.named_days import another_day, answer_days
from mail.types import Answer

EVENING = date(2027, 1, 28)  # a Thursday
TITLE = "SEO und Erfolgsmessung"
WRITTEN = date(2027, 1, 11)


def _why(text: str, written: date = WRITTEN) -> str:
    assert read_intent(text).answer is Answer.YES
    return another_day(answer_days(text, Answer.YES), Answer.YES, EVENING, TITLE, written)


LATER = [
    pytest.param("Absolutely – next month.", id="en-absolutely-next-month"),
    pytest.param("Gladly – for the next meetup.", id="en-gladly-next-meetup"),
    pytest.param("Count me in, next month.", id="en-count-me-in-next-month"),
    pytest.param("Klar – beim nächsten Treffen!", id="de-klar-naechstes-treffen"),
    pytest.param("Bin dabei – aber erst nächsten Monat.", id="de-erst-naechsten-monat"),
    pytest.param("Ja, ich bin dabei – nächstes Jahr wieder!", id="de-naechstes-jahr-wieder"),
]


@pytest.mark.parametrize("text", LATER)
def test_a_later_time_after_the_yes_goes_to_a_person(text: str) -> None:
    assert _why(text).startswith("the yes is for ")


STANDS = [
    pytest.param("Ich komme, am 28.!", WRITTEN, id="de-am-28"),
    pytest.param("Count me in – see you on the 28th!", WRITTEN, id="en-the-28th"),
    pytest.param("Bin dabei – nächsten Monat!", date(2026, 12, 20), id="de-next-month-holds-it"),
]


@pytest.mark.parametrize(("text", "written"), STANDS)
def test_the_evening_or_a_time_that_holds_it_after_the_yes_stands(text: str, written: date) -> None:
    assert _why(text, written) == ""
