"""A "jein" given a leaning at once: the leaning is the answer.

"Jein – eher nein. Ich hab Spätschicht" was recorded as maybe: the "jein" stood as a
doubt beside the no that follows it. Said with a leaning ("eher nein", "tendenziell
nein", "more no than yes") the "jein" only leads into it, and the leaning and its
reasons decide; "jein" alone stays a maybe. The cues are ``jein_*`` in
``mail/lexicon/answer_jein_leaning.toml``.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["jein_led_in"]


def jein_led_in(signals: list[Signal], mail: str) -> list[Signal]:
    """The signals without the "jein" doubt where the mail gives it a leaning at once.

    ``mail`` is the reply, lower case, in the folded spelling of the answer cues.
    """
    if not cue("answer", "jein_leaning").search(mail):
        return signals
    word = cue("answer", "jein_word")
    return [s for s in signals if s.answer is not Answer.MAYBE or not word.search(s.phrase.lower())]
