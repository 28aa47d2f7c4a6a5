"""A wish turned by a "though" at its end ("Would love to, it's my son's birthday
though") is turned as "would love to, but …" is: never a yes. A lateness or a detail
before the "though" is for a person; "and …" after the wish adds to it."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("Would love to, it's my son's birthday though.", id="birthday-though"),
    pytest.param("I'd love to come, I'm in Leeds that week though.", id="leeds-though"),
    pytest.param("I'd really like to, the date is awkward though.", id="date-awkward-though"),
    pytest.param("Would love to join, work's mental this week though!", id="work-though"),
]


@pytest.mark.parametrize("text", TURNED)
def test_wish_turned_by_a_trailing_though_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


def test_wish_turned_by_a_trailing_though_with_a_reason_is_a_no() -> None:
    assert read_intent("Would love to, it's my son's birthday though.").answer is Answer.NO


def test_lateness_before_the_though_is_for_a_person() -> None:
    assert read_intent("I'd love to come – I'll be late though.").answer is None


def test_and_after_the_wish_adds_to_it() -> None:
    assert read_intent("I'd love to, and I'll bring snacks though.").answer is Answer.YES
