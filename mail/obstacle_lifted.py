"""An obstacle named, then a coming offered if it goes away: a doubt, not a refusal.

"Ich hätte riesig Lust, aber ich habe eine Abendprüfung. Wenn die verschoben wird,
bin ich da.", "Can't, I have a shift. If it gets moved, I'm in.": the no names
what stands in the way, the condition how it may still work out. Only where every
doubt is such a coming, said after the no, on the obstacle being moved, cancelled
or over early (``obstacle_lifted`` in ``mail/lexicon/answer_condition_after.toml``).
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.clauses import sentences
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["obstacle_lifted"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def _offered(phrase: str, text: str, after: int) -> bool:
    """Is ``phrase`` said after ``after`` in a sentence coming on the obstacle lifted?"""
    at = text.find(phrase, after)
    if at < 0:
        return False
    sentence = next((s for s in sentences(text[after:]) if phrase in s), "")
    lifted = _c("obstacle_lifted").search(sentence)
    return (
        lifted is not None
        and _c("condition").search(sentence) is not None
        and not _c("next_time").search(sentence)
        and not _c("obstacle_is_the_evening").search(sentence)
    )


def obstacle_lifted(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with the obstacle's no dropped where every doubt after it offers to
    come once the obstacle is gone; ``text`` is the reply, folded and lower-cased."""
    strong = [s for s in signals if not s.weak]
    noes = [s for s in strong if s.answer is Answer.NO]
    doubts = [s for s in strong if s.answer is Answer.MAYBE]
    if not noes or not doubts or any(s.answer is Answer.YES for s in strong):
        return signals
    said = [text.find(s.phrase) for s in noes]
    if min(said) < 0:
        return signals
    after = max(p + len(s.phrase) for p, s in zip(said, noes, strict=True))
    if not all(_offered(s.phrase, text, after) for s in doubts):
        return signals
    return [s for s in signals if s not in noes]
