"""A button pressed before looking at the calendar, then turned over in words: "Ich hab
zugesagt, bevor ich in den Kalender geschaut hab … Also: nein, leider." The words win;
a bare word beside a button pressed in the ordinary way still never turns it."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

LOOKED_LATER = [
    pytest.param(
        "ACCEPTED",
        "Ich hab auf dem Handy zugesagt, bevor ich in den Kalender geschaut hab. Am 28. ist "
        "Pfarrgemeinderat. Also: nein, leider.",
        Answer.NO,
        id="zugesagt-bevor-geschaut",
    ),
    pytest.param(
        "ACCEPTED",
        "Hab angenommen ohne nachzuschauen – da ist Elternabend. Nein, sorry.",
        Answer.NO,
        id="ohne-nachzuschauen",
    ),
    pytest.param(
        "ACCEPTED",
        "Zugesagt und erst jetzt gesehen, dass ich Spätschicht habe. Also nein.",
        Answer.NO,
        id="erst-jetzt-gesehen",
    ),
    pytest.param(
        "ACCEPTED",
        "Accepted before checking my calendar, sorry – I'm in Leeds that week. So no.",
        Answer.NO,
        id="before-checking",
    ),
    pytest.param(
        "DECLINED",
        "Declined without looking, only then I saw the date moved. Yes, I'm coming!",
        Answer.YES,
        id="without-looking",
    ),
    pytest.param(
        "DECLINED",
        "Abgelehnt, bevor ich nachgesehen hab – der Termin ist doch frei. Ja, ich komme.",
        Answer.YES,
        id="abgelehnt-bevor-nachgesehen",
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), LOOKED_LATER)
def test_words_beside_a_button_pressed_before_looking_win(
    partstat: str, text: str, answer: Answer
) -> None:
    assert analyse(imip(partstat, text)).answer is answer
