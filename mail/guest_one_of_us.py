"""One of a party comes: "Nur einer von uns kann kommen", "One of us will be there",
"Entweder ich oder mein Kollege kommt", "Either me or my colleague will be there".

Which one comes is not said, so the sentence is no answer of the member's and
no count of guests; a person reads it. Where the member says that they are the
one ("und zwar ich", "das bin dann ich", "that'll be me"), the member comes,
alone.
"""

from __future__ import annotations

import re

from mail.guest_words import PERSON

# The party's one: "einer von uns (beiden)", "only one of us", "von uns kommt nur einer"
_ONE_OF_US = re.compile(
    r"(?<![\w-])(?:(?:nur|bloß|höchstens|only|just)\s+)?(?:einer|eine|one)\s+(?:von|of)\s+"
    r"(?:uns|us)\b(?!\s+(?:anderen|others)\b)"
    r"|\bvon\s+uns\s+(?:(?:beiden|zweien|dreien)\s+)?(?:kommt|kann|schafft|geht)\s+(?:es\s+)?"
    r"(?:(?:wohl|leider|diesmal|nur|dann|höchstens)\s+)*(?:einer|eine)\b"
    # the member or another, one of the two: "entweder ich oder mein Kollege", "either me
    # or Sam", "my colleague or I, whoever has time"
    r"|\bentweder\s+ich\s+oder\b|\beither\s+(?:me|i|myself)\s+or\b"
    rf"|\b(?:ich|me|i)\s+(?:oder|or)\s+(?:mein\w*|my|unser\w*|our)\s+(?:[\w-]+\s+)?{PERSON}\b"
    rf"|\b(?:mein\w*|my|unser\w*|our)\s+(?:[\w-]+\s+)?{PERSON}\s+(?:oder|or)\s+(?:ich|me|i|myself)\b",
    re.IGNORECASE,
)
# The member says they are the one: "und zwar ich", "das bin (dann wohl) ich", "ich bin
# die eine", "that'll be me", "and it's me"
_IT_IS_ME = re.compile(
    r"\bzwar\s+ich\b|\bdas\s+bin\s+(?:\w+\s+){0,2}ich\b|\bich\s+bin\s+(?:das|die|der)\s+(?:eine|einer)\b"
    r"|\b(?:that|it)(?:'ll|\s+will|'s|\s+is|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:be\s+)?me\b"
    r"|\b(?:and\s+)?(?:that|it)\s+(?:one\s+)?(?:is|'s)\s+(?:going\s+to\s+be\s+)?me\b",
    re.IGNORECASE,
)


def one_of_us(sentence: str) -> bool:
    """Does the sentence say that one of a party the member is in comes?"""
    return bool(_ONE_OF_US.search(sentence))


def member_is_the_one(sentence: str) -> bool:
    """Does the member say that they are the one of the party who comes?"""
    return bool(_IT_IS_ME.search(sentence))
