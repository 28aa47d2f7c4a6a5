"""A doubt about the hour of coming is no doubt about coming: "Klar, I'll be there um
sieben, maybe früher", "Ja, komme – eventuell schon um halb sieben", "Dabei!
Vermutlich wird es aber 19:30". Before, the "maybe"/"eventuell" made the yes a maybe
or sent it to review. A doubt about coming at all stays a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

YESES = [
    pytest.param("Klar, I'll be there um sieben, maybe früher.", id="mixed-maybe-frueher"),
    pytest.param("Ja, komme – eventuell schon um halb sieben.", id="de-eventuell-schon-um"),
    pytest.param("Bin dabei, evtl. erst gegen acht.", id="de-evtl-erst-gegen"),
    pytest.param("Dabei! Vermutlich wird es aber 19:30.", id="de-vermutlich-wird-es"),
    pytest.param(
        "Ich komme, vielleicht sogar etwas eher, um beim Aufbauen zu helfen.", id="de-etwas-eher"
    ),
    pytest.param("I'll be there, possibly a little early to help set up.", id="en-possibly-early"),
    pytest.param("Yes, coming – probably not until 8 though.", id="en-not-until"),
    pytest.param("Count me in, maybe half an hour early.", id="en-half-an-hour-early"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_doubt_about_the_hour_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_doubt_about_the_hour_is_recorded_as_a_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.YES


DOUBTS = [
    pytest.param("Vielleicht früher, vielleicht gar nicht.", id="de-oder-gar-nicht"),
    pytest.param("Maybe earlier, maybe not at all.", id="en-or-not-at-all"),
    pytest.param("Vielleicht schon um acht, wenn ich es überhaupt schaffe.", id="de-ueberhaupt"),
    pytest.param("Vielleicht wird es aber knapp.", id="de-knapp"),
]


@pytest.mark.parametrize("text", DOUBTS)
def test_a_doubt_about_coming_at_all_stays_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
