"""Answers given line by line, the other person labelled by a pronoun: "Er: nein. Ich:
ja!", "Me: yes. Him: no.", "Ich: nein. Sie: ja." The pronoun's line is that person's,
like "Begleitung: nein": their answer never turns the member's own."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LINES = [
    pytest.param("Er: nein. Ich: ja!", Answer.YES, id="de-er-ich"),
    pytest.param("Ich: ja. Er: nein.", Answer.YES, id="de-ich-er"),
    pytest.param("Me: yes. Him: no.", Answer.YES, id="en-me-him"),
    pytest.param("Her: no. Me: yes!", Answer.YES, id="en-her-me"),
    pytest.param("Ich: nein. Sie: ja.", Answer.NO, id="de-ich-nein-sie-ja"),
]


@pytest.mark.parametrize(("text", "answer"), LINES)
def test_the_members_own_line_is_the_members_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(("text", "answer"), LINES)
def test_the_other_persons_line_is_never_recorded_for_the_member(text: str, answer: Answer) -> None:
    opposite = Answer.NO if answer is Answer.YES else Answer.YES
    assert analyse(_mail(text)).answer is not opposite
