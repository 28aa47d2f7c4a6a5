"""Votes by number read clause by clause: a topic number beside a word that chooses.

The fixed forms in :mod:`mail.topic_text` ("+1 für Thema 2") miss how people
write in a hurry: "#2", "Option 2", "Die 2!", "Meine Wahl: 2", "I'd go for
2", "1 und 3 fänd ich gut". A clause votes when it names a small number as a
topic ("Thema 3", "#3", "Option 3") and chooses nothing else, or names a bare
number beside a word that chooses ("bitte", "nehme", "favorite", "go for").
A number with a unit, a time, a date or company ("2 Kollegen", "um 7", "zu
zweit", "wir sind 2") is never a vote.
"""

from __future__ import annotations

import re

# "Thema 3", "topic #3", "Nr. 3", "Option 3", "Vorschlag 3", "#3": a number named as a topic
_TOPIC_NUMBER = re.compile(
    r"(?:\b(?:themen?|topics?|nr\.?|no\.|nummer|number|option|punkt|vorschlag|vorschläge|idee|ideen"
    r"|ideas?)\s*#?\s*|#\s*)(?P<n>[1-9](?:\s*(?:,|und|and|&|\+|/|oder|or|sowie)\s*[1-9])*)(?!\d)",
    re.IGNORECASE,
)
# A bare small number, alone or listed: "die 2", "1 und 3"
_BARE_NUMBER = re.compile(
    r"(?<![\d.:,+\-€$/])\b(?P<n>[1-9](?:\s*(?:,|und|and|&|oder|or)\s*[1-9])*)\b(?![\d.:,/]\d)",
    re.IGNORECASE,
)
# Words that choose: a vote, a wish, a liking
_CHOOSES = re.compile(
    r"\b(vot\w*|stimme\w*|wahl|wähle|nehme|favorit\w*|favou?rite\w*|like|go\s+for|for\s+me"
    r"|bitte|please|gefällt|gefallen|fände?n?|finde|fänd|klingt|klingen|hört\s+sich|sounds?"
    r"|interested|interessiert|spannend|interessant|super|toll|gut|great|good|prefer\w*"
    r"|bevorzug\w*|bin\s+für|wäre\s+für|für\s+die|to|on)\b|\+\s?1|👍",
    re.IGNORECASE,
)
# A number with company, a time, a date, a size or an amount is not a topic
_NOT_A_TOPIC = re.compile(
    r"\b(uhr|pm|am|min\w*|stunde\w*|hours?|minutes?|tage?|days?|wochen?|weeks?|jahre?|years?"
    r"|personen|leute\w*|people|persons|gäste?|guests?|kolleg\w*|colleagues?|freund\w*|friends?"
    r"|kinder\w*|kids?|plätze|seats?|euro|eur|mal|times|x|zu\s+zweit|zu\s+dritt"
    r"|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|january|february|march|june|july|october|december)\b"
    r"|\b(um|ab|bis|gegen|at|from|until|by|mit|with|zu|wir\s+sind|we\s+are|we'?re)\s+\d"
    r"|\d\s*[:.]\s*\d|[€$%]|\+\s?[2-9]|\d\s*(?:x|h)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.!?;\n]+|,\s+(?=(?:und|and|aber|but)\b)|(?<=[a-zäöü]),\s+", re.IGNORECASE)


def _numbers(found: str) -> list[int]:
    return [int(n) for n in re.findall(r"[1-9]", found)]


def clause_votes(text: str) -> tuple[list[int], str]:
    """Topic numbers voted for in ``text``, clause by clause, and the text without the
    clauses that voted (their words are no answer); no votes when unsure."""
    votes: list[int] = []
    rest = text
    for clause in _CLAUSE.split(text):
        clause = clause.strip()
        if not clause or _NOT_A_TOPIC.search(clause):
            continue
        found: list[int] = []
        named = list(_TOPIC_NUMBER.finditer(clause))
        bare = list(_BARE_NUMBER.finditer(clause))
        if named:
            found = [n for match in named for n in _numbers(match.group("n"))]
        elif len(bare) == 1 and _CHOOSES.search(_BARE_NUMBER.sub(" ", clause)):
            found = _numbers(bare[0].group("n"))
        elif len(bare) == 1 and re.fullmatch(r"\W*(die|the|nr\.?)\s*[1-9]\W*", clause, re.I):
            found = _numbers(bare[0].group("n"))  # "Die 2!"
        if found:
            votes += found
            rest = rest.replace(clause, "", 1)
    return list(dict.fromkeys(votes)), rest
