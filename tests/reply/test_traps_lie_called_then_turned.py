"""A claim called a lie ("Es wäre gelogen zu sagen, dass ich nicht gern käme") is turned
only up to the turn after it: "– aber es geht halt nicht" is said as it stands, so the
sentence is a no, never the yes the turned claim alone would give."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Es wäre gelogen zu sagen, dass ich nicht gern käme – aber es geht halt nicht.",
            id="de-dash-aber",
        ),
        pytest.param(
            "Ich würde lügen, wenn ich sagen würde, ich hätte keine Lust, aber ich kann nicht.",
            id="de-aber-kann-nicht",
        ),
        pytest.param(
            "I'd be lying if I said I wasn't keen, but I can't make it this time.",
            id="en-but-cant",
        ),
    ],
)
def test_a_no_after_the_turn_of_a_lie_called_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich würde lügen, wenn ich sagen würde, dass ich nicht komme.", id="de"),
        pytest.param("I'd be lying if I said I couldn't make it.", id="en"),
    ],
)
def test_a_lie_called_without_a_turn_is_still_turned(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
