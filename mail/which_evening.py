"""Which evening an answer is for, in the ways :mod:`mail.named_days` reads beside dates.

"Ja, ab dem nächsten Mal wieder", "I'll come, just not until the April one", "Ja, ich
schaue im März vorbei" give a yes for a later evening; "Jan: ja / Feb: nein" labels each
answer by its month; "Am 12. kann ich nicht, am 28. schon" sets a day against the no
before it, which is that day's yes, not the no's.
"""

from __future__ import annotations

import re

from mail.later_times import only_time
from mail.types import Answer

# "not until the April one", "nicht vor März": the coming starts with that month
NOT_UNTIL = re.compile(r"\b(?:not|nicht)\s+(?:\w+\s+)?(?:until|till|before|vor)\s+(?:the\s+)?$")
# a later meetup said with "Mal" as where the member starts: "ab dem nächsten Mal", "from
# next time on" ("denkt beim nächsten Mal daran" asks something of the organizers)
_NEXT_TIME = re.compile(r"\bab\s+(?:dem\s+)?(?:ueber)?naechsten\s+mal\b|\bfrom\s+next\s+time\b")
# words beside a time said on its own that say it is the first or the next: "erst nächsten
# Monat", "nächstes Jahr wieder", "nur halt erst nächsten Monat", "also ab März", "just
# not until the April one"
_ONLY_THEN = re.compile(
    r"\b(?:erst|wieder|again|only|nur|halt|eben|allerdings|just|ab|from"
    r"|(?:not|nicht)\s+(?:until|till|before|vor)|the|one)\b"
)
# "Am 12. kann ich nicht, am 28. schon", "Friday no, Thursday though": a time set against
# the answer before it has the other answer
SET_AGAINST = re.compile(r"\b(?:schon|dafuer|dagegen|though|however|instead|stattdessen)\b")
# "Jan: ja / Feb: nein": a short month as the label of a line, as people type it
LABELS = re.compile(
    r"(?:^|[\n,;/])\W*(?:jan|feb|mar|mrz|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec)\.?\s*:",
    re.IGNORECASE,
)


def time_alone(clause: str, phrases: list[str]) -> bool:
    """Is the clause the times it names and no more, but for words that say the time is the
    first or the next ("nur halt erst nächsten Monat", "just not until the April one")?"""
    for phrase in phrases:
        clause = clause.replace(phrase, " ")
    return only_time(_ONLY_THEN.sub(" ", clause), [])


def split_labels(spelled: str) -> str:
    """``spelled`` with answers labelled by month parted at a slash: "Jan: ja / Feb: nein"
    is read as two clauses, each with its label."""
    return spelled.replace(" / ", "; ") if LABELS.search(spelled) else spelled


def next_times(clause: str) -> list[str]:
    """The later meetups the lower-cased, folded clause names with "Mal" or "time"."""
    return [" ".join(match.group(0).split()) for match in _NEXT_TIME.finditer(clause)]


def labels_the_next(lowered: str, end: int) -> bool:
    """Does a colon follow the clause that ends at ``end``: "Februar: nein"?"""
    return lowered[end:].lstrip().startswith(":")


# a yes-word on its own, in folded spelling: "Ja", "Gerne", "Na klar", "Sure"
_YES_WORD = re.compile(
    r"^\W*(?:(?:ja|jo|jep|yes|yep|yeah|sure|klar|na|ok|okay|gern|gerne|sehr|natuerlich"
    r"|absolutely|definitely|gladly|of\s+course|auf\s+jeden\s+fall)\W*)+$"
)


def bare_yes(clause: str, answer: Answer, habitual: bool) -> bool:
    """Is ``clause`` a yes-word and no more ("Ja", "Gerne", "Sure"), which the clause after
    it says more of ("Ja, ich schaue im März vorbei")? "Ich komme, muss aber am 29. früh
    raus" is a yes said in full, and the day after it is about something else; a day said
    of every week ("Ja, auch sonntags!") is no evening."""
    return answer is Answer.YES and not habitual and _YES_WORD.match(clause) is not None
