"""An impossibility of not coming: "There's no way I can't come", "No chance I won't be
there" are a yes (the no after "no way" was read, or the trained reader guessed a no).
"No way, I can't come" keeps the comma and stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Sam Reid <sam@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


NOT_COMING_IMPOSSIBLE = [
    pytest.param("There's no way I can't come!", id="no-way-cant"),
    pytest.param("No chance I won't be there.", id="no-chance-wont"),
    pytest.param("It's impossible that I wouldn't make it.", id="impossible-wouldnt"),
    pytest.param("Not a chance we won't show up, see you!", id="not-a-chance-we"),
]


@pytest.mark.parametrize("text", NOT_COMING_IMPOSSIBLE)
def test_the_rules_read_not_coming_called_impossible_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_COMING_IMPOSSIBLE)
def test_not_coming_called_impossible_is_never_recorded_as_no(text: str) -> None:
    # where the trained reader is sure of a no, a person reads it
    assert analyse(_mail(text)).answer in (Answer.YES, None)


def test_no_way_then_a_refusal_after_the_comma_stays_no() -> None:
    assert analyse(_mail("No way, I can't come.")).answer is not Answer.YES
