"""Someone else who would come in the member's place: "mein Kollege kommt statt mir".

The member's own answer is read elsewhere (a no, most often); the person
named is news for the organizer, who may invite them or add them as a
guest. Only the member's sentence is returned, for a person to read: who
that someone is stays their call.
"""

from __future__ import annotations

from mail.clauses import sentences
from mail.cues import cue, folded


def stand_in(text: str) -> str:
    """The sentence saying someone else comes, or may come, instead; "" if none."""
    pattern = cue("guest", "someone_comes")
    # the member's own "instead of me" ("anstelle von mir", "takes my place") names one too
    instead = cue("answer", "stand_in")
    return next(
        (
            s
            for s in sentences(text)
            if pattern.search(s) or instead.search(folded("answer", s).lower())
        ),
        "",
    )
