"""Missing it said unlikely: "Hardly going to miss it, am I?", "I'm hardly going to miss
this one!" are a yes (the "going to miss it" was read as a no past the "hardly"). "I'm
going to miss it, sadly" stays a no."""

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


HARDLY = [
    pytest.param("Hardly going to miss it, am I?", id="hardly-tag-question"),
    pytest.param("I'm hardly going to miss this one!", id="hardly-going-to-miss"),
    pytest.param("I'm scarcely likely to skip it.", id="scarcely-likely-to-skip"),
    pytest.param("We're hardly gonna pass up the meetup.", id="hardly-gonna-pass-up"),
]


@pytest.mark.parametrize("text", HARDLY)
def test_missing_it_called_unlikely_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_going_to_miss_it_stays_a_no() -> None:
    assert analyse(_mail("I'm going to miss it, sadly.")).answer is Answer.NO
