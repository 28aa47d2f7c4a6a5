"""Someone taking over the member's place on the list is a change for the organizer.

"Please replace me with my colleague Tom", "ersetzt mich bitte durch meine
Kollegin", "I'm handing over to Sam, add sam@… and remove me": neither a
leaving of the member alone nor an answer (the colleague named is no guest);
the reply goes to review with the reason.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent

TAKES_OVER = [
    ("Please replace me with my colleague Tom (tom@example.org) on your list.", "en-replace-me"),
    (
        "Bitte ersetzt meine Adresse durch die meiner Kollegin: lea@example.org",
        "de-ersetzt-adresse",
    ),
    (
        "I'm handing over to my colleague Sam, please add sam@example.org and remove me.",
        "en-handing-over",
    ),
    ("Ersetzt mich bitte durch meine Kollegin Lea, sie kommt ab jetzt.", "de-ersetzt-mich"),
    ("My successor will take over the invites: kim@example.org", "en-successor"),
    ("Bitte austragen, meine Nachfolgerin lea@example.org übernimmt.", "de-nachfolgerin"),
    (
        "Meine Kollegin übernimmt ab sofort, bitte tragt sie statt mir ein: lea@example.org",
        "de-statt-mir",
    ),
    (
        "From now on, please send the invites to my successor, jane@example.org",
        "en-send-to-successor",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in TAKES_OVER])
def test_someone_taking_over_the_members_place_goes_to_the_organizer(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.problem
    assert intent.guests == 0
