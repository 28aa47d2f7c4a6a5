"""Handing the invitation on ("I'll pass this on to my colleague", "Will pass this along to
Sarah", "passing on the invite to my husband") is not the decline "I'll pass": the member
says nothing of coming, so no no is recorded. "I'll pass on this one", "I'll pass this
time" still decline."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PASSED_ON = [
    pytest.param("I'll pass this on to my colleague.", id="en-pass-this-on"),
    pytest.param("I'll pass it on to the team, thanks!", id="en-pass-it-on-team"),
    pytest.param("Will pass this along to Sarah, she's keen.", id="en-pass-along-name"),
    pytest.param("Passing on the invite to my husband, he loves this stuff.", id="en-passing-on"),
    pytest.param("I've passed the invitation on to our intern.", id="en-passed-invitation-on"),
]


@pytest.mark.parametrize("text", PASSED_ON)
def test_the_invitation_handed_on_is_no_decline(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("I'll pass on this one, sorry.", Answer.NO, id="en-pass-on-this-one"),
        pytest.param("I'll pass this time.", Answer.NO, id="en-pass-this-time"),
        pytest.param(
            "I'll pass this on to my colleague. I can't make it myself.", Answer.NO, id="en-own-no"
        ),
        pytest.param(
            "I'll pass the invite on to my wife – see you Thursday!", Answer.YES, id="en-own-yes"
        ),
    ],
)
def test_the_members_own_answer_beside_it_stands(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
