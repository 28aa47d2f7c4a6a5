"""Coming, said as showing up or setting off, is a yes.

"Ich lass mich blicken", "Ich werde mich Donnerstag blicken lassen", "Ich mach mich am
Donnerstag auf den Weg", "Ich lasse es mir nicht nehmen, zu kommen" (its "nicht" refuses
the staying away), "Ich tauche auf", "I'll show my face", "I'll make an appearance".
Denied, or on the way somewhere else, they are no yes.
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
        "Ich lass mich blicken.",
        "Ich lasse mich am 28. blicken.",
        "Ich werde mich Donnerstag blicken lassen.",
        "Ich mach mich am Donnerstag auf den Weg.",
        "Ich lasse es mir nicht nehmen, zu kommen.",
        "Ich tauche auf.",
        "I'll show my face.",
        "I'll make an appearance.",
    ],
)
def test_showing_up_said_as_an_idiom_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Ich lasse mich diesmal nicht blicken.",
        "Ich werde mich nicht blicken lassen.",
        "Ich lass mich leider nicht blicken, Dienst.",
        "Ich mach mich Donnerstag auf den Weg nach Berlin, sorry.",
        "Ich mach mich am 28. auf den Weg in den Urlaub.",
        "I won't show my face there, sorry.",
        "I'll show you the slides next time.",
    ],
)
def test_showing_up_denied_or_elsewhere_is_no_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.YES
