"""A refusal of habit or of before, then "not this time": "I missed the last two, not this
one though!", "Eigentlich sage ich donnerstags immer ab, aber diesmal nicht". The ending
denies the refusal for this evening: a yes. A coming of habit turned ("I always come,
but not this time") and a refusal that goes on ("…, and this time I can't either")
stay a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

_DENIED = [
    pytest.param("I missed the last two, not this one though!", id="missed-last-two"),
    pytest.param("Eigentlich sage ich donnerstags immer ab, aber diesmal nicht.", id="immer-ab"),
    pytest.param("Usually I'm too busy, but not this time!", id="usually-too-busy"),
    pytest.param("Last time I cancelled, this time I won't.", id="last-time-cancelled"),
    pytest.param("I skipped last month but not this one.", id="skipped-last-month"),
    pytest.param("Sonst bin ich donnerstags immer zu müde, heute nicht!", id="sonst-zu-muede"),
    pytest.param("Die letzten Male musste ich absagen, diesmal aber nicht.", id="letzten-male"),
    pytest.param("Ich hab schon so oft gefehlt – nicht diesmal!", id="so-oft-gefehlt"),
]


@pytest.mark.parametrize("text", _DENIED)
def test_a_refusal_of_habit_denied_for_this_time_is_read_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", _DENIED)
def test_a_refusal_of_habit_denied_for_this_time_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I always come, but not this time.", id="always-come"),
        pytest.param("Ich komme sonst immer, aber diesmal nicht.", id="komme-sonst-immer"),
        pytest.param(
            "Last time I couldn't come, and this time I can't either.", id="cannot-either"
        ),
        pytest.param(
            "Letztes Mal war ich nicht da und diesmal leider auch nicht.", id="auch-nicht"
        ),
        pytest.param("Ich sage immer zu, diesmal nicht.", id="sage-immer-zu"),
    ],
)
def test_a_coming_of_habit_or_a_refusal_that_goes_on_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
