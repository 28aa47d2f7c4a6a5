"""A decline denied, or a "missing" denied, is coming: the negation turns the no-word round.

Kept apart from a wish not to decline ("ich will nicht absagen, aber …"), which still
leaves the answer to what follows."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Ich sage nicht ab!", Answer.YES, id="sage-nicht-ab"),
    pytest.param("Wir sagen sicher nicht ab.", Answer.YES, id="sagen-sicher-nicht-ab"),
    pytest.param("Keine Sorge, ich sag diesmal nicht ab :)", Answer.YES, id="sag-diesmal-nicht-ab"),
    pytest.param("I'm not cancelling, see you there", Answer.YES, id="not-cancelling"),
    pytest.param("Not going to cancel this time!", Answer.YES, id="not-going-to-cancel"),
    pytest.param("No way I'm missing that!", Answer.YES, id="no-way-im-missing-that"),
    pytest.param("I won't cancel unless I get sick.", Answer.MAYBE, id="wont-cancel-unless"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_denied_decline_is_read_as_coming(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Mia Beispiel <mia@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message.set_content(text)
    return message.as_bytes()


@pytest.mark.parametrize("text", ["Ich sage nicht ab!", "I'm not cancelling, see you there"])
def test_a_denied_decline_is_recorded_as_yes(text: str) -> None:
    result = analyse(_reply(text))
    assert (result.answer, result.answer_problem) == (Answer.YES, "")
