"""Calendar answers (iMIP REPLY) anywhere in the message."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from mail.decode import parse_message
from mail.ical_reply import CalendarReply, read_calendar_reply
from somek_tui.models import Answer

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"
UID = "somek-evt-2027-01-22@example.org"


def reply_in(name: str) -> CalendarReply | None:
    message = parse_message((CORPUS / name).read_bytes())
    assert message is not None
    return read_calendar_reply(message)


@pytest.mark.parametrize(
    ("name", "attendee", "answer", "guests", "sequence"),
    [
        ("ical_outlook_accepted.eml", "peter.zimmermann@example.com", Answer.YES, 0, 1),
        ("ical_google_declined_comment.eml", "quentin.adler@example.org", Answer.NO, 0, 0),
        ("ical_apple_tentative.eml", "rita.schwarz@example.com", Answer.MAYBE, 0, 2),
        ("ical_google_accepted_guests.eml", "stefan.horn@example.org", Answer.YES, 2, 0),
    ],
)
def test_calendar_reply_fields(
    name: str, attendee: str, answer: Answer, guests: int, sequence: int
) -> None:
    reply = reply_in(name)
    assert reply is not None
    assert (reply.uid, reply.attendee, reply.answer) == (UID, attendee, answer)
    assert (reply.guests, reply.sequence, reply.problem) == (guests, sequence, "")


def test_comment_is_returned() -> None:
    reply = reply_in("ical_google_declined_comment.eml")
    assert reply is not None
    assert reply.comment == "Bin auf Dienstreise. Themenvorschlag: Threads für Behörden"


def test_needs_action_is_no_answer_with_a_reason() -> None:
    reply = reply_in("ical_needs_action.eml")
    assert reply is not None
    assert reply.answer is None
    assert "NEEDS-ACTION" in reply.problem


def test_garbage_calendar_gives_a_reason_not_an_exception() -> None:
    reply = reply_in("ical_garbage.eml")
    assert reply is not None
    assert reply.answer is None
    assert "could not be read" in reply.problem


def test_a_calendar_request_is_not_a_reply() -> None:
    raw = (
        "From: a@example.org\nContent-Type: text/calendar; method=REQUEST\n\n"
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:x\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    message = email.message_from_string(raw, policy=email.policy.default)
    assert read_calendar_reply(message) is None


def test_plain_mail_has_no_calendar_reply() -> None:
    assert reply_in("gmail_de_plain_yes.eml") is None
