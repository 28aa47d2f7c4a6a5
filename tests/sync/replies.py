"""Building the mails members send back, as ``.eml`` bytes with CRLF line ends."""

from __future__ import annotations

import email
import email.policy
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

_counter = itertools.count(1)


@dataclass(frozen=True)
class Sent:
    """One invitation as it left somek: what a reply carries back."""

    recipient: str
    message_id: str
    reply_to: str
    subject: str
    uid: str  # the calendar UID


def read_sent(folder: Path) -> dict[str, Sent]:
    """The mails in an outgoing Maildir, by recipient address (the newest per address)."""
    found: dict[str, tuple[float, Sent]] = {}
    for path in sorted((folder / "new").iterdir()):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        recipient = parseaddr(str(msg["To"]))[1].lower()
        uid = ""
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                text = (part.get_payload(decode=True) or b"").decode()
                uid = next(
                    (ln[4:].strip() for ln in text.splitlines() if ln.startswith("UID:")), ""
                )
        reply_to = parseaddr(str(msg.get("Reply-To") or msg["From"]))[1]
        sent = Sent(recipient, str(msg["Message-ID"]).strip(), reply_to, str(msg["Subject"]), uid)
        mtime = path.stat().st_mtime
        if recipient not in found or found[recipient][0] <= mtime:
            found[recipient] = (mtime, sent)
    return {k: v for k, (_, v) in found.items()}


def reply(
    body: str,
    *,
    sender: str,
    to: str = "stammtisch@example.org",
    in_reply_to: str | None = None,
    subject: str = "Re: Einladung",
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    quote: str = "Hallo, wir laden dich ein.",
) -> bytes:
    """A plain-text reply: the member's words above a quoted original."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2027, 1, 11, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id or f"<reply-{next(_counter)}@members.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    quoted = "\n".join(f"> {line}" for line in quote.splitlines())
    msg.set_content(f"{body}\n\nAm 10.01.2027 schrieb Stammtisch:\n{quoted}\n")
    return bytes(msg)


def answer_to(sent: Sent, body: str, *, sender: str | None = None, **kw: object) -> bytes:
    """A reply to one invitation, as a mail client writes it (Reply-To, In-Reply-To)."""
    return reply(
        body,
        sender=sender or sent.recipient,
        to=sent.reply_to,
        in_reply_to=sent.message_id,
        subject=f"Re: {sent.subject}",
        **kw,  # type: ignore[arg-type]
    )


def calendar_reply(
    *, sender: str, attendee: str, uid: str, partstat: str = "ACCEPTED", to: str = ""
) -> bytes:
    """An iMIP ``METHOD:REPLY`` as calendar apps send it."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to or "stammtisch@example.org"
    msg["Subject"] = f"Accepted: Stammtisch ({attendee})"
    msg["Date"] = format_datetime(datetime(2027, 1, 11, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<cal-{next(_counter)}@members.example>"
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//Calendar//EN",
            "METHOD:REPLY",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20270111T100000Z",
            "SEQUENCE:0",
            f"ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}",
            "ORGANIZER:mailto:stammtisch@example.org",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    msg.set_content(f"{attendee} has accepted this invitation.")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    return bytes(msg)


def auto_reply(*, sender: str, to: str = "stammtisch@example.org") -> bytes:
    return reply(
        "Ich bin bis zum 20. Januar nicht im Büro.",
        sender=sender,
        to=to,
        subject="Abwesenheitsnotiz: Einladung",
        headers={"Auto-Submitted": "auto-replied"},
    )


def bounce(*, failed: str, original_message_id: str, permanent: bool = True) -> bytes:
    """A DSN (RFC 3464) for one failed recipient."""
    status = "5.1.1" if permanent else "4.2.2"
    action = "failed" if permanent else "delayed"
    diagnostic = "550 5.1.1 user unknown" if permanent else "452 4.2.2 mailbox full"
    boundary = "dsn-boundary"
    text = (
        "From: Mail Delivery System <mailer-daemon@mx.example.net>\r\n"
        "To: stammtisch@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <bounce-{next(_counter)}@mx.example.net>\r\n"
        "Date: Mon, 11 Jan 2027 10:00:00 +0000\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain\r\n\r\n"
        f"Your message to {failed} could not be delivered.\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        "From: stammtisch@example.org\r\n"
        f"To: {failed}\r\n"
        f"Message-ID: {original_message_id}\r\n"
        "Subject: Einladung\r\n\r\n"
        f"--{boundary}--\r\n"
    )
    return text.encode()
