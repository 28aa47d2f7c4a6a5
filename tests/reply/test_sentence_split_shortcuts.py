"""Sentences and clauses are split where their patterns say, with the hopeless places skipped.

The splitter looks only where a break can begin (a space, a mark, the first
letter of a dividing word) and at the last characters of a line's end; these
tests hold it to the plain patterns on wording of every kind.
"""

from __future__ import annotations

import random
import re

from mail import clauses
from mail.clauses import _end_of, _ends_sentence, _open_end, sentences

PIECES = (
    "ich komme", "Ich komme", "leider nicht", "Nicht", "am 28.", "um 19.30", "für den", "oder",
    "and I'll", "und ich", "aber", "but not", "sondern", "however", "allerdings", "who",
    "so I can't", "daher kann ich", "deshalb", "Dr.", "evtl.", "abends.", "z.b.", "19:15",
    "I'm in", "count me in", "Bin dabei", "😉", "!", "?", ".", ",", ";", ":", ")", "(", "…",
    " - ", " – ", "\n", "\n\n", "\n- ", "\n1. ", "  ", "\t", "ſo ich", "İch", "ÄÖÜ", "äöü",
)  # fmt: skip


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the look ahead that lets the engine skip places."""
    source = pattern.pattern
    body = source[source.index(")(?:") + len(")(?:") : -1]
    return re.compile(body, pattern.flags)


def test_a_line_end_ends_a_sentence_as_its_pattern_says() -> None:
    rng = random.Random(28)
    for _ in range(4000):
        end = _end_of(_text(rng))
        assert _ends_sentence(end) == bool(clauses._ENDS_SENTENCE.search(end)), end


def test_a_line_end_is_left_open_as_its_pattern_says() -> None:
    rng = random.Random(29)
    for _ in range(4000):
        end = _end_of(_text(rng))
        assert _open_end(end) == bool(clauses._OPEN_END.search(end)), end


def test_sentence_breaks_are_the_plain_patterns_breaks() -> None:
    plain = _unguarded(clauses._SENTENCE_END)
    rng = random.Random(30)
    for _ in range(3000):
        text = _text(rng)
        assert clauses._SENTENCE_END.split(text) == plain.split(text), text


def test_clause_breaks_are_the_plain_patterns_breaks() -> None:
    plain = _unguarded(clauses._CLAUSE_BREAK)
    rng = random.Random(31)
    for _ in range(3000):
        text = _text(rng)
        found = [m.span() for m in clauses._CLAUSE_BREAK.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], text


def test_a_date_or_an_abbreviation_still_runs_the_sentence_on() -> None:
    assert sentences("Ich komme am 28. Januar gern.") == ["Ich komme am 28. Januar gern."]
    assert sentences("Komme evtl. später. Bis dann!") == ["Komme evtl. später.", "Bis dann!"]
    assert sentences("Grüße an Dr. Hartmann. Ich bin dabei.") == [
        "Grüße an Dr. Hartmann.",
        "Ich bin dabei.",
    ]
    assert sentences("I'll be there last friday. count me in") == [
        "I'll be there last friday.",
        "count me in",
    ]


def test_a_line_left_open_runs_on_into_the_next() -> None:
    assert sentences("ich muss für den\nDonnerstag leider passen") == [
        "ich muss für den Donnerstag leider passen"
    ]
    assert sentences("I can make it on\nFriday for sure") == ["I can make it on Friday for sure"]
    assert sentences("Ich komme am Montag\nNicht") == ["Ich komme am Montag Nicht"]
    assert sentences("Ich komme.\nBis Montag") == ["Ich komme.", "Bis Montag"]
