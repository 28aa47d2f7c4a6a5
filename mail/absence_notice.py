"""Read an out-of-office notice by its shape, whatever server wrote it and in which language.

GMX, web.de, Exchange on-premise, shared mailboxes and phones send such
notices without any auto-reply header, so only the words tell. A notice is
recognised by what every one of them says, not by its sentences: an absence
(or a person gone for good) together with what only a machine adds to it: a
referral for urgent matters, mail not being read or forwarded, reading it
after the return, or a greeting to an unknown reader. Being anywhere until a
date ("bin bis 14. Februar auf Mallorca", "I'm in Tenerife until 3 February")
is such an absence too, but only beside one of those. A date range on its
own proves nothing (members write "bin bis Sonntag weg" too), except in a
mail that is no reply at all. Words about the evening itself ("komme aber",
"count me in", "danke für die Einladung") make it a member's answer: the
words win.

The cues live in ``mail/lexicon/ooo_<language>.toml``; dates are first
turned into one mark, so a cue says "until ⟨date⟩" once for every way of
writing a date.
"""

from __future__ import annotations

import re

from mail.cues import cue, folded
from mail.prefilter import longest_first, sub_from

DATE = "⟨date⟩"

# Month names as notices write them; "may", "mai" and short forms only next to a day.
_MONTHS = (
    "januar|jänner|jaenner|january|janvier|januari|gennaio|enero|februar|february|feber|février|fevrier|februari"
    "|febbraio|febrero|märz|maerz|march|mars|maart|marzo|april|avril|aprile|abril|mei|maggio"
    "|mayo|juni|june|juin|giugno|junio|juli|july|juillet|luglio|julio|august|août|augustus"
    "|agosto|september|septembre|settembre|septiembre|oktober|october|octobre|ottobre|octubre"
    "|november|novembre|noviembre|dezember|december|décembre|dicembre|diciembre"
)
# Polish months in the genitive and Turkish ones, words of their own elsewhere ("Maja",
# "mart"): only next to a day as well.
_SHORT_MONTHS = (
    "jan|feb|fév|mär|mar|apr|avr|mai|may|jun|jul|juil|aug|sep|sept|okt|oct|nov|dez|dec|déc"
    "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    "|listopada|grudnia|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım"
    "|aralık"
)
_WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    "|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# As letter trees: the date pattern is tried at every word of a notice's top.
_ANY_MONTH = f"(?:{longest_first(f'{_MONTHS}|{_SHORT_MONTHS}'.split('|'))})"
_WEEKDAYS = longest_first(_WEEKDAYS.split("|"))
_MONTHS = longest_first(_MONTHS.split("|"))
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|e|º)?\.?"
_PART = (
    r"(?:ende|anfang|mitte|end of|early|mid|late|fin|début|eind|begin|fine|inizio|finales de"
    r"|principios de|mediados de)"
)
# One date in any of the ways notices write it; the longest forms first.
_DATE = re.compile(
    rf"\b(?:(?:{_WEEKDAYS}),?\s+(?:(?:the|dem|den|le|il|el|de)\s+)?)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\.\s?\d{{1,2}}\.(?:\s?\d{{2,4}}\b)?"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|{_DAY}\s*(?:(?:of|de|di)\s+)?{_ANY_MONTH}\b\.?(?:,?\s*\d{{4}})?"
    rf"|{_ANY_MONTH}\b\.?\s+{_DAY}(?:,?\s*\d{{4}})?"
    rf"|{_PART}\s+(?:(?:the|de|di|des|of the|du|del)\s+)?(?:{_MONTHS}|{_SHORT_MONTHS}"
    rf"|woche|week|monats?|month|semaine|mois|maand|settimana|mese|semana|mes)\b"
    rf"|(?:{_MONTHS})\b(?:\s+\d{{4}})?"
    rf"|(?:{_WEEKDAYS})\b"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)

# Where a date can begin: every form of _DATE opens with one of these.
_DATE_START = re.compile(rf"\b(?:\d|(?:{_ANY_MONTH}|{_WEEKDAYS})\b|{_PART}\s|the\s)", re.IGNORECASE)


# A day's number and its full stop, which both German forms below hold: a text without
# one (most signatures, with their phone numbers and postcodes) is not searched for them.
_DAY_NUMBER = re.compile(r"\d\.")
# A German day alone, "am 28.", "vom 3. bis …", "28. und 29. Januar"
_BARE_DAY = re.compile(r"\b(am|vom|bis|zum|dem|den|ab) \d{1,2}\.(?!\d)", re.IGNORECASE)
_DAY_BEFORE_DATE = re.compile(rf"\b\d{{1,2}}\.(?=\s*(?:und|bis|-|–)\s*{DATE})", re.IGNORECASE)


def mark_dates(text: str) -> str:
    """``text`` with every date written as :data:`DATE`."""
    text = sub_from(_DATE_START, _DATE, DATE, text)
    if _DAY_NUMBER.search(text) is None:
        return text
    text = _BARE_DAY.sub(lambda m: f"{m.group(1)} {DATE}", text)
    # a day before a date ("28. und 29. Januar") needs a date marked after it
    return _DAY_BEFORE_DATE.sub(DATE, text) if DATE in text else text


def _found(name: str, text: str) -> str:
    match = cue("ooo", name).search(text)
    return match.group(0).strip() if match else ""


_QUOTED = re.compile(r"[\"„“”«»][^\"„“”«»]{1,150}[\"“”«»]")

# What a notice adds to its absence, strongest first.
_MACHINE_ADDITIONS = ("urgent", "no_forward", "after_return", "stranger", "meanwhile")


def notice_reason(text: str, *, standalone: bool = False, own_subject: bool = False) -> str | None:
    """Why ``text`` (the top of a mail) reads as an out-of-office notice, or None.

    ``standalone``: the mail quotes no mail, as a notice does; then an absence
    with a return date is enough where a person's own words would not say it
    so (see :func:`_bare_notice`). ``own_subject``: nor does it say "Re:" or
    name the invitation; then any absence with a return date is enough.
    """
    top = folded("ooo", mark_dates(" ".join(text[:1500].split())))
    said = _found("automatic", top)
    if said:
        return f"automatic reply text: {said!r}"
    # a notice may name the mail it answers ("Ihre Nachricht „Einladung …“"): no own words
    if _found("personal", _QUOTED.sub(" ", top)):
        return None  # "bin im Urlaub, komme aber am 28." answers the invitation
    away_said = cue("ooo", "absent").search(top)
    # being anywhere until a date ("bin bis 14.2. auf Mallorca") is an absence only
    # beside what a machine adds: "bin bis Sonntag weg" alone is a member talking
    somewhere = None if away_said else cue("ooo", "somewhere").search(top)
    # a mailbox nobody reads is an absence of its own, or what is added to one; where
    # both are the same words ("Das Postfach lesen wir ab März wieder"), the mailbox
    gone = None if away_said else cue("ooo", "gone").search(top)
    if somewhere and gone and somewhere.start() < gone.end() and gone.start() < somewhere.end():
        somewhere = None
    absent = away_said or (None if somewhere else gone)
    away = absent or somewhere
    if away is None:
        return None
    # the addition must be said besides the absence: "ab Montag wieder da" is one statement
    rest = top[: away.start()] + " " * (away.end() - away.start()) + top[away.end() :]
    # an absence and a mailbox nobody reads are two statements a machine makes together
    unread = cue("ooo", "gone").search(rest)
    if unread is not None:
        return f"out-of-office text: {away.group(0).strip()!r} … {unread.group(0).strip()!r}"
    for name in _MACHINE_ADDITIONS:
        addition = _found(name, rest)
        if addition:
            return f"out-of-office text: {away.group(0).strip()!r} … {addition!r}"
    if absent and _found("indefinite", top):
        # "bis auf Weiteres offline": an absence with no return at all
        return f"out-of-office text: {away.group(0).strip()!r}, with no return date"
    if standalone and absent and _bare_notice(top, absent, own_subject):
        period = _found("period", _sentence(top, absent))
        return (
            f"out-of-office text: {absent.group(0).strip()!r} … {period!r}, in a mail that"
            " answers no mail"
        )
    return None


# "ich", "I" in an absence: a person telling where they are, as members do too
_FIRST_PERSON = re.compile(r"\b(ich|i|bin|bi|ben|bün|i'?m|i am|i'?ll|i will|i shall)\b")


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence of ``text`` that holds ``match`` (dates are marks: no dots in them)."""
    start = max(text.rfind(mark, 0, match.start()) for mark in ".!?")
    ends = [at for mark in ".!?" if (at := text.find(mark, match.end())) != -1]
    return text[start + 1 : min(ends, default=len(text))]


def _bare_notice(top: str, absent: re.Match[str], own_subject: bool) -> bool:
    """An absence with its dates and nothing a machine adds, in a mail that quotes none.

    A shop or office closed over a span ("Der Laden ist bis 31.01. zu") writes no letters
    of its own, and "out of the office", "nicht im Büro" are a notice's words: that is a
    notice. A person saying where they are ("Bin vom 20. bis 30. Januar im Urlaub", "I'm
    on holiday until February") writes the same words to the club in a reply; only the
    same absence said twice, as a notice in two languages says it, or a mail on a subject
    of its own makes it one. The dates must belong to the absence's own sentence: "Gern,
    bis Donnerstag" is a farewell, not a return.
    """
    sentence = _sentence(top, absent)
    # "Sorry, I'm on holiday until February": a person says sorry first, a notice never
    if not _found("period", sentence) or _found("apology", top):
        return False
    if own_subject or _found("office_form", sentence):
        return True
    if not _FIRST_PERSON.search(sentence.lower()):
        return True
    said = cue("ooo", "absent").finditer(top)
    return sum(1 for m in said if _FIRST_PERSON.search(m.group(0).lower())) > 1
