"""A yes for a later evening named without a date is no yes for this one: "Ich komme
nächsten Monat", "Next year I'm in", "zum nächsten Stammtisch", "nach den Ferien", "ab
Februar". It goes to a person with the time it names; a later month that holds the
evening, or the evening named beside it, lets the yes stand, and a no stays a no."""

from __future__ import annotations

from datetime import date

import pytest

from mail.everyday import dated_answers
from mail.intent import read_intent
from mail.named_days import another_day, answer_days
from mail.types import Answer

EVENING = date(2027, 1, 28)  # a Thursday
TITLE = "SEO und Erfolgsmessung"
WRITTEN = date(2027, 1, 11)


def _why(text: str, written: date = WRITTEN, answer: Answer = Answer.YES) -> str:
    assert read_intent(text).answer is answer
    return another_day(answer_days(text, answer), answer, EVENING, TITLE, written)


LATER = [
    pytest.param("I can make it next month.", id="en-next-month"),
    pytest.param("Next month works for me!", id="en-next-month-works"),
    pytest.param("I can only make it next month.", id="en-only-next-month"),
    pytest.param("Next year I'm in!", id="en-next-year"),
    pytest.param("Ich komme nächsten Monat.", id="de-naechsten-monat"),
    pytest.param("Im nächsten Jahr bin ich dabei.", id="de-naechstes-jahr"),
    pytest.param("Übernächsten Monat bin ich dabei.", id="de-uebernaechsten-monat"),
    pytest.param("Ich komme zum nächsten Stammtisch.", id="de-naechster-stammtisch"),
    pytest.param("Bin beim nächsten Treffen dabei.", id="de-naechstes-treffen"),
    pytest.param("Schaffe es erst beim nächsten Mal.", id="de-erst-naechstes-mal"),
    pytest.param("Nach Ostern bin ich wieder dabei.", id="de-nach-ostern"),
    pytest.param("Nach den Ferien komme ich wieder.", id="de-nach-den-ferien"),
    pytest.param("After the summer break, count me in.", id="en-summer-break"),
    pytest.param("Ab Februar bin ich dabei.", id="de-ab-februar"),
    pytest.param("From March on I'm in.", id="en-from-march"),
]


@pytest.mark.parametrize("text", LATER)
def test_a_yes_for_a_later_evening_goes_to_a_person(text: str) -> None:
    assert _why(text).startswith("the yes is for ")


def test_the_reason_names_the_later_time() -> None:
    assert _why("I can make it next month.").startswith("the yes is for next month;")


STANDS = [
    pytest.param("Ich komme, und nächsten Monat auch.", WRITTEN, id="de-this-one-and-next"),
    pytest.param("Next month works for me!", date(2026, 12, 20), id="en-next-month-holds-it"),
    pytest.param("Nächste Woche kann ich, bin dabei.", date(2027, 1, 21), id="de-next-week-holds"),
    pytest.param("Ab Januar bin ich wieder dabei.", date(2026, 12, 20), id="de-ab-januar"),
    pytest.param("Am 28. bin ich dabei, nach Ostern wieder.", WRITTEN, id="de-evening-named"),
]


@pytest.mark.parametrize(("text", "written"), STANDS)
def test_a_yes_naming_the_evening_or_a_time_that_holds_it_stands(text: str, written: date) -> None:
    assert _why(text, written) == ""


NO_STANDS = [
    pytest.param("Beim nächsten Mal bin ich dabei.", id="de-next-time"),
    pytest.param("I'll come to the next one.", id="en-next-one"),
    pytest.param("Diesmal leider nicht, zum nächsten Stammtisch gern.", id="de-diesmal-nicht"),
    pytest.param("Ab Februar bin ich leider weg, diesmal kann ich nicht.", id="de-ab-februar-weg"),
]


@pytest.mark.parametrize("text", NO_STANDS)
def test_a_no_beside_a_later_evening_stays_this_evenings(text: str) -> None:
    assert _why(text, answer=Answer.NO) == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bin noch auf Dienstreise, ich melde mich nächste Woche, ob ich kommen kann.",
            id="de-melde-mich-naechste-woche",
        ),
        pytest.param("Nach den Ferien weiß ich mehr, vielleicht klappt es.", id="de-nach-ferien"),
        pytest.param("I'll know next month whether I can make it.", id="en-know-next-month"),
    ],
)
def test_a_later_time_ties_no_sentence_of_a_chatty_mail_to_a_day(text: str) -> None:
    assert dated_answers(text) == []
