"""An obstacle, then "but I'll try" closing the sentence: a doubt, not a refusal.

"Ich komme schlecht weg, aber ich versuch's", "Can't really get away but I'll try",
"Eigentlich kann ich nicht, aber ich versuche es mal": the no names what is in the
way, the try that the member still means to come. Read together they were a
contradiction, or a no where the try was not recognised ("versuchs").

Only a try of coming itself, closing its sentence ("…, aber ich versuche, meine
Kollegin zu schicken" tries something else); a later evening named in the sentence
("ich versuche es nächstes Mal") leaves the no alone. The cue is ``try_turn`` in
``mail/lexicon/answer_tried_after_all.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["tried_after_all"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def tried_after_all(signals: list[Signal], sentence: str) -> list[Signal]:
    """The signals of ``sentence`` (folded, lower-cased) as one doubt, where its no is
    followed by a try of coming; otherwise as they are."""
    tried = _c("try_turn").search(sentence)
    if tried is None or not any(s.answer is Answer.NO for s in signals):
        return signals
    if _c("next_time").search(sentence) or _c("other_time").search(sentence):
        return signals
    if any(s.answer is Answer.YES and not s.weak for s in signals):
        return signals
    before = [s for s in signals if 0 <= sentence.find(s.phrase.lower()) < tried.start()]
    if not before or any(s.answer is not Answer.NO for s in before):
        return signals
    return [Signal(Answer.MAYBE, tried.group(0).strip())]
