"""Warnings for evenings four weeks out (or less) that still miss people."""

from __future__ import annotations

from datetime import datetime, timedelta

from support.workspace import TZ

from somek_tui.models import Contributor, Event, EventKind, EventStatus, Host, Speaker
from somek_tui.services.planning import planning_warnings

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=TZ)


def talk(days: int, *, speakers: list[Speaker] | None = None, host: Host | None = None) -> Event:
    return Event(
        id="e1",
        title="Vortrag",
        start=NOW + timedelta(days=days),
        kind=EventKind.TALK,
        speakers=speakers or [],
        host=host,
    )


def theme_evening(days: int, contributors: list[Contributor]) -> Event:
    return Event(
        id="e2",
        title="Themenabend",
        start=NOW + timedelta(days=days),
        kind=EventKind.ROUNDTABLE,
        contributors=contributors,
    )


def codes(events: list[Event]) -> list[str]:
    return [w.code for w in planning_warnings(events, NOW)]


def test_a_talk_four_weeks_out_without_speaker_and_host_gets_both_warnings() -> None:
    assert codes([talk(28)]) == ["no_confirmed_speaker", "no_confirmed_host"]


def test_a_talk_further_out_than_four_weeks_is_not_yet_a_concern() -> None:
    assert codes([talk(29)]) == []


def test_unconfirmed_people_do_not_count() -> None:
    event = talk(10, speakers=[Speaker(name="Jana")], host=Host(organisation="Domblick PR"))
    assert codes([event]) == ["no_confirmed_speaker", "no_confirmed_host"]


def test_a_talk_with_a_confirmed_speaker_and_host_is_fine() -> None:
    event = talk(
        10,
        speakers=[Speaker(name="Jana", confirmed=True)],
        host=Host(organisation="Domblick PR", confirmed=True),
    )
    assert codes([event]) == []


def test_a_theme_evening_needs_somebody_confirmed_preparing_a_contribution() -> None:
    assert codes([theme_evening(7, [Contributor(member_id="m1")])]) == ["no_confirmed_contributor"]
    assert codes([theme_evening(7, [Contributor(member_id="m1", confirmed=True)])]) == []


def test_past_cancelled_and_done_evenings_are_not_warned_about() -> None:
    past = talk(-1)
    cancelled = talk(5)
    cancelled.status = EventStatus.CANCELLED
    done = talk(5)
    done.status = EventStatus.DONE
    assert codes([past, cancelled, done]) == []


def test_drafts_are_warned_about_too() -> None:
    draft = talk(5)
    draft.status = EventStatus.DRAFT
    assert "no_confirmed_speaker" in codes([draft])


def test_a_warning_says_how_many_days_are_left() -> None:
    (first, _) = planning_warnings([talk(3)], NOW)
    assert (first.event_id, first.days_left) == ("e1", 3)
