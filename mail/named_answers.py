"""Answers listed by name: "Paul: ja, Ben: nein", "Tom – yes. Raj – no", "Ja: Paul".

A shared mailbox (a family, an office) answers for several people at once, one
label each. Whose mailbox it is the reply does not say: the member may be Paul,
or Ben, or someone who only passes the answers on. Read as one answer, the
strongest word wins and may be the wrong person's; a person reads it.
"""

from __future__ import annotations

import re
from functools import cache

from mail.guest_words import first_names
from mail.prefilter import longest_first

_ANSWER = (
    r"(?:ja|jo|jep|nein|nee|nö|yes|yep|yeah|no|nope|nah|zusage|absage|dabei|raus|in|out"
    r"|kommt(?:\s+nicht)?|kann\s+nicht|coming|not\s+coming|can't|maybe|vielleicht|👍|👎|✅|❌)"
)


@cache
def _labelled() -> re.Pattern[str]:
    names = longest_first(first_names())
    return re.compile(
        # "Paul: ja", "Tom – yes", "Ben = nein": the name as the label of its answer
        rf"(?:^|(?<=[\s,;.(]))(?:{names})\s*(?::|=|–|—|-(?=\s))\s*{_ANSWER}(?=\W|$)"
        # "Ja: Paul", "Nein – Ben": the answer as the label of who gives it
        rf"|(?:^|(?<=[\s,;.(])){_ANSWER}\s*(?::|=|–|—|-(?=\s))\s*(?:{names})\b",
        re.IGNORECASE,
    )


def answers_by_name(text: str) -> str:
    """The answers labelled with first names ("Paul: ja, Ben: nein"), or "".

    Two at least: one alone ("Hallo Paul – ja, ich komme!", "Liebe Anna: ja!") is most
    often the organizer addressed.
    """
    found = [m.group(0) for m in _labelled().finditer(text)]
    if len(found) < 2:
        # "Team Müller: 2 Zusagen, 1 Absage", "2 yes, 1 no": answers counted for a group
        found = [m.group(0) for m in _COUNTED.finditer(text)]
    return ", ".join(found) if len(found) >= 2 else ""


_COUNTED = re.compile(
    # not a topic's number with a vote: "Thema 2 ja, Thema 3 nein"
    r"(?<!thema\s)(?<!topic\s)(?<!punkt\s)(?<!zu\s)(?<!nr\s)(?<!nr\.\s)(?<!#)"
    r"\b(?:\d+|eine?|zwei|drei|vier|fünf|one|two|three|four|five)\s*(?:x\s*)?"
    r"(?:zusagen?|absagen?|ja|nein|yes|no|vielleicht|maybe|rsvps?\s+yes|declines?|accepts?)\b",
    re.IGNORECASE,
)
