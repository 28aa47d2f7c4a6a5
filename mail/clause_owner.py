"""Whose clause a short fragment is, when it names no one of its own.

"Anna ist krank, ihr Mann käme aber gern": the clauses are "ihr Mann käme"
and "gern", and the "gern" is still the husband's. A fragment that names no
subject and gives only a weak word of its own ("gern", "sehr gerne", "klar")
goes on speaking of whoever the clause before spoke of. A fragment with the
member in it ("ich aber gern", "I'm in") or a verb of the member's own
("komme trotzdem") is the member's again.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.clauses import clauses
from mail.guest_words import PERSON
from mail.types import Answer

# The member speaking: a first-person word, or a German first-person verb said without
# its "ich" ("komme", "bin", "hab")
_MEMBER = re.compile(
    r"\b(?:ich|i|i'm|i'd|i'll|i've|me|my|mich|mir|mein\w*|wir|we|we're|we'll|uns|us|our"
    r"|unser\w*|bin|hab|habe|komm|komme|kann|muss|werde|werd|schaffe|sage|sag)\b"
)
_FRAGMENT_WORDS = 5


def continues_the_one_before(clause: str, signals: list[Signal]) -> bool:
    """``clause`` is a fragment that goes on speaking of the one the clause before named."""
    return (
        bool(signals)
        and all(s.weak for s in signals)
        and len(clause.split()) <= _FRAGMENT_WORDS
        and not _MEMBER.search(clause.lower())
    )


# "…, but I'll be there", "…, ich aber schon": the member named first in the clause
_MEMBER_FIRST = re.compile(
    r"^\W*(?:(?:und|aber|doch|and|but|so)\s+)?(?:ich|i|i'm|i'll|i'd|i've|wir|we|we're|we'll)\b"
)


def member_opens(clause: str) -> bool:
    """Does the member open the clause? Then it speaks of the member, whoever came before:
    "My wife bailed, but I'll be there" carries no subject over from the wife."""
    return bool(_MEMBER_FIRST.match(clause))


# "ihr Mann käme gern mit zwei Freunden", "his wife would come with a friend": the
# companion of someone named before, speaking for themselves (a partner writing for the
# member has made "seine Frau" the member's "meine Frau" by now, mail/proxy_voice.py)
_THEIR_OWN = re.compile(
    rf"^(?:(?:und|aber|doch|and|but)\s+)?(?:sein\w*|ihr|ihre[mnrs]?|his|her|their)\s+(?:\w+\s+)?"
    rf"{PERSON}\b"
)


def members_clauses(sentence: str) -> str:
    """``sentence`` with the clauses someone else speaks in blanked.

    A clause opened by someone else's companion ("ihr Mann käme …") is theirs, and so is
    what follows until the member speaks again ("…, ich komme aber allein").
    """
    lowered = sentence.lower()
    if len(lowered) != len(sentence) or not _POSSESSIVE.search(lowered):
        return sentence
    theirs = False
    at = 0
    for clause in clauses(lowered):
        start = lowered.find(clause, at)
        if start < 0:
            continue
        at = start + len(clause)
        # "ihre Schwester und ich sind dabei": the member is one of the clause's subjects
        listed = _AND_ME.search(clause) or _AND_ME.match(lowered, at)
        opened = bool(_THEIR_OWN.match(clause)) and not listed
        theirs = opened or (theirs and not _MEMBER.search(clause))
        if theirs:
            sentence = sentence[:start] + " " * len(clause) + sentence[at:]
    return sentence


_POSSESSIVE = re.compile(r"\b(?:sein\w*|ihr\w*|his|her|their)\b")
_AND_ME = re.compile(r"\W*\b(?:und|and|&)\s+(?:ich|i|me|myself)\b")


# The member's clause with its verb left out, said against someone else's: "…, ich aber
# schon", "ich nicht", "but I can", "me too", "I'm not though". Only particles beside
# the "ich": a clause with a verb of its own says its own answer.
_ELLIPSIS = re.compile(
    r"^\W*(?:(?:und|aber|doch|nur|but|and|only|while|whereas)\s+)?"
    r"(?:ich|i|me)(?:\s+(?:aber|dagegen|hingegen|jedoch|selbst|selber|persönlich|leider"
    r"|schon|doch|sehr\s+wohl|auch|nicht|nich|net|ned|am|'m|can|will|do|'ll|too|though"
    r"|however|neither|either|not|can't|won't|don't|'m\s+not|myself|personally|definitely"
    r"|sadly|unfortunately|sure))+\W*$"
)
# "ich auch", "me too", "I can't either": the same as the other person, not against them
_ALSO = re.compile(r"\b(?:auch|too|either|neither|also|as\s+well)\b")
# "…, and so am I", "and neither can I": the same, said with the verb turned round
_SO_AM_I = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:so|neither|nor)\s+(?:am|will|do|can|could|would|have|shall)\s+i\W*$"
)


def member_ellipsis(clause: str) -> bool:
    """Is the clause the member's with the verb left out ("ich aber schon", "me too")?"""
    return bool(_ELLIPSIS.match(clause) or _SO_AM_I.match(clause))


def their_answer(signals: list[Signal]) -> Answer | None:
    """The one yes or no someone else's clause gives, if it gives exactly one."""
    said = {s.answer for s in signals if not s.weak}
    return said.pop() if len(said) == 1 and said <= {Answer.YES, Answer.NO} else None


def said_against(clause: str, theirs: Answer | None) -> list[Signal]:
    """The member's answer in an elliptic clause beside someone else's ``theirs``.

    "Mein Mann kommt nicht, ich aber schon" is a yes, "Er kommt, ich nicht" a no, "ich
    auch" the same as theirs: the clause takes its verb from theirs, and says the opposite
    unless it says "auch", "too". Nothing without their answer or outside an ellipsis.
    """
    if theirs is None or not (_ELLIPSIS.match(clause) or _SO_AM_I.match(clause)):
        return []
    same = bool(_ALSO.search(clause) or _SO_AM_I.match(clause))
    mine = theirs if same else (Answer.NO if theirs is Answer.YES else Answer.YES)
    return [Signal(mine, clause.strip())]


# "Thomas kommt, ich nicht", "Klaus und Petra kommen, ich nicht", "Die anderen aus dem
# Büro kommen nicht, aber ich schon": people named as the subject before the member's
# ellipsis; read only beside one, where the ellipsis says whom they are set against
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:(?:und|aber|and|but)\s+)?(?P<who>"
    r"(?!(?:ich|wir|du|ihr|es|das|dies|da|dann|so|man|jetzt|heute|leider|vielleicht|er|sie"
    r"|i|we|you|it|this|that|there|then|he|she|they|wer|was|who|what|ob|dass|if)\b)"
    r"[a-zäöüß][\w-]*(?:\s+(?:und|and|&)\s+[a-zäöüß][\w-]*)?"
    r"|(?:die|alle|the|all)\s+(?:anderen|others|other\s+\w+)(?:\s+(?:aus|von|vom|from|in|at)\s+(?:\w+\s+)?\w+)?)"
    r"\s+(?P<verb>kommt|kommen|kann|können|schafft|schaffen|ist|sind|is|are|comes|come|can"
    r"|can't|cannot|will|won't|isn't|aren't|'s|'re)\b"
)
# the named people's verb in the member's first person, which the answer reader knows
_AS_ME = {
    "kommt": "ich komme", "kommen": "ich komme", "kann": "ich kann", "können": "ich kann",
    "schafft": "ich schaffe", "schaffen": "ich schaffe", "ist": "ich bin", "sind": "ich bin",
    "is": "i am", "are": "i am", "comes": "i come", "come": "i come", "can": "i can",
    "can't": "i can't", "cannot": "i cannot", "will": "i will", "won't": "i won't",
    "isn't": "i am not", "aren't": "i am not", "'s": "i am", "'re": "i am",
}  # fmt: skip


def named_subject_as_me(clause: str) -> str | None:
    """ "thomas kommt" as "ich komme", "the others can't" as "i can't": a subject named
    before the member's ellipsis, read in the first person like a partner's clause; None
    where the clause names no such subject."""
    found = _NAMED_SUBJECT.match(clause)
    if found is None:
        return None
    return f"{_AS_ME[found['verb']]}{clause[found.end() :]}"
