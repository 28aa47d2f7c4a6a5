"""Dates from the series rule: the fourth Thursday of every second month, at 19:00."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from support.workspace import TZ

from somek_tui.models import InvalidInput
from somek_tui.services.planning import next_dates

RULE = "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH"
SEVEN = time(19, 0)


def test_the_next_dates_keep_the_two_month_rhythm_of_the_last_evening() -> None:
    last = datetime(2027, 1, 28, 19, 0, tzinfo=TZ)
    dates = next_dates(RULE, after=last, count=3, start_time=SEVEN, tz=TZ)
    assert [d.date().isoformat() for d in dates] == ["2027-03-25", "2027-05-27", "2027-07-22"]


def test_dates_are_at_the_start_time_in_the_organizer_timezone_across_clock_changes() -> None:
    last = datetime(2027, 1, 28, 19, 0, tzinfo=TZ)
    dates = next_dates(RULE, after=last, count=2, start_time=SEVEN, tz=TZ)
    assert [d.isoformat() for d in dates] == [
        "2027-03-25T19:00:00+01:00",
        "2027-05-27T19:00:00+02:00",
    ]


def test_no_evening_is_planned_for_the_day_it_starts_from() -> None:
    morning = datetime(2027, 1, 28, 9, 0, tzinfo=TZ)  # a fourth Thursday
    dates = next_dates(RULE, after=morning, count=1, start_time=SEVEN, tz=TZ)
    assert dates[0].date().isoformat() == "2027-03-25"


def test_a_dtstart_in_the_rule_fixes_the_months() -> None:
    rule = f"DTSTART:20260226T190000\nRRULE:{RULE}"
    dates = next_dates(
        rule, after=datetime(2027, 1, 10, tzinfo=TZ), count=1, start_time=SEVEN, tz=TZ
    )
    assert dates[0].date().isoformat() == "2027-02-25"


def test_a_rule_that_ends_gives_fewer_dates() -> None:
    dates = next_dates(
        "FREQ=MONTHLY;BYDAY=4TH;COUNT=2",
        after=datetime(2027, 1, 1, tzinfo=TZ),
        count=5,
        start_time=SEVEN,
        tz=TZ,
    )
    assert len(dates) == 2


def test_a_broken_rule_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="not a valid RRULE"):
        next_dates(
            "FREQ=SOMETIMES",
            after=datetime(2027, 1, 1, tzinfo=TZ),
            count=1,
            start_time=SEVEN,
            tz=TZ,
        )
