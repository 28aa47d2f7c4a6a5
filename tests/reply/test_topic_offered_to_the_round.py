"""A subject offered to the others as a question is a suggestion: "X, anyone?".

"Bluesky for clubs, anyone?", "Anyone else interested in X?", "Noch jemand Lust auf
X?", "Hat noch jemand Interesse an X?", "Hat wer Bock auf X?". What is offered so for
the evening's arrangements ("Pizza danach, anyone?", "Noch jemand Lust auf eine
Fahrgemeinschaft?", "Anyone up for a walk before?") is no subject: a subject offered so
comes without "a" or "ein", unless a carrier names the evening ("Lust auf einen Abend zu
X?").
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bluesky for clubs, anyone?", "Bluesky for clubs"),
        ("Count me in. Podcasting on a budget, anyone?", "Podcasting on a budget"),
        ("Yes! Alt text workshop, anyone?", "Alt text workshop"),
        ("Sorry, can't come. Mastodon moderation, anybody?", "Mastodon moderation"),
        ("Yes. Anyone else interested in Threads for newsrooms?", "Threads for newsrooms"),
        ("Anybody keen on Canva for beginners?", "Canva for beginners"),
        ("Who else would be into newsletter automation?", "Newsletter automation"),
        ("Komme! Noch jemand Lust auf Threads?", "Threads"),
        ("Hat noch jemand Interesse an Canva-Vorlagen?", "Canva-Vorlagen"),
        ("Wer hätte noch Lust auf Bildrechte bei Reposts?", "Bildrechte bei Reposts"),
        ("Bin dabei. Hat wer Bock auf Mastodon-Moderation?", "Mastodon-Moderation"),
        (
            "Jemand Interesse an Fördermitteln für Digitalisierung?",
            "Fördermitteln für Digitalisierung",
        ),
        ("Anyone else Lust auf Threads?", "Threads"),
        ("Noch jemand interested in Canva?", "Canva"),
    ],
)
def test_a_subject_offered_to_the_round_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "answer", "title"),
    [
        ("Count me in. Podcasting on a budget, anyone?", "yes", "Podcasting on a budget"),
        ("Komme! Noch jemand Lust auf Threads?", "yes", "Threads"),
        ("Sorry, can't come. Mastodon moderation, anybody?", "no", "Mastodon moderation"),
    ],
)
def test_the_answer_beside_the_offered_subject_stays(text: str, answer: str, title: str) -> None:
    result = analyse(plain_reply(text))
    assert result.topics == [title]
    assert result.answer is not None and result.answer.value == answer


@pytest.mark.parametrize(
    "text",
    [
        "Pizza danach, anyone?",
        "Drinks after, anyone?",
        "Carpool from Deutz, anyone?",
        "Coffee beforehand, anyone?",
        "Noch jemand Lust auf eine Fahrgemeinschaft ab Ehrenfeld?",
        "Hat jemand Lust auf ein Bier danach?",
        "Hättet ihr Lust auf einen Spaziergang vorher?",
        "Noch jemand Lust auf Pizza?",
        "Hat noch jemand Interesse an einer Mitfahrgelegenheit?",
        "Anyone up for a walk before?",
        "Anyone up for dinner beforehand?",
        "Anyone interested in sharing a taxi?",
        "Bluesky? Anyone? Hello?",
        "Is anyone else coming from Bonn?",
        "Noch jemand interested in a walk before?",
        "Anyone else Lust auf ein Bier?",
    ],
)
def test_an_arrangement_offered_to_the_round_is_no_subject(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "words",
    [
        "Bluesky for clubs, ",
        "Noch jemand Lust auf ",
        "Anyone else interested in ",
        "Hat wer Bock auf ",
    ],
)
def test_a_long_repeat_of_the_cue_costs_about_twice_for_twice_the_text(words: str) -> None:
    assert cpu_growth(extract_topics, words) < 4
