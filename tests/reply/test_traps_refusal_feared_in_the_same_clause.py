"""A refusal feared before, said in the same clause as the fear, then turned: "I thought
I'd have to cancel, but I can come after all", "I was sure I couldn't make it, turns
out I can". The no is what was feared; the yes after the turn holds. A yes feared and
then a no ("I thought I could come, but I can't") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

_TURNED = [
    pytest.param("I thought I'd have to cancel, but I can come after all.", id="after-all"),
    pytest.param(
        "The kids have been sick and I thought I'd have to cancel, but my mother-in-law is "
        "coming to look after them, so I'll be there after all.",
        id="long-mother-in-law",
    ),
    pytest.param("I was sure I couldn't make it, turns out I can.", id="turns-out"),
    pytest.param("We were worried we couldn't come, but we can!", id="we-were-worried"),
    pytest.param(
        "I figured I'd have to skip it, but my shift got moved, so count me in.", id="figured"
    ),
]


@pytest.mark.parametrize("text", _TURNED)
def test_a_refusal_feared_then_turned_is_read_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", _TURNED)
def test_a_refusal_feared_then_turned_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I thought I could come, but I can't.", id="thought-could"),
        pytest.param("I was sure I'd be able to come, but now I can't.", id="sure-able"),
        pytest.param("I thought I couldn't come but I still can't.", id="still-cant"),
    ],
)
def test_a_coming_believed_then_turned_down_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
