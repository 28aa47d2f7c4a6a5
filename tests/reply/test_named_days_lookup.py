"""The plain look for words before the day patterns never says no where they match."""

from __future__ import annotations

import pytest

from mail.clauses import clauses
from mail.named_days import (
    _CHEAP,
    _CHEAP_WORDS,
    _POINTER_WORDS,
    _THIS_EVENING,
    _cheap,
    _lowered,
    _may_name,
    _points,
)

SENTENCES = [
    "Am 14. bin ich raus",
    "Leider nein, diesmal nicht.",
    "Tel. +49 221 123456-001 | www.rheinblick.example",
    "Im Dezember kann ich nicht",
    "Next THURSDAY works, see you at the Christmas Party",
    "an dem abend bin ich leider verhindert",
    "that one I can make, this time for sure",
    "Komme gern, bringe Kuchen mit",
    "Yes, I will be there.",
    "chriſtmas drinks, then",  # a long s, which the case-blind engine reads as "s"
    "frıday it is",  # a dotless i, read as "i"
    "See you at the SUMMER PARTY",
    "uebermorgen klappt es",
    "an diesem termin bin ich dabei",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_look_agrees_with_the_patterns(sentence: str) -> None:
    for clause in clauses(sentence):
        assert _cheap(clause) == (_CHEAP.search(clause) is not None)
        assert _points(clause) == (_THIS_EVENING.search(clause) is not None)
        if _cheap(clause) or _points(clause):
            assert _may_name(_lowered(sentence), _CHEAP_WORDS + _POINTER_WORDS)
