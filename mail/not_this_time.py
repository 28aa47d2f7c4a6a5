"""A refusal of habit or of before, then "not this time": a yes.

"I missed the last two, not this one though!", "Eigentlich sage ich donnerstags immer
ab, aber diesmal nicht", "Usually I'm too busy – not this time!": the member tells
what they tend to do, or did, and denies it for this evening. The refusal word and
the "nicht" of the ending were read as two noes.

Only where the words before the ending name a refusal (skipping, cancelling, having no
time) and mark it as a habit or the past; "I always come, but not this time" keeps its
no, "auch diesmal nicht", "not this time either" too. Cues are in
``mail/lexicon/answer_not_this_time.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["not_this_time"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def not_this_time(signals: list[Signal], sentence: str) -> list[Signal]:
    """The signals of ``sentence`` (folded, lower-cased), read as one yes where it denies
    a refusal of habit or of before for this evening; otherwise as they are."""
    end = _c("not_this_time_end").search(sentence)
    if end is None or any(s.answer is Answer.MAYBE for s in signals):
        return signals
    before = sentence[: end.start()]
    if _c("refusal_goes_on").search(before) or _c("condition").search(before):
        return signals
    if not _c("refusal_of_habit").search(before) or not _c("refusal_before").search(before):
        return signals
    if any(s.answer is Answer.YES and not s.weak for s in signals):
        return signals  # "I always come, but not this time": a yes before, then its turn
    said = sentence.strip()
    return [Signal(Answer.YES, f"{said} (a refusal of before, not this time)")]
