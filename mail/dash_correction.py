"""A "--" line with the member's own answer under it: a correction, not a signature.

Members write "Super, ich komme!\n--\nSorry, muss doch arbeiten": the dashes set the
afterthought apart. A real signature under "-- " is a name, a title, a number, an
address; it never says "ich muss doch arbeiten" or "I can't make it after all". Only
a short tail whose first line speaks in the first person with an answer word is kept.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_FIRST_PERSON = re.compile(
    r"\b(?:ich|i|i'm|im|i'll|i've|bin|muss|kann|komme|schaffe?|can't|cannot|won't)\b", _I
)
_ANSWER_WORD = re.compile(
    r"\b(?:doch|sorry|leider|muss|kann\s+(?:doch\s+)?nicht|komme?|schaff\w*|absagen|dabei"
    r"|can't|cannot|won't|coming|make\s+it|after\s+all|unfortunately|sadly|have\s+to"
    r"|need\s+to|count\s+me)\b",
    _I,
)
# a line that opens as a correction or takes the answer back speaks in the member's voice
# though it names no one: "Korrektur: doch nicht", "Update: klappt doch nicht", "Scratch
# that, can't come"
_TAKING_BACK = re.compile(
    r"^(?:korrektur|nachtrag|update|edit|änderung|aenderung|berichtigung|correction)\s*[:–—-]"
    r"|\b(?:doch\s+nicht|doch\s+noch|scratch\s+that|streich\w*\s+das|vergiss\w*\s+das"
    r"|never\s*mind|forget\s+(?:that|it|what\s+i\s+said))\b",
    _I,
)
# what signatures carry and answers do not
_SIGNATURE_MATTER = re.compile(r"@|www\.|https?://|\d{5,}|\||\bTel\b|\bFax\b|\bMobil\b", _I)
_MAX_TAIL_LINES = 3
_MIN_WORDS = 3


def answer_below_dashes(lines: list[str], index: int) -> bool:
    """True when the "--" at ``index`` heads a short answer in the member's voice."""
    tail = [line.strip() for line in lines[index + 1 :] if line.strip()]
    if not tail or len(tail) > _MAX_TAIL_LINES or tail[0].startswith(">"):
        return False
    first = tail[0]
    if any(_SIGNATURE_MATTER.search(line) for line in tail):
        return False
    if _TAKING_BACK.search(first):
        return True
    return (
        len(first.split()) >= _MIN_WORDS
        and bool(_FIRST_PERSON.search(first))
        and bool(_ANSWER_WORD.search(first))
    )
