"""Coming that cannot be refused, said with two negations or as never refusing, is a yes:
"Ich kann nicht nicht kommen", "Ich komme nicht nicht", "Nie und nimmer würde ich
absagen", "Ich wär nicht ich, wenn ich nicht käme", "I wouldn't be me if I didn't
come". No plan to come ("Ich habe nicht vor, am 28. zu kommen") is a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("Ich kann nicht nicht kommen, bei dem Thema.", id="de-kann-nicht-nicht"),
    pytest.param("Ich komme nicht nicht.", id="de-komme-nicht-nicht"),
    pytest.param("Da kann ich doch nicht nicht hingehen!", id="de-nicht-nicht-hingehen"),
    pytest.param("Nie und nimmer würde ich absagen. Komme!", id="de-nie-und-nimmer"),
    pytest.param("Auf keinen Fall würde ich das verpassen.", id="de-auf-keinen-fall-wuerde"),
    pytest.param("Ich wär nicht ich, wenn ich nicht käme.", id="de-waer-nicht-ich"),
    pytest.param("Ich wäre nicht ich, wenn ich das verpassen würde.", id="de-verpassen"),
    pytest.param("I wouldn't be me if I didn't come.", id="en-wouldnt-be-me"),
    pytest.param("I wouldn't be myself if I missed it!", id="en-missed-it"),
]


@pytest.mark.parametrize("text", YES)
def test_coming_that_cannot_be_refused_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


NO = [
    pytest.param("Ich habe nicht vor, am 28. zu kommen.", id="de-nicht-vor-am-28"),
    pytest.param("Ich hab nicht vor zu kommen, sorry.", id="de-hab-nicht-vor"),
    pytest.param("Ich habe eigentlich nicht vor, diesmal dabei zu sein.", id="de-nicht-vor-dabei"),
    pytest.param("I don't think I can make the 28th. Sorry!", id="en-make-the-28th"),
    pytest.param("I don't think I can make Thursday.", id="en-make-thursday"),
]


@pytest.mark.parametrize("text", NO)
def test_no_plan_to_come_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nicht dass ihr denkt, ich komm nicht mehr: Ich komm!", id="de-nicht-dass"),
        pytest.param("Damit ihr nicht denkt, ich komme nicht: ich komme!", id="de-damit"),
    ],
)
def test_a_no_the_member_heads_off_is_not_said(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_doubt_about_telling_leaves_the_no_said_after_it() -> None:
    text = "Ich bin nicht sicher, ob ich es sagen soll, aber ich komme nicht."
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES
