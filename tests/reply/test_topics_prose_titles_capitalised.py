"""A title taken from a sentence starts as a title does, whatever the sentence around
it; a word written small on purpose keeps its letters, and a title under a label keeps
the member's spelling."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Would love a talk about accessible event flyers.",
            "Accessible event flyers",
            id="en-would-love-a-talk",
        ),
        pytest.param(
            "ich fände krisenkommunikation spannend", "Krisenkommunikation", id="de-faende"
        ),
        pytest.param(
            "Könnten wir mal über storytelling auf LinkedIn reden?",
            "Storytelling auf LinkedIn",
            id="de-koennten-wir-ueber",
        ),
        pytest.param(
            "How about a workshop on iPhone video editing?",
            "iPhone video editing",
            id="en-a-brand-written-small",
        ),
    ],
)
def test_a_prose_title_starts_with_a_capital(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_a_labelled_title_keeps_the_members_spelling() -> None:
    assert extract_topics("idee für nächstes mal: reels schneiden am handy").titles == [
        "reels schneiden am handy"
    ]
