"""A doubt denied: "I don't doubt I'll be there", "I never doubted I'd come" are a yes
(the negation before "doubt" turned the yes after it into a no). A doubt said plainly
("I doubt I'll make it") and a doubt denied about the fun beside a refusal stay a no."""

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


DENIED = [
    pytest.param("I don't doubt I'll be there.", id="dont-doubt"),
    pytest.param("I never doubted I'd come.", id="never-doubted"),
    pytest.param("I have no doubt I'll make it.", id="have-no-doubt"),
    pytest.param("Don't doubt it, I'm coming.", id="dont-doubt-it"),
    pytest.param("I do not doubt that I will attend.", id="do-not-doubt-formal"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_doubt_before_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


REFUSED = [
    pytest.param("I doubt I'll make it.", id="plain-doubt"),
    pytest.param("I don't doubt it'll be great, but I can't come.", id="fun-not-doubted"),
    pytest.param("I never doubted it would be fun, sadly I'm away that week.", id="away"),
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_doubt_about_coming_or_a_refusal_beside_it_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
