"""A subject wished for the next evening, right after "next time".

"Nächstes Mal gern Docker für Einsteiger", "Next time maybe home
automation." name the subject of a later evening; left unread, "gern" read as
a yes and "maybe" as a maybe. Where, when and how the next evening is held
("Nächstes Mal gern wieder im Café", "Next time maybe somewhere quieter") is
no topic.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nächstes Mal gern Docker für Einsteiger.", "Docker für Einsteiger"),
        ("Nächstes Mal gerne was über Vereinsrecht.", "Vereinsrecht"),
        ("Beim nächsten Mal gern Fotorechte bei Festen!", "Fotorechte bei Festen"),
        ("Fürs nächste Mal bitte Spendenquittungen.", "Spendenquittungen"),
        ("Nächstes Mal, gerne Smart Home im Altbau.", "Smart Home im Altbau"),
        ("Next time maybe Docker for beginners.", "Docker for beginners"),
        ("Next time, home automation please.", "Home automation"),
        ("Next time perhaps password managers for families!", "Password managers for families"),
        ("For next time, maybe grant writing.", "Grant writing"),
    ],
)
def test_the_subject_after_next_time_is_a_topic(text: str, title: str) -> None:
    read = extract_topics(text)
    assert read.titles == [title]
    assert read_intent(read.rest).answer is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ich komme. Nächstes Mal gern Smart Home.", "yes"),
        ("I'm in! Next time maybe home automation.", "yes"),
        ("Diesmal leider nicht. Nächstes Mal gern Vereinsrecht.", "no"),
    ],
)
def test_the_answer_beside_it_stays(text: str, answer: str) -> None:
    read = extract_topics(text)
    assert read.titles
    intent = read_intent(read.rest)
    assert intent.answer is not None and intent.answer.value == answer


@pytest.mark.parametrize(
    "text",
    [
        "Nächstes Mal gern wieder im Café.",
        "Nächstes Mal gern früher anfangen.",
        "Nächstes Mal gern mit Pizza.",
        "Nächstes Mal gern wieder.",
        "Nächstes Mal gerne dabei.",
        "Nächstes Mal bitte pünktlich.",
        "Nächstes Mal gern mehr Zeit für Fragen.",
        "Nächstes Mal gern am Donnerstag.",
        "Nächstes Mal bestimmt.",
        "Next time maybe.",
        "Next time maybe I'll make it.",
        "Next time please.",
        "Next time, count me in.",
        "Next time maybe somewhere quieter.",
        "Next time, a bigger room please.",
        "Next time maybe a bit earlier.",
        "Can't come. Next time, for sure.",
        "Next time perhaps Thursday.",
        "Next time maybe the other pub.",
        "Next time maybe we could start later.",
    ],
)
def test_how_where_or_whether_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
