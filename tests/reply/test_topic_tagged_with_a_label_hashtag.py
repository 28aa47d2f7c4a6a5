"""A title tagged with a topic label hashtag is a suggestion, as people tag a post.

"#Barrierefreiheit #Themenidee", "#Themenwunsch #Podcasts", "Bin dabei #Themenvorschlag
Canva für Vereine", "Yes #topicidea Bluesky for libraries". A tag written together keeps
its words ("#BarrierefreiePosts" is "Barrierefreie Posts"), and a title written as a tag
loses its mark ("#Datenschutz wäre mal ein Thema"). A hashtag without a label
("#SoMeKöln"), a label alone, "keine" or a dish is no suggestion.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ja. #Barrierefreiheit #Themenidee", "Barrierefreiheit"),
        ("Komme! #Themenwunsch #Podcasts", "Podcasts"),
        ("Bin dabei! #Themenidee #BarrierefreiePosts", "Barrierefreie Posts"),
        ("Bin dabei #Themenvorschlag Canva für Vereine", "Canva für Vereine"),
        ("Kann nicht. #Themenwunsch Vereinsfinanzen online", "Vereinsfinanzen online"),
        ("Yes #topicidea Bluesky for libraries", "Bluesky for libraries"),
        ("Yes! #topic_idea #AltText", "Alt Text"),
        ("Can't make it #TopicWish newsletter tools", "newsletter tools"),
        ("Komme. #Datenschutz wäre mal ein Thema.", "Datenschutz"),
        ("Komme. Thema-Hashtag: #Fediverse", "Fediverse"),
    ],
)
def test_a_title_tagged_with_a_label_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "answer"),
    [("Komme! #Themenwunsch #Podcasts", "yes"), ("Kann nicht. #Themenidee #Podcasts", "no")],
)
def test_the_answer_beside_the_tags_stays(text: str, answer: str) -> None:
    result = analyse(plain_reply(text))
    assert result.topics == ["Podcasts"]
    assert result.answer is not None and result.answer.value == answer


@pytest.mark.parametrize(
    "text",
    [
        "Komme #SoMeKöln",
        "Ja #Themenwunsch",
        "#Themenidee: keine",
        "Komme. #Themenwunsch: Pizza",
        "Ja #Themenidee #Themenwunsch",
        "Yes #TeamNoSleep",
        "Bin dabei #freumichdrauf",
    ],
)
def test_a_tag_without_a_label_or_with_no_title_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "words", ["#Themenwunsch ", "#Themenidee #Podcasts ", "#Podcasts #Themenidee "]
)
def test_a_long_repeat_of_tags_costs_about_twice_for_twice_the_text(words: str) -> None:
    assert cpu_growth(extract_topics, words) < 4
