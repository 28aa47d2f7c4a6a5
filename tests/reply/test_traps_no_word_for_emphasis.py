"""A "no" that only makes a choice or a yes emphatic: "Accessible posts, hands down, no
contest." Its "no" was read as a refusal, an answer where the member only voted, or
set against the member's own yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EMPHATIC = [
    pytest.param("Accessible posts, hands down, no contest.", id="en-hands-down"),
    pytest.param("The second topic, no contest!", id="en-second-topic"),
    pytest.param("Topic two, no competition.", id="en-no-competition"),
    pytest.param("Das zweite Thema, no contest.", id="mixed-zweites-thema"),
    pytest.param("Honestly a no-brainer: the first one.", id="en-no-brainer"),
]


@pytest.mark.parametrize("text", EMPHATIC)
def test_an_emphatic_no_word_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize("text", EMPHATIC)
def test_an_emphatic_no_word_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in, no contest.", id="en-im-in"),
        pytest.param("Easy: no contest, I'm there.", id="en-im-there"),
    ],
)
def test_a_yes_made_emphatic_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_a_refusal_beside_the_idiom_stays_a_no() -> None:
    assert read_intent("No contest from me, I can't make it.").answer is Answer.NO
