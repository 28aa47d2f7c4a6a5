"""A decision kept open is a maybe: "Ich halt's mir offen", "Sag Mittwoch Bescheid",
"Keeping it open for now", "Will shout", and a maybe-word asked with a filler ("Hm,
vielleicht?"). What the calendar or the duty roster says is the answer ("mein Kalender
sagt vielleicht"); joining said with an infinitive is a yes, a hope to see everyone
beside a firm yes leaves the yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Ich halt's mir offen.", Answer.MAYBE, id="de-offen"),
    pytest.param("Ich halte es mir mal offen.", Answer.MAYBE, id="de-offen-mal"),
    pytest.param("Sag Mittwoch Bescheid.", Answer.MAYBE, id="de-mittwoch"),
    pytest.param("Melde mich nächste Woche nochmal.", Answer.MAYBE, id="de-nochmal"),
    pytest.param("Keeping it open for now.", Answer.MAYBE, id="en-open"),
    pytest.param("Will shout.", Answer.MAYBE, id="en-shout"),
    pytest.param("Hm, vielleicht?", Answer.MAYBE, id="de-hm"),
    pytest.param("Well, maybe?", Answer.MAYBE, id="en-well"),
    pytest.param("Mein Herz sagt ja, mein Kalender sagt vielleicht.", Answer.MAYBE, id="de-herz"),
    pytest.param("My heart says yes, but my calendar says no.", Answer.NO, id="en-calendar"),
    pytest.param("Ich würde mich sehr freuen, wieder mitzumachen.", Answer.YES, id="de-mitzu"),
    pytest.param("Würde mich freuen, mal vorbeizuschauen!", Answer.YES, id="de-vorbei"),
    pytest.param(
        "Ich hatte vor, mitzumachen, aber ich kann leider nicht.", Answer.NO, id="de-plan"
    ),
    pytest.param("Hoffe, euch alle zu sehen – ich komme!", Answer.YES, id="de-hope"),
    pytest.param("Really hoping to see everyone – and I'll be there.", Answer.YES, id="en-hope"),
    pytest.param("Hope to make it!", Answer.MAYBE, id="en-hope-to-make-it"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_decision_kept_open_or_said_in_other_words_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


FOR_NOW = [
    pytest.param(
        "Ich sage erst mal ab. Falls die Sitzung verschoben wird, komme ich doch.",
        Answer.MAYBE,
        id="de-erst-mal",
    ),
    pytest.param(
        "Ich muss erstmal absagen, aber falls sich der Termin verschiebt, komme ich gern.",
        Answer.MAYBE,
        id="de-erstmal",
    ),
    pytest.param("Kann leider nicht. Falls ihr das auf Freitag legt, wäre ich dabei.", Answer.NO,
                 id="de-moved-evening"),
    pytest.param("Ich sage ab.", Answer.NO, id="de-plain"),
    pytest.param("Tragt mich bitte als abwesend ein.", Answer.NO, id="de-abwesend"),
    pytest.param("Please count me as not coming.", Answer.NO, id="en-not-coming"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "answer"), FOR_NOW)
def test_a_no_said_for_now_beside_a_coming_on_a_condition_is_a_maybe(
    text: str, answer: Answer
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
