"""A yes-word that only owns up ("Yes, I know", "Ja, ich bin's schon wieder") beside a
withdrawal said as what the member is doing ("I'm bowing out again", "die absagt") is no
yes: the withdrawal answers. Said in English it is read as a no; the German "ich bin
die, die absagt" goes to a person, as a habit may be broken this once."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WITHDRAWN = [
    pytest.param("Yes yes, I know, I'm cancelling again.", id="en-cancelling-again"),
    pytest.param("Yes, I know – I'm bowing out again.", id="en-bowing-out"),
    pytest.param("Yeah, I'm dropping out this time.", id="en-dropping-out"),
    pytest.param("Yes, it's me cancelling again.", id="en-its-me-cancelling"),
    pytest.param("Yep, I'm afraid I'm pulling out for Thursday.", id="en-pulling-out"),
    pytest.param("I'm cancelling, sorry.", id="en-cancelling-sorry"),
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_a_withdrawal_beside_a_yes_word_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


OWNED_UP = [
    pytest.param("Ja, ich bin diejenige, die absagt.", id="de-diejenige-die-absagt"),
    pytest.param("Ja, ich bin's schon wieder, die absagt.", id="de-bins-schon-wieder"),
    pytest.param(
        "Ja, ich weiß, ich bin der, der immer absagt. Diesmal auch.", id="de-immer-absagt"
    ),
    pytest.param("Jo, ich bin halt die, die wieder fehlt.", id="de-die-wieder-fehlt"),
]


@pytest.mark.parametrize("text", OWNED_UP)
def test_owning_up_to_cancelling_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Yes! I'm cancelling my dentist appointment to come.", id="en-cancelling-other"
        ),
        pytest.param(
            "Ich weiß, ich bin der, der immer absagt – diesmal komme ich aber!",
            id="de-habit-broken",
        ),
        pytest.param("Ja, ich komme! Hab dafür das Training abgesagt.", id="de-training-abgesagt"),
    ],
)
def test_cancelling_something_else_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
