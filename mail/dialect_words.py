"""Dialect words that would be read as another word: written in the standard form.

Swabian and Alemannic say "it" for "nicht": "I komm it", "Des goht it", "Bin it
dabei". Read as the English "it", the negation is lost and the verb beside it
says yes: the opposite answer. After a German verb form "it" is never the
English pronoun, so there it is written "nit", a negation the lexicons know.

Scots negates with "-nae" ("cannae make it", "dinnae think so"): written "can't",
"don't"; the name "Donna" has no verb before its "-na" and is left alone. Bavarian
"i hob … Dienst" and "an dem Tog" are "ich hab", "an dem Tag"; only in those pairs,
since "i" alone is also the English "I" typed on a phone. Hessian and Saxon "nix für
misch" and "uff Montage" are "nix für mich" and "auf Montage", again only in those
pairs ("misch" is a verb).
"""

from __future__ import annotations

import re

__all__ = ["standard"]

# German verb forms (and Swabian/Swiss ones) an "it" for "nicht" follows; none of them
# is an English word an English "it" could follow.
_VERBS = (
    "komm|komme|kumm|kumme|kimm|kimme|chum|chume|kann|ka|ko|koa|goht|gohts|gaht|gahts|"
    "geht|gehts|gaats|schaff|schaffs|schaffe|wird|wirds|isch|bin|simmer|sind|hab|han"
)
# words that may stand between the verb and "it": "I komm halt it", "goht leider it"
_BETWEEN = r"(?:(?:leider|halt|fei|au|heit|heut|heute|do|da|dann|diesmal|wohl|scho|sicher)\s+)*"
# what may follow: the end of the clause, or the rest of the answer ("bin it dabei")
_AFTER = r"(?=\s*(?:$|[,.;:!?)–—-]|dabei|debii|dobei|do\b|da\b|cho\b|hi\b|hin\b|mit\b))"
_SWABIAN_NOT = re.compile(rf"\b((?:{_VERBS})\s+{_BETWEEN})it\b{_AFTER}", re.IGNORECASE)


_SCOTS_NOT = re.compile(
    r"\b(can|din|do|did|will|wull|would|could|should|is|was|have|hav|hiv|has|must|does)(?:nae|na)\b",
    re.IGNORECASE,
)
_BAVARIAN = (
    (re.compile(r"\bi\s+hob\b", re.IGNORECASE), "ich hab"),
    (re.compile(r"\bhob\s+i\b", re.IGNORECASE), "hab ich"),
    (re.compile(r"\b(dem|den|am|der|an)\s+tog\b", re.IGNORECASE), r"\1 Tag"),
    (re.compile(r"\b(is|isch|ist)\s+(so\s+|echt\s+|voi\s+)?bled\b", re.IGNORECASE), r"\1 \2blöd"),
)
_HESSIAN = (
    (re.compile(r"\b(für|fer|ohne|auf|uff)\s+misch\b", re.IGNORECASE), r"\1 mich"),
    (
        re.compile(
            r"\buff\s+(?=(montage|reisen|dienstreise|achse|schicht|arbeit|fortbildung|urlaub|kur"
            r"|reha|tour)\b)",
            re.IGNORECASE,
        ),
        "auf ",
    ),
)


# the stem "n't" is joined to: "can't", "won't", "don't"
_SCOTS_STEM = {"can": "ca", "din": "do", "will": "wo", "wull": "wo", "hav": "have", "hiv": "have"}


def _scots(match: re.Match[str]) -> str:
    verb = match.group(1)
    return _SCOTS_STEM.get(verb.lower(), verb) + "n't"


# What each rewrite cannot match without, looked for first: most texts have neither a
# word ending in "na"/"nae" nor an "it" after a space, and the verb lists are long.
_SCOTS_ENDING = re.compile(r"nae?\b", re.IGNORECASE)
_SPACED_IT = re.compile(r"\sit\b", re.IGNORECASE)


def standard(text: str) -> str:
    """``text`` with the dialect words that mean something else in standard spelling."""
    lowered = text.lower()
    if "na" in lowered and _SCOTS_ENDING.search(text):
        text = _SCOTS_NOT.sub(_scots, text)
    if "hob" in lowered or "tog" in lowered or "bled" in lowered:
        for pattern, written in _BAVARIAN:
            text = pattern.sub(written, text)
    if "misch" in lowered or "uff" in lowered:
        for pattern, written in _HESSIAN:
            text = pattern.sub(written, text)
    if "it" not in lowered or not _SPACED_IT.search(text):
        return text
    return _SWABIAN_NOT.sub(r"\1nit", text)
