"""How dates, counts and answers read on screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from somek_tui.i18n import N_, _, ngettext

# strftime's %a follows the process locale, not the organizer's language
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def when(moment: datetime | None, tz: ZoneInfo) -> str:
    """``Fri 22.01.2027 19:00`` in the organizer's zone."""
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return f"{_(WEEKDAYS[local.weekday()])} {local:%d.%m.%Y %H:%M}"


def short_when(moment: datetime | None, tz: ZoneInfo) -> str:
    """``2027-01-22 19:00``: sortable and narrow, for tables and form fields."""
    if moment is None:
        return ""
    return f"{moment.astimezone(tz):%Y-%m-%d %H:%M}"


def days_to_go(start: datetime, now: datetime) -> str:
    days = (start.astimezone(now.tzinfo).date() - now.date()).days
    if days < 0:
        return ngettext("{n} day ago", "{n} days ago", -days).format(n=-days)
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def daily_series(
    points: list[tuple[date, int]], *, last: date | None = None, min_days: int = 1
) -> list[float]:
    """Counts per day with the quiet days filled in as zeros, for a sparkline.

    ``min_days`` pads quiet days before the first answer, so answers that all
    came on one day show as one bar against a baseline, not as a full block.
    """
    if not points:
        return []
    by_day: dict[date, int] = {}
    for day, count in points:
        by_day[day] = by_day.get(day, 0) + count
    first = min(by_day)
    end = max(max(by_day), last) if last is not None else max(by_day)
    first = min(first, end - timedelta(days=max(min_days, 1) - 1))
    span = (end - first).days
    return [float(by_day.get(first + timedelta(days=n), 0)) for n in range(span + 1)]


def bar(filled: int, total: int, width: int) -> str:
    """A text bar such as ``███████░░░``; full when over capacity."""
    if total <= 0 or width <= 0:
        return ""
    cells = min(width, round(width * filled / total))
    return "█" * cells + "░" * (width - cells)


def snippet(text: str, width: int = 60) -> str:
    """The first words of a text on one line."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"
