"""A yes struck off again, said with the words of leaving a list, is a no and no leaving.

"Zusage bitte wieder streichen", "meine Zusage ziehe ich leider zurück",
"cancel my RSVP": the member takes back the answer, not their place on the
list. The word "Zusage" in it is no yes.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Zusage bitte wieder streichen, mein Flug nach Athen ist am 28. Tut mir leid!",
            id="de-zusage-streichen",
        ),
        pytest.param("Meine Zusage ziehe ich leider zurück.", id="de-ziehe-zurueck"),
        pytest.param("Anmeldung bitte wieder löschen, bin krank.", id="de-anmeldung-loeschen"),
        pytest.param("Cancel my RSVP please.", id="en-cancel-rsvp"),
        pytest.param("Please withdraw my registration, I'm double-booked.", id="en-withdraw"),
    ],
)
def test_a_yes_struck_off_is_a_no_and_no_leaving(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO), intent


def test_a_yes_said_to_stand_is_no_no() -> None:
    assert read_intent("Bitte Zusage eintragen, ich komme.").answer is Answer.YES
