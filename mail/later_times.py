"""Later times an answer names without a date: "nächsten Monat", "next year", "zum
nächsten Stammtisch", "nach den Ferien", "ab Februar".

"Ich komme nächsten Monat" is a yes for a later evening, not for the one
invited to. :mod:`mail.named_days` reads these beside the dates and weekdays;
whether a week, month or year ahead holds the evening, the mail's date tells
(:func:`holds`); a later meetup or the time after a holiday never is the evening.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

# A later stretch of time named from the day of writing: "nächsten Monat", "next year",
# "übernächste Woche". Matched in folded spelling, as the clauses are.
_AHEAD = re.compile(
    r"\b(?P<twice>ueber)?(?:naechste[nsmr]?|kommende[nsmr]?|next|the\s+following)"
    r"\s+(?P<unit>monat|month|jahr|year|woche|week)\b"
)
_UNIT = {"monat": "month", "month": "month", "jahr": "year", "year": "year", "woche": "week",
         "week": "week"}  # fmt: skip
# A later meetup or the time after a holiday, named without a date: "zum nächsten
# Stammtisch", "to the next one", "erst beim nächsten Mal", "nach den Ferien", "after Easter"
_LATER = re.compile(
    r"\b(?:(?:zum|beim|zu\s+dem|bei\s+dem|fuers|fuer\s+das|fuer\s+den|im|am|ab\s+dem)\s+"
    r"(?:uebernaechsten|naechsten|kommenden|folgenden)\s+(?:stammtisch|treffen|termin|abend"
    r"|meetup|runde)"
    r"|(?:erst|only)\s+(?:beim|zum|next)\s+(?:naechsten\s+)?(?:mal|time)"
    r"|(?:to|for|at|make)\s+the\s+(?:next|following)\s+(?:one|meetup|meeting|session|evening"
    r"|gathering)"
    r"|(?:nach|after)\s+(?:den|der|dem|the)?\s*(?:ferien|feiertagen|sommerpause|winterpause"
    r"|weihnachtspause|osterferien|sommerferien|sommer|holidays|summer\s+break|winter\s+break"
    r"|christmas\s+break|summer|break)"
    r"|(?:nach|after)\s+(?:ostern|pfingsten|easter|new\s+year))\b"
)
# every match of _AHEAD and _LATER holds one of these
LATER_WORDS = ("naechst", "kommend", "next", "following", "folgend", "ferien", "feiertag",
               "pause", "ostern", "pfingsten", "easter", "holidays", "break", "summer")  # fmt: skip
# Before a month, the start of the member's coming: "ab Februar", "from March on"
_STARTING = re.compile(r"\b(?:ab|from|starting(?:\s+in|\s+from)?|beginning\s+in)\s+$")
# words that add nothing to a time said on its own: "also nächsten Monat", "so next year"
_FILLER = re.compile(r"\b(?:also|dann|so|then|well|and|und|aber|but|ja|yes|schon)\b")
_WORD = re.compile(r"\w+")


def ahead_in(clause: str) -> Iterator[tuple[str, tuple[str, int]]]:
    """Each stretch ahead the clause names, as its words and (unit, how many ahead)."""
    for match in _AHEAD.finditer(clause):
        steps = 2 if match.group("twice") else 1
        yield " ".join(match.group(0).split()), (_UNIT[match.group("unit")], steps)


def later_in(clause: str) -> list[str]:
    """The words of each later meetup or holiday the clause names."""
    return [" ".join(match.group(0).split()) for match in _LATER.finditer(clause)]


def starts_then(before: str) -> bool:
    """Do the words before a month say the coming starts with it ("ab", "from")?"""
    return _STARTING.search(before) is not None


def holds(ahead: tuple[str, int], evening: date, written: date) -> bool:
    """Is the evening in the week, month or year that many ahead of the day of writing?"""
    unit, steps = ahead
    if unit == "week":
        later = written + timedelta(weeks=steps)
        return later.isocalendar()[:2] == evening.isocalendar()[:2]
    if unit == "month":
        months = written.year * 12 + written.month - 1 + steps
        return evening.year * 12 + evening.month - 1 == months
    return evening.year == written.year + steps


def only_time(clause: str, phrases: list[str]) -> bool:
    """Is the clause a time and nothing more ("nach den Ferien", "next month")? It then
    belongs to the clause after it: "Next month, count me in"."""
    rest = clause
    for phrase in phrases:
        rest = rest.replace(phrase, " ")
    return not _WORD.search(_FILLER.sub(" ", rest))
