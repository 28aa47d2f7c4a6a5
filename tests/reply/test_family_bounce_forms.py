"""Delivery failures as the common servers word them, in plain text, in several languages.

Reports without a machine-readable part are known by a sender that is a
mail system or by their subject; the failed address and the SMTP status in
the text say who failed and whether for good.
"""

from __future__ import annotations

import email
import email.policy

import pytest

from mail.bounce import read_bounce

_BODY = (
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its recipients.\n\n"
    "  anna.weber@example.net\n    550 5.1.1 The email account that you tried to reach does not"
    " exist\n"
)


def _bounce(sender: str, subject: str, body: str = _BODY) -> object:
    raw = f"From: {sender}\nTo: stammtisch@example.org\nSubject: {subject}\n\n{body}"
    message = email.message_from_string(raw, policy=email.policy.default)
    return read_bounce(message, body)


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Undelivered Mail Returned to Sender", id="postfix"),
        pytest.param("Delivery Status Notification (Failure)", id="gmail"),
        pytest.param("Benachrichtigung über den Zustellungsstatus (Fehler)", id="gmail-de"),
        pytest.param("Undeliverable: Einladung: Stammtisch", id="exchange"),
        pytest.param("Unzustellbar: Einladung: Stammtisch", id="exchange-de"),
        pytest.param("failure notice", id="qmail"),
        pytest.param("Mail delivery failed: returning message to sender", id="exim-gmx"),
        pytest.param("Returned mail: see transcript for details", id="sendmail"),
        pytest.param("Non remis : Invitation", id="exchange-fr"),
        pytest.param("Onbestelbaar: Uitnodiging", id="exchange-nl"),
        pytest.param("Non recapitabile: Invito", id="exchange-it"),
        pytest.param("No se puede entregar: Invitación", id="exchange-es"),
        pytest.param("Fehler bei der Zustellung einer Nachricht", id="de-fehler"),
        pytest.param("Message not delivered", id="not-delivered"),
        pytest.param("Nachricht konnte nicht zugestellt werden", id="de-nicht-zugestellt"),
    ],
)
def test_a_report_known_by_its_subject_names_the_failed_address(subject: str) -> None:
    bounce = _bounce("Mail Delivery <postmaster-notify@mx.example.org>", subject)
    assert bounce is not None
    assert bounce.recipients == ["anna.weber@example.net"]  # type: ignore[attr-defined]
    assert bounce.permanent  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.org",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Microsoft Outlook <postmaster@outlook.example>",
        "Mail Delivery System <Mailer-Daemon@gmx.example>",
    ],
)
def test_a_report_from_a_mail_system_names_the_failed_address(sender: str) -> None:
    bounce = _bounce(sender, "Re: Einladung")
    assert bounce is not None
    assert bounce.recipients == ["anna.weber@example.net"]  # type: ignore[attr-defined]


def test_a_member_writing_about_a_failed_delivery_is_no_bounce() -> None:
    body = "Hallo, meine Mail an anna.weber@example.net kam zurück. Ich komme aber!\n"
    assert _bounce("member@example.org", "Re: Einladung", body) is None
