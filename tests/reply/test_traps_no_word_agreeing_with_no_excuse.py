"""A no-word that agrees with a negation refusing nothing ("Nee, kein Stress, bin
dabei", "Nein, diesmal keine Ausrede: ich komme!", "Nope, no stress, I'll be there",
"No objections here, count me in") answers nothing: the yes after it is the answer.
A refusal after the same words stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

AGREEING = [
    pytest.param("Nee, kein Stress, bin dabei.", id="de-nee-kein-stress"),
    pytest.param("Nein, diesmal keine Ausrede: ich komme!", id="de-keine-ausrede"),
    pytest.param("Nö, keine Einwände, ich bin dabei.", id="de-keine-einwaende"),
    pytest.param("Nope, no stress, I'll be there.", id="en-nope-no-stress"),
    pytest.param("No objections here, count me in.", id="en-no-objections"),
    pytest.param("Nope, no excuse this time – I'm coming.", id="en-no-excuse-this-time"),
]


@pytest.mark.parametrize("text", AGREEING)
def test_no_word_agreeing_with_no_excuse_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, keine Ausrede – ich bin einfach krank.", id="de-krank"),
        pytest.param("No, no excuse here – I simply can't make it.", id="en-cant"),
    ],
)
def test_a_refusal_after_the_same_words_stays_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
