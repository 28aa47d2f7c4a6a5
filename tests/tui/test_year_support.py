"""The year workflow's pure helpers."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from somek_tui.models import EventKind, Topic
from somek_tui.services.planning import PlannedEvent
from somek_tui.support.year import (
    ask_role,
    clamp_count,
    confirmed_word,
    next_came,
    no_show_label,
    plan_rows,
    report_name,
)

TZ = ZoneInfo("Europe/Berlin")


def test_plan_rows_show_local_time_kind_and_topics() -> None:
    start = datetime(2027, 3, 25, 18, 0, tzinfo=ZoneInfo("UTC"))
    topic = Topic(id="t1", title="LinkedIn Ads")
    planned = PlannedEvent("Expertenvortrag: LinkedIn Ads", start, start, EventKind.TALK, (topic,))
    bare = PlannedEvent("Themenabend", start, start, EventKind.ROUNDTABLE)
    assert plan_rows([planned, bare], TZ) == [
        ("2027-03-25 19:00", "talk", "t1", "Expertenvortrag: LinkedIn Ads"),
        ("2027-03-25 19:00", "roundtable", "—", "Themenabend"),
    ]


def test_clamp_count() -> None:
    assert clamp_count(0) == 1
    assert clamp_count(5) == 5
    assert clamp_count(40) == 12


def test_no_show_label_stays_quiet_for_zero() -> None:
    assert no_show_label(0) == ""
    assert no_show_label(2) == "2"


def test_next_came_toggles_a_check_in() -> None:
    assert next_came(None) is True
    assert next_came(False) is True
    assert next_came(True) is False


def test_labels() -> None:
    assert report_name("e4") == "report-e4.md"
    assert confirmed_word(True) == "confirmed"
    assert confirmed_word(False) == "not confirmed yet"
    assert ask_role(EventKind.TALK) == "talk"
    assert ask_role(EventKind.ROUNDTABLE) == "contribution"
