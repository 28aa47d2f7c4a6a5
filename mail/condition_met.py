"""A condition the member answers in the same mail: "Falls die Kita offen hat, komme ich –
hat sie!", "If my train runs I'm in. It does, checked."

The coming on a condition is a maybe until the condition is said to hold. Said right
after it, in a short confirmation of its own ("hat sie", "it does", "ist geklärt"), the
condition holds and the coming is a yes. Only a confirmation with nothing else in it
counts: "ist er aber nicht" or "it does, but …" confirm nothing.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

# the last part of a sentence, after a dash, comma or semicolon
_LAST_PART = re.compile(r"\s[–—-]\s|[,;]\s*")


def condition_met(sentence: str, after: str) -> bool:
    """Does the end of ``sentence`` or the sentence after it say its condition holds?

    Both are in folded spelling and lower case, as the reader has them.
    """
    said = cue("answer", "condition_met")
    last = _LAST_PART.split(sentence.strip())[-1].strip()
    following = after.split("\n", 1)[0].strip()
    return bool(said.fullmatch(last) or (following and said.fullmatch(following)))


def unconditional(signal: Signal) -> Signal:
    """A coming made a maybe by its condition alone ("if my train runs I'm in"), as a yes;
    a doubt said in words of its own ("vielleicht") stays."""
    if signal.answer is not Answer.MAYBE or cue("answer", "maybe").search(signal.phrase):
        return signal
    return (
        Signal(Answer.YES, signal.phrase) if cue("answer", "yes").search(signal.phrase) else signal
    )
