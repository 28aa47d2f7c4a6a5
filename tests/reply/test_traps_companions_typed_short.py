"""Companions typed short: "u." for "und" ("mit Frau u Kind"), the partner without a "my"
("Count me in – wife and I", "the wife and me"), and a number brought with no noun ("Ich
bringe zwei mit", "I'll bring two", "Bringing 2"): each person is a guest. A number
brought with a thing named ("zwei Kuchen") brings no one."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SHORT = [
    pytest.param("bin dabei mit meiner frau u. meinem schwager", 2, id="de-u-dot"),
    pytest.param("Ich komme mit Frau u Kind", 2, id="de-u-bare"),
    pytest.param("Count me in – wife and I.", 1, id="en-wife-and-i"),
    pytest.param("Count us in, the wife and me.", 1, id="en-the-wife-and-me"),
    pytest.param("Ich bringe zwei mit.", 2, id="de-bringe-zwei-mit"),
    pytest.param("I'll bring two.", 2, id="en-bring-two"),
    pytest.param("Bringing 2.", 2, id="en-bringing-digit"),
    pytest.param("Ja, ich bringe noch zwei mit.", 2, id="de-noch-zwei"),
]


@pytest.mark.parametrize(("text", "guests"), SHORT)
def test_companions_typed_short_are_counted(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich bringe zwei Kuchen mit.", Answer.YES, id="de-zwei-kuchen"),
        pytest.param("See u there!", Answer.YES, id="en-u-is-you"),
        pytest.param("Wife and I cannot make it.", Answer.NO, id="en-wife-and-i-no"),
    ],
)
def test_things_you_and_a_party_saying_no_bring_no_one(text: str, answer: Answer) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (answer, 0)
