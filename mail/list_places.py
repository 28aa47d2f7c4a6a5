"""Places in a shown list, as members name them: "das zweite Thema", "the last one",
"Erstens und drittens", "die ersten beiden". Patterns only; :mod:`mail.number_votes`
decides when a clause votes with them.
"""

from __future__ import annotations

import re

# Number words one to six, as written and as spoken in the regions and next door ("Zwee!")
NUMBER_WORDS = {
    "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "oans": 1, "een": 1, "één": 1,
    "zwee": 2, "zwoa": 2, "zwoi": 2, "zwöi": 2, "twee": 2, "dreie": 3, "dreier": 3, "drüü": 3,
    "drie": 3, "viere": 4, "vierer": 4, "fünfe": 5,
}  # fmt: skip
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
# "das mittlere", "the middle one": the list's middle place, known only once its length is
MIDDLE_PLACE = -1
# "alle außer 3", "all except number 1": every place of the list but those, known only once
# its length is; place n left out is written ALL_BUT - n
ALL_BUT = -10
PLACE = re.compile(r"(erst|zweit|dritt|viert|fünft|first|second|third|fourth|fifth)", re.I)
# A place in the list named anywhere in a clause that chooses it ("I'd pick the first
# one", "nehme ich das letzte", "Dat zweite"): an article, the place, then nothing but
# a word for a topic, "on the list" or the clause's end ("das erste Mal" is no place).
_PLACE_WORD = (
    r"\b(?:das|die|den|der|dem|dat|the|my|mein\w*|fürs)\s+(?P<place>(?:erst|zweit|dritt|viert|fünft|letzt"
    r"|mittler)e[nrsm]?|first|second|third|fourth|fifth|last|middle)"
)
_AFTER_PLACE = (
    r"(?=\s*(?:$|[,.!;👍]|(?:ones?|topics?|options?|ideas?|suggestions?|thema|themen|vorschlag"
    r"|idee|option|punkt)\b|on\s+the\s+list|auf\s+der\s+liste|of\s+the\s+list"
    # "Das erste klingt am besten", "the first sounds best": a rating of the place
    r"|(?:klingt|gefällt|interessiert|spricht|sounds|appeals|am\s+(?:besten|liebsten|meisten|(?!ersten\b)\w+sten))\b"
    # "Das mittlere fände ich am spannendsten", "the last would be my pick"
    r"|(?:fände|fänd|finde|find|wäre|wär|hätte|would|gets|has|hört\s+sich|liest\s+sich|reizt)\s"
    # the place taken or asked for: "Ich würde das dritte nehmen", "Das zweite bitte"
    r"|(?:nehmen|nehme|nehm|wählen|wähle|take|pick|choose)\b"
    r"|(?:bitte|please|pls)\s*(?:$|[.!,👍])"
    # one of several places: "das zweite und das dritte", "the first and the last"
    r"|(?:und|and|&|sowie)\s+(?:(?:das|die|den|der|dem|the)\s+)?(?:erst|zweit|dritt|viert|fünft"
    r"|letzt|mittler|first|second|third|fourth|fifth|last|middle)))"
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
# "Von den dreien: das mittlere", "of the three, the last": which list, before the place
LIST_LEAD = re.compile(
    r"^\W*(?:von|bei|aus|unter|of|from|among)\s+(?:den|allen|euren|the|all|your)\s+\w+\s*[:：,–-]?",
    re.IGNORECASE,
)
FIRST_FEW = re.compile(
    r"\b(?:ersten|first)\s+(?P<few>beiden|zwei|two|drei|three)\b"
    r"(?:\s+(?:vorschläge|themen|topics|optionen|options|ideen|ideas|suggestions))?",
    re.IGNORECASE,
)
FEW = {"beiden": 2, "zwei": 2, "two": 2, "drei": 3, "three": 3}


def named_places(clause: str) -> list[int]:
    """The places named in a clause that chooses them, "the last" as :data:`LAST_PLACE`,
    "the middle one" as :data:`MIDDLE_PLACE`."""
    found = [m.group("place").lower() for m in PLACE_ANYWHERE.finditer(clause)]
    return [
        LAST_PLACE
        if word.startswith(("letzt", "last"))
        else MIDDLE_PLACE
        if word.startswith(("mittler", "middle"))
        else ORDINALS[PLACE.match(word).group(1).lower()]  # type: ignore[union-attr]
        for word in found
    ]


# "Option B", "A und C": a lettered list's places, as numbers
LETTER = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
_NAMED_LETTER = re.compile(
    r"\b((?i:option|variante|vorschlag|punkt|antwort))\s+((?i:[a-f]))\b"
    # a capital letter after a word for a topic or a choice: "Thema C", "stimme für B", "go
    # for A" (a small "a" is the English article: "topic a bit dull")
    r"|\b((?i:thema|topic|nr\.?|nummer|number|idee|idea|für|fuer|for|stimme|wahl|vote|pick|choice))"
    # ("für A. Müller" is a person)
    r"\s*[:：]?\s+([A-F](?:\s*(?:,|und|and|&|\+)\s*[A-F])*)\b(?!['’\w-])(?!\.\s*[A-ZÄÖÜ][a-zäöüß]+(?:\s*[,.!]|\s*$))"
    # a list's letter with its bracket, then only a choosing word: "b) wäre mein Favorit"
    r"|(?:^|(?<=[\s:]))\(?([a-fA-F])\)(?=\s*(?:$|[.!,👍]|\+1|(?i:wäre|wär|ist|is|fände|fänd"
    r"|finde|klingt|sounds|would|gets|bitte|please|pls|gern|gerne|for\s+me|für\s+mich)\b))",
)


def _lettered(match: re.Match[str]) -> str:
    """A list's letter as its place: "Option B" as "Option 2", "b) wäre …" as "Nr. 2 wäre …"."""
    word, letter = match.group(1) or match.group(3), match.group(2) or match.group(4)
    if word is None:
        return f"Nr. {LETTER[match.group(5).lower()]}"
    return f"{word} " + re.sub(r"\b[A-Fa-f]\b", lambda m: str(LETTER[m.group(0).lower()]), letter)


def lettered_places(text: str) -> str:
    """The text with a list's letters written as its places: "Option 2", "Nr. 2 wäre …"."""
    if not _A_LETTER.search(text):
        return text  # most replies name no letter: the long pattern is not tried
    return _NAMED_LETTER.sub(_lettered, text)


_A_LETTER = re.compile(r"(?<![\w'’])[a-fA-F](?![\w'’])")
