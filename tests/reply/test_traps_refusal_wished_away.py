"""A refusal only wished or supposed ("I would have declined, but …", "I wouldn't mind
coming") is no refusal: a past wish to say no does not turn the yes after it, and not
minding to come is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Lisa Koch <lisa@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


YES = [
    pytest.param("I would have declined, but plans changed — I'm in!", id="would-have-declined"),
    pytest.param(
        "Would've cancelled, but my meeting moved, so I'm coming.", id="wouldve-cancelled"
    ),
    pytest.param("I wouldn't mind coming.", id="wouldnt-mind-coming"),
    pytest.param("We wouldn't mind joining!", id="wouldnt-mind-joining"),
    pytest.param("I don't mind coming along.", id="dont-mind-coming-along"),
]


@pytest.mark.parametrize("text", YES)
def test_a_refusal_only_wished_or_not_minded_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


NOT_YES = [
    pytest.param("I would have loved to come.", id="would-have-loved"),
    pytest.param("I would've come, but I'm sick.", id="wouldve-come-but-sick"),
    pytest.param("I wouldn't mind coming, but I can't.", id="wouldnt-mind-but-cant"),
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_past_wish_to_come_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
