"""A bare yes-word said of someone else: "Ja, mein Mann", "Yes, my wife will", "👍 Peter kommt".

A short reply whose only words beside a yes-word name another person, or give
another person's yes ("👍 Peter kommt", "Ja! Mein Mann ist dabei"), gives
that person's answer: the yes belongs to the one named, and the member says
nothing of coming. Read as the member's yes it records the wrong person. A
name alone after the yes-word ("Ja, Peter", "Ja, Frau Kern") addresses the
organizer, and so does a "my dear" or "mein Lieber": both leave the yes the
member's. Company named with "mit"/"with" or "auch"/"too" is the guest readers'.
"""

from __future__ import annotations

import re

from mail.cues import cue, folded
from mail.guest_words import PERSON, first_names

__all__ = ["bare_yes_beside", "yes_word_for_another"]

_YES_WORD = r"(?:ja|jo|joa|jep|jepp|jup|yes|yep|yup|yeah|ok|okay|klar|gern|gerne|sure|👍\W*|✅)"
# a way of address, not a person spoken of: "Ja, mein Lieber", "Sure, my friend"
_ADDRESS = r"(?!(?:lieber|liebe|liebster|liebste|schatz|dear|friend|freund|guter|gute)\b)"
_SOMEONE = (
    rf"(?:(?:mein\w*|unser\w*|my|our)\s+{_ADDRESS}(?:[\w-]+\s+)?{PERSON}"
    r"|(?:der|die)\s+[A-ZÄÖÜ][\w-]+)"
)
_GIVES = r"(?:kommt|kommen|will|does|is\s+coming|comes|ist\s+dabei|is\s+in)"
# "Ja, mein Mann", "Yes, only my wife", "Ja, für meinen Mann", "Ja – der Peter", "Yes, my
# wife will", "Ja, Sohn kommt"
_SHORT = re.compile(
    rf"^\W*{_YES_WORD}\W+(?:nur\s+|only\s+|für\s+|for\s+)?{_SOMEONE}(?:\s+{_GIVES})?\W*$"
    rf"|^\W*{_YES_WORD}\W+(?:[\w-]+\s+)?{PERSON}\s+{_GIVES}\W*$",
    re.IGNORECASE,
)
# "👍 Peter kommt", "Ja, Lisa kommt": a first name with the verb of coming
_NAME_GIVES = re.compile(rf"^\W*{_YES_WORD}\W+([\w-]+)\s+{_GIVES}\W*$", re.IGNORECASE)
# "Ja (für Jens)", "Yes (for my husband)": the yes said for whoever the brackets name
_FOR_IN_BRACKETS = re.compile(rf"^\W*{_YES_WORD}\W*\(\s*(?:für|for)\s+[^)]+\)\W*$", re.IGNORECASE)


def yes_word_for_another(statement: str) -> bool:
    """Is the statement a bare yes-word and another person, who that yes is said of?"""
    said = " ".join(statement.split())
    if len(said) > 60:
        return False
    if _SHORT.match(said) or _FOR_IN_BRACKETS.match(said):
        return True
    named = _NAME_GIVES.match(said)
    return named is not None and named.group(1).lower() in first_names()


_BARE_YES = re.compile(rf"^\W*{_YES_WORD}\W*$", re.IGNORECASE)
# "Yes! My partner would like to come too", "Ja, mein Mann kommt auch mit": company of
# the member, who comes as well
_AS_WELL = re.compile(r"\b(auch|ebenfalls|mit|too|also|as\s+well|with)\b", re.IGNORECASE)


def bare_yes_beside(evidence: list[str], others_answer: str) -> bool:
    """Is the member's yes only bare yes-words, beside another person's yes?

    "Ja! Mein Mann kommt": the "Ja" may be the husband's. Beside another's no
    ("Ja. Mein Mann kann leider nicht") or another coming as well ("Yes! My partner
    would like to come too") the yes-word is the member's own.
    """
    if not evidence or not all(_BARE_YES.match(phrase) for phrase in evidence):
        return False
    if _AS_WELL.search(others_answer):
        return False
    said = folded("answer", others_answer).lower()
    return not (cue("answer", "negation").search(said) or cue("answer", "no").search(said))
