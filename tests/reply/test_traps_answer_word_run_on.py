"""A bare answer word typed without a comma runs into the sentence after it: "nein ich
komme", "no im coming", "nein nein nein ich komme 😂". Read as one clause, the "nein"
turned the "ich komme" into a no. The comma the phone left out is put back: a "nein"
beside "ich komme" disagrees with it and a person reads the reply; "ja ich komme nicht"
and "nein ich kann nicht" stay a no, "ja ich komme" a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO_WORD_BEFORE_A_YES = [
    pytest.param("nein ich komme", id="de-nein-ich-komme"),
    pytest.param("nee ich komm", id="de-nee-ich-komm"),
    pytest.param("nein nein nein ich komme 😂", id="de-nein-nein-nein"),
    pytest.param("nein bin dabei", id="de-nein-bin-dabei"),
    pytest.param("no im coming", id="en-no-im-coming"),
    pytest.param("No no I am coming", id="en-no-no-i-am-coming"),
]


@pytest.mark.parametrize("text", NO_WORD_BEFORE_A_YES)
def test_a_no_word_run_into_a_yes_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", NO_WORD_BEFORE_A_YES)
def test_a_no_word_run_into_a_yes_disagrees_with_it(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None and intent.problem.startswith("contradictory")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("ja ich komme nicht", Answer.NO, id="de-ja-ich-komme-nicht"),
        pytest.param("nein ich kann nicht", Answer.NO, id="de-nein-ich-kann-nicht"),
        pytest.param("Ne ich bin diesmal nicht dabei", Answer.NO, id="de-ne-nicht-dabei"),
        pytest.param("no i cant", Answer.NO, id="en-no-i-cant"),
        pytest.param("No can do", Answer.NO, id="en-no-can-do"),
        pytest.param("ja ich komme", Answer.YES, id="de-ja-ich-komme"),
        pytest.param("Ja ich bin dabei", Answer.YES, id="de-ja-ich-bin-dabei"),
        pytest.param("yes i can", Answer.YES, id="en-yes-i-can"),
    ],
)
def test_an_answer_word_that_agrees_keeps_its_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
