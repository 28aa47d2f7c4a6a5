"""Everyday ways of answering that name no verb of coming."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ich kann kommen.", Answer.YES),
        ("Ich schau mal vorbei!", Answer.YES),
        ("Mach mit.", Answer.YES),
        ("Steht im Kalender.", Answer.YES),
        ("See you Thursday!", Answer.YES),
        ("You can count on me.", Answer.YES),
        ("Fällt für mich leider flach.", Answer.NO),
        ("Ich setze diesmal aus.", Answer.NO),
        ("I'll sit this one out.", Answer.NO),
        ("Have to give this one a miss.", Answer.NO),
        ("Wahrscheinlich, ich gebe noch Bescheid.", Answer.MAYBE),
        ("Probably, will let you know.", Answer.MAYBE),
        ("Unter Vorbehalt.", Answer.MAYBE),
    ],
)
def test_an_everyday_answer_is_read(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")
