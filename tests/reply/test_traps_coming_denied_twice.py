"""Coming denied twice is coming: "I wouldn't not come", "Ich würde nicht nicht kommen".
The second negation was missed after "wouldn't" or a "possibly" between, so the first
read as a refusal: the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED_TWICE = [
    pytest.param("I wouldn't not come.", id="en-wouldnt-not"),
    pytest.param("We wouldn't not be there!", id="en-we-wouldnt-not-be-there"),
    pytest.param("I couldn't possibly not come.", id="en-couldnt-possibly-not"),
    pytest.param("Ich kann ja schlecht nicht kommen.", id="de-schlecht-nicht"),
    pytest.param("Wir würden doch nie nicht kommen!", id="de-nie-nicht"),
]


@pytest.mark.parametrize("text", DENIED_TWICE)
def test_coming_denied_twice_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DENIED_TWICE)
def test_coming_denied_twice_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_bare_nicht_nicht_is_never_recorded_as_no() -> None:
    assert analyse(_mail("Ich würde nicht nicht kommen.")).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I wouldn't come, not this time.", id="en-not-this-time"),
        pytest.param("Ich würde nicht kommen, nicht diesmal.", id="de-nicht-diesmal"),
    ],
)
def test_a_refusal_repeated_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
