"""Coming only in a dream or another life: "I'll be there... in my dreams", "Sure, I'll
come - in my next life" are a no (the "I'll be there" was read as a yes)."""

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


DREAMT = [
    pytest.param("I'll be there... in my dreams.", id="in-my-dreams"),
    pytest.param("Sure, I'll come - in my next life.", id="next-life"),
    pytest.param("I'll be there in my wildest dreams, not in reality.", id="wildest-dreams"),
    pytest.param("Count me in, in another life.", id="another-life"),
]


@pytest.mark.parametrize("text", DREAMT)
def test_coming_only_in_a_dream_or_another_life_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_coming_in_my_dreams_is_a_no() -> None:
    assert analyse(_mail("I'll be there... in my dreams.")).answer is Answer.NO
