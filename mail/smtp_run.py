"""The parts of an SMTP run that are not the protocol: pacing, the shared secret, the queue.

Kept apart from :mod:`mail.smtp` so that module reads as the conversation
with the server.
"""

from __future__ import annotations

import asyncio
import math
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiosmtplib
from aiosmtplib import (
    SMTPConnectResponseError,
    SMTPException,
    SMTPResponseException,
    SMTPTimeoutError,
)

from mail.outgoing import (
    AuthenticationFailed,
    ConnectionFailed,
    Envelope,
    InsecureConnection,
    TransportError,
)
from mail.settings import ConfigError, Credentials, SmtpSettings

__all__ = ["Clock", "Item", "Password", "RateLimiter", "Run", "Sleep", "send_as"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class RateLimiter:
    """A token bucket holding one token, refilled every ``60 / per_minute`` seconds.

    A bucket of one spaces sends evenly, which keeps every window of a minute
    under the limit, however the provider counts. Each caller reserves its
    slot before sleeping, so workers queue up without polling.
    """

    def __init__(
        self, per_minute: int, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
    ):
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = -math.inf

    async def wait(self) -> None:
        if not self.interval:
            return
        now = self._clock()
        start = max(now, self._next)
        self._next = start + self.interval
        if start > now:
            await self._sleep(start - now)


@dataclass
class Item:
    envelope: Envelope
    attempts: int = 0


class Password:
    """Reads the secret once per run, on first need, and drops it afterwards.

    A password command may prompt or be slow, so parallel connections share
    one read instead of each running it.
    """

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials
        self._secret: str | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> str:
        async with self._lock:
            if self._secret is None:
                try:
                    self._secret = await asyncio.to_thread(self._credentials.password)
                except ConfigError as exc:
                    raise AuthenticationFailed(str(exc)) from None
            return self._secret

    def forget(self) -> None:
        self._secret = None

    def __repr__(self) -> str:
        return "Password(...)"


class Run:
    """The state one ``send`` call shares between its feeder and its workers."""

    def __init__(self, credentials: Credentials, *, workers: int, window: int) -> None:
        self.queue: asyncio.Queue[Item | None] = asyncio.Queue()
        self.slots = asyncio.Semaphore(window)
        self.outstanding = 0  # taken from the iterable and not yet reported
        self.fed = False
        self.drained = asyncio.Event()
        self.alive = workers
        self.retry_tasks: set[asyncio.Task[None]] = set()
        self.password = Password(credentials)
        # set once the server refused a bounce address: the rest go from the plain one
        self.plain_sender_only = False

    def add(self, item: Item) -> None:
        self.outstanding += 1
        self.queue.put_nowait(item)

    def finish(self) -> None:
        self.outstanding -= 1
        self.slots.release()
        if self.fed and self.outstanding == 0:
            self.drained.set()

    def retry_later(self, item: Item, delay: float, sleep: Sleep) -> None:
        async def later() -> None:
            await sleep(delay)
            self.queue.put_nowait(item)

        task = asyncio.create_task(later())
        self.retry_tasks.add(task)
        task.add_done_callback(self.retry_tasks.discard)


async def send_as(client: aiosmtplib.SMTP, sender: str, envelope: Envelope) -> None:
    """One transaction: ``sender`` as MAIL FROM, the envelope's one recipient and data."""
    await client.sendmail(
        sender, [envelope.recipient], envelope.data, mail_options=mail_options(client, envelope)
    )


def mail_options(client: aiosmtplib.SMTP, envelope: Envelope) -> list[str]:
    options = []
    if not (envelope.sender.isascii() and envelope.recipient.isascii()):
        options.append("SMTPUTF8")
    if not envelope.data.isascii() and client.supports_extension("8bitmime"):
        options.append("BODY=8BITMIME")
    return options


def describe_security(client: aiosmtplib.SMTP, settings: SmtpSettings) -> str:
    ssl_object = client.get_transport_info("ssl_object")
    if ssl_object is None:
        return "unencrypted, loopback only"
    kind = "STARTTLS" if settings.security == "starttls" else "TLS"
    return f"{kind}, {ssl_object.version()}"


def find_cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


async def quit_politely(client: aiosmtplib.SMTP) -> None:
    try:
        await client.quit()
    except (SMTPException, OSError, TimeoutError):
        discard(client)


def discard(client: aiosmtplib.SMTP) -> None:
    """Drop a connection at once: no goodbye, no TLS close_notify to wait for."""
    transport = client.transport
    if transport is not None:
        transport.abort()  # type: ignore[attr-defined]
    client.close()


def connect_error(exc: BaseException, where: str) -> TransportError:
    tls_problem = find_cause(exc, ssl.SSLError)
    if isinstance(tls_problem, ssl.SSLCertVerificationError):
        return InsecureConnection(
            f"the TLS certificate of {where} was not accepted: "
            f"{tls_problem.verify_message or tls_problem}"
        )
    if tls_problem is not None:
        return InsecureConnection(
            f"the TLS handshake with {where} failed ({tls_problem}); "
            "check that smtp.security matches the port"
        )
    if isinstance(exc, SMTPConnectResponseError):
        return ConnectionFailed(f"{where} refused the connection: {exc.code} {exc.message}")
    if isinstance(exc, SMTPTimeoutError | TimeoutError):
        return ConnectionFailed(f"timed out talking to {where}")
    if isinstance(exc, SMTPResponseException):
        return ConnectionFailed(f"{where} answered {exc.code} {exc.message}")
    return ConnectionFailed(f"cannot connect to {where}: {exc}")
