"""A reply's words brought to one spelling before its sentences are read."""

from __future__ import annotations

import re

from mail.joke_turns import joke_turned

# Links and addresses are names, not words: "example.net" says no "net".
# An address stays as its "@": "schreibt mir an …@…" still names a new one.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_ADDRESS = re.compile(r"\b[\w.+-]++@[\w-]+(?:\.[\w-]+)+\b")  # "++": no retreat before "@"


# Phones drop the apostrophe: "Im coming", "Ill be there", "cant". Only before words
# that make it English, so the German "Im Urlaub" stays as it is.
_APOSTROPHE = (
    (re.compile(r"\b([Ii])m(?=\s+(?:not|coming|in|out|afraid|sorry|so|going|gonna|happy|glad"
                r"|away|busy|sick|there|here|free|available|definitely|totally|really|up)\b)"),
     r"\1'm"),
    (re.compile(r"\b([Ii])ll(?=\s+(?:be|come|join|try|see|make|pass|let|bring|miss|have)\b)"),
     r"\1'll"),
    (re.compile(r"\b([Ii])d(?=\s+(?:love|like|be|rather)\b)"), r"\1'd"),
    (re.compile(r"\b(can|won|don|didn|couldn|wouldn|isn|aren)t\b", re.IGNORECASE), r"\1't"),
)  # fmt: skip


_CAN_NOT = re.compile(r"\bcan not\b", re.IGNORECASE)
# Laughter says nothing: "i'm in lol", "nope haha", "bin dabei xD".
_LAUGHTER = re.compile(
    r"(?<!\w)(?:lol+|lmao|rofl|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|xd+)(?!\w)", re.IGNORECASE
)

# Fillers relay nothing: "weil ich, wie soll ich sagen, Nachtschicht habe".
_FILLER = re.compile(
    r"\b(?:wie\s+soll\s+ich\s+(?:es\s+|das\s+)?sagen|wie\s+sag\s+ich'?s"
    r"|how\s+(?:shall|should|do|can)\s+i\s+put\s+(?:it|this))\b",
    re.IGNORECASE,
)
# Dictation writes punctuation as words: "kann ich leider nicht kommen Punkt ich hoffe …".
# Only where it happens twice or more: "um Punkt acht" is a time.
_SPOKEN_MARK = re.compile(
    r"\s*\b(Punkt|Komma|Fragezeichen|Ausrufezeichen|Doppelpunkt|full stop|period|comma"
    r"|question mark|exclamation (?:mark|point))\b",
    re.IGNORECASE,
)
_MARK = {"punkt": ".", "full stop": ".", "period": ".", "komma": ",", "comma": ",",
         "fragezeichen": "?", "question mark": "?", "ausrufezeichen": "!",
         "exclamation mark": "!", "exclamation point": "!", "doppelpunkt": ":"}  # fmt: skip


def _dictated(text: str) -> str:
    if len(_SPOKEN_MARK.findall(text)) < 2:
        return text
    return _SPOKEN_MARK.sub(lambda found: _MARK[found.group(1).lower()], text)


def normalise(text: str) -> str:
    """The reply's words in one spelling: apostrophes, laughter, fillers, dictated marks,
    links and addresses, and jokes said plainly (mail.joke_turns)."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")
    text = _CAN_NOT.sub("cannot", text)
    text = _LAUGHTER.sub(" ", text)
    text = _FILLER.sub(" ", _dictated(text))
    for pattern, spelled in _APOSTROPHE:
        text = pattern.sub(spelled, text)
    text = joke_turned(_LINK.sub(" ", text))
    return _ADDRESS.sub("@", text) if "@" in text else text
