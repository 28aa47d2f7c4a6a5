"""The words after a vote that only back it up.

"Third one, definitely, not the second", "Die dritte, ganz klar, nicht die
erste": after the clause that votes, the member stresses the choice or turns
down another place in the list. Those words belong to the vote: left behind,
"definitely" would read as a yes to the evening and "not the second" as a no.
"""

from __future__ import annotations

import re

_PLACES = (
    r"(?:(?:erst|zweit|dritt|viert|fünft|letzt|mittler)e[nrsm]?|first|second|third|fourth|fifth"
    r"|last|middle|[1-9]|eins|zwei|drei|vier|fünf|one|two|three|four|five)"
)
# one clause that only stresses the vote or turns another place down
_BACKING = (
    r"(?:definitely|absolutely|for\s+sure|no\s+doubt|obviously|clearly|of\s+course|hands\s+down"
    r"|definitiv|ganz\s+klar|klar|eindeutig|auf\s+jeden\s+fall|unbedingt|logisch|natürlich"
    r"|(?:not|nicht|never|nie|keinesfalls)\s+(?:(?:the|die|den|das|nr\.?|nummer|number|#)\s*)?"
    rf"{_PLACES}(?:\s+(?:one|topic|option|thema|vorschlag))?)"
)
_TAIL = re.compile(rf"(?:\s*[,–—-]\s*{_BACKING}\b)+(?=\s*(?:[.!?\n]|$))", re.IGNORECASE)


def without_vote(rest: str, said: str) -> str:
    """``rest`` without the clause ``said`` that voted and the words right after it that
    only back the vote up, up to the end of its sentence."""
    at = rest.find(said)
    if at < 0:
        return rest
    end = at + len(said)
    tail = _TAIL.match(rest, end)
    return rest[:at] + rest[tail.end() if tail else end :]
