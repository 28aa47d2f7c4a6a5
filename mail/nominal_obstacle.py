"""An obstacle said to hold only nominally, then turned: a yes.

"Eigentlich kann ich nicht, aber ich komme", "Technically I can't, but I'll come",
"Eigentlich passt mir der Donnerstag gar nicht, …, aber für SEO lasse ich das gern
ausfallen": "eigentlich", "technically" open the no as what would hold; the yes after
the turn is what the member does. Read together they were a contradiction.

Only a sentence opened by such a word, a no before its turn and nothing but a firm yes
after it; "Eigentlich wollte ich kommen, aber es geht nicht" keeps its no. Cues are in
``mail/lexicon/answer_nominal_obstacle.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["nominal_obstacle"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def nominal_obstacle(signals: list[Signal], sentence: str) -> list[Signal]:
    """The signals of ``sentence`` (folded, lower-cased) without the nominal no, where a
    firm yes follows its turn; otherwise as they are."""
    lead = _c("nominal_lead").match(sentence)
    if lead is None:
        return signals
    turn = _c("nominal_turn").search(sentence, lead.end())
    if turn is None or _c("condition").search(sentence[turn.start() :]):
        return signals
    said = [(sentence.find(s.phrase.lower()), s) for s in signals]
    if any(at < 0 for at, _ in said):
        return signals
    before = [s for at, s in said if at < turn.start()]
    after = [s for at, s in said if at >= turn.start()]
    if not before or any(s.answer is not Answer.NO for s in before):
        return signals
    if not after or any(s.answer is not Answer.YES or s.weak for s in after):
        return signals
    return after
