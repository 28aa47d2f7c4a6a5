"""A suggestion the member backs with their own dullness is kept.

"Topic suggestion: Social media for regional banks. We're very boring online and we
know it." says why the member asks; it does not find the suggestion dull, as "Ich
finde das eher langweilig" after "Vorschlag von Peter: Podcasts" does.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Topic suggestion: Social media for regional banks. We're very boring online and "
            "we know it.",
            "Social media for regional banks",
            id="en-were-boring",
        ),
        pytest.param(
            "Idea: LinkedIn for charities. Our posts are so dull, that's the problem.",
            "LinkedIn for charities",
            id="en-our-posts-are-dull",
        ),
        pytest.param(
            "Thema: Instagram für Steuerberater. Unsere Posts sind total langweilig, das "
            "wissen wir.",
            "Instagram für Steuerberater",
            id="de-unsere-posts-langweilig",
        ),
        pytest.param(
            "Idee: LinkedIn für Handwerker. Wir sind da echt öde unterwegs, das geben wir zu.",
            "LinkedIn für Handwerker",
            id="de-wir-sind-oede",
        ),
    ],
)
def test_the_members_own_dullness_keeps_the_suggestion(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vorschlag von Peter: Podcasts. Ich finde das eher langweilig.", id="de"),
        pytest.param("Topic idea: Excel macros. That sounds boring to me.", id="en"),
    ],
)
def test_a_suggestion_found_dull_is_still_waved_away(text: str) -> None:
    assert extract_topics(text).titles == []
