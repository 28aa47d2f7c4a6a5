"""Which day a member's answer speaks of: dates, weekdays, months, "morgen", occasions.

"Am 14. bin ich raus", "Im Dezember kann ich nicht", "Next Thursday works",
"Zur Weihnachtsfeier komme ich nicht": the reader does not know the evening,
so it reads the answer whatever its date. :func:`answer_days` finds the days
named in the clauses that give the answer; :func:`another_day` compares them
with the evening (its local date and title) and says why a person should look
when the answer is only for another day. Days said as a deadline or a span
("ich sag bis Mittwoch Bescheid", "bis Ende Januar auf Reise", "ab Montag
weg") are when something else happens, not the evening answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from mail.answer_signals import of_another_evening
from mail.clause_signals import clause_signals
from mail.clauses import clauses, sentences
from mail.cues import folded
from mail.later_times import LATER_WORDS, ahead_in, holds, later_in, starts_then
from mail.tails import tail_start
from mail.types import Answer
from mail.which_evening import (
    LABELS,
    NOT_UNTIL,
    SET_AGAINST,
    bare_yes,
    labels_the_next,
    next_times,
    split_labels,
    time_alone,
)

MONTHS = (
    ("januar", "jaenner", "january", "jan"), ("februar", "february", "feb"),
    ("maerz", "march", "mar", "mrz"), ("april", "apr"), ("mai", "may"),
    ("juni", "june", "jun"), ("juli", "july", "jul"), ("august", "aug"),
    ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("dezember", "december", "dez", "dec"),
)  # fmt: skip
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = (
    ("montag", "monday"), ("dienstag", "tuesday"), ("mittwoch", "wednesday"),
    ("donnerstag", "thursday"), ("freitag", "friday"), ("samstag", "sonnabend", "saturday"),
    ("sonntag", "sunday"),
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MONTH = {word: n for n, words in enumerate(MONTHS, 1) for word in words}
_WEEKDAY = {word: n for n, words in enumerate(WEEKDAYS) for word in words}
_FULL_MONTH = "|".join(w for words in MONTHS for w in words if len(w) > 3)
_ANY_MONTH = "|".join(sorted(_MONTH, key=len, reverse=True))
_DAY_OF_WEEK = "|".join(_WEEKDAY)

# Occasions are evenings of their own: "zur Weihnachtsfeier", "for the Christmas party".
# Named as what the member comes to, not as where they are ("bin auf der Weihnachtsfeier"
# gives the reason for a no).
_OCCASION = re.compile(
    r"\b(?:zur|zum|fuer\s+die|fuer\s+das|fuers|an\s+der|bei\s+der|to\s+the|for\s+the|"
    r"make\s+the|attend\s+the|join\s+the|skip\s+the|miss\s+the)\s+"
    r"(?P<occasion>(?:\w+)?(?:weihnachts\w*|jahresabschluss\w*|sommerfest\w*|neujahrs\w*"
    r"|silvester\w*|karnevals\w*|christmas\s+(?:party|dinner|do|drinks|meetup)|xmas\s+party"
    r"|summer\s+party|new\s+year'?s?\s+(?:party|drinks|meetup)))"
)
_DECEMBER_OCCASION = re.compile(r"weihnacht|christmas|xmas|silvester|jahresabschluss")

_PATTERNS = (
    # "am 7.1.", "28.01.2027", "den 14.2."
    ("date", re.compile(r"(?<![\d.:])(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})"
                        r"(?:\.(?P<year>\d{2,4})?)?(?![\d:]|\s*(?:uhr|h)\b)")),
    # "28. Januar", "14 Feb", "the 3rd of March"
    ("date", re.compile(rf"(?<![\d.:])(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?\s?(?:of\s+)?"
                        rf"(?P<name>{_ANY_MONTH})\b\.?")),
    # "January 14th", "Feb 3"
    ("date", re.compile(rf"\b(?P<name>{_ANY_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                        r"(?![.:]\d)")),
    # "am 28/1", "on 1/28", "7/1/2027": day and month either way round; only after a word
    # that names a day, or with a year ("1/2 Stunde" is half an hour)
    ("slash", re.compile(r"(?:\b(?:am|den|dem|zum|vom|fuer|on|for|the)\s+(?P<first>\d{1,2})/"
                         r"(?P<second>\d{1,2})(?:/\d{2,4})?"
                         r"|(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/\d{2,4})(?![\d/])")),
    # "am 28.", "den 14.", "on the 28th", "the 14th"
    ("day", re.compile(r"\b(?:am|den|dem|zum|vom|fuer\s+den|on\s+the|the|on)\s+"
                       r"(?P<day>\d{1,2})(?:\.(?!\d)|st\b|nd\b|rd\b|th\b)")),
    ("month", re.compile(rf"\b(?P<name>{_FULL_MONTH})\b")),
    ("weekday", re.compile(rf"\b(?P<name>{_DAY_OF_WEEK})(?:s|abend|abends|nachmittag)?\b")),
    ("relative", re.compile(r"\b(?P<name>uebermorgen|heute|heut|today|tonight|tomorrow|morgen)\b")),
)  # fmt: skip
_RELATIVE = {"heute": 0, "heut": 0, "today": 0, "tonight": 0, "morgen": 1, "tomorrow": 1,
             "uebermorgen": 2}  # fmt: skip
# "Morgen" as a time of day is no day: "am nächsten Morgen", "guten Morgen"
_NOT_TOMORROW = re.compile(r"\b(?:am|den|jeden|naechsten|guten|einen|schoenen|frueh\w*)\s+$")
# Before a day: a span or a deadline, said of something else than the evening
_SPAN = re.compile(
    r"\b(?:bis|ab|seit|von|vom|vor|nach|spaetestens|fruehestens|until|till|til|from|since"
    r"|by|before|after|through|thru|ende|anfang|mitte|end|mid|early|late|einschliesslich"
    r"|inclusive|week\s+of|woche\s+vom|woche\s+ab)\b(?:\s+\w+){0,2}\s+$"
)
# The evening pointed at without a date: "an dem Abend", "the evening", "this one"
_THIS_EVENING = re.compile(
    r"\b(?:(?:an\s+)?(?:dem|diesem|den)\s+(?:abend|tag|termin)|diesmal|dieses\s+mal"
    r"|(?:the|that|this)\s+(?:evening|night|day|one|time|meetup|session))\b"
)
# past days: "letzten Donnerstag", "last Thursday"
_PAST = re.compile(r"\b(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|last|past)\s+$")
# A clause about when the member will say, not when they come: "sag Mittwoch Bescheid"
_TELLING = re.compile(
    r"\b(?:bescheid|meld\w*|sag\w*|schreib\w*|entscheid\w*|weiss|wissen|klaer\w*|confirm\w*"
    r"|let\s+you\s+know|know|decide|tell|update|get\s+back|ping)\b"
)
# Today as the time of answering, not of the evening: "Heute schon absagen, …", "I'm
# cancelling today already"
_ANSWERED_TODAY = re.compile(
    r"\b(?:heute|jetzt|gleich|vorab|today|now)\s+(?:schon\s+|bereits\s+|already\s+)?"
    r"(?:absag\w*|zusag\w*|declin\w*|cancel\w*)"
    r"|\b(?:absag\w*|zusag\w*|declin\w*|cancel\w*)\s+(?:ich\s+)?(?:schon\s+)?(?:heute|today)\b"
)
_CHEAP_WORDS = (
    *_DAY_OF_WEEK.split("|"), *_FULL_MONTH.split("|"), "heut", "morgen", "today", "tonight",
    "tomorrow", "weihnacht", "christmas", "xmas", "silvester", "sommerfest", "summer party",
    "new year", "neujahr", "jahresabschluss", "karneval", *LATER_WORDS,
)  # fmt: skip
_CHEAP = re.compile(r"\d|" + "|".join(_CHEAP_WORDS), re.IGNORECASE)
# every match of _THIS_EVENING holds one of these
_POINTER_WORDS = ("dem", "diesem", "den", "diesmal", "dieses", "the", "that", "this")


@dataclass(frozen=True)
class NamedDay:
    """One day an answer clause names; the fields it does not name are None."""

    phrase: str
    day: int | None = None
    month: int | None = None
    weekday: int | None = None  # 0 is Monday
    offset: int | None = None  # days after the mail was written: "morgen" is 1
    occasion: str = ""  # "weihnachtsfeier", "christmas party"
    pointed: bool = False  # "an dem Abend", "this one": the evening itself
    habitual: bool = False  # "donnerstags", "on Thursdays": every such day
    either: tuple[int, int] | None = None  # "7/1": the other reading, as (day, month)
    ahead: tuple[str, int] | None = None  # "nächsten Monat": ("month", 1) after writing
    later: bool = False  # "zum nächsten Stammtisch", "after the holidays": not this evening
    starting: bool = False  # "ab Februar": from that month on


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def days_in(clause: str) -> list[NamedDay]:
    """The days one lower-cased, folded clause names as a point in time."""
    found: list[NamedDay] = []
    taken = bytearray(len(clause))  # 1 where a day already found was written
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(clause):
            start, end = match.span()
            if any(taken[start:end]):
                continue  # "28. Januar" is one date, not a day and a month
            before = clause[tail_start(clause, end=start) : start]  # the last words suffice
            if _SPAN.search(before) or _PAST.search(before):
                if kind == "month" and (starts_then(before) or NOT_UNTIL.search(before)):
                    # "Ab Februar bin ich dabei": the coming starts with that month
                    found.append(NamedDay(match.group(0).strip(), month=_MONTH[match["name"]],
                                          starting=True))  # fmt: skip
            else:
                day = _named(kind, match, before)
                if day is not None:
                    found.append(day)
            taken[start:end] = b"\1" * (end - start)
    found += [NamedDay(phrase, ahead=ahead) for phrase, ahead in ahead_in(clause)]
    found += [NamedDay(phrase, later=True) for phrase in [*later_in(clause), *next_times(clause)]]
    pointer = _THIS_EVENING.search(clause)
    if pointer:
        found.append(NamedDay(pointer.group(0), pointed=True))
    for match in _OCCASION.finditer(clause):
        name = " ".join(match.group("occasion").split())
        found.append(NamedDay(match.group(0).strip(), occasion=name))
    return found


def _named(kind: str, match: re.Match[str], before: str) -> NamedDay | None:
    phrase = match.group(0).strip()
    groups = match.groupdict()
    if kind == "date":
        month = _MONTH.get(groups.get("name") or "", 0) or int(groups.get("month") or 0)
        day = int(groups["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31) or re.search(r"\bum\s+$", before):
            return None  # "um 19.30." is a time
        return NamedDay(phrase, day=day, month=month)
    if kind == "slash":
        first, second = groups["first"] or groups["a"], groups["second"] or groups["b"]
        return _slashed(phrase, int(first), int(second))
    if kind == "day":
        day = int(groups["day"])
        return NamedDay(phrase, day=day) if 1 <= day <= 31 else None
    if kind == "month":
        return NamedDay(phrase, month=_MONTH[groups["name"]])
    if kind == "weekday":
        return NamedDay(phrase, weekday=_WEEKDAY[groups["name"]], habitual=phrase.endswith("s"))
    name = groups["name"]
    if name == "morgen" and _NOT_TOMORROW.search(before):
        return None
    return NamedDay(phrase, offset=_RELATIVE[name])


def _slashed(phrase: str, first: int, second: int) -> NamedDay | None:
    """ "28/1" and "1/28" are one day; "7/1" is the 7th of January or the 1st of July."""
    if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
        return None
    if first > 12:
        return NamedDay(phrase, day=first, month=second)
    if second > 12:
        return NamedDay(phrase, day=second, month=first)
    return NamedDay(phrase, day=first, month=second, either=(second, first))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_DAY_WORDS = (
    *(w for words in WEEKDAYS for w in words),
    *(w for words in MONTHS for w in words if len(w) > 3),
    "märz", "jänner", "heut", "morgen", "übermorgen", "uebermorgen", "today", "tonight",
    "tomorrow", "weihnacht", "christmas", "xmas", "silvester", "sommerfest", "summer", "neujahr",
    "new", "jahresabschluss", "karneval", "zur", "zum", "fuer", "für", "dem", "diesem", "den",
    "diesmal", "dieses", "the", "that", "this", "nächst", "übernächst", *LATER_WORDS,
)  # fmt: skip
# Of the many clauses a long letter has, the first that name a day are read: a mail that
# names a day a thousand times is no answer a person would write, and reading stays fast.
MOST_READ = 12


def names_a_day(text: str) -> bool:
    """Could ``text`` name a day at all? A cheap look before reading clause by clause."""
    if _DIGIT.search(text):
        return True
    return any(word.startswith(_DAY_WORDS) for word in set(_WORD.findall(text.lower())))


def _lowered(text: str) -> str:
    # the case-blind engine also takes these two for "i" and "s"
    return text.lower().replace("\u0131", "i").replace("\u017f", "s")


def _may_name(lowered: str, words: tuple[str, ...]) -> bool:
    """Could a case-blind pattern made of ``words`` (and digits) match? Never no when it can.

    A clause is a piece of its sentence: a sentence without any of the words has
    no clause with one, and a plain look for them is far quicker than the
    engine trying a long alternation at every place of every clause.
    """
    return _DIGIT.search(lowered) is not None or any(word in lowered for word in words)


def _cheap(clause: str) -> bool:
    """``_CHEAP.search(clause)``, a digit or a word looked for plainly first."""
    if _DIGIT.search(clause):
        return True
    lowered = _lowered(clause)
    return any(w in lowered for w in _CHEAP_WORDS) and _CHEAP.search(clause) is not None


def _points(clause: str) -> bool:
    """``_THIS_EVENING.search(clause)``, looked for only beside one of its words."""
    return any(w in clause for w in _POINTER_WORDS) and _THIS_EVENING.search(clause) is not None


def answer_days(text: str, answer: Answer) -> list[NamedDay]:
    """The days named in the clauses of ``text`` that give ``answer``.

    A clause about a past evening, or about when the member will tell
    ("ich sag Mittwoch Bescheid"), names no day of the answer.
    """
    if not names_a_day(text) and not LABELS.search(text):
        return []  # most replies name no day at all
    found: list[NamedDay] = []
    read = 0
    for sentence in sentences(text):
        if sentence.endswith("?"):
            continue
        spelled = split_labels(folded("answer", sentence))
        lowered = _lowered(spelled)
        if not _may_name(lowered, _CHEAP_WORDS + _POINTER_WORDS) and not LABELS.search(lowered):
            continue  # none of its clauses can pass the look below
        fronted: list[NamedDay] = []  # "Next month, count me in": a time said on its own
        said = ""  # "Absolutely – next month": a time said on its own after the answer
        at = 0
        for clause in clauses(spelled):
            ahead, fronted = fronted, []
            before, said = said, clause
            # "Februar: nein, Januar: ja": a time before a colon labels the answer after it
            at = max(at, lowered.find(clause, at) + len(clause))
            labelled = labels_the_next(lowered, at)
            if labelled and clause.strip(" .") in _MONTH:
                fronted = [NamedDay(clause.strip(" ."), month=_MONTH[clause.strip(" .")])]
                continue
            if not (_cheap(clause) or _points(clause)):
                if ahead and any(s.answer is answer for s in clause_signals(clause, False)):
                    found += ahead
                continue
            read += 1
            if read > MOST_READ:
                return found
            # the clause's own days first: reading its signals costs more, and a
            # clause that names no day adds nothing whatever it answers
            days = days_in(clause)
            if _ANSWERED_TODAY.search(clause):
                days = [day for day in days if day.offset != 0]
            if not days or _TELLING.search(clause) or of_another_evening(clause):
                continue
            own = clause_signals(clause, proxy=False)
            if any(s.answer is answer for s in own):
                found += days
            elif not own and bare_yes(before, answer, any(d.habitual for d in days)):
                found += days  # "Ja, ich schaue im März vorbei": the yes-word is for March
            elif time_alone(clause, [day.phrase for day in days]):
                if SET_AGAINST.search(clause):
                    continue  # "…, am 28. schon": the other answer, for that day
                if labelled or not before:
                    fronted = days
                elif any(s.answer is answer for s in clause_signals(before, False)):
                    found += days
                else:
                    fronted = days
    return found


def is_the_evening(day: NamedDay, evening: date, title: str, written: date | None) -> bool | None:
    """Is ``day`` the evening? None when it cannot tell (a relative day without a date)."""
    if day.pointed:
        return True
    if day.later:
        return False
    if day.ahead is not None:
        return None if written is None else holds(day.ahead, evening, written)
    if day.either is not None:
        other = NamedDay(day.phrase, day=day.either[0], month=day.either[1])
        if is_the_evening(other, evening, title, written):
            return True
    if day.occasion:
        head = day.occasion.split()[0][:8]
        if head in folded("answer", title).lower():
            return True
        return evening.month == 12 if _DECEMBER_OCCASION.search(day.occasion) else False
    if day.offset is not None:
        if written is None:
            return None
        return written + timedelta(days=day.offset) == evening
    if day.weekday is not None:
        return day.weekday == evening.weekday()
    if day.day is not None and day.day != evening.day:
        return False
    return day.month is None or day.month == evening.month


def _shown(day: NamedDay, written: date | None) -> str:
    if day.later or day.ahead is not None:
        return day.phrase
    if day.occasion:
        return f"the {day.occasion}"
    if day.offset is not None and written is not None:
        when = written + timedelta(days=day.offset)
        return f"{day.phrase} ({when.day} {MONTH_NAMES[when.month - 1]})"
    if day.weekday is not None:
        return WEEKDAY_NAMES[day.weekday]
    if day.day is not None and day.month is not None:
        return f"{day.day} {MONTH_NAMES[day.month - 1]}"
    if day.day is not None:
        return f"the {day.day}th"
    return MONTH_NAMES[(day.month or 1) - 1]


def another_day(
    days: list[NamedDay], answer: Answer, evening: date, title: str, written: date | None
) -> str:
    """Why the answer is not this evening's: it names only another day; "" otherwise.

    ``evening`` is the event's local date, ``written`` the mail's local date
    (for "morgen"). An answer that names the evening anywhere stands; one that
    names no day is read as this evening's, as before.
    """
    if answer is Answer.NO:
        # "Diesmal nicht, zum nächsten Stammtisch gern": a later meetup beside a no is
        # where the member will be instead, and the no is this evening's
        days = [day for day in days if not day.later]
    if answer is not Answer.YES:
        # "Ab Februar bin ich weg" says when an absence starts, not which evening is answered
        days = [day for day in days if not day.starting]
    verdicts = [(day, is_the_evening(day, evening, title, written)) for day in days]
    if not verdicts or any(seen is not False for _, seen in verdicts):
        return ""
    others = ", ".join(dict.fromkeys(_shown(day, written) for day, _ in verdicts))
    on = f"{WEEKDAY_NAMES[evening.weekday()]} {evening.day} {MONTH_NAMES[evening.month - 1]}"
    return f"the {answer.value} is for {others}; the evening is on {on}"
