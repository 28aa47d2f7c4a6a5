"""A yes spoken of as what one would say ("Of course! …is what I'd love to say", "Klar! –
hätte ich gesagt") is not said: never recorded as a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SPOKEN_OF = [
    pytest.param("Of course! ...is what I'd love to say. But no.", id="en-love-to-say"),
    pytest.param("Count me in – is what I would say on any other night.", id="en-any-other"),
    pytest.param("Yes! That is what I'd like to say.", id="en-like-to-say"),
    pytest.param("Ich bin dabei! – hätte ich gern gesagt.", id="de-haette-gern-gesagt"),
    pytest.param("Bin dabei, würde ich jetzt gern sagen.", id="de-wuerde-jetzt-gern-sagen"),
]


@pytest.mark.parametrize("text", SPOKEN_OF)
def test_a_yes_only_spoken_of_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_yes_said_and_then_repeated_stays_yes() -> None:
    assert read_intent("Yes, I'll be there, as I said.").answer is Answer.YES
