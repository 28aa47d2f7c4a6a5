"""A German certainty word with a "ja" after it answers yes.

"Definitiv ja", "Absolut ja", "Dieses Mal sicher ja", "Auf alle Fälle ja", "Aber
sicher!" went to review, where "Definitely yes" was read. The same word denied
("Sicher nicht", "Definitiv nicht"), asked ("Sicher?"), turned ("Sicher, aber leider
nicht diesmal"), conceding ("Sicher, das Thema ist spannend – nur …") or qualifying
what came before ("Zwei! Eindeutig.") is no yes.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Dieses Mal sicher ja.",
        "Definitiv ja.",
        "Eindeutig ja.",
        "Auf alle Fälle ja.",
        "Ganz sicher ja.",
        "Absolut ja!",
        "Aber sicher!",
    ],
)
def test_a_certainty_with_a_ja_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Sicher nicht, sorry.",
        "Definitiv nicht.",
        "Bestimmt nicht.",
        "Sicher? Ich glaube nicht.",
        "Sicher, aber leider nicht diesmal.",
        "Absolut keine Zeit, sorry.",
        "Bestimmt bald wieder, diesmal nicht.",
        "Zwei! Eindeutig.",
        "Sicher, das Thema ist spannend – nur bin ich an dem Abend leider verhindert.",
    ],
)
def test_a_certainty_denied_asked_or_turned_is_no_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.YES
