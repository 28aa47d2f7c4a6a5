"""Automatic replies are recognised by their headers and subjects, never read as answers."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

import pytest

from mail.autoreply import auto_reply_reason


def mail(headers: str, subject: str = "Re: Einladung: #SoMe Stammtisch") -> Message:
    raw = f"From: a@example.org\nSubject: {subject}\n{headers}\n\nJa\n"
    return email.message_from_string(raw, policy=email.policy.default)


@pytest.mark.parametrize(
    ("headers", "reason_part"),
    [
        ("Auto-Submitted: auto-replied", "Auto-Submitted"),
        ("Auto-Submitted: auto-generated", "Auto-Submitted"),
        ("X-Autoreply: yes", "X-Autoreply"),
        ("X-Autorespond: Abwesenheit", "X-Autorespond"),
        ("Precedence: bulk", "Precedence"),
        ("Precedence: junk", "Precedence"),
        ("Precedence: auto_reply", "Precedence"),
    ],
)
def test_automatic_reply_headers(headers: str, reason_part: str) -> None:
    reason = auto_reply_reason(mail(headers))
    assert reason is not None and reason_part in reason


@pytest.mark.parametrize(
    "subject",
    [
        "Abwesenheitsnotiz: Einladung",
        "Automatische Antwort: Einladung: #SoMe Stammtisch",
        "AW: Automatische Antwort: Einladung",
        "Out of Office: Invitation",
        "Autoreply: Invitation",
        "Abwesend bis 25.01.",
    ],
)
def test_automatic_reply_subjects(subject: str) -> None:
    assert auto_reply_reason(mail("", subject)) is not None


@pytest.mark.parametrize(
    "headers",
    [
        "X-Auto-Response-Suppress: All",
        "Auto-Submitted: no",
        "Precedence: list",
        "",
    ],
)
def test_ordinary_mail_is_not_automatic(headers: str) -> None:
    assert auto_reply_reason(mail(headers)) is None


def test_a_subject_mentioning_absence_later_is_ordinary() -> None:
    assert auto_reply_reason(mail("", "Re: Einladung – bin leider abwesend")) is None
