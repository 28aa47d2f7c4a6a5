"""A no or a doubt said only of another evening is no answer for this one, and not one the
trained reader may guess either: the reply goes to a person, with the reason.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<reply-1@example.org>"
    message["In-Reply-To"] = "<invitation-1@example.org>"
    message.set_content(text)
    return bytes(message)


OTHER_EVENING_ONLY = [
    pytest.param(
        "Letztes Mal konnte ich leider nicht kommen, war krank.", id="de-letztes-mal-krank"
    ),
    pytest.param("Last month I couldn't make it, sorry about that.", id="en-last-month-sorry"),
    pytest.param("Beim letzten Treffen war ich ja nicht da.", id="de-letztes-treffen-nicht-da"),
    pytest.param("Letzte Woche musste ich leider absagen.", id="de-letzte-woche-absagen"),
    pytest.param("I wasn't sure last time whether I'd come.", id="en-unsure-last-time"),
]


@pytest.mark.parametrize("text", OTHER_EVENING_ONLY)
def test_a_no_of_another_evening_alone_goes_to_review(text: str) -> None:
    result = analyse(_reply(text))
    assert result.answer is None
    assert result.answer_problem


KEPT = [
    pytest.param(
        "Letztes Mal konnte ich nicht, diesmal bin ich dabei.", Answer.YES, id="de-diesmal-dabei"
    ),
    pytest.param("Last time I couldn't come, this time I'm in!", Answer.YES, id="en-this-time-in"),
    pytest.param(
        "Letztes Mal war super. Diesmal kann ich leider nicht.", Answer.NO, id="de-diesmal-nicht"
    ),
    pytest.param("Last month was fun! See you Thursday.", Answer.YES, id="en-see-you-thursday"),
]


@pytest.mark.parametrize(("text", "answer"), KEPT)
def test_this_evenings_answer_beside_another_evening_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
