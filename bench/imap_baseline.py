"""The floor for ``somek sync``: a bare loop doing what a pass must do, nothing more.

:func:`bare_sync_loop` logs in with imapclient, fetches the folder in batches,
parses each message with the stdlib, extracts its text body and UID MOVEs
each batch out of the inbox. :func:`realistic_reply` makes the replies both
read: 2–3 KB as Gmail, Outlook and Apple Mail write them, with the quoted
invitation and a signature. ``bench/sync.py`` compares ``somek sync`` with
this loop; run this file to see the loop next to :class:`mail.imap.ImapInbox`::

    python bench/imap_baseline.py [--server dovecot|pymap] [-n 5000] [--batch-size 100]
"""

from __future__ import annotations

import argparse
import email
import os
import ssl
import sys
import time
from collections.abc import Callable
from email.policy import default as default_policy
from pathlib import Path

from imapclient import IMAPClient

from somek_tui.config import ImapSettings

REPO = Path(__file__).resolve().parent.parent
_APPEND_CHUNK = 250  # messages per MULTIAPPEND
MOVED_TO = "BenchDone"

_INVITATION = (
    "Hallo {name},\n\nwir laden dich herzlich zum nächsten #SoMe Stammtisch ein: "
    "Donnerstag, 28. Januar 2027, 19:00 Uhr, Gaststätte Severin, Severinstraße 1, 50678 Köln.\n\n"
    "Thema des Abends: Social Media im Ehrenamt. Unsere Referentin erzählt, wie Vereine mit "
    "wenig Zeit und kleinem Budget sichtbar werden, und danach ist Zeit für eure Fragen.\n\n"
    "Antworte einfach auf diese Mail: Ja, Nein oder Vielleicht, und wenn du jemanden "
    "mitbringst, schreib +1 dazu. Themenvorschläge für die nächsten Abende nehmen wir gern "
    'mit "Thema: ..." entgegen; mit "+1 für Thema 2" stimmst du für einen Vorschlag.\n\n'
    "Offene Themen:\n 1. Community Management\n 2. Barrierefreie Posts\n 3. KI-Bilder "
    "kennzeichnen\n\nBis bald\nDas Orga-Team des #SoMe Stammtisch Köln\n"
)
_SIGNATURE = (
    "{name}\nSocial Media Managerin\nAgentur Rheinblick GmbH | Hohenzollernring 12 | 50672 Köln\n"
    "Tel. +49 221 123456-{n:03d} | www.rheinblick.example\n"
    "Geschäftsführung: Dr. Petra Muster | Amtsgericht Köln HRB 12345\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.\n"
)


def realistic_reply(
    n: int, text: str, sender: str, to: str, invitation_id: str, name: str = ""
) -> bytes:
    """One member's reply as a common client writes it; about 2–3 KB."""
    name = name or sender.partition("@")[0].title()
    invitation = _INVITATION.format(name=name)
    signature = _SIGNATURE.format(name=name, n=n % 1000)
    style = n % 3
    msg = email.message.EmailMessage(policy=default_policy)
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = to
    msg["Subject"] = "Re: Einladung: #SoMe Stammtisch am 28. Januar"
    msg["Date"] = f"Mon, 11 Jan 2027 10:{n // 60 % 60:02d}:{n % 60:02d} +0100"
    msg["Message-ID"] = f"<bench-{n}@members.example>"
    msg["In-Reply-To"] = invitation_id
    msg["References"] = invitation_id
    quoted = "\n".join(f"> {line}" if line else ">" for line in invitation.splitlines())
    if style == 0:  # Gmail: text and HTML, "Am ... schrieb ...:" and a ">" quote
        body = f"{text}\n\n-- \n{signature}\nAm So., 10. Jan. 2027 um 12:00 Uhr schrieb "
        body += f"Stammtisch <stammtisch@example.org>:\n\n{quoted}\n"
        msg["X-Mailer"] = "Gmail"
        msg.set_content(body)
        msg.add_alternative(
            f'<div dir="ltr">{text}</div><blockquote>{invitation}</blockquote>', subtype="html"
        )
    elif style == 1:  # Outlook: a header block instead of quote marks, quoted-printable
        body = f"{text}\n\n{signature}\n________________________________\nVon: Stammtisch "
        body += "<stammtisch@example.org>\nGesendet: Sonntag, 10. Januar 2027 12:00\n"
        body += f"An: {name} <{sender}>\nBetreff: Einladung: #SoMe Stammtisch\n\n{invitation}"
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg.set_content(body, cte="quoted-printable")
        msg.add_alternative(f"<html><body><p>{text}</p><p>{signature}</p></body></html>",
                            subtype="html", cte="quoted-printable")  # fmt: skip
    else:  # Apple Mail: "Von meinem iPhone gesendet" and a ">" quote
        body = f"{text}\n\n{signature}\nVon meinem iPhone gesendet\n\n"
        body += (
            f"> Am 10.01.2027 um 12:00 schrieb Stammtisch <stammtisch@example.org>:\n>\n{quoted}\n"
        )
        msg["X-Mailer"] = "iPhone Mail (20A362)"
        msg.set_content(body)
        msg.add_alternative(f'<html><body dir="auto">{text}<br><br><blockquote type="cite">'
                            f"{invitation}</blockquote></body></html>", subtype="html")  # fmt: skip
    return msg.as_bytes().replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")


def fill(
    client: IMAPClient, n: int, make_message: Callable[[int], bytes], folder: str = "INBOX"
) -> None:
    """Store ``make_message(0) … make_message(n - 1)`` in ``folder`` (MULTIAPPEND if offered)."""
    multi = b"MULTIAPPEND" in client.capabilities()
    for start in range(0, n, _APPEND_CHUNK):
        chunk = [make_message(i) for i in range(start, min(n, start + _APPEND_CHUNK))]
        if multi:
            client.multiappend(folder, chunk)
        else:
            for raw in chunk:
                client.append(folder, raw)


def _connect(settings: ImapSettings, ssl_context: ssl.SSLContext | None) -> IMAPClient:
    if settings.security == "tls":
        client = IMAPClient(settings.host, port=settings.port, ssl=True, ssl_context=ssl_context)
    else:
        client = IMAPClient(settings.host, port=settings.port, ssl=False)
        if settings.security == "starttls":
            client.starttls(ssl_context or ssl.create_default_context())
    client.login(settings.credentials.username, settings.credentials.password())
    return client


def bare_sync_loop(
    settings: ImapSettings, *, ssl_context: ssl.SSLContext | None = None
) -> tuple[float, int]:
    """Fetch, parse, extract the text and MOVE the whole folder, batch by batch.

    ``(seconds, count)``, including the login, as a ``sync`` run does.
    """
    started = time.perf_counter()
    client = _connect(settings, ssl_context)
    count = 0
    try:
        if not client.folder_exists(MOVED_TO):
            client.create_folder(MOVED_TO)
        client.select_folder(settings.folder)
        uids = sorted(client.search("ALL"))
        size = settings.batch_size
        for start in range(0, len(uids), size):
            batch = uids[start : start + size]
            data = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            for item in data.values():
                msg = email.message_from_bytes(item[b"BODY[]"], policy=default_policy)
                body = msg.get_body(preferencelist=("plain", "html"))
                if body is not None:
                    body.get_content()  # type: ignore[attr-defined]
                count += 1
            client.move(batch, MOVED_TO)
    finally:
        client.logout()
    return time.perf_counter() - started, count


def inbox_fetch_parse(settings: ImapSettings) -> tuple[float, int]:
    """Fetching and parsing through :class:`mail.imap.ImapInbox` (no move): ``(seconds, count)``."""
    from mail.imap import ImapInbox

    started = time.perf_counter()
    count = 0
    with ImapInbox(settings) as inbox:
        for message in inbox.fetch(after_uid=None):
            email.message_from_bytes(message.raw, policy=default_policy)
            count += 1
    return time.perf_counter() - started, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", choices=["dovecot", "pymap"], default="dovecot")
    parser.add_argument("-n", type=int, default=5000, help="messages to fill (default 5000)")
    parser.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "tests"))
    # The servers live with the tests; only this command-line entry point needs them.
    from support.imap_servers import DovecotServer, PymapServer, dovecot_binary

    kind = args.server
    if kind == "dovecot" and dovecot_binary() is None:
        print("Dovecot is not installed; using pymap", file=sys.stderr)
        kind = "pymap"
    server: DovecotServer | PymapServer = DovecotServer() if kind == "dovecot" else PymapServer()

    def make(n: int) -> bytes:
        return realistic_reply(
            n, "Ja, ich komme gern.", f"member{n}@example.org",
            f"stammtisch+k{n:06d}@example.org", f"<invite-{n}@example.org>",
        )  # fmt: skip

    with server:
        for label, run in (("ImapInbox", inbox_fetch_parse), ("bare loop", bare_sync_loop)):
            account = server.account()
            os.environ[account.password_env] = account.password
            fill(account.client(), args.n, make)
            seconds, count = run(account.settings(batch_size=args.batch_size))
            print(
                f"{label:>10}: {count} messages in {seconds:.2f} s "
                f"= {count / seconds:,.0f} msg/s (batch {args.batch_size})"
            )
            account.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
