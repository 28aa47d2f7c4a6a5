"""Replies written like a form name the companion as a field's value ("Begleitung: mein
Mann", "Guest: Priya Shah", "Gast: meine Kollegin Frau Ruß"): each one named is a guest.
A field left empty ("Begleitung: keine", "Plus one: none", "Begleitung: nein", "Gäste:
0") says the member comes alone; its "nein" or "none" is no answer of the evening."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NAMED = [
    pytest.param("Ja. Begleitung: mein Mann.", 1, id="de-begleitung-mein-mann"),
    pytest.param("Zusage. Gast: meine Kollegin Frau Ruß.", 1, id="de-gast-kollegin"),
    pytest.param("Ja\nBegleitperson: Tom Becker", 1, id="de-begleitperson-full-name"),
    pytest.param("Yes\nGuest: Priya Shah", 1, id="en-guest-full-name"),
    pytest.param("Ja. Begleitung: mein Mann und meine Tochter.", 2, id="de-two-in-the-field"),
    pytest.param("Teilnahme: ja\nBegleitung: Ehefrau", 1, id="de-form-ehefrau"),
]


@pytest.mark.parametrize(("text", "guests"), NAMED)
def test_a_companion_named_in_a_field_is_a_guest(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


EMPTY = [
    pytest.param("Ja. Begleitung: keine.", Answer.YES, id="de-begleitung-keine"),
    pytest.param("Yes. Plus one: none.", Answer.YES, id="en-plus-one-none"),
    pytest.param("Ja. Begleitung: nein.", Answer.YES, id="de-begleitung-nein"),
    pytest.param("Teilnahme: ja\nGäste: 0", Answer.YES, id="de-gaeste-null"),
    pytest.param("Teilnahme: nein\nBegleitung: keine", Answer.NO, id="de-no-and-no-company"),
]


@pytest.mark.parametrize(("text", "answer"), EMPTY)
def test_a_company_field_left_empty_keeps_the_answer_and_brings_no_one(
    text: str, answer: Answer
) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (answer, 0)
