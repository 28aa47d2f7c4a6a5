"""Approval of the plan followed by "just not for me" ("Passt, nur nicht für mich",
"Sounds good – just not for me this time", "Great plan, just without me") is the
member declining: never a yes. Coming "nur nicht mit dem Auto" still comes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_FOR_ME = [
    pytest.param("Passt, nur nicht für mich.", id="de-passt-nur-nicht-fuer-mich"),
    pytest.param("Passt scho, nur ned für mi.", id="de-bairisch-ned-fuer-mi"),
    pytest.param("Jo, passt scho – nur ned für mi, i bin z'Minga.", id="de-bairisch-minga"),
    pytest.param(
        "Klingt gut, allerdings nicht für mich diesmal.", id="de-allerdings-nicht-fuer-mich"
    ),
    pytest.param("Super Plan, bloß leider nicht mit mir.", id="de-bloss-nicht-mit-mir"),
    pytest.param("Great plan, just without me.", id="en-just-without-me"),
    pytest.param("Sounds like a plan! Minus me.", id="en-minus-me"),
    pytest.param("Great idea. Without me, though.", id="en-without-me-though"),
    pytest.param("Sounds lovely, only not for me this time.", id="en-only-not-for-me"),
    pytest.param("Nice one – but not with me, I'm afraid.", id="en-but-not-with-me"),
]


@pytest.mark.parametrize("text", NOT_FOR_ME)
def test_approval_just_not_for_me_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Klingt gut, allerdings nicht für mich diesmal.", id="de-allerdings"),
        pytest.param("Great plan, just without me.", id="en-just-without-me"),
    ],
)
def test_approval_just_not_for_me_is_read_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Passt, ich komme – nur nicht mit dem Auto.", id="de-nicht-mit-dem-auto"),
        pytest.param("Sounds good, I'll be there – just not before 8.", id="en-not-before-8"),
        pytest.param("Don't start without me! I'm coming.", id="en-dont-start-without-me"),
    ],
)
def test_coming_with_a_manner_denied_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
