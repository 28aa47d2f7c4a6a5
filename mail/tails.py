"""End-anchored tests on the last words of a text.

Many readers ask what the words just before a match are ("bis 28.", "Anna hat am …
geschrieben"). Searching the whole text before every match for a pattern that ends
in ``$`` costs the text's length each time, which a long line of repeats turns
into seconds. These tests only need the last few words, taken whole.
"""

from __future__ import annotations

import re

TAIL = 120  # characters: longer than any phrase these patterns end with


def tail_start(text: str, size: int = TAIL, end: int | None = None) -> int:
    """Where the last ``size`` characters of ``text[:end]`` begin, moved back to a word's start."""
    start = max(0, (len(text) if end is None else end) - size)
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start


def ends_with(pattern: re.Pattern[str], text: str, size: int = TAIL) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern anchored at the end with ``$``.

    The search starts at the last words; look-behinds and ``\\b`` still see the
    character before them, so the answer is the same as over the whole text.
    """
    return pattern.search(text, tail_start(text, size))
