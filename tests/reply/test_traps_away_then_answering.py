"""A member who says where they are until a day and then answers the evening is no
out-of-office notice: "Bin bis Mittwoch im Urlaub, Donnerstag komme ich gern", "I'm on
holiday until Tuesday, but I'll be there on Thursday", "bin bis Ende Januar in Elternzeit,
daher kann ich leider nicht". These went to review as notices. Words that only tell when
the writer is back ("From 12 January I am available again. See you then!") may come from
a machine and answer nothing: they go to review, never recorded as a yes. A notice that
promises to come back to the sender ("komme gerne auf Sie zurück") stays a notice."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ANSWERED = [
    pytest.param(
        "Bin bis Mittwoch im Urlaub, Donnerstag komme ich gern.", Answer.YES, id="de-gern"
    ),
    pytest.param(
        "Bin bis Montag auf Dienstreise, komme danach aber sehr gerne.", Answer.YES, id="de-danach"
    ),
    pytest.param(
        "Bis zum 12. bin ich verreist, am 14. komme ich auf jeden Fall.",
        Answer.YES,
        id="de-auf-jeden-fall",
    ),
    pytest.param(
        "I'm on holiday until Tuesday, but I'll be there on Thursday.", Answer.YES, id="en-there"
    ),
    pytest.param(
        "Ich bin im Urlaub bis zum 20. und kann daher leider nicht.", Answer.NO, id="de-daher"
    ),
    pytest.param(
        "Ich bin bis Ende Januar in Elternzeit, daher kann ich leider nicht.",
        Answer.NO,
        id="de-elternzeit",
    ),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERED)
def test_an_absence_with_an_answer_is_the_members_answer(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


BACK_ONLY = [
    pytest.param("From 12 January I am available again. See you then!", id="en-available-again"),
    pytest.param("I am available again from Monday, 12 January. Speak soon!", id="en-from-monday"),
    pytest.param("Back on the 12th. See you then!", id="en-back-on"),
    pytest.param("Ab dem 12. Januar bin ich wieder erreichbar. Bis dann!", id="de-erreichbar"),
    pytest.param(
        "Ich bin derzeit im Urlaub und ab dem 20. wieder im Büro. Ich komme gerne nach meiner "
        "Rückkehr auf Ihr Anliegen zurück.",
        id="de-notice-komme-gerne-zurueck",
    ),
]


@pytest.mark.parametrize("text", BACK_ONLY)
def test_words_that_only_tell_the_return_record_no_answer(text: str) -> None:
    assert analyse(_mail(text)).answer is None
