"""Staying home denied ("I'm not staying home for this", "Ich bleibe nicht zuhause") is
coming: the negation falls on the absence, not on the evening."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

STAYING_HOME_DENIED = [
    pytest.param("I'm not staying home for this.", id="not-staying-home"),
    pytest.param("I won't stay home, count me in.", id="wont-stay-home"),
    pytest.param("We're not staying at home this time.", id="not-staying-at-home"),
    pytest.param("Ich bleibe nicht zuhause.", id="bleibe-nicht-zuhause"),
    pytest.param("Diesmal bleib ich nicht daheim!", id="bleib-nicht-daheim"),
]


@pytest.mark.parametrize("text", STAYING_HOME_DENIED)
def test_the_rules_read_staying_home_denied_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", STAYING_HOME_DENIED)
def test_staying_home_denied_is_never_recorded_as_no(text: str) -> None:
    # where the trained reader is sure of a no, a person reads it
    assert analyse(_mail(text)).answer in (Answer.YES, None)


def test_staying_home_said_plainly_is_never_read_as_yes() -> None:
    assert analyse(_mail("I'm staying home.")).answer is Answer.NO
