"""Coming said with the verb first and "tun" or "werden" after it ("Kommen tu ich auf
jeden Fall", "…, aber kommen tu ich!") is a yes, and never lets a no about helping
before it decide; "Kommen tu ich nicht" and "kommen werd ich wohl kaum" are no yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("Kommen tu ich auf jeden Fall.", id="kommen-tu-ich"),
    pytest.param("Vorbeikommen werd ich schon, keine Sorge.", id="vorbeikommen-werd-ich"),
    pytest.param("Dabei sein werde ich, versprochen!", id="dabei-sein-werde-ich"),
]


@pytest.mark.parametrize("text", YES)
def test_coming_said_verb_first_reads_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_a_no_about_helping_never_outweighs_it() -> None:
    text = "Nein, helfen kann ich nicht beim Aufbau, aber kommen tu ich!"
    assert analyse(_mail(text)).answer is not Answer.NO


NOT_YES = [
    pytest.param("Kommen tu ich nicht, sorry.", id="tu-ich-nicht"),
    pytest.param("Kommen werd ich wohl kaum, bin krank.", id="wohl-kaum"),
    pytest.param("Kommen werd ich vielleicht.", id="vielleicht"),
]


@pytest.mark.parametrize("text", NOT_YES)
def test_coming_denied_or_doubted_verb_first_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
