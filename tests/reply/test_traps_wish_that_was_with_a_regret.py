"""A wish that was, said with a regret ("Shame, I really wanted to come", "Gutted – I was
so looking forward to this one") or with the evening named as the one it was meant for
("I so wanted to come this time", "I was so hoping to make this one") is a no, as
"Schade, ich wollte wirklich kommen" is. A yes said beside it is never turned into a
no, and a regret about something else than coming says nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WISH_THAT_WAS = [
    pytest.param("Shame, I really wanted to come. Work trip to Budapest.", id="shame"),
    pytest.param("Sadly, we had hoped to make it. The baby is teething.", id="sadly-we"),
    pytest.param("Gutted – I was so looking forward to this one.", id="gutted"),
    pytest.param("Unfortunately I really wanted to join, but no.", id="unfortunately"),
    pytest.param("I so wanted to come this time. Then work got in the way.", id="this-time"),
    pytest.param("I was so hoping to make this one. Alas, my flight lands late.", id="this-one"),
]


@pytest.mark.parametrize("text", WISH_THAT_WAS)
def test_a_wish_that_was_with_a_regret_reads_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


YES_BESIDE = [
    pytest.param("I really wanted to come – and now I can! See you.", id="now-i-can"),
    pytest.param("I so wanted to come this time, and I can. Count me in!", id="and-i-can"),
    pytest.param("I'm coming! Sadly, I wanted to bring cake but there's no time.", id="cake"),
]


@pytest.mark.parametrize("text", YES_BESIDE)
def test_a_yes_beside_the_wish_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
