"""Declining and coming said in idioms: a lack of time, a basket given, not getting away,
"not happening", "nothing could keep me away". A doubt that is only the no's reason
("wird knapp – nee, wird nix") leaves the no; a doubt about a later month ("maybe
February") says nothing of this evening; an answer stated outright settles a doubt."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Mir fehlt am Donnerstag schlicht die Zeit.", Answer.NO, id="de-fehlt-zeit"),
    pytest.param("I just don't have the time this week.", Answer.NO, id="en-no-time"),
    pytest.param("Ich muss euch leider einen Korb geben.", Answer.NO, id="de-korb"),
    pytest.param("Diesmal fall ich aus.", Answer.NO, id="de-fall-aus"),
    pytest.param("Heuer ned.", Answer.NO, id="bairisch-heuer"),
    pytest.param("Ich kann da unmöglich kommen.", Answer.NO, id="de-unmoeglich-kommen"),
    pytest.param(
        "Ich kann am Donnerstagabend unmöglich weg, da ist Inventur.", Answer.NO, id="de-weg"
    ),
    pytest.param("I can't get away that evening, sorry.", Answer.NO, id="en-get-away"),
    pytest.param("Von mir leider kein Ja diesmal.", Answer.NO, id="de-kein-ja"),
    pytest.param("No, sorry, not happening this time.", Answer.NO, id="en-not-happening"),
    pytest.param(
        "Wouldn't be able to get there before ten, so realistically no.", Answer.NO,
        id="en-realistically",
    ),
    pytest.param("I wouldn't dream of missing it!", Answer.YES, id="en-dream"),
    pytest.param("Es gibt nichts, was mich davon abhalten könnte.", Answer.YES, id="de-abhalten"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_an_idiom_of_declining_or_coming_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


REASONED = [
    pytest.param("Das wird knapp – zu knapp. Ich komm nicht.", Answer.NO, id="de-knapp"),
    pytest.param("Joa, wird knapp – nee, wird nix.", Answer.NO, id="de-joa-knapp"),
    pytest.param("Wird schwierig. Nein, ich schaffe es nicht.", Answer.NO, id="de-schwierig"),
    pytest.param("Looks difficult – no, I won't make it.", Answer.NO, id="en-difficult"),
    pytest.param("Wird knapp, vielleicht schaffe ich es nicht.", Answer.MAYBE, id="de-doubt"),
    pytest.param(
        "Definitely not this time, I'm afraid. Maybe February.", Answer.NO, id="en-february"
    ),
    pytest.param("Diesmal leider nicht, vielleicht im März wieder.", Answer.NO, id="de-maerz"),
    pytest.param("Not this month, maybe in spring.", Answer.NO, id="en-spring"),
    pytest.param("Not sure yet – ach, put me down as a yes.", Answer.YES, id="en-stated"),
    pytest.param("Weiß nicht genau, trag mich einfach als Zusage ein.", Answer.YES, id="de-stated"),
    pytest.param("Ich komme, trag mich aber als vielleicht ein.", Answer.MAYBE, id="de-vielleicht"),
]


@pytest.mark.parametrize(("text", "answer"), REASONED)
def test_a_doubt_beside_a_firmer_answer_is_weighed(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
