"""An unreal regret, then the obstacle gone and a plain yes: a yes.

"Had it not been for the flu I would have come, but now I'm fine and will be there",
"If it weren't for my exam I'd come – but the exam got moved, so I'm in!", "Ohne die
Grippe wäre ich gekommen. Aber jetzt bin ich wieder fit und komme.": the member tells
what stood in the way, as what could have been, then that it is gone and that they
come. The subjunctive regret had turned the whole sentence into a no, the plain yes
after it included.

Only where a turn to what is so now ("but now", "aber jetzt", "but the exam got
moved") comes after the regret and everything said after it is a plain yes for this
evening, in the indicative; "…, but now I have to work" keeps its no. Cues are in
``mail/lexicon/answer_unreal_then_now.toml``.
"""

from __future__ import annotations

from mail.belief_turned import belief_turned
from mail.clause_signals import Signal, clause_signals
from mail.condition_denied import condition_denied
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["unreal_then_now"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def _plain_yes(phrase: str) -> bool:
    """Is ``phrase``, read alone, a plain yes in the indicative ("i'm in", "und komme")?"""
    if _c("still_unreal").search(phrase):
        return False
    alone = clause_signals(phrase, False)
    return bool(alone) and all(s.answer is Answer.YES and not s.weak for s in alone)


def unreal_then_now(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with the unreal regret's no dropped and the yes after the turn to now
    restored, where that is all the reply says after the turn; otherwise as they are.

    ``text`` is the reply, folded and lower-cased. A belief denied is no more real than
    a regret: "Dachte, ich komme. Falsch gedacht." (mail.belief_turned), nor is an answer
    under a condition denied: "Käme, wenn ich Zeit hätte. Hab ich nicht." (mail.condition_denied)
    """
    signals = condition_denied(belief_turned(signals, text), text)
    turn = next(
        (
            t
            for t in _c("now_turn").finditer(text)
            if _c("unreal_regret").search(text[: t.start()])
            or _c("unreal_condition").search(text[: t.start()])
        ),
        None,
    )
    if turn is None:
        return signals
    after = text[turn.start() :]
    if _c("next_time").search(after) or _c("other_time").search(after):
        return signals
    before = [s for s in signals if 0 <= text.find(s.phrase) < turn.start()]
    later = [s for s in signals if s not in before and s.phrase in after and not s.weak]
    if not later or not all(_plain_yes(s.phrase) for s in later):
        return signals
    if any(s.answer is Answer.MAYBE for s in before):
        return signals  # a doubt before the regret is not the regret's
    return [Signal(Answer.YES, s.phrase) for s in later]
