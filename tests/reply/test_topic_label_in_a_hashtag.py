"""A topic label word written as a hashtag is a label all the same.

"#Themenwunsch: LinkedIn für Ehrenamtliche", "#Themenvorschlag Social-Media-Recht",
"#topicidea TikTok for nonprofits": members used to social media mark a suggestion the
way they would tag a post. The words run together ("#topicidea", "#topic_wish") mean
what the label written apart means. A hashtag without a label word ("#Stammtisch
#Köln", "#vorfreude") suggests nothing.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ich komme. #Themenwunsch: LinkedIn für Ehrenamtliche", "LinkedIn für Ehrenamtliche"),
        ("#Themenvorschlag Social-Media-Recht", "Social-Media-Recht"),
        ("#Themenwunsch Podcasts im Verein", "Podcasts im Verein"),
        ("Bin dabei! #Thema: Hate Speech in Kommentaren", "Hate Speech in Kommentaren"),
        ("#Idee: Threads für Sportvereine", "Threads für Sportvereine"),
        ("#topicidea TikTok for nonprofits", "TikTok for nonprofits"),
        ("Count me in. #topic_idea: Reels for beginners", "Reels for beginners"),
        ("#TopicWish: Newsletter design", "Newsletter design"),
        ("Yes! #TalkIdea Mastodon moderation", "Mastodon moderation"),
    ],
)
def test_a_label_word_in_a_hashtag_makes_the_rest_a_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Bin dabei #vorfreude",
        "#Stammtisch #Köln",
        "Ich komme! #SocialMedia #Ehrenamt",
        "See you there #networking",
        "#Themen sind mir egal",
        "#keinThema: heute nur Bier",
    ],
)
def test_a_hashtag_without_a_label_word_suggests_nothing(text: str) -> None:
    assert extract_topics(text).titles == []


def test_the_answer_beside_a_hashtag_label_is_kept() -> None:
    found = analyse(plain_reply("Sorry, not this time. #topicidea TikTok for nonprofits"))
    assert found.answer is Answer.NO
    assert found.topics == ["TikTok for nonprofits"]
