"""A yes that names the party's size: "Ja, für zwei bitte.", "Sure, for two!".

A yes-word, then "für"/"for" and a small number with nothing else but a "bitte"
is how people sign up a party, the member and their company. The number is no
topic: a topic is chosen with an article or a noun ("für die 2", "for topic 2",
"bin für 2"). The vote reader asks here before it takes such a number.
"""

from __future__ import annotations

import re

__all__ = ["SIZE_WORDS", "YES_WORD", "signs_up_a_party"]

# the answer words that open such a line; a topic vote does not open with them
YES_WORD = (
    r"(?:ja+|jo|jep|yes|yep|yup|yeah|sure|klar|ok|okay|gerne?|sehr\s+gerne?|zusage|natürlich"
    r"|of\s+course|gladly|absolutely|definitely|auf\s+jeden\s+fall|count\s+(?:me|us)\s+in"
    r"|rsvp|anmeldung)"
)
# a party of a few, as written: also the guest reader's size (mail/guest_patterns.py)
SIZE_WORDS = r"zwei|drei|vier|fünf|sechs|two|three|four|five|six|[2-6]"
_SIZE = rf"(?:{SIZE_WORDS})"
# the gaps are short and bounded: a long run of marks ("! ! ! …") is tried once, not from
# each of its marks to its end
_GAP = r"[\s,;:!–—-]{1,6}"
_PARTY = re.compile(
    rf"(?:^|[.!?\n])[\s\"'„“(*-]{{0,6}}{YES_WORD}{_GAP}(?:(?:bitte|please){_GAP})?"
    rf"(?:für|fuer|for)\s+{_SIZE}"
    r"(?:\s+(?:bitte|please|pls|danke|thanks|thank\s+you))?\s*(?:[.!?\n]|$)",
    re.IGNORECASE,
)


def signs_up_a_party(text: str) -> bool:
    """Does a line of ``text`` answer yes for a party of a few ("Ja, für drei bitte!")?"""
    return _PARTY.search(text) is not None
