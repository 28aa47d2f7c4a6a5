"""Small pieces of the IMAP conversation: UID sets, reading what IDLE left behind.

Helpers for :mod:`mail.imap`, apart so that module stays one class: pure
pieces, and the one place imapclient's and the socket's errors become ours.
"""

from __future__ import annotations

import imaplib
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mail.incoming import InboxConnectionError, InboxError


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


@contextmanager
def translated(doing: str) -> Iterator[None]:
    """Turn imapclient's and the socket's exceptions into ours."""
    try:
        yield
    except imaplib.IMAP4.abort as exc:
        raise InboxConnectionError(f"connection lost while {doing}: {exc}") from None
    except LoginError:
        raise
    except IMAPClientError as exc:
        raise InboxError(f"the server refused {doing}: {exc}") from None
    except OSError as exc:
        raise InboxConnectionError(f"connection lost while {doing}: {exc}") from None
