"""Hostile mail: thousands of list items or firm words are read in linear time.

A list of bullets not named by the line after it was read again from each of its
bullets (3,000 lines of "1) ja" took about a minute), and a look past "fest jetzt"
for a negation ran to the end of the sentence at every repeat. Time is measured
as CPU of this thread, the smaller of two runs, at a size and at twice that size:
linear work about doubles, work that grows with the square about quadruples.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from mail.intent import read_intent
from mail.topic_text import extract_topics


def _cpu(action: Callable[[], object]) -> float:
    runs = []
    for _ in range(2):
        started = time.thread_time()
        action()
        runs.append(time.thread_time() - started)
    return min(runs)


def _growth(read: Callable[[str], object], unit: str, times: int) -> float:
    read(unit)  # the reader's one-time set-up is not the repeat's
    small = _cpu(lambda: read(unit * times))
    large = _cpu(lambda: read(unit * (2 * times)))
    return large / max(small, 1e-3)


def test_a_list_of_thousands_of_items_is_read_once_for_topics() -> None:
    assert _growth(extract_topics, "1) ja\n", 800) < 3.0


def test_a_list_of_items_not_named_after_it_still_suggests_nothing() -> None:
    assert extract_topics("1) ja\n" * 50).titles == []


def test_thousands_of_firm_words_are_read_in_linear_time() -> None:
    assert _growth(read_intent, "jetzt fest ", 900) < 3.0
