"""A title that starts with a word for the evening's arrangements can be a subject.

"the recording" of the evening is an arrangement, never a topic; "Recording
live sessions" or "Recording podcasts at home" is a subject: the word takes an
object of its own.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Two topic ideas:\n1) Folk music on YouTube\n2) Recording live sessions",
            ["Folk music on YouTube", "Recording live sessions"],
        ),
        ("Topic idea: Recording podcasts at home", ["Recording podcasts at home"]),
        (
            "Topic suggestion: Recording choir rehearsals cheaply",
            ["Recording choir rehearsals cheaply"],
        ),
        (
            "Ideas:\n- Recording interviews on a phone\n- Newsletter design",
            ["Recording interviews on a phone", "Newsletter design"],
        ),
    ],
)
def test_a_recording_with_an_object_is_a_subject(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        "Topic idea: recording?",
        "Topic: recording of the talk please",
        "Topic: recording the evening",
        "Recording please!",
    ],
)
def test_the_recording_of_the_evening_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
