"""Suggestions asked for in passing, as strangers write them.

"Could we do one on Mastodon?", "Kommt mal was zu Barrierefreiheit?",
"Maybe something on X next time?", "Was ist mit X, könnte man da mal was
machen?", a topic put forward by name ("I would propose the topic of X",
"Als Thema … würde ich X anregen") and several at once ("X und Y als Themen
vorschlagen", "X, Y and Z would all be interesting topics") name topics; the
same words about food, a weekday or a place do not."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param("Could we do one on Mastodon?", ["Mastodon"], id="en-do-one-on"),
        pytest.param(
            "Can you guys do one about podcasts sometime?", ["Podcasts"], id="en-you-guys-one"
        ),
        pytest.param(
            "I'm in! And could we do a future evening on game trailers?",
            ["Game trailers"],
            id="en-future-evening",
        ),
        pytest.param("You should do one on Bluesky!", ["Bluesky"], id="en-should-do-one"),
        pytest.param(
            "Maybe something on Mastodon next time?", ["Mastodon"], id="en-maybe-something"
        ),
        pytest.param("Kommt mal was zu Barrierefreiheit?", ["Barrierefreiheit"], id="de-kommt-mal"),
        pytest.param(
            "Kommt irgendwann mal was zu TikTok für Vereine?",
            ["TikTok für Vereine"],
            id="de-kommt-irgendwann",
        ),
        pytest.param(
            "Macht ihr demnächst mal einen Abend über Newsletter?",
            ["Newsletter"],
            id="de-macht-ihr-mal",
        ),
        pytest.param(
            "Bin dabei. Was ist mit KI-Bildern, könnte man da mal was machen?",
            ["KI-Bildern"],
            id="de-was-ist-mit",
        ),
        pytest.param(
            "Dear all, I will attend. For a future meeting I would propose the topic of "
            "accessible PDFs.",
            ["Accessible PDFs"],
            id="en-propose-the-topic-of",
        ),
        pytest.param(
            "Gerne nehme ich teil. Als Thema für einen künftigen Abend würde ich "
            "Barrierefreiheit auf Webseiten anregen.",
            ["Barrierefreiheit auf Webseiten"],
            id="de-als-thema-anregen",
        ),
    ],
)
def test_a_suggestion_asked_for_in_passing_is_a_topic(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Ich würde Canva und Figma als Themen vorschlagen.", ["Canva", "Figma"], id="de-themen"
        ),
        pytest.param(
            "Wir möchten Vereinsrecht und Steuern als Themen anregen.",
            ["Vereinsrecht", "Steuern"],
            id="de-anregen",
        ),
        pytest.param(
            "Mastodon und Bluesky würden mich beide sehr interessieren.",
            ["Mastodon", "Bluesky"],
            id="de-beide-interessieren",
        ),
        pytest.param(
            "Instagram Stories, Reels and Broadcast channels would all be interesting topics.",
            ["Instagram Stories", "Reels", "Broadcast channels"],
            id="en-would-all-be",
        ),
        pytest.param(
            "I'd suggest Canva and Figma as topics.", ["Canva", "Figma"], id="en-as-topics"
        ),
    ],
)
def test_several_suggested_at_once_are_each_a_topic(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kommt mal wieder was zu Essen? Letztes Mal war Hunger.", id="de-essen"),
        pytest.param("Gibt es mal was zu trinken?", id="de-trinken"),
        pytest.param("Could we do one on a weekend?", id="en-weekend"),
        pytest.param("Could we do one in the summer, outside?", id="en-summer-outside"),
        pytest.param("Wird es auch um KI gehen?", id="de-evenings-own-topic"),
        pytest.param("Will the talk cover GDPR as well?", id="en-evenings-own-topic"),
    ],
)
def test_the_same_words_about_food_or_when_are_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Ich fände endlich mal Datenschutz spannend.", "Datenschutz", id="de-endlich"),
        pytest.param(
            "Ich fände endlich mal was über Datenschutz spannend.",
            "Datenschutz",
            id="de-endlich-was",
        ),
        pytest.param(
            "Ich fände unbedingt mal Vereinsrecht wichtig.", "Vereinsrecht", id="de-unbedingt"
        ),
        pytest.param("Mein Vorschlag wäre zum Beispiel Storytelling.", "Storytelling", id="de-zb"),
        pytest.param(
            "My suggestion would be, for example, LinkedIn for clubs.",
            "LinkedIn for clubs",
            id="en-for-example",
        ),
    ],
)
def test_a_title_loses_the_words_that_say_how_keenly(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme! Ich fände es spannend, mehr über den Referenten zu erfahren.",
            id="de-referent",
        ),
        pytest.param(
            "It would be great to hear more about the speaker beforehand.", id="en-speaker"
        ),
        pytest.param(
            "I can bring some snacks, and I could present the new projector if needed.",
            id="en-projector",
        ),
        pytest.param("Anregung: ein Gruppenchat für alle wäre praktisch.", id="de-gruppenchat"),
    ],
)
def test_the_evenings_people_and_things_are_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
