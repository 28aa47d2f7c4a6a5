"""The floor for reading an IMAP inbox: bare imapclient plus the stdlib parser.

``bench/sync.py`` compares ``somek sync`` with :func:`bare_fetch_parse`; run this
file on its own to see the baseline next to :meth:`mail.imap.ImapInbox.fetch`::

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


def small_reply(n: int) -> bytes:
    """A short member reply, unique per ``n``: the typical message ``sync`` reads."""
    return (
        f"From: Member {n} <member{n}@example.org>\r\n"
        f"To: stammtisch+k{n:06d}@example.org\r\n"
        f"Subject: Re: Einladung zum Stammtisch am 22. Januar\r\n"
        f"Message-ID: <bench-{n}@example.org>\r\n"
        f"In-Reply-To: <invite-{n}@example.org>\r\n"
        f"Date: Mon, 01 Feb 2027 10:{n // 60 % 60:02d}:{n % 60:02d} +0100\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n"
        f"\r\n"
        f"Ja, ich komme gern, mit einer Begleitung.\r\n"
        f"\r\n"
        f"Viele Grüße\r\nMember {n}\r\n"
    ).encode()


def fill(
    client: IMAPClient,
    n: int,
    make_message: Callable[[int], bytes] = small_reply,
    folder: str = "INBOX",
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


def bare_fetch_parse(
    settings: ImapSettings, *, ssl_context: ssl.SSLContext | None = None
) -> tuple[float, int]:
    """Fetch the whole folder in batches and parse every message; ``(seconds, count)``.

    Includes connecting and logging in, as a ``sync`` run does.
    """
    started = time.perf_counter()
    client = _connect(settings, ssl_context)
    count = 0
    try:
        client.select_folder(settings.folder, readonly=True)
        uids = sorted(client.search("ALL"))
        size = settings.batch_size
        for start in range(0, len(uids), size):
            data = client.fetch(uids[start : start + size], ["BODY.PEEK[]", "INTERNALDATE"])
            for item in data.values():
                email.message_from_bytes(item[b"BODY[]"], policy=default_policy)
                count += 1
    finally:
        client.logout()
    return time.perf_counter() - started, count


def inbox_fetch_parse(settings: ImapSettings) -> tuple[float, int]:
    """The same work through :class:`mail.imap.ImapInbox`: ``(seconds, count)``."""
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
    parser.add_argument("--rounds", type=int, default=5, help="best of this many runs")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "tests"))
    # The servers live with the tests; only this command-line entry point needs them.
    from support.imap_servers import (
        DovecotServer,
        PymapServer,
        dovecot_binary,
    )

    kind = args.server
    if kind == "dovecot" and dovecot_binary() is None:
        print("Dovecot is not installed; using pymap", file=sys.stderr)
        kind = "pymap"
    server: DovecotServer | PymapServer = DovecotServer() if kind == "dovecot" else PymapServer()
    with server:
        account = server.account()
        os.environ[account.password_env] = account.password
        started = time.perf_counter()
        fill(account.client(), args.n)
        print(f"{kind}: filled {args.n} messages in {time.perf_counter() - started:.2f} s")
        settings = account.settings(batch_size=args.batch_size)
        for label, run in (("bare imapclient", bare_fetch_parse), ("ImapInbox", inbox_fetch_parse)):
            seconds, count = min(run(settings) for _ in range(args.rounds))
            print(
                f"{label:>16}: {count} messages in {seconds:.2f} s "
                f"= {count / seconds:,.0f} msg/s (batch {args.batch_size}, best of {args.rounds})"
            )
        account.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
