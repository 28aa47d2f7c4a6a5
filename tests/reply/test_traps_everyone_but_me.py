"""The member as the one left out of everyone is a no: "Alle kommen, außer mir", "Das
ganze Team ist dabei, bis auf mich". "Außer mir kommt was dazwischen" (unless something
comes up for me) stays a condition: a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEFT_OUT = [
    pytest.param("Alle kommen, außer mir.", id="alle-ausser-mir"),
    pytest.param("Alle kommen außer mir, leider.", id="alle-ausser-mir-leider"),
    pytest.param("Das ganze Team ist dabei, bis auf mich.", id="team-bis-auf-mich"),
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_the_rules_read_the_member_left_out_of_everyone_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", LEFT_OUT)
def test_the_member_left_out_of_everyone_is_never_recorded_as_yes(text: str) -> None:
    # where the trained reader is sure of a yes, a person reads it
    assert analyse(_mail(text)).answer in (Answer.NO, None)


def test_unless_something_comes_up_for_me_stays_a_condition() -> None:
    assert analyse(_mail("Ich komme, außer mir kommt was dazwischen.")).answer is Answer.MAYBE
