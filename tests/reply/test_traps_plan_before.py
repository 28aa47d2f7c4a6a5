"""A readiness that was, turned by what follows: "I was all set to come but my sister's
flying in that day", "I was planning on coming but now my boss booked me for Munich".
The plan is no yes; the rest decides, or a person does."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("I was all set to come but my sister's flying in that day.", id="all-set"),
    pytest.param("I was planning on coming but now my boss booked me for Munich.", id="plan-on"),
    pytest.param("We were counting on coming, but the car broke down.", id="counting-on"),
    pytest.param("I was ready to join, but my shift got moved to Thursday.", id="ready-to"),
    pytest.param("I was keen to come but my flight home is that evening.", id="keen-to"),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_readiness_that_was_turned_by_but_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
