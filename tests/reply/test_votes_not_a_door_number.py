"""A number after a door, an office or a street names no topic.

"Suite No. 3" in a signature, "Raum Nr. 3" in an address or "Zimmer Nr. 2,
zweiter Stock" tells where someone sits; "Nr. 3" alone or after a word that
chooses still votes."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Best regards\nJohn Smith\nSuite No. 3\n12 High Street", id="en-suite"),
        pytest.param(
            "Mit freundlichen Grüßen\nKlaus Meier\nHauptstr. 3, Raum Nr. 3\n12345 Berlin",
            id="de-room-in-address",
        ),
        pytest.param(
            "Zimmer Nr. 2, zweiter Stock, falls jemand mich abholen will.", id="de-zimmer"
        ),
        pytest.param("Komme! Büro Nr. 4 im Rathaus, falls ihr mich sucht.", id="de-buero"),
        pytest.param("Ich komme. Wir sind in Raum Nr. 3, bitte klingeln.", id="de-raum-bitte"),
        pytest.param("Office #3, Building 2", id="en-office-building"),
        pytest.param("Find me in Apartment No. 5, please ring twice.", id="en-apartment-please"),
    ],
)
def test_a_number_of_a_door_or_an_office_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        pytest.param("Ich nehme Nr. 3.", [3], id="de-nehme"),
        pytest.param("Nr. 2 bitte", [2], id="de-bitte"),
        pytest.param("Yes. Number 2 please.", [2], id="en-please"),
        pytest.param("Ich stimme für Nr. 3.", [3], id="de-stimme"),
    ],
)
def test_a_topic_number_still_votes(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes
