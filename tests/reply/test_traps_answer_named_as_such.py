"""The answer named as such: "My answer is no, even though it breaks my heart", "Meine
Antwort ist leider nein". A reply saying what its answer is was sent to review as
having none."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("My answer is no, even though it breaks my heart.", Answer.NO, id="en-no"),
        pytest.param("Meine Antwort ist leider nein.", Answer.NO, id="de-leider-nein"),
        pytest.param("Meine ehrliche Antwort lautet: nein.", Answer.NO, id="de-lautet"),
        pytest.param("My honest answer is maybe.", Answer.MAYBE, id="en-maybe"),
        pytest.param("Our answer is a clear yes!", Answer.YES, id="en-our-yes"),
    ],
)
def test_the_answer_named_as_such_is_recorded(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
