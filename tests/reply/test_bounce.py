"""Bounces: who failed, whether for good, and which invitation came back."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from mail.bounce import BounceInfo, read_bounce
from mail.decode import decode_message

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"


def bounce_of(name: str) -> BounceInfo | None:
    decoded = decode_message((CORPUS / name).read_bytes())
    assert decoded.message is not None
    return read_bounce(decoded.message, decoded.text)


@pytest.mark.parametrize(
    ("name", "recipient", "permanent", "original", "diagnostic"),
    [
        ("bounce_postfix_dsn_permanent.eml", "old.member@example.com", True,
         "<inv.20270122.k9k9k9k9@example.org>", "User unknown"),
        ("bounce_exim_plain.eml", "gone.away@example.net", True,
         "<inv.20270122.exim0001@example.org>", "550 5.1.1"),
        ("bounce_exchange_ndr_de.eml", "lisa.ex@corp.example.com", True,
         "<inv.20270122.ndr00001@example.org>", "RecipientNotFound"),
        ("bounce_postfix_delayed.eml", "slow.server@example.net", False,
         "<inv.20270122.delay0001@example.org>", "Connection timed out"),
        ("bounce_nonstandard_plain.eml", "mailbox.full@example.com", True,
         "<inv.20270122.plain0001@example.org>", "Mailbox full"),
    ],
)  # fmt: skip
def test_bounce_details(
    name: str, recipient: str, permanent: bool, original: str, diagnostic: str
) -> None:
    bounce = bounce_of(name)
    assert bounce is not None
    assert bounce.recipients == [recipient]
    assert bounce.permanent is permanent
    assert bounce.original_message_id == original
    assert diagnostic in bounce.diagnostic


def test_a_reply_is_not_a_bounce() -> None:
    assert bounce_of("gmail_de_plain_yes.eml") is None


def test_a_bounce_subject_without_a_recipient_is_not_a_bounce() -> None:
    raw = "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\nSomething failed.\n"
    message = email.message_from_string(raw, policy=email.policy.default)
    assert read_bounce(message, "Something failed.") is None
