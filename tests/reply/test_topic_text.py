"""Topic suggestions and votes by number in a member's own words."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Themenvorschlag: Mastodon für Vereine", ["Mastodon für Vereine"]),
        ("Thema: „Barrierefreie Reels“!", ["Barrierefreie Reels"]),
        ("Topic: Measuring reach without cookies.", ["Measuring reach without cookies"]),
        ("Topic suggestion: Threads for newsrooms", ["Threads for newsrooms"]),
        ("Bin raus. Thema: Bluesky-Starterpacks", ["Bluesky-Starterpacks"]),
        ("Themenvorschläge:\n- Bluesky\n* TikTok für Behörden\n• LinkedIn Newsletter",
         ["Bluesky", "TikTok für Behörden", "LinkedIn Newsletter"]),
        ("Themenvorschläge:\n\n1. Community-Management\n2. Krisenkommunikation",
         ["Community-Management", "Krisenkommunikation"]),
        ("Thema:\nKI-Bilder kennzeichnen", ["KI-Bilder kennzeichnen"]),
        ("Zum Thema: Wie wäre es mal mit Social Listening für NGOs?",
         ["Social Listening für NGOs"]),
        ("Wie wäre es mal mit einem Vortrag über Podcast-Marketing?", ["Podcast-Marketing"]),
        ("How about a session on accessible alt texts?", ["Accessible alt texts"]),
    ],
)  # fmt: skip
def test_topic_suggestions(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        "Wie wäre es mal mit Pizza statt Brezeln?",
        "How about we start at 8?",
        "Ich komme, das Thema klingt spannend.",
    ],
)
def test_no_topic_without_a_clear_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("+1 für Thema 3", [3]),
        ("+1 for topic 2", [2]),
        ("Ich stimme für 2 und 5", [2, 5]),
        ("I vote for 2 and 5", [2, 5]),
        ("I vote for topics 1, 4 and 6.", [1, 4, 6]),
        ("Thema 3 fände ich gut", [3]),
        ("Thema 3 fände ich auch gut, +1 für Thema 2", [3, 2]),
        ("Ich stimme für Thema 2. +1 zu Thema 2", [2]),
    ],
)
def test_votes_by_number(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


def test_numbers_that_are_not_votes_are_ignored() -> None:
    assert extract_topics("Ich komme +1, ab 19 Uhr, Tisch 3").votes == []


def test_topic_and_vote_phrases_are_removed_from_the_rest() -> None:
    found = extract_topics("Ich komme.\nThema: Wie sage ich nein?\n+1 für Thema 2")
    assert found.rest == "Ich komme."
    assert found.titles == ["Wie sage ich nein?"]
    assert found.votes == [2]
