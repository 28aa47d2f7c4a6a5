"""A no on a condition said after it is a doubt: "I won't come if it rains".

"Ich komme nicht, falls meine Tochter krank ist", "I can't make it if my train is
cancelled": the no holds only if the condition comes true, as "If it rains, I
won't come" and "…, es sei denn …" already read. The corpus records a coming on a
condition as a maybe ("I'll come if the babysitter confirms"); a no on one is the
same doubt. A manner of speaking ("wenn ich ehrlich bin", "if you must know"), a
concession ("auch wenn", "even if") and a condition naming the day (the evening's
own) set no condition: the no is said. Cues are ``condition_after*`` in
``mail/lexicon/answer_condition_after.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["no_on_a_condition"]


# a clause between the no and the condition, or a turn: "…, but if …", "…, und wenn …"
_APART = re.compile(r"[,;:–—-][^,;:–—-]*\w|\b(but|aber|doch|allerdings|though|and|und)\b")


def _c(name: str) -> Cue:
    return cue("answer", name)


def _end(phrase: str, sentence: str) -> int:
    """Where ``phrase`` ends in ``sentence``; its words may stand apart, as the reader
    blanked the words between them ("ich        kommen" was "ich nicht kommen")."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return -1
    found = re.search(r"\W+(?:\w+\W+){0,4}?".join(words), sentence)
    return found.end() if found else -1


def no_on_a_condition(signals: list[Signal], sentence: str) -> list[Signal]:
    """The sentence's signals, its no a maybe where a condition follows the no.

    ``sentence`` is folded and lower-cased. Only a sentence whose firm signals are all a
    no, with the condition opening after the last of them.
    """
    firm = [s for s in signals if not s.weak]
    if not firm or any(s.answer is not Answer.NO for s in firm):
        return signals
    ends = [_end(s.phrase, sentence) for s in firm]
    if min(ends) < 0:  # a phrase not found where it was said: leave it
        return signals
    said = max(ends)
    found = _c("condition_after").search(sentence, said)
    if found is None or _c("condition_after_none").search(sentence[found.start() :]):
        return signals
    if _APART.search(sentence[said : found.start()]):
        # "Des wird nix, mei Fraa hat Geburtstag, und wenn …", "Can't come, but if my vote
        # counts: …": the condition belongs to a clause of its own, not to the no
        return signals
    if _c("condition_after_none").search(sentence[: found.end()]):
        return signals  # "auch wenn …", "even if …": the condition word is conceded
    return [Signal(Answer.MAYBE, s.phrase) if s in firm else s for s in signals]
