"""Answers counted for a group from a shared mailbox: "Team Müller: 2 Zusagen, 1 Absage",
"From our office: 2 yes, 1 no". Whose answer is which the mail does not say; read as one
answer, the no may be recorded for a member who comes. A person reads it."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Team Müller: 2 Zusagen, 1 Absage.", id="de-zusagen-absage"),
        pytest.param("Zwei Zusagen und eine Absage aus unserem Team.", id="de-words"),
        pytest.param("From our office: 2 yes, 1 no.", id="en-yes-no"),
        pytest.param("Praxis Dr. Berg: 3x ja, 1x nein.", id="de-times"),
    ],
)
def test_answers_counted_for_a_group_are_left_to_a_person(text: str) -> None:
    assert read_intent(text).answer is None
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Eine Zusage von mir!", Answer.YES, id="de-one-zusage"),
        pytest.param("Nein, ich kann nicht. Eine Absage also.", Answer.NO, id="de-one-absage"),
    ],
)
def test_one_counted_answer_stays_the_members(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


def test_votes_by_topic_number_are_no_counted_answers() -> None:
    assert not read_intent("Thema 2 ja, Thema 3 nein.").problem.startswith("answers for several")
