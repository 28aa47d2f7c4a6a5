"""Answers labelled by a pronoun or a companion's noun: "Er: nein. Ich: ja!", "Me: yes.
Him: no.", "Ich: ja, mein Mann: nein". Read as one answer, the strongest word wins and
may be the other person's; like answers labelled by first names, a person reads them."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Er: nein. Ich: ja!", id="de-er-ich"),
        pytest.param("Ich: ja. Er: nein.", id="de-ich-er"),
        pytest.param("Me: yes. Him: no.", id="en-me-him"),
        pytest.param("Ich: ja, mein Mann: nein.", id="de-mein-mann"),
        pytest.param("Me – yes, my wife – no.", id="en-dash-my-wife"),
    ],
)
def test_answers_labelled_for_two_people_are_left_to_a_person(text: str) -> None:
    assert read_intent(text).answer is None
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich: ja!", id="de-ich-alone"),
        pytest.param("Hallo Anna – ja, ich komme!", id="de-greeting"),
    ],
)
def test_one_label_alone_is_the_members_answer(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
