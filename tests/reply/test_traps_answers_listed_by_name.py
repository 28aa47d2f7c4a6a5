"""Answers listed by name from a shared mailbox: "Paul: ja, Ben: nein", "Paul – ja. Ben –
nein.", "Ja: Paul. Nein: Ben." Whose mailbox it is the reply does not say, so no single
answer is the member's: read as one, the strongest word won and could be the wrong
person's. A person reads it. A name alone before the answer addresses the organizer
("Hallo Paul – ja, ich komme!") and leaves the member's answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paul: ja, Ben: nein", id="de-colon"),
        pytest.param("Paul – ja. Ben – nein.", id="de-dash"),
        pytest.param("Ja: Paul. Nein: Ben.", id="de-answer-first"),
        pytest.param("Anna: yes\nTom: no", id="en-lines"),
        pytest.param("Hallo zusammen,\nSarah: nein\nJonas: ja\nLG", id="de-lines-greeting"),
    ],
)
def test_answers_listed_by_name_are_never_one_answer(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.answer is None and "by name" in reading.answer_problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Hallo Paul – ja, ich komme!", Answer.YES, id="de-address"),
        pytest.param("Liebe Anna: ja!", Answer.YES, id="de-address-colon"),
        pytest.param("Hi Tom - no, sorry, can't make it.", Answer.NO, id="en-address"),
    ],
)
def test_a_name_addressed_before_the_answer_leaves_it(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
