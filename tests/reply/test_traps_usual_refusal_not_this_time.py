"""The member's usual refusal denied for this time ("Normalerweise würde ich absagen,
aber diesmal nicht", "Normally I'd cancel, but not this time") is a yes; the usual
coming denied for this time ("Normally I'd come, but not this time") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Normalerweise würde ich absagen, aber diesmal nicht.", id="de-absagen"),
        pytest.param("Sonst sage ich ja immer ab, aber diesmal nicht.", id="de-sage-ab"),
        pytest.param("Sonst sag ich immer ab, diesmal nicht!", id="de-ohne-aber"),
        pytest.param("Normally I'd cancel, but not this time.", id="en-cancel"),
        pytest.param("Usually I'd say no, but not this time!", id="en-say-no"),
    ],
)
def test_the_usual_refusal_not_this_time_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Normalerweise würde ich kommen, aber diesmal nicht.", id="de-kommen"),
        pytest.param("Normally I'd come, but not this time.", id="en-come"),
    ],
)
def test_the_usual_coming_not_this_time_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
