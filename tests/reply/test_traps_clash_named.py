"""A clash named with the evening is a no: "Leider kollidiert der Termin mit einem
Kundentermin", "Unfortunately it conflicts with a board meeting". A clash denied is
none: "Der Termin kollidiert nicht mit meinem Yogakurs, ich komme" is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CLASH = [
    pytest.param("Leider kollidiert der Termin mit einem Kundentermin.", id="de-kollidiert"),
    pytest.param("Das überschneidet sich leider mit meinem Elternabend.", id="de-ueberschneidet"),
    pytest.param("Unfortunately it conflicts with a board meeting.", id="en-conflicts"),
    pytest.param("Thursday coincides with my daughter's school play.", id="en-coincides"),
]


@pytest.mark.parametrize("text", CLASH)
def test_a_clash_named_with_the_evening_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_yes_noted_then_a_clash_named_is_never_a_yes() -> None:
    text = "Habe den Termin notiert – leider kollidiert er mit einem Kundentermin."
    assert analyse(_mail(text)).answer is not Answer.YES


DENIED = [
    pytest.param("Der Termin kollidiert nicht mit meinem Yogakurs, ich komme.", id="de"),
    pytest.param("It doesn't conflict with anything, I'll come.", id="en"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_clash_denied_beside_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
