"""A German certainty word said alone, or with a "ja", answers yes.

"Definitiv!", "Absolut ja", "Dieses Mal sicher ja", "Ganz sicher!", "Auf alle Fälle
ja", "Hundertprozentig!", "Aber sicher!" went to review, where "Definitely!" was read.
The same word denied ("Sicher nicht", "Definitiv nicht"), asked ("Sicher?") or turned
("Sicher, aber leider nicht diesmal") is no yes.
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
        "Definitiv!",
        "Eindeutig ja.",
        "Auf alle Fälle ja.",
        "Ganz sicher!",
        "Absolut!",
        "Hundertprozentig!",
        "Aber sicher!",
        "Na sicher, bis Donnerstag.",
    ],
)
def test_a_certainty_said_alone_is_a_yes(text: str) -> None:
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
    ],
)
def test_a_certainty_denied_asked_or_turned_is_no_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.YES
