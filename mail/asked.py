"""A question that is no question: a statement said before its asking clause ("Ich komme,
oder?") or a maybe-word with a rising voice ("Vielleicht?", "Hm, maybe?")."""

from __future__ import annotations

import re

from mail.cues import Cue, cue
from mail.guests import may_bring

__all__ = ["lead_in", "shrug"]


def _c(name: str) -> Cue:
    return cue("answer", name)


_LAST_CLAUSE = re.compile(r"^(.*\S)\s*(?:,|\s[–—-]\s)[^,–—]*\?$")
# "ich komme gerne und frag schon mal: Darf ich zwei Kolleginnen mitbringen?"; only
# before a guest asked for, as "Spontan fällt mir ein: Wie misst man …?" is a topic
_COLON_CLAUSE = re.compile(r"^(.*\S)\s*:[^:]*\?$")


def lead_in(question: str, words: str) -> str:
    """A statement ahead of a question's last clause ("Ich komme, oder?"), or "".

    Never one with a condition: "falls ich nicht kann, ist das schlimm?" asks.
    """
    found = (_COLON_CLAUSE.match(question) if may_bring(question) else None) or (
        _LAST_CLAUSE.match(question)
    )
    if found is None or _c("condition").search(words.lower()):
        return ""
    return found.group(1)


def shrug(question: str) -> bool:
    """A question that is no more than a maybe-word: "Vielleicht?", "possibly??", also
    after a filler: "Hm, vielleicht?", "Well, maybe?"."""
    words = _c("shrug_filler").sub("", question.rstrip("?!. ").lower()).strip()
    found = _c("maybe").search(words)
    return found is not None and len(words.split()) <= 2 and found.group(0).strip() == words
