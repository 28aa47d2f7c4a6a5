"""Two negations that cancel are never read as the no they contain.

"Ich glaube nicht, dass ich es nicht schaffe" was recorded as a no: the doubt
turned the clause's yes into a no but left its no standing, and with the rules
silent the trained reader counted the "nicht". "Ich hab die letzten beiden Male
abgesagt, diesmal nicht!" denies a refusal made before; it is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _reply(text: str) -> bytes:
    return (
        "From: Anna <anna@example.org>\r\nTo: club@example.org\r\n"
        "Subject: Re: Einladung\r\nMessage-ID: <d1@example.org>\r\n"
        "In-Reply-To: <inv-1@somek>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{text}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich glaube nicht, dass ich es nicht schaffe.", id="glaube-nicht-nicht"),
        pytest.param("Ich denke nicht, dass ich nicht kann.", id="denke-nicht-nicht"),
    ],
)
def test_a_no_inside_a_doubted_clause_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_reply(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich glaube nicht, dass ich es schaffe.", id="glaube-nicht"),
        pytest.param("Ich glaube nicht, dass ich kommen kann.", id="glaube-nicht-kommen"),
    ],
)
def test_a_doubted_yes_is_still_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hab die letzten beiden Male abgesagt, diesmal nicht!", id="de"),
        pytest.param("I've bailed the last two times, not this time!", id="en"),
    ],
)
def test_a_refusal_made_before_and_not_this_time_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_coming_before_and_not_this_time_is_still_a_no() -> None:
    assert read_intent("Letztes Mal war ich da, diesmal nicht.").answer is Answer.NO
