"""A hard no said in a sentence ("It's a hard no from me") is a no, not the maybe of
"it's hard"."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("It's a hard no from me, sorry.", Answer.NO),
        ("It's a hard pass for me.", Answer.NO),
        ("We're moving house that week, so it's a hard no from me, but have fun.", Answer.NO),
        ("It's hard, sorry.", Answer.MAYBE),
    ],
)
def test_a_hard_no_is_a_no_while_it_being_hard_is_a_maybe(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
