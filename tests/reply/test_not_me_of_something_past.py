""" "Nicht ich, sondern …" of something past is no stand-in: "das war nicht ich, sondern
Malte" answers who had the keys, and the member's own "bin am 28. wieder da" is the
answer. Said of the evening ("Nicht ich, sondern meine Kollegin kommt", "Not me but my
colleague Sam will attend") it is the member's no as ever."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param(
        "Hallo,\n\nkurz zur Frage vom letzten Mal, wer die Schlüssel für den Nebenraum hatte: "
        "das war nicht ich, sondern Malte.\n\nUnd ja, ich bin am 28. wieder da.\n\nJens",
        id="de-schluessel",
    ),
    pytest.param(
        "Den Schlüssel hatte nicht ich, sondern Malte. Ich komme am Donnerstag.", id="de-hatte"
    ),
    pytest.param("Das Buch hat nicht ich, sondern Malte. Bin dabei.", id="de-hat"),
    pytest.param("It was not me but Tom who booked the room. I'll be there.", id="en-was"),
]

NO = [
    pytest.param("Nicht ich, sondern meine Kollegin kommt.", id="de-kollegin"),
    pytest.param("Not me but my colleague Sam will attend.", id="en-colleague"),
    pytest.param("Nicht ich, sondern mein Mann.", id="de-mann"),
]


@pytest.mark.parametrize("text", YES)
def test_not_me_of_something_past_leaves_the_members_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NO)
def test_not_me_but_another_for_the_evening_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
