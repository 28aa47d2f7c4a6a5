"""A later evening answered beside this one: "This one yes, the next one probably not",
"Diesmal ja, nächstes Mal eher nicht", "Next month yes, this time no". A no said of the
later evening is not this evening's; the answer for this one decides."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

THIS_ONE_YES = [
    pytest.param("This one yes, the next one probably not.", id="en-this-one-yes"),
    pytest.param("Diesmal ja, nächstes Mal eher nicht.", id="de-diesmal-ja"),
    pytest.param("Diesmal komme ich, nächstes Mal kann ich nicht.", id="de-diesmal-komme"),
    pytest.param("I'm coming, the next meetup not though.", id="en-coming-next-not"),
]


@pytest.mark.parametrize("text", THIS_ONE_YES)
def test_the_rules_read_a_later_evening_declined_beside_a_yes_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", THIS_ONE_YES)
def test_a_later_evening_declined_beside_a_yes_is_never_recorded_as_no(text: str) -> None:
    # the trained reader may still doubt the rules' yes: then a person reads it
    assert analyse(_mail(text)).answer in (Answer.YES, None)


THIS_ONE_NO = [
    pytest.param("Next month yes, this time no.", id="en-this-time-no"),
    pytest.param("Nächsten Monat ja, diesmal nein.", id="de-diesmal-nein"),
    pytest.param("Nächstes Mal gerne, diesmal nicht.", id="de-diesmal-nicht"),
    pytest.param("I cannot come next time or this time.", id="en-neither-time"),
]


@pytest.mark.parametrize("text", THIS_ONE_NO)
def test_this_evening_declined_beside_a_later_yes_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
