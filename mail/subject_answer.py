"""The member's own words in a subject, for a reply whose body says nothing.

Phones and hurried people answer in the subject line: "Re: Einladung: … am
28.01.2027 -- nein, sorry", or a new mail with the subject "Absage 28.01.".
Only words the member added count: after a reply prefix, what follows the
date that ends the invitation's subject; without a reply prefix, the whole
subject. A calendar's time span ("19:00 - 22:00 (MEZ)") is no answer.
"""

from __future__ import annotations

import re

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|wg|fw|fwd|antw|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# The invitation's subject ends with the evening's date: "am 28.01.2027", "on 28 Jan 2027".
_YEAR = re.compile(r"\b20\d\d\b")
_TIME_SPAN = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:\([^)]*\))?")
_SEPARATORS = " \t-–—:/|,;."


def subject_words(subject: str) -> str:
    """What the member wrote in the subject line, or "" when it is only the quoted subject."""
    unprefixed = _REPLY_PREFIX.sub("", subject)
    if unprefixed == subject:
        return subject.strip()  # a subject of the member's own: "Absage 28.01."
    years = list(_YEAR.finditer(unprefixed))
    if not years:
        return ""
    tail = _TIME_SPAN.sub("", unprefixed[years[-1].end() :])
    return tail.strip(_SEPARATORS)
