"""A word typed with one neighbouring key ("dsbei" for "dabei", "kommr" for "komme"),
or with two neighbouring letters in the wrong order ("nciht" for "nicht").

Phones slip to the key beside the one meant far more often than they make any
other typo, and two thumbs typing fast swap a pair of letters. A short cue word
is mended only from these two: a letter left out or added turns a short word
into another real word too often. German and English keyboards, rows staggered
by half a key.
"""

from __future__ import annotations

from itertools import pairwise

__all__ = ["slipped", "swapped"]

_ROWS = ("qwertzuiop", "asdfghjkl", "yxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(rows: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for top, low in (
        (rows[0], rows[1]),
        (rows[1], rows[2]),
        (rows[3], rows[4]),
        (rows[4], rows[5]),
    ):
        for i, key in enumerate(top):
            pairs |= {(key, k) for k in low[max(0, i - 1) : i + 1]}
    for row in rows:
        pairs |= set(pairwise(row))
    return frozenset(pairs | {(b, a) for a, b in pairs})


_NEIGHBOURS = _neighbours(_ROWS)


def slipped(word: str, cue: str) -> bool:
    """Is ``word`` the ``cue`` with one letter typed by a neighbouring key, nothing else?"""
    if len(word) != len(cue):
        return False
    diff = [(a, b) for a, b in zip(word, cue, strict=True) if a != b]
    return len(diff) == 1 and diff[0] in _NEIGHBOURS


def swapped(word: str, cue: str) -> bool:
    """Is ``word`` the ``cue`` with two neighbouring letters typed in the wrong order
    ("nciht", "nihct" for "nicht"), nothing else?"""
    if len(word) != len(cue) or word == cue:
        return False
    at = next(i for i, (a, b) in enumerate(zip(word, cue, strict=True)) if a != b)
    return (
        at + 1 < len(word)
        and word[at] == cue[at + 1]
        and word[at + 1] == cue[at]
        and word[at + 2 :] == cue[at + 2 :]
    )
