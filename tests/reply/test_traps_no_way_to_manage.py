"""Not knowing how one would manage it is a refusal: "Ich wüsste nicht, wie ich das
schaffen soll", "I have no idea how I'd make it". The "schaffen" or "make it" after the
comma is governed by the not-knowing; it is never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO_WAY_TO_MANAGE = [
    pytest.param("Ich wüsste nicht, wie ich das schaffen soll.", id="de-wuesste-nicht-wie"),
    pytest.param("Keine Ahnung, wie ich das schaffen soll.", id="de-keine-ahnung-wie"),
    pytest.param("Weiß echt nicht, wie ich das hinkriegen soll, sorry.", id="de-hinkriegen"),
    pytest.param("I have no idea how I'd make it, sorry.", id="en-no-idea-how"),
    pytest.param("I don't see how I could make it.", id="en-dont-see-how"),
    pytest.param("Honestly don't know how we'd manage, sorry.", id="en-dont-know-manage"),
]


@pytest.mark.parametrize("text", NO_WAY_TO_MANAGE)
def test_not_knowing_how_to_manage_it_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", NO_WAY_TO_MANAGE)
def test_the_rules_read_not_knowing_how_to_manage_it_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_not_knowing_the_way_there_beside_coming_stays_a_yes() -> None:
    assert analyse(_mail("Weiß nicht, wie ich hinkomme, aber ich bin dabei.")).answer is Answer.YES
