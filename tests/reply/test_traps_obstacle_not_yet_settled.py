"""An obstacle not settled yet is a doubt, not a no: "Ich hätte Lust, aber die
Kinderbetreuung ist noch nicht geklärt. Ich sag so schnell wie möglich Bescheid",
"I'd love to, but my shift isn't confirmed yet". Before, the wish turned by a "but"
was recorded as a no. An obstacle that is settled stays a no, and something else
left open ("wer Kuchen mitbringt") doubts no yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

UNSETTLED = [
    pytest.param(
        "Hallo, ich hätte Lust, aber die Kinderbetreuung ist noch nicht geklärt. "
        "Ich sag so schnell wie möglich Bescheid.",
        id="de-kinderbetreuung-bescheid",
    ),
    pytest.param("Ich hätte Lust, aber die Betreuung ist noch nicht geklärt.", id="de-betreuung"),
    pytest.param("Würde gern, aber mein Urlaub ist noch nicht genehmigt.", id="de-urlaub"),
    pytest.param("Mein Dienstplan steht noch nicht fest.", id="de-dienstplan"),
    pytest.param("Keen, but childcare isn't sorted yet.", id="en-childcare"),
    pytest.param("I'd love to, but my shift isn't confirmed yet.", id="en-shift"),
    pytest.param("Would love to – it's touch and go with work though.", id="en-touch-and-go"),
]


@pytest.mark.parametrize("text", UNSETTLED)
def test_an_obstacle_not_yet_settled_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", UNSETTLED)
def test_an_obstacle_not_yet_settled_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO


def test_a_settled_obstacle_stays_a_no() -> None:
    assert read_intent("Ich hätte Lust, aber ich habe Spätdienst.").answer is Answer.NO


def test_something_else_left_open_leaves_the_yes() -> None:
    text = "Bin dabei! Wer Kuchen mitbringt, ist noch nicht geklärt."
    assert read_intent(text).answer is Answer.YES
