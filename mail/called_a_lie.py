"""A claim called a lie before it is made: what follows is the opposite of the answer.

"Ich würde lügen, wenn ich sagen würde, dass ich nicht komme", "I'd be lying if I said
I couldn't make it": the words after the lie read as a no, and the sentence means yes.
Read alone, they were taken for the answer, or for words the member reports having
said. The claim is read on its own and turned; the cue is ``called_a_lie`` in
``mail/lexicon/answer_*.toml``.
"""

from __future__ import annotations

import re

from mail.answer_signals import Reading, read_sentence
from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["called_a_lie"]

_OPPOSITE = {Answer.YES: Answer.NO, Answer.NO: Answer.YES}
_TURN = re.compile(r"\s[–—-]+\s|[,;]?\s+\b(?:aber|jedoch|allerdings|but|however|though)\b")


def called_a_lie(sentence: str) -> list[Signal] | None:
    """The signals of a sentence that calls its claim a lie, turned; None for any other.

    ``sentence`` is in the folded spelling of the answer cues. A doubt stays a doubt:
    "lying if I said I might come" says no more than the doubt.
    """
    found = cue("answer", "called_a_lie").search(sentence.lower())
    if found is None:
        return None
    rest = sentence[found.end() :]
    # "Es wäre gelogen zu sagen, dass ich nicht gern käme – aber es geht nicht": the claim
    # ends at the turn; what follows it is said as it stands
    turn = _TURN.search(rest)
    claim, said = Reading(), Reading()
    read_sentence(rest[: turn.start()] if turn else rest, "", claim, False)
    if turn:
        read_sentence(rest[turn.start() :], "", said, False)
    turned = [Signal(_OPPOSITE.get(s.answer, s.answer), s.phrase, s.weak) for s in claim.signals]
    return [*turned, *said.signals]
