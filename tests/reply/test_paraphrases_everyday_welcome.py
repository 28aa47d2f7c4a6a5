"""Newcomers asking whether they are welcome, beside their answer.

"Wenn ältere Semester willkommen sind, werde ich gern erscheinen": being welcome is
asked for out of politeness, as room is, and the answer beside it stands; a condition
on something else (the weather, work) still leaves a doubt."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

WELCOME_ASKED = [
    pytest.param(
        "Wenn ältere Semester willkommen sind, werde ich am 28. Januar gern erscheinen.",
        Answer.YES,
        id="aeltere-semester",
    ),
    pytest.param(
        "If newcomers are welcome, I'd love to join on the 28th – I'll be there.",
        Answer.YES,
        id="newcomers-welcome",
    ),
    pytest.param("Falls Gäste erwünscht sind, komme ich gern.", Answer.YES, id="gaeste-erwuenscht"),
    pytest.param("Wenn ich als Neue willkommen bin, bin ich dabei.", Answer.YES, id="als-neue"),
    pytest.param("Wenn Neulinge okay sind, komme ich!", Answer.YES, id="neulinge-okay"),
    pytest.param("falls auch externe willkommen sind bin ich dabei", Answer.YES, id="externe-chat"),
    pytest.param("If I'm welcome, I'll come.", Answer.YES, id="if-im-welcome"),
    pytest.param("If newcomers are welcome I'm in!", Answer.YES, id="newcomers-im-in"),
    pytest.param("if first-timers are ok, count me in", Answer.YES, id="first-timers-ok"),
    pytest.param("If guests are allowed, I'll be there.", Answer.YES, id="guests-allowed"),
    pytest.param(
        "If guests are welcome, I'm afraid I still can't make it.",
        Answer.NO,
        id="welcome-but-cant",
    ),
    pytest.param(
        "Wenn Neue willkommen sind: diesmal leider nicht, aber beim nächsten Mal gern.",
        Answer.NO,
        id="welcome-but-not-this-time",
    ),
]


@pytest.mark.parametrize(("text", "meant"), WELCOME_ASKED)
def test_being_welcome_asked_for_leaves_the_answer_beside_it(text: str, meant: Answer) -> None:
    assert read_intent(text).answer is meant


OPEN = [
    pytest.param("Wenn das Wetter passt, komme ich.", id="wetter"),
    pytest.param("If work lets me go early, I'll be there.", id="work-lets-me"),
]


@pytest.mark.parametrize("text", OPEN)
def test_a_condition_on_something_else_is_still_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
