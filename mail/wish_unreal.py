"""Wishes the next sentence turns down: a condition it denies, an obstacle it names.

"Hätte ich Zeit, wäre ich sofort dabei. Habe ich aber nicht." has a yes in its
first sentence and means no: the condition is named, then denied. Alone, the
first sentence is a doubt (the condition cues make its yes a maybe); with the
denial after it, it is the no the member means.
"""

from __future__ import annotations

from mail.cues import cue

# an obstacle named in a few words: "Alas, work.", "Aber die Reha geht bis Ende Februar."
_SHORT = 10
# a promise made to someone else for that time takes more: "Aber ich hab meinen Eltern
# versprochen, an dem Abend in Heilbronn zu sein."
_PROMISE = 30


def denied_after(sentence: str, after: str) -> bool:
    """Is ``sentence`` (folded, lower case) a wish on a condition that ``after`` denies?"""
    if not after or not cue("answer", "condition").search(sentence):
        return False
    following = after.split("\n", 1)[0]
    return bool(cue("answer", "condition_denied").search(following))


def turned_after(sentence: str, after: str) -> bool:
    """Is ``sentence`` (folded, lower case) a wish the next sentence turns down?

    "Ach, wie gern würde ich! Aber die Reha geht bis Ende Februar." Not when the
    next sentence is only a question first, a condition, a doubt or a detail
    ("But I'll be a bit late"): those are for the rest of the reply to decide.
    """
    if not after or not cue("answer", "wish_yes").search(sentence):
        return False
    following = after.split("\n", 1)[0]
    promised = cue("answer", "wish_commitment").search(following)
    turn = cue("answer", "wish_turned").search(following)
    if len(following.split()) > (_PROMISE if promised else _SHORT) or turn is None:
        return False
    # the turn's own words ("Nur leider …") are no detail it limits
    rest = following[turn.end() :]
    return bool(cue("answer", "wish_obstacle").search(following)) and not any(
        cue("answer", name).search(rest)
        for name in ("wish_turned_not", "condition", "maybe", "neutral", "eager")
    )
