"""Suggestions in mixed language and chatty voices give clean titles.

"a session on LinkedIn for Vereine wäre super", "would be rad to do smth on
discord servers", "Könnt ihr mal nen Abend zu Pinterest machen?", "Ich würde
mich über einen Austausch zu X freuen", "ich fänd's mega, wenn ihr mal was
zu X macht", "Mich würde ein Abend zu Bluesky total interessieren"."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Bin dabei! Btw, a session on LinkedIn for Vereine wäre super.",
            "LinkedIn for Vereine",
            id="mixed-session-waere-super",
        ),
        pytest.param(
            "yes!! also would be rad to do smth on discord servers",
            "Discord servers",
            id="en-rad-smth",
        ),
        pytest.param(
            "Hey, bin dabei 🙌 Könnt ihr mal nen Abend zu Pinterest machen?",
            "Pinterest",
            id="de-nen-abend",
        ),
        pytest.param(
            "Ich würde mich über einen Austausch zu Vereinsfesten auf Instagram freuen.",
            "Vereinsfesten auf Instagram",
            id="de-austausch-freuen",
        ),
        pytest.param(
            "Hallöchen, also ich fänd's mega, wenn ihr mal was zu Google Rezensionen macht!",
            "Google Rezensionen",
            id="de-mega-wenn",
        ),
        pytest.param(
            "Ja! Mich würde ein Abend zu Bluesky total interessieren.",
            "Bluesky",
            id="de-total-interessieren",
        ),
    ],
)
def test_a_chatty_or_mixed_suggestion_gives_its_clean_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
