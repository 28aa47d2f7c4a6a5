"""A no-word said alone, then a negation that answers something else.

"No, I don't need a lift", "Nein, keine Fragen", "No thanks, I don't need a ride":
the no-word agrees with the negation after it, the answer to another question
(a lift, questions, food), not to the evening.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["answers_another_question"]

_THANKED = re.compile(r"\W+(?:danke|thanks|thank you|thx)$")
# the member as subject, first or after the verb: "I don't need", "brauch ich nicht"
_SELF = re.compile(r"^\W*(\w+\s+)?(i|i'm|ich|we|we're|wir)\b", re.IGNORECASE)
_NO_WORDS = frozenset({"nein", "nee", "noe", "no", "nope", "ne", "naa", "nae", "nah"})


def answers_another_question(
    before: list[Signal], previous: str, signals: list[Signal], clause: str
) -> bool:
    """Is a no-word said alone followed by a negation that is no answer of its own?"""
    said = previous.strip(" \t\n,.;:!-").lower()
    # "No thanks, I don't need a ride": the thanks goes with the no-word; what is declined
    # with thanks is named then ("Nein danke, ich möchte nicht" names nothing: the no)
    thanked = bool(_THANKED.search(said))
    return (
        not signals
        and len(before) == 1
        and before[0].answer is Answer.NO
        and before[0].phrase.lower() in _NO_WORDS
        and _THANKED.sub("", said) == before[0].phrase.lower()
        and bool(cue("answer", "negation").search(clause))
        and (
            # said with its own subject: "Nee, dat geiht nich", "Nä, diesmal nit" are the no
            (bool(_SELF.match(clause)) and len(clause.split()) >= (4 if thanked else 3))
            # or about something else altogether: "Nein, nicht vergessen – I'm coming!"
            or bool(cue("answer", "neutral").fullmatch(clause.strip(" -–—")))
        )
    )
