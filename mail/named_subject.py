"""A clause whose subject is someone named by first name, coming or not.

"Petra kommt auf jeden Fall", "Jim will be there", "Tom's in", "Lisa ist dabei":
the yes or no is Petra's, Jim's, Tom's. Beside the member's own words ("Ich
überlege noch, Petra kommt auf jeden Fall") it is never the member's answer;
alone it is someone else's answer, for a person to read. The names are the
guest lexicon's first names; "Tom und ich kommen" is the member's own.
"""

from __future__ import annotations

import re
from functools import cache

from mail.guest_words import first_names
from mail.prefilter import longest_first

# what the named one does of the evening: come, be there, be in, say yes or no
_VERB = (
    r"(?:kommt|kommen|ist|sind|wird|werden|kann|können|schafft|schaffen|sagt|sagte"
    r"|möchte|würde|will|would|comes|is|are|can|'s|’s|says|said|has|won't|can't|isn't)"
)


@cache
def _named_subject() -> re.Pattern[str]:
    names = longest_first(first_names())
    return re.compile(
        # "Jan ist schlecht" may be January, not Jan
        rf"^\W*(?:(?:und|aber|doch|and|but)\s+)?(?!jan\b)(?:{names})"
        rf"(?:\s+(?:und|and|&)\s+(?!(?:ich|i|me)\b)(?:{names}))?\s*{_VERB}(?!\w)",
        re.IGNORECASE,
    )


def named_subject(clause: str) -> bool:
    """Does someone named by first name open the clause as its subject?"""
    return bool(_named_subject().match(clause))
