"""Jokes and overturned stances that word-level rules read the wrong way round.

A member who writes "Ja. Nein, Spaß. Ja!" takes the "Nein" back; "Ich komme nicht –
ich renne!" outdoes the coming, it does not decline it; "No no from me!" denies a
no; "Originally I wasn't going to come. Now I am." overturns a past stance. Each is
rewritten in plain words before the sentences are read, so the reader sees what
the member meant and nothing of the joke.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A short sentence that only calls what came before a joke: "Nein, Spaß.", "Kidding!",
# "Nur Scherz!". What follows it is the answer; "Viel Spaß!" names no joke.
_JOKE_CALLED = re.compile(
    r"(?:^|(?<=[.!?…]))\s*(?:(?:nein|nee|ne|no|nope|nah)\s*[,.!]*\s*)?"
    r"(?:nur\s+|war\s+nur\s+|kleiner\s+|just\s+|only\s+)?"
    r"(?:spa(?:ß|ss)|scherz|kidding|joking|jk)\s*[.!…]+",
    _I,
)

# Coming outdone by a faster way: "Ich komme nicht – ich renne!", "I'm not coming, I'm
# running". The verb must end the clause: "ich fliege nach Rom" is a trip, a no.
_OUTDONE_DE = re.compile(
    r"\b(ich\s+)?komm(?:e)?\s+nicht\s*[,;:–—-]+\s*(?:nein\s*,?\s*)?ich\s+"
    r"(renne|fliege|sprinte|rase|eile|düse|hüpfe|tanze|jogge|sause)(?=\s*(?:[!.…]|\W*$))",
    _I,
)
_OUTDONE_EN = re.compile(
    r"\bi(?:'?m|\s+am)\s+not\s+(?:coming|walking)\s*[,;:–—-]+\s*(?:no\s*,?\s*)?i(?:'?m|\s+am)\s+"
    r"(running|flying|sprinting|racing|rushing|dashing|dancing|jogging)(?=\s*(?:[!.…]|\W*$))",
    _I,
)

# A no denied: "No no from me!", "no 'no' from my side".
_NO_DENIED = re.compile(r"\bno\s+[\"']?no[\"']?(?:'?s)?\s+(?:from\s+(?:me|my\s+side)|here)\b", _I)

# A past stance against coming, then "now" overturning it: "Originally I wasn't going
# to come. Now I am." The past sentence is dropped, an elliptical "now I am" completed.
# Anchored at a sentence's start: unanchored, every letter of a long line began a new
# try to the line's end.
_PAST_AGAINST = re.compile(
    r"(?:^|(?<=[.!?]))[^.!?]*\b(?:was\s*n[o']?t|was\s+not|wasn't)\s+(?:(?:going|planning)\s+to|gonna)\s+"
    r"(?:come|make\s+it|join|attend|be\s+there)\b[^.!?]*[.!?]*\s*",
    _I,
)
_NOW_ELLIPTIC = re.compile(
    r"\b(?:but\s+)?now\s+i(?:'m|\s+am|\s+will|\s+can|\s+do)\s*(?:[.!…]+|$)", _I
)
_NOW_TURN = re.compile(r"^\s*(?:but\s+|and\s+)?now\b", _I)


def _joke_taken_back(text: str) -> str:
    called = list(_JOKE_CALLED.finditer(text))
    if not called:
        return text
    last = called[-1]
    rest = text[last.end() :]
    # only a joke of what came before, and only where an answer follows it
    if not text[: last.start()].strip() or not re.search(r"\w", rest):
        return text
    return rest.lstrip()


def _past_overturned(text: str) -> str:
    if "was" not in text.casefold():
        return text
    past = _PAST_AGAINST.search(text)
    if past is None or not _NOW_TURN.match(text[past.end() :]):
        return text
    rest = _NOW_ELLIPTIC.sub("Now I am coming. ", text[past.end() :], count=1)
    return text[: past.start()] + rest


def joke_turned(text: str) -> str:
    """The text with jokes and overturned stances said in plain words."""
    text = _OUTDONE_DE.sub(lambda m: f"{m.group(1) or ''}komme, ich {m.group(2)}", text)
    text = _OUTDONE_EN.sub(lambda m: f"I am coming, I am {m.group(1)}", text)
    text = _NO_DENIED.sub("yes from me", text)
    text = _past_overturned(text)
    return _joke_taken_back(text)
