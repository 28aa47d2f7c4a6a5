"""The member's own workshop or talk elsewhere is their reason, not a suggestion.

"I have a workshop on fire safety that evening", "I'm running a session on
first aid", "ich habe an dem Abend einen Workshop zu Erster Hilfe" tell why
the member is away; "how the voting works" and "was die anderen zu dem Thema
sagen" ask about the group itself. None is a topic, while "Could we have a
session on X?" and "I have an idea for a session on X" still suggest X."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sorry, I can't – I have a workshop on fire safety that evening.", id="en-i-have"
        ),
        pytest.param(
            "I'd love to come but I'm running a workshop on first aid that night.",
            id="en-running",
        ),
        pytest.param(
            "Would love to, but we have an evening about fundraising at church.", id="en-we-have"
        ),
        pytest.param("Can't, I'm giving a talk about LinkedIn in Leeds.", id="en-giving"),
        pytest.param(
            "Leider nein, ich habe an dem Abend einen Workshop zu Erster Hilfe, wäre aber "
            "gern gekommen.",
            id="de-habe-workshop",
        ),
        pytest.param(
            "Ich kann nicht, ich halte selbst einen Vortrag über Vereinsrecht in Bonn.",
            id="de-halte-vortrag",
        ),
        pytest.param("Could someone explain how the voting works?", id="en-how-the-voting"),
        pytest.param(
            "Danke! Mich würde interessieren, was die anderen zu dem Thema sagen.",
            id="de-was-die-anderen-sagen",
        ),
    ],
)
def test_the_members_own_engagement_or_the_groups_ways_are_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Could we have a session on password managers?", "Password managers", id="en-could-we"
        ),
        pytest.param(
            "I have an idea for a session on TikTok ads.", "TikTok ads", id="en-idea-for-a-session"
        ),
        pytest.param(
            "We have got a suggestion for a talk about Bluesky.", "Bluesky", id="en-suggestion-for"
        ),
        pytest.param(
            "Wir sollten mal einen Abend über Podcasts machen.",
            "Podcasts",
            id="de-sollten",
        ),
    ],
)
def test_a_suggestion_with_the_same_verbs_stands(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
