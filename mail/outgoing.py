"""What every outgoing transport shares: the envelope in, the result out, the errors.

A transport takes envelopes one at a time (the caller may hand it a generator),
tells the caller right before each transaction starts and again as soon as each
envelope is finished, so the outbox can be updated message by message and a
crash never leaves the caller unsure about more than the message in flight.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

__all__ = [
    "AuthenticationFailed",
    "ConnectionFailed",
    "Envelope",
    "InsecureConnection",
    "OnResult",
    "OnSending",
    "SendResult",
    "Transport",
    "TransportError",
    "notify",
]


@dataclass(frozen=True)
class Envelope:
    ref: str  # the outbox record id, echoed back in the result
    sender: str  # envelope MAIL FROM
    recipient: str  # exactly one RCPT TO: one message per member, never shared
    data: bytes  # the full message, Message-ID included
    message_id: str
    # the organizer's own address, for a server that refuses ``sender`` (a VERP
    # bounce address) as not the logged-in account's: "" when there is none
    plain_sender: str = ""

    def __repr__(self) -> str:  # the message body has no place in logs or tracebacks
        return (
            f"Envelope(ref={self.ref!r}, recipient={self.recipient!r}, "
            f"message_id={self.message_id!r}, {len(self.data)} bytes)"
        )


@dataclass(frozen=True)
class SendResult:
    ref: str
    ok: bool
    permanent: bool  # the server said 5xx: retrying cannot help
    error: str  # the server's code and text, or the exception text; "" when ok
    attempts: int


OnSending = Callable[[Envelope], Awaitable[None] | None]
OnResult = Callable[[SendResult], Awaitable[None] | None]


class Transport(Protocol):
    async def send(
        self,
        envelopes: Iterable[Envelope],
        on_sending: OnSending,
        on_result: OnResult,
    ) -> None:
        """Deliver every envelope, reporting each one as soon as it is done.

        ``on_sending`` runs right before the transaction for an envelope starts;
        ``on_result`` runs once per envelope that reached a final state. Raises
        :class:`TransportError` when the whole run must stop (bad login, no
        server); envelopes not reported by then were not finished.
        """
        ...

    async def check(self) -> str:
        """Connect (with TLS and login where configured) and describe the result."""
        ...


class TransportError(Exception):
    """Sending cannot go on; the message says why in words an organizer understands."""


class ConnectionFailed(TransportError, ConnectionError):
    """The server could not be reached, or kept dropping the connection."""


class AuthenticationFailed(TransportError):
    """The server refused the login, or a login is needed and impossible."""


class InsecureConnection(TransportError):
    """Going on would mean sending mail or a password without the promised encryption."""


_T = TypeVar("_T")


async def notify(callback: Callable[[_T], Awaitable[None] | None], value: _T) -> None:
    """Call a callback that may be a plain function or a coroutine function."""
    outcome = callback(value)
    if inspect.isawaitable(outcome):
        await outcome
