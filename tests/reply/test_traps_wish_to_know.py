"""A wish to know or hear something is a question, not an answer to the invitation: "I'd
love to know how you pick the topics", "We'd like to know if parking is available". A
wish to come stays a yes, also beside a wish to hear the talk."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd love to know how you pick the topics.", id="know-how"),
        pytest.param("Would love to hear how others handle TikTok.", id="hear-how"),
        pytest.param("I'd love to find out who else is coming.", id="find-out"),
        pytest.param("We'd like to know if parking is available.", id="like-to-know"),
        pytest.param("I would like to ask whether slides will be shared.", id="like-to-ask"),
    ],
)
def test_a_wish_to_know_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd love to come!", id="love-to-come"),
        pytest.param("Would love to! See you Thursday.", id="would-love-to"),
        pytest.param("I'd love to hear the talk, count me in.", id="hear-the-talk"),
    ],
)
def test_a_wish_to_come_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
