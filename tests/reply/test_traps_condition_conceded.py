"""A condition set aside in the same sentence is none: "Wenn es regnet, komme ich
trotzdem", "If it rains, I'm coming anyway" are a yes, "…, komme ich trotzdem nicht" a
no. Before, the "wenn" or "if" made the yes a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CONCEDED = [
    pytest.param("Wenn es regnet, komme ich trotzdem.", Answer.YES, id="de-wenn-trotzdem"),
    pytest.param(
        "Falls mein Zug ausfällt, komme ich trotzdem mit dem Auto.", Answer.YES, id="de-falls"
    ),
    pytest.param("Sollte es regnen, komme ich trotzdem.", Answer.YES, id="de-sollte"),
    pytest.param("Falls es regnet, bin ich so oder so dabei.", Answer.YES, id="de-so-oder-so"),
    pytest.param("If it rains, I'm coming anyway.", Answer.YES, id="en-anyway"),
    pytest.param(
        "If my train is late, I'll come regardless, just later.", Answer.YES, id="en-regardless"
    ),
    pytest.param("Wenn es regnet, komme ich trotzdem nicht.", Answer.NO, id="de-trotzdem-nicht"),
]


@pytest.mark.parametrize(("text", "answer"), CONCEDED)
def test_a_condition_set_aside_leaves_the_answer(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


def test_a_condition_kept_stays_a_maybe() -> None:
    assert analyse(_mail("Wenn ich kann, komme ich sowieso.")).answer is Answer.MAYBE
