"""An emphatic no-word agreeing with missing denied ("Ich lass mir das nicht entgehen, no
way!") stays a yes when a greeting and a name follow on lines of their own, as HTML
clients leave them without a "-- " line."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich lass mir das nicht entgehen, no way!\n\nViele Grüße\nTobias",
        "I won't miss it, no way!\nCheers\nTom",
        "Ich lass mir das nicht entgehen, nein!\n\nLG Anna",
        "I won't miss it, no way!\n\nBest,\nPriya",
    ],
)
def test_an_emphatic_no_word_agreeing_with_a_denial_above_a_greeting_is_a_yes(
    text: str,
) -> None:
    assert read_intent(text).answer is Answer.YES
