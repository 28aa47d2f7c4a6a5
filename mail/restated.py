"""What a sentence's signals stand for once the words around them are known.

Two readings that need the whole reply, tried on each sentence: the organizer's record
quoted and corrected (mail/record_corrected.py: "Bei mir steht Absage, ich hatte aber
zugesagt") and a "jein" given a leaning at once (mail/jein_leaning.py: "Jein – eher
nein"). One entry keeps the sentence loop of mail/intent.py short.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import cue
from mail.jein_leaning import jein_led_in
from mail.record_corrected import record_corrected

__all__ = ["restated"]

_RECORD = (
    "record_shown",
    "record_fix_request",
    "record_said_maybe",
    "record_said_no",
    "record_said_yes",
)


def restated(signals: list[Signal], index: int, said: list[str]) -> list[Signal]:
    """The signals of sentence ``index`` of ``said`` (the member's sentences, in the
    folded spelling of the answer cues), as the reply around it has them mean."""
    sentence = said[index].lower()
    # the whole reply is joined only for a sentence that may need it: a reply of a
    # thousand sentences is read sentence by sentence, not a thousand times over
    if any(cue("answer", name).search(sentence) for name in _RECORD):
        fixed = record_corrected(sentence, "\n".join(said).lower())
        if fixed is not None:
            return fixed
    if any(cue("answer", "jein_word").search(s.phrase.lower()) for s in signals):
        return jein_led_in(signals, "\n".join(said[index:]).lower())
    return signals
