""" "Bad timing" and "nicht in town", in English or mixed into German, are a no: "Thanks,
aber Donnerstag ist bad timing, Inventur", "Bad timing, I'm afraid", "Bummer, ich bin
nicht in town". Unread, they went to review. "Not bad timing at all, I'll come" is a
yes, and a bad timing beside a yes is never recorded as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Thanks, aber Donnerstag ist bad timing, Inventur.", id="mixed-bad-timing"),
    pytest.param("Thursday is bad timing for me, sorry.", id="en-thursday-bad-timing"),
    pytest.param("Bad timing, I am afraid.", id="en-bad-timing-afraid"),
    pytest.param("Terrible timing – we move house that week.", id="en-terrible-timing"),
    pytest.param("Ungünstiges Timing, sorry.", id="de-unguenstiges-timing"),
    pytest.param("Bummer, ich bin nicht in town.", id="mixed-nicht-in-town"),
    pytest.param("Da bin ich leider nicht in town.", id="mixed-da-nicht-in-town"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_bad_timing_or_out_of_town_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_bad_timing_or_out_of_town_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_timing_denied_to_be_bad_is_a_yes() -> None:
    assert analyse(_mail("Not bad timing at all, I'll come.")).answer is Answer.YES


def test_bad_timing_beside_a_yes_is_never_recorded_as_no() -> None:
    text = "Bad timing with the car, but I will be there."
    assert analyse(_mail(text)).answer is not Answer.NO
