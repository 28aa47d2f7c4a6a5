"""Someone else's firm answer beside the member's own undecided words: "Ich überlege
noch, mein Mann kommt auf jeden Fall", "I'm still checking my calendar, but my wife is
definitely in", "Petra kommt auf jeden Fall". The only yes or no is the other person's;
it is never recorded as the member's, and a person reads the mail. Where the member
answers beside the other ("Mein Mann kommt, ich auch", "Tom kommt, ich nicht") that
answer stands."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OTHERS_ANSWER_ONLY = [
    pytest.param("Ich überlege noch, mein Mann kommt auf jeden Fall.", id="de-ueberlege-mann"),
    pytest.param("Ich überlege noch, Petra kommt auf jeden Fall.", id="de-ueberlege-petra"),
    pytest.param("Petra kommt auf jeden Fall.", id="de-petra-alone"),
    pytest.param("Jens ist sicher dabei, ich grübel noch.", id="de-jens-gruebel"),
    pytest.param("Mein Mann kommt, ich vielleicht später.", id="de-ich-vielleicht-spaeter"),
    pytest.param("Ich kläre das noch ab. Meine Frau ist jedenfalls dabei.", id="de-klaere-ab"),
    pytest.param(
        "I'm still checking my calendar, but my wife is definitely in.", id="en-checking-wife"
    ),
    pytest.param("Still juggling my own week, but Tom will be there.", id="en-juggling-tom"),
    pytest.param("Lisa will be there for sure.", id="en-lisa-alone"),
]


@pytest.mark.parametrize("text", OTHERS_ANSWER_ONLY)
def test_someone_elses_firm_answer_is_never_the_members_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", OTHERS_ANSWER_ONLY)
def test_someone_elses_firm_answer_beside_undecided_words_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "someone else's answer" in intent.problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Mein Mann kommt, ich auch.", Answer.YES, id="de-ich-auch"),
        pytest.param("Mein Mann kommt, ich nicht.", Answer.NO, id="de-ich-nicht"),
        pytest.param("Tom kommt, ich nicht.", Answer.NO, id="de-tom-ich-nicht"),
        pytest.param("Tom und ich kommen gern.", Answer.YES, id="de-tom-und-ich"),
        pytest.param("Tom and I will be there.", Answer.YES, id="en-tom-and-i"),
        pytest.param("My wife is coming and so am I.", Answer.YES, id="en-so-am-i"),
        pytest.param("Hallo Petra, ich komme gern!", Answer.YES, id="de-greeting-petra"),
        pytest.param("Tom sagt ab. Ich komme.", Answer.YES, id="de-tom-ab-ich-komme"),
    ],
)
def test_the_members_own_answer_beside_another_stands(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
