"""A no denied ("No no from me!", "no 'no' from my side") is a yes; a no repeated
("No, no, I can't") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("No no from me!", id="en-no-no-from-me"),
    pytest.param("no 'no' from my side, see you there", id="en-quoted-no-my-side"),
    pytest.param("No no's from me :)", id="en-no-nos"),
    pytest.param("Kein Nein von mir!", id="de-kein-nein"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_no_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", ["No, no, I can't come.", "No no, sorry, not this time."])
def test_a_no_repeated_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
