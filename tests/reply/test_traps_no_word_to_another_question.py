"""A no-word that answers another question than coming ("Nö, keine Ahnung, was ich
mitbringen soll, aber ich komm", "Nein, ich komme nicht zu spät diesmal", "Nein, ich
komme nicht allein") opens a yes. A no said after it stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ANOTHER_QUESTION = [
    pytest.param("nö keine ahnung was ich mitbringen soll aber ich komm", id="de-keine-ahnung"),
    pytest.param("Nee, kein Plan, wo das ist, aber ich bin dabei.", id="de-kein-plan"),
    pytest.param("Nein, ich komme nicht zu spät diesmal. Versprochen. Bis dann!", id="de-zu-spaet"),
    pytest.param("Nein, ich komme nicht allein – ich bringe meinen Mann mit.", id="de-allein"),
    pytest.param("Nö, nich verpassen. Bin da!", id="de-nich-verpassen"),
    pytest.param("Nope, no idea what to bring, but count me in.", id="en-no-idea"),
]


@pytest.mark.parametrize("text", ANOTHER_QUESTION)
def test_a_no_word_to_another_question_opens_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein nein, ich komme nicht.", id="de-nein-nein-nicht"),
        pytest.param(
            "Nein, ich komme nicht zu spät – ich komme gar nicht, sorry.", id="de-gar-nicht"
        ),
        pytest.param("Nope, no idea, and I can't come anyway.", id="en-cant-anyway"),
    ],
)
def test_a_no_after_it_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_no_word_and_no_idea_alone_is_never_a_yes() -> None:
    assert analyse(_mail("Nope, not a clue where it is.")).answer is not Answer.YES
