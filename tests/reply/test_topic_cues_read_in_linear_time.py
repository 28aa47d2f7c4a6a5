"""Topic cues read a long run-on text in time that grows with its length, not its square.

A reply of one phrase repeated thousands of times has no sentence end: a pattern that
looks ahead to the end of the sentence from every place it could start reads the whole
rest of the text at each of them. Doubling the text twice must then cost about four
times as much, not sixteen times.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth

# the cue words of the topic patterns that look ahead along a title, repeated
CUE_WORDS = [
    "Nächstes Mal gern ",
    "Beim nächsten Mal bitte was über ",
    "Als Thema bitte mal ",
    "Thema Fotorecht wäre mal ",
    "Video-Schnitt wäre auch mal was ",
    "Jemand sollte mal einen Vortrag über ",
    "Someone should do a talk on ",
    "Ich wünsche mir ein Treffen zum Thema ",
    "My vote for a future topic would be ",
    "#Themenwunsch ",
    "Themenwunsch von mir ",
    "Ich würde „",
    "ich schlage „",
    # an ask for an evening read its whole sentence again for a problem named in it
    "Datenschutz wäre einen Abend wert ",
    "Podcasting might be worth ",
    "Alt text deserves its own ",
    "Über Threads sollten wir mal ",
    "Would love something on ",
    "Requesting a session on ",
    "Wünsche mir für den nächsten Abend ",
    "Ich würde das dritte ",
    "Plus one für ",
    "Mastodon kriegt meine Stimme ",
    "Ick bin für det mit ",
]


@pytest.mark.parametrize("words", CUE_WORDS)
def test_a_fourfold_longer_repeat_of_a_cue_costs_far_less_than_sixteenfold(words: str) -> None:
    assert cpu_growth(extract_topics, words, sizes=(12_500, 50_000)) < 8


def test_a_title_wished_for_next_time_is_still_read() -> None:
    assert extract_topics("Nächstes Mal gern Docker für Einsteiger.").titles == [
        "Docker für Einsteiger"
    ]


def test_a_title_ending_in_a_verb_is_still_no_topic() -> None:
    assert extract_topics("Nächstes Mal gern etwas früher anfangen.").titles == []
