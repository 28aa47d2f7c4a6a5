"""The member's answer said against someone else's, the verb left out.

"Mein Mann kommt nicht, ich aber schon", "Er kommt, ich nicht": the other
person's clause is read in the first person, and the member's short clause
takes the opposite answer unless it says "auch" / "too".
"""

from __future__ import annotations

import re

from mail.clause_owner import named_subject_as_me, said_against, their_answer
from mail.clause_signals import Signal, clause_signals
from mail.clauses import clauses
from mail.cues import Cue, cue
from mail.guest_withdrawal import withdraws_named
from mail.guest_words import PERSON
from mail.named_subject import named_subject
from mail.other_subject import another_subject, names_opening
from mail.proxy_voice import as_first_person

# "My wife is coming and so am I": where the member's turned-round clause begins
_SO_AM_I = re.compile(r"(?<=\w)(?=\s+and\s+(?:so|neither|nor)\s+\w+\s+i\W*$)", re.IGNORECASE)


def _c(name: str) -> Cue:
    return cue("answer", name)


def is_third_person(clause: str, names: bool = False, shown: str = "") -> bool:
    """The clause speaks of someone else ("meine Frau kann nicht"), not "my partner and I";
    with ``names``, also one opened by a first name ("Petra kommt auf jeden Fall"), or by
    a name the sentence ``shown`` (as written) opens a clause with ("Jim will be there")."""
    named = withdraws_named(clause)  # "Jonas kann leider doch nicht"
    # "…, dass Maria nicht kann": a clause with someone named as its subject
    other = _c("third_person").search(clause) or _c("other_subject").match(clause)
    first_name = names and (
        named_subject(clause) or another_subject(clause, names_opening(shown) if shown else None)
    )
    return bool(named or other or first_name) and not re.search(r"\b(and|und)\s+(i|ich)\b", clause)


# "Was going to bring a friend, but she's got the flu", "wollte den Praktikanten mitnehmen,
# aber der hat abgesagt": a companion named as the one brought, whom "she" or "der" is then
_COMPANION = re.compile(
    r"\b(?:a|an|my|our|the|den|die|der|dem|zwei|drei|two|three|mein\w*|unser\w*|eine?[nm]?|ne|nen)"
    rf"\s+(?:[\w-]+\s+)?{PERSON}\b|\bplus[- ]?(?:one|eins|1)\b",
    re.IGNORECASE,
)


# "ich schreib für die Oma": the one written for is the member, no one besides
_WRITTEN_FOR = re.compile(r"\b(?:für|fuer|for|von|of)\s*$", re.IGNORECASE)


def names_companion(clause: str) -> bool:
    """The clause names someone besides the member, also as the one brought along."""
    return any(
        not _WRITTEN_FOR.search(clause[max(0, m.start() - 12) : m.start()])
        for m in _COMPANION.finditer(clause)
    )


def set_against(sentence: str, proxy: bool) -> list[Signal]:
    """The member's answer said with the verb left out against someone else's clause."""
    # "My wife is coming and so am I": the turned-round "so am I" is a clause of its own
    sentence = _SO_AM_I.sub(",", sentence)
    if proxy:
        return []
    parts = clauses(sentence)  # "Mein Mann kommt und ich auch": "und ich" opens a clause
    theirs = [c for c in parts if is_third_person(c) or _c("third_pronoun").search(c)]
    if not theirs:
        # "Wir können leider nicht, ich aber schon": set against the member's own
        # ellipsis, the "wir" is the others of the household or the firm
        theirs = [c for c in parts if _c("we_set_against").search(c)]
    mine = [c for c in parts if c not in theirs]
    if not theirs and len(parts) == 2 and (named := named_subject_as_me(parts[0])):
        theirs, mine = [named], parts[1:]  # "Thomas kommt, ich nicht"
    if len(mine) != 1 or not theirs:
        return []
    answers = {
        their_answer(clause_signals(as_first_person(c), proxy))
        or their_answer(clause_signals(named_subject_as_me(c) or "", proxy))
        for c in theirs
    }
    return said_against(mine[0], answers.pop()) if len(answers) == 1 else []
