"""Being absent said as such is a no, not denied a yes: "Ich fehle leider", "Diesmal fehle
ich", "Ich werde fehlen", "I'll be absent this time"; "Ich fehle diesmal nicht!",
"I will not be absent" are coming. These went to review for want of a cue."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ABSENT = [
    pytest.param("Ich fehle leider.", id="de-fehle-leider"),
    pytest.param("Diesmal fehle ich.", id="de-diesmal-fehle-ich"),
    pytest.param("Ich werde leider fehlen.", id="de-werde-fehlen"),
    pytest.param("Wir müssen diesmal fehlen, sorry.", id="de-muessen-fehlen"),
    pytest.param("I'll be absent this time.", id="en-absent-this-time"),
    pytest.param("I'm going to be absent on Thursday.", id="en-going-to-be-absent"),
]


@pytest.mark.parametrize("text", ABSENT)
def test_being_absent_said_as_such_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


NOT_ABSENT = [
    pytest.param("Ich fehle diesmal nicht!", id="de-fehle-nicht"),
    pytest.param("Fehlen werde ich sicher nicht.", id="de-fehlen-werde-ich-nicht"),
    pytest.param("I will not be absent.", id="en-will-not-be-absent"),
]


@pytest.mark.parametrize("text", NOT_ABSENT)
def test_being_absent_denied_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
