"""Pytest fixtures for real SMTP servers (see :mod:`support.smtp_server`).

Enabled for the whole suite by ``pytest_plugins`` in ``tests/conftest.py``
(pytest refuses ``pytest_plugins`` in any deeper conftest).

* ``smtp_certs`` (session) — a trustme CA and a server certificate for
  127.0.0.1/localhost: ``.server_context()``, ``.client_context()``.
* ``smtp_password`` — the password the AUTH servers accept; also put into
  ``$SOMEK_TEST_SMTP_PASSWORD`` so ``server.settings()`` logs in as is.
* ``smtp_server_factory`` — ``smtp_server_factory(**options)`` starts a
  :class:`~support.smtp_server.SmtpTestServer` (options as its constructor),
  stopped at teardown.
* ``smtp_server`` — a plain server (security ``"none"``, loopback, no AUTH).
* ``smtp_starttls_server`` — STARTTLS required, AUTH as ``SMTP_USER``.
* ``smtp_tls_server`` — implicit TLS, AUTH as ``SMTP_USER`` offered (not required).
* ``make_envelope`` — ``make_envelope(n, recipient=None)``: envelope ``ref-n`` to
  ``member-n@example.org`` from ``SENDER`` whose data is :func:`message_bytes`.
* ``send_recorder`` — a fresh :class:`SendRecorder` to pass its ``on_sending`` and
  ``on_result`` to a transport.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from mail.outgoing import Envelope, SendResult
from support.smtp_server import PASSWORD_ENV, SmtpTestServer, TlsCerts, make_certs

SMTP_USER = "stammtisch@example.org"
SMTP_PASSWORD = "correct horse battery staple"
SENDER = "stammtisch@example.org"

ServerFactory = Callable[..., SmtpTestServer]
MakeEnvelope = Callable[..., Envelope]


def message_bytes(n: int, recipient: str) -> bytes:
    """A small message with CRLF line ends, so a server receives these bytes exactly.

    It has 8-bit text and a line starting with a dot, which SMTP must escape
    on the wire and the server must unescape.
    """
    return (
        f"From: Stammtisch <{SENDER}>\r\n"
        f"To: <{recipient}>\r\n"
        f"Subject: Einladung {n}\r\n"
        f"Message-ID: <invite-{n}@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"Hallo {n}, wir sehen uns am Donnerstag. Grüße!\r\n"
        ".a line that starts with a dot\r\n"
    ).encode()


def sample_envelope(n: int, recipient: str | None = None) -> Envelope:
    to = recipient or f"member-{n}@example.org"
    return Envelope(
        ref=f"ref-{n}",
        sender=SENDER,
        recipient=to,
        data=message_bytes(n, to),
        message_id=f"<invite-{n}@example.org>",
    )


@dataclass
class SendRecorder:
    """Collects what a transport reports (``on_sending`` sync, ``on_result`` async).

    With ``server`` set, each ``on_sending`` is also noted in the server's event
    list, so a test can check it came before the server saw the message.
    """

    server: SmtpTestServer | None = None
    sending: list[str] = field(default_factory=list)
    results: dict[str, SendResult] = field(default_factory=dict)

    def on_sending(self, envelope: Envelope) -> None:
        self.sending.append(envelope.ref)
        if self.server is not None:
            self.server.note("sending", envelope.recipient)

    async def on_result(self, result: SendResult) -> None:
        assert result.ref not in self.results, f"{result.ref} was reported twice"
        self.results[result.ref] = result

    def summary(self) -> dict[str, tuple[bool, bool, str, int]]:
        """``{ref: (ok, permanent, error, attempts)}``"""
        return {ref: (r.ok, r.permanent, r.error, r.attempts) for ref, r in self.results.items()}


@pytest.fixture(scope="session")
def smtp_certs() -> TlsCerts:
    return make_certs()


@pytest.fixture
def smtp_password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PASSWORD_ENV, SMTP_PASSWORD)
    return SMTP_PASSWORD


@pytest.fixture
def smtp_server_factory() -> Iterator[ServerFactory]:
    servers: list[SmtpTestServer] = []

    def start(**options: Any) -> SmtpTestServer:
        server = SmtpTestServer(**options).start()
        servers.append(server)
        return server

    try:
        yield start
    finally:
        for server in reversed(servers):
            server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: ServerFactory) -> SmtpTestServer:
    return smtp_server_factory()


@pytest.fixture
def smtp_starttls_server(
    smtp_server_factory: ServerFactory, smtp_certs: TlsCerts, smtp_password: str
) -> SmtpTestServer:
    return smtp_server_factory(
        starttls=smtp_certs.server_context(),
        require_starttls=True,
        auth=(SMTP_USER, smtp_password),
        auth_required=True,
    )


@pytest.fixture
def smtp_tls_server(
    smtp_server_factory: ServerFactory, smtp_certs: TlsCerts, smtp_password: str
) -> SmtpTestServer:
    # no auth_required: aiosmtpd cannot tell implicit TLS is encryption and
    # would warn on every connection; ``logins`` shows whether a login happened
    return smtp_server_factory(
        implicit_tls=smtp_certs.server_context(), auth=(SMTP_USER, smtp_password)
    )


@pytest.fixture
def make_envelope() -> MakeEnvelope:
    return sample_envelope


@pytest.fixture
def send_recorder() -> SendRecorder:
    return SendRecorder()
