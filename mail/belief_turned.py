"""A belief about the evening, then its denial: the opposite of what was believed.

"Ich dachte, ich schaffe es. Tue ich aber nicht." is a no, "Dachte, ich muss absagen.
Muss ich nicht!" a yes. The answer between "ich dachte" and "falsch gedacht", "tue ich
aber nicht" was believed, not said; the denial has no answer word of its own. What is
said after the denial must agree, or the signals stay as they are (and disagree).
Cues are in ``mail/lexicon/answer_belief_turned.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["belief_turned"]

_OPPOSITE = {Answer.YES: Answer.NO, Answer.NO: Answer.YES}
_REACH = 200  # the denial follows the belief within a sentence or two


def belief_turned(signals: list[Signal], text: str) -> list[Signal]:
    """``signals`` with a believed answer replaced by its opposite where a denial follows.

    ``text`` is the reply, folded and lower-cased.
    """
    if not signals:
        return signals
    at = [text.find(s.phrase) for s in signals]
    for belief in cue("answer", "belief").finditer(text):
        after = text[belief.end() : belief.end() + _REACH]
        found = cue("answer", "belief_denied").search(after)
        if found is None:
            continue
        turn = range(belief.end() + found.start(), belief.end() + found.end())
        believed = [s for s, i in zip(signals, at, strict=True) if belief.end() <= i < turn.start]
        answers = {s.answer for s in believed}
        if len(answers) != 1 or (was := answers.pop()) not in _OPPOSITE:
            continue
        meant = _OPPOSITE[was]
        later = [s for s, i in zip(signals, at, strict=True) if i >= turn.stop]
        if any(s.answer is not meant for s in later):
            continue
        said = text[belief.start() : turn.stop]
        kept = [s for s in signals if s not in believed]
        return [*kept, Signal(meant, said)]
    return signals
