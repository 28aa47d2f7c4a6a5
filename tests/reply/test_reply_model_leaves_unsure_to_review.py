"""Replies the rules leave open and the trained reader is not sure of go to a person.

The rules find no answer in these (or weigh a no against a maybe); a model may read
them where cross-validation by writers found it safe, else a person reads them, with
the reason. Either way they never get the opposite answer. (An earlier model read them
above its thresholds; which side of a threshold such a reply falls is the weights'
accident, what matters is that it is right or reviewed.)
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

OPEN = [
    pytest.param(
        "Ich möchte mich nicht für den Abend anmelden, sorry.", Answer.NO, id="nicht anmelden"
    ),
    pytest.param("Not skipping work for this, sorry.", Answer.NO, id="work not skipped"),
    pytest.param("You asked whether I can make it. Sadly not.", Answer.NO, id="asked, sadly not"),
    pytest.param("Ich nehme meinen Platz gern ein.", Answer.YES, id="my own seat"),
]


@pytest.mark.parametrize(("text", "answer"), OPEN)
def test_an_open_reply_is_read_right_or_reviewed_with_a_reason(text: str, answer: Answer) -> None:
    result = analyse(plain_reply(text))
    assert result.answer in (answer, None)
    if result.answer is None:
        assert result.answer_problem
