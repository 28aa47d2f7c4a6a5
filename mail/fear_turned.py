"""A refusal feared before, said in its own clause, then turned: a yes.

"I thought I'd have to cancel, but I can come after all", "The kids were sick and I
was sure I couldn't make it, turns out I can": the no is what the member feared; the
yes after the turn is what holds. A thought said alone before its no ("Ich dachte,
ich muss absagen, aber …") is read in mail/answer_signals.py; here the thought and
the feared no share one clause, as English writes them.

Only within one sentence, only a no between the fear and the turn, and only when a
yes follows the turn: "I thought I could come, but I can't" keeps its no. Cues are in
``mail/lexicon/answer_fear_turned.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["fear_turned"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def fear_turned(signals: list[Signal], sentence: str) -> list[Signal]:
    """The signals of ``sentence`` (folded, lower-cased) without the feared no, where a
    yes follows its turn; otherwise as they are."""
    fear = _c("fear_lead").search(sentence)
    if fear is None:
        return signals
    turn = _c("fear_turn").search(sentence, fear.end())
    if turn is None:
        return signals

    def at(signal: Signal) -> int:
        return sentence.find(signal.phrase.lower(), fear.start())

    feared = [s for s in signals if s.answer is Answer.NO and fear.start() <= at(s) < turn.start()]
    after = [s for s in signals if at(s) >= turn.start()]
    if not feared or not after or any(s.answer is not Answer.YES or s.weak for s in after):
        return signals
    return [s for s in signals if s not in feared]
