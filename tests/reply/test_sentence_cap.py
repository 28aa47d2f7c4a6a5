"""A reply of more sentences than any member writes goes to a person unread, with the
reason: reading costs a fraction of a millisecond per sentence, and a sender repeating
one sentence thousands of times must not hold up a sync."""

from __future__ import annotations

import time

from mail.intent import MAX_SENTENCES, read_intent


def test_more_sentences_than_the_cap_go_to_a_person_with_the_reason() -> None:
    intent = read_intent("Ich komme. " * (MAX_SENTENCES + 1))
    assert intent.answer is None
    assert "too long to read automatically" in intent.problem


def test_a_long_reply_within_the_cap_is_still_read() -> None:
    assert read_intent("Ich komme. " * MAX_SENTENCES).answer is not None


def test_a_reply_of_many_sentences_is_turned_away_quickly() -> None:
    read_intent("Ja.")
    started = time.thread_time()
    read_intent("Ich komme. " * 20 * MAX_SENTENCES)
    assert time.thread_time() - started < 0.5
