"""Away that evening, said in a clause with its verb last ("…, dass ich da im Urlaub
bin", "weil ich an dem Abend auf Dienstreise bin"), is a no, also beside a calendar
button that accepted: "Zugesagt, aber ich hab gerade gemerkt, dass ich da im Urlaub bin"
records no, never the button's yes. A condition ("wenn ich nicht im Urlaub bin") or a
relief ("froh, dass ich nicht krank bin") says no such thing."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

AWAY = [
    pytest.param(
        "Ich hab gerade gemerkt, dass ich da im Urlaub bin.", id="de-gemerkt-dass-im-urlaub"
    ),
    pytest.param(
        "Leider nicht, weil ich an dem Abend auf Dienstreise bin.", id="de-weil-dienstreise"
    ),
    pytest.param(
        "Sorry, mir fiel eben ein, dass ich da verreist bin.", id="de-eingefallen-verreist"
    ),
    pytest.param("Schade, dass ich die ganze Woche auf Montage bin.", id="de-schade-montage"),
    pytest.param("Geht nicht, da ich am 28. im Skiurlaub bin.", id="de-da-skiurlaub"),
]


@pytest.mark.parametrize("text", AWAY)
def test_away_with_the_verb_last_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


BESIDE_AN_ACCEPTED_BUTTON = [
    pytest.param(
        "Zugesagt, aber ich hab gerade gemerkt, dass ich da im Urlaub bin.", id="de-zugesagt-aber"
    ),
    pytest.param(
        "Angenommen – sorry, hab übersehen, dass ich an dem Abend auf Geschäftsreise bin.",
        id="de-angenommen-uebersehen",
    ),
    pytest.param(
        "Bitte streichen, mir ist aufgefallen, dass ich da krank bin.", id="de-streichen-krank"
    ),
]


@pytest.mark.parametrize("text", BESIDE_AN_ACCEPTED_BUTTON)
def test_away_with_the_verb_last_turns_an_accepted_button(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich komme, wenn ich nicht im Urlaub bin.", Answer.MAYBE, id="de-wenn"),
        pytest.param(
            "Ich freue mich, dass ich nicht krank bin, und komme!", Answer.YES, id="de-froh"
        ),
    ],
)
def test_a_condition_or_a_relief_is_no_absence(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
