"""A short answer typed on a phone with one key slipped to its neighbour is still the
answer: "Bin dsbei!", "Ich kommr!", "Diesnal nich". A short word is mended only from
such a slip, so "Komma" or "Kimme" are no typo of "komme" unless the key is beside it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.key_slips import slipped
from mail.types import Answer

SAID = [
    pytest.param("Bin dsbei!", Answer.YES, id="dsbei"),
    pytest.param("Bin dabwi 👍", Answer.YES, id="dabwi"),
    pytest.param("Ich kommr!", Answer.YES, id="kommr"),
    pytest.param("Ich komne gerne", Answer.YES, id="komne"),
    pytest.param("Diesnal nich, sorry", Answer.NO, id="diesnal"),
    pytest.param("Diesmsl leider nicht.", Answer.NO, id="diesmsl"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_short_answer_with_a_slipped_key_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    ("word", "cue", "slip"),
    [
        ("dsbei", "dabei", True),
        ("kommr", "komme", True),
        ("komma", "komme", False),  # "a" is nowhere near "e"
        ("kome", "komme", False),  # a letter missing is no slip
        ("dabei", "dabei", False),
    ],
)
def test_only_a_neighbouring_key_is_a_slip(word: str, cue: str, slip: bool) -> None:
    assert slipped(word, cue) is slip
