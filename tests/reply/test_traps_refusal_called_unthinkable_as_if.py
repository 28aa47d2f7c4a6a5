"""Saying no or missing it called unthinkable ("Als ob ich da nein sagen könnte!", "Ja
klar, als ob ich das verpassen würde!", "As if I could say no to that!") and the
member's own rhetorical question answered "not me" ("Wer sagt denn da nein? Ich nicht!",
"Who'd say no to that? Not me!") are a yes. "As if I'd make it in time" doubts the
coming itself and is never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

UNTHINKABLE = [
    pytest.param("Als ob ich da nein sagen könnte!", id="de-als-ob-nein-sagen"),
    pytest.param("Ja klar, als ob ich das verpassen würde! Bis dann.", id="de-als-ob-verpassen"),
    pytest.param("Als ob wir so was auslassen würden. Wir kommen!", id="de-als-ob-auslassen"),
    pytest.param("As if I could say no to that!", id="en-as-if-say-no"),
    pytest.param("As if I'd ever skip pizza night.", id="en-as-if-skip"),
    pytest.param("Wer sagt denn da nein? Ich nicht!", id="de-wer-sagt-nein"),
    pytest.param("Who'd say no to that? Not me!", id="en-who-would-say-no"),
    pytest.param("Who'd miss that? Not me!", id="en-who-would-miss"),
]


@pytest.mark.parametrize("text", UNTHINKABLE)
def test_a_refusal_called_unthinkable_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yeah right, as if I'd make it in time. Sorry.", id="en-make-it-in-time"),
        pytest.param("Als ob ich es pünktlich schaffen würde. Nein, sorry.", id="de-puenktlich"),
        pytest.param("Wer kommt? Ich nicht.", id="de-wer-kommt-ich-nicht"),
        pytest.param("Wer sagt denn da nein? Ich nicht – aber leider mein Chef.", id="de-chef"),
    ],
)
def test_a_doubt_of_the_coming_itself_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
