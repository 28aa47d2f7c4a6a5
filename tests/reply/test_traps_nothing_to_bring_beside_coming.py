"""Not bringing something ("Ich komme, kann aber nichts mitbringen", "I'm coming, but I
can't bring anything") refuses nothing of the evening: beside a yes the reply is a yes;
beside a no ("…, and I can't come either") it stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, kann aber nichts mitbringen.", id="de-nichts"),
        pytest.param("Bin dabei, kann diesmal aber keinen Kuchen mitbringen.", id="de-kuchen"),
        pytest.param("I'm coming, but I can't bring anything.", id="en-anything"),
        pytest.param("Count me in – won't be able to bring snacks though.", id="en-snacks"),
    ],
)
def test_coming_without_bringing_something_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann leider nicht kommen und auch nichts mitbringen.", id="de"),
        pytest.param("I can't bring anything, sorry, and I can't come either.", id="en"),
    ],
)
def test_not_coming_and_not_bringing_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
