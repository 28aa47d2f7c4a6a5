"""Away for a span of days: "I'm abroad until February", "Bin den ganzen Januar in
Australien", "Ich bin erst ab dem 1. Februar zurück".

Such a line answers nothing by itself: whether the member misses the evening
depends on its date, which only the decision knows. :func:`away_spans` reads the
spans from the member's words; :func:`covers` says whether one holds the evening
(True), clearly ends before it (False) or cannot tell (None: "bis Ende Januar"
for an evening at the end of January). Only a span that holds the evening for
sure may become a no.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from mail.named_days import MONTHS

__all__ = ["AwaySpan", "away_spans", "covers"]

_MONTH = {word: n for n, words in enumerate(MONTHS, 1) for word in words if len(word) > 3}
_MONTH |= {"märz": 3, "jänner": 1}  # as typed, not folded
_MONTH_NAME = "|".join(sorted(_MONTH, key=len, reverse=True))
# where in the month: "Ende Februar", "mid-February", "early March"
_PART = (
    r"(?:(?:the\s+)?(?P<part>anfang|mitte|ende|beginning\s+of|start\s+of|middle\s+of|end\s+of|early|mid"
    r"|late)[\s-]+)?"
)
# a day: "30.1.", "20. Januar", "1st of February", "February 1st", "zum 20."
_DAY = (
    r"(?:(?:dem|den|zum|zur|the)\s+)?(?:(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.?(?:\d{2,4})?"
    rf"|(?P<d2>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<n2>{_MONTH_NAME})"
    rf"|(?P<n3>{_MONTH_NAME})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|{_PART}(?P<n4>{_MONTH_NAME})"
    r"|(?P<d5>\d{1,2})(?:\.|st|nd|rd|th))(?!\d)"
)
# being away: abroad, on holiday, travelling, in another town
_AWAY = (
    r"(?:im\s+ausland|au(?:ß|ss)er\s+landes|im\s+urlaub|in\s+urlaub|auf\s+reisen|unterwegs"
    r"|verreist|weg|nicht\s+da|nicht\s+vor\s+ort|nicht\s+im\s+lande|in\s+elternzeit|in\s+(?:der\s+)?reha"
    r"|auf\s+(?:kur|dienstreise|geschäftsreise|montage|weltreise)|im\s+krankenhaus"
    r"|in\s+(?!der\b|die\b|den\b|dem\b|ein\w*\b)(?-i:[A-ZÄÖÜ][\w-]+)"
    r"|abroad|away|overseas|travell?ing|on\s+(?:holiday|vacation|leave|parental\s+leave"
    r"|a\s+(?:business\s+)?trip|tour|sabbatical)|out\s+of\s+(?:town|the\s+country)"
    r"|in\s+(?!the\b|a\b|an\b)(?-i:[A-Z][\w-]+))"
)
_UNTIL = r"(?:bis(?:\s+einschließlich|\s+inklusive)?|until|till|til|through|thru)\s+"
_I = re.IGNORECASE
# "bis Februar im Ausland", "im Ausland bis Februar", "abroad until February"
_AWAY_UNTIL = (
    re.compile(rf"{_UNTIL}{_DAY}[^.!?\n]{{0,30}}?\b{_AWAY}(?![\w-])", _I),
    re.compile(rf"\b{_AWAY}\b[^.!?\n]{{0,30}}?\b{_UNTIL}{_DAY}", _I),
)
# "den ganzen Januar in Australien", "away all of January", "the whole of March abroad"
_WHOLE = (
    rf"(?:den\s+ganzen|im\s+ganzen|de[rn]\s+kompletten|(?:for\s+)?all(?:\s+of)?"
    rf"|the\s+whole(?:\s+of)?|throughout)\s+(?P<w>{_MONTH_NAME})"
    rf"|\b(?:im|in)\s+(?P<w2>{_MONTH_NAME})\s+(?:komplett|ganz|durchgehend|entirely)"
)
_AWAY_WHOLE = (
    re.compile(rf"\b(?:{_WHOLE})\b[^.!?\n]{{0,30}}?\b{_AWAY}(?![\w-])", _I),
    re.compile(rf"\b{_AWAY}\b[^.!?\n]{{0,30}}?\b(?:{_WHOLE})\b", _I),
)
# "erst ab dem 1. Februar zurück", "not back until February", "back on 3 February"
_BACK = (
    re.compile(
        rf"\berst\s+(?:wieder\s+)?(?:ab|am|im)\s+{_DAY}[^.!?\n]{{0,20}}?"
        r"\b(?:zurück|wieder\s+(?:da|im\s+lande|hier|zu\s+hause)|da)\b",
        _I,
    ),
    re.compile(rf"\b(?:zurück|wieder\s+da)\s+(?:erst\s+)?(?:ab|am|im)\s+{_DAY}", _I),
    re.compile(rf"\b(?:ab|am|im)\s+{_DAY}[^.!?\n]{{0,20}}?\b(?:zurück|wieder\s+da)\b", _I),
    re.compile(
        rf"\b(?:not|won'?t\s+be|will\s+not\s+be)\s+back\s+(?:until|till|before)\s+{_DAY}", _I
    ),
    re.compile(rf"\bback\s+(?:only\s+)?(?:on|in|from)\s+{_DAY}", _I),
)
# someone else away: "Mein Mann ist bis Februar im Ausland", "my wife is away all of
# January", "er ist den ganzen Januar weg": their absence is no answer of the member's
_SOMEONE_ELSE = re.compile(
    r"\b(?:mein\w*|unser\w*|sein\w*|ihr\w*|my|our|his|her|their)\s+(?:\w+\s+){0,2}?"
    r"(?:ist|sind|war|wird|is|are|will|'s|'re)\b"
    r"|(?:^|[,;:–-]\s*)(?:er|sie|he|she|they)\s+(?:ist|sind|is|are|will|'s|'re)\b"
    r"|\b(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?:ist|is|will\s+be|'s)\b",
    re.IGNORECASE,
)
# a span said of the past, as a condition, denied or asked is no absence at the evening
_NOT_NOW = re.compile(
    r"\b(?:war|waren|gewesen|was|were|had|falls|wenn|sofern|if|unless|nicht\s+mehr|no\s+longer"
    r"|kein\w*|not\s+(?:away|abroad|travelling|traveling))\b|\?"
)


@dataclass(frozen=True)
class AwaySpan:
    """One span of absence: ``kind`` is "until" (the last day away), "whole" (a month
    away) or "back" (the first day back); ``part`` is "anfang", "mitte" or "ende"
    where only a part of the month is named."""

    phrase: str
    kind: str
    month: int
    day: int | None = None
    part: str = ""


def _part(word: str | None) -> str:
    if not word:
        return ""
    word = word.lower()
    if word.startswith(("anfang", "beginning", "start", "early")):
        return "anfang"
    if word.startswith(("mitte", "middle", "mid")):
        return "mitte"
    return "ende"


def _span(match: re.Match[str], kind: str, written: date | None) -> AwaySpan | None:
    g = match.groupdict()
    phrase = " ".join(match.group(0).split())
    if kind == "whole":
        return AwaySpan(phrase, kind, _MONTH[(g["w"] or g["w2"]).lower()])
    if g.get("d1"):
        day, month = int(g["d1"]), int(g["m1"])
    elif g.get("d2"):
        day, month = int(g["d2"]), _MONTH[g["n2"].lower()]
    elif g.get("d3"):
        day, month = int(g["d3"]), _MONTH[g["n3"].lower()]
    elif g.get("n4"):
        return AwaySpan(phrase, kind, _MONTH[g["n4"].lower()], part=_part(g.get("part")))
    elif g.get("d5") and written is not None:
        day = int(g["d5"])
        month = written.month if day >= written.day else written.month % 12 + 1
    else:
        return None  # "bis zum 20." without the day the mail was written
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return AwaySpan(phrase, kind, month, day)


def away_spans(text: str, written: date | None = None) -> list[AwaySpan]:
    """The spans of absence ``text`` states, for now and the coming weeks."""
    found: list[AwaySpan] = []
    for sentence in re.split(r"(?<!\d)[.!?]+\s+|\n", text):  # "am 20. Januar" goes on
        if _NOT_NOW.search(sentence.lower()) or _SOMEONE_ELSE.search(sentence):
            continue
        for patterns, kind in ((_AWAY_UNTIL, "until"), (_AWAY_WHOLE, "whole"), (_BACK, "back")):
            for pattern in patterns:
                for match in pattern.finditer(sentence):
                    span = _span(match, kind, written)
                    if span is not None:
                        found.append(span)
    return found


def _dated(month: int, day: int, near: date) -> date:
    """The day ``day``.``month`` nearest after ``near``, less a few weeks."""
    day = min(day, monthrange(near.year, month)[1])
    when = date(near.year, month, day)
    if when < near - timedelta(days=60):
        when = date(near.year + 1, month, min(day, monthrange(near.year + 1, month)[1]))
    return when


def covers(span: AwaySpan, evening: date, written: date | None) -> bool | None:
    """Does ``span`` hold the evening? None where the words leave it open."""
    near = written or evening
    first = _dated(span.month, 1, near)
    last = _dated(span.month, monthrange(first.year, span.month)[1], near)
    if span.kind == "whole":
        return first <= evening <= last
    if span.kind == "until":
        if span.day is not None:
            return evening <= _dated(span.month, span.day, near)
        # "bis Februar" may mean into February; "bis Ende Januar" up to some day late in it
        sure = {"": first - timedelta(days=1), "anfang": first - timedelta(days=1)}.get(
            span.part, first + timedelta(days=9 if span.part == "mitte" else 19)
        )
        if evening <= sure:
            return True
        return False if evening > last else None
    # back: away until the day before the first day back
    if span.day is not None:
        return evening < _dated(span.month, span.day, near)
    if evening < first:
        return True
    return False if evening > last else None
