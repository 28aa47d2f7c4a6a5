"""Skipping said without naming what: "Alright, I'll skip.", "Gonna have to pass" are a no
("Alright" alone made a yes of the first). Not skipping stays no refusal."""

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


SKIPPING = [
    pytest.param("Alright, I'll skip.", id="alright-ill-skip"),
    pytest.param("Ok, I will pass.", id="ok-i-will-pass"),
    pytest.param("Gonna have to pass, sorry.", id="gonna-have-to-pass"),
    pytest.param("Sure thing, I'll be skipping this one.", id="be-skipping-this-one"),
    pytest.param("Fine, I'm going to skip.", id="going-to-skip"),
]


@pytest.mark.parametrize("text", SKIPPING)
def test_skipping_said_alone_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_not_skipping_is_no_refusal() -> None:
    assert analyse(_mail("I'm not skipping this one!")).answer is not Answer.NO
