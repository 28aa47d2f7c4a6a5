"""What one sentence takes back after granting it: an exception, or irony.

"Nothing would keep me away, except work" denies an obstacle and then names one;
"Passt alles, bis auf das Datum" lets everything fit except the evening itself;
"Bin dabei – im Geiste" is there only in thought;
"Klar, und morgen schneit es im Juli" ties a yes to what never happens;
"No way I'm missing the airport pickup" is not missing something else. Each is
read over the whole sentence, since the clause before the comma reads as a yes
on its own. Cues come from ``mail/lexicon/answer_irony.toml`` and
``answer_exceptions.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer


def _c(name: str) -> Cue:
    return cue("answer", name)


@dataclass
class Taken:
    signals: list[Signal] = field(default_factory=list)
    reason: str = ""  # set when the sentence's yes was taken back without a no in its place


def take_back(sentence: str, signals: list[Signal], shown: str) -> Taken:
    """The sentence's signals once what it takes back is weighed; ``sentence`` is folded
    and lower-cased, ``shown`` the sentence as written, for the reason."""
    never = _c("never_idiom").search(sentence)
    if never:
        # "Ich komme – am Sankt-Nimmerleinstag": any yes or doubt is the joke's; a no
        turned = [Signal(Answer.NO, s.phrase) if s.answer is not Answer.NO else s for s in signals]
        return Taken([*turned, Signal(Answer.NO, never.group(0).strip())])
    thought = _c("in_thought_only").search(sentence)
    if thought:
        # "Bin dabei – im Geiste": there only in thought is not there
        turned = [Signal(Answer.NO, s.phrase) if s.answer is Answer.YES else s for s in signals]
        return Taken(turned)
    date = _c("date_excepted").search(sentence)
    if date:
        # the one thing that does not fit is the evening: what fits besides is no yes
        kept = [s for s in signals if s.answer is not Answer.YES]
        return Taken([*kept, Signal(Answer.NO, date.group(0).strip())])
    if _c("obstacle_excepted").search(sentence) and any(s.answer is Answer.YES for s in signals):
        # whether the obstacle named holds this time is for a person to read
        kept = [s for s in signals if s.answer is not Answer.YES]
        return Taken(kept, f"denies an obstacle, then names one: {shown!r}")
    other = _c("miss_other").search(sentence)
    if other and any(s.answer is Answer.YES for s in signals):
        # not missing something else says nothing of this evening, or that it clashes
        kept = [s for s in signals if s.answer is not Answer.YES]
        return Taken(kept, f"says it cannot miss something else: {shown!r}")
    return Taken(signals)
