"""A no said to something else and a yes to the evening in one breath ("Ich sage dem
Chor ab und euch zu", "Absage an den Fußball, Zusage an euch", "No to football, yes
to you guys") is a yes; the same words turned round are a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TO_US = [
    pytest.param("Ich sage dem Chor ab und euch zu.", id="de-dem-chor-ab-euch-zu"),
    pytest.param("Ich sage meinem Verein ab und euch zu.", id="de-meinem-verein"),
    pytest.param("Absage an den Fußball, Zusage an euch!", id="de-absage-an-zusage-an"),
    pytest.param("No to football, yes to you guys!", id="en-no-to-football"),
]


@pytest.mark.parametrize("text", TO_US)
def test_no_to_something_else_yes_to_us_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage euch ab und dem Chor zu.", id="de-turned-round"),
        pytest.param("No to Thursday, yes to the next one.", id="en-later-one"),
    ],
)
def test_the_no_said_to_us_stays_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
