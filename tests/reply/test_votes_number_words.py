"""Votes by a number written as a word: "Drei!", "die zwei", "Nummer zwei 👍".

A number word alone is a place in the list the member was shown (the caller
checks there was one); beside a word that chooses it votes as a digit would.
A digit alone needs its article ("8." is a date's day in a quote header), and
"one" is never read as a number ("the one about SEO").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Drei!", [3], id="drei"),
        pytest.param("drei", [3], id="lower-case"),
        pytest.param("DIE ZWEI!!", [2], id="all-caps-article"),
        pytest.param("Nummer zwei 👍", [2], id="nummer-zwei"),
        pytest.param("Number two", [2], id="number-two"),
        pytest.param("Drei 👍", [3], id="drei-thumb"),
        pytest.param("Die drei fänd ich gut", [3], id="die-drei-faend-ich-gut"),
        pytest.param("Zwei, bitte", [2], id="zwei-bitte"),
        pytest.param("I like two", [2], id="i-like-two"),
        pytest.param("Thema zwei und vier bitte", [2, 4], id="thema-zwei-und-vier"),
        pytest.param("Ja, ich komme. Drei!", [3], id="beside-an-answer"),
    ],
)
def test_a_number_word_votes_like_its_digit(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wir sind drei, finde ich gut", id="wir-sind-drei"),
        pytest.param("zwei Kollegen und ich finden es gut", id="zwei-kollegen"),
        pytest.param("Ich komme mit drei Leuten, super", id="drei-leuten"),
        pytest.param("Um drei bitte", id="um-drei"),
        pytest.param("Drei Tage später gerne", id="drei-tage"),
        pytest.param("the one about SEO sounds good", id="the-one-about"),
        pytest.param("2", id="bare-digit"),
        pytest.param("schrieb am Fr., 8. Jan. 2027, 09:14:", id="date-in-quote-header"),
    ],
)
def test_a_number_word_with_company_a_time_or_a_date_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("2 und 3 bitte, 1 interessiert mich nicht so.", [2, 3], id="one-turned-down"),
        pytest.param("Thema 2 bitte, nicht 1", [2], id="nicht-1"),
        pytest.param("Nummer 2 finde ich nicht so spannend", [], id="not-so-exciting"),
        pytest.param("No 2 please", [2], id="no-as-number-sign"),
        pytest.param(
            "Von den offenen Vorschlägen fände ich Nummer 3 am besten.", [3], id="am-besten"
        ),
        pytest.param("Die 2 am liebsten", [2], id="am-liebsten"),
        pytest.param("at 7 am 2 please", [], id="a-time-in-the-morning"),
    ],
)
def test_a_number_turned_down_is_no_vote_and_the_best_one_is(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers
