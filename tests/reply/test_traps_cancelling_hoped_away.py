"""A cancelling hoped not to happen ("Ich hoffe, dass ich nicht absagen muss",
"Hoffentlich muss ich nicht absagen", "I hope I don't have to cancel") is a doubt, never
the no its "absagen" says alone. A hope about something else before a cancelling ("I
hope you won't mind, but I have to cancel") leaves the no. Not being obliged to come
("Ich muss nicht kommen, aber ich will") is no refusal either."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

HOPED = [
    pytest.param("Ich hoffe nicht, dass ich absagen muss.", id="de-hoffe-nicht"),
    pytest.param("Ich hoffe, dass ich nicht absagen muss.", id="de-hoffe-dass-nicht"),
    pytest.param("Hoffentlich muss ich nicht absagen.", id="de-hoffentlich"),
    pytest.param("I hope I don't have to cancel.", id="en-hope-dont"),
    pytest.param("Hopefully I won't have to pull out this time.", id="en-pull-out"),
]


@pytest.mark.parametrize("text", HOPED)
def test_a_cancelling_hoped_away_is_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I hope you won't mind, but I have to cancel.", id="en-mind"),
        pytest.param("Ich hoffe, ihr seid mir nicht böse, aber ich muss absagen.", id="de-boese"),
        pytest.param("Ich hoffe, ihr habt Spaß – ich muss leider absagen.", id="de-spass"),
    ],
)
def test_a_hope_about_something_else_leaves_the_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich muss nicht kommen, aber ich will.", id="de-muss-nicht"),
        pytest.param("Ich brauche ja nicht zu kommen, komme aber trotzdem.", id="de-brauche"),
        pytest.param("I don't have to come, but I want to.", id="en-dont-have-to"),
    ],
)
def test_not_being_obliged_to_come_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO
