"""A sentence opened by "No longer" is no bare "No": "No longer sick, so count me in!",
"No longer stuck in Munich, so I can come after all". Said of the member's coming it
is a no: "No longer able to make it", "I can no longer make it on Thursday"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("No longer sick, so count me in!", id="en-no-longer-sick"),
    pytest.param("No longer stuck in Munich, so I can come after all.", id="en-no-longer-stuck"),
    pytest.param("No longer on call that night – I'll be there!", id="en-no-longer-on-call"),
    pytest.param("No longer double-booked, see you Thursday.", id="en-no-longer-double-booked"),
]


@pytest.mark.parametrize("text", YES)
def test_the_rules_read_no_longer_kept_from_coming_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YES)
def test_no_longer_kept_from_coming_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


NO = [
    pytest.param("No longer able to make it, sorry.", id="en-no-longer-able"),
    pytest.param("No longer free on Thursday, sorry.", id="en-no-longer-free"),
    pytest.param("I can no longer make it on Thursday.", id="en-can-no-longer"),
]


@pytest.mark.parametrize("text", NO)
def test_no_longer_able_to_come_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", NO)
def test_no_longer_able_to_come_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
