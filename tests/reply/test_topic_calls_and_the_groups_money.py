"""A talk by phone or about the group's own money is no topic.

"I'd love a talk on the phone about the venue booking" asks for a call; "Would
be great to have a talk about the budget for next year" and "Könnten wir mal
über die Finanzen des Stammtischs sprechen?" are about the group itself. A
subject that only shares a word ("phone photography", "budget-friendly video
gear") is still one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd love a talk on the phone about the venue booking.", id="en-phone"),
        pytest.param(
            "Would be great to have a talk about the budget for next year.", id="en-budget-year"
        ),
        pytest.param(
            "Könnten wir mal über die Finanzen des Stammtischs sprechen?",
            id="de-finanzen-des-stammtischs",
        ),
        pytest.param(
            "Könnten wir mal über die Kosten des Vereins reden?", id="de-kosten-des-vereins"
        ),
    ],
)
def test_a_call_or_the_groups_money_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "I'd love a talk on phone photography for small shops.",
            "Phone photography for small shops",
            id="en-phone-photography",
        ),
        pytest.param(
            "Would be great to have a talk about budget-friendly video gear.",
            "Budget-friendly video gear",
            id="en-budget-friendly",
        ),
    ],
)
def test_a_subject_sharing_the_word_is_still_one(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
