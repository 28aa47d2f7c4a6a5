"""Signs that answer on their own: 🙅 ✖️ ⛔ and "-1" are a no, 🆗 a yes. A "- 1"
with a space is a list item, a "-1" inside a sentence a number: neither answers."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("🙅", Answer.NO, id="person-gesturing-no"),
        pytest.param("🙅‍♀️ sorry", Answer.NO, id="person-gesturing-no-zwj"),
        pytest.param("✖️", Answer.NO, id="heavy-x"),
        pytest.param("⛔", Answer.NO, id="no-entry"),
        pytest.param("-1", Answer.NO, id="minus-one"),
        pytest.param("-1, sorry", Answer.NO, id="minus-one-sorry"),
        pytest.param("🆗", Answer.YES, id="ok-button"),
        pytest.param("Bin dabei 🆗", Answer.YES, id="ok-button-beside-yes"),
    ],
)
def test_a_sign_alone_answers(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("- 1", id="list-item"),
        pytest.param("Themen:\n- 1\n- 3", id="list-of-numbers"),
    ],
)
def test_a_numbered_list_item_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None


def test_a_negative_number_in_a_sentence_is_no_answer() -> None:
    assert read_intent("Ich hab nur -1 Grad im Keller, komme aber").answer is Answer.YES
