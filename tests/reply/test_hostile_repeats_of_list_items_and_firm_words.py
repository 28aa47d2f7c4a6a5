"""Hostile mail: thousands of list items or firm words are read in a fraction of a second.

A list of bullets not named by the line after it was read again from each of its
bullets (1,600 lines of "1) ja" took about 15 s of CPU), and a look past "fest
jetzt" for a negation ran to the end of the sentence at every repeat (1,800 times
"jetzt fest " took about 1.5 s, growing with the square). Time is the CPU of this
thread, the smaller of two runs, so a busy machine does not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from mail.intent import read_intent
from mail.topic_text import extract_topics


def _cpu(read: Callable[[str], object], text: str) -> float:
    read(text[:20])  # the reader's one-time set-up is not the repeat's
    runs = []
    for _ in range(2):
        started = time.thread_time()
        read(text)
        runs.append(time.thread_time() - started)
    return min(runs)


def test_a_list_of_thousands_of_items_is_read_once_for_topics() -> None:
    assert _cpu(extract_topics, "1) ja\n" * 1_600) < 1.5


def test_a_list_of_items_not_named_after_it_still_suggests_nothing() -> None:
    assert extract_topics("1) ja\n" * 50).titles == []


def test_thousands_of_firm_words_are_read_without_looking_to_the_end_each_time() -> None:
    assert _cpu(read_intent, "jetzt fest " * 1_800) < 1.0
