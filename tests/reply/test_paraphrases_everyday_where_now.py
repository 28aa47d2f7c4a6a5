"""Where the member is right now says nothing of the evening; what they add after "und",
"and" or "but" still answers. Each row is one way of saying it, in words of our own."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "Hallo zusammen, ich bin gerade in Elternzeit und komme die nächsten Monate nicht "
            "zum Stammtisch.",
            Answer.NO,
        ),
        ("Ich bin gerade in Berlin und komme am Donnerstag gern.", Answer.YES),
        ("Bin grad auf Dienstreise und schaffe es leider nicht.", Answer.NO),
        ("I'm currently at a conference but I'll be there Thursday.", Answer.YES),
        ("I'm currently in Lisbon and can't make it, sorry.", Answer.NO),
    ],
)
def test_an_answer_joined_to_where_the_member_is_now_still_answers(
    text: str, meant: Answer
) -> None:
    assert read_intent(text).answer is meant


@pytest.mark.parametrize(
    "text",
    [
        "Bin grad im Skiurlaub und hab die Mail erst jetzt gesehen.",
        "Ich bin gerade in Wien und hab die Einladung eben erst gelesen.",
    ],
)
def test_where_the_member_is_now_alone_answers_nothing(text: str) -> None:
    assert read_intent(text).answer is None


def test_back_only_on_a_named_day_is_a_no_for_that_day() -> None:
    # the day of return is named: for another evening than the 30th a person reads it
    # (mail.named_days); back only on the evening's own day is a no
    assert read_intent("Ich bin gerade im Urlaub und komme erst am 30. zurück.").answer is (
        Answer.NO
    )
