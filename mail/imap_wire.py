"""Small pieces of the IMAP conversation: UID sets, reading what IDLE left behind.

Pure helpers for :mod:`mail.imap`, apart so that module stays one class.
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from contextlib import suppress

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mail.incoming import InboxError


def input_buffered(conn: IMAPClient) -> bool:
    """Has data already been read past the IDLE continuation (select would not see it)?

    A server often sends the news it has together with "+ idling"; imaplib's reader
    may then hold it in its buffer, or TLS in its own.
    """
    sock = conn.socket()
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    reader = getattr(getattr(conn, "_imap", None), "file", None)
    if reader is None or not hasattr(reader, "peek"):
        return False
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        return bool(reader.peek(1))
    except OSError:  # nothing there yet (EAGAIN, or TLS wanting more)
        return False
    finally:
        sock.settimeout(timeout)


def abandon(conn: IMAPClient) -> None:
    """Close the socket without a word to the server, which may be gone already."""
    with suppress(IMAPClientError, OSError):
        conn.shutdown()


def is_exists(response: object) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] == b"EXISTS"


def uid_of(ref: str) -> int:
    kind, _, number = ref.partition(":")
    if kind != "uid" or not number.isdigit():
        raise InboxError(f"not an IMAP message reference: {ref!r}")
    return int(number)


def uid_set(uids: Sequence[int]) -> str:
    """Sorted UIDs as a compact IMAP set: [1, 2, 3, 7] -> "1:3,7"."""
    parts: list[str] = []
    run_start = prev = uids[0]
    for uid in uids[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(f"{run_start}:{prev}" if prev != run_start else str(run_start))
        run_start = prev = uid
    parts.append(f"{run_start}:{prev}" if prev != run_start else str(run_start))
    return ",".join(parts)
