"""The cues of complaints, questions to the round, quoted titles and dashed labels read a
long run-on repeat in time that grows with its length, not its square."""

from __future__ import annotations

import time

import pytest

from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth

CUE_WORDS = [
    "Wir reden nie über ",
    "Über Podcasts reden wir ",
    "We never talk about ",
    "Hat jemand Erfahrung mit ",
    "Hat jemand Erfahrung mit X? Wäre ",
    "Has anyone tried ",
    "Ich würde gern ",
    "Ich würde gern Podcasts als ",
    "Ich wäre für ",
    'Ich fände "Newsletter: Tools, ',
    "„Reels: ",
    "Idee fürs nächste Mal – ",
    "Themenvorschlag – „",
]


@pytest.mark.parametrize("words", CUE_WORDS)
def test_a_fourfold_longer_repeat_of_a_cue_costs_far_less_than_sixteenfold(words: str) -> None:
    assert cpu_growth(extract_topics, words, sizes=(12_500, 50_000)) < 8


@pytest.mark.parametrize("words", CUE_WORDS)
def test_a_repeat_of_twenty_thousand_characters_reads_quickly(words: str) -> None:
    text = (words * (20_000 // len(words) + 1))[:20_000]
    extract_topics(text[:1_000])
    started = time.thread_time()
    extract_topics(text)
    assert time.thread_time() - started < 0.5
