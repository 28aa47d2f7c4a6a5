"""One of a party comes, not said which: "Nur einer von uns kann kommen", "Only one of us
can make it". The yes is no answer of the member's and the one named is no guest; only
the member saying they are the one ("und zwar ich", "that'll be me") makes it theirs."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Beispiel <dana@example.org>"
    message["To"] = "stammtisch+k3y@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<one-of-us@example.org>"
    message.set_content(text)
    return message.as_bytes()


WHICH_ONE_UNSAID = [
    pytest.param(
        "Nur einer von uns beiden kann kommen, wir wissen noch nicht wer.", id="de-nur-einer"
    ),
    pytest.param("Einer von uns kommt auf jeden Fall.", id="de-einer-auf-jeden-fall"),
    pytest.param("Von uns beiden kommt nur einer.", id="de-von-uns-nur-einer"),
    pytest.param("Only one of us can make it this time.", id="en-only-one-of-us"),
    pytest.param("Just one of us will be there.", id="en-just-one-of-us"),
    pytest.param("Only one of us can make it, and it's my colleague.", id="en-its-my-colleague"),
]


@pytest.mark.parametrize("text", WHICH_ONE_UNSAID)
def test_one_of_a_party_coming_is_no_answer_of_the_members(text: str) -> None:
    analysis = analyse(_reply(text))
    assert analysis.answer is None
    assert analysis.guests == 0
    assert analysis.answer_problem


THE_MEMBER_IS_THE_ONE = [
    pytest.param("Einer von uns kommt, und zwar ich.", id="de-und-zwar-ich"),
    pytest.param("Nur einer von uns kann, das bin dann ich.", id="de-das-bin-dann-ich"),
    pytest.param("Von uns kommt nur eine, und das bin ich.", id="de-nur-eine-das-bin-ich"),
    pytest.param("Only one of us can make it – that'll be me.", id="en-thatll-be-me"),
]


@pytest.mark.parametrize("text", THE_MEMBER_IS_THE_ONE)
def test_the_member_saying_they_are_the_one_comes_alone(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Keiner von uns kann.", id="de-keiner-von-uns"),
        pytest.param("None of us can make it.", id="en-none-of-us"),
    ],
)
def test_none_of_a_party_is_still_the_members_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_one_of_us_bringing_something_beside_the_members_yes_leaves_the_yes() -> None:
    intent = read_intent("Ich komme, und einer von uns bringt Kuchen mit.")
    assert (intent.answer, intent.guests) == (Answer.YES, 0)
