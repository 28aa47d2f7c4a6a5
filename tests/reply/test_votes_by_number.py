"""Votes by number written in a hurry, read clause by clause (mail/number_votes.py).

A small number counts when it is named as a topic ("#2", "Option 2") or sits
beside a word that chooses ("bitte", "nehme", "go for"); a number with a
unit, a time, a date or company never does.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Ich stimme für Nummer 2", [2], id="ich-stimme-fuer-nummer-2"),
        pytest.param("2 bitte", [2], id="2-bitte"),
        pytest.param("Die 2!", [2], id="die-2"),
        pytest.param("Nr. 2 👍", [2], id="nr-2"),
        pytest.param("#2", [2], id="2"),
        pytest.param("Thema #3", [3], id="thema-3"),
        pytest.param("Für die 1", [1], id="fuer-die-1"),
        pytest.param("Ich nehme die 3", [3], id="ich-nehme-die-3"),
        pytest.param("Option 2", [2], id="option-2"),
        pytest.param("Vorschlag 1 finde ich super", [1], id="vorschlag-1-finde-ich-super"),
        pytest.param("1 und 3 fänd ich gut", [1, 3], id="1-und-3-faend-ich-gut"),
        pytest.param("I like #1", [1], id="i-like-1"),
        pytest.param("I'd go for 2", [2], id="i-d-go-for-2"),
        pytest.param("2 for me", [2], id="2-for-me"),
        pytest.param("+1 to 3", [3], id="1-to-3"),
        pytest.param("+1 on #2", [2], id="1-on-2"),
        pytest.param("Vote: 2", [2], id="vote-2"),
        pytest.param("Stimme: 3", [3], id="stimme-3"),
        pytest.param("Meine Wahl: 2", [2], id="meine-wahl-2"),
        pytest.param("Meine Favoriten sind 1 und 3", [1, 3], id="meine-favoriten-sind-1-und-3"),
        pytest.param("Favorit: Thema 2", [2], id="favorit-thema-2"),
        pytest.param("Ich wähle 2", [2], id="ich-waehle-2"),
        pytest.param("Ich bin für die 2", [2], id="ich-bin-fuer-die-2"),
        pytest.param("Count me in for topic 2", [2], id="count-me-in-for-topic-2"),
        pytest.param("Interested in topic 1 and 3", [1, 3], id="interested-in-topic-1-and-3"),
        pytest.param("Topics 1 & 3 both sound great", [1, 3], id="topics-1-3-both-sound-great"),
        pytest.param("Thema 2 wäre mein Favorit", [2], id="thema-2-waere-mein-favorit"),
        pytest.param("Nummer 3 hört sich gut an", [3], id="nummer-3-hoert-sich-gut-an"),
        pytest.param("Ich fände die 2 spannend", [2], id="ich-faende-die-2-spannend"),
        pytest.param(
            "Ja, ich komme, und 2 fände ich gut", [2], id="ja-ich-komme-und-2-faende-ich-gut"
        ),
    ],
)
def test_a_number_chosen_in_a_hurry_is_a_vote(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme um 19 Uhr", id="ich-komme-um-19-uhr"),
        pytest.param("Wir sind 2", id="wir-sind-2"),
        pytest.param("Ich komme mit 2 Kollegen", id="ich-komme-mit-2-kollegen"),
        pytest.param("Ich komme gegen 7", id="ich-komme-gegen-7"),
        pytest.param("Komme +2", id="komme-2"),
        pytest.param("Ich bin 2 Minuten später da", id="ich-bin-2-minuten-spaeter-da"),
        pytest.param("Am 2. Februar bin ich da", id="am-2-februar-bin-ich-da"),
        pytest.param("Ja gerne, bis Donnerstag!", id="ja-gerne-bis-donnerstag"),
        pytest.param("Yes, I am in for 2 hours", id="yes-i-am-in-for-2-hours"),
        pytest.param("Ich hab 2 Fragen", id="ich-hab-2-fragen"),
        pytest.param("2", id="2-x"),
        pytest.param("Ich komme auf jeden Fall, 100%", id="ich-komme-auf-jeden-fall-100"),
        pytest.param("We are 2", id="we-are-2"),
        pytest.param("Ja +1", id="ja-1"),
    ],
)
def test_a_number_that_counts_or_times_something_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


def test_the_clause_that_voted_is_not_left_to_be_read_as_an_answer() -> None:
    assert extract_topics("Ja, ich komme. Meine Wahl: 2").rest.strip(" .") == "Ja, ich komme"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Die erste Idee gefällt mir", [1], id="erste-idee"),
        pytest.param("The second one please", [2], id="second-one"),
        pytest.param("The first one sounds good", [1], id="first-one"),
        pytest.param("Der erste Termin passt mir besser", [], id="a-date-is-no-topic"),
    ],
)
def test_a_topic_chosen_by_its_place_in_the_list_is_a_vote(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers
