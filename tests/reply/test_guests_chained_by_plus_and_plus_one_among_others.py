"""Companions chained by "+" after the member ("Me + my wife + our son"), and a plus-one
named beside another companion ("my plus-one and a friend"): each person counts. A
"+1" or a plus-one on its own stays one, and a plus-one who drops out brings no one."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COUNTED = [
    ("Me + my wife + our son", 2, "en-me-plus-wife-plus-son"),
    ("Me + my plus-one + her sister.", 2, "en-me-plus-plus-one-plus-sister"),
    ("Ich + meine Frau + mein Schwiegervater", 2, "de-ich-plus-frau-plus-schwiegervater"),
    ("I'll come with my plus-one and a friend.", 2, "en-with-plus-one-and-friend"),
    ("Yes, bringing my plus-one and her brother.", 2, "en-bringing-plus-one-and-brother"),
    ("Ich komme mit meinem Plus-Eins und einer Freundin.", 2, "de-plus-eins-und-freundin"),
]


@pytest.mark.parametrize(("text", "guests", "case"), COUNTED, ids=[c for *_, c in COUNTED])
def test_each_person_chained_or_listed_beside_a_plus_one_counts(
    text: str, guests: int, case: str
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


ALONE = [
    ("me + 1", Answer.YES, 1, "en-me-plus-1"),
    ("Me + 2", Answer.YES, 2, "en-me-plus-2"),
    ("Yes, with my plus-one.", Answer.YES, 1, "en-with-plus-one"),
    ("Ich komme, mein Plus-Eins hat aber abgesagt.", Answer.YES, 0, "de-plus-eins-abgesagt"),
    ("My plus-one bailed, so it's just me.", Answer.YES, 0, "en-plus-one-bailed"),
]


@pytest.mark.parametrize(("text", "answer", "guests", "case"), ALONE, ids=[c for *_, c in ALONE])
def test_a_plus_one_alone_or_dropped_keeps_its_count(
    text: str, answer: Answer, guests: int, case: str
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)
