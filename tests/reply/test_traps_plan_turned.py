"""A refusal that was only planned, then turned: "I wasn't going to come, but now I will",
"Ich wollte eigentlich nicht kommen, aber jetzt komme ich doch". The plan is past; what
follows the turn answers, and a plan turned with nothing after it goes to a person."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED_TO_YES = [
    pytest.param("I wasn't going to come, but now I will.", id="en-wasnt-going-now-will"),
    pytest.param("I wasn't planning to come, but now I'm in.", id="en-wasnt-planning-now-in"),
    pytest.param("I was not going to come, but I am coming now.", id="en-was-not-going"),
    pytest.param("Ich wollte eigentlich nicht kommen, aber jetzt komme ich doch.", id="de-wollte"),
    pytest.param("Ich hatte nicht vor zu kommen, aber ich bin dabei.", id="de-hatte-nicht-vor"),
]


@pytest.mark.parametrize("text", TURNED_TO_YES)
def test_a_planned_refusal_turned_into_coming_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_a_planned_refusal_turned_with_no_answer_after_it_is_not_a_no() -> None:
    assert analyse(_mail("Ich wollte nicht absagen, aber ich muss.")).answer is not Answer.YES
    assert read_intent("I wasn't going to come, but well.").answer is not Answer.NO


def test_a_plan_to_come_turned_down_stays_a_no() -> None:
    assert analyse(_mail("I was going to come but I can't.")).answer is Answer.NO


REGRET_ONLY = [
    pytest.param("I wasn't going to make it anyway, sorry.", id="en-anyway-sorry"),
    pytest.param("Neither I nor the friend I wanted to bring can come, sorry.", id="en-neither"),
    pytest.param("Ich wollte eh nicht kommen, leider.", id="de-eh-nicht-leider"),
]


@pytest.mark.parametrize("text", REGRET_ONLY)
def test_a_planned_refusal_followed_only_by_regret_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_fear_of_before_turned_is_never_read_as_no() -> None:
    assert analyse(_mail("Ich dachte, ich schaff's nicht – tu ich aber doch.")).answer in (
        Answer.YES,
        None,
    )
