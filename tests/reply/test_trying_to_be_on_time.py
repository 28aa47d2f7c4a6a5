"""Trying to be on time is about the hour, not about coming: "Ich komme und versuche,
pünktlich zu sein", "I'll be there, I'll try to be on time". The "try" in it made a
maybe of a yes. Alone it answers nothing; trying to come stays a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme und versuche, pünktlich zu sein.", id="de-komme-und"),
        pytest.param("Komme, versuche, nicht zu spät zu kommen.", id="de-nicht-zu-spaet"),
        pytest.param("Bin dabei, bemühe mich, rechtzeitig da zu sein.", id="de-bemuehe"),
        pytest.param("I'll be there, I'll try to be on time.", id="en-on-time"),
        pytest.param("Yes, I'll come, I'll try not to be late this time.", id="en-not-late"),
        pytest.param("Count me in! Will do my best to be on time.", id="en-best"),
    ],
)
def test_a_yes_with_trying_to_be_on_time_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich versuche zu kommen.", id="de-versuche-zu-kommen"),
        pytest.param("I'll try to make it.", id="en-try-to-make-it"),
    ],
)
def test_trying_to_come_stays_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


def test_a_no_beside_trying_to_be_on_time_stays_a_no() -> None:
    text = "Ich komme nicht, versuche aber nächstes Mal pünktlich zu sein."
    assert analyse(_mail(text)).answer is Answer.NO


def test_trying_to_be_on_time_alone_is_no_answer() -> None:
    assert read_intent("Ich versuche, pünktlich zu sein.").answer is None
