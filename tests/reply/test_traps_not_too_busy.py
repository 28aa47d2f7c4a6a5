"""Being too busy denied: "I'm not too busy to come", "We're not that busy, we'll join"
are a yes (the "too busy" was read as a no past the "not"). "I'm too busy to come" stays
a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Sam Reid <sam@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


NOT_TOO_BUSY = [
    pytest.param("I'm not too busy to come.", id="not-too-busy"),
    pytest.param("We're not that busy, we'll join.", id="not-that-busy"),
    pytest.param("I am not so busy this month, I'll come.", id="not-so-busy"),
]


@pytest.mark.parametrize("text", NOT_TOO_BUSY)
def test_busyness_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_too_busy_to_come_stays_a_no() -> None:
    assert analyse(_mail("I'm too busy to come.")).answer is Answer.NO
