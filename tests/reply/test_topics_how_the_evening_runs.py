"""A wish about how the evening runs or where it is held is no topic.

"Wunsch: weniger Folien, mehr Diskussion", "Suggestion: fewer slides, more
discussion" weigh the evening's format; "Wie wäre es mit einem anderen
Lokal?" and "Idee: vielleicht können wir diesmal draußen sitzen?" ask about
the place. A subject that only begins with such a word ("Mehr Reichweite mit
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
