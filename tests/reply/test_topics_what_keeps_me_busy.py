"""A label for what keeps the member busy now is no topic suggestion.

"Mein Thema gerade: Umzug", "Thema bei mir zurzeit: Renovierung", "My topic
of the week: moving house" tell why the member is short of time; they wish
no evening. A label that wishes ("Was mich gerade umtreibt: …", "Mein
Themenwunsch: …") still names a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, ich komme. Mein Thema gerade: Umzug. Haha.", id="de-mein-thema-gerade"),
        pytest.param(
            "Leider nein. Thema bei mir gerade: Umzug und Renovierung.", id="de-thema-bei-mir"
        ),
        pytest.param(
            "Mein Thema zurzeit: Schlaf nachholen. Komme trotzdem!", id="de-mein-thema-zurzeit"
        ),
        pytest.param(
            "Unser Thema diese Woche: Steuererklärung. Bin raus.", id="de-unser-thema-diese-woche"
        ),
        pytest.param(
            "Sorry, my topic of the week: moving house. Can't come.", id="en-topic-of-the-week"
        ),
        pytest.param("My topic right now: sleep. But I'll come.", id="en-topic-right-now"),
        pytest.param(
            "Mein Thema heute: Zahnarzt. Abends bin ich aber fit und komme.",
            id="de-mein-thema-heute",
        ),
        pytest.param(
            "Themen der Woche bei uns: Krankheit und Kita-Streik. Sorry, nein.",
            id="de-themen-der-woche-bei-uns",
        ),
        pytest.param("Topic of the day at my house: flu. Sorry.", id="en-topic-of-the-day-at"),
    ],
)
def test_a_label_for_what_keeps_the_member_busy_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Was mich gerade umtreibt: Barrierefreie PDFs", "Barrierefreie PDFs", id="de-umtreibt"
        ),
        pytest.param("Mein Themenwunsch: Podcasts", "Podcasts", id="de-themenwunsch"),
        pytest.param("My topic idea: newsletters", "newsletters", id="en-topic-idea"),
        pytest.param("Thema der Woche: KI-Bilder", "KI-Bilder", id="de-thema-der-woche"),
    ],
)
def test_a_label_that_wishes_still_names_its_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
