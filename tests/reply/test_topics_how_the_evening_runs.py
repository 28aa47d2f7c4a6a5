"""A wish about how the evening runs, where it is held or what is served is no topic.

"Wunsch: weniger Folien, mehr Diskussion", "Suggestion: fewer slides, more
discussion" weigh the evening's format; "Wie wäre es mit einem anderen
Lokal?" and "Idee: vielleicht können wir diesmal draußen sitzen?" ask about
the place; "Wunsch: ein vegetarisches Gericht bitte" and "vegan snacks
please" ask for food. A subject that only begins with such a word ("Mehr Reichweite mit
Reels") is still one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme. Wunsch: weniger Folien, mehr Diskussion.", id="de-weniger-folien"),
        pytest.param(
            "Anregung: mehr Austausch, weniger Vortrag. Bin dabei.", id="de-mehr-austausch"
        ),
        pytest.param("Mein Wunsch: kürzere Vorträge und mehr Fragen.", id="de-kuerzere-vortraege"),
        pytest.param("Suggestion: fewer slides, more discussion.", id="en-fewer-slides"),
        pytest.param("Idea: more Q&A please!", id="en-more-q-and-a"),
        pytest.param("Wie wäre es mit einem anderen Lokal?", id="de-anderes-lokal"),
        pytest.param("Wunsch: ein vegetarisches Gericht bitte.", id="de-vegetarisches-gericht"),
        pytest.param("Idee: alkoholfreie Getränke wären toll.", id="de-alkoholfreie-getraenke"),
        pytest.param("Suggestion: vegan snacks please!", id="en-vegan-snacks"),
        pytest.param("Idee: vielleicht mal eine ruhigere Kneipe?", id="de-ruhigere-kneipe"),
        pytest.param(
            "Komme! Idee: vielleicht können wir diesmal draußen sitzen?", id="de-draussen-sitzen"
        ),
    ],
)
def test_a_wish_about_the_format_or_the_place_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Themenidee: Vegane Rezepte auf Instagram vermarkten",
            "Vegane Rezepte auf Instagram vermarkten",
            id="de-vegane-rezepte",
        ),
        pytest.param(
            "Topic idea: vegan brands on TikTok", "vegan brands on TikTok", id="en-vegan-brands"
        ),
        pytest.param(
            "Themenwunsch: Mehr Reichweite mit Reels",
            "Mehr Reichweite mit Reels",
            id="de-reichweite",
        ),
        pytest.param(
            "Topic idea: more reach with fewer posts", "more reach with fewer posts", id="en-reach"
        ),
    ],
)
def test_a_subject_that_starts_with_more_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
