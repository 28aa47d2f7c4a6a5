"""A past-unreal remark beside a yes: "Donnerstag klappt, Freitag wäre schwierig
gewesen", "In zwei Wochen wäre besser gewesen, aber ich komme trotzdem".

"wäre … gewesen", "would have been" said of the evening is a regret ("Wär schön
gewesen"), and turns a yes in its sentence into a no. Said in a clause of its own
that opens with another day, it only compares; said before a yes that holds against
it ("trotzdem", "anyway"), it is set aside: the yes of the other clause stands.
"""

from __future__ import annotations

import re

from mail.clause_signals import clause_signals
from mail.clauses import clauses
from mail.cues import cue
from mail.types import Answer

__all__ = ["unreal_only_of_another_day"]

_DAY_FIRST = re.compile(
    r"^\W*(?:(?:aber|und|nur|doch|but|and|only|whereas|while)\s+)?(?:am\s+|on\s+|a\s+)?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|\d{1,2}\.(?:\d{1,2}\.)?|(?:die\s+)?(?:nächste|letzte)\s+woche"
    r"|(?:next|last)\s+week|der\s+(?:andere|nächste)\s+termin|the\s+other\s+(?:date|day)"
    r"|in\s+(?:einer|zwei|drei|ein\s+paar|a|two|three|a\s+few)\s+(?:woche|wochen|week|weeks)"
    r"|(?:nächsten|im\s+nächsten)\s+monat|next\s+month|eine\s+woche\s+(?:später|früher)"
    r"|a\s+week\s+(?:later|earlier))\b"
)
# "…, aber ich komme trotzdem", "ich komme aber", "but I'm coming anyway": the yes
# holds against what would have been
_ANYWAY = re.compile(
    r"\b(?:trotzdem|dennoch|trotz\s+allem|anyway|anyhow|all\s+the\s+same|aber|doch|jedoch"
    r"|allerdings|but|though|however)\b"
)


def unreal_only_of_another_day(lowered: str) -> bool:
    """Is the lower-cased sentence's yes said in a clause of its own, beside past-unreal
    clauses that all open with another day, or against them with "trotzdem", "anyway"?"""
    parts = clauses(lowered)
    unreal = [part for part in parts if cue("answer", "wish_past").search(part)]
    if not unreal:
        return False
    saying_yes = [
        part
        for part in parts
        if part not in unreal and any(s.answer is Answer.YES for s in clause_signals(part, False))
    ]
    if all(_DAY_FIRST.match(part) for part in unreal):
        return bool(saying_yes)
    return any(_ANYWAY.search(part) for part in saying_yes)
