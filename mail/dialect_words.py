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
pairs ("misch" is a verb). "Koa Zeit", "kei Zick", "keene Zeit" are "keine Zeit", and
Swabian "am Schaffe" is at work; "Weeß ick noch nich", "I woaß no ned" are not knowing
yet.
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
# "Koa Zeit", "ka Zeit", "koi Zeit", "kei Zick", "keene Zeit", "keen Tied": no time, in
# Bavarian, Austrian, Swabian, Kölsch, Berlin and Low German; and the "hob", "han",
# "hend", "hebb" (have) before it. Only in that pair ("ka" alone is also "kann"), and not
# before "zum"/"um": "koa Zeit zum Kochen" is no time for something else.
_NO_TIME = re.compile(
    r"\b(?:koa|koane|ka|kaa|koi|kei|keen|keene)\s+(?:zeit|zick|zigg|ziit|tied|tiid)\b(?!\s+(?:zum|zur|um)\b)",
    re.IGNORECASE,
)
_HAVE_NO_TIME = re.compile(
    r"\b(?:hob|han|hann|hend|hebb|heb)(?=\s+(?:i\s+|ik\s+|isch\s+|ich\s+)?keine\s+Zeit\b)",
    re.IGNORECASE,
)
# Swabian "schaffe" is to work: "Bin am Schaffe", "I muss am Donnerstag schaffe" say the
# member works that evening; read as "schaffen" (to manage) they said yes. Only after
# "am"/"beim" or "muss" with no "es" after it ("I muss es schaffe" manages).
_SWABIAN_WORK = (
    (re.compile(r"\b(am|beim|vom)\s+schaffe\b", re.IGNORECASE), r"\1 Arbeiten"),
    (
        re.compile(
            r"\b(muss|mues|muass|muaß|mueß)\s+((?:(?!es\b|des\b|das\b)\w+\s+){0,3}?)schaffe\b"
            r"(?!\W?s\b|\s+(?:es|des|das)\b)",
            re.IGNORECASE,
        ),
        r"\1 \2arbeiten",
    ),
)
# "Weeß ick noch nich", "I woaß no ned", "Wääß isch noch net", "Ik weet dat noch nich",
# "Kann i no ned sagn": not knowing yet, in Berlin, Bavarian, Hessian, Low German and
# Swiss; the dialect "no" is "noch" only between the knowing and its negation. Unread,
# "kann i no ned" was a refusal.
_NOT_KNOWN_YET = (
    (
        re.compile(
            r"\b(?:(?:weeß|weess|woaß|woass|woas|wääß|wääss|waas|waaß|weet)"
            r"(?:\s+(?:ick|i|isch|ich|ik))?(?:\s+(?:es|dat|des|das|s))?\s+(?:no|noch|nu)"
            r"\s+(?:ned|net|nich|nicht|nöd|nit|nid|nech)"
            # the standard "weiß" only with a dialect word after it: "weiß noch nicht"
            # stays as written, the notices' "weiß noch nicht, wann" too
            r"|(?:weiß|weiss)(?:\s+(?:ick|i|isch|ich|ik))?(?:\s+(?:es|dat|des|das|s))?"
            r"\s+(?:(?:no|nu)\s+(?:ned|net|nich|nicht|nöd|nit|nid|nech)"
            r"|noch\s+(?:ned|net|nöd|nit|nid|nech)))\b",
            re.IGNORECASE,
        ),
        "weiß ich noch nicht",
    ),
    (
        re.compile(
            r"\b(?:kann|ko|kon|ka)\s+(?:i|ich|isch|ik)\s+(?:(?:des|das|es|dat)\s+)?(?:no|noch)"
            r"\s+(?:ned|net|nich|nicht|nöd|nit|nid)\s+(?:sagn|sagen|song|saga|sage|sogn)\b",
            re.IGNORECASE,
        ),
        "kann ich noch nicht sagen",
    ),
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


def _rewritten(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, written in rules:
        text = pattern.sub(written, text)
    return text


def standard(text: str) -> str:
    """``text`` with the dialect words that mean something else in standard spelling."""
    lowered = text.lower()
    if "na" in lowered and _SCOTS_ENDING.search(text):
        text = _SCOTS_NOT.sub(_scots, text)
    if "hob" in lowered or "tog" in lowered or "bled" in lowered:
        text = _rewritten(text, _BAVARIAN)
    if "misch" in lowered or "uff" in lowered:
        text = _rewritten(text, _HESSIAN)
    if "zeit" in lowered or "zick" in lowered or "zigg" in lowered or "tied" in lowered:
        text = _HAVE_NO_TIME.sub("hab", _NO_TIME.sub("keine Zeit", text))
    if "no" in lowered or "nu " in lowered:
        text = _rewritten(text, _NOT_KNOWN_YET)
    if "schaffe" in lowered:
        text = _rewritten(text, _SWABIAN_WORK)
    if "it" not in lowered or not _SPACED_IT.search(text):
        return text
    return _SWABIAN_NOT.sub(r"\1nit", text)
