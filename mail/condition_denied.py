"""A no under an unreal condition, then the condition denied: a yes.

"Absagen müsste ich nur, wenn ich krank wäre. Bin ich nicht!", "I wouldn't come if I
had to work. I don't.": the no would only be so under its condition; the next sentence
says the condition does not hold. An unreal yes ("Ich käme, wenn ich Zeit hätte. Hab ich
aber nicht.") is read as the no it is elsewhere and stays. A condition
that is itself negative ("wenn ich nicht arbeiten müsste. Muss ich aber nicht.") is met
by the denial, not denied: those signals stay as they are. Cues are in
``mail/lexicon/answer_condition_denied.toml``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["condition_denied"]

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_CLAUSE_END = re.compile(r"[,;:–]")


def _condition(sentence: str) -> str:
    """The condition of an unreal sentence ("wenn ich krank wäre"), or ""."""
    found = cue("answer", "unreal_condition_word").search(sentence)
    if found is None or not cue("answer", "unreal_mood").search(sentence):
        return ""
    end = _CLAUSE_END.search(sentence, found.end())
    return sentence[found.start() : end.start() if end else len(sentence)]


def condition_denied(signals: list[Signal], text: str) -> list[Signal]:
    """``signals`` with the answer of an unreal sentence turned where the next sentence
    denies its condition. ``text`` is the reply, folded and lower-cased."""
    if not signals:
        return signals
    at = [text.find(s.phrase) for s in signals]
    said_in = list(_SENTENCE.finditer(text))
    for unreal, following in pairwise(said_in):
        condition = _condition(unreal.group(0))
        if not condition or cue("answer", "condition_negated").search(condition):
            continue
        # a no said outright under the condition ("würde nicht kommen", "absagen müsste
        # ich"); an unreal yes ("ich käme, wenn …") the rules already read as the no it is
        if not cue("answer", "literal_no").search(unreal.group(0).replace(condition, " ")):
            continue
        denial = cue("answer", "unreal_condition_denied").search(following.group(0))
        if denial is None:
            continue
        inside = [s for s, i in zip(signals, at, strict=True) if unreal.start() <= i < unreal.end()]
        answers = {s.answer for s in inside}
        if answers != {Answer.NO}:
            continue
        meant = Answer.YES
        later = [s for s, i in zip(signals, at, strict=True) if i >= following.start()]
        if any(s.answer is not meant and not s.weak for s in later):
            continue
        said = f"{unreal.group(0).strip()} {denial.group(0).strip()}"
        return [s for s in signals if s not in inside] + [Signal(meant, said)]
    return signals
