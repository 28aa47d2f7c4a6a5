"""Not getting round something is doing it: "Ich komme nicht umhin zuzusagen", "Da komm
ich wohl nicht drum herum, dabei zu sein", "I can't help but say yes". The idiom's
negation turned its yes into a no, the opposite answer; what cannot be avoided is the
answer, a refusal too ("Ich komme nicht umhin, abzusagen")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CANNOT_AVOID_COMING = [
    pytest.param("Ich komme nicht umhin zuzusagen.", id="de-umhin-zuzusagen"),
    pytest.param("Da komm ich wohl nicht drum herum, dabei zu sein!", id="de-drum-herum-dabei"),
    pytest.param("Wir kommen nicht umhin, mal wieder vorbeizuschauen.", id="de-wir-vorbeischauen"),
    pytest.param("I can't help but say yes.", id="en-help-but-say-yes"),
    pytest.param("Couldn't help but sign up, see you Thursday.", id="en-help-but-sign-up"),
]


@pytest.mark.parametrize("text", CANNOT_AVOID_COMING)
def test_not_getting_round_coming_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", CANNOT_AVOID_COMING)
def test_not_getting_round_coming_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht umhin, abzusagen.", id="de-umhin-abzusagen"),
        pytest.param("Ich komme nicht drum herum, Donnerstag zu arbeiten.", id="de-arbeiten"),
        pytest.param("I can't help but decline this time.", id="en-help-but-decline"),
    ],
)
def test_not_getting_round_a_refusal_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
