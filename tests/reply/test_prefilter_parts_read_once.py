"""Reading a cue pattern's needed words reads each of its parts once: the conditions of
its alternatives serve both the word it needs most and every word it needs."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from mail import prefilter

PATTERNS = (
    r"\b(?:komme|bin)\s+(?:gern|gerne|sicher)\s+(?:dabei|da)\b",
    r"\b(?:ich\s+(?:kann|werde)|wir\s+(?:können|werden))\s+(?:leider\s+)?nicht\b",
    r"\bnope\b|\bnah\b",
    r"(?:count\s+me\s+(?:in|out))+",
)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    better = prefilter._better

    def counted(best: Any, option: Any) -> Any:
        calls[0] += 1
        return better(best, option)

    monkeypatch.setattr(prefilter, "_better", counted)
    return calls


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_needed_word_costs_no_second_look_at_the_alternatives(
    pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    prefilter._sequence(_parser.parse(pattern, re.IGNORECASE))
    alone = calls[0]
    calls[0] = 0
    prefilter._read.__wrapped__(pattern, re.IGNORECASE)
    assert calls[0] == alone


def test_the_words_read_are_those_of_each_alternative() -> None:
    pattern = PATTERNS[0]
    assert prefilter.needs_all(pattern, re.IGNORECASE) == (
        ("komme", "bin"),
        ("gern", "gerne", "sicher"),
        ("da",),  # "dabei|da" is parsed as "da" and an optional "bei"
    )
    assert prefilter.starts(pattern, re.IGNORECASE) == ("komme", "bin")
    assert prefilter.needs(pattern, re.IGNORECASE) == ("gern", "gerne", "sicher")
