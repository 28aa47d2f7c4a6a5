"""A subject of the member's own led by a label that can be nothing else, the title in
lower case: "Themenidee accessibility in short videos", "Topic idea newsletter tools".

After "Themenidee", "Themenvorschlag", "Themenwunsch", "topic idea" or "topic
suggestion" the words are the title whatever their case. After a plain word that
may start a sentence ("Idee", "Thema", "Wunsch") a lower-case word is no title.
"""

from __future__ import annotations

import pytest

from mail.topic_text import subject_topics


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        pytest.param(
            "Themenidee accessibility in short videos",
            "accessibility in short videos",
            id="de-themenidee",
        ),
        pytest.param(
            "Themenvorschlag newsletter-tools im vergleich",
            "newsletter-tools im vergleich",
            id="de-themenvorschlag",
        ),
        pytest.param("Themenwunsch barrierefreie PDFs", "barrierefreie PDFs", id="de-themenwunsch"),
        pytest.param(
            "Topic idea newsletter tools compared", "newsletter tools compared", id="en-idea"
        ),
        pytest.param("topic suggestion bluesky for clubs", "bluesky for clubs", id="en-suggestion"),
    ],
)
def test_the_words_after_an_unmistakable_label_are_the_title(subject: str, title: str) -> None:
    assert [t.lower() for t in subject_topics(subject, "Bin dabei.")] == [title.lower()]


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Idee wäre gut", id="de-idee-lower"),
        pytest.param("Thema erledigt", id="de-thema-lower"),
        pytest.param("Re: Themenidee newsletter tools", id="reply-to-another"),
        pytest.param("Wunsch erfüllt", id="de-wunsch-lower"),
    ],
)
def test_a_plain_label_word_before_lower_case_names_no_title(subject: str) -> None:
    assert subject_topics(subject, "Bin dabei.") == []
