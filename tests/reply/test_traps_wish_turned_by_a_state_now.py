"""A wish, then a state that holds now: "Sie würde gern kommen, ist aber gerade noch auf
Reisen. Sie meldet sich, sobald sie zurück ist." Whether it still holds on the evening
the words do not say; it was read as a wish turned down, a no where the member means a
maybe. It is a doubt now; an obstacle on the evening itself stays a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

STATE_NOW = [
    pytest.param(
        "Sie würde gern kommen, ist aber gerade noch auf Reisen. Sie meldet sich, sobald sie"
        " zurück ist.",
        id="de-gerade-auf-reisen",
    ),
    pytest.param("Ich würde gern kommen, bin aber momentan noch in Elternzeit.", id="de-momentan"),
    pytest.param(
        "Würde gern vorbeischauen, stecke aber zurzeit mitten im Umzug.", id="de-zurzeit-umzug"
    ),
    pytest.param("I'd love to come but I'm currently in Lisbon.", id="en-currently"),
    pytest.param("He'd like to join, but he's abroad at the moment.", id="en-at-the-moment"),
]


@pytest.mark.parametrize("text", STATE_NOW)
def test_a_wish_turned_by_a_state_now_is_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich würde gern kommen, aber gerade an dem Tag hab ich Spätdienst.", id="de-gerade-an"
        ),
        pytest.param("Ich würde gern kommen, aber ich bin an dem Abend in Köln.", id="de-abend"),
        pytest.param("I'd love to come but I'm in Leeds that week.", id="en-that-week"),
    ],
)
def test_a_wish_turned_by_the_evening_itself_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
