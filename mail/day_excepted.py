"""An answer with an exception naming a day: "Ich bin die ganze Woche da, außer
Donnerstag", "Ich kann immer, außer am 28.", "free all week except Thursday".

Whether the answer holds depends on which day the evening is: when the evening is that
Thursday the yes is a no, and the other way round. The reply alone does not know the
evening, so such an answer goes to a person with the day named, never the opposite
recorded.
"""

from __future__ import annotations

import re

_WEEKDAY = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTH = (
    r"januar|jaenner|jänner|februar|maerz|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|january|february|march|may|june|july|october|december"
)
_DAY = (
    rf"(?:{_WEEKDAY})s?|\d{{1,2}}\.(?:\s*\d{{1,2}}\.?|\s*(?:{_MONTH}))?|\d{{1,2}}(?:st|nd|rd|th)\b"
)
_EXCEPTED = re.compile(
    r"\b(?:au(?:ss|ß)er|bis\s+auf|nur\s+nicht|ausgenommen|except|but\s+not|apart\s+from"
    r"|other\s+than)\s+(?:am\s+|an\s+|dem\s+|den\s+|on\s+|the\s+|for\s+)*"
    rf"(?P<day>{_DAY})",
    re.IGNORECASE,
)


def day_excepted(words: str) -> str:
    """The day an exception names ("Donnerstag", "28."), or "" when there is none."""
    found = _EXCEPTED.search(words)
    return found.group("day").strip() if found else ""
