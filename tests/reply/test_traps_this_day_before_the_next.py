"""This week's day declined, the next one accepted: "Diesen Donnerstag nicht, nächsten
Donnerstag bin ich dabei", "Not this Thursday, but next Thursday I'm in". The evening
invited to is this one: the answer is no; the yes is for a later evening."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

THIS_NO_NEXT_YES = [
    pytest.param(
        "Diesen Donnerstag nicht, nächsten Donnerstag bin ich dabei.", id="de-diesen-donnerstag"
    ),
    pytest.param(
        "Diesen Donnerstag leider nicht, am nächsten Stammtisch bin ich wieder dabei.",
        id="de-naechster-stammtisch",
    ),
    pytest.param("Den Dienstag nicht, aber nächsten Dienstag gern.", id="de-den-dienstag"),
    pytest.param("Not this Thursday, but next Thursday I'm in.", id="en-not-this-thursday"),
    pytest.param("This Thursday no, next Thursday yes.", id="en-this-thursday-no"),
    pytest.param("Not this week, but count me in next week.", id="en-not-this-week"),
]


@pytest.mark.parametrize("text", THIS_NO_NEXT_YES)
def test_the_rules_read_this_day_declined_before_the_next_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", THIS_NO_NEXT_YES)
def test_this_day_declined_before_the_next_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_this_day_accepted_stays_a_yes() -> None:
    assert read_intent("Diesen Donnerstag bin ich dabei!").answer is Answer.YES


def test_this_day_not_to_be_missed_stays_a_yes() -> None:
    assert read_intent("Den Donnerstag nicht verpassen – bin dabei.").answer is Answer.YES
