"""A calendar button and words beside it that speak of another evening, of questions, or of
the weather: they neither turn the button nor doubt it."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

KEPT = [
    pytest.param("DECLINED", "Ich komme bestimmt ein andermal.", Answer.NO, id="decl-ein-andermal"),
    pytest.param("DECLINED", "I'll come another time for sure!", Answer.NO, id="decl-another-time"),
    pytest.param(
        "DECLINED", "I'll be there next time for sure!", Answer.NO, id="decl-there-next-time"
    ),
    pytest.param(
        "ACCEPTED", "Nope, nothing to add. See you!", Answer.YES, id="acce-nope-nothing-to-add"
    ),
    pytest.param(
        "ACCEPTED",
        "Last time I couldn't come, so this time I'm definitely in.",
        Answer.YES,
        id="acce-last-time-couldnt",
    ),
    pytest.param(
        "ACCEPTED",
        "Beim letzten Mal musste ich absagen, diesmal klappt es.",
        Answer.YES,
        id="acce-letztes-mal-abgesagt",
    ),
    pytest.param(
        "ACCEPTED",
        "Freue mich, hoffe es wird nicht zu spät.",
        Answer.YES,
        id="acce-hoffe-nicht-zu-spaet",
    ),
    pytest.param(
        "ACCEPTED", "Hope the weather holds, see you Thursday!", Answer.YES, id="acce-weather-holds"
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), KEPT)
def test_words_about_another_evening_keep_the_calendar_button(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


SAID = [
    pytest.param("Ich komme bestimmt ein andermal.", Answer.NO, id="ein-andermal-is-not-now"),
    pytest.param("Some other time, sorry!", Answer.NO, id="some-other-time"),
    pytest.param("Nein, keine Fragen. Bis Donnerstag!", Answer.YES, id="nein-keine-fragen"),
    pytest.param(
        "Hoffentlich regnet es nicht, ich komme!", Answer.YES, id="hoffentlich-regnet-es-nicht"
    ),
    pytest.param(
        "Hopefully it won't run too late, I'm in.", Answer.YES, id="hopefully-not-too-late"
    ),
    pytest.param("Hope it works out, I'll try to come.", Answer.MAYBE, id="hope-it-works-out"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_words_beside_the_evening_are_read(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
