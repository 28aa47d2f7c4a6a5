from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mail.dates import format_date, format_time, format_when

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN)  # a Thursday
END = datetime(2026, 1, 22, 22, 0, tzinfo=BERLIN)


def test_german_when_reads_weekday_date_and_uhr() -> None:
    assert format_when(START, None, "de") == "Donnerstag, 22. Januar 2026, 19:00 Uhr"


def test_english_when_reads_day_month_year_at_twelve_hour_clock() -> None:
    assert format_when(START, None, "en") == "Thursday, 22 January 2026 at 7:00 PM"


def test_german_range_on_one_day_shares_the_uhr() -> None:
    assert format_when(START, END, "de") == "Donnerstag, 22. Januar 2026, 19:00–22:00 Uhr"


def test_english_range_on_one_day() -> None:
    assert format_when(START, END, "en") == "Thursday, 22 January 2026 from 7:00 PM to 10:00 PM"


def test_range_past_midnight_names_the_second_day() -> None:
    late = datetime(2026, 1, 23, 1, 0, tzinfo=BERLIN)
    assert format_when(START, late, "de") == (
        "Donnerstag, 22. Januar 2026, 19:00 Uhr bis Freitag, 23. Januar 2026, 01:00 Uhr"
    )


def test_weekday_comes_from_the_calendar() -> None:
    # 22 January 2027 is a Friday; the name is computed, never assumed.
    friday = datetime(2027, 1, 22, 19, 0, tzinfo=BERLIN)
    assert format_when(friday, None, "de") == "Freitag, 22. Januar 2027, 19:00 Uhr"


def test_utc_input_is_shown_in_the_given_timezone() -> None:
    utc = START.astimezone(ZoneInfo("UTC"))
    assert format_time(utc, "de", timezone="Europe/Berlin") == "19:00 Uhr"


def test_english_time_uses_a_plain_space_before_pm() -> None:
    assert format_time(START, "en") == "7:00 PM"


def test_date_alone() -> None:
    assert format_date(START, "de") == "Donnerstag, 22. Januar 2026"
    assert format_date(START, "en") == "Thursday, 22 January 2026"


def test_summer_time_is_respected() -> None:
    summer = datetime(2026, 7, 23, 17, 0, tzinfo=ZoneInfo("UTC"))
    assert format_when(summer, None, "de", timezone=BERLIN) == (
        "Donnerstag, 23. Juli 2026, 19:00 Uhr"
    )
