"""Real SMTP servers for tests: aiosmtpd on 127.0.0.1, in its own thread, on a free port.

:class:`SmtpTestServer` records what it received (envelope sender, recipients
and the exact content bytes) and can be told to misbehave the way real servers
do: refuse a recipient for a while ("451 then OK") or for good ("550 no such
user"), fail a transaction after DATA, or drop the connection after some
messages. It offers STARTTLS, implicit TLS and AUTH, with certificates from a
throw-away trustme CA (:func:`make_certs`).

The server runs its own event loop in a thread, so a test's event loop is
only ever the client's.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from somek_tui.config import Credentials, SmtpSettings

PASSWORD_ENV = "SOMEK_TEST_SMTP_PASSWORD"
SERVER_NAME = "smtp.test"  # aiosmtpd would otherwise look up the machine's FQDN

# A value in a reply script: one reply for every attempt, or replies in turn
# followed by acceptance once they run out.
Script = str | Sequence[str]


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    connection: int  # 1 for the first connection the server accepted, and so on


@dataclass(frozen=True)
class TlsCerts:
    """A CA plus a server certificate valid for 127.0.0.1 and localhost."""

    ca: trustme.CA
    server: trustme.LeafCert

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server.configure_cert(context)
        return context

    def client_context(self) -> ssl.SSLContext:
        """What a client passes as ``tls_context`` to trust this CA (and only it)."""
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
        self.ca.configure_trust(context)
        return context


def make_certs() -> TlsCerts:
    ca = trustme.CA()
    return TlsCerts(ca=ca, server=ca.issue_cert("127.0.0.1", "localhost"))


class _Replies:
    """Per-address reply scripts, consumed one reply per attempt."""

    def __init__(self, scripts: Mapping[str, Script]) -> None:
        self._fixed = {k.lower(): v for k, v in scripts.items() if isinstance(v, str)}
        self._queued = {k.lower(): list(v) for k, v in scripts.items() if not isinstance(v, str)}

    def next(self, address: str) -> str | None:
        key = address.lower()
        if key in self._fixed:
            return self._fixed[key]
        queued = self._queued.get(key)
        return queued.pop(0) if queued else None


class RecordingHandler:
    """The aiosmtpd handler: records messages and plays the reply scripts."""

    def __init__(
        self,
        *,
        rcpt_replies: Mapping[str, Script],
        data_replies: Mapping[str, Script],
        drop_after: int | None,
    ) -> None:
        self._rcpt = _Replies(rcpt_replies)
        self._data = _Replies(data_replies)
        self._drop_after = drop_after
        self.changed = threading.Condition()
        self.messages: list[Received] = []
        self.events: list[tuple[str, str]] = []  # (kind, address) in the order they happened
        self.connections: dict[int, int] = {}  # id(SMTP instance) -> connection number
        self.logins: list[str] = []  # users who logged in successfully
        self.servers: list[SMTP] = []  # keeps ids stable while the server runs

    def note(self, kind: str, value: str) -> None:
        with self.changed:
            self.events.append((kind, value))
            self.changed.notify_all()

    def connection_opened(self, server: SMTP) -> None:
        with self.changed:
            self.servers.append(server)
            self.connections[id(server)] = len(self.connections) + 1
            self.changed.notify_all()

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self.note("mail", address)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        reply = self._rcpt.next(address)
        self.note("rcpt", address)
        if reply is not None:
            self.note(f"rcpt-refused {reply[:3]}", address)
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        first = envelope.rcpt_tos[0] if envelope.rcpt_tos else ""
        reply = self._data.next(first)
        if reply is not None:
            self.note(f"data-refused {reply[:3]}", first)
            return reply
        content = envelope.original_content or b""
        with self.changed:
            self.messages.append(
                Received(
                    mail_from=envelope.mail_from or "",
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    content=content,
                    connection=self.connections.get(id(server), 0),
                )
            )
            self.events.extend(("data", rcpt) for rcpt in envelope.rcpt_tos)
            drop = self._drop_after is not None and len(self.messages) == self._drop_after
            self.changed.notify_all()
        if drop:
            # Keep the message but never say so: the client cannot tell whether
            # it arrived, which is exactly the "in flight" case.
            self.note("dropped", first)
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
        return "250 2.0.0 queued"

    def authenticate(self, user: str, password: str) -> Any:  # an aiosmtpd authenticator callable
        def check(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
        ) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and data.login == user.encode()
                and data.password == password.encode()
            )
            if ok:
                with self.changed:
                    self.logins.append(user)
                    self.changed.notify_all()
            # handled=False: let aiosmtpd send its own 535 on failure
            return AuthResult(success=ok, handled=False)

        return check


class _Controller(Controller):
    """A Controller that binds port 0 and counts the connections it accepts."""

    def __init__(self, handler: RecordingHandler, **kwargs: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, **kwargs)
        self.recorder = handler

    def _create_server(self) -> Awaitable[Any]:
        async def create() -> Any:
            server = await self.loop.create_server(
                self._factory_invoker, host=self.hostname, port=0, ssl=self.ssl_context
            )
            # start() connects to self.port to prove the server is up, so it must
            # hold the real port before that; ready_event orders the two threads.
            self.port = server.sockets[0].getsockname()[1]
            return server

        return create()

    def factory(self) -> SMTP:
        smtp = super().factory()
        self.recorder.connection_opened(smtp)
        return smtp


class SmtpTestServer:
    """An aiosmtpd server on 127.0.0.1.

    * ``starttls``: a server ``SSLContext`` offered through STARTTLS;
      ``require_starttls`` refuses everything else until it is used.
    * ``implicit_tls``: a server ``SSLContext`` wrapping the whole connection.
    * ``auth``: ``(user, password)`` accepted by AUTH PLAIN/LOGIN;
      ``auth_require_tls`` (aiosmtpd's default) hides AUTH on a plain connection;
      ``auth_required`` refuses MAIL before a login.
    * ``rcpt_replies`` / ``data_replies``: per recipient, a reply string used for
      every attempt (``"550 5.1.1 no such user"``) or a list used in turn, then
      acceptance (``["451 4.7.1 try later"]``: 451 once, then OK). Data replies
      answer the end of DATA for a transaction whose first recipient matches.
    * ``drop_after``: after the Nth message is stored, cut that connection
      without replying (once), so the client sees a dropped connection.
    """

    def __init__(
        self,
        *,
        starttls: ssl.SSLContext | None = None,
        require_starttls: bool = False,
        implicit_tls: ssl.SSLContext | None = None,
        auth: tuple[str, str] | None = None,
        auth_require_tls: bool = True,
        auth_required: bool = False,
        rcpt_replies: Mapping[str, Script] | None = None,
        data_replies: Mapping[str, Script] | None = None,
        drop_after: int | None = None,
    ) -> None:
        self.handler = RecordingHandler(
            rcpt_replies=rcpt_replies or {},
            data_replies=data_replies or {},
            drop_after=drop_after,
        )
        self.auth = auth
        self.security = "tls" if implicit_tls else "starttls" if starttls else "none"
        smtp_options: dict[str, Any] = {
            "server_hostname": SERVER_NAME,
            "ready_timeout": 10.0,
            # aiosmtpd only counts STARTTLS as encryption, so with implicit TLS
            # its check would hide AUTH on a connection that is encrypted.
            "auth_require_tls": auth_require_tls and implicit_tls is None,
            "auth_required": auth_required,
        }
        if starttls is not None:
            smtp_options["tls_context"] = starttls
            smtp_options["require_starttls"] = require_starttls
        if implicit_tls is not None:
            smtp_options["ssl_context"] = implicit_tls
        if auth is not None:
            smtp_options["authenticator"] = self.handler.authenticate(*auth)
        self._controller = _Controller(self.handler, **smtp_options)
        self._started = False

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> SmtpTestServer:
        self._controller.start()  # returns once the server has answered a probe
        self._started = True
        with self.handler.changed:
            # forget start()'s own probe connection
            self.handler.connections.clear()
            self.handler.servers.clear()
        return self

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False

        async def hang_up() -> None:
            # aiosmtpd's stop() leaves accepted connections open; cut any a
            # client left behind so no socket outlives the test.
            for smtp in self.handler.servers:
                if smtp.transport is not None:
                    smtp.transport.abort()  # type: ignore[attr-defined]
            await asyncio.sleep(0)  # one turn of the loop runs their close callbacks

        try:
            asyncio.run_coroutine_threadsafe(hang_up(), self._controller.loop).result(5.0)
        finally:
            self._controller.stop()

    def __enter__(self) -> SmtpTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---------------------------------------------------------------- where and how

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        return int(self._controller.port)

    def settings(self, **overrides: Any) -> SmtpSettings:
        """Client settings for this server; the password comes from ``PASSWORD_ENV``."""
        settings = SmtpSettings(
            transport="smtp",
            host=self.host,
            port=self.port,
            security=self.security,
            credentials=(
                Credentials(username=self.auth[0], password_env=PASSWORD_ENV)
                if self.auth
                else Credentials()
            ),
            timeout=5.0,
            retries=3,
        )
        return replace(settings, **overrides)

    # ---------------------------------------------------------------- what happened

    @property
    def messages(self) -> list[Received]:
        with self.handler.changed:
            return list(self.handler.messages)

    @property
    def connections(self) -> int:
        """How many connections clients opened (start()'s own probe not counted)."""
        with self.handler.changed:
            return len(self.handler.connections)

    @property
    def events(self) -> list[tuple[str, str]]:
        with self.handler.changed:
            return list(self.handler.events)

    @property
    def logins(self) -> list[str]:
        with self.handler.changed:
            return list(self.handler.logins)

    def note(self, kind: str, value: str) -> None:
        """Add a test's own event to :attr:`events`, ordered with the server's."""
        self.handler.note(kind, value)

    def delivered_to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.rcpt_tos]

    def wait_for_messages(self, count: int, timeout: float = 5.0) -> list[Received]:
        """Block until at least ``count`` messages arrived (for clients in other threads)."""
        with self.handler.changed:
            if not self.handler.changed.wait_for(
                lambda: len(self.handler.messages) >= count, timeout
            ):
                raise TimeoutError(f"{len(self.handler.messages)} of {count} messages arrived")
            return list(self.handler.messages)
