"""Coming said of any other evening: "Any other week I'd be there", "Any other day I'd say
yes" are a no to this one (the "I'd be there" was read as a yes). "Any other week I'd
hesitate, but this one I'm in" stays a yes."""

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


ANY_OTHER = [
    pytest.param("Any other week I'd be there.", id="any-other-week"),
    pytest.param("Any other day I'd say yes.", id="any-other-day-say-yes"),
    pytest.param("Any other Thursday we'd come along, honestly.", id="any-other-thursday"),
    pytest.param("Any other night we would join you.", id="any-other-night-we-would"),
]


@pytest.mark.parametrize("text", ANY_OTHER)
def test_coming_on_any_other_evening_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_any_other_week_i_would_be_there_is_a_no() -> None:
    assert analyse(_mail("Any other week I'd be there.")).answer is Answer.NO


def test_hesitating_another_week_but_in_this_one_is_a_yes() -> None:
    text = "Any other week I'd hesitate, but this one I'm in."
    assert analyse(_mail(text)).answer is Answer.YES
