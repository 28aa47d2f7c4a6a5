"""A no-word said in surprise or joy, or agreeing with a negation that refuses nothing,
is no answer: "Nein, was freu ich mich! Bin dabei." is a yes, "Nope, not missing this
one" too. Alone it answers nothing; beside a real no the no stands."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.test_family_calendar_text import imip

YES = [
    pytest.param("Nein, was freu ich mich! Bin dabei.", id="de-was-freu-ich-mich"),
    pytest.param("Nee, oder? Endlich Barrierefreiheit! Ich komme.", id="de-nee-oder"),
    pytest.param("Neee, wie cool ist das denn! Ich komme.", id="de-wie-cool"),
    pytest.param("Nein, kein Problem, ich bin da.", id="de-kein-problem"),
    pytest.param("No, it's no trouble at all – I'll be there!", id="en-no-trouble"),
    pytest.param("Nope, not missing this one – see you Thursday!", id="en-not-missing"),
    pytest.param("Oh no, how exciting – count me in!", id="en-how-exciting"),
]


@pytest.mark.parametrize("text", YES)
def test_a_no_word_of_surprise_beside_a_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


def test_a_no_word_of_surprise_alone_answers_nothing() -> None:
    assert read_intent("Nein, was freu ich mich!").answer is None


NO = [
    pytest.param("Nein, kein Problem – aber ich kann am Donnerstag leider nicht.", id="de"),
    pytest.param("Oh no, I can't make it.", id="en-oh-no"),
    pytest.param("Nee, wird nix.", id="de-nee"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_said_plainly_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_no_word_of_joy_beside_the_accepted_button_keeps_it() -> None:
    result = analyse(imip("ACCEPTED", "Nein, was freu ich mich!"))
    assert (result.answer, result.answer_problem) == (Answer.YES, "")
