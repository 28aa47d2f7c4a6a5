"""A title ends where the member's own clause starts, contracted or not.

"Would love a talk about Threads, it's growing fast here" suggests
"Threads"; "Topic: Bluesky, that's where our members are now" suggests
"Bluesky"."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Would love a talk about Threads, it's growing fast here.", "Threads", id="its"
        ),
        pytest.param("Topic: Bluesky, that's where our members are now.", "Bluesky", id="thats"),
        pytest.param("Idea: Reels, we're all struggling.", "Reels", id="were"),
        pytest.param(
            "A session on Canva would be great, they're using it everywhere.",
            "Canva",
            id="theyre",
        ),
    ],
)
def test_a_title_ends_before_a_contracted_clause(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
