"""The absence-notice check reads the sender's own words, not the mail they quote."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from mail.analysis import analyse
from mail.autoreply import auto_reply_reason

_NOTICE = (
    "Ich bin bis einschließlich 14.03. nicht im Büro. In dringenden Fällen wenden Sie sich"
    " bitte an kollegin@example.org."
)


def mail(body: str, subject: str = "Re: Einladung: Stammtisch am 12. März") -> Message:
    headers = f"From: a@example.org\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8"
    return email.message_from_string(f"{headers}\n\n{body}\n", policy=email.policy.default)


def test_a_notice_only_in_the_quote_leaves_the_reply_a_persons() -> None:
    # "Gut zu wissen." above a colleague's notice, forwarded Outlook-style
    body = (
        "Gut zu wissen.\n\n-----Ursprüngliche Nachricht-----\nVon: Anna <anna@example.org>\n"
        f"Gesendet: Montag, 1. März 2027 10:00\nAn: Bea\nBetreff: Urlaub\n\n{_NOTICE}"
    )
    raw = f"From: Bea <bea@example.org>\nTo: orga@example.org\nSubject: Re: Einladung\n\n{body}\n"
    assert auto_reply_reason(mail(body)) is None
    assert analyse(raw.encode()).kind == "reply"


def test_a_notice_in_the_own_words_above_a_quote_is_still_automatic() -> None:
    body = f"{_NOTICE}\n\nAm 01.03.2027 um 10:00 schrieb Orga:\n> Hallo Bea,\n> bis bald."
    assert auto_reply_reason(mail(body)) is not None


def test_a_notice_without_a_quote_is_automatic_as_before() -> None:
    assert auto_reply_reason(mail(_NOTICE)) is not None
