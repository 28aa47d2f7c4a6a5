"""Struck off the one evening, or bowing out of it, is a no.

"Please cross me off for Thursday", "Scratch me for Thursday", "Strike me off for this
one", "Take me off for the 28th", "I'm bowing out this time" went to review. "Cross me
off the list" leaves the list, not the evening; "Don't cross me off for Thursday, I'm
coming!" and "I'm not bowing out" are no no.
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
        "Please cross me off for Thursday.",
        "Scratch me for Thursday.",
        "Strike me off for this one.",
        "Take me off for the 28th, sorry.",
        "I'm bowing out this time.",
    ],
)
def test_struck_off_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Cross me off the list, please.",
        "Don't cross me off for Thursday, I'm coming!",
        "I'm not bowing out, see you there.",
        "No need to scratch me for Thursday, I'll be there.",
    ],
)
def test_struck_off_something_else_or_denied_is_no_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO
