"""Encryption and login: STARTTLS, implicit TLS, and refusing to go on without them."""

from __future__ import annotations

import pytest
from support.smtp_fixtures import SMTP_USER, message_bytes

from mail.outgoing import AuthenticationFailed, InsecureConnection


async def test_starttls_with_auth_delivers_after_login(
    smtp_starttls_server, make_transport, make_envelope, send_recorder
) -> None:
    transport = make_transport(smtp_starttls_server)

    await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert smtp_starttls_server.logins == [SMTP_USER]
    [received] = smtp_starttls_server.messages
    assert received.content == message_bytes(1, "member-1@example.org")
    assert send_recorder.summary() == {"ref-1": (True, False, "", 1)}


async def test_implicit_tls_with_auth_delivers_after_login(
    smtp_tls_server, make_transport, make_envelope, send_recorder
) -> None:
    transport = make_transport(smtp_tls_server)

    await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert smtp_tls_server.logins == [SMTP_USER]
    [received] = smtp_tls_server.messages
    assert received.content == message_bytes(1, "member-1@example.org")
    assert send_recorder.summary() == {"ref-1": (True, False, "", 1)}


async def test_check_reports_tls_version_and_login(smtp_starttls_server, make_transport) -> None:
    line = await make_transport(smtp_starttls_server).check()

    assert line.startswith(f"connected to 127.0.0.1:{smtp_starttls_server.port} (STARTTLS, TLSv1.")
    assert line.endswith(f"logged in as {SMTP_USER}")


async def test_starttls_not_offered_fails_clearly_and_sends_nothing(
    smtp_server_factory, smtp_password, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(auth=("stammtisch@example.org", smtp_password))
    transport = make_transport(server, security="starttls")

    with pytest.raises(InsecureConnection, match="does not offer STARTTLS"):
        await transport.send(
            [make_envelope(n) for n in range(3)], send_recorder.on_sending, send_recorder.on_result
        )

    assert server.messages == []
    assert server.logins == []
    assert send_recorder.sending == []
    assert send_recorder.results == {}


async def test_wrong_password_raises_authentication_failed_and_reports_nothing(
    smtp_starttls_server, make_transport, make_envelope, send_recorder, monkeypatch
) -> None:
    monkeypatch.setenv("SOMEK_TEST_SMTP_PASSWORD", "not the password")
    transport = make_transport(smtp_starttls_server, max_connections=2)

    with pytest.raises(AuthenticationFailed, match=f"refused the login for {SMTP_USER}: 535"):
        await transport.send(
            [make_envelope(n) for n in range(5)], send_recorder.on_sending, send_recorder.on_result
        )

    assert smtp_starttls_server.messages == []
    assert send_recorder.sending == []
    assert send_recorder.results == {}


async def test_untrusted_certificate_is_refused(
    smtp_starttls_server, make_transport, make_envelope, send_recorder
) -> None:
    transport = make_transport(smtp_starttls_server, options={"tls_context": None})

    with pytest.raises(InsecureConnection, match="certificate"):
        await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert smtp_starttls_server.messages == []


async def test_plain_connection_to_a_remote_host_is_refused_before_connecting(
    make_transport, smtp_server, make_envelope, send_recorder
) -> None:
    transport = make_transport(smtp_server, host="192.0.2.1", security="none")

    with pytest.raises(InsecureConnection, match="only allowed to a loopback host"):
        await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert send_recorder.sending == []


async def test_server_requiring_a_login_without_credentials_stops_the_run(
    smtp_server_factory, smtp_password, smtp_certs, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(
        starttls=smtp_certs.server_context(),
        auth=("stammtisch@example.org", smtp_password),
        auth_required=True,
    )
    transport = make_transport(server, credentials=type(server.settings().credentials)())

    with pytest.raises(AuthenticationFailed, match="requires a login"):
        await transport.send(
            [make_envelope(n) for n in range(3)], send_recorder.on_sending, send_recorder.on_result
        )

    assert server.messages == []
    assert send_recorder.results == {}
