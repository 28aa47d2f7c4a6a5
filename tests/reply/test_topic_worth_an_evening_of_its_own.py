"""A subject said to be worth an evening of its own is a suggestion.

"Datenschutz bei Fotos wäre einen Abend wert", "Das Thema Bildrechte verdient mal einen
eigenen Abend", "Fundraising online might be worth an evening", "Alt text deserves its
own session": what the subject is worth is an evening, so a place, a dish or "das" is
never one.
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
        ("Datenschutz bei Fotos wäre einen Abend wert.", "Datenschutz bei Fotos"),
        ("Vereinsrecht online wäre mal einen eigenen Abend wert.", "Vereinsrecht online"),
        ("Das Thema Bildrechte verdient mal einen eigenen Abend.", "Bildrechte"),
        ("KI im Ehrenamt bräuchte echt einen eigenen Themenabend.", "KI im Ehrenamt"),
        ("Fundraising online might be worth an evening.", "Fundraising online"),
        ("Podcasting could be worth a session.", "Podcasting"),
        ("Alt text deserves its own session.", "Alt text"),
        ("Community guidelines need their own evening.", "Community guidelines"),
    ],
)
def test_a_subject_worth_an_evening_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Das wäre keinen Abend wert.",
        "Der Weg wäre es wert.",
        "Das Essen ist einen Besuch wert.",
        "Das Café am Markt wäre einen Abend wert.",
        "It might be worth a session.",
        "Parking might be worth a mention.",
        "The pub deserves its own night.",
    ],
)
def test_a_place_a_dish_or_das_worth_it_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


def test_the_answer_before_the_subject_worth_an_evening_is_kept() -> None:
    found = analyse(plain_reply("Leider nein, aber Datenschutz bei Fotos wäre einen Abend wert."))
    assert found.answer is Answer.NO
    assert found.topics == ["Datenschutz bei Fotos"]
