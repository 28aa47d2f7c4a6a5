"""An answer whose saying is denied. "I'm not saying I won't come" and "Hab nie gesagt,
dass ich nicht komme" deny a refusal: the member comes (both were a no). "Ich sag nicht,
dass ich komme" and "I'm not saying I'll come" deny a yes: the member leaves it open
("Ich sag nicht, dass ich komme" was a yes)."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSAL_DENIED = [
    pytest.param(
        "I'm not saying I won't come. I'm saying I'll be a bit late.", id="en-not-saying-wont"
    ),
    pytest.param("I never said I can't make it. See you Thursday", id="en-never-said-cant"),
    pytest.param("Who said I'm not coming? See you there", id="en-who-said"),
    pytest.param("Ich sag nicht, dass ich nicht komme. Nur später.", id="de-sag-nicht-dass"),
    pytest.param("Hab nie gesagt, dass ich nicht komme.", id="de-hab-nie-gesagt"),
    pytest.param(
        "Habe ich nie gesagt, dass ich nicht dabei bin. Natürlich komme ich.",
        id="de-habe-ich-nie-gesagt-dabei",
    ),
]

YES_DENIED = [
    pytest.param("Ich sag nicht, dass ich komme.", id="de-sag-nicht-dass-ich-komme"),
    pytest.param("Hab nicht gesagt, dass ich dabei bin.", id="de-hab-nicht-gesagt-dabei"),
    pytest.param("Ich habe noch nicht gesagt, dass ich zusage.", id="de-noch-nicht-zusage"),
    pytest.param("I'm not saying I will come", id="en-not-saying-will"),
    pytest.param("I'm not promising I'll make it", id="en-not-promising"),
    pytest.param("I didn't say I'd be there.", id="en-didnt-say-id-be-there"),
]


@pytest.mark.parametrize("text", REFUSAL_DENIED)
def test_a_refusal_whose_saying_is_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSAL_DENIED)
def test_a_refusal_whose_saying_is_denied_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", YES_DENIED)
def test_a_yes_whose_saying_is_denied_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
