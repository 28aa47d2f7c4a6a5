"""A claim called a lie before it is made means its opposite: "Ich würde lügen, wenn ich
sagen würde, dass ich nicht komme", "I'd be lying if I said I couldn't make it" are a
yes; "… if I said I could make it" is a no. The claim's words were read as the answer,
or as words the member reports having said."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LIE_OF_A_NO = [
    pytest.param("Ich würde lügen, wenn ich sagen würde, dass ich nicht komme.", id="de-luegen"),
    pytest.param("Gelogen wäre es zu sagen, dass ich nicht kann.", id="de-gelogen-waere"),
    pytest.param(
        "Es wäre gelogen, wenn ich sagen würde, ich hätte keine Zeit. Ich komme.",
        id="de-keine-zeit",
    ),
    pytest.param("I'd be lying if I said I couldn't make it.", id="en-couldnt"),
    pytest.param("I would be lying if I said I wasn't coming.", id="en-wasnt-coming"),
]


@pytest.mark.parametrize("text", LIE_OF_A_NO)
def test_a_refusal_called_a_lie_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


LIE_OF_A_YES = [
    pytest.param(
        "Ich würde lügen, wenn ich sagen würde, dass ich komme. Leider zu viel los.",
        id="de-komme",
    ),
    pytest.param("I'd be lying if I said I could make it - work is crazy.", id="en-could"),
    pytest.param("Ich würd lügen, wenn ich sag, dass ich Zeit hab. Leider nein.", id="de-zeit"),
]


@pytest.mark.parametrize("text", LIE_OF_A_YES)
def test_a_coming_called_a_lie_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
