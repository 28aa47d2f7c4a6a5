"""A job title in a signature and the way to the evening are no suggestion.

"Referentin Themenfeld: Digitales Ehrenamt", "Themenverantwortliche:
Nachhaltigkeit", "Head of Ideas: Brand Storytelling" sign a mail, with or
without a closing line above; "we could share rides from the station" and
"Wunschliste: Parkplatz direkt vor der Tür" arrange the evening. A label
that names where an idea comes from ("Topic idea from our team: X") still
suggests X."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme!\n\nAnna Muster\nReferentin Themenfeld: Digitales Ehrenamt\nStadt Köln",
            id="de-referentin-themenfeld",
        ),
        pytest.param(
            "Klar komme ich.\n\nJana\nThemenverantwortliche: Nachhaltigkeit & Soziales",
            id="de-themenverantwortliche",
        ),
        pytest.param(
            "Bin dabei.\n\nUwe Kern\nBeauftragter für Themen: Inklusion", id="de-beauftragter"
        ),
        pytest.param(
            "Count me in\n\nSarah Jones\nHead of Ideas: Brand Storytelling\nwww.example.com",
            id="en-head-of-ideas",
        ),
        pytest.param("Yes!\n\n--\nTom Baker\nTopic lead: Community & Events", id="en-topic-lead"),
        pytest.param("Idea: we could share rides from the station. I'm in.", id="en-share-rides"),
        pytest.param(
            "Komme gern.\n\nPS: Wunschliste: Parkplatz direkt vor der Tür :)", id="de-parkplatz"
        ),
    ],
)
def test_a_job_title_or_the_way_there_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Topic idea from our team: Reels on a budget", "Reels on a budget", id="en-from-team"
        ),
        pytest.param(
            "Themenidee aus unserer Abteilung: Social Intranet",
            "Social Intranet",
            id="de-aus-abteilung",
        ),
        pytest.param(
            "Thema für die Leitungsrunde: Social Media Guidelines",
            "Social Media Guidelines",
            id="de-leitungsrunde",
        ),
    ],
)
def test_a_label_that_says_where_an_idea_comes_from_still_suggests(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
