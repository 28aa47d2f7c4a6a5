"""Refusing called hard, or nothing seen against coming: "Da kann ich schlecht nein
sagen", "I can hardly say no to that", "Ich sehe nicht, was dagegen spräche". A yes;
"nein sagen" refuses nothing here. A turn after it ("…, but I have to") makes the
refusal after all, reluctantly: never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Da kann ich schlecht nein sagen.", id="schlecht-nein-sagen"),
        pytest.param("Da kann ich kaum widerstehen.", id="kaum-widerstehen"),
        pytest.param("I can hardly say no.", id="hardly-say-no"),
        pytest.param("I can hardly say no to that!", id="hardly-say-no-to-that"),
        pytest.param("Hard to say no to SEO and beer.", id="hard-to-say-no"),
        pytest.param("Ich sehe nicht, was dagegen spräche.", id="sehe-nicht-was-dagegen"),
        pytest.param("Wüsste nicht, was mich abhalten sollte.", id="wuesste-nicht-abhalten"),
    ],
)
def test_refusing_called_hard_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It is hard to say no, but I have to.", id="but-i-have-to"),
        pytest.param("Schwer, da nein zu sagen – aber ich muss leider.", id="aber-muss"),
        pytest.param("Ich kann schlecht nein sagen, aber diesmal muss ich.", id="diesmal-muss"),
        pytest.param("I can hardly refuse, sadly I must.", id="sadly-must"),
    ],
)
def test_refusing_called_hard_then_made_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
