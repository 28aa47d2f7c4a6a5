"""Staying away called unimaginable or absurd is a yes: "Ich kann mir nicht vorstellen,
nicht zu kommen", "Als ob ich nicht kommen würde!", "I can't imagine not coming", "As if
I wouldn't come!". The coming itself called unimaginable ("Ich kann mir nicht
vorstellen, zu kommen", "I can't imagine coming") is no yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("Ich kann mir nicht vorstellen, nicht zu kommen.", id="de-nicht-zu-kommen"),
    pytest.param("Ich kann mir nicht vorstellen, nicht dabei zu sein.", id="de-nicht-dabei"),
    pytest.param("Ich kann mir nicht vorstellen, dass ich nicht komme.", id="de-dass-nicht"),
    pytest.param("Ich kann mir echt nicht vorstellen, das zu verpassen.", id="de-verpassen"),
    pytest.param("Als ob ich nicht kommen würde!", id="de-als-ob-nicht-kommen"),
    pytest.param("Als ob ich nicht dabei wäre!", id="de-als-ob-nicht-dabei"),
    pytest.param("Ja nee, is klar, als ob ich da nicht käme!", id="de-ja-nee-als-ob"),
    pytest.param("I can't imagine not coming.", id="en-not-coming"),
    pytest.param("I can't imagine not being there.", id="en-not-being-there"),
    pytest.param("Can't imagine missing it!", id="en-missing-it"),
    pytest.param("As if I wouldn't come!", id="en-as-if-wouldnt"),
]


@pytest.mark.parametrize("text", YES)
def test_staying_away_called_unimaginable_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


NOT_YES = [
    pytest.param("Ich kann mir nicht vorstellen, zu kommen.", id="de-zu-kommen"),
    pytest.param("Ja klar, als ob ich kommen würde.", id="de-als-ob-kommen"),
    pytest.param("I can't imagine coming, sorry.", id="en-coming"),
    pytest.param("I can't imagine coming.", id="en-coming-bare"),
    pytest.param("I can't imagine that I'll make it.", id="en-that-ill-make-it"),
]


@pytest.mark.parametrize("text", NOT_YES)
def test_the_coming_itself_called_unimaginable_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
