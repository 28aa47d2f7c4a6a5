"""Sending over SMTP with aiosmtplib: a few long-lived connections fed from one queue.

Every envelope is its own transaction with a single recipient, so a refusal
concerns exactly one member. Up to ``max_connections`` workers pull from a
shared queue, each keeping its connection open for many messages. A transient
failure (4xx, a dropped or stalled connection) puts the envelope back on the
queue after an exponential backoff, so one slow recipient never holds a worker;
a 5xx is final. Anything that makes every message fail the same way (a refused
login, missing encryption) stops the whole run instead of failing each member.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Iterable

import aiosmtplib
from aiosmtplib import (
    SMTPAuthenticationError,
    SMTPException,
    SMTPNotSupported,
    SMTPRecipientsRefused,
    SMTPResponseException,
    SMTPSenderRefused,
)

from mail.outgoing import (
    AuthenticationFailed,
    ConnectionFailed,
    Envelope,
    InsecureConnection,
    OnResult,
    OnSending,
    SendResult,
    notify,
)
from mail.settings import SECURITY_CHOICES, SmtpSettings, is_loopback
from mail.smtp_run import (
    Clock,
    Item,
    Password,
    RateLimiter,
    Run,
    Sleep,
    connect_error,
    describe_security,
    discard,
    quit_politely,
    send_as,
)

__all__ = ["RateLimiter", "SmtpTransport"]

log = logging.getLogger("somek.mail.smtp")


MAX_BACKOFF = 300.0  # seconds; beyond this a retry is no longer "soon"
WINDOW_PER_WORKER = 4  # envelopes taken from the caller's iterable ahead of sending
AUTH_REQUIRED = 530


class SmtpTransport:
    def __init__(
        self,
        settings: SmtpSettings,
        *,
        tls_context: ssl.SSLContext | None = None,
        retry_base_delay: float = 1.0,
        local_hostname: str | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self._tls_context = tls_context
        self._retry_base_delay = retry_base_delay
        self._local_hostname = local_hostname
        self._sleep = sleep
        # One limiter per transport, so back-to-back runs share the same budget.
        self._limiter = RateLimiter(settings.rate_per_minute, clock=clock, sleep=sleep)

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    # ------------------------------------------------------------------ the protocol

    async def send(
        self,
        envelopes: Iterable[Envelope],
        on_sending: OnSending,
        on_result: OnResult,
    ) -> None:
        workers = max(1, self.settings.max_connections)
        run = Run(self.settings.credentials, workers=workers, window=workers * WINDOW_PER_WORKER)
        tasks = [asyncio.create_task(self._feed(run, envelopes, workers))]
        tasks += [
            asyncio.create_task(self._work(run, on_sending, on_result)) for _ in range(workers)
        ]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in tasks:
                if task in done and not task.cancelled():
                    error = task.exception()
                    if error is not None:
                        raise error
        finally:
            leftovers = [*tasks, *run.retry_tasks]
            for task in leftovers:
                task.cancel()
            await asyncio.gather(*leftovers, return_exceptions=True)
            run.password.forget()
            # Let the loop run the close callbacks of connections cut above, so
            # their sockets are gone by the time the caller goes on.
            await asyncio.sleep(0)

    async def check(self) -> str:
        password = Password(self.settings.credentials)
        try:
            client = await self._open(password)
        finally:
            password.forget()
        try:
            line = f"connected to {self.where} ({describe_security(client, self.settings)})"
            if self.settings.credentials.configured:
                line += f", logged in as {self.settings.credentials.username}"
            return line
        finally:
            await quit_politely(client)

    # ------------------------------------------------------------------ the queue

    async def _feed(self, run: Run, envelopes: Iterable[Envelope], workers: int) -> None:
        # The window keeps memory flat for a generator of any length: the next
        # envelope is only taken once an earlier one is finished.
        for envelope in envelopes:
            await run.slots.acquire()
            run.add(Item(envelope))
        run.fed = True
        if run.outstanding == 0:
            run.drained.set()
        await run.drained.wait()
        for _ in range(workers):
            run.queue.put_nowait(None)

    async def _work(self, run: Run, on_sending: OnSending, on_result: OnResult) -> None:
        client: aiosmtplib.SMTP | None = None
        try:
            while (item := await run.queue.get()) is not None:
                client = await self._ready(run, client)
                if client is not None:
                    await self._limiter.wait()
                    # a slow rate means long idle gaps, which servers may end
                    client = await self._ready(run, client)
                if client is None:
                    run.queue.put_nowait(item)  # a worker that still has a connection takes it
                    return
                client = await self._attempt(run, client, item, on_sending, on_result)
        except BaseException:
            if client is not None:
                discard(client)
            raise
        if client is not None:
            await quit_politely(client)

    async def _ready(self, run: Run, client: aiosmtplib.SMTP | None) -> aiosmtplib.SMTP | None:
        """A live connection: ``client`` itself, or a new one; None once this worker gives up."""
        if client is not None:
            if client.is_connected:
                return client
            discard(client)
        return await self._connect_retrying(run)

    async def _connect_retrying(self, run: Run) -> aiosmtplib.SMTP | None:
        failures = 0
        while True:
            try:
                return await self._open(run.password)
            except ConnectionFailed as exc:
                failures += 1
                if failures > self.settings.retries:
                    run.alive -= 1
                    if run.alive == 0:
                        raise
                    log.warning("closing one of the parallel connections: %s", exc)
                    return None
                log.info("%s; retrying", exc)
                await self._sleep(self._backoff(failures))

    async def _attempt(
        self,
        run: Run,
        client: aiosmtplib.SMTP,
        item: Item,
        on_sending: OnSending,
        on_result: OnResult,
    ) -> aiosmtplib.SMTP | None:
        """Run one transaction; return the connection if it is still usable."""
        envelope = item.envelope
        item.attempts += 1
        await notify(on_sending, envelope)
        try:
            await self._transaction(run, client, envelope)
        except SMTPRecipientsRefused as exc:
            refused = exc.recipients[0]
            return await self._refused(run, client, item, on_result, refused.code, refused.message)
        except SMTPResponseException as exc:
            return await self._refused(run, client, item, on_result, exc.code, exc.message)
        except (SMTPNotSupported, ValueError) as exc:
            # An address aiosmtplib will not put on the wire, or one that needs
            # SMTPUTF8 at a server without it: no retry can fix either.
            await self._finish(run, item, on_result, permanent=True, error=str(exc))
            return client
        except (SMTPException, OSError, TimeoutError) as exc:
            # The connection dropped or stalled: its state is unknown, so start afresh.
            discard(client)
            await self._transient(run, item, on_result, f"connection lost: {str(exc) or repr(exc)}")
            return None
        log.debug("sent %s to %s", envelope.message_id, envelope.recipient)
        await self._finish(run, item, on_result, permanent=False, error="")
        return client

    async def _transaction(self, run: Run, client: aiosmtplib.SMTP, envelope: Envelope) -> None:
        plain = envelope.plain_sender
        sender = plain if plain and run.plain_sender_only else envelope.sender
        try:
            await send_as(client, sender, envelope)
        except SMTPSenderRefused as exc:
            # Many providers only send as the logged-in account: a bounce address
            # of its own is refused, and the organizer's address still works.
            if not plain or sender == plain or exc.code < 500 or not client.is_connected:
                raise
            log.warning(
                "%s refused the envelope sender %s (%s %s); sending from %s instead",
                self.where, sender, exc.code, exc.message, plain,
            )  # fmt: skip
            run.plain_sender_only = True
            await send_as(client, plain, envelope)

    async def _refused(
        self,
        run: Run,
        client: aiosmtplib.SMTP,
        item: Item,
        on_result: OnResult,
        code: int,
        text: str,
    ) -> aiosmtplib.SMTP | None:
        error = f"{code} {text}"
        if code == AUTH_REQUIRED:
            discard(client)
            raise AuthenticationFailed(
                f"{self.where} requires a login before sending ({error}); "
                "set smtp.username and smtp.password_env"
            )
        # aiosmtplib has already sent RSET, so a live connection is clean again.
        usable = client.is_connected and code != 421  # 421: the server is closing
        if not usable:
            discard(client)
        if code >= 500:
            log.info("%s refused %s: %s", self.where, item.envelope.recipient, error)
            await self._finish(run, item, on_result, permanent=True, error=error)
        else:
            await self._transient(run, item, on_result, error)
        return client if usable else None

    async def _transient(self, run: Run, item: Item, on_result: OnResult, error: str) -> None:
        if item.attempts > self.settings.retries:
            log.info("giving up on %s: %s", item.envelope.recipient, error)
            await self._finish(run, item, on_result, permanent=False, error=error)
            return
        delay = self._backoff(item.attempts)
        log.info("%s for %s; retry in %.2fs", error, item.envelope.recipient, delay)
        run.retry_later(item, delay, self._sleep)

    async def _finish(
        self, run: Run, item: Item, on_result: OnResult, *, permanent: bool, error: str
    ) -> None:
        await notify(
            on_result,
            SendResult(
                ref=item.envelope.ref,
                ok=not error,
                permanent=permanent,
                error=error,
                attempts=item.attempts,
            ),
        )
        run.finish()

    def _backoff(self, attempt: int) -> float:
        return float(min(MAX_BACKOFF, self._retry_base_delay * 2 ** (attempt - 1)))

    # ------------------------------------------------------------------ connecting

    async def _open(self, password: Password) -> aiosmtplib.SMTP:
        settings = self.settings
        if settings.security not in SECURITY_CHOICES:
            raise InsecureConnection(f"unknown smtp.security {settings.security!r}")
        if settings.security == "none" and not is_loopback(settings.host):
            raise InsecureConnection(
                f'smtp.security = "none" is only allowed to a loopback host, not {settings.host!r}'
            )
        encrypted = settings.security != "none"
        client = aiosmtplib.SMTP(
            hostname=settings.host,
            port=settings.port,
            timeout=settings.timeout,
            use_tls=settings.security == "tls",
            start_tls=False,  # done by hand below, so a missing STARTTLS is an error
            tls_context=self._context() if encrypted else None,
            local_hostname=self._local_hostname,
        )
        try:
            await client.connect()
            if settings.security == "starttls":
                await self._start_tls(client)
            if settings.credentials.configured:
                await self._login(client, password)
        except (SMTPException, OSError, TimeoutError) as exc:
            discard(client)
            raise connect_error(exc, self.where) from exc
        except BaseException:  # our own TransportErrors, and cancellation
            discard(client)
            raise
        log.info("connected to %s (%s)", self.where, describe_security(client, settings))
        return client

    async def _start_tls(self, client: aiosmtplib.SMTP) -> None:
        await client.ehlo()
        if not client.supports_extension("starttls"):
            raise InsecureConnection(
                f'{self.where} does not offer STARTTLS, but smtp.security is "starttls"; '
                "nothing was sent. Use a server or port that supports encryption."
            )
        await client.starttls()
        # The extensions seen before TLS may have been forged, and AUTH is
        # often only offered once the connection is encrypted.
        await client.ehlo()

    async def _login(self, client: aiosmtplib.SMTP, password: Password) -> None:
        credentials = self.settings.credentials
        encrypted = client.get_transport_info("sslcontext") is not None
        if not encrypted and not is_loopback(self.settings.host):
            raise InsecureConnection(
                f"refusing to send the password to {self.where} over an unencrypted connection"
            )
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        if not client.supports_extension("auth"):
            raise AuthenticationFailed(
                f"{self.where} offers no login (AUTH) on this connection, but smtp.username is set"
            )
        if credentials.xoauth2 and "xoauth2" not in client.server_auth_methods:
            raise AuthenticationFailed(
                f'{self.where} does not offer XOAUTH2, but smtp.auth is "xoauth2"'
            )
        secret = await password.get()
        what = "access token" if credentials.xoauth2 else "login"
        try:
            if credentials.xoauth2:
                # On a bad token the server's 334 challenge is answered with an
                # empty line, and its final 535 raises like a refused password.
                await client.auth_xoauth2(credentials.username, secret)
            else:
                await client.login(credentials.username, secret)
        except SMTPAuthenticationError as exc:
            raise AuthenticationFailed(
                f"{self.where} refused the {what} for {credentials.username}: "
                f"{exc.code} {exc.message}"
            ) from None
        except (OSError, TimeoutError):
            raise  # a dropped connection is retried like any other
        except SMTPException as exc:
            raise AuthenticationFailed(f"cannot log in to {self.where}: {exc}") from None

    def _context(self) -> ssl.SSLContext:
        if self._tls_context is None:
            self._tls_context = ssl.create_default_context()
        return self._tls_context
