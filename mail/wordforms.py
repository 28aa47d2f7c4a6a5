"""One spelling for the many ways people type a word, so a cue written once matches them all.

Members write "wäre", "waere" and "ware"; "muß" and "muss"; "neeein" and
"jaaa"; "leidre" for "leider" on a phone. :func:`fold` turns a text into one
canonical spelling (umlauts as ae/oe/ue, ß as ss, letters typed three times
or more once, "can;t" as "can't", a known typo of a cue word as that word) and
:func:`fold_pattern` writes a cue pattern in the same spelling, so the
lexicons stay readable with their umlauts. Case and everything else are kept:
a sentence splitter still sees its capitals.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mail.dialect_words import standard
from mail.key_slips import slipped, swapped
from mail.prefilter import canonical

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_UMLAUT = re.compile("[äöüÄÖÜß]")
# An umlaut followed by a quantifier ("nö+") must stay one unit once it is two letters.
_UMLAUT_QUANTIFIED = re.compile(r"([äöüÄÖÜß])(?=[?+*{])")
# "jaaaa", "neeein", "sooo gerne": a letter held down; three in a row is never German
# or English spelling, two ("Kaffee", "nee") is.
_HELD = re.compile(r"([^\W\d_])\1{2,}")
_WORD = re.compile(r"[^\W\d_]{5,}")
# "can;t", "won;t", "don;t": the semicolon sits beside the apostrophe on an English
# keyboard; left as typed, the "t" falls off as a clause of its own and the negation is lost.
_SEMICOLON_APOSTROPHE = re.compile(r"(?<=[nN]);(?=[tT]\b)")
# "Ich bin raus – aus dem Urlaub zurück": a dash or comma for a pause inside "raus
# aus", which is leaving a place; split there, "bin raus" alone reads as a refusal.
_PAUSED_RAUS = re.compile(
    r"\b(raus)\s*[,–—-]\s*(aus\s+(?:dem|der|den|meinem|meiner|meinen)\b)", re.IGNORECASE
)
# "No. 42", "Room No 12" in an address or a signature: the numero sign, never the answer "no"
_NUMERO = re.compile(r"\bNo\.?\s?(?=\d+\b)")
# "nein ich komme", "ja ich kann nicht", "no im coming": typed without a comma, a bare
# answer word runs into the sentence after it and that sentence's words turn it; the
# comma the phone left out is put back
_BARE = r"(?:ja|jo|jep|jepp|nein|nee|nö|noe|ne|no|nope|nah|yes|yep|yeah)"
_ANSWER_RUN_ON = re.compile(
    rf"(?im)(?:^|(?<=[.!?]\s))([^\w\n]{{0,3}}{_BARE}(?:[\s,]+{_BARE})*)"
    r"\s+(?=(?:ich|i|i'?m|im|wir|we|bin|komme?|kann|can'?t|can(?!\s+do\b))\b)"
)


# "Yeah, nah", "Nah, yeah": one answer in Australian speech, whose last word decides; a
# comma between the two would split it into a yes and a no of their own
_YEAH_NAH = re.compile(r"\b(yeah|yea|yeh|nah)\s*,\s*(?=(?:yeah|yea|yeh|nah)\b)", re.IGNORECASE)


def _fold_umlauts(text: str) -> str:
    return _UMLAUT.sub(lambda match: _UMLAUTS[match.group(0)], text)


def fold_pattern(pattern: str) -> str:
    """A cue pattern in the spelling :func:`fold` gives a text."""
    pattern = _UMLAUT_QUANTIFIED.sub(lambda m: f"(?:{_UMLAUTS[m.group(1)]})", pattern)
    return _fold_umlauts(pattern)


def _one_edit(word: str, cue: str) -> bool:
    """Within one typo: a letter missing, added, changed, or two neighbours swapped."""
    if word == cue or abs(len(word) - len(cue)) > 1:
        return False
    if len(word) == len(cue):
        diff = [i for i, (a, b) in enumerate(zip(word, cue, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        i = diff[0]
        swapped = word[i] == cue[i + 1] and word[i + 1] == cue[i]
        return len(diff) == 2 and diff[1] == i + 1 and swapped
    short, long_ = (word, cue) if len(word) < len(cue) else (cue, word)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _slip_or_swap(word: str, cue: str) -> bool:
    return slipped(word, cue) or swapped(word, cue)


@lru_cache(maxsize=64)
def _known(cues: tuple[str, ...], real_words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(cues) | frozenset(real_words)


# the same words come back in mail after mail (greetings, signatures, the answer
# words themselves): each is held against the cue list once
@lru_cache(maxsize=32768)
def _closest(lowered: str, cues: tuple[str, ...]) -> str | None:
    # a five-letter word is mended only from a slip to a neighbouring key or two
    # letters swapped
    close = [
        c
        for c in cues
        if (_slip_or_swap if min(len(c), len(lowered)) < 6 else _one_edit)(lowered, c)
    ]
    return close[0] if len(close) == 1 else None


def fix_typos(text: str, cues: tuple[str, ...], real_words: tuple[str, ...] = ()) -> str:
    """Replace a word one typo away from exactly one cue word by that cue word.

    Long words (six letters or more) are mended from any one typo; a five-letter
    one only from a slip to a neighbouring key or two letters swapped
    (:mod:`mail.key_slips`). ``real_words`` are
    words that look like a typo of a cue but are words of their own
    ("Leiter" is not "leider").
    """
    if not cues:
        return text
    known = _known(cues, real_words)

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        if lowered in known:
            return word
        close = _closest(lowered, cues)
        if close is None:
            return word
        return close.capitalize() if word[:1].isupper() else close

    return _WORD.sub(mend, text)


def fold(
    text: str, cues: tuple[str, ...] = (), real_words: tuple[str, ...] = (), held: bool = True
) -> str:
    """The text in one canonical spelling; see the module's description.

    ``held=False`` keeps letters typed three times: a notice's "OOO" is a word.
    """
    text = unicodedata.normalize("NFC", text)
    if held:
        text = _HELD.sub(r"\1", text)
    # each rewrite below runs only where the sign it needs is there (most texts have none)
    if ";" in text:
        text = _SEMICOLON_APOSTROPHE.sub("'", text)
    text = _ANSWER_RUN_ON.sub(r"\1, ", text)
    if "ah" in text or "AH" in text:
        text = _YEAH_NAH.sub(r"\1 ", text)
    if "No" in text:
        text = _NUMERO.sub("Nr. ", text)
    text = standard(text)
    if "raus" in canonical(text):
        text = _PAUSED_RAUS.sub(r"\1 \2", text)
    return fix_typos(_fold_umlauts(text), cues, real_words)
