"""Companions from the wider family and by marriage: "mit Frau und Schwiegermutter",
"bringe Oma und Opa mit", "bringing my aunt and uncle". Each is one guest, as "mein
Mann" is; someone of the family who stays home brings no one."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Ja, mit Frau und Schwiegermutter.", 2, id="de-frau-und-schwiegermutter"),
        pytest.param("Ich komme mit meiner Schwiegermutter.", 1, id="de-schwiegermutter"),
        pytest.param("Ich bringe Oma und Opa mit.", 2, id="de-oma-und-opa"),
        pytest.param("Komme mit Tante.", 1, id="de-mit-tante"),
        pytest.param("I'm bringing my aunt and uncle.", 2, id="en-aunt-and-uncle"),
    ],
)
def test_relatives_who_come_along_are_counted(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meine Tante kann leider nicht, ich komme.", id="de-tante-kann-nicht"),
        pytest.param("Ich komme, Oma passt auf die Kinder auf.", id="de-oma-babysits"),
    ],
)
def test_a_relative_who_stays_away_brings_no_one(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)
