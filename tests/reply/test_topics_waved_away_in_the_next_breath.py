"""A suggestion waved away in the next breath is no topic.

"Ein Abend über Newsletter? Gähn." or "Topic for another day: Excel macros?
Haha, just kidding." name a subject to mock it; the joke marker or refusal
right after takes it back, and is no answer to the evening either. A next
sentence that keeps the subject ("Das wäre super", "…, aber wichtig") leaves
the suggestion standing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ein Abend über Newsletter? Gähn.", id="de-yawn"),
        pytest.param(
            "Wie wär's mal mit einem Abend über Buchhaltung? Nee, lieber nicht.", id="de-nee"
        ),
        pytest.param("Themenvorschlag: Faxgeräte im Verein. War nur ein Witz 😂", id="de-joke"),
        pytest.param("Mal was zu Steuerrecht wäre cool. Nee, Spaß.", id="de-spass"),
        pytest.param("Themenvorschlag: Excel-Tabellen 😴", id="de-sleepy-face"),
        pytest.param("Topic for another day: Excel macros? Haha, just kidding.", id="en-kidding"),
        pytest.param("Maybe a session on spreadsheets? Nah.", id="en-nah"),
        pytest.param("How about a talk on fax machines? Only joking.", id="en-joking"),
        pytest.param("Idea: a whole evening on cookie banners. Yawn.", id="en-yawn"),
    ],
)
def test_a_suggestion_mocked_right_after_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Vorschlag von Peter aus unserem Team: Podcasts. Ich selbst finde das eher langweilig.",
            id="de-passed-on-found-dull",
        ),
        pytest.param(
            "Suggestion from my boss: a talk on spreadsheets. I find that pretty boring.",
            id="en-passed-on-found-dull",
        ),
    ],
)
def test_a_suggestion_found_dull_in_the_next_sentence_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Themenvorschlag: Datenschutz. Ich weiß, das ist langweilig, aber wichtig.",
            "Datenschutz",
            id="de-dull-but-important",
        ),
        pytest.param(
            "Wie wär's mal mit einem Abend über Podcasts? Das wäre super.",
            "Podcasts",
            id="de-then-praised",
        ),
        pytest.param(
            "Ein Abend über Newsletter? Ja, bitte!", "Newsletter", id="de-then-yes-please"
        ),
        pytest.param("Topic idea: Bluesky. I'm in, by the way.", "Bluesky", id="en-then-an-answer"),
        pytest.param(
            "Topic: Bluesky. I have a session on it at work, so I know it well.",
            "Bluesky",
            id="en-then-own-experience",
        ),
    ],
)
def test_a_suggestion_kept_in_the_next_sentence_stands(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ein Vortrag über Krypto? Nee, lieber nicht.", id="de-nee"),
        pytest.param("How about a talk on NFTs? Nah, forget it.", id="en-nah"),
    ],
)
def test_the_refusal_of_a_mocked_topic_is_no_answer(text: str) -> None:
    result = analyse(plain_reply(text))
    assert result.topics == []
    assert result.answer is None


def test_an_answer_after_the_joke_still_counts() -> None:
    result = analyse(plain_reply("How about a talk on blockchain? Just joking, I'm in."))
    assert result.topics == []
    assert result.answer is not None and result.answer.value == "yes"
