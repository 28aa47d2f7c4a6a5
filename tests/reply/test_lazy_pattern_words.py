"""A guest pattern is run only over a text holding a word it cannot match without.

Leaving it out there changes no reading: the pattern would have found nothing.
"""

from __future__ import annotations

import re
import time

import mail.guest_patterns as guest_patterns
from mail.lazy_regex import compile_later

SENTENCES = (
    "Ich komme mit meiner Frau und unserem Sohn.",
    "Wir sind zu zweit, mein Kollege kommt auch.",
    "Komme +1, meine Freundin ist dabei.",
    "I'll bring my husband along, so two of us.",
    "Count me in plus a colleague!",
    "Sorry, diesmal nicht.",
    "Leider nein.",
    "Hallo zusammen, ja gern!",
    "Mein Mann und ich kommen, insgesamt 2 Personen.",
    "Me + my partner",
    "",
)


def _lazy_patterns() -> list[re.Pattern[str]]:
    return [v for v in vars(guest_patterns).values() if type(v).__name__ == "_Later"]


def test_a_pattern_is_not_run_over_a_text_without_the_word_it_needs() -> None:
    # the engine would backtrack through every way of splitting the letters; the text
    # has no "zweit", so the pattern is never tried on it
    slow = compile_later(r"(?:a+)+zu zweit", re.IGNORECASE)
    started = time.process_time()
    assert slow.search("a" * 40 + "!") is None
    assert list(slow.finditer("a" * 40 + "!")) == []
    assert slow.sub("", "a" * 40 + "!") == "a" * 40 + "!"
    assert time.process_time() - started < 1.0


def test_a_pattern_still_matches_where_its_word_is_written_in_capitals() -> None:
    pattern = compile_later(r"\bzu\s+zweit\b", re.IGNORECASE)
    assert pattern.search("Wir kommen ZU ZWEIT.") is not None
    assert pattern.match("Zu zweit!") is not None
    assert pattern.fullmatch("zu zweit") is not None


def test_a_pattern_that_needs_no_particular_word_runs_over_every_text() -> None:
    pattern = compile_later(r"^\W*\+\s?\d\W*$")
    assert pattern.fullmatch("+1") is not None
    assert pattern.findall(" +2 ") == [" +2 "]


def test_every_guest_pattern_finds_what_the_compiled_pattern_finds() -> None:
    patterns = _lazy_patterns()
    assert len(patterns) > 40
    for pattern in patterns:
        compiled = re.compile(pattern.pattern, pattern.flags)
        for sentence in SENTENCES:
            assert pattern.findall(sentence) == compiled.findall(sentence), pattern
            assert pattern.sub("_", sentence) == compiled.sub("_", sentence), pattern
            found, expected = pattern.search(sentence), compiled.search(sentence)
            assert (found and found.span()) == (expected and expected.span()), pattern
            assert [m.span() for m in pattern.finditer(sentence)] == [
                m.span() for m in compiled.finditer(sentence)
            ], pattern
