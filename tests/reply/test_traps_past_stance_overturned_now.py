"""A past stance against coming overturned by "now" ("Originally I wasn't going to
come. Now I am.") is a yes; the past stance kept ("and I still am not") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OVERTURNED = [
    pytest.param("Originally I wasn't going to come. Now I am.", id="en-now-i-am"),
    pytest.param("Originally I wasnt going to come. But now I will!", id="en-but-now-i-will"),
    pytest.param("I was not planning to come. Now I am coming.", id="en-now-coming"),
    pytest.param("At first I wasn't gonna make it. Now I can!", id="en-gonna-now-i-can"),
    pytest.param("Eigentlich wollte ich absagen, jetzt komme ich doch.", id="de-jetzt-doch"),
    pytest.param("Dachte erst, ich schaff es nicht – passt aber doch.", id="de-passt-doch"),
]


@pytest.mark.parametrize("text", OVERTURNED)
def test_a_past_stance_overturned_by_now_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    ["I was not going to come, and I still am not.", "I wasn't going to come. Still can't."],
)
def test_a_past_stance_kept_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
