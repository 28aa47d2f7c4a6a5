"""A refusal the member feared, then turned, is no refusal: "I was afraid I wouldn't be
able to make it, but it works out", "Ich hatte schon befürchtet, dass ich nicht kann,
aber es klappt". The fear's "can't" was read as the answer. A fear that came true
("… and indeed I can't") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param(
        "I was afraid I wouldn't be able to make it, but it works out. See you!", id="en-afraid"
    ),
    pytest.param(
        "I was worried I couldn't make it, but my shift got swapped - I'm in.", id="en-worried"
    ),
    pytest.param(
        "We were afraid we couldn't come, but it worked out. See you Thursday.", id="en-we"
    ),
    pytest.param(
        "Ich hatte schon befürchtet, dass ich nicht kann, aber es klappt. Bis Donnerstag!",
        id="de-schon-befuerchtet",
    ),
    pytest.param(
        "Ich hatte Angst, dass ich nicht kann, aber jetzt klappt es doch. Ich komme.",
        id="de-angst",
    ),
    pytest.param(
        "Ich befürchtete schon, dass ich arbeiten muss, aber ich hab frei bekommen. Bin dabei!",
        id="de-befuerchtete",
    ),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_refusal_feared_then_turned_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
    assert read_intent(text).answer is not Answer.NO


RULES_YES = [p for p in TURNED if p.id in {"en-worried", "de-schon-befuerchtet", "de-angst"}]


@pytest.mark.parametrize("text", RULES_YES)
def test_the_turn_after_a_feared_refusal_is_the_answer(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


CAME_TRUE = [
    pytest.param("I was afraid I couldn't come, and indeed I can't. Sorry!", id="en-indeed"),
    pytest.param("I was afraid I'd have to cancel, and I do. Sorry.", id="en-cancel"),
    pytest.param(
        "Ich hatte schon befürchtet, dass es klappt, aber leider muss ich doch absagen.",
        id="de-absagen",
    ),
]


@pytest.mark.parametrize("text", CAME_TRUE)
def test_a_feared_refusal_that_came_true_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
