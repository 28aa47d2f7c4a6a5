from __future__ import annotations

import email
import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mail.compose import compose, make_message_id
from somek_tui.config import OrganizerSettings, Settings
from somek_tui.models import Event, EventKind, Language, Member, Venue

BERLIN = ZoneInfo("Europe/Berlin")
SETTINGS = Settings(
    organizer=OrganizerSettings(
        name="#SoMe Stammtisch Köln",
        from_address="stammtisch@example.org",
        reply_to="stammtisch+{key}@example.org",
    ),
    base_dir=Path("/nonexistent-somek-test"),
)


def _member(**changes: object) -> Member:
    values: dict[str, object] = {
        "id": "m1",
        "email": "joerg@example.net",
        "name": "Jörg Müller",
        "unsubscribe_key": "u" * 8,
    }
    values.update(changes)
    return Member(**values)  # type: ignore[arg-type]


def _event(**changes: object) -> Event:
    values: dict[str, object] = {
        "id": "ev1",
        "title": "Stammtisch: Reels",
        "start": datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN),
        "venue": Venue("Agentur Nord", "Köln"),
        "kind": EventKind.TALK,
        "uid": "ev1@example.org",
        "sequence": 2,
    }
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def _send(kind: str = "invitation", **kwargs: object) -> EmailMessage:
    """Compose, serialise and parse back, as the receiving side would."""
    args: dict[str, object] = {
        "member": _member(),
        "event": _event(),
        "settings": SETTINGS,
        "message_id": "<abc@example.org>",
        "reply_key": "r" * 8,
        "date": datetime(2026, 1, 10, 12, 0, tzinfo=UTC),
    }
    args.update(kwargs)
    raw = bytes(compose(kind, **args))  # type: ignore[arg-type]
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _types(message: EmailMessage) -> list[str]:
    return [part.get_content_type() for part in message.iter_parts()]


def test_invitation_is_alternative_text_html_calendar() -> None:
    message = _send()
    assert message.get_content_type() == "multipart/alternative"
    assert _types(message) == ["text/plain", "text/html", "text/calendar"]


def test_both_alternatives_carry_the_invitation() -> None:
    parts = list(_send().iter_parts())
    assert "Bitte sag kurz Bescheid" in parts[0].get_content()
    assert "So antwortest du" in parts[1].get_content()


def test_calendar_part_is_a_request_for_this_member() -> None:
    part = list(_send().iter_parts())[2]
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    cal = Calendar.from_ical(part.get_content())
    assert str(cal["METHOD"]) == "REQUEST"
    vevent = cal.walk("VEVENT")[0]
    assert str(vevent["UID"]) == "ev1@example.org"
    assert int(str(vevent["SEQUENCE"])) == 2
    assert str(vevent["ATTENDEE"]) == "mailto:joerg@example.net"
    assert vevent["ATTENDEE"].params["RSVP"] == "TRUE"
    assert str(vevent["ORGANIZER"]) == "mailto:stammtisch@example.org"


def test_cancellation_carries_a_cancel() -> None:
    part = list(_send("cancelled").iter_parts())[2]
    assert part.get_param("method") == "CANCEL"
    assert str(Calendar.from_ical(part.get_content())["METHOD"]) == "CANCEL"


@pytest.mark.parametrize("kind", ["changed", "promoted"])
def test_changes_and_promotions_carry_a_request(kind: str) -> None:
    part = list(_send(kind).iter_parts())[2]
    assert part.get_param("method") == "REQUEST"


@pytest.mark.parametrize(
    "kind", ["reminder", "acknowledgement", "waitlisted", "contribution_request", "thanks"]
)
def test_other_kinds_have_no_calendar_part(kind: str) -> None:
    assert _types(_send(kind)) == ["text/plain", "text/html"]


def test_join_confirmation_needs_no_event() -> None:
    message = _send("join_confirm", event=None)
    assert _types(message) == ["text/plain", "text/html"]
    assert "Bitte bestätigen" in str(message["Subject"])


def test_umlauts_in_from_and_to_names_decode() -> None:
    message = _send()
    assert message["From"].addresses[0].display_name == "#SoMe Stammtisch Köln"
    assert message["From"].addresses[0].addr_spec == "stammtisch@example.org"
    assert message["To"].addresses[0].display_name == "Jörg Müller"
    assert message["To"].addresses[0].addr_spec == "joerg@example.net"


def test_raw_headers_are_ascii() -> None:
    raw = bytes(
        compose(
            "invitation",
            member=_member(),
            event=_event(),
            settings=SETTINGS,
            message_id="<a@example.org>",
            reply_key="k",
        )
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # raises if an umlaut was not RFC 2047-encoded


def test_exactly_one_recipient() -> None:
    message = _send()
    assert len(message["To"].addresses) == 1
    assert message["Cc"] is None and message["Bcc"] is None


def test_subject_date_and_message_id() -> None:
    message = _send()
    assert str(message["Subject"]).strip() == (
        "Einladung: Stammtisch: Reels am Donnerstag, 22. Januar 2026"
    )
    assert message["Message-ID"] == "<abc@example.org>"
    assert message["Date"].datetime == datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


def test_english_member_gets_english_mail() -> None:
    message = _send(member=_member(language=Language.EN))
    assert str(message["Subject"]).startswith("Invitation: Stammtisch: Reels")


def test_reply_to_carries_the_reply_key() -> None:
    message = _send(reply_key="abc123")
    assert message["Reply-To"].addresses[0].addr_spec == "stammtisch+abc123@example.org"


def test_reply_to_is_left_out_without_a_key() -> None:
    assert _send(reply_key=None)["Reply-To"] is None


def test_plain_reply_to_is_used_as_is() -> None:
    settings = Settings(
        organizer=OrganizerSettings(reply_to="antworten@example.org"),
        base_dir=Path("/nonexistent-somek-test"),
    )
    message = _send(settings=settings)
    assert message["Reply-To"].addresses[0].addr_spec == "antworten@example.org"


def test_list_unsubscribe_carries_the_unsubscribe_key_on_one_line() -> None:
    raw = bytes(
        compose(
            "invitation",
            member=_member(),
            event=_event(),
            settings=SETTINGS,
            message_id="<a@example.org>",
            unsubscribe_key="f" * 40,
        )
    )
    expected = (
        b"List-Unsubscribe: <mailto:stammtisch+unsubscribe-"
        + b"f" * 40
        + b"@example.org?subject=unsubscribe>\r\n"
    )
    assert expected in raw


def test_list_unsubscribe_defaults_to_the_member_key() -> None:
    message = _send()
    assert message["List-Unsubscribe"] == (
        "<mailto:stammtisch+unsubscribe-uuuuuuuu@example.org?subject=unsubscribe>"
    )


def test_list_id_names_the_list() -> None:
    assert _send()["List-Id"] == "#SoMe Stammtisch Köln <stammtisch.example.org>"


def test_invitation_is_not_marked_automatic() -> None:
    assert _send()["Auto-Submitted"] is None


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("reminder", "auto-generated"),
        ("acknowledgement", "auto-replied"),
        ("waitlisted", "auto-replied"),
        ("promoted", "auto-replied"),
    ],
)
def test_automatic_mail_says_so(kind: str, value: str) -> None:
    assert _send(kind)["Auto-Submitted"] == value


@pytest.mark.parametrize("kind", ["invitation", "reminder", "acknowledgement", "cancelled"])
def test_every_mail_suppresses_out_of_office_replies(kind: str) -> None:
    message = _send(kind)
    assert message["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert message["X-Somek-Kind"] == kind


def test_header_injection_in_name_and_title_adds_no_header() -> None:
    message = _send(
        member=_member(name="Eve\r\nBcc: victim@example.com\r\nX-Injected: 1"),
        event=_event(title="Party\nBcc: victim@example.com\rX-Injected: 2"),
    )
    assert message["Bcc"] is None
    assert message["X-Injected"] is None
    assert len(message.get_all("To") or []) == 1
    assert "\n" not in str(message["Subject"]).strip()
    assert message["To"].addresses[0].addr_spec == "joerg@example.net"


def test_header_injection_in_organizer_name_adds_no_header() -> None:
    settings = Settings(
        organizer=OrganizerSettings(name="Orga\r\nBcc: victim@example.com"),
        base_dir=Path("/nonexistent-somek-test"),
    )
    message = _send(settings=settings)
    assert message["Bcc"] is None
    assert message["From"].addresses[0].addr_spec == "stammtisch@example.org"


def test_make_message_id_is_random_and_on_the_domain() -> None:
    first, second = make_message_id("example.org"), make_message_id("example.org")
    assert re.fullmatch(r"<[0-9a-f]{32}@example\.org>", first)
    assert first != second
