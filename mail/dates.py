"""Dates and times the way a member reads them in their own language.

Babel supplies month and weekday names; the patterns are fixed per language
because CLDR's "full" formats differ from what people write in an
invitation (en-US puts the month first, German wants "Uhr").
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_date
from babel.dates import format_time as babel_time

# Languages with a hand-picked pattern; anything else uses CLDR's defaults.
_DATE_PATTERNS = {"de": "EEEE, d. MMMM y", "en": "EEEE, d MMMM y"}
_TIME_PATTERNS = {"de": "HH:mm", "en": "h:mm a"}


def _locale(language: str) -> str:
    return (language or "de").replace("-", "_")


def _base(language: str) -> str:
    return _locale(language).split("_")[0].lower()


def _local(value: datetime, timezone: str | tzinfo | None) -> datetime:
    if timezone is None:
        return value
    zone = ZoneInfo(timezone) if isinstance(timezone, str) else timezone
    return value.astimezone(zone)


def _clock(value: datetime, language: str) -> str:
    pattern = _TIME_PATTERNS.get(_base(language), "short")
    text = babel_time(value, pattern, locale=_locale(language))
    # CLDR puts a narrow no-break space before AM/PM; plain-text mail and
    # older Outlook fonts show it as a box or a gap, a normal space reads right.
    return text.replace("\u202f", " ").replace("\xa0", " ")


def format_date(value: datetime, language: str, *, timezone: str | tzinfo | None = None) -> str:
    """ "Donnerstag, 22. Januar 2026" / "Thursday, 22 January 2026"."""
    local = _local(value, timezone)
    pattern = _DATE_PATTERNS.get(_base(language), "full")
    return babel_date(local, pattern, locale=_locale(language))


def format_time(value: datetime, language: str, *, timezone: str | tzinfo | None = None) -> str:
    """ "19:00 Uhr" / "7:00 PM"."""
    local = _local(value, timezone)
    clock = _clock(local, language)
    return f"{clock} Uhr" if _base(language) == "de" else clock


def format_when(
    start: datetime,
    end: datetime | None,
    language: str,
    *,
    timezone: str | tzinfo | None = None,
) -> str:
    """The date and time of an event in one line.

    "Donnerstag, 22. Januar 2026, 19:00 Uhr" / "Thursday, 22 January 2026 at 7:00 PM";
    with an end on the same day "…, 19:00–22:00 Uhr" / "… from 7:00 PM to 10:00 PM".
    """
    first = _local(start, timezone)
    last = _local(end, timezone) if end is not None else None
    day = format_date(first, language)
    german = _base(language) == "de"
    if last is None or last <= first:
        return (
            f"{day}, {format_time(first, language)}"
            if german
            else (f"{day} at {format_time(first, language)}")
        )
    if last.date() == first.date():
        if german:
            return f"{day}, {_clock(first, language)}–{format_time(last, language)}"
        return f"{day} from {format_time(first, language)} to {format_time(last, language)}"
    until = f"{format_date(last, language)}, {format_time(last, language)}"
    if german:
        return f"{day}, {format_time(first, language)} bis {until}"
    return f"{day} at {format_time(first, language)} until {until}"


__all__ = ["format_date", "format_time", "format_when"]
