from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mail.ical import build_calendar, build_feed
from somek_tui.config import OrganizerSettings
from somek_tui.models import Event, EventStatus, Venue

BERLIN = ZoneInfo("Europe/Berlin")


def _event(**changes: object) -> Event:
    values: dict[str, object] = {
        "id": "ev1",
        "title": "Stammtisch: Reels",
        "start": datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN),
        "venue": Venue("Agentur Nord", "Domstraße 1, 50667 Köln"),
        "uid": "ev1-uid@example.org",
        "sequence": 3,
    }
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def _request(event: Event, method: str = "REQUEST") -> Calendar:
    data = build_calendar(
        event,
        method=method,  # type: ignore[arg-type]
        organizer_email="stammtisch@example.org",
        organizer_name="#SoMe Stammtisch Köln",
        attendee_email="jo@example.org",
        attendee_name="Jö Müller",
        timezone="Europe/Berlin",
        language="de",
    )
    return Calendar.from_ical(data)


def _vevent(cal: Calendar) -> Any:
    return cal.walk("VEVENT")[0]


def test_request_has_method_and_prodid() -> None:
    cal = _request(_event())
    assert str(cal["METHOD"]) == "REQUEST"
    assert "somek" in str(cal["PRODID"])


def test_uid_and_sequence_come_from_the_event() -> None:
    vevent = _vevent(_request(_event()))
    assert str(vevent["UID"]) == "ev1-uid@example.org"
    assert int(str(vevent["SEQUENCE"])) == 3


def test_organizer_is_the_address_the_inbox_reads() -> None:
    organizer = _vevent(_request(_event()))["ORGANIZER"]
    assert str(organizer) == "mailto:stammtisch@example.org"
    assert organizer.params["CN"] == "#SoMe Stammtisch Köln"


def test_attendee_is_asked_to_answer() -> None:
    attendee = _vevent(_request(_event()))["ATTENDEE"]
    assert str(attendee) == "mailto:jo@example.org"
    assert attendee.params["CN"] == "Jö Müller"
    assert attendee.params["RSVP"] == "TRUE"
    assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
    assert attendee.params["ROLE"] == "REQ-PARTICIPANT"


def test_vtimezone_for_the_organizer_zone_is_included() -> None:
    cal = _request(_event())
    zones = list(cal.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    assert {c.name for c in zones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}


@pytest.mark.parametrize("tzid", ["Europe/Berlin", "America/New_York", "Australia/Sydney"])
def test_the_vtimezone_gives_the_zones_offsets_all_through_the_events_year(tzid: str) -> None:
    zone = ZoneInfo(tzid)
    data = build_calendar(
        _event(start=datetime(2027, 7, 22, 19, 0, tzinfo=zone)),
        method="REQUEST",
        organizer_email="stammtisch@example.org",
        organizer_name="Orga",
        attendee_email="jo@example.org",
        attendee_name="",
        timezone=tzid,
        language="de",
    )
    # renamed, so icalendar reads the rules written in the file instead of
    # looking the well-known name up in its own zone database
    vtimezone = Calendar.from_ical(data).walk("VTIMEZONE")[0]
    vtimezone["TZID"] = "Somek-Test-Zone"
    written = vtimezone.to_tz()

    for day in range(0, 365, 3):
        moment = datetime(2027, 1, 1, 12, 0, tzinfo=UTC) + timedelta(days=day)
        assert moment.astimezone(written).utcoffset() == moment.astimezone(zone).utcoffset(), moment


def test_start_is_in_berlin_time_with_tzid() -> None:
    data = build_calendar(
        _event(start=datetime(2026, 1, 22, 18, 0, tzinfo=ZoneInfo("UTC"))),
        method="REQUEST",
        organizer_email="stammtisch@example.org",
        organizer_name="Orga",
        attendee_email="jo@example.org",
        attendee_name="",
        timezone="Europe/Berlin",
        language="de",
    )
    assert b"DTSTART;TZID=Europe/Berlin:20260122T190000" in data
    start = _vevent(Calendar.from_ical(data))["DTSTART"].dt
    assert start == datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN)
    assert start.utcoffset() == timedelta(hours=1)


def test_missing_end_means_three_hours() -> None:
    vevent = _vevent(_request(_event()))
    assert vevent["DTEND"].dt - vevent["DTSTART"].dt == timedelta(hours=3)


def test_location_joins_venue_name_and_address() -> None:
    vevent = _vevent(_request(_event()))
    assert str(vevent["LOCATION"]) == "Agentur Nord, Domstraße 1, 50667 Köln"


def test_request_is_confirmed() -> None:
    assert str(_vevent(_request(_event()))["STATUS"]) == "CONFIRMED"


def test_cancel_has_method_and_status_cancelled() -> None:
    cal = _request(_event(status=EventStatus.CANCELLED, sequence=4), method="CANCEL")
    assert str(cal["METHOD"]) == "CANCEL"
    vevent = _vevent(cal)
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert str(vevent["UID"]) == "ev1-uid@example.org"
    assert int(str(vevent["SEQUENCE"])) == 4


def test_quotes_in_names_do_not_become_caret_escapes() -> None:
    data = build_calendar(
        _event(),
        method="REQUEST",
        organizer_email="stammtisch@example.org",
        organizer_name="Orga",
        attendee_email="jo@example.org",
        attendee_name='Jo "JJ" Doe\r\nX: y',
        timezone="Europe/Berlin",
        language="en",
    )
    assert b"^'" not in data
    attendee = _vevent(Calendar.from_ical(data))["ATTENDEE"]
    assert attendee.params["CN"] == "Jo 'JJ' Doe X: y"


def test_feed_publishes_every_event_with_stable_uids() -> None:
    organizer = OrganizerSettings(name="#SoMe Stammtisch Köln")
    events = [
        _event(),
        _event(id="ev2", uid="", start=datetime(2026, 3, 26, 19, 0, tzinfo=BERLIN), sequence=1),
    ]
    cal = Calendar.from_ical(build_feed(events, "Europe/Berlin", organizer))
    assert str(cal["METHOD"]) == "PUBLISH"
    vevents = list(cal.walk("VEVENT"))
    assert [str(v["UID"]) for v in vevents] == ["ev1-uid@example.org", "ev2@example.org"]
    assert [int(str(v["SEQUENCE"])) for v in vevents] == [3, 1]
    assert all("ATTENDEE" not in v for v in vevents)
    assert len(list(cal.walk("VTIMEZONE"))) == 1


def test_feed_uids_do_not_change_between_builds() -> None:
    organizer = OrganizerSettings()
    event = _event(uid="")
    first = Calendar.from_ical(build_feed([event], "Europe/Berlin", organizer))
    second = Calendar.from_ical(build_feed([event], "Europe/Berlin", organizer))
    assert str(_vevent(first)["UID"]) == str(_vevent(second)["UID"])


def test_zone_without_daylight_saving_gets_one_standard_part() -> None:
    data = build_calendar(
        _event(),
        method="REQUEST",
        organizer_email="a@example.org",
        organizer_name="A",
        attendee_email="b@example.org",
        attendee_name="B",
        timezone="Asia/Tokyo",
        language="en",
    )
    zone = Calendar.from_ical(data).walk("VTIMEZONE")[0]
    assert [c.name for c in zone.subcomponents] == ["STANDARD"]
