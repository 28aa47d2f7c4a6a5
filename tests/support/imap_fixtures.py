"""Pytest fixtures for real IMAP servers.

Enabled for the whole suite by ``pytest_plugins`` in ``tests/conftest.py``.

* ``imap_server`` — parametrised over ``dovecot`` and ``pymap``: an
  :class:`~support.imap_servers.ImapAccount` for a user no other test sees, with
  ``SOMEK_TEST_IMAP_PASSWORD`` set to its password, so ``imap_server.settings()``
  works as is. Dovecot runs are skipped where Dovecot is not installed.
* ``dovecot_server`` / ``dovecot_tls_server`` — the session's Dovecot (plain, and
  with STARTTLS plus implicit TLS from a trustme CA); ``.account()`` makes a user.
* ``fresh_imap_server`` — like ``imap_server`` on a server of its own (for failed logins).
* ``pymap_server`` — the session's pymap; ``.account()`` makes a user.
* ``tcp_proxy`` — ``tcp_proxy(host, port)`` returns a :class:`~support.tcp_proxy.TcpProxy`
  closed at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from support.imap_servers import (
    PASSWORD_ENV,
    DovecotServer,
    ImapAccount,
    PymapServer,
    ServerStartError,
    dovecot_binary,
)
from support.tcp_proxy import TcpProxy

IMAP_KINDS = ["dovecot", "pymap"]


def _dovecot(tls: bool) -> Iterator[DovecotServer]:
    if dovecot_binary() is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    server = DovecotServer(tls=tls)
    try:
        server.start()
    except ServerStartError as exc:
        pytest.fail(f"Dovecot did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    yield from _dovecot(tls=False)


@pytest.fixture(scope="session")
def dovecot_tls_server() -> Iterator[DovecotServer]:
    yield from _dovecot(tls=True)


@pytest.fixture(scope="session")
def pymap_server() -> Iterator[PymapServer]:
    # one for the session, as Dovecot: each test logs in as a user of its own
    server = PymapServer(any_user=True)
    try:
        server.start()
    except ServerStartError as exc:
        pytest.fail(f"pymap did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=IMAP_KINDS)
def imap_server(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ImapAccount]:
    if request.param == "dovecot":
        account = request.getfixturevalue("dovecot_server").account()
    else:
        account = request.getfixturevalue("pymap_server").account()
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    try:
        yield account
    finally:
        account.close()


@pytest.fixture(params=IMAP_KINDS)
def fresh_imap_server(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ImapAccount]:
    """Like ``imap_server`` but on a server of its own, for tests that fail logins.

    Dovecot delays every later login from an address that failed one (its auth
    penalty, 4 s here), which would slow down the rest of the session.
    """
    if request.param == "dovecot":
        if dovecot_binary() is None:
            pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
        server: DovecotServer | PymapServer = DovecotServer()
    else:
        server = PymapServer()
    with server:
        account = server.account()
        monkeypatch.setenv(PASSWORD_ENV, account.password)
        try:
            yield account
        finally:
            account.close()


@pytest.fixture
def tcp_proxy() -> Iterator[Callable[[str, int], TcpProxy]]:
    proxies: list[TcpProxy] = []

    def make(host: str, port: int) -> TcpProxy:
        proxy = TcpProxy(host, port)
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.close()
