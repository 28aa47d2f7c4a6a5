"""A past-unreal remark beside a yes: "Donnerstag klappt, Freitag wäre schwierig
gewesen", "My wife would have loved to come, I'll be there on my own", "In zwei
Wochen wäre besser gewesen, aber ich komme trotzdem".

"wäre … gewesen", "would have been" said of the evening is a regret ("Wär schön
gewesen"), and turns a yes in its sentence into a no. Said in a clause of its own
about another day or time, or about someone else, it only compares; said before a
yes that holds against it ("aber", "trotzdem", "anyway"), it is set aside: the yes
of the other clause stands.
"""

from __future__ import annotations

import re

from mail.clause_signals import clause_signals
from mail.clauses import clauses
from mail.cues import cue
from mail.set_against import is_third_person
from mail.types import Answer

__all__ = ["yes_set_apart"]

# another day or time named in the unreal clause: "Freitag wäre …", "last month would
# have …", "in zwei Wochen wäre …"
_ELSEWHEN = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|gestern|yesterday|\d{1,2}\.(?:\d{1,2}\.)?"
    r"|(?:nächste|letzte)\s+woche|(?:letzten|vorigen|nächsten)\s+(?:monat|donnerstag|termin)"
    r"|(?:letztes|voriges|nächstes)\s+mal|beim\s+letzten\s+mal|im\s+(?:dezember|november|februar)"
    r"|(?:next|last)\s+(?:week|month|time)|der\s+(?:andere|nächste)\s+termin"
    r"|the\s+other\s+(?:date|day)|in\s+(?:einer|zwei|drei|ein\s+paar|a|two|three|a\s+few)"
    r"\s+(?:woche|wochen|week|weeks)|eine\s+woche\s+(?:später|früher)|a\s+week\s+(?:later|earlier))\b"
)
# someone named as the unreal clause's subject: "Tom wäre gern dabei gewesen"
_NAME_FIRST = re.compile(
    r"^\W*(?!(?:ich|wir|es|das|dies|da|dann|so|man|diesmal|eigentlich|i|we|it|this|that"
    r"|there|then|you|du|ihr|sie)\b)[a-zäöüß][\w-]*\s+(?:wäre|waere|wär|waer|hätte|haette"
    r"|would|'d)\b"
)
# "…, aber ich komme trotzdem", "ich komme aber", "but I'm coming anyway": the yes
# holds against what would have been
_ANYWAY = re.compile(
    r"\b(?:trotzdem|dennoch|trotz\s+allem|anyway|anyhow|all\s+the\s+same|aber|doch|jedoch"
    r"|allerdings|but|though|however)\b"
)


def _set_apart(part: str) -> bool:
    """Is the unreal clause about another day or time, or about someone else?"""
    return bool(
        _ELSEWHEN.search(part)
        or _NAME_FIRST.match(part)
        or is_third_person(part)
        or cue("answer", "third_pronoun").search(part)
    )


def yes_set_apart(lowered: str) -> list[str]:
    """The clauses of the lower-cased sentence whose yes stands beside its past-unreal
    clauses: all of these speak of another day or someone else, or the yes holds against
    them ("aber", "trotzdem", "anyway"). None where no such clause is said."""
    parts = clauses(lowered)
    unreal = [part for part in parts if cue("answer", "wish_past").search(part)]
    if not unreal:
        return []
    said: list[tuple[str, str]] = []  # each yes clause with the words that lead into it
    at = 0
    for part in parts:
        start = lowered.find(part, at)
        if start < 0:
            continue
        lead, at = lowered[at:start], start + len(part)
        if part not in unreal and any(s.answer is Answer.YES for s in clause_signals(part, False)):
            said.append((part, lead + part))
    if all(_set_apart(part) for part in unreal):
        return [part for part, _ in said]
    return [part for part, words in said if _ANYWAY.search(words)]
