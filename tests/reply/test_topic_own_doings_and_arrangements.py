"""A label over the member's own doings or over the evening's arrangements names no topic.

"Bei uns ist gerade Thema: Umzug", "Unser Thema dieses Jahr: 100 Jahre Verein"
tell what keeps the member busy; "Thema Essen: gibt es was Vegetarisches?",
"Zum Thema Mitbringen: soll ich Kuchen backen?" ask about the evening. Neither
wishes an evening about anything. A label that wishes still names a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bei uns ist gerade Thema: Umzug ins neue Büro. Leider nein.", id="de-bei-uns-ist"
        ),
        pytest.param(
            "Bei mir ist zurzeit großes Thema: die Steuer. Komme trotzdem.", id="de-bei-mir"
        ),
        pytest.param(
            "Unser Thema dieses Jahr: 100 Jahre Verein. Ich komme gern.", id="de-dieses-jahr"
        ),
        pytest.param("Mein Thema heuer: Hausbau. Bin dabei.", id="de-heuer"),
        pytest.param("Our theme this year: 50 years of the club. I'll come.", id="en-this-year"),
        pytest.param(
            "Was mich gerade beschäftigt: unser Umzug. Deshalb nein.", id="de-unser-umzug"
        ),
        pytest.param(
            "Was mich umtreibt: meine Hochzeit im Mai. Komme aber.", id="de-meine-hochzeit"
        ),
        pytest.param("What's on my mind: our new baby. Can't come, sorry.", id="en-our-baby"),
    ],
)
def test_the_members_own_doings_under_a_label_are_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thema Essen: gibt es was Vegetarisches?", id="de-thema-essen"),
        pytest.param("Zum Thema Mitbringen: soll ich Kuchen backen?", id="de-zum-thema-mitbringen"),
        pytest.param("Zum Thema Anmeldung: muss ich mich extra anmelden?", id="de-anmeldung"),
        pytest.param("Thema Anfahrt: kann ich mit dem Rad bis vor die Tür?", id="de-anfahrt"),
        pytest.param("Noch zum Thema Kosten: zahle ich vor Ort bar?", id="de-kosten"),
        pytest.param("Regarding the topic of food: should I bring a cake?", id="en-food"),
        pytest.param("Topic parking: can I leave my car in the yard?", id="en-parking"),
    ],
)
def test_a_label_over_the_arrangements_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Was mich umtreibt: Facebook-Gruppen moderieren.",
            "Facebook-Gruppen moderieren",
            id="de-umtreibt",
        ),
        pytest.param(
            "Thema für später: Social Media für Bäckereien.",
            "Social Media für Bäckereien",
            id="de-fuer-spaeter",
        ),
        pytest.param(
            "Thema: Wie findet man Ehrenamtliche über Instagram?",
            "Wie findet man Ehrenamtliche über Instagram?",
            id="de-question-title",
        ),
        pytest.param(
            "Topic: Should small clubs still be on Facebook?",
            "Should small clubs still be on Facebook?",
            id="en-question-title",
        ),
    ],
)
def test_a_label_that_wishes_still_names_its_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
