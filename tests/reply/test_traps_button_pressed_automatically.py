"""A calendar button the member's software pressed: "Das Annehmen war Outlook-Automatik",
"My calendar auto-accepts everything". It is no answer of the member's: their words
decide ("Ich bin an dem Abend mit dem Kirchenchor in Bonn" is a no), or a person does;
the button's yes was recorded against them, the opposite answer."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

DISOWNED_THEN_NO = [
    pytest.param(
        "Das Annehmen war Outlook-Automatik. Ich bin an dem Abend mit dem Kirchenchor in Bonn.",
        id="de-automatik-kirchenchor",
    ),
    pytest.param(
        "Mein Handy sagt automatisch zu, sorry. Ich kann leider nicht.", id="de-handy-automatisch"
    ),
    pytest.param(
        "Die Zusage kam automatisch von Outlook. Ich bin am Donnerstag mit meiner Band auf Tour.",
        id="de-zusage-automatisch-band",
    ),
    pytest.param(
        "My calendar auto-accepts everything. I'm with the choir in Bonn that evening.",
        id="en-auto-accepts-choir",
    ),
    pytest.param(
        "Sorry, Outlook accepts invites on its own. I won't be there.", id="en-on-its-own"
    ),
]


@pytest.mark.parametrize("text", DISOWNED_THEN_NO)
def test_an_automatic_accept_with_a_no_in_words_is_a_no(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das Annehmen war Outlook-Automatik.", id="de-automatik-alone"),
        pytest.param("Die Zusage hat mein Kalender automatisch geschickt.", id="de-kalender"),
        pytest.param("That yes was automatic, my phone does that.", id="en-yes-automatic"),
    ],
)
def test_an_automatic_accept_alone_goes_to_a_person(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin an dem Abend mit dem Kirchenchor in Bonn.", id="de-kirchenchor"),
        pytest.param("Wir sind am Donnerstag mit den Kindern auf Sylt.", id="de-kinder-sylt"),
        pytest.param("I'm away with my family in Cornwall that week.", id="en-family-cornwall"),
    ],
)
def test_away_with_others_that_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin an dem Abend mit dem Fahrrad in zehn Minuten bei euch.", id="de-fahrrad"
        ),
        pytest.param("Angenommen! Ich bin an dem Abend mit meinem Mann da.", id="de-mit-mann-da"),
    ],
)
def test_coming_with_others_stays_a_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.YES
