"""A subject of the member's own led by a label word without a colon.

"Vorschlag Mastodon für Schulen", "Idee Reels für Bäcker", "Topic Discord for
clubs": the capitalised words after the label are the title. A reply's subject
("Re: Vorschlag Mastodon") repeats someone else's, and arrangements ("Thema
Anfahrt") name no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import subject_topics


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        pytest.param("Vorschlag Mastodon für Schulen", "Mastodon für Schulen", id="de-vorschlag"),
        pytest.param("Idee Reels für Bäcker", "Reels für Bäcker", id="de-idee"),
        pytest.param("Wunsch Barrierefreie PDFs", "Barrierefreie PDFs", id="de-wunsch"),
        pytest.param("Topic Discord for clubs", "Discord for clubs", id="en-topic"),
        pytest.param("Suggestion LinkedIn Live", "LinkedIn Live", id="en-suggestion"),
    ],
)
def test_the_words_after_the_label_are_the_title(subject: str, title: str) -> None:
    assert subject_topics(subject, "Bin dabei.") == [title]


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Re: Vorschlag Mastodon", id="reply"),
        pytest.param("Thema Anfahrt", id="de-anfahrt"),
        pytest.param("Thema Essen", id="de-essen"),
    ],
)
def test_a_reply_or_an_arrangement_names_no_topic(subject: str) -> None:
    assert subject_topics(subject, "Bin dabei.") == []
