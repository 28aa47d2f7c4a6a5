"""A yes put off to a later meetup beside a no for this evening: "Kann nicht, aber beim
nächsten Treffen bin ich dabei", "Sorry, can't this time. Count me in for next month!".
The yes is that meetup's, the no is the answer. A yes for a month or a coming week may
still hold the evening (the reader does not know its date): beside a plain no it goes to a
person, never recorded as the yes it looks like ("Nope, but I'll be there in January for
sure" was read as a yes)."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PUT_OFF = [
    pytest.param(
        "Kann nicht, aber beim nächsten Treffen bin ich auf jeden Fall dabei.", id="de-treffen"
    ),
    pytest.param("Leider nicht. Beim nächsten Stammtisch bin ich dabei!", id="de-stammtisch"),
    pytest.param("Diesmal muss ich passen, nach den Ferien komme ich wieder.", id="de-ferien"),
    pytest.param("Sorry, can't this time. Count me in for next month though!", id="en-month"),
    pytest.param("I'll definitely come in April! This one I have to skip.", id="en-april-first"),
    pytest.param("Not this time, but count me in for the next meetup!", id="en-next-meetup"),
    pytest.param("Nope, I'll be there next time though, promise!", id="en-nope-next-time"),
    pytest.param("Klappt nicht, ein andermal gern.", id="de-ein-andermal"),
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_yes_for_a_later_meetup_beside_a_no_leaves_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


MAY_HOLD_IT = [
    pytest.param("Nope, but I'll be there in January for sure.", id="en-january"),
    pytest.param("Nein, aber im Januar bin ich sicher wieder da.", id="de-januar"),
    pytest.param("Leider nein – nächste Woche bin ich wieder dabei.", id="de-naechste-woche"),
    pytest.param("No, sorry. From March on I'm in, definitely!", id="en-from-march"),
]


@pytest.mark.parametrize("text", MAY_HOLD_IT)
def test_a_yes_for_a_month_or_week_beside_a_plain_no_goes_to_a_person(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.answer is None
    assert reading.answer_problem.startswith("a no beside a yes for another day")


STANDS = [
    pytest.param("Letztes Mal musste ich absagen, diesmal bin ich dabei!", id="de-diesmal"),
    pytest.param("Ich komme, und beim nächsten Mal auch.", id="de-this-and-next"),
    pytest.param("I'll come, and next month too.", id="en-this-and-next"),
]


@pytest.mark.parametrize("text", STANDS)
def test_a_yes_for_this_evening_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
