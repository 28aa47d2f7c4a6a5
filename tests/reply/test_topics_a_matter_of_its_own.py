""" "Ein Thema für sich" is an idiom, not a label for a suggestion.

"Ein Thema für sich ist ja die Parkplatzsituation" says the parking is a
story of its own; the label "Thema für …" with "ist/wäre" names a topic only
when it is for an evening ("Thema für später wäre X").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ein Thema für sich ist ja die Parkplatzsituation. Komme mit dem Rad.",
            id="de-thema-fuer-sich-ist",
        ),
        pytest.param(
            "Eine Idee für sich ist das Parken, aber egal, ich komme.", id="de-idee-fuer-sich"
        ),
        pytest.param(
            "Das Thema für sich wäre ja schon ein Abend wert, die Bahnstreiks. Komme trotzdem.",
            id="de-thema-fuer-sich-waere",
        ),
    ],
)
def test_a_matter_of_its_own_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Mein Vorschlag für den nächsten Abend wäre Storytelling mit Fotos.",
            "Storytelling mit Fotos",
            id="de-vorschlag-fuer-den-naechsten-abend",
        ),
        pytest.param(
            "Thema für später wäre Podcasts im Verein.", "Podcasts im Verein", id="de-fuer-spaeter"
        ),
    ],
)
def test_a_label_for_an_evening_still_names_its_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
