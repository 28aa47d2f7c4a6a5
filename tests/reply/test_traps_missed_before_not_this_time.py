"""A refusal of past evenings, not this time: "I missed last time, not this time!",
"Skipped the last two meetups, but not this time" are no refusal (the "not this time"
was read as the no). "Missed the train last time, not this time either" stays a no."""

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


NOT_AGAIN = [
    pytest.param("I missed last time, not this time!", id="missed-last-time"),
    pytest.param("Skipped the last two meetups, but not this time.", id="skipped-last-two"),
    pytest.param("I sat out the last one - not this time!", id="sat-out-last-one"),
    pytest.param("Bailed on the last few months, not this time.", id="bailed-on-last-few"),
]


@pytest.mark.parametrize("text", NOT_AGAIN)
def test_past_evenings_missed_then_not_this_time_is_no_refusal(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_not_this_time_either_stays_a_no() -> None:
    assert analyse(_mail("Missed the train last time, not this time either.")).answer is Answer.NO
