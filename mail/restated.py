"""What a sentence's signals stand for once the words around them are known.

Two readings that need the whole reply, tried on each sentence: the organizer's record
quoted and corrected (mail/record_corrected.py: "Bei mir steht Absage, ich hatte aber
zugesagt") and a "jein" given a leaning at once (mail/jein_leaning.py: "Jein – eher
nein"). One entry keeps the sentence loop of mail/intent.py short.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.jein_leaning import jein_led_in
from mail.record_corrected import record_corrected

__all__ = ["restated"]


def restated(signals: list[Signal], index: int, said: list[str]) -> list[Signal]:
    """The signals of sentence ``index`` of ``said`` (the member's sentences, in the
    folded spelling of the answer cues), as the reply around it has them mean."""
    fixed = record_corrected(said[index].lower(), "\n".join(said).lower())
    if fixed is not None:
        return fixed
    return jein_led_in(signals, "\n".join(said[index:]).lower())
