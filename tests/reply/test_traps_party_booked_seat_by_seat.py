"""A party booked seat by seat ("Einmal für mich und einmal für Gerd", "ein Platz für
mich, einer für meine Frau", "one for me and one for my husband") or added one by one
after a "plus" ("plus meine Frau und ihr Bruder"): each seat or companion after the
member's own is a guest, a name the reader does not know as well."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SEATS = [
    pytest.param("Dabei! Einmal für mich und einmal für Gerd.", 1, id="de-einmal-gerd"),
    pytest.param("Ja, ein Platz für mich, einer für meine Frau.", 1, id="de-ein-platz-einer"),
    pytest.param("One for me and one for my husband, please.", 1, id="en-one-for-me-one-for"),
    pytest.param("Yes – a seat for me and one for Wiebke.", 1, id="en-seat-unknown-name"),
    pytest.param(
        "Gern! Einmal für mich, einmal für meinen Mann und einmal für Wiebke.",
        2,
        id="de-three-seats",
    ),
    pytest.param("Bin dabei, bitte für mich und für Jörg.", 1, id="de-fuer-repeated"),
]


@pytest.mark.parametrize(("text", "guests"), SEATS)
def test_each_seat_after_the_members_own_is_a_guest(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


def test_a_seat_for_several_leaves_the_number_to_a_person() -> None:
    reading = analyse(_mail("Ich komme. Einmal für mich und einmal für meine Kinder."))
    assert reading.guests == 0 and "how many" in reading.answer_problem


def test_good_for_me_and_for_you_books_no_seat() -> None:
    reading = analyse(_mail("Ja, der Termin ist gut für mich und für Sie hoffentlich auch."))
    assert reading.guests == 0


ADDED = [
    pytest.param("Dabei, plus meine Frau und ihr Bruder.", 2, id="de-plus-frau-und-bruder"),
    pytest.param("Count me in, plus my partner and her sister.", 2, id="en-plus-partner-sister"),
    pytest.param("Yes + my wife, my son and my daughter.", 3, id="en-plus-three-listed"),
    pytest.param("Ja, plus meine Frau.", 1, id="de-plus-one-named"),
]


@pytest.mark.parametrize(("text", "guests"), ADDED)
def test_companions_added_after_a_plus_are_each_counted(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)
