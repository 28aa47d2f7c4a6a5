"""A cancelling hoped not to happen: "Ich hoffe, dass ich nicht absagen muss",
"Hoffentlich muss ich nicht absagen", "I hope I don't have to cancel".

The member means to come and fears something may stop them: a doubt, not the no that
"absagen" or "cancel" says on its own. Only a sentence with a hope, a negation and a
word of cancelling in it is turned; its no becomes a maybe.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["cancel_hoped_away"]

_CANCEL_DENIED = re.compile(
    r"\b(?:nicht|nich|net|kein\w*|don'?t|won'?t|do\s+not|will\s+not|never)\b"
    r"[^.!?]{0,30}?\b(?:absagen|abspringen|passen\s+m(?:ue|ü)ss\w*|cancel\w*|bail\w*"
    r"|pull\s+out|drop\s+out|back\s+out)\b"
    r"|\b(?:absagen|cancel)\s+(?:zu\s+)?m(?:ue|ü)ssen\b"
)

_TURN = re.compile(r"\b(?:aber|jedoch|but|though|however|mind|böse|boese|übel|uebel)\b")


def cancel_hoped_away(signals: list[Signal], sentence: str) -> list[Signal]:
    """The sentence's signals with a no turned into a maybe where the sentence (folded,
    lower-cased) hopes a cancelling away; otherwise ``signals`` as they are."""
    if not any(s.answer is Answer.NO for s in signals):
        return signals
    hope = cue("answer", "hope").search(sentence)
    denied = _CANCEL_DENIED.search(sentence, hope.start()) if hope else None
    if hope is None or denied is None or _TURN.search(sentence, hope.start(), denied.end()):
        # "I hope you won't mind, but I have to cancel": the hope is for something else
        return signals
    return [Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.NO else s for s in signals]
