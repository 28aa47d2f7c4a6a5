"""XOAUTH2 (Microsoft 365, Google Workspace): the access token from password_command logs in."""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.cli import assert_clean_error, run_somek
from support.oauth_servers import XOAuth2SmtpServer
from support.smtp_fixtures import SMTP_USER, message_bytes
from support.smtp_server import SmtpTestServer, TlsCerts
from support.workspace import populate, write_config

from mail.outgoing import AuthenticationFailed
from somek_tui.config import Credentials
from somek_tui.store import Store

GOOD_TOKEN = "ya29.good-access-token"
BAD_TOKEN = "ya29.expired-access-token"

StartServer = Callable[[], XOAuth2SmtpServer]


def _token_command(token: str) -> str:
    """A stand-in for a token helper such as oama or mutt_oauth2.py: prints one token."""
    return shlex.join([sys.executable, "-c", f"print({token!r})"])


def _xoauth2(token: str) -> Credentials:
    return Credentials(username=SMTP_USER, password_command=_token_command(token), auth="xoauth2")


@pytest.fixture
def xoauth2_server(smtp_certs: TlsCerts) -> Iterator[StartServer]:
    servers: list[XOAuth2SmtpServer] = []

    def start() -> XOAuth2SmtpServer:
        server = XOAuth2SmtpServer(
            user=SMTP_USER,
            token=GOOD_TOKEN,
            starttls=smtp_certs.server_context(),
            require_starttls=True,
            auth_required=True,
        ).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


async def test_the_access_token_logs_in_with_xoauth2_and_the_mail_is_sent(
    xoauth2_server, make_transport, make_envelope, send_recorder
) -> None:
    server = xoauth2_server()
    transport = make_transport(server, security="starttls", credentials=_xoauth2(GOOD_TOKEN))

    await transport.send(
        [make_envelope(n) for n in range(2)], send_recorder.on_sending, send_recorder.on_result
    )

    assert set(server.logins) == {SMTP_USER}
    assert sorted(m.content for m in server.messages) == sorted(
        message_bytes(n, f"member-{n}@example.org") for n in range(2)
    )
    assert all(result.ok for result in send_recorder.results.values())


async def test_a_refused_token_stops_the_run_with_the_servers_answer_and_not_the_token(
    xoauth2_server, make_transport, make_envelope, send_recorder, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    server = xoauth2_server()
    transport = make_transport(server, security="starttls", credentials=_xoauth2(BAD_TOKEN))

    with pytest.raises(AuthenticationFailed) as failure:
        await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    # 535 comes only after the client answered the server's 334 error challenge
    assert "refused the access token for stammtisch@example.org: 535" in str(failure.value)
    assert BAD_TOKEN not in str(failure.value)
    assert BAD_TOKEN not in caplog.text
    assert server.messages == [] and server.logins == []


async def test_a_server_without_xoauth2_is_named_before_the_token_is_fetched(
    smtp_starttls_server: SmtpTestServer,
    make_transport,
    make_envelope,
    send_recorder,
    tmp_path: Path,
) -> None:
    marker = tmp_path / "token-helper-ran"
    helper = shlex.join(
        [sys.executable, "-c", f"open({str(marker)!r}, 'w'); print({GOOD_TOKEN!r})"]
    )
    credentials = Credentials(username=SMTP_USER, password_command=helper, auth="xoauth2")
    transport = make_transport(smtp_starttls_server, credentials=credentials)

    with pytest.raises(
        AuthenticationFailed, match='does not offer XOAUTH2, but smtp\\.auth is "xoauth2"'
    ):
        await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert not marker.exists()
    assert smtp_starttls_server.messages == []


# ---------------------------------------------------------------------- the command


def _config(tmp_path: Path, server: SmtpTestServer, token: str) -> Path:
    helper = tmp_path / "token-helper"
    helper.write_text(f"#!/bin/sh\necho '{token}'\n")
    helper.chmod(0o700)
    return write_config(
        tmp_path / "somek.toml",
        f'[smtp]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f'security = "starttls"\nusername = "{SMTP_USER}"\nauth = "xoauth2"\n'
        f'password_command = "{helper}"\n',
    )


def _ca_env(tmp_path: Path, certs: TlsCerts) -> dict[str, str]:
    ca = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca))
    return {"SSL_CERT_FILE": str(ca)}


def test_invite_sends_through_a_server_that_takes_only_xoauth2(
    tmp_path: Path, xoauth2_server, smtp_certs: TlsCerts
) -> None:
    server = xoauth2_server()
    db = tmp_path / "db.json"
    populate(Store.open(db), members=2)

    run = run_somek(
        "invite", "e1", db=db, config=_config(tmp_path, server, GOOD_TOKEN),
        env=_ca_env(tmp_path, smtp_certs),
    )  # fmt: skip

    assert run.code == 0, run.err
    assert set(server.logins) == {SMTP_USER}
    assert len(server.messages) == 2
    assert GOOD_TOKEN.encode() not in db.read_bytes()


def test_invite_with_a_refused_token_fails_with_one_line_that_hides_the_token(
    tmp_path: Path, xoauth2_server, smtp_certs: TlsCerts
) -> None:
    server = xoauth2_server()
    db = tmp_path / "db.json"
    populate(Store.open(db), members=2)

    run = run_somek(
        "invite", "e1", db=db, config=_config(tmp_path, server, BAD_TOKEN),
        env=_ca_env(tmp_path, smtp_certs),
    )  # fmt: skip

    assert_clean_error(run, contains="refused the access token")
    assert BAD_TOKEN not in run.out + run.err
    assert server.messages == []


@pytest.mark.parametrize(
    ("lines", "error"),
    [
        ('auth = "oauth"\npassword_env = "X"\n', "[smtp] auth: 'oauth' is not one of"),
        ('auth = "xoauth2"\npassword_env = "X"\n', "needs username and password_command"),
    ],
)
def test_an_unknown_auth_or_xoauth2_without_a_token_command_is_a_clear_error(
    tmp_path: Path, lines: str, error: str
) -> None:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=1)
    config = write_config(
        tmp_path / "somek.toml",
        f'[smtp]\ntransport = "smtp"\nhost = "127.0.0.1"\nusername = "{SMTP_USER}"\n{lines}',
    )

    run = run_somek("invite", "e1", db=db, config=config)

    assert_clean_error(run, contains=error)
