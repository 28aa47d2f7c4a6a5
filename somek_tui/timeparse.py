"""Reading the dates and times organizers type."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from somek_tui.i18n import _
from somek_tui.models import InvalidInput

_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M")


def parse_local(text: str, tz: ZoneInfo, *, what: str = "time") -> datetime:
    """``2027-01-22 19:00`` (or ``22.01.2027 19:00``) as a time in ``tz``.

    A wall-clock time that does not exist (the hour skipped when clocks go
    forward) is refused rather than silently moved.
    """
    cleaned = " ".join((text or "").split())
    for fmt in _FORMATS:
        try:
            naive = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        aware = naive.replace(tzinfo=tz)
        round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None)
        if round_trip != naive:
            raise InvalidInput(
                _("{what} {cleaned!r} does not exist in {key} (clock change)").format(
                    what=what, cleaned=cleaned, key=tz.key
                )
            )
        return aware
    raise InvalidInput(
        _("bad {what} {text!r}: expected YYYY-MM-DD HH:MM").format(what=what, text=text)
    )


def parse_end(text: str | None, start: datetime, tz: ZoneInfo) -> datetime | None:
    """An end given as a full time or as ``HH:MM`` on the start's day."""
    if not text:
        return None
    cleaned = text.strip()
    if len(cleaned) <= 5 and ":" in cleaned:
        cleaned = f"{start.astimezone(tz):%Y-%m-%d} {cleaned}"
    end = parse_local(cleaned, tz, what="end")
    if end <= start:
        if end.date() == start.astimezone(tz).date() and len(text.strip()) <= 5:
            end += timedelta(days=1)  # 19:00 to 01:00 runs past midnight
        else:
            raise InvalidInput(_("the end must be after the start"))
    return end
