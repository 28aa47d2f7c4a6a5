"""A title typed without punctuation ends before the answer or the closing.

"Themenvorschlag: Mastodon für Schulen Bin dabei" suggests "Mastodon für
Schulen" and says yes; "Thema: Podcasts für Vereine LG Anna" and "Topic:
YouTube for schools, best, Sarah" close the mail after the title.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Thema: Podcasts für Vereine LG Anna", "Podcasts für Vereine", id="de-lg"),
        pytest.param(
            "Topic: newsletters for choirs Cheers Ben", "newsletters for choirs", id="en-cheers"
        ),
        pytest.param(
            "Themenwunsch Instagram für Hofläden danke und bis bald",
            "Instagram für Hofläden",
            id="de-danke-bis-bald",
        ),
        pytest.param("Thema: LinkedIn für Azubis xoxo", "LinkedIn für Azubis", id="de-xoxo"),
        pytest.param(
            "Hallo! Themenidee: Google-Bewertungen für Ärzte :) Liebe Grüße, Maria",
            "Google-Bewertungen für Ärzte",
            id="de-smiley-gruesse",
        ),
        pytest.param(
            "Topic: YouTube for schools, best, Sarah", "YouTube for schools", id="en-best"
        ),
        pytest.param(
            "Topic suggestion: Threads for councils, see you there!",
            "Threads for councils",
            id="en-see-you",
        ),
    ],
)
def test_the_closing_is_no_part_of_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Themenvorschlag: Mastodon für Schulen Bin dabei",
            "Mastodon für Schulen",
            id="de-bin-dabei",
        ),
        pytest.param(
            "Idee: TikTok für Feuerwehren und ich komme auch",
            "TikTok für Feuerwehren",
            id="de-und-ich-komme",
        ),
        pytest.param(
            "Topic: Instagram for bakeries and yes I'm coming",
            "Instagram for bakeries",
            id="en-and-yes",
        ),
        pytest.param(
            "Topic idea Canva for clubs I'll be there", "Canva for clubs", id="en-ill-be-there"
        ),
    ],
)
def test_an_answer_run_on_after_the_title_is_read_as_the_answer(text: str, title: str) -> None:
    reply = analyse(plain_reply(text))
    assert [t[:1].lower() + t[1:] for t in reply.topics] == [title[:1].lower() + title[1:]]
    assert reply.answer is not None and reply.answer.value == "yes"


def test_best_inside_a_title_stays() -> None:
    assert extract_topics("Topic: Newsletter best practices for clubs").titles == [
        "Newsletter best practices for clubs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme!\n\nViele Grüße\nLiam", id="de-viele-gruesse"),
        pytest.param("Leider nicht.\n\nLiebe Grüße\nAnna", id="de-liebe-gruesse"),
        pytest.param("I'm in.\n\nBest wishes\nTom", id="en-best-wishes"),
    ],
)
def test_a_closing_names_no_topic_it_might_choose(text: str) -> None:
    reply = analyse(plain_reply(text))
    assert reply.topics == [] and reply.topic_mentions == []
