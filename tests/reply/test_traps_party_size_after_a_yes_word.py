"""A yes-word, a comma, then the party's size: "Ja, für zwei bitte.", "Sure, for two!".

The number is how many come, the member among them, not a topic chosen: a topic is
named with an article or a noun ("für die 2", "für Thema 2") or by "bin für 2"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Ja, für zwei bitte.", 1, id="de-ja-fuer-zwei-bitte"),
        pytest.param("Gerne, für drei bitte!", 2, id="de-gerne-fuer-drei-bitte"),
        pytest.param("Ja, für 2 bitte.", 1, id="de-ja-fuer-2-bitte"),
        pytest.param("Klar, für zwei.", 1, id="de-klar-fuer-zwei"),
        pytest.param("Yes, for two please.", 1, id="en-yes-for-two-please"),
        pytest.param("Sure, for two!", 1, id="en-sure-for-two"),
        pytest.param("Absolutely, for three please!", 2, id="en-absolutely-for-three"),
    ],
)
def test_a_party_size_after_a_yes_word_counts_the_company(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests, reading.topic_votes) == (Answer.YES, guests, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, für die 2 bitte.", id="de-article-chooses"),
        pytest.param("Ja, für Thema 2 bitte.", id="de-topic-noun-chooses"),
    ],
)
def test_a_number_named_as_a_topic_after_a_yes_is_still_a_vote(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.topic_votes, reading.guests) == ([2], 0)


def test_a_span_of_weeks_after_a_yes_brings_no_one() -> None:
    assert analyse(_mail("Ja, für zwei Wochen bin ich weg.")).guests == 0
