"""Outgoing transports against real aiosmtpd servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.smtp_server import SmtpTestServer, TlsCerts

from mail.smtp import SmtpTransport

MakeTransport = Callable[..., SmtpTransport]


@pytest.fixture
def make_transport(smtp_certs: TlsCerts) -> MakeTransport:
    """``make_transport(server, *, options=None, **settings)``: trusts the test CA,
    retries after 10 ms; ``settings`` override ``server.settings()``, ``options``
    go to the :class:`SmtpTransport` constructor."""

    def make(
        server: SmtpTestServer, *, options: dict[str, Any] | None = None, **settings: Any
    ) -> SmtpTransport:
        kwargs: dict[str, Any] = {
            "tls_context": smtp_certs.client_context(),
            "retry_base_delay": 0.01,
            "local_hostname": "client.test",
        }
        kwargs.update(options or {})
        return SmtpTransport(server.settings(**settings), **kwargs)

    return make
