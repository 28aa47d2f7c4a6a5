"""A no put in words no cue read, so that a yes-word before it stood alone: "Ja, schön
wär's." (an if-only: the coming only wished), "Klar hätte ich Lust. Zeit hab ich aber
keine." (the time lacking, said first). Both were recorded as a yes: the opposite
answer. "Schön wär's, wenn …" wishes something of the evening; "Zeit hab ich nicht
viel" lacks only some of it."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

IF_ONLY_OR_NO_TIME = [
    pytest.param("Ja, schön wär's.", id="de-ja-schoen-waers"),
    pytest.param("Klar, schön wärs...", id="de-klar-schoen-waers"),
    pytest.param("Toll wär's! Leider nicht.", id="de-toll-waers"),
    pytest.param("Klar hätte ich Lust. Zeit hab ich aber keine.", id="de-zeit-aber-keine"),
    pytest.param("Gerne! Zeit habe ich diesmal leider keine.", id="de-zeit-diesmal-keine"),
    pytest.param("Sure, I'd like to. Time I don't have, though.", id="en-time-i-dont-have"),
    pytest.param("Yes, it sounds great. Time is something I just don't have.", id="en-time-is"),
]


@pytest.mark.parametrize("text", IF_ONLY_OR_NO_TIME)
def test_an_if_only_or_the_time_lacking_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, schön wär's.", id="de-schoen-waers"),
        pytest.param("Zeit habe ich keine.", id="de-zeit-keine"),
        pytest.param("Time I don't have.", id="en-time"),
    ],
)
def test_an_if_only_or_the_time_lacking_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, das wär schön!", id="de-das-waer-schoen"),
        pytest.param("Zeit hab ich nicht viel, aber ich komme.", id="de-nicht-viel"),
        pytest.param("Zeit hab ich keine, aber ich komme trotzdem kurz vorbei.", id="de-trotzdem"),
    ],
)
def test_a_wish_for_the_evening_or_some_time_lacking_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO
