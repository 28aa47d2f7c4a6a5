"""A doubt or an impossibility said after the clause it governs turns that clause round.

"Dass ich komme, ist ausgeschlossen" is a no, "Dass ich fehle, ist undenkbar" a
yes; "Dass ich dabei sein kann, glaube ich leider nicht" a no, however many words
stand between the verb of believing and its "nicht". A clause after "dass", "ob"
or "weil" says its verb last ("dass ich am Donnerstag komme") and is read so."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Dass ich es schaffe, halte ich für ausgeschlossen.", Answer.NO, id="halte-fuer"),
    pytest.param(
        "Dass ich am Donnerstag komme, ist leider ausgeschlossen.", Answer.NO, id="verb-last"
    ),
    pytest.param("Dass ich dabei bin, ist diesmal unmöglich.", Answer.NO, id="unmoeglich"),
    pytest.param(
        "Dass ich komme, halte ich leider für undenkbar – bin auf Kur.", Answer.NO, id="reason"
    ),
    pytest.param("Dass ich fehle, ist ausgeschlossen!", Answer.YES, id="missing-ruled-out"),
    pytest.param("Dass ich das verpasse, ist völlig undenkbar.", Answer.YES, id="verpasse"),
    pytest.param("Dass ich komme, ist nicht ausgeschlossen.", Answer.MAYBE, id="not-ruled-out"),
    pytest.param(
        "Dass ich dabei sein kann, glaube ich leider nicht.", Answer.NO, id="glaube-leider-nicht"
    ),
    pytest.param("Dass es klappt, glaube ich eher kaum.", Answer.NO, id="glaube-eher-kaum"),
    pytest.param("Denke ehrlich gesagt nicht, dass ich kommen kann.", Answer.NO, id="denke"),
    pytest.param("Glaube schon, dass ich komme.", Answer.YES, id="glaube-schon"),
    pytest.param(
        "Dass ich nicht komme, kommt nicht in Frage! Bis Donnerstag.", Answer.YES, id="in-frage"
    ),
    pytest.param("Dass ich fehle, kommt überhaupt nicht in Frage.", Answer.YES, id="fehle-frage"),
    pytest.param(
        "Dass ich komme, kommt leider nicht in Frage – bin auf Montage.", Answer.NO, id="frage-no"
    ),
    pytest.param("Absagen kommt nicht in Frage!", Answer.YES, id="absagen-frage"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_clause_said_before_its_doubt_is_turned_by_it(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


VERB_LAST = [
    pytest.param("Ob ich am Donnerstag komme, weiß ich noch nicht.", Answer.MAYBE, id="ob"),
    pytest.param("Weil ich am Donnerstag nicht da bin, sage ich ab.", Answer.NO, id="weil"),
    pytest.param("Ich freue mich, dass ich diesmal dabei bin!", Answer.YES, id="dass-dabei"),
    pytest.param("Schön, dass wir am 28. wieder kommen können.", Answer.YES, id="wir"),
]


@pytest.mark.parametrize(("text", "answer"), VERB_LAST)
def test_a_clause_with_its_verb_last_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
