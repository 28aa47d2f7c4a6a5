"""A calendar answer sent as an attachment is found by its ``.ics`` file name, however named."""

from __future__ import annotations

import pytest

from mail.decode import parse_message
from mail.ical_reply import read_calendar_reply
from somek_tui.models import Answer

_OCTETS = "Content-Type: application/octet-stream"
_ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:evt-1@example.org\r\n"
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:anna@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _mail(part_headers: str) -> bytes:
    return (
        "From: Anna <anna@example.org>\r\nTo: stammtisch@example.org\r\nSubject: Re: Einladung\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbis dann\r\n"
        f"--b1\r\n{part_headers}\r\n\r\n{_ICS}--b1--\r\n"
    ).encode()


@pytest.mark.parametrize(
    "part_headers",
    [
        f'{_OCTETS}\r\nContent-Disposition: attachment; filename="invite.ics"',
        'Content-Type: application/octet-stream; name="INVITE.ICS"',
        f"{_OCTETS}\r\nContent-Disposition: attachment; filename*=utf-8''antwort%20stammtisch.ics",
        f'{_OCTETS}\r\nContent-Disposition: attachment;\r\n filename="a.ics"',
        "Content-Type: text/calendar; method=REPLY",
    ],
)
def test_calendar_attachment_is_read(part_headers: str) -> None:
    message = parse_message(_mail(part_headers))
    assert message is not None
    reply = read_calendar_reply(message)
    assert reply is not None
    assert reply.answer is Answer.YES


@pytest.mark.parametrize(
    "part_headers",
    [
        _OCTETS,
        f'{_OCTETS}\r\nContent-Disposition: attachment; filename="invite.txt"',
        'Content-Type: text/plain; name="notes.ics.txt"',
    ],
)
def test_other_attachment_is_no_calendar(part_headers: str) -> None:
    message = parse_message(_mail(part_headers))
    assert message is not None
    assert read_calendar_reply(message) is None
