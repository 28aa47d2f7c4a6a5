"""A cue pattern is skipped when any word it needs is missing, not only its rarest one."""

from __future__ import annotations

import re

from mail.cues import Cue
from mail.prefilter import WordIndex, needs_all

_IF_NOT = (
    r"\b(melde|sage)\s+(ich\s+)?(mich|bescheid)\b[^.!?]{0,20}?\b(falls|wenn)\b[^.!?]*\bnicht\b"
)


def test_needs_all_names_every_part_a_match_goes_through() -> None:
    assert needs_all(r"\b(komme|bin)\s+gern\b") == (("komme", "bin"), ("gern",))
    assert needs_all(r"(?:ja)?\W*$") == ()


def test_a_pattern_whose_later_word_is_missing_is_not_run() -> None:
    index = WordIndex()
    promise = Cue((_IF_NOT,), re.IGNORECASE, index)
    assert promise._for("Ich melde mich morgen, versprochen.") == ()
    assert promise.search("Ich melde mich morgen, versprochen.") is None


def test_a_text_with_every_needed_word_still_reaches_the_pattern() -> None:
    index = WordIndex()
    promise = Cue((_IF_NOT,), re.IGNORECASE, index)
    text = "Ich melde mich, falls es doch nicht klappt."
    found = promise.search(text)
    expected = re.compile(_IF_NOT, re.IGNORECASE).search(text)
    assert found is not None and expected is not None
    assert found.span() == expected.span()
