"""A wish on an unreal condition that the next sentence says does not hold.

"Hätte ich Zeit, wäre ich sofort dabei. Habe ich aber nicht." has a yes in its
first sentence and means no: the condition is named, then denied. Alone, the
first sentence is a doubt (the condition cues make its yes a maybe); with the
denial after it, it is the no the member means.
"""

from __future__ import annotations

from mail.cues import cue


def denied_after(sentence: str, after: str) -> bool:
    """Is ``sentence`` (folded, lower case) a wish on a condition that ``after`` denies?"""
    if not after or not cue("answer", "condition").search(sentence):
        return False
    following = after.split("\n", 1)[0]
    return bool(cue("answer", "condition_denied").search(following))
