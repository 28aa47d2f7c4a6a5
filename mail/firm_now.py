"""A doubt of before made firm now: a yes.

"Erst vorläufig, jetzt fest", "Confirmed now, no longer tentative", "Hatte mit
Vorbehalt zugesagt – jetzt fix!": the member tells the earlier, tentative answer and
that it now holds without a doubt. The tentative word ("vorläufig", "tentative") was
read as a maybe beside it.

Only where the reply says no no of its own: "Jetzt fest: ich kann nicht" keeps its no.
The doubts said before the firm word, or in it, are the earlier answer; one said after
it still counts. The cue is ``firm_now`` in ``mail/lexicon/answer_firm_now.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["firm_now"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def firm_now(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with the doubts of before the firm word dropped and a yes for it,
    where the reply says no no; ``text`` is the reply, folded and lower-cased."""
    firm = next(reversed(list(_c("firm_now").finditer(text))), None)
    if firm is None or any(s.answer is Answer.NO and not s.weak for s in signals):
        return signals
    if _c("condition").search(text[firm.start() :]) or _c("next_time").search(text):
        return signals  # "jetzt fix, wenn …", "now confirmed for next time"
    earlier = [
        s for s in signals if s.answer is Answer.MAYBE and 0 <= text.find(s.phrase) < firm.end()
    ]
    kept = [s for s in signals if s not in earlier]
    if any(s.answer is Answer.MAYBE for s in kept):
        return signals  # a doubt said after the firm word is still open
    if any(s.answer is Answer.YES and not s.weak for s in kept):
        return kept
    return [*kept, Signal(Answer.YES, firm.group(0).strip())]
