"""Places in a shown list, as members name them: "das zweite Thema", "the last one",
"Erstens und drittens", "die ersten beiden". Patterns only; :mod:`mail.number_votes`
decides when a clause votes with them.
"""

from __future__ import annotations

import re

# "Zweiter Vorschlag!", "the first one for me": a place in the list, named as a topic
ORDINALS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
}  # fmt: skip
# several places at once ("Erstes und zweites Thema", "the first and third topics"), at the
# start of a clause or after a lead-in and its colon ("Wenn ich wählen darf: das dritte Thema")
_DE_PLACE = (
    r"(?:(?:das|die|den|der|mein\w*|fürs|für\s+das)\s+)?(?:erst|zweit|dritt|viert|fünft)e[rns]?"
)
_EN_PLACE = r"(?:(?:the|my|for\s+the)\s+)?(?:first|second|third|fourth|fifth)"
_AND_PLACE = r"\s*(?:,|und|and|&)\s*"
ORDINAL = re.compile(
    rf"(?:^|[:：])[^\w:：]*{_DE_PLACE}(?:{_AND_PLACE}{_DE_PLACE})*"
    r"\s+(?:thema|themen|vorschlag|vorschläge|idee|ideen|option|optionen|punkt|punkte)\b"
    rf"|(?:^|[:：])[^\w:：]*{_EN_PLACE}(?:{_AND_PLACE}{_EN_PLACE})*\s+(?:ones?|topics?|ideas?|options?"
    r"|suggestions?)\b",
    re.IGNORECASE,
)
# "das letzte auf der Liste", "the last option": the list's last place, whatever its length
LAST_PLACE = 0
LAST = re.compile(
    r"(?:^|[:：]|\bfür\s+|\bfor\s+)[^\w:：]*(?:(?:das|die|den|the|my)\s+)?(?:letzte[nrs]?|last)\s+"
    r"(?:thema|vorschlag|idee|option|one|topic|idea|suggestion|auf\s+der\s+liste|on\s+the\s+list)\b",
    re.IGNORECASE,
)
PLACE = re.compile(r"(erst|zweit|dritt|viert|fünft|first|second|third|fourth|fifth)", re.I)
# A place in the list named anywhere in a clause that chooses it ("I'd pick the first
# one", "nehme ich das letzte", "Dat zweite"): an article, the place, then nothing but
# a word for a topic, "on the list" or the clause's end ("das erste Mal" is no place).
_PLACE_WORD = (
    r"\b(?:das|die|den|der|dem|dat|the|my|mein\w*|fürs)\s+(?P<place>(?:erst|zweit|dritt|viert|fünft|letzt)e[nrsm]?"
    r"|first|second|third|fourth|fifth|last)"
)
_AFTER_PLACE = (
    r"(?=\s*(?:$|[,.!;👍]|(?:ones?|topics?|options?|ideas?|suggestions?|thema|themen|vorschlag"
    r"|idee|option|punkt)\b|on\s+the\s+list|auf\s+der\s+liste|of\s+the\s+list"
    # "Das erste klingt am besten", "the first sounds best": a rating of the place
    r"|(?:klingt|gefällt|interessiert|spricht|sounds|appeals|am\s+(?:besten|liebsten|meisten))\b))"
)
PLACE_ANYWHERE = re.compile(_PLACE_WORD + _AFTER_PLACE, re.IGNORECASE)
LIST_TAIL = re.compile(
    r"\b(?:auf|on|of)\s+(?:der|the|eurer|deiner|ihrer|your|our)\s+(?:liste|list)\b", re.IGNORECASE
)
# "Erstens und drittens": places counted off, and nothing else in the clause
COUNTED_OFF = re.compile(
    r"\W*(?:erst|zweit|dritt|viert|fünft)ens(?:\s*(?:,|und|&)\s*(?:erst|zweit|dritt|viert|fünft)ens)*\W*",
    re.IGNORECASE,
)
# "die ersten beiden", "the first two": the list's first places
FIRST_FEW = re.compile(
    r"\b(?:ersten|first)\s+(?P<few>beiden|zwei|two|drei|three)\b"
    r"(?:\s+(?:vorschläge|themen|topics|optionen|options|ideen|ideas|suggestions))?",
    re.IGNORECASE,
)
FEW = {"beiden": 2, "zwei": 2, "two": 2, "drei": 3, "three": 3}


def named_places(clause: str) -> list[int]:
    """The places named in a clause that chooses them, "the last" as :data:`LAST_PLACE`."""
    found = [m.group("place").lower() for m in PLACE_ANYWHERE.finditer(clause)]
    return [
        LAST_PLACE
        if word.startswith(("letzt", "last"))
        else ORDINALS[PLACE.match(word).group(1).lower()]  # type: ignore[union-attr]
        for word in found
    ]
