"""An emphatic no-word after missing denied ("Ich lass mir das nicht entgehen, no way!",
"I won't miss it, no way!") agrees with the denial: the reply is a yes, not a yes set
against a no. After a no ("I can't make it, no way.") the no-word stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich lass mir das nicht entgehen, no way!", id="de-entgehen"),
        pytest.param("Das verpasse ich nicht – nee!", id="de-verpasse-nee"),
        pytest.param("Not missing this one, no way!", id="en-not-missing"),
        pytest.param("I won't miss it, no way!", id="en-wont-miss"),
    ],
)
def test_a_no_word_after_missing_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I can't make it, no way.", id="en-cant"),
        pytest.param("Ich kann nicht, nein.", id="de-kann-nicht"),
    ],
)
def test_a_no_word_after_a_no_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
