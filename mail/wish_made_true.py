"""A wish exclaimed or put as a price, or a plan told, then said to come true: a yes.

"I'd give anything to be there, and luckily I can", "Ich würde alles geben, um dabei zu
sein – und zum Glück klappt es", "Was würde ich drum geben … und diesmal geht's!". Alone
such a wish says the coming cannot be ("I'd give anything to come"); told closely after
it that it can, the member comes. Only where the can or the free ends its clause, so a
turn ("…, and I can't", "…, aber es geht nicht") leaves the wish a no. A plan told
("I was going to say yes", "Ich hatte fest vor zu kommen") is a wish that was; said
right after to hold ("– and I still do", "und daran hat sich nichts geändert"), the
member comes. Cues:
``mail/lexicon/answer_yes_word_wish_made_true.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer
from mail.yes_word_turns import WISH_TURNED_DOWN

__all__ = ["wish_made_true"]


def wish_made_true(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with a wish said to come true read as a yes; ``text`` is the reply,
    folded and lower-cased. The wish's own no and the no of its turn are dropped."""
    for wish in cue("answer", "wish_exclaimed").finditer(text):
        come_true = cue("answer", "wish_come_true").search(text[wish.end() :])
        if come_true is None:
            continue
        said = text[wish.start() : wish.end() + come_true.end()]
        kept = [
            s
            for s in signals
            if not (s.answer is Answer.NO and s.phrase.endswith(WISH_TURNED_DOWN))
            and not (s.answer is not Answer.YES and s.phrase in said)
        ]
        return [*kept, Signal(Answer.YES, come_true.group("true"))]
    for plan in cue("answer", "plan_told").finditer(text):
        if holds := cue("answer", "plan_holds").search(text[plan.end() :]):
            return [*signals, Signal(Answer.YES, holds.group(0).strip(" ,.!;:…–—-"))]
    return signals
